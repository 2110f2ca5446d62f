import GraphCore
import Testing
@testable import Store

@Suite("Extraction codec")
struct CodecTests {
    @Test("placeholder compiles")
    func compiles() { #expect(ExtractionCodec.format == 1) }
}
