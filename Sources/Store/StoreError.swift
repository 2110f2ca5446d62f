/// Everything that can go wrong with an extraction store, one case per cause; every message names the store file.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The store file does not exist (export and merge read only existing stores).
    case missing(path: String)
    /// SQLite could not open or create the file (no such folder, no permission, a folder of that name).
    case cannotOpen(path: String, reason: String)
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// The file is an SQLite database whose pages are damaged.
    case corrupt(path: String, reason: String)
    /// The file is an SQLite database of another application (or an empty one where a store was expected).
    case notAStore(path: String)
    /// The store was written by a graph-export with another store layout.
    case unsupportedSchema(path: String, version: Int)
    /// Another process holds the store's write lock and did not release it in time.
    case busy(path: String)
    /// An SQL statement failed for another reason; `operation` says what was being done.
    case statementFailed(path: String, operation: String, reason: String)
    /// A stored extraction could not be decoded.
    case undecodableRecord(path: String, contentHash: String, reason: String)
    /// A store holds extractions of more than one extractor version (merge needs one).
    case mixedExtractorVersions(path: String, versions: [String])
    /// Two stores to merge were extracted by different extractor versions.
    case extractorVersionMismatch(path: String, version: String, otherPath: String, otherVersion: String)
    /// A merge names its target among its sources.
    case mergeTargetIsSource(path: String)

    /// A one-line message naming the store file.
    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): no such store"
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open the store: \(reason)"
        case .notADatabase(let path):
            return "\(path): not an SQLite database (not a graph-export store)"
        case .corrupt(let path, let reason):
            return "\(path): the store is damaged: \(reason)"
        case .notAStore(let path):
            return "\(path): an SQLite database, but not a graph-export store"
        case .unsupportedSchema(let path, let version):
            return "\(path): store layout version \(version) is not supported (this graph-export reads version \(StoreSchema.version))"
        case .busy(let path):
            return "\(path): the store is locked by another process"
        case .statementFailed(let path, let operation, let reason):
            return "\(path): \(operation) failed: \(reason)"
        case .undecodableRecord(let path, let contentHash, let reason):
            return "\(path): the stored extraction of document sha256:\(contentHash) cannot be read: \(reason)"
        case .mixedExtractorVersions(let path, let versions):
            return "\(path): holds extractions of several extractor versions (\(versions.joined(separator: ", "))); run extract with --prune over its documents again"
        case .extractorVersionMismatch(let path, let version, let otherPath, let otherVersion):
            return "\(path): extracted by extractor version \(version), but \(otherPath) by \(otherVersion); extract every shard with the same graph-export build"
        case .mergeTargetIsSource(let path):
            return "\(path): the merge target is also named as a source"
        }
    }
}
