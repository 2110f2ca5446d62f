import Testing
import GraphCore

/// The table hash reads every byte (whole words and the tail), its length, and its seed.
@Suite("Word hash")
struct WordHashTests {
    private func hash(_ text: String, seed: UInt64 = 0) -> UInt64 {
        Array(text.utf8).withUnsafeBufferPointer { WordHash.hash($0, seed: seed) }
    }

    @Test(arguments: [
        ("", "\u{0}"),                       // length counts
        ("abcdefgh", "abcdefgi"),           // last byte of a whole word
        ("abcdefghi", "abcdefghj"),         // a tail byte
        ("Köln", "Koeln"),
        ("Stadt Foshan", "Stadt Foshan "),
    ])
    func differentBytesDiffer(_ a: String, _ b: String) {
        #expect(hash(a) != hash(b))
    }

    @Test func sameBytesSameHashAndSeedsMatter() {
        #expect(hash("Industriestädteallianz") == hash("Industriestädteallianz"))
        #expect(hash("Ningbo", seed: 1) != hash("Ningbo", seed: 2))
        // Chaining: the second run is mixed into the first one's hash.
        #expect(hash("de", seed: hash("Gesellschaft")) != hash("en", seed: hash("Gesellschaft")))
    }
}
