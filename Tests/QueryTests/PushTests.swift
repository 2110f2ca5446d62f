import Testing
import Foundation
import GraphCore
@testable import Query

@Suite struct DigestTests {
    @Test(arguments: [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("The quick brown fox jumps over the lazy dog", "9e107d9d372bb6826bd81d3542a419d6"),
        (String(repeating: "1234567890", count: 8), "57edf4a22be3c955ac49da2e2107b67a"),
    ])
    func md5Vectors(_ input: String, _ expected: String) {
        #expect(MD5.hex(input) == expected)
    }

    @Test func rfc2617ExampleResponse() {
        let challenge = AuthChallenge.parse("Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"")
        #expect(challenge.count == 1)
        let header = DigestAuthenticator.response(user: "Mufasa", password: "Circle Of Life", challenge: challenge[0], method: "GET",
                                                  uri: "/dir/index.html", nonceCount: "00000001", clientNonce: "0a4f113b")
        #expect(header.contains("response=\"6629fae49393a05397450978507c4ef1\""))
        #expect(header.contains("qop=auth, nc=00000001, cnonce=\"0a4f113b\""))
        #expect(header.contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""))
    }

    @Test func rfc7616ExampleResponseWithMD5() {
        let challenge = AuthChallenge.parse("Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=MD5, nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"")
        let header = DigestAuthenticator.response(user: "Mufasa", password: "Circle of Life", challenge: challenge[0], method: "GET",
                                                  uri: "/dir/index.html", nonceCount: "00000001",
                                                  clientNonce: "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ")
        #expect(header.contains("response=\"8ca523f5e9506fed4657c9700eebdbec\""))
    }

    @Test func basicHeader() {
        #expect(BasicAuthentication.authorization(user: "Aladdin", password: "open sesame") == "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
    }

    @Test func challengeListsParse() {
        let parsed = AuthChallenge.parse("Basic realm=\"a\", Digest realm=\"b\", nonce=\"n\", stale=TRUE")
        #expect(parsed.map(\.scheme) == ["basic", "digest"])
        #expect(parsed[1].parameters["stale"] == "TRUE")
    }
}

/// A scripted server: answers requests from a list and records them.
final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
    enum Step { case respond(Int, [String: String]); case fail(TransportFailure) }
    private let lock = NSLock()
    private var steps: [Step]
    private(set) var requests: [HTTPRequest] = []

    init(_ steps: [Step]) { self.steps = steps }

    func send(_ request: HTTPRequest) throws(TransportFailure) -> HTTPResponse {
        lock.lock(); defer { lock.unlock() }
        requests.append(request)
        let step = steps.isEmpty ? .respond(201, [:]) : steps.removeFirst()
        switch step {
        case .respond(let status, let headers): return HTTPResponse(status: status, headers: headers, body: [])
        case .fail(let failure): throw failure
        }
    }
}

@Suite struct PushTests {
    func triples(_ n: Int) throws -> [Triple] {
        try (0..<n).map { i in
            Triple(.iri(try IRI(validating: "http://example.org/s\(i)")), RDFS.label, .literal(Literal("Ort \(i)")))
        }
    }

    let graph = try! IRI(validating: "http://example.org/graph/probe")

    @Test func replaceSendsPutThenPostInChunks() throws {
        let transport = ScriptedTransport([])
        let push = try GraphStorePush(endpoint: "http://127.0.0.1:9/store", graph: graph, replace: true, chunkSize: 4, backoff: 0, transport: transport)
        let report = try push.push(try triples(10))
        #expect(report.confirmedTriples == 10)
        #expect(transport.requests.map(\.method) == ["PUT", "POST", "POST"])
        #expect(transport.requests[0].url.absoluteString == "http://127.0.0.1:9/store?graph=http%3A%2F%2Fexample.org%2Fgraph%2Fprobe")
        #expect(transport.requests[0].headers["Content-Type"] == "application/n-triples")
        #expect(String(decoding: transport.requests[2].body, as: UTF8.self).split(separator: "\n").count == 2)
    }

    @Test func withoutReplaceEverythingIsPost() throws {
        let transport = ScriptedTransport([])
        _ = try GraphStorePush(endpoint: "http://127.0.0.1:9/store", graph: graph, chunkSize: 4, backoff: 0, transport: transport).push(try triples(5))
        #expect(transport.requests.map(\.method) == ["POST", "POST"])
    }

    @Test func blankNodeGroupsStayInOneChunk() throws {
        let s = Term.iri(try IRI(validating: "http://example.org/a"))
        let b1 = Term.blank(try BlankNode(validating: "st1")), b2 = Term.blank(try BlankNode(validating: "st2"))
        var list: [Triple] = [Triple(s, RDFS.label, .literal(Literal("A")))]
        for i in 0..<3 { list.append(Triple(b1, RDF.subject, .literal(Literal("x\(i)")))) }
        list.append(Triple(b1, RDF.object, b2))
        for i in 0..<2 { list.append(Triple(b2, RDF.predicate, .literal(Literal("y\(i)")))) }
        list.append(Triple(s, RDFS.comment, .literal(Literal("B"))))
        let chunks = GraphStorePush.chunks(list, size: 3)
        #expect(chunks.map(\.count) == [1, 6, 1])
        #expect(chunks.flatMap { $0 }.count == list.count)
    }

    @Test func digestChallengeIsAnswered() throws {
        let challenge = ["WWW-Authenticate": "Digest realm=\"SPARQL\", nonce=\"abc\", opaque=\"o\", qop=\"auth\", algorithm=\"MD5\""]
        let transport = ScriptedTransport([.respond(401, challenge), .respond(201, [:]), .respond(200, [:])])
        let push = try GraphStorePush(endpoint: "http://127.0.0.1:9/sparql-graph-crud-auth", graph: graph, replace: true,
                                      credentials: ("dba", "dba"), chunkSize: 2, backoff: 0, transport: transport)
        let report = try push.push(try triples(4))
        #expect(report.confirmedTriples == 4)
        #expect(transport.requests.count == 3)
        #expect(transport.requests[0].headers["Authorization"] == nil)
        #expect(transport.requests[1].headers["Authorization"]?.hasPrefix("Digest username=\"dba\", realm=\"SPARQL\"") == true)
        #expect(transport.requests[1].headers["Authorization"]?.contains("nc=00000001") == true)
        #expect(transport.requests[2].headers["Authorization"]?.contains("nc=00000002") == true)
        #expect(transport.requests[1].headers["Authorization"]?.contains("uri=\"/sparql-graph-crud-auth?graph=http%3A%2F%2Fexample.org%2Fgraph%2Fprobe\"") == true)
    }

    @Test func basicChallengeIsAnswered() throws {
        let transport = ScriptedTransport([.respond(401, ["WWW-Authenticate": "Basic realm=\"fuseki\""]), .respond(204, [:])])
        _ = try GraphStorePush(endpoint: "http://127.0.0.1:9/ds/data", graph: graph, credentials: ("admin", "pw"), backoff: 0,
                               transport: transport).push(try triples(1))
        #expect(transport.requests.last?.headers["Authorization"] == "Basic YWRtaW46cHc=")
    }

    @Test func wrongPasswordStopsWithTheStatus() throws {
        let challenge = ["WWW-Authenticate": "Digest realm=\"SPARQL\", nonce=\"abc\", qop=\"auth\""]
        let transport = ScriptedTransport([.respond(401, challenge), .respond(401, challenge)])
        let push = try GraphStorePush(endpoint: "http://127.0.0.1:9/x", graph: graph, credentials: ("dba", "falsch"), backoff: 0, transport: transport)
        #expect(throws: QueryError.httpRefused(endpoint: "http://127.0.0.1:9/x", status: 401, message: "unauthorized (user or password wrong)")) {
            try push.push(try triples(1))
        }
        #expect(transport.requests.count == 2)
    }

    @Test(arguments: [403, 404, 415])
    func clientErrorsAreNotRetried(_ status: Int) throws {
        let transport = ScriptedTransport([.respond(status, [:])])
        let push = try GraphStorePush(endpoint: "http://127.0.0.1:9/x", graph: graph, backoff: 0, transport: transport)
        do {
            _ = try push.push(try triples(1))
            Issue.record("no error")
        } catch QueryError.httpRefused(let endpoint, let got, _) {
            #expect(endpoint == "http://127.0.0.1:9/x")
            #expect(got == status)
        }
        #expect(transport.requests.count == 1)
    }

    @Test func transientFailuresAreRetriedAndConfirmedCountIsHonest() throws {
        // Chunk 1 succeeds after a 503 and a reset; chunk 2 meets four refusals and gives up.
        let transport = ScriptedTransport([.respond(503, [:]), .fail(.transient("reset")), .respond(201, [:]),
                                           .respond(429, [:]), .fail(.transient("refused")), .respond(500, [:]), .respond(408, [:])])
        let push = try GraphStorePush(endpoint: "http://127.0.0.1:9/x", graph: graph, chunkSize: 3, backoff: 0, transport: transport)
        do {
            _ = try push.push(try triples(6))
            Issue.record("no error")
        } catch QueryError.httpFailed(_, let attempts, let reason, let confirmed) {
            #expect(attempts == 4)
            #expect(confirmed == 3)
            #expect(reason.contains("408"))
        }
        #expect(transport.requests.count == 7)
    }

    @Test func endpointMustBeHTTP() {
        #expect(throws: QueryError.invalidEndpoint("ftp://x/y")) { try GraphStorePush(endpoint: "ftp://x/y", graph: graph) }
    }
}
