import Foundation
import GraphCore
import Testing
@testable import Exporters

/// Real output checked by third-party parsers; a missing tool fails the test with the package to install.
@Suite("Third-party validators")
struct ValidatorTests {
    static let graphs: [String] = ["small", "nasty"]

    static func graph(_ name: String) throws -> (prefixes: [Prefix], triples: [Triple]) {
        name == "small" ? try Fixtures.smallGraph() : try Fixtures.nastyGraph()
    }

    static func file(_ format: OutputFormat, _ graphName: String) throws -> (path: String, distinctTriples: Int) {
        let graph = try graph(graphName)
        let bytes = try Fixtures.render(format, graph.prefixes, graph.triples)
        return (try ExternalTool.temporaryFile(bytes, graphName + "." + format.fileExtension), Set(graph.triples).count)
    }

    @Test("A missing tool is an error that names the package to install")
    func missingTool() {
        #expect {
            _ = try ExternalTool.run("graph-export-no-such-tool", [], install: "the Debian package no-such-package")
        } throws: { error in
            "\(error)".contains("no-such-package") && "\(error)".contains("graph-export-no-such-tool")
        }
    }

    @Test("rapper parses Turtle and N-Triples with every triple", arguments: graphs)
    func rapper(_ graphName: String) throws {
        for (format, syntax) in [(OutputFormat.turtle, "turtle"), (.ntriples, "ntriples")] {
            let (path, count) = try Self.file(format, graphName)
            let result = try ExternalTool.run("rapper", ["-i", syntax, "-c", path], install: "the Debian package raptor2-utils")
            #expect(result.status == 0, "rapper -i \(syntax) -c \(path): \(result.stderr)")
            #expect(result.stderr.contains("returned \(count) triples"), "\(syntax): \(result.stderr)")
            #expect(!result.stderr.contains("Warning"), "\(syntax): \(result.stderr)")
        }
    }

    @Test("rdflib parses Turtle and N-Triples into isomorphic graphs", arguments: graphs)
    func rdflib(_ graphName: String) throws {
        let (turtle, count) = try Self.file(.turtle, graphName)
        let (ntriples, _) = try Self.file(.ntriples, graphName)
        let script = """
            import sys
            try:
                import rdflib
                from rdflib.compare import isomorphic
            except ImportError:
                print("rdflib missing: pip install rdflib"); sys.exit(3)
            a = rdflib.Graph().parse(sys.argv[1], format="turtle")
            b = rdflib.Graph().parse(sys.argv[2], format="nt")
            print(len(a), len(b), isomorphic(a, b))
            """
        let result = try ExternalTool.run("python3", ["-c", script, turtle, ntriples], install: "python3 and `pip install rdflib`")
        #expect(result.status == 0, "rdflib: \(result.stdout) \(result.stderr)")
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "\(count) \(count) True", "\(result.stderr)")
    }

    @Test("xmllint validates GraphML against the GraphML 1.1 schema", arguments: graphs)
    func xmllint(_ graphName: String) throws {
        let schema = RepoPaths.graphMLSchema.path
        #expect(FileManager.default.fileExists(atPath: schema), "schema missing at \(schema)")
        let (path, _) = try Self.file(.graphml, graphName)
        let result = try ExternalTool.run("xmllint", ["--noout", "--nonet", "--schema", schema, path],
                                          install: "the Debian package libxml2-utils")
        #expect(result.status == 0, "xmllint: \(result.stderr)")
        #expect(result.stderr.contains("validates"), "xmllint: \(result.stderr)")
    }

    @Test("Graphviz reads and renders DOT", arguments: graphs)
    func graphviz(_ graphName: String) throws {
        let (path, _) = try Self.file(.dot, graphName)
        let nop = try ExternalTool.run("nop", [path], install: "the Debian package graphviz")
        #expect(nop.status == 0 && nop.stderr.isEmpty, "nop: \(nop.stderr)")
        let svg = try ExternalTool.run("dot", ["-Tsvg", path], install: "the Debian package graphviz")
        #expect(svg.status == 0, "dot -Tsvg: \(svg.stderr)")
        #expect(svg.stderr.isEmpty, "dot -Tsvg warnings: \(svg.stderr)")
        #expect(svg.stdout.contains("<svg"))
        #expect(svg.stdout.contains("cluster_legend"))
    }
}
