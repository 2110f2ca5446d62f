import GraphCore
import Testing
@testable import Store

@Suite("Extraction codec")
struct CodecTests {
    @Test("Every extraction survives encode and decode unchanged", arguments: 0..<8)
    func roundTrip(_ seed: Int) throws {
        let extraction = StoreFixtures.rich(seed)
        let bytes = ExtractionCodec.encode(extraction)
        let back = try ExtractionCodec.decode(bytes, name: extraction.document.name, contentHash: extraction.document.contentHash)
        #expect(StoreFixtures.same(extraction, back))
        // The confidence is kept bit for bit (0.1 + 0.2 is not 0.3).
        #expect(back.facts[2].evidence.confidence == 0.1 + 0.2)
    }

    @Test("An empty extraction round-trips")
    func empty() throws {
        let extraction = DocumentExtraction(document: DocumentInfo(name: "leer.txt", contentHash: StoreFixtures.hash(1), datePublished: nil))
        let back = try ExtractionCodec.decode(ExtractionCodec.encode(extraction), name: "leer.txt", contentHash: StoreFixtures.hash(1))
        #expect(StoreFixtures.same(extraction, back))
    }

    @Test("Each string is stored once: fifty facts quoting one sentence store it once")
    func compact() throws {
        var extraction = StoreFixtures.rich(3)
        let quote = extraction.facts[1].evidence.quote
        for i in 0..<50 {
            extraction.facts.append(CandidateFact(relation: .memberOf, subject: i % 8, object: .entity((i + 1) % 8),
                                                  evidence: StoreFixtures.evidence(quote, 90, rule: "regel-\(i % 3)", confidence: 0.5)))
        }
        let bytes = ExtractionCodec.encode(extraction)
        #expect(bytes.count < 2 * quote.utf8.count + 50 * 16 + ExtractionCodec.encode(StoreFixtures.rich(3)).count)
        let back = try ExtractionCodec.decode(bytes, name: extraction.document.name, contentHash: extraction.document.contentHash)
        #expect(StoreFixtures.same(extraction, back))
    }

    @Test("Damaged records are rejected with a reason")
    func damaged() {
        let bytes = ExtractionCodec.encode(StoreFixtures.rich(2))
        let cases: [([UInt8], String)] = [
            ([], "ends early"),
            ([9] + bytes.dropFirst(), "unknown record format"),
            (Array(bytes.dropLast(3)), "ends early"),
            (bytes + [0], "after the last fact"),
            ([1, 1, 2, 0xC3, 0x28], "invalid UTF-8"),
        ]
        for (damaged, reason) in cases {
            #expect {
                _ = try ExtractionCodec.decode(damaged, name: "x.txt", contentHash: StoreFixtures.hash(2))
            } throws: { error in
                "\(error)".contains(reason)
            }
        }
    }
}
