import Foundation
import GraphCore
import Testing
@testable import Extractors

/// Document and sentence size limits, and what the readers do with bytes that are almost text.
@Suite("Limits and hard bytes", .serialized)
struct LimitsTests {
    /// Writes `count` bytes of one German sentence pattern without any line end into `path`.
    static func writeSingleLine(_ path: String, bytes count: Int, sentence: String) throws {
        let unit = Array(sentence.utf8)
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var block: [UInt8] = []
        while block.count < 1 << 20 { block += unit }
        var written = 0
        while written < count {
            let chunk = block.prefix(count - written)
            try handle.write(contentsOf: Data(chunk))
            written += chunk.count
        }
    }

    @Test("a 50 MB single line is refused by size with an error naming it; the other file is still processed")
    func fiftyMegabyteLine() throws {
        let dir = try HardSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let big = dir + "/eine-zeile.txt"
        try Self.writeSingleLine(big, bytes: 50 * 1024 * 1024, sentence: "Die Stadt Kiel und die Stadt Qingdao arbeiten eng zusammen, ")
        let out = dir + "/g.nt"
        let started = Date()
        let run = try HardSupport.graphExport(["extract", big, HardSupport.fixture("crlf.txt"), "-o", out])
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: \(big): 52428800 bytes, larger than the limit of 20971520 bytes (--max-document-bytes); skipped"),
                "\(run.stderr)")
        #expect(run.stderr.contains("1 documents"), "\(run.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("/city/qingdao>"))
    }

    @Test("--max-document-bytes applies to files and to standard input")
    func documentLimitFlag() throws {
        let path = HardSupport.fixture("crlf.txt")
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        let refused = try HardSupport.graphExport(["extract", path, "--max-document-bytes", "\(size - 1)", "--quiet"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(path): \(size) bytes, larger than the limit of \(size - 1) bytes"), "\(refused.stderr)")
        let accepted = try HardSupport.graphExport(["extract", path, "--max-document-bytes", "\(size)", "--quiet"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(throws: ExtractorsError.documentTooLarge(path: "-", bytes: 0, limit: 10)) {
            let pipe = Pipe()
            pipe.fileHandleForWriting.write(Data(repeating: 0x41, count: 100))
            try? pipe.fileHandleForWriting.close()
            _ = try DocumentReader.readAll(descriptor: pipe.fileHandleForReading.fileDescriptor, path: "-", maxBytes: 10)
        }
        #expect(ExtractorsError.documentTooLarge(path: "-", bytes: 0, limit: 10).description
                == "-: more than 10 bytes, larger than the limit of 10 bytes (--max-document-bytes); skipped")
    }

    @Test("a stored extraction is reused only under the same sentence limit")
    func storeKeyedBySentenceLimit() throws {
        let dir = try HardSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = dir + "/s.sqlite"
        let path = HardSupport.fixture("crlf.txt")
        let runs = try [[], [], ["--max-sentence-bytes", "300"], ["--max-sentence-bytes", "300"]].map {
            try HardSupport.graphExport(["extract", path, "--store", store] + $0)
        }
        #expect(runs.map(\.status) == [0, 0, 0, 0])
        let summaries = ["1 extracted, 0 reused", "0 extracted, 1 reused", "1 extracted, 0 reused", "0 extracted, 1 reused"]
        for (run, summary) in zip(runs, summaries) { #expect(run.stderr.contains(summary), "\(run.stderr)") }
    }

    @Test("bad limit flags are rejected", arguments: [["--max-document-bytes", "0"], ["--max-sentence-bytes", "50"]])
    func badLimitFlags(_ flags: [String]) throws {
        let run = try HardSupport.graphExport(["extract", HardSupport.fixture("crlf.txt")] + flags)
        #expect(run.status != 0)
        #expect(run.stderr.contains(flags[0]), "\(run.stderr)")
    }

    @Test("a long single-line sentence is cut for the rules with a warning, and extraction still works in bounded time")
    func longSentence() throws {
        let dir = try HardSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/lang.txt"
        let head = "Kiel und Qingdao sind seit 2008 Partnerstädte. "
        try Self.writeSingleLine(dir + "/tail.part", bytes: 60_000, sentence: "und die Gäste aus Qingdao besuchten den Hafen, ")
        let tail = try Data(contentsOf: URL(fileURLWithPath: dir + "/tail.part"))
        try (Data(head.utf8) + tail).write(to: URL(fileURLWithPath: path))
        let out = dir + "/g.nt"
        let started = Date()
        let run = try HardSupport.graphExport(["extract", path, "-o", out, "--max-sentence-bytes", "2000"])
        #expect(Date().timeIntervalSince(started) < 120)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning: \(path): 1 sentence was longer than 2000 bytes (--max-sentence-bytes) and cut into pieces for the rules"),
                "\(run.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("#partnerOf>"))
    }

    @Test("the splitter cuts an over-long sentence into pieces of at most the limit, losing no token", arguments: [100, 250, 1000])
    func pieces(_ limit: Int) {
        let sentence = (0..<80).map { "Wort\($0), Teil" }.joined(separator: " ") + " Ende."
        let analyzer = TextAnalyzer.shared.limitingSentences(to: limit)
        let whole = TextAnalyzer.shared.analyze(sentence)
        let cut = analyzer.analyze(sentence)
        #expect(whole.sentences.count == 1)
        #expect(cut.sentences.count > 1)
        #expect(cut.sentences.map(\.piece) == Array(1...cut.sentences.count))
        for piece in cut.sentences {
            #expect(piece.end - piece.start <= limit)
        }
        #expect(cut.sentences.flatMap { $0.tokens.map(\.text) } == whole.sentences[0].tokens.map(\.text))
        // Pieces end after a comma where one falls in their second half.
        #expect(cut.sentences.dropLast().allSatisfy { $0.tokens.last?.text == "," })
        #expect(cut.sentences.last?.isLine == false)
    }

    @Test("a single token longer than the limit is a piece of its own")
    func longToken() {
        let word = String(repeating: "x", count: 300)
        let cut = TextAnalyzer.shared.limitingSentences(to: 100).analyze("Die Stadt \(word) liegt am Meer.")
        #expect(cut.sentences.map { $0.tokens.count } == [2, 1, 4])
    }

    @Test("deeply nested, unclosed HTML (100,000 levels) is read without recursion and its text extracted")
    func deepHTML() throws {
        let depth = 100_000
        var html = "<html><body>"
        html += String(repeating: "<div><span>", count: depth)
        html += "<p>Erfurt und Haikou sind seit 2018 Partnerstädte."
        let document = try DocumentReader.read(bytes: Array(html.utf8), name: "tief.html", format: .html)
        #expect(document.text.contains("Erfurt und Haikou sind seit 2018 Partnerstädte."))
        let extraction = Extractor.bundled().extract(name: document.name, text: document.text, contentHash: document.contentHash)
        #expect(extraction.facts.contains { $0.relation == .partnerOf })
    }

    @Test("UTF-8 with a few broken bytes is repaired, not read as Windows-1252")
    func mostlyUTF8() throws {
        let bytes = Array("Grüße aus Köln ".utf8) + [0xFF] + Array("und Düsseldorf".utf8)
        let decoded = try TextDecoding.decode(bytes, name: "gemischt.txt")
        #expect(decoded.encoding == .utf8)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "Grüße aus Köln \u{FFFD}und Düsseldorf")
        #expect(decoded.warnings == ["gemischt.txt: 1 invalid UTF-8 byte in UTF-8 text replaced by U+FFFD"])
        // Real Windows-1252 (every umlaut a lone high byte) stays Windows-1252.
        let latin = try TextDecoding.decode([0x4B, 0xF6, 0x6C, 0x6E, 0x20, 0xFC, 0x62, 0x65, 0x72, 0x20, 0xC3, 0xA4], name: "alt.txt")
        #expect(latin.encoding == .windows1252)
    }

    @Test("stray NUL bytes are removed with a warning, also after the first 8 KiB; binary data is still refused")
    func nulBytes() throws {
        let late = Array(String(repeating: "Kiel liegt an der Ostsee. ", count: 400).utf8) + [0] + Array(" Ende.".utf8)
        let decoded = try TextDecoding.decode(late, name: "spaet.txt")
        #expect(!decoded.utf8.contains(0))
        #expect(decoded.warnings == ["spaet.txt: 1 NUL byte removed from the text"])
        #expect(throws: ExtractorsError.binaryFile(path: "bild.txt")) {
            try TextDecoding.decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] + Array("IHDR".utf8), name: "bild.txt")
        }
        #expect(throws: ExtractorsError.binaryFile(path: "daten.txt")) {
            try TextDecoding.decode(Array("Text".utf8) + [0, 0, 0, 0] + Array("mehr Text".utf8), name: "daten.txt")
        }
    }
}
