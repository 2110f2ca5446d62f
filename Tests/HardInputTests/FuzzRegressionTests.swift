import Foundation
import FuzzHarness
import Testing

/// Every input the fuzzers ever broke something with is replayed; the harnesses' invariants must hold.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static func files(_ target: String) -> [String] {
        let dir = HardSupport.fixtures + "/fuzz-regressions/" + target
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { dir + "/" + $0 }
    }

    @Test("saved FuzzExtract inputs keep every invariant", arguments: files("extract"))
    func extract(_ path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(ExtractHarness.run(bytes) == [], "\(path)")
    }

    @Test("saved FuzzWriters inputs keep every invariant", arguments: files("writers"))
    func writers(_ path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(WritersHarness.run(bytes) == [], "\(path)")
    }

    @Test("the hard corpus itself keeps the extraction invariants")
    func hardCorpus() throws {
        let dir = HardSupport.fixtures
        var count = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where name.contains(".") {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name)))
            #expect(ExtractHarness.run(bytes) == [], "\(name)")
            count += 1
        }
        #expect(count >= 15)
    }

    @Test("the harnesses report broken invariants (they can fail)")
    func harnessesCanFail() {
        // GraphML with a NUL byte, N-Triples with a missing line end: the checks must see both.
        #expect(OutputChecks.check(Array("<a>\u{0}</a>".utf8), format: .graphml, triples: 0).count == 2)
        #expect(OutputChecks.check(Array("<a> <b> <c> .".utf8), format: .ntriples, triples: 1).count == 2) // no line end, so no line
        #expect(OutputChecks.check(Array("digraph { \"a }".utf8), format: .dot, triples: 0).count == 1)
    }
}
