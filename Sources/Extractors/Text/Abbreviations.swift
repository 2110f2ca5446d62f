/// The abbreviations the tokeniser keeps whole and the sentence splitter does not split after,
/// built from `abbreviations.tsv` (columns: form, kind).
///
/// Kinds: `word` (default; never ends a sentence), `final` (may end a sentence when the next token is
/// capitalised: `usw.`, `etc.`), `suffix` (also closes a compound: `str.` makes `Hauptstr.` one token).
/// A form with inner spaces (`z. B.`) is a sequence of tokens: each part (`z.`, `B.`) is a token of its own
/// and the form without spaces (`z.B.`) is a single token.
public struct Abbreviations: Sendable {
    /// Token texts (with their period) that are abbreviations: `Dr.`, `u.a.`, `z.B.`, and the parts `z.`, `B.` of spaced forms.
    public let tokens: Set<String>
    /// Spaced forms as token sequences, e.g. `["z.", "B."]`.
    public let sequences: [[String]]
    /// Token texts that may end a sentence (`usw.`, `etc.`).
    public let sentenceFinal: Set<String>
    /// Lower-cased endings (with period) that make a compound an abbreviation: `str.`.
    public let suffixes: [String]
    /// Filter of ``tokens`` with ASCII capitals folded (rules out most ASCII words before any `String` hashing).
    let foldedFilter: WordFilter
    /// Filter of ``sentenceFinal`` as written.
    let sentenceFinalFilter: WordFilter
    /// The UTF-8 bytes of ``suffixes`` when every one of them is ASCII, else nil (then they are compared as strings).
    let asciiSuffixes: [[UInt8]]?
    /// True when every text of ``sentenceFinal`` ends with a period (then a token whose last byte is no period is
    /// none of them: no other scalar is canonically equivalent to `.`, and it is never part of a decomposition's end).
    let finalsEndWithPeriod: Bool

    /// Builds the sets from the rows of an abbreviation lexicon.
    public init(lexicon: Lexicon) {
        var tokens = Set<String>()
        var sequences: [[String]] = []
        var final = Set<String>()
        var suffixes: [String] = []
        for row in lexicon.rows {
            let form = row[0]
            let kind = Lexicon.field(row, 1)
            let parts = form.split(separator: " ").map(String.init)
            if parts.count > 1 {
                sequences.append(parts)
                for p in parts { tokens.insert(p) }
                tokens.insert(parts.joined())
            } else {
                tokens.insert(form)
            }
            if kind == "final" { final.insert(parts.joined()); if parts.count == 1 { final.insert(form) } }
            if kind == "suffix" { suffixes.append(form.lowercased()) }
        }
        self.tokens = tokens
        self.sequences = sequences
        self.sentenceFinal = final
        self.suffixes = suffixes.sorted()
        foldedFilter = WordFilter(Array(tokens), folding: true)
        sentenceFinalFilter = WordFilter(Array(final), folding: false)
        asciiSuffixes = Abbreviations.asciiBytes(self.suffixes)
        finalsEndWithPeriod = final.allSatisfy { $0.utf8.last == 0x2E }
    }

    /// The UTF-8 bytes of every suffix when all of them are ASCII, else nil.
    private static func asciiBytes(_ suffixes: [String]) -> [[UInt8]]? {
        guard suffixes.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return nil }
        return suffixes.map { Array($0.utf8) }
    }

    /// An empty set: only single capital initials (`A.`) are abbreviations.
    public init() {
        tokens = []
        sequences = []
        sentenceFinal = []
        suffixes = []
        foldedFilter = WordFilter([], folding: true)
        sentenceFinalFilter = WordFilter([], folding: false)
        asciiSuffixes = []
        finalsEndWithPeriod = true
    }

    /// True when the token's text is in ``sentenceFinal``; most ASCII words are ruled out by a byte hash first.
    func isSentenceFinal(_ t: Token) -> Bool {
        if finalsEndWithPeriod && t.text.utf8.last != 0x2E { return false }
        if t.isASCII && !sentenceFinalFilter.mayContain(t.text) { return false }
        return sentenceFinal.contains(t.text)
    }

    /// True when `text` (a token with its final period) is an abbreviation, also with a capitalised first
    /// letter at the start of a sentence (`Vgl.`) or as a single capital initial (`A.`).
    public func contains(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: neither `text` nor its form with a lower-cased initial is a token unless the folded filter
            // has it; the initial and suffix tests work on bytes.
            let listed = foldedFilter.mayContain(text)
            if listed {
                if tokens.contains(text) { return true }
            }
            if let asciiSuffixes, let found = text.utf8.withContiguousStorageIfAvailable({ bytes in
                containsASCII(text, bytes, listed: listed, suffixes: asciiSuffixes)
            }) {
                return found
            }
            let bytes = Array(text.utf8)
            if bytes.count == 2, bytes[0] >= 0x41, bytes[0] <= 0x5A, bytes[1] == 0x2E { return true }
            if let first = bytes.first, first >= 0x41, first <= 0x5A, listed {
                var lowered = bytes
                lowered[0] = first | 0x20
                if tokens.contains(String(decoding: lowered, as: UTF8.self)) { return true }
            }
            for s in suffixes {
                guard s.utf8.allSatisfy({ $0 < 0x80 }) else {
                    // A non-ASCII ending compares as `String` does.
                    let lower = text.lowercased()
                    if lower.hasSuffix(s) && lower.count > s.count { return true }
                    continue
                }
                guard bytes.count > s.utf8.count else { continue }
                var k = 0
                let n = s.utf8.count
                var matched = true
                for c in s.utf8 {
                    let b = bytes[bytes.count - n + k]
                    if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != c { matched = false; break }
                    k += 1
                }
                if matched { return true }
            }
            return false
        }
        return containsNonASCII(text)
    }

    /// The rest of ``contains(_:)`` for an ASCII `text` whose UTF-8 is `bytes`, after the test of `text` itself;
    /// `listed` is the folded filter's answer for `text`, `suffixes` the bytes of the (ASCII) suffixes.
    private func containsASCII(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, listed: Bool, suffixes: [[UInt8]]) -> Bool {
        let count = bytes.count
        if count == 2, bytes[0] >= 0x41, bytes[0] <= 0x5A, bytes[1] == 0x2E { return true }
        if count > 0, bytes[0] >= 0x41, bytes[0] <= 0x5A, listed {
            var lowered = Array(bytes)
            lowered[0] = bytes[0] | 0x20
            if tokens.contains(String(decoding: lowered, as: UTF8.self)) { return true }
        }
        for s in suffixes where count > s.count {
            var matched = true
            var k = count - s.count
            for c in s {
                let b = bytes[k]
                if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != c { matched = false; break }
                k += 1
            }
            if matched { return true }
        }
        return false
    }

    /// ``contains(_:)`` for a text with a non-ASCII scalar.
    private func containsNonASCII(_ text: String) -> Bool {
        if tokens.contains(text) { return true }
        let scalars = text.unicodeScalars
        if scalars.count == 2, let first = scalars.first, first.properties.isUppercase, scalars.last == "." {
            return true
        }
        if let first = text.first, first.isUppercase {
            let lowered = first.lowercased() + text.dropFirst()
            if tokens.contains(lowered) { return true }
        }
        if !suffixes.isEmpty {
            if let asciiSuffixes, !asciiSuffixes.contains(where: { mayEnd(text, with: $0) }) { return false }
            let lower = text.lowercased()
            for s in suffixes where lower.hasSuffix(s) && lower.count > s.count { return true }
        }
        return false
    }

    /// False when `text.lowercased()` certainly does not end with the ASCII `suffix`: the last bytes of `text`, ASCII
    /// capitals folded, differ from it. Exact for a suffix without `k`, `;` and `` ` `` (the Kelvin sign lower-cases to
    /// `k`; U+037E and U+1FEF are canonically equivalent to `;` and `` ` ``): no other non-ASCII scalar lower-cases to
    /// an ASCII scalar or is canonically equivalent to one.
    private func mayEnd(_ text: String, with suffix: [UInt8]) -> Bool {
        if suffix.contains(where: { $0 == 0x6B || $0 == 0x3B || $0 == 0x60 }) { return true }
        let utf8 = text.utf8
        guard utf8.count >= suffix.count else { return false }
        var k = suffix.count
        for b in utf8.reversed() {
            guard k > 0 else { break }
            k -= 1
            if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != suffix[k] { return false }
        }
        return true
    }
}
