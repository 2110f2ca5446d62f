import CSQLite
import Foundation
import GraphCore
import Testing
@testable import Store

/// Runs SQL on a file directly, as another program would.
private func rawSQL(_ path: String, _ sql: String) {
    var db: OpaquePointer?
    #expect(sqlite3_open(path, &db) == SQLITE_OK)
    let code = sqlite3_exec(db, sql, nil, nil, nil)
    #expect(code == SQLITE_OK, "\(String(cString: sqlite3_errmsg(db)))")
    sqlite3_close(db)
}

@Suite("SQLite store")
struct SQLiteStoreTests {
    @Test("Saved extractions are found by content hash and extractor version only")
    func saveAndLookUp() throws {
        let path = try StoreFixtures.temporaryFolder() + "/kg.sqlite"
        let store = try SQLiteStore(path: path, mode: .create)
        let a = StoreFixtures.rich(1), b = StoreFixtures.rich(2)
        try store.save(a, extractorVersion: "v1")
        try store.save(b, extractorVersion: "v1")
        let found = try #require(try store.extraction(contentHash: a.document.contentHash, extractorVersion: "v1"))
        #expect(StoreFixtures.same(found, a))
        #expect(try store.extraction(contentHash: a.document.contentHash, extractorVersion: "v2") == nil)
        #expect(try store.extraction(contentHash: StoreFixtures.hash(99), extractorVersion: "v1") == nil)
        #expect(try store.documentCount() == 2)
        #expect(try store.extractorVersions() == ["v1": 2])
        // Saving the same content again replaces the row.
        try store.save(a, extractorVersion: "v2")
        #expect(try store.documentCount() == 2)
        #expect(try store.extractorVersions() == ["v1": 1, "v2": 1])
        #expect(try store.integrityCheck() == "ok")
    }

    @Test("A reopened store has everything, in content-hash order, in WAL mode")
    func reopen() throws {
        let path = try StoreFixtures.temporaryFolder() + "/kg.sqlite"
        let originals = (0..<6).map { StoreFixtures.rich($0) }
        do {
            let store = try SQLiteStore(path: path, mode: .create)
            for e in originals.reversed() { try store.save(e, extractorVersion: "v1") }
        }
        let store = try SQLiteStore(path: path, mode: .readOnly)
        let all = try store.allExtractions()
        #expect(all.map(\.document.contentHash) == originals.map(\.document.contentHash).sorted())
        for e in originals { #expect(all.contains { StoreFixtures.same($0, e) }) }
        // Bytes 18 and 19 of the SQLite header are 2 in WAL mode.
        let header = try #require(FileHandle(forReadingAtPath: path)).readData(ofLength: 20)
        #expect(header[18] == 2 && header[19] == 2)
    }

    @Test("Rename and prune")
    func renameAndPrune() throws {
        let path = try StoreFixtures.temporaryFolder() + "/kg.sqlite"
        let store = try SQLiteStore(path: path, mode: .create)
        for i in 0..<5 { try store.save(StoreFixtures.rich(i), extractorVersion: "v1") }
        try store.rename(contentHash: StoreFixtures.hash(3), to: "neu/umbenannt.txt")
        #expect(try store.extraction(contentHash: StoreFixtures.hash(3), extractorVersion: "v1")?.document.name == "neu/umbenannt.txt")
        let removed = try store.prune(keeping: [StoreFixtures.hash(1), StoreFixtures.hash(3), StoreFixtures.hash(42)])
        #expect(removed == 3)
        #expect(Set(try store.documents().map(\.contentHash)) == [StoreFixtures.hash(1), StoreFixtures.hash(3)])
    }

    @Test("Concurrent saves from many threads all land, and the file stays intact")
    func concurrentSaves() throws {
        let path = try StoreFixtures.temporaryFolder() + "/kg.sqlite"
        let store = try SQLiteStore(path: path, mode: .create)
        DispatchQueue.concurrentPerform(iterations: 40) { i in
            try? store.save(StoreFixtures.rich(i), extractorVersion: "v1")
        }
        #expect(try store.documentCount() == 40)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test("Opening errors name the file, one case per cause")
    func openingErrors() throws {
        let dir = try StoreFixtures.temporaryFolder()
        #expect(throws: StoreError.missing(path: "\(dir)/fehlt.sqlite")) { try SQLiteStore(path: "\(dir)/fehlt.sqlite", mode: .readOnly) }

        let text = "\(dir)/notiz.sqlite"
        try Data("Das ist keine Datenbank, nur eine Notiz mit genug Text, um eine Kopfzeile zu füllen.\n".utf8)
            .write(to: URL(fileURLWithPath: text))
        #expect(throws: StoreError.notADatabase(path: text)) { try SQLiteStore(path: text, mode: .readOnly) }
        #expect(throws: StoreError.notADatabase(path: text)) { try SQLiteStore(path: text, mode: .create) }
        #expect(StoreError.notADatabase(path: text).description.contains(text))

        let foreign = "\(dir)/fremd.sqlite"
        rawSQL(foreign, "CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT)")
        #expect(throws: StoreError.notAStore(path: foreign)) { try SQLiteStore(path: foreign, mode: .create) }

        let empty = "\(dir)/leer.sqlite"
        FileManager.default.createFile(atPath: empty, contents: nil)
        #expect(throws: StoreError.notAStore(path: empty)) { try SQLiteStore(path: empty, mode: .readOnly) }
        _ = try SQLiteStore(path: empty, mode: .create)  // an empty file becomes a store

        let future = "\(dir)/zukunft.sqlite"
        _ = try SQLiteStore(path: future, mode: .create)
        rawSQL(future, "PRAGMA user_version = 7")
        #expect(throws: StoreError.unsupportedSchema(path: future, version: 7)) { try SQLiteStore(path: future, mode: .readOnly) }

        #expect(throws: StoreError.cannotOpen(path: dir, reason: "is a folder")) { try SQLiteStore(path: dir, mode: .create) }
        #expect {
            try SQLiteStore(path: "\(dir)/kein/ordner/kg.sqlite", mode: .create)
        } throws: { error in
            guard case StoreError.cannotOpen(let path, _) = error else { return false }
            return path == "\(dir)/kein/ordner/kg.sqlite"
        }
    }

    @Test("A damaged file or record is reported with the file (and the document)")
    func damage() throws {
        let dir = try StoreFixtures.temporaryFolder()
        let path = "\(dir)/kg.sqlite"
        do {
            let store = try SQLiteStore(path: path, mode: .create)
            for i in 0..<30 { try store.save(StoreFixtures.rich(i), extractorVersion: "v1") }
        }
        // A record whose bytes were changed behind the store's back.
        let tampered = "\(dir)/tampered.sqlite"
        try FileManager.default.copyItem(atPath: path, toPath: tampered)
        rawSQL(tampered, "UPDATE documents SET extraction = x'01ff' WHERE content_hash = '\(StoreFixtures.hash(4))'")
        #expect {
            _ = try SQLiteStore(path: tampered, mode: .readOnly).allExtractions()
        } throws: { error in
            guard case StoreError.undecodableRecord(let p, let hash, _) = error else { return false }
            return p == tampered && hash == StoreFixtures.hash(4) && "\(error)".contains(tampered)
        }
        // Pages overwritten with garbage after the header.
        let garbled = "\(dir)/garbled.sqlite"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.count > 8192)
        for i in 4096..<bytes.count { bytes[i] = UInt8(truncatingIfNeeded: i &* 31 &+ 7) }
        try Data(bytes).write(to: URL(fileURLWithPath: garbled))
        #expect {
            let store = try SQLiteStore(path: garbled, mode: .readOnly)
            _ = try store.allExtractions()
            if try store.integrityCheck() != "ok" { throw StoreError.corrupt(path: garbled, reason: "integrity check") }
        } throws: { error in
            "\(error)".contains(garbled)
        }
    }

    @Test("Merge unites stores, keeps a shared document once under its smallest name")
    func merge() throws {
        let dir = try StoreFixtures.temporaryFolder()
        let a = try SQLiteStore(path: "\(dir)/a.sqlite", mode: .create)
        let b = try SQLiteStore(path: "\(dir)/b.sqlite", mode: .create)
        for i in 0..<3 { try a.save(StoreFixtures.rich(i), extractorVersion: "v1") }
        for i in 2..<5 { try b.save(StoreFixtures.rich(i, name: i == 2 ? "a-zuerst.txt" : nil), extractorVersion: "v1") }
        let summary = try SQLiteStore.merge(sources: ["\(dir)/a.sqlite", "\(dir)/b.sqlite"], into: "\(dir)/kg.sqlite")
        #expect(summary == SQLiteStore.MergeSummary(read: 6, added: 5, total: 5))
        let merged = try SQLiteStore(path: "\(dir)/kg.sqlite", mode: .readOnly)
        #expect(try merged.documents().first { $0.contentHash == StoreFixtures.hash(2) }?.name == "a-zuerst.txt")
        #expect(try merged.integrityCheck() == "ok")
        // Merging again adds nothing.
        #expect(try SQLiteStore.merge(sources: ["\(dir)/b.sqlite"], into: "\(dir)/kg.sqlite").added == 0)
    }

    @Test("Merge refuses different extractor versions, mixed stores and a target among the sources")
    func mergeErrors() throws {
        let dir = try StoreFixtures.temporaryFolder()
        let a = try SQLiteStore(path: "\(dir)/a.sqlite", mode: .create)
        let b = try SQLiteStore(path: "\(dir)/b.sqlite", mode: .create)
        try a.save(StoreFixtures.rich(1), extractorVersion: "v1")
        try b.save(StoreFixtures.rich(2), extractorVersion: "v2")
        #expect(throws: StoreError.extractorVersionMismatch(path: "\(dir)/b.sqlite", version: "v2", otherPath: "\(dir)/a.sqlite", otherVersion: "v1")) {
            try SQLiteStore.merge(sources: ["\(dir)/a.sqlite", "\(dir)/b.sqlite"], into: "\(dir)/kg.sqlite")
        }
        #expect(try SQLiteStore(path: "\(dir)/kg.sqlite", mode: .readOnly).documentCount() == 0)
        try b.save(StoreFixtures.rich(3), extractorVersion: "v3")
        #expect(throws: StoreError.mixedExtractorVersions(path: "\(dir)/b.sqlite", versions: ["v2", "v3"])) {
            try SQLiteStore.merge(sources: ["\(dir)/b.sqlite"], into: "\(dir)/kg.sqlite")
        }
        #expect(throws: StoreError.mergeTargetIsSource(path: "\(dir)/./a.sqlite")) {
            try SQLiteStore.merge(sources: ["\(dir)/a.sqlite"], into: "\(dir)/./a.sqlite")
        }
        #expect(throws: StoreError.missing(path: "\(dir)/c.sqlite")) {
            try SQLiteStore.merge(sources: ["\(dir)/c.sqlite"], into: "\(dir)/kg.sqlite")
        }
    }

    @Test("The memory store behaves like the SQLite store")
    func memoryStore() throws {
        let path = try StoreFixtures.temporaryFolder() + "/kg.sqlite"
        let stores: [any ExtractionStore] = [MemoryStore(), try SQLiteStore(path: path, mode: .create)]
        var results: [[String]] = []
        for store in stores {
            for i in 0..<4 { try store.save(StoreFixtures.rich(i), extractorVersion: i == 0 ? "alt" : "v1") }
            try store.rename(contentHash: StoreFixtures.hash(1), to: "x.txt")
            #expect(try store.extraction(contentHash: StoreFixtures.hash(0), extractorVersion: "v1") == nil)
            #expect(try store.prune(keeping: [StoreFixtures.hash(0), StoreFixtures.hash(1), StoreFixtures.hash(2)]) == 1)
            #expect(try store.extractorVersions() == ["alt": 1, "v1": 2])
            results.append(try store.allExtractions().map { "\($0.document.name) \($0.document.contentHash) \($0.facts.count)" })
        }
        #expect(results[0] == results[1])
    }
}
