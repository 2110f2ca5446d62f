import Testing
import GraphCore

/// Known answers of 64-bit FNV-1a (from the reference test vectors of the FNV authors).
@Suite("FNV-1a")
struct FNV1aTests {
    @Test(arguments: [
        ("", 0xcbf2_9ce4_8422_2325 as UInt64),
        ("a", 0xaf63_dc4c_8601_ec8c),
        ("foobar", 0x8594_4171_f739_67e8),
    ])
    func knownAnswers(_ text: String, _ expected: UInt64) {
        #expect(FNV1a.hash(text.utf8) == expected)
        var incremental = FNV1a()
        for byte in text.utf8 { incremental.combine(byte) }
        #expect(incremental.value == expected)
    }

    @Test func foldedIsHighXorLow() {
        let value = FNV1a.hash("foobar".utf8)
        var hasher = FNV1a()
        for byte in "foobar".utf8 { hasher.combine(byte) }
        #expect(hasher.folded == UInt32(truncatingIfNeeded: value ^ (value >> 32)))
        #expect(Slug.shortHash("foobar") == String(hasher.folded, radix: 16).leftPadded(8))
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
