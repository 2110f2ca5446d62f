import GraphCore
import Testing
@testable import Exporters

/// One input and the exact escaped form expected.
struct EscapeCase: CustomTestStringConvertible, Sendable {
    let input: String
    let expected: String
    init(_ input: String, _ expected: String) {
        self.input = input
        self.expected = expected
    }
    var testDescription: String { input.debugDescription }
}

@Suite("Escaping")
struct EscapingTests {
    @Test("Turtle/N-Triples string literal bodies", arguments: [
        EscapeCase("plain text", "plain text"),
        EscapeCase("Er sagte \"Ja\"", "Er sagte \\\"Ja\\\""),
        EscapeCase("C:\\Pfad\\", "C:\\\\Pfad\\\\"),
        EscapeCase("Zeile 1\nZeile 2", "Zeile 1\\nZeile 2"),
        EscapeCase("a\tb", "a\\tb"),
        EscapeCase("a\r\nb", "a\\r\\nb"),
        EscapeCase("\u{8}\u{C}", "\\b\\f"),
        EscapeCase("nul\u{0}", "nul\\u0000"),
        EscapeCase("\u{1}\u{B}\u{1F}", "\\u0001\\u000B\\u001F"),
        EscapeCase("del\u{7F}", "del\\u007F"),
        EscapeCase("Köln Düsseldorf Straße ÄÖÜ", "Köln Düsseldorf Straße ÄÖÜ"),
        EscapeCase("„Zitat“ und «Guillemets»", "„Zitat“ und «Guillemets»"),
        EscapeCase("<&>", "<&>"),
        EscapeCase("Hafen 🚢 👩‍👩‍👧", "Hafen 🚢 👩‍👩‍👧"),
        EscapeCase("{}|^`", "{}|^`"),
        EscapeCase("'single'", "'single'"),
        EscapeCase("", ""),
        EscapeCase("\u{85}\u{2028}", "\u{85}\u{2028}"),
    ])
    func stringLiteral(_ c: EscapeCase) {
        #expect(RDFEscaping.stringLiteralBody(c.input) == c.expected)
    }

    @Test("IRIREF bodies", arguments: [
        EscapeCase("https://w3id.org/graph-export/id/city/koeln", "https://w3id.org/graph-export/id/city/koeln"),
        EscapeCase("http://example.org/a b", "http://example.org/a%20b"),
        EscapeCase("http://example.org/<&>", "http://example.org/%3C&%3E"),
        EscapeCase("http://example.org/\"q\"\\", "http://example.org/%22q%22%5C"),
        EscapeCase("http://example.org/{}|^`", "http://example.org/%7B%7D%7C%5E%60"),
        EscapeCase("http://example.org/\n\t\r\u{0}\u{7F}", "http://example.org/%0A%09%0D%00%7F"),
        EscapeCase("http://example.org/köln/„x“/🚢", "http://example.org/köln/„x“/🚢"),
        EscapeCase("urn:x:a?b=c#d", "urn:x:a?b=c#d"),
    ])
    func iri(_ c: EscapeCase) {
        #expect(RDFEscaping.iriBody(c.input) == c.expected)
    }

    @Test("DOT quoted IDs", arguments: [
        EscapeCase("Köln", "\"Köln\""),
        EscapeCase("Er sagte \"Ja\"", "\"Er sagte \\\"Ja\\\"\""),
        EscapeCase("Ende \\", "\"Ende \\\\\""),
        EscapeCase("\\N\\G", "\"\\\\N\\\\G\""),
        EscapeCase("Zeile 1\nZeile 2", "\"Zeile 1\\nZeile 2\""),
        EscapeCase("a\r\nb\rc", "\"a\\nb\\nc\""),
        EscapeCase("a\tb", "\"a b\""),
        EscapeCase("nul\u{0}\u{1}\u{1F}\u{7F}weg", "\"nulweg\""),
        EscapeCase("„Zitat“ <&> {}|^`", "\"„Zitat“ <&> {}|^`\""),
        EscapeCase("Hafen 🚢", "\"Hafen 🚢\""),
        EscapeCase("", "\"\""),
    ])
    func dot(_ c: EscapeCase) {
        #expect(DOTEscaping.quoted(c.input) == c.expected)
    }

    @Test("XML 1.0 sanitising", arguments: [
        EscapeCase("Köln", "Köln"),
        EscapeCase("tab\tlf\ncr\r", "tab\tlf\ncr\r"),
        EscapeCase("nul\u{0}", "nul\u{FFFD}"),
        EscapeCase("\u{1}\u{8}\u{B}\u{C}\u{1F}", "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
        EscapeCase("non\u{FFFE}char\u{FFFF}", "non\u{FFFD}char\u{FFFD}"),
        EscapeCase("keep \u{FFFD} \u{FEFF} \u{EFFF} \u{7F}", "keep \u{FFFD} \u{FEFF} \u{EFFF} \u{7F}"),
        EscapeCase("<&>\"'", "<&>\"'"),
        EscapeCase("„Zitat“ 🚢 {}|^`\\", "„Zitat“ 🚢 {}|^`\\"),
    ])
    func xml(_ c: EscapeCase) {
        #expect(XMLText.sanitized(c.input) == c.expected)
    }

    @Test("Escaping into a ByteBuffer writes the same bytes as into an array")
    func byteBuffer() throws {
        let output = MemoryOutput()
        var buffer = ByteBuffer(output: output, chunk: 4)
        let text = "a\"b\\c\nd 🚢 \u{1}"
        RDFEscaping.appendStringLiteralBody(text, to: &buffer)
        try buffer.flush()
        #expect(output.text == RDFEscaping.stringLiteralBody(text))
    }
}
