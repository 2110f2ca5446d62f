import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import GraphCore
import Exporters

/// One HTTP request as the push sends it.
public struct HTTPRequest: Sendable {
    /// `PUT`, `POST` or `HEAD`.
    public var method: String
    /// The full URL.
    public var url: URL
    /// Header fields.
    public var headers: [String: String]
    /// The body.
    public var body: [UInt8]
}

/// The parts of an HTTP response the push reads.
public struct HTTPResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Header fields (names as the server sent them).
    public var headers: [String: String]
    /// The body, for error messages.
    public var body: [UInt8]

    /// The value of a header, names compared without case.
    public func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}

/// Why a request got no HTTP response.
public enum TransportFailure: Error, Sendable {
    /// Connection refused, reset or timed out: worth retrying.
    case transient(String)
    /// Anything else (bad host name, TLS failure): not retried.
    case permanent(String)
}

/// Sends one HTTP request and waits for the answer; the seam tests replace.
public protocol HTTPTransport: Sendable {
    /// Sends `request`; throws only when no HTTP response arrived.
    func send(_ request: HTTPRequest) throws(TransportFailure) -> HTTPResponse
}

/// ``HTTPTransport`` over URLSession (FoundationNetworking on Linux), without its own authentication handling.
public final class URLSessionTransport: HTTPTransport, @unchecked Sendable {
    private let session: URLSession

    /// A transport with `timeout` seconds per request.
    public init(timeout: Double = 300) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 2
        configuration.urlCache = nil
        configuration.httpShouldSetCookies = false
        session = URLSession(configuration: configuration)
    }

    /// Sends one request and waits for the response.
    public func send(_ request: HTTPRequest) throws(TransportFailure) -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        if !request.body.isEmpty { urlRequest.httpBody = Data(request.body) }
        final class Box: @unchecked Sendable {
            var result: Result<HTTPResponse, TransportFailure> = .failure(.permanent("no answer"))
        }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: urlRequest) { data, response, error in
            if let error {
                let ns = error as NSError
                let transientCodes: Set<Int> = [NSURLErrorCannotConnectToHost, NSURLErrorNetworkConnectionLost, NSURLErrorTimedOut,
                                                NSURLErrorNotConnectedToInternet]
                let message = "\(error.localizedDescription) (\(ns.domain) \(ns.code))"
                box.result = .failure(transientCodes.contains(ns.code) ? .transient(message) : .permanent(message))
            } else if let http = response as? HTTPURLResponse {
                var headers: [String: String] = [:]
                for (key, value) in http.allHeaderFields { headers[String(describing: key)] = String(describing: value) }
                box.result = .success(HTTPResponse(status: http.statusCode, headers: headers, body: [UInt8](data ?? Data())))
            } else {
                box.result = .failure(.permanent("not an HTTP response"))
            }
            done.signal()
        }
        task.resume()
        done.wait()
        return try box.result.get()
    }
}

/// What a push confirmed.
public struct PushReport: Sendable, CustomStringConvertible {
    /// Triples the store confirmed (2xx answers), all of them when the push succeeded.
    public let confirmedTriples: Int
    /// Requests that carried them.
    public let chunks: Int
    /// Retries that were needed on the way.
    public let retries: Int

    public var description: String {
        "\(confirmedTriples) triples confirmed in \(chunks) request\(chunks == 1 ? "" : "s")" + (retries > 0 ? " (\(retries) retries)" : "")
    }
}

/// Sends a graph to a SPARQL 1.1 Graph Store HTTP Protocol endpoint in N-Triples chunks.
///
/// Without `replace` every chunk is a POST (adds to the named graph); with `replace`
/// the first chunk is a PUT (replaces the graph) and the rest are POSTs. A chunk holds at
/// most `chunkSize` triples and never splits the triples that share a blank node (they
/// would become different blank nodes in the store). Transient failures (connection
/// refused or reset, time-outs, 5xx, 408, 429) are retried `retries` times with doubling
/// waits; 401/403/other 4xx stop at once with the endpoint and status. Digest (MD5,
/// RFC 7616/2617) and Basic authentication answer the server's challenge.
public struct GraphStorePush: Sendable {
    /// The Graph Store endpoint, e.g. `http://127.0.0.1:8890/sparql-graph-crud-auth`.
    public let endpoint: URL
    /// The named graph.
    public let graph: IRI
    /// PUT the first chunk (replace the graph) instead of POST.
    public let replace: Bool
    /// User and password, when the endpoint wants them.
    public let credentials: (user: String, password: String)?
    /// The most triples in one request.
    public let chunkSize: Int
    /// Retries of one request after a transient failure.
    public let retries: Int
    /// The first wait before a retry, in seconds; it doubles each time.
    public let backoff: Double
    /// The name of the query parameter carrying the graph IRI (`graph` in the standard; Virtuoso also accepts `graph-uri`).
    public let graphParameter: String
    private let transport: HTTPTransport

    /// A push; throws ``QueryError/invalidEndpoint(_:)`` unless `endpoint` is an http(s) URL.
    public init(endpoint: String, graph: IRI, replace: Bool = false, credentials: (user: String, password: String)? = nil,
                chunkSize: Int = 50_000, retries: Int = 3, backoff: Double = 0.5, graphParameter: String = "graph",
                transport: HTTPTransport = URLSessionTransport()) throws(QueryError) {
        guard let url = URL(string: endpoint), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host != nil else { throw .invalidEndpoint(endpoint) }
        self.endpoint = url
        self.graph = graph
        self.replace = replace
        self.credentials = credentials
        self.chunkSize = max(1, chunkSize)
        self.retries = max(0, retries)
        self.backoff = backoff
        self.graphParameter = graphParameter
        self.transport = transport
    }

    /// Splits `triples` into chunks of at most `size` triples, keeping triples linked by blank nodes together.
    ///
    /// Triples without blank nodes keep their order; each group of triples connected
    /// through shared blank nodes stays in one chunk (a group larger than `size` gets a
    /// chunk of its own).
    public static func chunks(_ triples: [Triple], size: Int) -> [[Triple]] {
        // Union the blank nodes that occur in one triple; a triple belongs to the group of its blank nodes.
        var parent: [BlankNode: BlankNode] = [:]
        func find(_ b: BlankNode) -> BlankNode {
            var root = b
            while let p = parent[root], p != root { root = p }
            var node = b
            while let p = parent[node], p != root { parent[node] = root; node = p }
            return root
        }
        func union(_ a: BlankNode, _ b: BlankNode) {
            let ra = find(a), rb = find(b)
            if ra != rb { if ra < rb { parent[rb] = ra } else { parent[ra] = rb } }
        }
        func blanks(_ t: Triple) -> [BlankNode] {
            var out: [BlankNode] = []
            if case .blank(let b) = t.subject { out.append(b) }
            if case .blank(let b) = t.object { out.append(b) }
            return out
        }
        for t in triples {
            let bs = blanks(t)
            for b in bs where parent[b] == nil { parent[b] = b }
            if bs.count == 2 { union(bs[0], bs[1]) }
        }
        // Units in order of first appearance: a lone triple, or a whole blank-node group.
        var groupIndex: [BlankNode: Int] = [:]
        var units: [[Triple]] = []
        for t in triples {
            if let b = blanks(t).first {
                let root = find(b)
                if let i = groupIndex[root] { units[i].append(t) } else { groupIndex[root] = units.count; units.append([t]) }
            } else {
                units.append([t])
            }
        }
        var chunks: [[Triple]] = []
        var current: [Triple] = []
        for unit in units {
            if !current.isEmpty && current.count + unit.count > size {
                chunks.append(current)
                current = []
            }
            current.append(contentsOf: unit)
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }

    /// Sends `triples`; `progress` is called after each confirmed chunk with the triples confirmed so far.
    public func push(_ triples: [Triple], progress: (Int) -> Void = { _ in }) throws(QueryError) -> PushReport {
        var parts = Self.chunks(triples, size: chunkSize)
        if parts.isEmpty && replace { parts = [[]] }  // PUT of nothing empties the graph
        var confirmed = 0
        var retried = 0
        var session = AuthSession(credentials: credentials)
        for (n, part) in parts.enumerated() {
            let method = (replace && n == 0) ? "PUT" : "POST"
            let body = try Self.ntriples(part)
            retried += try send(method: method, body: body, session: &session, confirmed: confirmed)
            confirmed += part.count
            progress(confirmed)
        }
        return PushReport(confirmedTriples: confirmed, chunks: parts.count, retries: retried)
    }

    /// The request URL: the endpoint with the graph parameter appended.
    public var requestURL: URL {
        var components = URLComponents(url: endpoint, resolvingAgainstBaseURL: false)!
        var items = components.queryItems ?? []
        items.append(URLQueryItem(name: graphParameter, value: graph.string))
        components.queryItems = items
        // URLComponents leaves ':' '/' '?' '#' '&' '=' '+' partly unescaped in values; escape the value strictly.
        components.percentEncodedQuery = items.map { item in
            Self.percentEncode(item.name) + "=" + Self.percentEncode(item.value ?? "")
        }.joined(separator: "&")
        return components.url!
    }

    static func percentEncode(_ text: String) -> String {
        var out = ""
        let hex = Array("0123456789ABCDEF")
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out.append("%"); out.append(hex[Int(byte >> 4)]); out.append(hex[Int(byte & 15)])
            }
        }
        return out
    }

    static func ntriples(_ triples: [Triple]) throws(QueryError) -> [UInt8] {
        let memory = MemoryOutput()
        var writer = NTriplesWriter(output: memory)
        do throws(GraphCoreError) {
            try writer.start(prefixes: [])
            for t in triples { try writer.write(t) }
            try writer.finish()
        } catch {
            throw .engineUnavailable("cannot serialise N-Triples: \(error)")
        }
        return memory.bytes
    }

    /// Authentication state across requests: the digest challenge is reused with growing nonce counts.
    struct AuthSession {
        let credentials: (user: String, password: String)?
        var digest: DigestAuthenticator? = nil
        var basic = false

        init(credentials: (user: String, password: String)?) { self.credentials = credentials }

        mutating func header(method: String, uri: String) -> String? {
            guard let credentials else { return nil }
            if digest != nil {
                var cnonce = ""
                for _ in 0..<16 { cnonce += String(UInt8.random(in: 0...255), radix: 16) }
                return digest!.authorization(method: method, uri: uri, clientNonce: cnonce)
            }
            if basic { return BasicAuthentication.authorization(user: credentials.user, password: credentials.password) }
            return nil
        }

        /// Takes up a 401 challenge; false when there is nothing (new) to answer it with.
        mutating func accept(_ response: HTTPResponse, alreadyAnswered: Bool) -> Bool {
            guard let credentials, let header = response.header("WWW-Authenticate") else { return false }
            let challenges = AuthChallenge.parse(header)
            if let d = challenges.first(where: { $0.scheme == "digest" }),
               let auth = DigestAuthenticator(user: credentials.user, password: credentials.password, challenge: d) {
                // A repeated 401 is only worth another try when the server says the nonce went stale.
                if alreadyAnswered && d.parameters["stale"]?.lowercased() != "true" { return false }
                digest = auth
                return true
            }
            if challenges.contains(where: { $0.scheme == "basic" }) {
                if alreadyAnswered { return false }
                basic = true
                return true
            }
            return false
        }
    }

    /// Sends one chunk with retries and authentication; returns the number of retries it took.
    private func send(method: String, body: [UInt8], session: inout AuthSession, confirmed: Int) throws(QueryError) -> Int {
        let url = requestURL
        let uri = url.path + (url.query.map { "?" + $0 } ?? "")
        var attempts = 0
        var retriesUsed = 0
        var answeredChallenge = false
        var lastReason = ""
        while true {
            attempts += 1
            var headers = ["Content-Type": "application/n-triples"]
            if let auth = session.header(method: method, uri: uri) { headers["Authorization"] = auth }
            let request = HTTPRequest(method: method, url: url, headers: headers, body: body)
            var transient = false
            do {
                let response = try transport.send(request)
                switch response.status {
                case 200..<300:
                    return retriesUsed
                case 401:
                    if session.accept(response, alreadyAnswered: answeredChallenge) {
                        answeredChallenge = true
                        attempts -= 1  // answering a challenge is not a retry
                        continue
                    }
                    let hint = session.credentials == nil ? " (the endpoint wants a user: --user and --password-file)" : " (user or password wrong)"
                    throw QueryError.httpRefused(endpoint: endpoint.absoluteString, status: 401, message: "unauthorized" + hint)
                case 408, 429, 500..<600:
                    transient = true
                    lastReason = "HTTP \(response.status)" + Self.snippet(response.body)
                default:
                    throw QueryError.httpRefused(endpoint: endpoint.absoluteString, status: response.status,
                                                 message: Self.snippet(response.body).trimmingPrefix(": "))
                }
            } catch let failure as TransportFailure {
                switch failure {
                case .transient(let reason): transient = true; lastReason = reason
                case .permanent(let reason):
                    throw .httpFailed(endpoint: endpoint.absoluteString, attempts: attempts, reason: reason, confirmedTriples: confirmed)
                }
            } catch let error as QueryError {
                throw error
            } catch {
                throw .httpFailed(endpoint: endpoint.absoluteString, attempts: attempts, reason: "\(error)", confirmedTriples: confirmed)
            }
            guard transient, retriesUsed < retries else {
                throw .httpFailed(endpoint: endpoint.absoluteString, attempts: attempts, reason: lastReason, confirmedTriples: confirmed)
            }
            let wait = backoff * Double(1 << retriesUsed)
            if wait > 0 { usleep(UInt32(min(wait, 60) * 1_000_000)) }
            retriesUsed += 1
        }
    }

    /// The first line of a response body, shortened, for messages.
    static func snippet(_ body: [UInt8]) -> String {
        let text = String(decoding: body.prefix(300), as: UTF8.self)
        let line = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).first.map(String.init) ?? ""
        let plain = line.trimmingCharacters(in: .whitespaces)
        return plain.isEmpty ? "" : ": " + plain
    }
}

extension String {
    func trimmingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
