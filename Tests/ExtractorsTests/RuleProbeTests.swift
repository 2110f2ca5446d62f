import Foundation
import GraphCore
import Testing
@testable import Extractors

@Test func probeSeeds() throws {
    guard let dir = ProcessInfo.processInfo.environment["PROBE_DIR"] else { return }
    for name in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() {
        let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
        let x = extract(text)
        print("=== \(name) date=\(x.document.datePublished?.description ?? "-")")
        for e in x.entities { print("  E \(e.kind) | \(e.label) | \(e.aliases) | \(e.surfaceForms)") }
        for f in compactFacts(x) { print("  F \(f)") }
    }
}

@Test func probeTokens() throws {
    guard let text = ProcessInfo.processInfo.environment["PROBE_TEXT"] else { return }
    let analyzed = TextAnalyzer.analyze(text)
    for s in analyzed.sentences {
        print("S line=\(s.isLine): " + s.tokens.map { "\($0.text)/\($0.kind)" }.joined(separator: " "))
    }
    let x = extract(text)
    for e in x.entities { print("  E \(e.kind) | \(e.label)") }
    for f in compactFacts(x) { print("  F \(f)") }
}
