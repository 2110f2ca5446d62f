import Extractors
import Foundation
import Testing

/// Every fact traceable: quotes and offsets against the reader's text, the three provenance renderings.
@Suite("provenance on the seeds", .serialized)
struct ProvenanceTests {
    static func export(_ dir: String, _ name: String, _ extra: [String] = []) throws -> String {
        let path = "\(dir)/\(name)"
        let run = try Support.graphExport(["extract", Support.seeds, "-o", path, "--quiet"] + extra)
        #expect(run.status == 0, "\(run.stderr)")
        return path
    }

    /// The text between two Unicode-scalar offsets.
    static func slice(_ text: String, _ begin: Int, _ end: Int) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard 0 <= begin, begin <= end, end <= scalars.count else { return nil }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[begin..<end])
        return String(result)
    }

    @Test("every extracted fact's quote is the reader's text between its offsets")
    func quotesInProcess() throws {
        let extractor = Extractor.bundled()
        var facts = 0
        for file in StoreCommandTests.seedFiles {
            let document = try DocumentReader.read(path: file)
            let extraction = extractor.extract(name: document.name, text: document.text, contentHash: document.contentHash)
            for fact in extraction.facts {
                facts += 1
                #expect(Self.slice(document.text, fact.evidence.begin, fact.evidence.end) == fact.evidence.quote,
                        "\(file) \(fact.evidence.begin)…\(fact.evidence.end) \(fact.evidence.rule)")
                #expect(!fact.evidence.rule.isEmpty && (0...1).contains(fact.evidence.confidence))
            }
        }
        #expect(facts > 100)
    }

    @Test("every rdf:Statement in the exported Turtle quotes its document exactly, names a rule, a confidence and a document")
    func statementsInTurtle() throws {
        let python = try Support.python(with: "rdflib", package: "rdflib")
        let dir = try Support.temporaryFolder()
        let turtle = try Self.export(dir, "seeds.ttl")
        let script = """
            import sys, json, rdflib
            from rdflib.namespace import RDF
            GE = rdflib.Namespace("https://w3id.org/graph-export/vocab#")
            PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
            SCHEMA = rdflib.Namespace("https://schema.org/")
            ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
            g = rdflib.Graph().parse(sys.argv[1], format="turtle")
            out = {"statements": [], "nary_without_source": []}
            for st in g.subjects(RDF.type, RDF.Statement):
                docs = list(g.objects(st, PROV.wasDerivedFrom))
                names = [str(n) for d in docs for n in g.objects(d, SCHEMA.name) if (d, RDF.type, SCHEMA.CreativeWork) in g]
                hashes = [str(h) for d in docs for h in g.objects(d, GE.contentHash)]
                out["statements"].append({
                    "names": names, "hashes": hashes,
                    "quote": [str(q) for q in g.objects(st, GE.quote)],
                    "begin": [int(b) for b in g.objects(st, GE.beginIndex)],
                    "end": [int(e) for e in g.objects(st, GE.endIndex)],
                    "rule": [str(r) for r in g.objects(st, GE.rule)],
                    "confidence": [float(c) for c in g.objects(st, GE.confidence)],
                    "truthy": (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)) in g,
                })
            for cls in (ORG.Post, GE.Agreement, SCHEMA.Event):
                for node in g.subjects(RDF.type, cls):
                    if not list(g.objects(node, PROV.wasDerivedFrom)):
                        out["nary_without_source"].append(str(node))
            print(json.dumps(out))
            """
        let run = try Support.run(python, ["-c", script, turtle])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let statements = json["statements"] as! [[String: Any]]
        #expect(statements.count > 100)
        #expect((json["nary_without_source"] as! [String]).isEmpty, "\(json["nary_without_source"]!)")
        var texts: [String: String] = [:]
        for file in StoreCommandTests.seedFiles { texts[file] = try DocumentReader.read(path: file).text }
        for statement in statements {
            let names = statement["names"] as! [String], quotes = statement["quote"] as! [String]
            let begins = statement["begin"] as! [Int], ends = statement["end"] as! [Int]
            #expect(names.count == 1 && quotes.count == 1 && begins.count == 1 && ends.count == 1, "\(statement)")
            #expect((statement["rule"] as! [String]).count == 1)
            #expect((statement["confidence"] as! [Double]).count == 1)
            #expect((statement["hashes"] as! [String]).first?.hasPrefix("sha256:") == true)
            #expect(statement["truthy"] as! Bool, "the described triple is in the graph: \(statement)")
            guard let name = names.first, let text = texts[name], let quote = quotes.first,
                  let begin = begins.first, let end = ends.first else {
                Issue.record("statement without a known document: \(statement)")
                continue
            }
            #expect(Self.slice(text, begin, end) == quote, "\(name) \(begin)…\(end)")
        }
    }

    @Test("--provenance none writes no statement and no prov:wasDerivedFrom, but the documents")
    func none() throws {
        let dir = try Support.temporaryFolder()
        let nt = try String(contentsOfFile: try Self.export(dir, "none.nt", ["--provenance", "none"]), encoding: .utf8)
        #expect(!nt.contains("22-rdf-syntax-ns#Statement"))
        #expect(!nt.contains("ns/prov#wasDerivedFrom"))
        #expect(!nt.contains("vocab#quote"))
        #expect(nt.components(separatedBy: "<https://schema.org/CreativeWork> .").count - 1 == 5)
        let full = try String(contentsOfFile: try Self.export(dir, "full.nt"), encoding: .utf8)
        #expect(full.contains("22-rdf-syntax-ns#Statement"))
    }

    @Test("TriG and N-Quads of the seeds parse with rapper to the same number of quads")
    func rapper() throws {
        let rapper = try Support.tool("rapper", package: "Debian package raptor2-utils")
        let dir = try Support.temporaryFolder()
        var counts: [Int] = []
        for (file, syntax) in [("seeds.trig", "trig"), ("seeds.nq", "nquads")] {
            let run = try Support.run(rapper, ["-i", syntax, "-c", try Self.export(dir, file)])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(!run.stderr.contains("Warning"), "\(run.stderr)")
            let words = run.stderr.split(whereSeparator: { $0 == " " || $0 == "\n" })
            counts.append(words.firstIndex(of: "returned").flatMap { Int(words[$0 + 1]) } ?? -1)
        }
        #expect(counts[0] > 300)
        #expect(counts[0] == counts[1])
    }

    @Test("rdflib: each named graph is a document, TriG equals N-Quads, and all quads together are the provenance-free graph")
    func rdflib() throws {
        let python = try Support.python(with: "rdflib", package: "rdflib")
        let dir = try Support.temporaryFolder()
        let trig = try Self.export(dir, "seeds.trig"), nq = try Self.export(dir, "seeds.nq")
        let none = try Self.export(dir, "none.ttl", ["--provenance", "none"])
        let script = """
            import sys, rdflib
            from rdflib.namespace import RDF
            SCHEMA = rdflib.Namespace("https://schema.org/")
            a = rdflib.Dataset(); a.parse(sys.argv[1], format="trig")
            b = rdflib.Dataset(); b.parse(sys.argv[2], format="nquads")
            plain = rdflib.Graph().parse(sys.argv[3], format="turtle")
            def quads(d): return {(s, p, o, str(g)) for s, p, o, g in d.quads((None, None, None, None))}
            default = rdflib.graph.DATASET_DEFAULT_GRAPH_ID
            named = {str(g.identifier) for g in a.graphs() if g.identifier != default and len(g) > 0}
            docs = {str(d) for d in a.default_context.subjects(RDF.type, SCHEMA.CreativeWork)}
            union = {(s, p, o) for s, p, o, _ in quads(a)}
            print(quads(a) == quads(b), named == docs, len(named), union == set(plain), len(union))
            """
        let run = try Support.run(python, ["-c", script, trig, nq, none])
        #expect(run.status == 0, "\(run.stderr)")
        let fields = run.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        #expect(fields.count == 5, "\(run.stdout)")
        guard fields.count == 5 else { return }
        #expect(fields[0] == "True", "TriG and N-Quads hold the same quads")
        #expect(fields[1] == "True", "the named graphs are exactly the documents")
        #expect(fields[2] == "5")
        #expect(fields[3] == "True", "all quads without their graphs are the --provenance none graph")
    }
}
