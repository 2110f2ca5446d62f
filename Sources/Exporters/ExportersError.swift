/// Everything that can go wrong in Exporters outside the sink protocol, one case per cause.
///
/// The writers themselves conform to `GraphSink` and therefore throw `GraphCoreError`;
/// the cases here cover choosing a format.
public enum ExportersError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An output path whose extension names no known format; `path` is the file as given.
    case unknownFileExtension(path: String)
    /// A format name (e.g. from `--format`) that is not one of the known formats.
    case unknownFormatName(String)

    /// A one-line message naming the offending path or name.
    public var description: String {
        switch self {
        case .unknownFileExtension(let path):
            return "\(path): cannot tell the output format from the file extension (use .ttl, .nt, .graphml, .dot, .trig or .nq)"
        case .unknownFormatName(let name):
            return "unknown output format \(name.debugDescription) (use turtle, ntriples, graphml, dot, trig or nquads)"
        }
    }
}
