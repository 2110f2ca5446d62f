import Foundation
import Testing

/// What must happen to one file of the hard corpus.
struct HardCase: CustomTestStringConvertible, Sendable {
    /// The fixture's file name in Tests/Fixtures/hard.
    let file: String
    /// For an input that must be refused: the reason the error message gives after the file's path.
    let error: String?
    /// Warnings (substrings) the run must print, each after the file's path.
    let warnings: [String]
    /// `(IRI path under the base, rdfs:label)` pairs that must be in the graph.
    let entities: [(String, String)]
    /// Labels that must not be anywhere in the graph (text from scripts, styles, garbled umlauts).
    let absent: [String]
    /// Relations (predicate local names) that must be there.
    let relations: [String]

    init(_ file: String, error: String? = nil, warnings: [String] = [], entities: [(String, String)] = [], absent: [String] = [],
         relations: [String] = []) {
        self.file = file
        self.error = error
        self.warnings = warnings
        self.entities = entities
        self.absent = absent
        self.relations = relations
    }

    var testDescription: String { file }
}

/// Every file of Tests/Fixtures/hard through the CLI: a clear error naming the file (exit status 1, the other files
/// still processed), or the expected extraction; and every output on the whole corpus passes the validators.
@Suite("Hard input corpus", .serialized)
struct HardCorpusTests {
    static let partner = "partnerOf"
    static let cases: [HardCase] = [
        HardCase("invalid-utf8.txt", warnings: ["2 invalid UTF-8 bytes in UTF-8 text replaced by U+FFFD"],
                 entities: [("city/duesseldorf", "Düsseldorf"), ("city/chongqing", "Chongqing"), ("person/lukas-brenner", "Lukas Brenner")],
                 absent: ["DÃ¼sseldorf"], relations: [partner, "holds"]),
        HardCase("windows-1252.txt", warnings: ["not valid UTF-8, decoded as Windows-1252"],
                 entities: [("city/goettingen", "Göttingen"), ("city/jiaxing", "Jiaxing"), ("person/jutta-weiss", "Jutta Weiß")],
                 relations: [partner]),
        HardCase("utf16le-bom.txt", entities: [("city/wuerzburg", "Würzburg"), ("city/suzhou", "Suzhou"), ("person/tobias-kuehn", "Tobias Kühn")],
                 relations: [partner]),
        HardCase("utf16be-bom.txt", entities: [("city/wuerzburg", "Würzburg"), ("city/suzhou", "Suzhou"), ("person/tobias-kuehn", "Tobias Kühn")],
                 relations: [partner]),
        HardCase("binary-pdf.txt", error: "binary file, not text"),
        HardCase("empty.txt", warnings: ["empty file"]),
        HardCase("unclosed.html", entities: [("city/erfurt", "Erfurt"), ("city/haikou", "Haikou"), ("person/petra-lindner", "Petra Lindner")],
                 relations: [partner]),
        HardCase("script-style.html", entities: [("city/jena", "Jena"), ("city/yangzhou", "Yangzhou")],
                 absent: ["Phantomstadt", "Geisterhausen", "Scriptburg", "Codeheim", "Max Skript", "Tom Vorlage", "Noskriptdorf", "Ohne Skript"],
                 relations: [partner]),
        HardCase("crlf.txt", entities: [("city/kiel", "Kiel"), ("city/qingdao", "Qingdao"), ("person/anke-harms", "Anke Harms")],
                 relations: [partner]),
        HardCase("cr.txt", entities: [("city/kiel", "Kiel"), ("city/qingdao", "Qingdao"), ("person/anke-harms", "Anke Harms")],
                 relations: [partner]),
        HardCase("nul-inside.txt", warnings: ["3 NUL bytes removed from the text"],
                 entities: [("city/potsdam", "Potsdam"), ("city/jiaozuo", "Jiaozuo"), ("person/sven-lindemann", "Sven Lindemann")],
                 relations: [partner]),
        HardCase("soft-hyphen-zwsp.txt", entities: [("city/rostock", "Rostock"), ("city/dalian", "Dalian"),
                                                    ("person/helga-stockmann", "Helga Stockmann")],
                 relations: [partner]),
        HardCase("special-characters.txt", entities: [
            ("organization/freunde-des-hafens-e-v", "Freunde {des} <Hafens> e.V."),
            ("organization/back-slash-freunde-e-v", "Back\\Slash Freunde e.V."),
            ("organization/kueste-meer", "Küste <&> Meer"),
            ("organization/nord-sued-e-v", "Nord^Süd e.V."),
            ("organization/ebbe-flut-e-v", "Ebbe|Flut e.V."),
            ("organization/tick-trick-e-v", "Tick`Trick e.V."),
            ("organization/freunde-des-ostseehafens-e-v", "Freunde des Ostseehafens e.V."),
        ], relations: ["memberOf"]),
        HardCase("same-name-types.txt", entities: [("city/bremen", "Bremen"), ("organization/bremen", "Bremen"), ("city/dalian", "Dalian")],
                 relations: [partner, "memberOf"]),
        HardCase("all-lists.md", entities: [("city/lingen", "Lingen"), ("city/wuxi", "Wuxi"), ("person/dieter-krone", "Dieter Krone"),
                                            ("organization/grenzland-e-v", "Grenzland e.V."), ("city/schwerin", "Schwerin")],
                 relations: [partner]),
    ]

    /// A good document that must always be processed next to a bad one.
    static let companion = HardSupport.fixture("utf16le-bom.txt")

    @Test("each hard input gives its error or its extraction", arguments: cases)
    func hardInput(_ example: HardCase) throws {
        let dir = try HardSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = HardSupport.fixture(example.file)
        let out = dir + "/graph.nt"
        let inputs = example.error == nil ? [path] : [path, Self.companion]
        let run = try HardSupport.graphExport(["extract"] + inputs + ["-o", out, "--jobs", "1"])
        for warning in example.warnings {
            #expect(run.stderr.contains("warning: \(path): \(warning)"), "\(run.stderr)")
        }
        let graph = try String(contentsOfFile: out, encoding: .utf8)
        if let error = example.error {
            #expect(run.status == 1)
            #expect(run.stderr.contains("error: \(path): \(error)"), "\(run.stderr)")
            // The other file was still processed.
            #expect(run.stderr.contains("1 documents"), "\(run.stderr)")
            #expect(graph.contains("/city/suzhou>"))
        } else {
            #expect(run.status == 0, "\(run.stderr)")
            #expect(!run.stderr.contains("error:"), "\(run.stderr)")
        }
        for (iriPath, label) in example.entities {
            let line = "<https://w3id.org/graph-export/id/\(iriPath)> <http://www.w3.org/2000/01/rdf-schema#label> \"\(ntEscape(label))\" ."
            #expect(graph.contains(line), "missing \(line)")
        }
        for text in example.absent {
            #expect(!graph.contains(text), "\(text) must not be in the graph")
        }
        for relation in example.relations {
            #expect(graph.contains("#\(relation)>") || graph.contains("/\(relation)>"), "no \(relation) fact")
        }
    }

    @Test("every output of the CLI on the whole hard corpus passes its third-party validator", arguments: ["ttl", "nt", "graphml", "dot", "trig", "nq"])
    func validOutputs(_ ext: String) throws {
        let dir = try HardSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/hard." + ext
        let files = try FileManager.default.contentsOfDirectory(atPath: HardSupport.fixtures).filter { $0.contains(".") }.sorted()
        #expect(files.count == Self.cases.count)
        let run = try HardSupport.graphExport(["extract"] + files.map(HardSupport.fixture) + ["-o", out])
        // binary-pdf.txt is refused, so the status is 1, but all other documents are in the graph.
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(files.count - 1) documents"), "\(run.stderr)")
        #expect(try HardSupport.validate(out) == nil)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(bytes.count > 2000)
        #expect(!bytes.contains(0))
    }

    @Test("a Turtle label with a quote, backslash and braces survives a round trip through rapper")
    func roundTrip() throws {
        let dir = try HardSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/special.ttl"
        let run = try HardSupport.graphExport(["extract", HardSupport.fixture("special-characters.txt"), "-o", out])
        #expect(run.status == 0)
        let rapper = try HardSupport.tool("rapper", package: "raptor2-utils")
        let parsed = try HardSupport.run(rapper, ["-q", "-i", "turtle", "-o", "ntriples", out])
        #expect(parsed.status == 0, "\(parsed.stderr)")
        #expect(parsed.stdout.contains("\"Back\\\\Slash Freunde e.V.\""))
        #expect(parsed.stdout.contains("\"Verein \\\"Freunde {des} <Hafens> e.V.\\\"\""))
    }

    /// The N-Triples form of a label (only `"` and `\` occur in the fixtures' labels).
    func ntEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
