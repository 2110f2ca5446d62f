import GraphCore
import Testing
@testable import Exporters

/// The byte-interned term table must behave exactly like a `[Term: UInt32]` dictionary and `Term`'s `<`.
@Suite("Term table")
struct TermTableTests {
    /// Terms with canonically equivalent spellings (NFC, NFD, singletons such as the Kelvin sign), all kinds and tags.
    static func terms() throws -> [Term] {
        let texts = ["K", "\u{212A}", "Köln", "Ko\u{308}ln", "Ko\u{308}ln ", "Kö", "Ω", "\u{2126}", "é", "e\u{301}", "e",
                     "f", "", "a\u{301}\u{327}", "a\u{327}\u{301}", "ß", "Straße 1", "1", "10", "1.5", "\u{1E9B}\u{323}", "x"]
        var terms: [Term] = []
        for text in texts {
            terms.append(.literal(Literal(text)))
            terms.append(.literal(Literal(text, datatype: XSD.integer)))
            terms.append(.literal(try Literal(text, language: "de")))
            terms.append(.literal(try Literal(text, language: "DE-at")))
            if !text.contains(" ") { terms.append(.iri(try IRI(validating: "https://example.org/" + text))) }
        }
        terms.append(.literal(Literal("x", datatype: try IRI(validating: "https://example.org/\u{212A}"))))
        terms.append(.literal(Literal("x", datatype: try IRI(validating: "https://example.org/K"))))
        for label in ["b1", "b10", "B1", "st00ff"] { terms.append(.blank(try BlankNode(validating: label))) }
        return terms + terms.reversed()
    }

    @Test("Encoded terms get the ids of the terms they encode, mixed with terms in any order")
    func encodedIDs() throws {
        let terms = try TermTableTests.terms()
        var plain = TermTable(syntax: nil)
        let expected = terms.map { plain.intern($0) }
        for every in [1, 2, 3] {
            var table = TermTable(syntax: nil)
            var batch = TripleBatch()
            let subject = Term.iri(try IRI(validating: "https://example.org/s"))
            for term in terms { batch.append(Triple(subject, RDF.type, term)) }
            var ids: [UInt32] = []
            var n = 0
            batch.forEach { triple in
                // Every `every`-th term is interned as a `Term`, the others encoded.
                ids.append(n % every == 0 && every > 1 ? table.intern(terms[n]) : table.intern(triple.object))
                n += 1
            }
            #expect(ids == expected, "every \(every)")
            #expect(table.count == plain.count)
        }
    }

    @Test("Ids are those of a Term dictionary in first-seen order")
    func idsMatchDictionary() throws {
        var table = TermTable(syntax: nil)
        var dictionary: [Term: UInt32] = [:]
        var firstSeen: [Term] = []
        for term in try TermTableTests.terms() {
            let expected: UInt32
            if let id = dictionary[term] { expected = id } else {
                expected = UInt32(firstSeen.count)
                dictionary[term] = expected
                firstSeen.append(term)
            }
            #expect(table.intern(term) == expected, "\(term)")
        }
        #expect(table.count == firstSeen.count)
    }

    @Test("Ranks are Term's order")
    func ranksMatchTermOrder() throws {
        var table = TermTable(syntax: nil)
        var dictionary: [Term: Int] = [:]
        var firstSeen: [Term] = []
        for term in try TermTableTests.terms() {
            _ = table.intern(term)
            if dictionary[term] == nil {
                dictionary[term] = firstSeen.count
                firstSeen.append(term)
            }
        }
        let expected = Array(0..<firstSeen.count).sorted { firstSeen[$0] < firstSeen[$1] }
        #expect(table.ranks().order == expected)
    }

    /// Terms all in NFC (so ``TermTable/ranks()`` takes its radix path): IRIs sharing prefixes of every length around
    /// the eight-byte digits, proper prefixes, NUL bytes, empty strings, equal lexical forms with other datatypes or tags.
    static func nfcTerms() throws -> [Term] {
        let stem = "https://example.org/graph-export/id/"
        var texts = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefgh\u{0}", "abcdefgh\u{0}\u{0}", "x\u{0}", "x",
                     "x\u{0}y", "Köln", "Kö", "中德", "zz", String(repeating: "q", count: 40), String(repeating: "q", count: 41)]
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 24, 33] {
            texts.append(String(repeating: "p", count: length) + "city/a")
            texts.append(String(repeating: "p", count: length) + "city/b")
            texts.append(String(repeating: "p", count: length) + "city")
        }
        var terms: [Term] = []
        for (n, text) in texts.enumerated() {
            terms.append(.literal(Literal(text)))
            if n % 3 == 0 { terms.append(.literal(Literal(text, datatype: XSD.integer))) }
            if n % 4 == 0 { terms.append(.literal(try Literal(text, language: "de"))) }
            if n % 5 == 0 { terms.append(.literal(try Literal(text, language: "de-at"))) }
            if !text.utf8.contains(0) && !text.contains(" ") {
                terms.append(.iri(try IRI(validating: stem + text)))
                terms.append(.iri(try IRI(validating: "urn:" + text)))
            }
        }
        for label in ["b1", "b10", "B1", "b1b1b1b1b1", "b1b1b1b1", "st00ff"] { terms.append(.blank(try BlankNode(validating: label))) }
        var generator = SeededGenerator(state: 11)
        return terms.shuffled(using: &generator)
    }

    @Test("Ranks are Term's order when every term is in NFC (radix path)")
    func radixRanksMatchTermOrder() throws {
        var table = TermTable(syntax: nil)
        var firstSeen: [Term] = []
        var seen: Set<Term> = []
        for term in try TermTableTests.nfcTerms() {
            _ = table.intern(term)
            if seen.insert(term).inserted { firstSeen.append(term) }
        }
        #expect(table.count == firstSeen.count)
        let expected = Array(0..<firstSeen.count).sorted { firstSeen[$0] < firstSeen[$1] }
        #expect(table.ranks().order == expected)
    }

    @Test("Canonically equal literals are one triple, written as first seen")
    func canonicalDuplicates() throws {
        let s = Term.iri(try IRI(validating: "https://example.org/s"))
        let triples = [Triple(s, RDFS.label, .literal(Literal("Ko\u{308}ln"))), Triple(s, RDFS.label, .literal(Literal("Köln"))),
                       Triple(s, RDFS.label, .literal(Literal("K")))]
        let output = MemoryOutput()
        try OutputFormat.turtle.write(prefixes: [Prefix("rdfs", try IRI(validating: "http://www.w3.org/2000/01/rdf-schema#"))],
                                      triples: triples, to: output)
        #expect(output.bytes == Array("""
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

        <https://example.org/s> rdfs:label "K", "Ko\u{308}ln" .

        """.utf8))
    }
}
