import Extractors
import Foundation
import Store
import Testing

/// Incremental runs, the store, shards, merge and export, run as a user runs them.
@Suite("graph-export store, shards, merge, export", .serialized)
struct StoreCommandTests {
    /// The seed files in sorted order, as the folder expands them.
    static var seedFiles: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: Support.seeds))?.filter { $0.hasSuffix(".txt") }.sorted()
            .map { Support.seeds + "/" + $0 } ?? []
    }

    static func read(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// Runs graph-export and expects success.
    @discardableResult
    static func ok(_ arguments: [String]) throws -> Support.Run {
        let run = try Support.graphExport(arguments)
        #expect(run.status == 0, "graph-export \(arguments.joined(separator: " ")): \(run.stderr)")
        return run
    }

    /// The Turtle of one plain in-memory run over all five seeds.
    static func referenceTurtle(_ dir: String) throws -> Data {
        try ok(["extract", Support.seeds, "-o", "\(dir)/reference.ttl", "--quiet"])
        return try read("\(dir)/reference.ttl")
    }

    @Test("the seeds in reverse order, one by one, give the same bytes as the folder")
    func inputOrder() throws {
        let dir = try Support.temporaryFolder()
        #expect(Self.seedFiles.count == 5)
        try Self.ok(["extract", Support.seeds, "-o", "\(dir)/folder.ttl", "--quiet"])
        try Self.ok(["extract"] + Self.seedFiles.reversed() + ["-o", "\(dir)/reversed.ttl", "--quiet", "--jobs", "1"])
        let shuffled = [2, 4, 0, 3, 1].map { Self.seedFiles[$0] }
        try Self.ok(["extract"] + shuffled + ["-o", "\(dir)/shuffled.nt", "--quiet"])
        try Self.ok(["extract", Support.seeds, "-o", "\(dir)/folder.nt", "--quiet"])
        let folder = try Self.read("\(dir)/folder.ttl")
        #expect(folder.count > 1000)
        #expect(folder == (try Self.read("\(dir)/reversed.ttl")))
        #expect(try Self.read("\(dir)/folder.nt") == (try Self.read("\(dir)/shuffled.nt")))
    }

    @Test("three seeds into a store, then all five: two extracted, three reused, the same Turtle as one run")
    func incremental() throws {
        let dir = try Support.temporaryFolder()
        let store = "\(dir)/kg.sqlite"
        let first = try Self.ok(["extract"] + Self.seedFiles.prefix(3) + ["--store", store])
        #expect(first.stderr.contains("3 documents (3 extracted, 0 reused)"), "\(first.stderr)")
        #expect(first.stdout.isEmpty)  // with --store and no -o, no graph is written
        let second = try Self.ok(["extract", Support.seeds, "--store", store, "-o", "\(dir)/incremental.ttl"])
        #expect(second.stderr.contains("5 documents (2 extracted, 3 reused)"), "\(second.stderr)")
        let third = try Self.ok(["extract", Support.seeds, "--store", store, "-o", "\(dir)/again.ttl"])
        #expect(third.stderr.contains("(0 extracted, 5 reused)"), "\(third.stderr)")
        let reference = try Self.referenceTurtle(dir)
        #expect(try Self.read("\(dir)/incremental.ttl") == reference)
        #expect(try Self.read("\(dir)/again.ttl") == reference)
        try Self.ok(["export", "--store", store, "-o", "\(dir)/exported.ttl"])
        #expect(try Self.read("\(dir)/exported.ttl") == reference)
        let size = try FileManager.default.attributesOfItem(atPath: store)[.size] as! Int
        print("store size for the seeds: \(size) bytes")
        #expect(size < 200_000)
    }

    @Test("two shards, merged and exported, give the same Turtle as one run")
    func shards() throws {
        let dir = try Support.temporaryFolder()
        var taken = 0
        for k in 1...2 {
            let run = try Self.ok(["extract", Support.seeds, "--shard", "\(k)/2", "--store", "\(dir)/part-\(k).sqlite"])
            let count = Int(run.stderr.split(separator: " ").dropFirst().first.map(String.init) ?? "") ?? -1
            #expect(count >= 0, "\(run.stderr)")
            taken += count
        }
        #expect(taken == 5)
        let merge = try Self.ok(["merge", "\(dir)/part-1.sqlite", "\(dir)/part-2.sqlite", "--store", "\(dir)/kg.sqlite"])
        #expect(merge.stderr.contains("5 documents read, 5 added"), "\(merge.stderr)")
        try Self.ok(["export", "--store", "\(dir)/kg.sqlite", "-o", "\(dir)/merged.ttl"])
        #expect(try Self.read("\(dir)/merged.ttl") == (try Self.referenceTurtle(dir)))
        // Export writes any format, and TriG from the store equals TriG from a plain run.
        try Self.ok(["export", "--store", "\(dir)/kg.sqlite", "-o", "\(dir)/merged.trig"])
        try Self.ok(["extract", Support.seeds, "-o", "\(dir)/plain.trig"])
        #expect(try Self.read("\(dir)/merged.trig") == (try Self.read("\(dir)/plain.trig")))
    }

    @Test("--prune drops stored documents that are not among the inputs")
    func prune() throws {
        let dir = try Support.temporaryFolder()
        let store = "\(dir)/kg.sqlite"
        try Self.ok(["extract", Support.seeds, "--store", store])
        let three = Array(Self.seedFiles.suffix(3))
        let run = try Self.ok(["extract"] + three + ["--store", store, "--prune"])
        #expect(run.stderr.contains("(0 extracted, 3 reused), 2 pruned"), "\(run.stderr)")
        #expect(try SQLiteStore(path: store, mode: .readOnly).documentCount() == 3)
        try Self.ok(["export", "--store", store, "-o", "\(dir)/pruned.ttl"])
        try Self.ok(["extract"] + three + ["-o", "\(dir)/three.ttl"])
        #expect(try Self.read("\(dir)/pruned.ttl") == (try Self.read("\(dir)/three.ttl")))
        // Without --prune nothing is dropped.
        let keep = try Self.ok(["extract", Self.seedFiles[0], "--store", store])
        #expect(!keep.stderr.contains("pruned"))
        #expect(try SQLiteStore(path: store, mode: .readOnly).documentCount() == 4)
    }

    @Test("a run killed after its first documents leaves a valid store of whole documents, and the next run reuses them")
    func killed() throws {
        let dir = try Support.temporaryFolder()
        let corpus = "\(dir)/korpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let seeds = try Self.seedFiles.map { try String(contentsOfFile: $0, encoding: .utf8) }
        let total = 30
        for i in 0..<total {
            // Distinct bytes per file: the seed text plus a closing line with its number.
            try (seeds[i % seeds.count] + "\n\nLaufende Nummer \(i).\n")
                .write(toFile: String(format: "%@/meldung-%03d.txt", corpus, i), atomically: true, encoding: .utf8)
        }
        let store = "\(dir)/kg.sqlite"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Support.binary)
        process.arguments = ["extract", corpus, "--store", store, "--jobs", "1", "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var committed = 0
        let deadline = Date().addingTimeInterval(120)
        while committed < 3 && Date() < deadline && process.isRunning {
            usleep(20_000)
            committed = (try? SQLiteStore(path: store, mode: .readOnly).documentCount()) ?? 0
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the run ended before it could be killed")

        let after = try SQLiteStore(path: store, mode: .readOnly)
        #expect(try after.integrityCheck() == "ok")
        let stored = try after.allExtractions()
        #expect(stored.count >= 3 && stored.count < total, "\(stored.count) documents stored")
        // Whole documents only: every stored one equals a complete extraction of its file.
        let extractor = Extractor.bundled()
        for extraction in stored {
            let document = try DocumentReader.read(path: extraction.document.name)
            #expect(document.contentHash == extraction.document.contentHash)
            let fresh = extractor.extract(name: document.name, text: document.text, contentHash: document.contentHash)
            #expect(!extraction.facts.isEmpty)
            #expect(fresh.document == extraction.document && fresh.entities == extraction.entities && fresh.facts == extraction.facts,
                    "\(extraction.document.name)")
        }
        try Self.ok(["extract", corpus, "-o", "\(dir)/complete.nt", "--quiet"])
        let rerun = try Self.ok(["extract", corpus, "--store", store, "--jobs", "2", "-o", "\(dir)/resumed.nt"])
        #expect(rerun.stderr.contains("\(total) documents (\(total - stored.count) extracted, \(stored.count) reused)"), "\(rerun.stderr)")
        #expect(try Self.read("\(dir)/resumed.nt") == (try Self.read("\(dir)/complete.nt")))
    }

    @Test("a store file that is no store is an error naming it", arguments: ["export", "extract", "merge"])
    func notAStore(_ command: String) throws {
        let dir = try Support.temporaryFolder()
        let path = "\(dir)/kaputt.sqlite"
        try Data(String(repeating: "Dies ist keine SQLite-Datei. ", count: 40).utf8).write(to: URL(fileURLWithPath: path))
        let arguments: [String]
        switch command {
        case "export": arguments = ["export", "--store", path, "-o", "\(dir)/x.ttl"]
        case "extract": arguments = ["extract", Self.seedFiles[0], "--store", path]
        default: arguments = ["merge", path, "--store", "\(dir)/kg.sqlite"]
        }
        let run = try Support.graphExport(arguments)
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(path): not an SQLite database"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/x.ttl"))
    }

    @Test("export of a missing store names it; merge of stores from different extractor versions is refused")
    func storeErrors() throws {
        let dir = try Support.temporaryFolder()
        let missing = try Support.graphExport(["export", "--store", "\(dir)/fehlt.sqlite"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("\(dir)/fehlt.sqlite: no such store"), "\(missing.stderr)")

        try Self.ok(["extract", Self.seedFiles[0], "--store", "\(dir)/a.sqlite"])
        let old = try SQLiteStore(path: "\(dir)/b.sqlite", mode: .create)
        let extraction = try #require(try SQLiteStore(path: "\(dir)/a.sqlite", mode: .readOnly).allExtractions().first)
        var renamed = extraction
        renamed.document = .init(name: "alt.txt", contentHash: String(repeating: "0", count: 64), datePublished: nil)
        try old.save(renamed, extractorVersion: "graph-export-rules-0")
        let run = try Support.graphExport(["merge", "\(dir)/a.sqlite", "\(dir)/b.sqlite", "--store", "\(dir)/kg.sqlite"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(dir)/b.sqlite: extracted by extractor version graph-export-rules-0"), "\(run.stderr)")
        // Export of a store with an older version warns.
        let export = try Self.ok(["export", "--store", "\(dir)/b.sqlite", "-o", "\(dir)/b.ttl"])
        #expect(export.stderr.contains("warning: \(dir)/b.sqlite: 1 documents were extracted by extractor version graph-export-rules-0"))
    }

    @Test("bad store, shard and provenance combinations are rejected before any work", arguments: [
        (["extract", "seeds", "--prune"], "--prune needs --store"),
        (["extract", "seeds", "--shard", "0/3"], "--shard"),
        (["extract", "seeds", "--shard", "4/3"], "1 ≤ K ≤ N"),
        (["extract", "seeds", "--shard", "zwei"], "K/N"),
        (["extract", "seeds", "--shard", "1/0"], "--shard"),
        (["extract", "seeds", "-o", "x.trig", "--provenance", "statements"], "--provenance graphs"),
        (["extract", "seeds", "-o", "x.nq", "--provenance", "none"], "--provenance graphs"),
        (["extract", "seeds", "-o", "x.ttl", "--provenance", "graphs"], "needs a format with named graphs"),
        (["extract", "seeds", "--provenance", "graphs"], "needs a format with named graphs"),
        (["extract", "seeds", "-o", "x.ttl", "--format", "nquads"], "contradicts"),
        (["extract", "seeds", "--store", "x.ttl", "-o", "x.ttl"], "same file"),
        (["export", "-o", "x.ttl"], "--store"),
        (["export", "--store", "kg.sqlite", "-o", "x.graphml", "--provenance", "graphs"], "needs a format with named graphs"),
        (["merge", "--store", "kg.sqlite"], "Missing expected argument"),
        (["merge", "a.sqlite"], "--store"),
    ])
    func badFlags(_ arguments: [String], _ message: String) throws {
        let run = try Support.graphExport(arguments)
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test("every new option has help text")
    func help() throws {
        let extract = try Self.ok(["extract", "--help"])
        for option in ["--store", "--prune", "--shard", "graphs"] { #expect(extract.stdout.contains(option)) }
        let export = try Self.ok(["export", "--help"])
        for option in ["--store", "--output", "--format", "--provenance", "--min-confidence"] { #expect(export.stdout.contains(option)) }
        let merge = try Self.ok(["merge", "--help"])
        #expect(merge.stdout.contains("--store"))
    }
}
