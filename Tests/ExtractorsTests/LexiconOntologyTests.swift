import Foundation
import Testing

/// Checks `ontology/graph-export.ttl` with rapper (Debian package raptor2-utils).
@Suite("Ontology")
struct LexiconOntologyTests {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let ontology = root.appendingPathComponent("ontology/graph-export.ttl")

    /// Runs `executable` with `arguments`; returns exit status and combined output, or nil when it cannot start.
    static func run(_ executable: String, _ arguments: [String]) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func rapperParsesTheOntology() throws {
        #expect(FileManager.default.fileExists(atPath: Self.ontology.path), "missing \(Self.ontology.path)")
        guard let which = Self.run("which", ["rapper"]), which.status == 0 else {
            Issue.record("rapper not found: install the Debian package raptor2-utils")
            return
        }
        let result = try #require(Self.run("rapper", ["-i", "turtle", "-c", Self.ontology.path]))
        #expect(result.status == 0, "rapper failed:\n\(result.output)")
        #expect(result.output.contains("returned"), "\(result.output)")
    }

    @Test(arguments: ["Agreement", "partnerOf", "signatory", "signingDate", "quote", "rule", "confidence",
                      "beginIndex", "endIndex", "contentHash"])
    func everyVocabularyTermIsDeclaredInGermanAndEnglish(term: String) throws {
        let text = try String(contentsOf: Self.ontology, encoding: .utf8)
        let start = try #require(text.range(of: "\nge:\(term)\n"), "ge:\(term) is not declared")
        let block = text[start.upperBound...].prefix { _ in true }
        let end = block.range(of: " .\n")?.lowerBound ?? block.endIndex
        let declaration = block[..<end]
        #expect(declaration.contains("@de"))
        #expect(declaration.contains("@en"))
        #expect(declaration.contains("rdfs:comment"))
        if term != "Agreement" {
            #expect(declaration.contains("rdfs:domain"))
            #expect(declaration.contains("rdfs:range"))
        }
    }
}
