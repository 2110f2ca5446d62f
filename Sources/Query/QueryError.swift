/// Everything that can go wrong in Query, one case per cause; messages name the file, query or endpoint.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Rasqal or Raptor could not be set up (out of memory, missing parser).
    case engineUnavailable(String)
    /// An RDF document did not parse; `source` names the file, `line`/`column` where Raptor knows them.
    case rdfSyntax(source: String, line: Int?, column: Int?, message: String)
    /// A term in the parsed RDF that GraphCore cannot represent (an IRI with forbidden characters).
    case unsupportedTerm(source: String, term: String)
    /// The SPARQL query did not parse; line and column are relative to the user's query text.
    case querySyntax(line: Int?, column: Int?, message: String)
    /// The query parsed but Rasqal could not run it.
    case queryExecution(String)
    /// A query form other than SELECT, ASK and CONSTRUCT (DESCRIBE, updates).
    case unsupportedQueryForm(String)
    /// A name that matches no entity label or alias.
    case noSuchEntity(String)
    /// A name that matches several entities equally well; the candidates as `label <iri>` lines.
    case ambiguousName(String, candidates: [String])
    /// A Graph Store request was refused: authentication (401, 403) or another 4xx.
    case httpRefused(endpoint: String, status: Int, message: String)
    /// A Graph Store request still failed after its retries (5xx, 408, 429, connection refused or reset).
    case httpFailed(endpoint: String, attempts: Int, reason: String, confirmedTriples: Int)
    /// An endpoint URL that is not an absolute http(s) URL.
    case invalidEndpoint(String)
    /// A password file that cannot be read.
    case unreadablePasswordFile(path: String, reason: String)
    /// An input file that cannot be read.
    case unreadableFile(path: String, reason: String)

    /// A one-line message naming what went wrong and where.
    public var description: String {
        switch self {
        case .engineUnavailable(let what):
            return "the SPARQL engine (Rasqal/Raptor) is not available: \(what)"
        case .rdfSyntax(let source, let line, let column, let message):
            return "\(source)\(Self.position(line, column)): RDF syntax error: \(message)"
        case .unsupportedTerm(let source, let term):
            return "\(source): cannot represent the term \(term)"
        case .querySyntax(let line, let column, let message):
            return "query\(Self.position(line, column)): syntax error: \(message)"
        case .queryExecution(let message):
            return "query failed: \(message)"
        case .unsupportedQueryForm(let form):
            return "query form \(form) is not supported (use SELECT, ASK or CONSTRUCT)"
        case .noSuchEntity(let name):
            return "no entity is named \(name.debugDescription) (labels and aliases were searched)"
        case .ambiguousName(let name, let candidates):
            return "\(name.debugDescription) names \(candidates.count) entities:\n" + candidates.map { "  " + $0 }.joined(separator: "\n")
        case .httpRefused(let endpoint, let status, let message):
            return "\(endpoint) refused the request: HTTP \(status)\(message.isEmpty ? "" : ": " + message)"
        case .httpFailed(let endpoint, let attempts, let reason, let confirmed):
            return "\(endpoint) failed after \(attempts) attempts: \(reason) (\(confirmed) triples were confirmed loaded before)"
        case .invalidEndpoint(let url):
            return "\(url.debugDescription) is not an http or https URL"
        case .unreadablePasswordFile(let path, let reason):
            return "\(path): cannot read the password file: \(reason)"
        case .unreadableFile(let path, let reason):
            return "\(path): cannot read: \(reason)"
        }
    }

    private static func position(_ line: Int?, _ column: Int?) -> String {
        guard let line else { return "" }
        guard let column, column > 0 else { return ":\(line)" }
        return ":\(line):\(column)"
    }
}
