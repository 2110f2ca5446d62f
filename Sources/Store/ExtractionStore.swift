import Foundation
import GraphCore

/// Where the pipeline keeps per-document extractions, keyed by content hash and extractor version.
///
/// The pipeline uses an ``SQLiteStore`` with `--store`; a plain run keeps no extractions at all
/// (they are folded into the graph one by one). Every method is safe to call from several threads.
public protocol ExtractionStore: AnyObject, Sendable {
    /// The stored extraction of the document with `contentHash`, if one made by `extractorVersion` is stored.
    /// Its document name is the stored one.
    func extraction(contentHash: String, extractorVersion: String) throws(StoreError) -> DocumentExtraction?
    /// Stores one document's extraction (replacing any earlier one of the same content), as a whole or not at all.
    func save(_ extraction: DocumentExtraction, extractorVersion: String) throws(StoreError)
    /// Gives the stored document with `contentHash` a new name (the file was renamed or copied).
    func rename(contentHash: String, to name: String) throws(StoreError)
    /// Removes every stored document whose content hash is not in `hashes`; returns how many were removed.
    func prune(keeping hashes: Set<String>) throws(StoreError) -> Int
    /// Every stored extraction, ordered by content hash.
    func allExtractions() throws(StoreError) -> [DocumentExtraction]
    /// How many stored documents each extractor version made.
    func extractorVersions() throws(StoreError) -> [String: Int]
}

/// An extraction store in memory, with the behaviour of ``SQLiteStore`` (for tests and embedding); it keeps every
/// extraction saved to it, so the pipeline does not use it for plain runs.
public final class MemoryStore: ExtractionStore, @unchecked Sendable {
    private let lock = NSLock()
    private var records: [String: (version: String, extraction: DocumentExtraction)] = [:]

    /// An empty store.
    public init() {}

    /// The stored extraction of the document with this hash made by this extractor version, if any.
    public func extraction(contentHash: String, extractorVersion: String) throws(StoreError) -> DocumentExtraction? {
        lock.lock(); defer { lock.unlock() }
        guard let record = records[contentHash], record.version == extractorVersion else { return nil }
        return record.extraction
    }

    /// Stores (or replaces) one document's extraction in one transaction.
    public func save(_ extraction: DocumentExtraction, extractorVersion: String) throws(StoreError) {
        lock.lock(); defer { lock.unlock() }
        records[extraction.document.contentHash] = (extractorVersion, extraction)
    }

    /// Records `name` as the file name of the stored document with this hash.
    public func rename(contentHash: String, to name: String) throws(StoreError) {
        lock.lock(); defer { lock.unlock() }
        guard var record = records[contentHash] else { return }
        let old = record.extraction.document
        record.extraction.document = DocumentInfo(name: name, contentHash: old.contentHash, datePublished: old.datePublished)
        records[contentHash] = record
    }

    /// Removes every stored document whose hash is not in `hashes`; returns how many were removed.
    public func prune(keeping hashes: Set<String>) throws(StoreError) -> Int {
        lock.lock(); defer { lock.unlock() }
        let drop = records.keys.filter { !hashes.contains($0) }
        for hash in drop { records.removeValue(forKey: hash) }
        return drop.count
    }

    /// Every stored extraction, in a fixed order.
    public func allExtractions() throws(StoreError) -> [DocumentExtraction] {
        lock.lock(); defer { lock.unlock() }
        return records.keys.sorted().map { records[$0]!.extraction }
    }

    /// How many stored documents each extractor version made.
    public func extractorVersions() throws(StoreError) -> [String: Int] {
        lock.lock(); defer { lock.unlock() }
        var counts: [String: Int] = [:]
        for record in records.values { counts[record.version, default: 0] += 1 }
        return counts
    }
}
