import Foundation
import Testing

/// Nineteen small corpora of press releases written for the project, each with a gold file, scored as regression floors.
///
/// `Tests/Fixtures/press/dev` to `dev12` and `dev15` were used to find and fix missed constructions; `Tests/Fixtures/press/test`,
/// `test2` and `test3` were never used to change a rule, so their scores are the estimates for unseen text (`test2` and
/// `test3` were written by annotators who wrote no rules). The floors sit a little below the scores measured when they were set (README, section
/// Quality), so that a rule change that loses facts on any corpus fails here.
@Suite("press corpora scored against their gold files", .serialized)
struct PressCorpusTests {
    /// One corpus, its gold file and the floors its scores must reach.
    struct Corpus: Sendable, CustomStringConvertible {
        let name: String
        let minPrecision: Double
        let minRecall: Double
        var description: String { name }
    }

    static let corpora = [
        Corpus(name: "dev", minPrecision: 0.85, minRecall: 0.70),
        Corpus(name: "dev2", minPrecision: 0.92, minRecall: 0.79),
        Corpus(name: "dev3", minPrecision: 0.90, minRecall: 0.72),
        Corpus(name: "dev4", minPrecision: 0.87, minRecall: 0.64),
        Corpus(name: "dev5", minPrecision: 0.88, minRecall: 0.78),
        Corpus(name: "dev6", minPrecision: 0.92, minRecall: 0.72),
        Corpus(name: "dev7", minPrecision: 0.86, minRecall: 0.62),
        Corpus(name: "dev8", minPrecision: 0.89, minRecall: 0.74),
        Corpus(name: "dev9", minPrecision: 0.90, minRecall: 0.64),
        Corpus(name: "dev10", minPrecision: 0.90, minRecall: 0.70),
        Corpus(name: "dev11", minPrecision: 0.86, minRecall: 0.72),
        Corpus(name: "dev12", minPrecision: 0.88, minRecall: 0.70),
        Corpus(name: "dev13", minPrecision: 0.88, minRecall: 0.60),
        Corpus(name: "dev14", minPrecision: 0.92, minRecall: 0.64),
        Corpus(name: "dev15", minPrecision: 0.86, minRecall: 0.62),
        Corpus(name: "test", minPrecision: 0.75, minRecall: 0.45),
        Corpus(name: "test2", minPrecision: 0.78, minRecall: 0.45),
        Corpus(name: "test3", minPrecision: 0.80, minRecall: 0.36),
        Corpus(name: "test4", minPrecision: 0.76, minRecall: 0.36),
    ]

    @Test("facts reach the precision and recall floors", arguments: corpora)
    func score(_ corpus: Corpus) throws {
        let python = try Support.python(with: "yaml, rdflib", package: "rdflib pyyaml")
        let folder = Support.root.appendingPathComponent("Tests/Fixtures/press/\(corpus.name)")
        let dir = try Support.temporaryFolder()
        let graph = "\(dir)/\(corpus.name).ttl"
        let export = try Support.graphExport(["extract", folder.appendingPathComponent("docs").path, "-o", graph, "--quiet"])
        #expect(export.status == 0, "\(export.stderr)")
        let report = "\(dir)/\(corpus.name).json"
        let run = try Support.run(python, [Support.root.appendingPathComponent("Tests/Shared/tools/score.py").path,
                                           "--gold", folder.appendingPathComponent("gold.yaml").path,
                                           "--graph", graph,
                                           "--ontology", Support.root.appendingPathComponent("ontology").path,
                                           "--json", report])
        #expect(run.status == 0, "\(run.stderr)")
        print(run.stdout)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as! [String: Any]
        let facts = json["facts"] as! [String: Any]
        let precision = facts["precision"] as! Double
        let recall = facts["recall"] as! Double
        #expect(precision >= corpus.minPrecision, "\(corpus.name): facts precision \(precision) < \(corpus.minPrecision)")
        #expect(recall >= corpus.minRecall, "\(corpus.name): facts recall \(recall) < \(corpus.minRecall)")
    }
}
