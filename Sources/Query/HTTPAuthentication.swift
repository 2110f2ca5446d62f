/// A parsed `WWW-Authenticate` challenge: its scheme and parameters (names lower-cased).
public struct AuthChallenge: Equatable, Sendable {
    /// `digest` or `basic` (lower-cased).
    public let scheme: String
    /// The auth-params, e.g. realm, nonce, qop, opaque, algorithm, stale.
    public let parameters: [String: String]

    /// Parses every challenge in a header value such as `Digest realm="x", nonce="y", qop="auth"`.
    public static func parse(_ header: String) -> [AuthChallenge] {
        var challenges: [AuthChallenge] = []
        let chars = Array(header.unicodeScalars)
        var i = 0
        func skipSpace() { while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 } }
        func token() -> String {
            var out = ""
            while i < chars.count, chars[i] != " ", chars[i] != "\t", chars[i] != "=", chars[i] != "," { out.unicodeScalars.append(chars[i]); i += 1 }
            return out
        }
        var scheme: String? = nil
        var params: [String: String] = [:]
        while i < chars.count {
            skipSpace()
            if i < chars.count, chars[i] == "," { i += 1; continue }
            let start = i
            let word = token()
            if word.isEmpty { i += 1; continue }
            skipSpace()
            if i < chars.count, chars[i] == "=", scheme != nil {
                i += 1
                skipSpace()
                var value = ""
                if i < chars.count, chars[i] == "\"" {
                    i += 1
                    while i < chars.count, chars[i] != "\"" {
                        if chars[i] == "\\", i + 1 < chars.count { i += 1 }
                        value.unicodeScalars.append(chars[i]); i += 1
                    }
                    i += 1
                } else {
                    value = token()
                }
                params[word.lowercased()] = value
            } else {
                _ = start
                if let scheme { challenges.append(AuthChallenge(scheme: scheme, parameters: params)) }
                scheme = word.lowercased()
                params = [:]
            }
        }
        if let scheme { challenges.append(AuthChallenge(scheme: scheme, parameters: params)) }
        return challenges
    }
}

/// HTTP Digest authentication with MD5 (RFC 7616, compatible with RFC 2617), `qop=auth` or none.
public struct DigestAuthenticator: Sendable {
    /// The user name.
    public let user: String
    /// The password.
    public let password: String
    /// The challenge being answered.
    public let challenge: AuthChallenge
    private var nonceCount = 0

    /// An authenticator answering `challenge`; nil unless it is a digest challenge with MD5 (or no algorithm).
    public init?(user: String, password: String, challenge: AuthChallenge) {
        guard challenge.scheme == "digest", challenge.parameters["nonce"] != nil else { return nil }
        let algorithm = (challenge.parameters["algorithm"] ?? "MD5").uppercased()
        guard algorithm == "MD5" || algorithm == "MD5-SESS" else { return nil }
        self.user = user
        self.password = password
        self.challenge = challenge
    }

    /// The `Authorization` header value for `method` on `uri` (path and query), with a fresh nonce count.
    public mutating func authorization(method: String, uri: String, clientNonce: String) -> String {
        nonceCount += 1
        let nc = String(nonceCount, radix: 16)
        return Self.response(user: user, password: password, challenge: challenge, method: method, uri: uri,
                             nonceCount: String(repeating: "0", count: 8 - nc.count) + nc, clientNonce: clientNonce)
    }

    /// The header value for given counts: the RFC's computation, exposed for tests against its examples.
    public static func response(user: String, password: String, challenge: AuthChallenge, method: String, uri: String,
                                nonceCount: String, clientNonce: String) -> String {
        let p = challenge.parameters
        let realm = p["realm"] ?? "", nonce = p["nonce"] ?? ""
        let algorithm = p["algorithm"]
        let qops = (p["qop"] ?? "").split(separator: ",").map { $0.trimmingSpaces().lowercased() }
        let qop: String? = qops.contains("auth") ? "auth" : nil
        var ha1 = MD5.hex("\(user):\(realm):\(password)")
        if algorithm?.uppercased() == "MD5-SESS" { ha1 = MD5.hex("\(ha1):\(nonce):\(clientNonce)") }
        let ha2 = MD5.hex("\(method):\(uri)")
        let response: String
        if let qop {
            response = MD5.hex("\(ha1):\(nonce):\(nonceCount):\(clientNonce):\(qop):\(ha2)")
        } else {
            response = MD5.hex("\(ha1):\(nonce):\(ha2)")
        }
        func quoted(_ s: String) -> String {
            "\"" + s.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
        }
        var parts = ["username=\(quoted(user))", "realm=\(quoted(realm))", "nonce=\(quoted(nonce))", "uri=\(quoted(uri))"]
        if let algorithm { parts.append("algorithm=\(algorithm)") }
        parts.append("response=\(quoted(response))")
        if let opaque = p["opaque"] { parts.append("opaque=\(quoted(opaque))") }
        if let qop { parts += ["qop=\(qop)", "nc=\(nonceCount)", "cnonce=\(quoted(clientNonce))"] }
        return "Digest " + parts.joined(separator: ", ")
    }
}

/// HTTP Basic authentication (RFC 7617): `Basic base64(user:password)`.
public enum BasicAuthentication {
    /// The `Authorization` header value.
    public static func authorization(user: String, password: String) -> String {
        "Basic " + Base64.encode(Array("\(user):\(password)".utf8))
    }
}

/// Standard Base64 with padding.
enum Base64 {
    static func encode(_ bytes: [UInt8]) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i], b1 = i + 1 < bytes.count ? bytes[i + 1] : 0, b2 = i + 2 < bytes.count ? bytes[i + 2] : 0
            out.append(table[Int(b0 >> 2)])
            out.append(table[Int((b0 & 3) << 4 | b1 >> 4)])
            out.append(i + 1 < bytes.count ? table[Int((b1 & 15) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? table[Int(b2 & 63)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        String(self.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
