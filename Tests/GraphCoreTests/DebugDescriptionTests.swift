import Testing
@testable import GraphCore

/// Statement labels hash `"\(literal)"`; the copy of plain ASCII between quotes must give the bytes of
/// `debugDescription` exactly, and everything else must still go through `debugDescription`.
struct DebugDescriptionTests {
    @Test(arguments: ["Rathaus Weimar", "", "2021-04-01", "info@example.org", "+49 (0)30 1234-5", "it's", "say \"hi\"",
                      "back\\slash", "line\nbreak", "tab\there", "\u{7F}", "Köln", "e\u{301}x", "佛山", "🙂", "~`!@#$%^&*()_+={}[]|:;<>,.?/"])
    func bytesMatchDebugDescription(_ text: String) {
        var bytes: [UInt8] = []
        RDFMapper.appendDebugDescription(text, to: &bytes)
        #expect(bytes == Array(text.debugDescription.utf8))
        var term: [UInt8] = []
        RDFMapper.appendDescription(.literal(Literal(text)), to: &term)
        #expect(term == Array("\(Term.literal(Literal(text)))".utf8))
    }
}
