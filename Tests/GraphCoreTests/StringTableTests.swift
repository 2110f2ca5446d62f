import Testing
@testable import GraphCore

/// The byte-keyed string table behind ``KnowledgeGraph``: IDs by exact UTF-8 bytes, in order of first appearance.
@Suite("String table")
struct StringTableTests {
    @Test func sameBytesSameID() {
        var table = StringTable()
        let a = table.intern("Köln")
        let b = table.intern("Berlin")
        #expect(a == 0 && b == 1)
        #expect(table.intern("Köln") == a)
        #expect(table.intern(String("xKöln".dropFirst())) == a)
        #expect(table[a] == "Köln" && table[b] == "Berlin")
        #expect(table.count == 2)
    }

    @Test func canonicallyEquivalentSpellingsStayApart() {
        var table = StringTable()
        let composed = table.intern("K\u{F6}ln")
        let decomposed = table.intern("Ko\u{308}ln")
        #expect(composed != decomposed)
        #expect(Array(table[decomposed].utf8) == Array("Ko\u{308}ln".utf8))
    }

    @Test func emptyAndLongStrings() {
        var table = StringTable()
        let empty = table.intern("")
        let long = String(repeating: "Kommunikations- und Strategieberatung ", count: 20)
        let id = table.intern(long)
        #expect(table.intern("") == empty)
        #expect(table.intern(long) == id)
        #expect(table.intern(long + "x") != id)
        #expect(table[empty].isEmpty)
    }

    @Test func growsAndKeepsEveryID() {
        var table = StringTable()
        let words = (0..<5000).map { "Wort \($0) – ä\($0 % 7)" }
        let ids = words.map { table.intern($0) }
        #expect(ids == (0..<5000).map(UInt32.init))
        for (i, word) in words.enumerated() { #expect(table.intern(word) == UInt32(i)) }
        #expect(table.count == 5000)
    }
}

/// The vocabulary IRIs are written out in full; each must still be its namespace plus the local name.
@Suite("Vocabulary")
struct VocabularyTests {
    @Test func termsExtendTheirNamespace() {
        let terms: [(IRI, IRI, String)] = [
            (RDF.type, RDF.namespace, "type"), (RDF.Statement, RDF.namespace, "Statement"),
            (RDFS.label, RDFS.namespace, "label"), (XSD.string, XSD.namespace, "string"),
            (XSD.integer, XSD.namespace, "integer"), (SKOS.altLabel, SKOS.namespace, "altLabel"),
            (PROV.wasDerivedFrom, PROV.namespace, "wasDerivedFrom"), (ORG.holds, ORG.namespace, "holds"),
            (SCHEMA.address, SCHEMA.namespace, "address"), (GE.quote, GE.namespace, "quote"),
            (GE.contentHash, GE.namespace, "contentHash"),
        ]
        for (term, namespace, local) in terms { #expect(term.string == namespace.string + local) }
    }
}
