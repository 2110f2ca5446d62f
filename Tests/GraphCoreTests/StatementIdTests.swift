import Testing
@testable import GraphCore

/// The statement-node labels hash a text that once came from string interpolation; the direct builders must give
/// exactly the same text and hash, or every `rdf:Statement` label in the output would change.
struct StatementIdTests {
    static let terms: [Term] = [
        .iri(IRI(trusted: "https://example.org/id/stadt-weimar")),
        .blank(BlankNode(trusted: "b12")),
        .literal(Literal("Städtepartnerschaft \"Ost\"\nzweite Zeile\t\u{01}")),
        .literal(Literal("2021-04", datatype: XSD.gYearMonth)),
        .literal(try! Literal("Rathaus", language: "DE-at")),
        .literal(Literal("")),
    ]

    @Test(arguments: ["st|iri(<https://example.org/x>)|12|34|rule-name", "Grüße aus Köln", "a\r\nb", "", "e\u{301}x"])
    func reversedHashMatchesReversedString(_ text: String) {
        #expect(Slug.shortHashOfReversed(text) == Slug.shortHash(String(text.reversed())))
    }

    @Test(arguments: terms)
    func byteDescriptionMatchesInterpolation(_ term: Term) {
        var bytes: [UInt8] = []
        RDFMapper.appendDescription(term, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "\(term)")
    }

    @Test(arguments: ["st|iri(<https://example.org/x>)|12|34|rule-name", "Grüße aus Köln", "a\r\nb", "", "e\u{301}x", "tab\there"])
    func statementLabelMatchesStringHashes(_ text: String) {
        let label = Array(text.utf8).withUnsafeBufferPointer(RDFMapper.statementLabel)
        #expect(label == "st" + Slug.shortHash(text) + Slug.shortHash(String(text.reversed())))
    }

    @Test(arguments: [0, 7, 10, 99, 100, 12345, -3, Int.max, Int.min])
    func decimalMatchesStringInit(_ value: Int) {
        #expect(RDFMapper.decimal(value) == String(value))
    }
}
