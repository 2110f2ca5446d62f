import Testing
@testable import GraphCore

/// A ``TripleBatch`` gives back exactly the triples appended to it, in order, whatever their strings hold.
@Suite("Triple batch")
struct TripleBatchTests {
    /// Terms of every kind with awkward strings: empty, non-ASCII, not in NFC, control characters, long.
    static func terms() throws -> [Term] {
        let texts = ["", "a", "Köln", "Ko\u{308}ln", "\u{212A}", "Zeile 1\nZeile 2\t\"zitiert\"\\", "\u{0}\u{7F}",
                     "中德城市伙伴关系", "🙂", String(repeating: "Straße ", count: 300)]
        var terms: [Term] = []
        for text in texts {
            terms.append(.literal(Literal(text)))
            terms.append(.literal(Literal(text, datatype: XSD.date)))
            terms.append(.literal(try Literal(text, language: "de-AT")))
        }
        for iri in ["https://example.org/", "https://example.org/K\u{00F6}ln", "urn:x:\u{212A}", "https://example.org/" + String(repeating: "x", count: 5000)] {
            terms.append(.iri(try IRI(validating: iri)))
        }
        for label in ["b", "b0", "st00ff", "B-1_x"] { terms.append(.blank(try BlankNode(validating: label))) }
        return terms
    }

    /// Triples pairing every subject-capable term with a rotating predicate and object.
    static func triples() throws -> [Triple] {
        let terms = try terms()
        let predicates = [RDF.type, try IRI(validating: "https://example.org/p\u{00E4}"), XSD.string]
        let subjects = terms.filter { $0.literal == nil }
        var triples: [Triple] = []
        for (n, object) in terms.enumerated() {
            triples.append(Triple(subjects[n % subjects.count], predicates[n % predicates.count], object))
        }
        return triples
    }

    /// The triples a batch gives back.
    static func decoded(_ batch: TripleBatch) -> [Triple] {
        var triples: [Triple] = []
        batch.forEach { triples.append($0.triple) }
        return triples
    }

    @Test("Triples come back equal, with the same bytes, in order")
    func roundTrip() throws {
        let triples = try Self.triples()
        var batch = TripleBatch()
        for triple in triples { batch.append(triple) }
        #expect(batch.count == triples.count)
        let back = Self.decoded(batch)
        #expect(back == triples)
        for (a, b) in zip(back, triples) {
            #expect(Array(a.predicate.string.utf8) == Array(b.predicate.string.utf8))
            if case .literal(let x) = a.object, case .literal(let y) = b.object {
                #expect(Array(x.lexical.utf8) == Array(y.lexical.utf8))  // not normalised on the way
                #expect(x.language == y.language)
            }
        }
    }

    @Test("Encoded terms expose their kind and parts without decoding")
    func inPlaceParts() throws {
        var batch = TripleBatch()
        let subject = Term.blank(try BlankNode(validating: "s1"))
        batch.append(Triple(subject, RDF.type, .literal(try Literal("Stadt", language: "DE"))))
        batch.append(Triple(.iri(try IRI(validating: "https://example.org/a")), RDF.type, .literal(Literal("3", datatype: XSD.integer))))
        var seen: [(EncodedTerm.Kind, [UInt8], EncodedTerm.Kind, [UInt8], [UInt8]?, [UInt8]?)] = []
        batch.forEach { t in
            seen.append((t.subject.kind, Array(t.subject.text), t.object.kind, Array(t.object.text),
                         t.object.datatype.map(Array.init), t.object.language.map(Array.init)))
            #expect(t.predicate.kind == .iri)
            #expect(Array(t.predicate.text) == Array(RDF.type.string.utf8))
        }
        #expect(seen.count == 2)
        #expect(seen[0].0 == .blank && seen[0].1 == Array("s1".utf8))
        #expect(seen[0].2 == .taggedLiteral && seen[0].3 == Array("Stadt".utf8) && seen[0].5 == Array("de".utf8))
        #expect(seen[0].4 == Array(RDF.langString.string.utf8))
        #expect(seen[1].0 == .iri && seen[1].2 == .literal && seen[1].4 == Array(XSD.integer.string.utf8) && seen[1].5 == nil)
    }

    @Test("Numbered terms and references resolve to the numbered terms across batches")
    func numbered() throws {
        let terms = try Self.terms()
        let subject = Term.iri(try IRI(validating: "https://example.org/s"))
        // Each term is numbered at its first use and referred to afterwards, in two batches of one stream.
        var first = TripleBatch(), second = TripleBatch()
        for (n, term) in terms.enumerated() {
            first.append(.numbered(subject, 0), .term(.iri(RDF.type)), .numbered(term, UInt32(n + 1)))
        }
        for n in terms.indices.reversed() {
            second.append(.reference(0), .term(.iri(RDF.type)), .reference(UInt32(n + 1)))
        }
        #expect(first.count == terms.count && second.count == terms.count)
        var numbers = TermNumbers()
        var seen: [Term] = []
        var resolved: [Term] = []
        for batch in [first, second] {
            batch.forEach { triple in
                let s = numbers.id(triple.subject) { _ in 0 }
                #expect(s == 0)
                let o = numbers.id(triple.object) { encoded in
                    seen.append(encoded.term)
                    return UInt32(seen.count - 1)
                }
                resolved.append(seen[Int(o)])
            }
        }
        #expect(resolved == terms + terms.reversed())
        var references = 0
        second.forEach { triple in
            if triple.object.kind == .reference { references += 1 }
            #expect(triple.subject.kind == .reference && triple.subject.number == 0)
        }
        #expect(references == terms.count)
        first.forEach { triple in #expect(triple.object.number != EncodedTerm.unnumbered) }
    }

    @Test("An emptied batch is reused and holds only what is appended next")
    func reuse() throws {
        let triples = try Self.triples()
        var batch = TripleBatch(reservingBytes: 64)
        for triple in triples { batch.append(triple) }
        let copy = batch
        batch.removeAll()
        #expect(batch.isEmpty && batch.byteCount == 0)
        #expect(Self.decoded(batch).isEmpty)
        batch.append(triples[3])
        #expect(Self.decoded(batch) == [triples[3]])
        #expect(Self.decoded(copy) == triples)  // a copy keeps its triples
    }
}
