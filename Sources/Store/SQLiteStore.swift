import Foundation
import GraphCore

/// The store's SQLite layout (documented in `docs/store.md`).
public enum StoreSchema {
    /// `PRAGMA user_version` of the layout this build reads and writes.
    public static let version = 1
    /// `PRAGMA application_id` of every graph-export store: the bytes `GEXS`.
    public static let applicationID: Int64 = 0x4745_5853
    /// The tables.
    static let create = """
        CREATE TABLE documents (
            content_hash      TEXT PRIMARY KEY NOT NULL,
            name              TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            extraction        BLOB NOT NULL
        );
        """
}

/// The embedded extraction store: one SQLite file, one row per document, keyed by content hash.
///
/// Each document is saved in its own transaction, so a run that is killed leaves only whole
/// documents. The file is in WAL mode with `synchronous = NORMAL`. All methods are serialised
/// by a lock, so worker threads may save concurrently.
public final class SQLiteStore: ExtractionStore, @unchecked Sendable {
    /// How a store is opened.
    public enum Mode: Sendable {
        /// Read and write, creating the file (and the tables) when it does not exist: `extract --store`, merge targets.
        case create
        /// Read only; the file must be an existing store: `export`, merge sources.
        case readOnly
    }

    /// The store file as given.
    public let path: String
    private let connection: SQLiteConnection
    private let lock = NSLock()

    /// Opens (or, with ``Mode/create``, creates) the store at `path`.
    public init(path: String, mode: Mode) throws(StoreError) {
        self.path = path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw .cannotOpen(path: path, reason: "is a folder") }
        if !exists && mode == .readOnly { throw .missing(path: path) }
        connection = try SQLiteConnection(path: path, readOnly: mode == .readOnly, create: mode == .create)
        let applicationID = try connection.integer("PRAGMA application_id", "reading the store header")
        let tables = try connection.integer("SELECT count(*) FROM sqlite_master", "reading the store schema")
        if applicationID == 0 && tables == 0 {
            guard mode == .create else { throw .notAStore(path: path) }
            try connection.execute("PRAGMA journal_mode = WAL", "switching to WAL mode")
            try connection.transaction("creating the store tables") { () throws(StoreError) in
                try connection.execute(StoreSchema.create, "creating the store tables")
                try connection.execute("PRAGMA application_id = \(StoreSchema.applicationID)", "writing the store header")
                try connection.execute("PRAGMA user_version = \(StoreSchema.version)", "writing the store header")
            }
        } else {
            guard applicationID == StoreSchema.applicationID else { throw .notAStore(path: path) }
            let version = try connection.integer("PRAGMA user_version", "reading the store header")
            guard version == StoreSchema.version else { throw .unsupportedSchema(path: path, version: Int(version)) }
            if mode == .create { try connection.execute("PRAGMA journal_mode = WAL", "switching to WAL mode") }
        }
        if mode == .create { try connection.execute("PRAGMA synchronous = NORMAL", "setting synchronous mode") }
    }

    /// The stored extraction of the document with this hash made by this extractor version, if any.
    public func extraction(contentHash: String, extractorVersion: String) throws(StoreError) -> DocumentExtraction? {
        lock.lock(); defer { lock.unlock() }
        let statement = try connection.prepare(
            "SELECT name, extraction FROM documents WHERE content_hash = ?1 AND extractor_version = ?2", "looking up a document")
        try statement.bind(1, contentHash)
        try statement.bind(2, extractorVersion)
        guard try statement.step() else { return nil }
        return try decode(statement.blob(1), name: statement.text(0), contentHash: contentHash)
    }

    /// Stores (or replaces) one document's extraction in one transaction.
    public func save(_ extraction: DocumentExtraction, extractorVersion: String) throws(StoreError) {
        let blob = ExtractionCodec.encode(extraction)
        lock.lock(); defer { lock.unlock() }
        try connection.transaction("saving document \(extraction.document.name)") { () throws(StoreError) in
            let statement = try connection.prepare(
                "INSERT OR REPLACE INTO documents (content_hash, name, extractor_version, extraction) VALUES (?1, ?2, ?3, ?4)",
                "saving document \(extraction.document.name)")
            try statement.bind(1, extraction.document.contentHash)
            try statement.bind(2, extraction.document.name)
            try statement.bind(3, extractorVersion)
            try statement.bind(4, blob)
            try statement.step()
        }
    }

    /// Records `name` as the file name of the stored document with this hash.
    public func rename(contentHash: String, to name: String) throws(StoreError) {
        lock.lock(); defer { lock.unlock() }
        try connection.transaction("renaming document \(name)") { () throws(StoreError) in
            let statement = try connection.prepare("UPDATE documents SET name = ?2 WHERE content_hash = ?1", "renaming document \(name)")
            try statement.bind(1, contentHash)
            try statement.bind(2, name)
            try statement.step()
        }
    }

    /// Removes every stored document whose hash is not in `hashes`; returns how many were removed.
    public func prune(keeping hashes: Set<String>) throws(StoreError) -> Int {
        lock.lock(); defer { lock.unlock() }
        return try connection.transaction("pruning documents") { () throws(StoreError) -> Int in
            let stored = try connection.texts("SELECT content_hash FROM documents ORDER BY content_hash", "listing documents")
            let statement = try connection.prepare("DELETE FROM documents WHERE content_hash = ?1", "pruning documents")
            var removed = 0
            for hash in stored where !hashes.contains(hash) {
                statement.reset()
                try statement.bind(1, hash)
                try statement.step()
                removed += 1
            }
            return removed
        }
    }

    /// Every stored extraction, in a fixed order.
    public func allExtractions() throws(StoreError) -> [DocumentExtraction] {
        var result: [DocumentExtraction] = []
        try forEachExtraction { result.append($0) }
        return result
    }

    /// Calls `body` with every stored extraction, one at a time, in the order of ``allExtractions()`` (ordered by
    /// content hash), without holding them all in memory.
    public func forEachExtraction(_ body: (DocumentExtraction) -> Void) throws(StoreError) {
        lock.lock(); defer { lock.unlock() }
        let statement = try connection.prepare(
            "SELECT content_hash, name, extraction FROM documents ORDER BY content_hash", "reading documents")
        while try statement.step() {
            body(try decode(statement.blob(2), name: statement.text(1), contentHash: statement.text(0)))
        }
    }

    /// How many stored documents each extractor version made.
    public func extractorVersions() throws(StoreError) -> [String: Int] {
        lock.lock(); defer { lock.unlock() }
        let statement = try connection.prepare(
            "SELECT extractor_version, count(*) FROM documents GROUP BY extractor_version", "reading extractor versions")
        var counts: [String: Int] = [:]
        while try statement.step() { counts[statement.text(0)] = Int(statement.int64(1)) }
        return counts
    }

    /// Number of stored documents.
    public func documentCount() throws(StoreError) -> Int {
        lock.lock(); defer { lock.unlock() }
        return Int(try connection.integer("SELECT count(*) FROM documents", "counting documents"))
    }

    /// The content hashes and names of the stored documents, ordered by content hash.
    public func documents() throws(StoreError) -> [(contentHash: String, name: String)] {
        lock.lock(); defer { lock.unlock() }
        let statement = try connection.prepare("SELECT content_hash, name FROM documents ORDER BY content_hash", "listing documents")
        var result: [(String, String)] = []
        while try statement.step() { result.append((statement.text(0), statement.text(1))) }
        return result
    }

    /// SQLite's own check of the file (`PRAGMA integrity_check`): `ok`, or the problems it found.
    public func integrityCheck() throws(StoreError) -> String {
        lock.lock(); defer { lock.unlock() }
        return try connection.texts("PRAGMA integrity_check", "checking integrity").joined(separator: "\n")
    }

    /// What ``merge(sources:into:)`` did.
    public struct MergeSummary: Sendable, Equatable {
        /// Documents read from the sources.
        public let read: Int
        /// Documents that were not in the target before.
        public let added: Int
        /// Documents in the target afterwards.
        public let total: Int
    }

    /// Copies every document of the stores at `sources` into the store at `target` (created when missing).
    ///
    /// All stores must hold extractions of one and the same extractor version (an empty
    /// target takes any). Each source is copied in one transaction; a document present in several
    /// stores is kept once, under the smallest of its names. Every record is decoded before it
    /// is copied, so a damaged source is reported and leaves the target as it was.
    public static func merge(sources: [String], into target: String) throws(StoreError) -> MergeSummary {
        let targetKey = canonicalPath(target)
        for source in sources where canonicalPath(source) == targetKey { throw .mergeTargetIsSource(path: target) }
        var opened: [SQLiteStore] = []
        for source in sources { opened.append(try SQLiteStore(path: source, mode: .readOnly)) }
        let destination = try SQLiteStore(path: target, mode: .create)
        var seen: (path: String, version: String)? = nil
        for store in opened + [destination] {
            let versions = try store.extractorVersions().keys.sorted()
            if versions.count > 1 { throw .mixedExtractorVersions(path: store.path, versions: versions) }
            guard let version = versions.first else { continue }
            if let seen, seen.version != version {
                throw .extractorVersionMismatch(path: store.path, version: version, otherPath: seen.path, otherVersion: seen.version)
            }
            seen = (store.path, version)
        }
        let before = try destination.documentCount()
        var read = 0
        for store in opened {
            read += try destination.copy(from: store)
        }
        let total = try destination.documentCount()
        return MergeSummary(read: read, added: total - before, total: total)
    }

    /// Copies every document of `source` in one transaction; returns how many were read.
    private func copy(from source: SQLiteStore) throws(StoreError) -> Int {
        source.lock.lock(); defer { source.lock.unlock() }
        lock.lock(); defer { lock.unlock() }
        let rows = try source.connection.prepare(
            "SELECT content_hash, name, extractor_version, extraction FROM documents ORDER BY content_hash", "reading documents")
        return try connection.transaction("merging \(source.path)") { () throws(StoreError) -> Int in
            let insert = try connection.prepare("""
                INSERT INTO documents (content_hash, name, extractor_version, extraction) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (content_hash) DO UPDATE SET name = min(name, excluded.name)
                """, "merging \(source.path)")
            var count = 0
            while try rows.step() {
                let hash = rows.text(0), name = rows.text(1), blob = rows.blob(3)
                _ = try source.decode(blob, name: name, contentHash: hash)
                insert.reset()
                try insert.bind(1, hash)
                try insert.bind(2, name)
                try insert.bind(3, rows.text(2))
                try insert.bind(4, blob)
                try insert.step()
                count += 1
            }
            return count
        }
    }

    private func decode(_ blob: [UInt8], name: String, contentHash: String) throws(StoreError) -> DocumentExtraction {
        do {
            return try ExtractionCodec.decode(blob, name: name, contentHash: contentHash)
        } catch {
            throw .undecodableRecord(path: path, contentHash: contentHash, reason: error.reason)
        }
    }

    private static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
