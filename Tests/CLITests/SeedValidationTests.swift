import Foundation
import Testing

/// The seeds' real outputs checked by third-party tools, and scored against the gold file.
@Suite("seeds output checked by independent tools", .serialized)
struct SeedValidationTests {
    /// Exports the seeds once per format into a temporary folder.
    static func export(_ ext: String) throws -> String {
        let dir = try Support.temporaryFolder()
        let path = "\(dir)/seeds.\(ext)"
        let run = try Support.graphExport(["extract", Support.seeds, "-o", path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        return path
    }

    @Test("rapper parses the Turtle and the N-Triples to the same number of triples")
    func rapper() throws {
        let rapper = try Support.tool("rapper", package: "Debian package raptor2-utils")
        let ttl = try rapper_count(rapper, "turtle", try Self.export("ttl"))
        let nt = try rapper_count(rapper, "ntriples", try Self.export("nt"))
        #expect(ttl > 500)
        #expect(ttl == nt)
    }

    private func rapper_count(_ rapper: String, _ syntax: String, _ path: String) throws -> Int {
        let run = try Support.run(rapper, ["-i", syntax, "-c", path])
        #expect(run.status == 0, "\(run.stderr)")
        // "rapper: Parsing returned N triples"
        let words = run.stderr.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard let i = words.firstIndex(of: "returned"), i + 1 < words.count, let n = Int(words[i + 1]) else {
            Issue.record("no triple count in: \(run.stderr)")
            return -1
        }
        return n
    }

    @Test("rdflib parses both RDF formats to isomorphic graphs")
    func rdflib() throws {
        let python = try Support.python(with: "rdflib", package: "rdflib")
        let script = """
            import sys, rdflib
            from rdflib.compare import isomorphic
            a = rdflib.Graph().parse(sys.argv[1], format="turtle")
            b = rdflib.Graph().parse(sys.argv[2], format="nt")
            print(len(a), isomorphic(a, b))
            """
        let run = try Support.run(python, ["-c", script, try Self.export("ttl"), try Self.export("nt")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("True\n"), "\(run.stdout)")
    }

    @Test("xmllint validates the GraphML against the GraphML 1.1 schema")
    func xmllint() throws {
        let xmllint = try Support.tool("xmllint", package: "Debian package libxml2-utils")
        let schema = Support.root.appendingPathComponent("Tests/Schemas/graphml/graphml.xsd").path
        let run = try Support.run(xmllint, ["--noout", "--schema", schema, try Self.export("graphml")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("validates"))
    }

    @Test("Graphviz renders the DOT")
    func graphviz() throws {
        let dot = try Support.tool("dot", package: "Debian package graphviz")
        let run = try Support.run(dot, ["-Tsvg", try Self.export("dot")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("<svg"))
    }

    @Test("the scorer finds true facts in every relation the seeds hold")
    func score() throws {
        let python = try Support.python(with: "yaml, rdflib", package: "rdflib pyyaml")
        let shared = Support.root.appendingPathComponent("Tests/Shared")
        let report = try Support.temporaryFolder() + "/report.json"
        let run = try Support.run(python, [shared.appendingPathComponent("tools/score.py").path,
                                           "--gold", shared.appendingPathComponent("gold/seeds.yaml").path,
                                           "--graph", try Self.export("ttl"),
                                           "--ontology", Support.root.appendingPathComponent("ontology").path,
                                           "--json", report])
        #expect(run.status == 0, "\(run.stderr)")
        print(run.stdout)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as! [String: Any]
        let relations = json["relations"] as! [String: [String: Any]]
        for relation in ["holdsRole", "memberOf", "containedInPlace", "location", "foundingDate", "alias", "signatory",
                         "startDate", "organizer", "attendee", "email", "telephone", "faxNumber", "url", "address"] {
            let tp = relations[relation]?["tp"] as? Int ?? 0
            #expect(tp > 0, "no true \(relation) fact")
        }
        let facts = json["facts"] as! [String: Any]
        #expect((facts["precision"] as! Double) >= 0.8, "facts precision \(facts["precision"]!)")
    }
}
