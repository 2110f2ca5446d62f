/// Everything that can go wrong in the Extractors module, one case per cause.
public enum ExtractorsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A lexicon file is not among the package resources.
    case lexiconMissing(name: String)
    /// A lexicon file exists but cannot be read.
    case lexiconUnreadable(name: String, reason: String)
    /// A lexicon row does not have the shape its header promises.
    case lexiconMalformed(name: String, line: Int, reason: String)
    /// An input named on the command line (or a link inside a folder) does not exist.
    case inputNotFound(path: String)
    /// A file or folder exists but cannot be opened or read.
    case unreadable(path: String, reason: String)
    /// A file's bytes look binary (NUL bytes, not UTF-16): a PDF or image renamed to `.txt`, say.
    case binaryFile(path: String)
    /// An input is neither a regular file, a pipe nor a folder (a device or socket).
    case notAFileOrFolder(path: String)
    /// A symbolic link inside a folder leads back to one of its own parent folders.
    case symlinkLoop(path: String)
    /// libxml2 could not build a document tree from an HTML file.
    case htmlUnparsable(path: String)
    /// A document is larger than the configured maximum (`--max-document-bytes`); it is skipped unread.
    /// `bytes` is its size, or 0 when unknown (a pipe that was read up to the limit).
    case documentTooLarge(path: String, bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .lexiconMissing(let name): return "lexicon \(name).tsv is missing from the package resources"
        case .lexiconUnreadable(let name, let reason): return "lexicon \(name).tsv cannot be read: \(reason)"
        case .lexiconMalformed(let name, let line, let reason): return "lexicon \(name).tsv:\(line): \(reason)"
        case .inputNotFound(let path): return "\(path): no such file or folder"
        case .unreadable(let path, let reason): return "\(path): cannot be read: \(reason)"
        case .binaryFile(let path): return "\(path): binary file, not text"
        case .notAFileOrFolder(let path): return "\(path): not a regular file or folder"
        case .symlinkLoop(let path): return "\(path): symbolic link loop, not followed"
        case .htmlUnparsable(let path): return "\(path): HTML could not be parsed"
        case .documentTooLarge(let path, let bytes, let limit):
            return "\(path): \(bytes > limit ? "\(bytes)" : "more than \(limit)") bytes, larger than the limit of \(limit) bytes (--max-document-bytes); skipped"
        }
    }
}
