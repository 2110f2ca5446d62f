import GraphCore

/// A mention found in one sentence: a token range, its kind and its canonical label.
struct MentionSpan: Sendable, Hashable {
    /// Index of the sentence in ``AnalyzedText/sentences``.
    var sentence: Int
    /// First token (index into the sentence's tokens).
    var start: Int
    /// One past the last token.
    var end: Int
    /// The kind of entity.
    var kind: EntityKind
    /// The canonical label (nominative, without titles).
    var label: String
    /// How good the label is.
    var quality: LabelQuality
    /// Names that identify the entity on their own (acronyms).
    var aliases: [String] = []
    /// Forms seen in the text (inflected forms, surnames).
    var surfaceForms: [String] = []
    /// Index into the document's entities, assigned by coreference.
    var entity: Int = -1
    /// Overlap priority: lower wins among spans of equal length.
    var priority: Int = 5

    /// Number of tokens.
    var length: Int { end - start }

    /// True when the two spans share a token.
    func overlaps(_ other: MentionSpan) -> Bool {
        sentence == other.sentence && start < other.end && other.start < end
    }
}

/// Read access to one sentence's tokens with the small checks the recognisers and rules repeat.
struct TokenView: Sendable {
    /// The tokens.
    let tokens: [Token]
    /// Per token: its lower-cased text, computed once (the rules ask for it many times).
    private let lowers: [String]
    /// Per token: ``TokenFlags`` bits, computed once.
    private let flags: [UInt8]

    /// Bits of ``flags``.
    private enum TokenFlags {
        /// The token is a word.
        static let word: UInt8 = 1
        /// The token is a word whose first character is upper case.
        static let capitalized: UInt8 = 2
        /// The token is a word of two or more letters, none lower case.
        static let allUpper: UInt8 = 4
    }

    /// A view of `tokens`, with the lower-cased texts and the case flags computed once.
    init(tokens: [Token]) {
        self.tokens = tokens
        var lowers: [String] = []
        var flags: [UInt8] = []
        lowers.reserveCapacity(tokens.count)
        flags.reserveCapacity(tokens.count)
        for token in tokens {
            lowers.append(Self.lowercase(token.text))
            var bits: UInt8 = 0
            if token.kind == .word {
                bits |= TokenFlags.word
                if token.isCapitalized { bits |= TokenFlags.capitalized }
                if token.isAllUpper { bits |= TokenFlags.allUpper }
            }
            flags.append(bits)
        }
        self.lowers = lowers
        self.flags = flags
    }

    /// `text.lowercased()`, without a new string when the text has no ASCII capital and no other scalar.
    private static func lowercase(_ text: String) -> String {
        var hasUpper = false
        for byte in text.utf8 {
            if byte >= 0x80 { return text.lowercased() }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        return hasUpper ? text.lowercased() : text
    }

    /// Number of tokens.
    var count: Int { tokens.count }

    /// The text of token `i`, or the empty string out of range.
    func text(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].text : "" }

    /// The lower-cased text of token `i`.
    func lower(_ i: Int) -> String { i >= 0 && i < tokens.count ? lowers[i] : "" }

    /// True when token `i` exists and is a word.
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && flags[i] & TokenFlags.word != 0 }

    /// True when token `i` is a capitalised word.
    func isCap(_ i: Int) -> Bool { i >= 0 && i < tokens.count && flags[i] & TokenFlags.capitalized != 0 }

    /// True when token `i` is an upper-case word of two or more letters.
    func isUpper(_ i: Int) -> Bool { i >= 0 && i < tokens.count && flags[i] & TokenFlags.allUpper != 0 }

    /// True when token `i` is the punctuation (or symbol) `p`.
    func isPunct(_ i: Int, _ p: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind != .word && tokens[i].kind != .number && tokens[i].text == p
    }

    /// True when token `i` is one of the given lower-case words.
    func isAny(_ i: Int, _ words: Set<String>) -> Bool { isWord(i) && words.contains(lower(i)) }

    /// True when token `i` is one of the given lower-case words (array literals land here: no set is built per call).
    func isAny(_ i: Int, _ words: [String]) -> Bool {
        guard isWord(i) else { return false }
        let word = lowers[i]
        for candidate in words where candidate == word { return true }
        return false
    }

    /// True when token `i` is an opening quotation mark.
    func isOpenQuote(_ i: Int) -> Bool { isPunct(i, "„") || isPunct(i, "\"") || isPunct(i, "“") || isPunct(i, "«") || isPunct(i, "»") }

    /// True when token `i` is a closing quotation mark.
    func isCloseQuote(_ i: Int) -> Bool { isPunct(i, "“") || isPunct(i, "\"") || isPunct(i, "”") || isPunct(i, "»") || isPunct(i, "«") }

    /// True when token `i` is a hyphen or dash token.
    func isDash(_ i: Int) -> Bool { isPunct(i, "-") || isPunct(i, "–") || isPunct(i, "—") }

    /// The tokens `a..<b` joined as written (a space where the text has one).
    func join(_ a: Int, _ b: Int) -> String {
        var out = ""
        var i = max(0, a)
        let upper = min(b, tokens.count)
        while i < upper {
            if i > a && tokens[i].spaceBefore { out += " " }
            out += tokens[i].text
            i += 1
        }
        return out
    }

    /// True when token `i` is a single upper-case letter followed by a period: an initial.
    func isInitial(_ i: Int) -> Bool { initialLength(i) > 0 }

    /// The number of tokens of an initial at `i`: 2 for `A` `.`, 1 for a single token `A.`, 0 when there is none.
    func initialLength(_ i: Int) -> Int {
        guard isWord(i), tokens[i].isCapitalized else { return 0 }
        let scalars = tokens[i].text.unicodeScalars
        if scalars.count == 1 && isPunct(i + 1, ".") { return 2 }
        if scalars.count == 2 && scalars.last == "." { return 1 }
        return 0
    }

    /// The end of a multi-token abbreviation starting at `i` whose compact key is in `keys`, longest first.
    func matchCompact(_ i: Int, _ keys: Set<String>, maxTokens: Int) -> Int? {
        guard i < tokens.count, tokens[i].kind == .word || tokens[i].kind == .symbol else { return nil }
        var best: Int? = nil
        var key = ""
        var j = i
        while j < tokens.count && j < i + maxTokens * 2 + 1 {
            if j > i && tokens[j].kind == .word && tokens[j].spaceBefore && !tokens[j - 1].text.hasSuffix(".") && !(tokens[j - 1].text == "-") {
                break
            }
            key += RecognitionLexicon.compactKey(tokens[j].text)
            if keys.contains(key) {
                var end = j + 1
                // A trailing period belongs to the abbreviation.
                if isPunct(end, ".") && tokens[end - 1].kind == .word { end += 1 }
                best = end
            }
            j += 1
        }
        return best
    }
}

extension String {
    /// The word with its first letter upper-cased and the rest lower-cased when it is all upper-case (`ZHU` → `Zhu`).
    var titleCasedIfUpper: String {
        // Any ASCII lower-case letter means the word is not all upper case.
        for byte in utf8 where byte >= 0x61 && byte <= 0x7A { return self }
        var letters = 0
        for scalar in unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return self }
            letters += 1
        }
        guard letters >= 2 else { return self }
        // Keep hyphenated parts: `LI-NA` → `Li-Na`.
        return split(separator: "-", omittingEmptySubsequences: false).map { part in
            part.prefix(1).uppercased() + part.dropFirst().lowercased()
        }.joined(separator: "-")
    }
}
