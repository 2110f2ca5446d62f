import Foundation
import TestSupport
import GraphCore
import Testing
@testable import Exporters

/// Hand-built graphs for the writer tests, produced by GraphCore's resolution and mapping.
enum Fixtures {
    static func hash(_ c: Character) -> String { String(repeating: c, count: 64) }

    static func evidence(_ quote: String, _ begin: Int, rule: String, confidence: Double = 0.9) -> Evidence {
        Evidence(quote: quote, begin: begin, end: begin + quote.unicodeScalars.count, rule: rule, confidence: confidence)
    }

    /// Two documents: a person holding a post in an organisation, a city member of it, an event
    /// with date, place and organiser, contact literals, an address, an agreement with a signatory,
    /// a post without an organisation and a partnership.
    static func smallGraph() throws -> (prefixes: [Prefix], triples: [Triple]) {
        try mapped(smallKnowledgeGraph())
    }

    /// The documents of ``smallGraph()`` before mapping.
    static func smallKnowledgeGraph() throws -> KnowledgeGraph {
        var graph = try KnowledgeGraph()
        let first = DocumentInfo(name: "hafenverband-2021-03.txt", contentHash: hash("a"),
                                 datePublished: CalendarDate(year: 2021, month: 3, day: 15))
        let s1 = "Henrike Voßbeck, Geschäftsführerin des Verbands Rheinischer Hafenstädte, eröffnete das Hafenforum."
        let s2 = "Duisburg gehört dem Verband Rheinischer Hafenstädte seit Jahren an."
        let s3 = "Das Hafenforum 2021 findet am 4. Mai 2021 in Duisburg statt; Veranstalter ist der VRH."
        let s4 = "Kontakt: info@vrh.example, Telefon +49 203 555-0, Hafenweg 7, 47051 Duisburg"
        graph.add(DocumentExtraction(
            document: first,
            entities: [
                EntityMention(kind: .person, label: "Henrike Voßbeck"),
                EntityMention(kind: .organization, label: "Verband Rheinischer Hafenstädte", aliases: ["VRH"],
                              surfaceForms: ["Verbands Rheinischer Hafenstädte"]),
                EntityMention(kind: .city, label: "Duisburg"),
                EntityMention(kind: .event, label: "Hafenforum 2021"),
            ],
            facts: [
                CandidateFact(relation: .holdsRole, subject: 0, object: .post(role: "Geschäftsführerin", organization: 1),
                              evidence: evidence(s1, 0, rule: "role-apposition")),
                CandidateFact(relation: .memberOf, subject: 2, object: .entity(1), evidence: evidence(s2, 101, rule: "member-verb", confidence: 0.8)),
                CandidateFact(relation: .startDate, subject: 3, object: .literal(CalendarDate(year: 2021, month: 5, day: 4)!.literal),
                              evidence: evidence(s3, 170, rule: "event-date")),
                CandidateFact(relation: .location, subject: 3, object: .entity(2), evidence: evidence(s3, 170, rule: "event-place")),
                CandidateFact(relation: .organizer, subject: 3, object: .entity(1), evidence: evidence(s3, 170, rule: "event-organizer", confidence: 0.75)),
                CandidateFact(relation: .email, subject: 1, object: .literal(Literal("info@vrh.example")), evidence: evidence(s4, 260, rule: "contact-email", confidence: 1)),
                CandidateFact(relation: .telephone, subject: 1, object: .literal(Literal("+49 203 555-0")), evidence: evidence(s4, 260, rule: "contact-phone", confidence: 1)),
                CandidateFact(relation: .address, subject: 1, object: .address(PostalAddress(street: "Hafenweg 7", postalCode: "47051", locality: "Duisburg")),
                              evidence: evidence(s4, 260, rule: "contact-address", confidence: 0.95)),
            ]))

        let second = DocumentInfo(name: "ningbo-absichtserklaerung.html", contentHash: hash("b"),
                                  datePublished: CalendarDate(year: 2021, month: 6))
        let t1 = "Auch Ningbo ist inzwischen Mitglied im VRH, der im April 2019 gegründet wurde."
        let t2 = "Bürgermeister Li Wen unterzeichnete die Absichtserklärung Hafenlogistik für Ningbo."
        let t3 = "Ningbo und Duisburg sind seit 2019 Partnerstädte."
        graph.add(DocumentExtraction(
            document: second,
            entities: [
                EntityMention(kind: .organization, label: "VRH", quality: .short),
                EntityMention(kind: .city, label: "Ningbo"),
                EntityMention(kind: .person, label: "Li Wen"),
                EntityMention(kind: .agreement, label: "Absichtserklärung Hafenlogistik"),
                EntityMention(kind: .city, label: "Duisburg"),
            ],
            facts: [
                CandidateFact(relation: .memberOf, subject: 1, object: .entity(0), evidence: evidence(t1, 12, rule: "member-noun")),
                CandidateFact(relation: .foundingDate, subject: 0, object: .literal(CalendarDate(year: 2019, month: 4)!.literal),
                              evidence: evidence(t1, 12, rule: "founding-date", confidence: 0.7)),
                CandidateFact(relation: .holdsRole, subject: 2, object: .post(role: "Bürgermeister", organization: nil),
                              evidence: evidence(t2, 95, rule: "role-title")),
                CandidateFact(relation: .signatory, subject: 3, object: .entity(1), evidence: evidence(t2, 95, rule: "signing-verb", confidence: 0.85)),
                CandidateFact(relation: .partnerOf, subject: 1, object: .entity(4), evidence: evidence(t3, 190, rule: "twin-city", confidence: 0.95)),
            ]))
        return graph
    }

    /// Names and quotes full of characters every syntax must escape or reject.
    static let nastyNames: [String] = [
        "Kreis \"Nord\" \\ <Süd>",
        "{Stadt}|^Hafen`",
        "Zeile eins\nZeile zwei\tmit Tab\r",
        "Kontroll\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}\u{7F}zeichen",
        "„Zitat“ GmbH & Co. <KG>",
        "Hafen 🚢 Straße ß ÄÖÜ",
        "Ende mit Backslash \\",
        "\\N \\G \\L Label-Escapes",
        "Nicht\u{FFFE}zeichen",
    ]

    /// A graph whose labels, aliases, roles, quotes, rules and literals are the nasty names.
    static func nastyGraph() throws -> (prefixes: [Prefix], triples: [Triple]) {
        try mapped(nastyKnowledgeGraph())
    }

    /// The document of ``nastyGraph()`` before mapping.
    static func nastyKnowledgeGraph() throws -> KnowledgeGraph {
        var graph = try KnowledgeGraph()
        let doc = DocumentInfo(name: "böse \"datei\" <1>\n.txt", contentHash: hash("c"), datePublished: nil)
        var entities: [EntityMention] = []
        var facts: [CandidateFact] = []
        let kinds: [EntityKind] = [.organization, .city, .person, .administrativeArea, .country, .event, .agreement, .organization, .city]
        for (i, name) in nastyNames.enumerated() {
            entities.append(EntityMention(kind: kinds[i], label: name, aliases: [name + " \u{2}Alias"]))
        }
        for i in 1..<nastyNames.count {
            let relation: Relation = entities[i].kind == .person ? .holdsRole : .memberOf
            let object: FactObject = relation == .holdsRole ? .post(role: nastyNames[i - 1], organization: 0) : .entity(0)
            facts.append(CandidateFact(relation: relation, subject: i, object: object,
                                       evidence: evidence(nastyNames[i] + " – " + nastyNames[(i + 1) % nastyNames.count], i * 10,
                                                          rule: "regel \"\(i)\"\t\\")))
        }
        facts.append(CandidateFact(relation: .email, subject: 0, object: .literal(Literal(nastyNames[0])),
                                   evidence: evidence(nastyNames[3], 0, rule: "contact")))
        facts.append(CandidateFact(relation: .url, subject: 0, object: .literal(Literal(nastyNames[1], datatype: XSD.integer)),
                                   evidence: evidence(nastyNames[4], 0, rule: "contact")))
        facts.append(CandidateFact(relation: .alias, subject: 1, object: .literal(try Literal(nastyNames[5], language: "de-DE")),
                                   evidence: evidence(nastyNames[6], 0, rule: "alias")))
        facts.append(CandidateFact(relation: .foundingDate, subject: 0, object: .literal(Literal("12.5", datatype: XSD.decimal)),
                                   evidence: evidence(nastyNames[7], 0, rule: "date")))
        graph.add(DocumentExtraction(document: doc, entities: entities, facts: facts))
        return graph
    }

    static func mapped(_ graph: KnowledgeGraph) throws -> (prefixes: [Prefix], triples: [Triple]) {
        let mapper = RDFMapper()
        var triples: [Triple] = []
        try mapper.emit(graph.resolve()) { (triple: Triple) throws(GraphCoreError) in triples.append(triple) }
        return (mapper.prefixes, triples)
    }

    /// The bytes `format` writes for `triples`.
    static func render(_ format: OutputFormat, _ prefixes: [Prefix], _ triples: [Triple]) throws -> [UInt8] {
        let output = MemoryOutput()
        try format.write(prefixes: prefixes, triples: triples, to: output)
        return output.bytes
    }
}

/// A seeded generator (SplitMix64) so that shuffles are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Paths inside the repository, found from this file's location so tests need nothing outside it.
enum RepoPaths {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let goldenDirectory = testsDirectory.appendingPathComponent("Golden")
    static let graphMLSchema = testsDirectory.deletingLastPathComponent()
        .appendingPathComponent("Schemas/graphml/graphml.xsd")
}

/// Golden-file comparison; `UPDATE_GOLDEN=1 swift test` rewrites the files in the source tree.
enum Golden {
    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    /// The golden bytes for `name`: from the test bundle, or from the source tree if the bundle lacks them.
    static func expected(_ name: String) -> [UInt8]? {
        if let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Golden"),
           let data = try? Data(contentsOf: url) {
            return [UInt8](data)
        }
        return (try? Data(contentsOf: RepoPaths.goldenDirectory.appendingPathComponent(name))).map { [UInt8]($0) }
    }

    /// Expects `actual` to equal the golden file byte for byte, reporting the first differing line.
    static func check(_ actual: [UInt8], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let expected = try compare(actual, name) else {
            Issue.record("missing golden file \(name); run UPDATE_GOLDEN=1 swift test --filter ExportersTests",
                         sourceLocation: sourceLocation)
            return
        }
        if actual == expected { return }
        let a = actual.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let e = expected.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
        func show(_ lines: [ArraySlice<UInt8>]) -> String {
            line < lines.count ? String(decoding: lines[line], as: UTF8.self).debugDescription : "<end of file>"
        }
        let message = "\(name) differs from the golden file at line \(line + 1):\n  actual:   \(show(a))\n  expected: \(show(e))\n"
            + "(UPDATE_GOLDEN=1 swift test --filter ExportersTests rewrites the golden files)"
        Issue.record(Comment(rawValue: message),
                     sourceLocation: sourceLocation)
    }

    /// Writes `actual` as the golden file (when updating) or returns the stored bytes to compare with.
    static func compare(_ actual: [UInt8], _ name: String) throws -> [UInt8]? {
        if updating {
            try Data(actual).write(to: RepoPaths.goldenDirectory.appendingPathComponent(name))
            return actual
        }
        return expected(name)
    }
}

/// Runs third-party validators; a missing tool is a test failure naming the package to install.
enum ExternalTool {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The absolute path of `name` on `PATH`, or nil.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = String(directory) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    struct Missing: Error, CustomStringConvertible {
        let tool: String
        let install: String
        var description: String { "\(tool) not found on PATH: install \(install)" }
    }

    /// Runs `tool` with `arguments`; throws ``Missing`` (naming `install`) when it is not installed.
    static func run(_ tool: String, _ arguments: [String], install: String) throws -> Result {
        guard let executable = find(tool) else { throw Missing(tool: tool, install: install) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // Files, not pipes: a chatty tool can never block on a full pipe.
        let directory = try temporaryDirectory()
        let outURL = directory.appendingPathComponent("stdout"), errURL = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let result = Result(status: process.terminationStatus,
                            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
        try? FileManager.default.removeItem(at: directory)
        return result
    }

    static func temporaryDirectory() throws -> URL {
        URL(fileURLWithPath: try Scratch.folder("exporters"))
    }

    /// Writes `bytes` to a fresh temporary file with `name` and returns its path.
    static func temporaryFile(_ bytes: [UInt8], _ name: String) throws -> String {
        let url = try temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}
