#if canImport(Glibc)
import Glibc
#endif
import Exporters
import Foundation
import GraphCore
import Testing

/// Interrupted runs, killed runs and full disks never leave a partial output or harm the previous one.
@Suite("Nothing lost", .serialized)
struct NothingLostTests {
    static let previous = "previous good graph\n"

    /// A folder with `copies` copies of a small document with seven facts (each copy with its own last line, so
    /// every one is a document of its own): with 3,000 copies extraction runs for many seconds, and the Turtle output, with a
    /// provenance statement per fact and document, takes a while to write.
    static func bigInputFolder(_ dir: String, copies: Int) throws -> String {
        let input = dir + "/input"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        let text = try Data(contentsOf: URL(fileURLWithPath: HardSupport.fixture("special-characters.txt")))
        for copy in 0..<copies {
            try (text + Data("\nKopie \(copy).\n".utf8)).write(to: URL(fileURLWithPath: "\(input)/kopie-\(copy).txt"))
        }
        return input
    }

    /// Starts graph-export, waits until `ready` is true (or the process ends), sends `signal`, and waits.
    static func interrupt(_ arguments: [String], signal: Int32, when ready: () -> Bool) throws -> (status: Int32, reason: Process.TerminationReason, stderr: String, sent: Bool) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: HardSupport.binary)
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let errData = LockedData()
        let reader = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && !ready() && Date() < deadline { usleep(500) }
        let sent = process.isRunning
        if sent { kill(process.processIdentifier, signal) }
        process.waitUntilExit()
        while !errData.done { usleep(1000) }
        return (process.terminationStatus, process.terminationReason, String(decoding: errData.value, as: UTF8.self), sent)
    }

    static func temporaryFiles(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.contains(".tmp-") }
    }

    @Test("SIGTERM and SIGINT during extraction: a message, exit 128+signal, the previous output untouched",
          arguments: [(SIGTERM, "SIGTERM"), (SIGINT, "SIGINT")])
    func interruptDuringExtraction(_ signal: Int32, _ name: String) throws {
        let dir = try HardSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let input = try Self.bigInputFolder(dir, copies: 3000)
        let out = dir + "/graph.ttl"
        try Data(Self.previous.utf8).write(to: URL(fileURLWithPath: out))
        let started = Date()
        let run = try Self.interrupt(["extract", input, "-o", out, "--jobs", "1"], signal: signal) {
            Date().timeIntervalSince(started) > 0.8
        }
        #expect(run.sent, "the run ended before the signal: make the input bigger")
        #expect(run.reason == .exit)
        #expect(run.status == 128 + signal)
        #expect(run.stderr.contains("graph-export: interrupted (\(name)) before the output was written; the previous \(out) is kept unchanged"),
                "\(run.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == Self.previous)
        #expect(Self.temporaryFiles(dir).isEmpty)
    }

    @Test("SIGTERM while the output is being written: the temporary file is removed, the previous output stays")
    func interruptDuringWriting() throws {
        let dir = try HardSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let input = try Self.bigInputFolder(dir, copies: 1500)
        let out = dir + "/graph.ttl"
        try Data(Self.previous.utf8).write(to: URL(fileURLWithPath: out))
        let run = try Self.interrupt(["extract", input, "-o", out], signal: SIGTERM) { !Self.temporaryFiles(dir).isEmpty }
        #expect(run.sent, "the run ended before its temporary file was seen")
        #expect(run.status == 128 + SIGTERM)
        #expect(run.stderr.contains("interrupted (SIGTERM) while the output was being written; the temporary file was removed and the previous \(out) is kept unchanged")
                || run.stderr.contains("interrupted (SIGTERM) while the finished output was being renamed"), "\(run.stderr)")
        if run.stderr.contains("being written") {
            #expect(try String(contentsOfFile: out, encoding: .utf8) == Self.previous)
        }
        #expect(Self.temporaryFiles(dir).isEmpty)
    }

    @Test("SIGKILL midway through an extraction leaves the previous output file unharmed")
    func killed() throws {
        let dir = try HardSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let input = try Self.bigInputFolder(dir, copies: 3000)
        let out = dir + "/graph.nt"
        try Data(Self.previous.utf8).write(to: URL(fileURLWithPath: out))
        let started = Date()
        let run = try Self.interrupt(["extract", input, "-o", out], signal: SIGKILL) { Date().timeIntervalSince(started) > 0.8 }
        #expect(run.sent)
        #expect(run.reason == .uncaughtSignal)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == Self.previous)
    }

    @Test("a full disk gives an error naming the output, not a corrupt file; the previous output stays")
    func diskFull() throws {
        let dir = try HardSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let mountPoint = dir + "/klein"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        let mount = try HardSupport.run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint])
        guard mount.status == 0 else {
            // Not root (or no mount permission): the injected failing output below covers the writers' part.
            print("tmpfs cannot be mounted here (\(mount.stderr.trimmingCharacters(in: .whitespacesAndNewlines))); see writersPropagateWriteErrors")
            return
        }
        defer { _ = try? HardSupport.run("/bin/umount", [mountPoint]) }
        let out = mountPoint + "/graph.ttl"
        try Data(Self.previous.utf8).write(to: URL(fileURLWithPath: out))
        let run = try HardSupport.graphExport(["extract", HardSupport.seeds, "-o", out])
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: \(out): write failed: No space left on device"), "\(run.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == Self.previous)
        #expect(Self.temporaryFiles(mountPoint).isEmpty)
    }

    /// An output that accepts `capacity` bytes, then fails as a full disk does.
    final class FullOutput: ByteOutput {
        var remaining: Int
        init(capacity: Int) { remaining = capacity }
        func write(_ bytes: UnsafeRawBufferPointer) throws(GraphCoreError) {
            if bytes.count > remaining { throw .writeFailed(path: "voll.out", reason: "No space left on device") }
            remaining -= bytes.count
        }
    }

    @Test("every writer passes a failing write on instead of finishing quietly", arguments: OutputFormat.allCases)
    func writersPropagateWriteErrors(_ format: OutputFormat) throws {
        var graph = try KnowledgeGraph()
        var entities: [EntityMention] = []
        var facts: [CandidateFact] = []
        for i in 0..<400 {
            entities.append(EntityMention(kind: .city, label: "Stadt Nummer \(i)"))
            if i > 0 {
                facts.append(CandidateFact(relation: .partnerOf, subject: i - 1, object: .entity(i),
                                           evidence: Evidence(quote: "Partner \(i)", begin: i, end: i + 9, rule: "test", confidence: 1)))
            }
        }
        graph.add(DocumentExtraction(document: DocumentInfo(name: "gross.txt", contentHash: String(repeating: "c", count: 64), datePublished: nil),
                                     entities: entities, facts: facts))
        let resolved = graph.resolve()
        #expect(throws: GraphCoreError.writeFailed(path: "voll.out", reason: "No space left on device")) {
            var sink = format.makeSink(output: FullOutput(capacity: 70_000))
            try RDFMapper().write(resolved, to: &sink)
        }
    }

    /// The modules that read, extract, store and write: none of them may touch the network. (Only `Sources/Query`,
    /// whose `push` command sends a graph to a triple store on the user's request, uses HTTP.)
    static let offlineModules = ["GraphCore", "Extractors", "Exporters", "Pipeline", "Store", "CLibXML2", "CSQLite"]

    @Test("no network access while reading, extracting, storing or writing; libxml2 runs with NONET")
    func noNetwork() throws {
        let forbidden = ["URLSession", "FoundationNetworking", "URLRequest", "NWConnection", "socket(", "getaddrinfo", "connect(",
                         "Data(contentsOf: URL(string", "String(contentsOf: URL(string", "xmlNanoHTTP", "xmlNanoFTP", "curl_"]
        var checked = 0
        for module in Self.offlineModules {
            let folder = HardSupport.root + "/Sources/" + module
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
                Issue.record("no folder \(folder)")
                continue
            }
            while let relative = enumerator.nextObject() as? String {
                guard relative.hasSuffix(".swift") || relative.hasSuffix(".h") else { continue }
                let text = try String(contentsOfFile: folder + "/" + relative, encoding: .utf8)
                for word in forbidden { #expect(!text.contains(word), "\(module)/\(relative) uses \(word)") }
                checked += 1
            }
        }
        #expect(checked > 50)
        let html = try String(contentsOfFile: HardSupport.root + "/Sources/Extractors/Reading/HTMLText.swift", encoding: .utf8)
        #expect(html.contains("HTML_PARSE_NONET"))
        // The whole extract command runs with the network unreachable: no proxy, no route (unshare -n when permitted).
        let unshare = try HardSupport.tool("unshare", package: "util-linux")
        let probe = try HardSupport.run(unshare, ["-n", "true"])
        if probe.status == 0 {
            let dir = try HardSupport.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let run = try HardSupport.run(unshare, ["-n", HardSupport.binary, "extract", HardSupport.seeds, "-o", dir + "/g.ttl", "--quiet"])
            #expect(run.status == 0, "extract without a network: \(run.stderr)")
        }
    }
}

/// Bytes read on another thread, with a flag for when they are complete.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var finished = false
    func set(_ value: Data) { lock.lock(); data = value; finished = true; lock.unlock() }
    var done: Bool { lock.lock(); defer { lock.unlock() }; return finished }
    var value: Data { lock.lock(); defer { lock.unlock() }; return data }
}
