import Foundation
import Testing

/// The relation questions and SPARQL read a store filled by `extract --store`.
@Suite("queries on a store", .serialized)
struct StoreQueryTests {
    @Test("show, path and query answer from a store as from the documents")
    func storeAnswers() throws {
        let dir = try Support.temporaryFolder()
        let store = "\(dir)/kg.sqlite"
        let fill = try Support.graphExport(["extract", Support.seeds, "--store", store])
        #expect(fill.status == 0, "\(fill.stderr)")
        for arguments in [["show", "Foshan"], ["path", "Aachen", "Wuppertal"],
                          ["query", "--format", "csv", "SELECT ?m WHERE { ?m org:memberOf ?o . ?o rdfs:label \"Chinesisch-Deutsche Industriestädteallianz\" } ORDER BY ?m"]] {
            let fromStore = try Support.graphExport(arguments + ["--store", store])
            let fromDocuments = try Support.graphExport(arguments + [Support.seeds])
            #expect(fromStore.status == 0, "\(fromStore.stderr)")
            #expect(!fromStore.stdout.isEmpty)
            #expect(fromStore.stdout == fromDocuments.stdout)
        }
    }

    @Test("a graph source must be named once")
    func oneSource() throws {
        let run = try Support.graphExport(["show", "Foshan", "--store", "x.sqlite", "--graph", "x.ttl"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("only one of"))
    }
}
