import Foundation
import Testing

/// The `extract` command run as a user runs it, on the seeds and on bad inputs.
@Suite("graph-export extract", .serialized)
struct ExtractCommandTests {
    @Test("every format is written for the seeds, and two runs give identical bytes", arguments: ["ttl", "nt", "graphml", "dot"])
    func formatsAreDeterministic(_ ext: String) throws {
        let dir = try Support.temporaryFolder()
        let a = "\(dir)/a.\(ext)", b = "\(dir)/b.\(ext)"
        let first = try Support.graphExport(["extract", Support.seeds, "-o", a, "--jobs", "2"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("5 documents"))
        let second = try Support.graphExport(["extract", Support.seeds, "-o", b, "--jobs", "1"])
        #expect(second.status == 0)
        let bytesA = try Data(contentsOf: URL(fileURLWithPath: a)), bytesB = try Data(contentsOf: URL(fileURLWithPath: b))
        #expect(bytesA.count > 1000)
        #expect(bytesA == bytesB)
    }

    @Test("copies of a document under other names: one document named by its smallest name, whatever the job count")
    func copiesAreOneDocument() throws {
        let dir = try Support.temporaryFolder()
        let input = "\(dir)/input"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Support.seeds).sorted()
        for (i, name) in seeds.enumerated() {
            let source = "\(Support.seeds)/\(name)"
            try FileManager.default.copyItem(atPath: source, toPath: "\(input)/m\(i)-\(name)")
            // A copy sorting before the original and one after it.
            if i % 2 == 0 { try FileManager.default.copyItem(atPath: source, toPath: "\(input)/a\(i)-\(name)") }
            try FileManager.default.copyItem(atPath: source, toPath: "\(input)/z\(i)-\(name)")
        }
        var outputs: [Data] = []
        for jobs in ["1", "2", "5"] {
            let out = "\(dir)/jobs\(jobs).nt"
            let run = try Support.graphExport(["extract", input, "-o", out, "--jobs", jobs])
            #expect(run.status == 0, "\(run.stderr)")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: out)))
        }
        #expect(outputs.allSatisfy { $0 == outputs[0] })
        let text = String(decoding: outputs[0], as: UTF8.self)
        #expect(text.contains("\"\(input)/a0-\(seeds[0])\""))
        #expect(!text.contains("\"\(input)/m0-\(seeds[0])\""))
        #expect(text.contains("\"\(input)/m1-\(seeds[1])\""))
        #expect(!text.contains("\"\(input)/z1-\(seeds[1])\""))
    }

    @Test("Turtle goes to standard output without -o")
    func standardOutput() throws {
        let run = try Support.graphExport(["extract", Support.seeds + "/003_e036abf5b69374a8.txt", "--quiet"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("@prefix"))
        #expect(run.stderr.isEmpty)
    }

    @Test("standard input is read with -")
    func standardInput() throws {
        let text = "Die Stadt Kiel und die Stadt Qingdao sind Partnerstädte. Oberbürgermeisterin Anna Roth besuchte Qingdao."
        let run = try Support.graphExport(["extract", "-", "--format", "ntriples"], input: Data(text.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"-\""))
    }

    @Test("a missing input is reported by path, the other documents are still written, the exit status is 1")
    func missingInput() throws {
        let dir = try Support.temporaryFolder()
        let out = "\(dir)/g.ttl"
        let run = try Support.graphExport(["extract", "\(dir)/does-not-exist.txt", Support.seeds, "-o", out])
        #expect(run.status == 1)
        #expect(run.stderr.contains("does-not-exist.txt"))
        #expect(run.stderr.contains("5 documents"))
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test("a failed run leaves an earlier output file untouched")
    func noTruncatedOutput() throws {
        let dir = try Support.temporaryFolder()
        let out = "\(dir)/g.ttl"
        try Data("previous good graph\n".utf8).write(to: URL(fileURLWithPath: out))
        let run = try Support.graphExport(["extract", "\(dir)/nothing-here.txt", "-o", out])
        #expect(run.status == 1)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "previous good graph\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test("bad flag combinations are rejected before any work", arguments: [
        (["extract", "seeds", "-o", "x.ttl", "--format", "dot"], "contradicts"),
        (["extract", "seeds", "-o", "x.pdf"], "cannot tell the format"),
        (["extract", "seeds", "--base-iri", "not an iri"], "--base-iri"),
        (["extract", "seeds", "--base-iri", "https://example.org/kg"], "must end with"),
        (["extract", "seeds", "--min-confidence", "2"], "--min-confidence"),
        (["extract", "-", "-"], "only once"),
    ])
    func badFlags(_ arguments: [String], _ message: String) throws {
        let run = try Support.graphExport(arguments)
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test("--enrich adds gazetteer containment with its own rule; without it no background fact is written")
    func enrich() throws {
        let text = Data("Oberbürgermeister Klaus Berg aus Würzburg eröffnete am 3. Mai 2022 die Messe.".utf8)
        let plain = try Support.graphExport(["extract", "-", "--format", "ntriples", "--quiet"], input: text)
        let enriched = try Support.graphExport(["extract", "-", "--format", "ntriples", "--quiet", "--enrich"], input: text)
        #expect(plain.status == 0 && enriched.status == 0, "\(plain.stderr) \(enriched.stderr)")
        #expect(!plain.stdout.contains("containedInPlace"))
        #expect(enriched.stdout.contains("<https://w3id.org/graph-export/id/city/wuerzburg> <https://schema.org/containedInPlace> <https://w3id.org/graph-export/id/area/bayern>"))
        #expect(enriched.stdout.contains("\"gazetteer-enrichment\""))
    }

    @Test("every option has help text")
    func help() throws {
        let run = try Support.graphExport(["extract", "--help"])
        #expect(run.status == 0)
        for option in ["--output", "--format", "--base-iri", "--provenance", "--min-confidence", "--jobs", "--quiet", "--enrich", "--store"] {
            #expect(run.stdout.contains(option))
        }
    }
}
