import GraphCore
import Testing
@testable import Extractors

/// The gazetteer enrichment option: off by default (only stated facts), on adds city → state/province.
@Suite("Gazetteer enrichment")
struct EnrichmentTests {
    static let enriching = Extractor.bundled(options: ExtractorOptions(enrich: true))

    func run(_ extractor: Extractor, _ text: String) -> DocumentExtraction {
        extractor.extract(name: "e.txt", text: text, contentHash: String(repeating: "1", count: 64))
    }

    @Test func offByDefaultAddsNothing() {
        #expect(ExtractorOptions().enrich == false)
        let extraction = run(Extractor.bundled(), "Die Delegation aus Jena besuchte Wuhan.")
        #expect(!compactFacts(extraction).contains { $0.hasPrefix("containedInPlace(") })
        #expect(!extraction.facts.contains { $0.evidence.rule == Extractor.enrichmentRule })
    }

    @Test func onAddsStateAndProvinceWithOwnEvidence() throws {
        let text = "Die Delegation aus Jena besuchte Wuhan."
        let extraction = run(Self.enriching, text)
        let facts = compactFacts(extraction)
        #expect(facts.contains("containedInPlace(Jena | Thüringen)"), "\(facts)")
        #expect(facts.contains("containedInPlace(Wuhan | Hubei)"), "\(facts)")
        let fact = try #require(extraction.facts.first { $0.evidence.rule == Extractor.enrichmentRule })
        #expect(fact.evidence.confidence == Extractor.enrichmentConfidence)
        // The quote is the mention itself, at its offsets in the original text.
        let scalars = Array(text.unicodeScalars)
        let quoted = String(String.UnicodeScalarView(scalars[fact.evidence.begin..<fact.evidence.end]))
        #expect(quoted == fact.evidence.quote)
        #expect(["Jena", "Wuhan"].contains(fact.evidence.quote))
        #expect(extraction.entities.contains { $0.kind == .administrativeArea && $0.label == "Thüringen" })
    }

    @Test func statedContainmentWins() {
        let extraction = run(Self.enriching, "Neue Partnerstadt ist Jiangmen (Provinz Guangdong).")
        let contained = extraction.facts.filter { $0.relation == .containedInPlace }
        #expect(contained.count == 1)
        #expect(contained.allSatisfy { $0.evidence.rule != Extractor.enrichmentRule })
    }

    @Test func shortLabelUsesOfficialNameForLookup() {
        let facts = compactFacts(run(Self.enriching, "Das Büro liegt in Frankfurt."))
        #expect(facts.contains("containedInPlace(Frankfurt | Hessen)"), "\(facts)")
    }

    @Test func cityStatesAndCountriesGetNothing() {
        let facts = compactFacts(run(Self.enriching, "Die Gäste aus Berlin und Japan trafen sich."))
        #expect(!facts.contains { $0.hasPrefix("containedInPlace(") }, "\(facts)")
    }
}
