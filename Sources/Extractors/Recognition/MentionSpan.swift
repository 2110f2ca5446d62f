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

/// Lexicon facts about one token text, one bit each (see ``RecognitionLexicon/wordBits(_:)``). They depend only on the
/// text and the lexicon, so they are computed once per distinct text and the recognisers and rules test bits instead of
/// hashing the text again and again.
enum WordBit {
    /// ``RecognitionLexicon/isFunctionWord(_:)``.
    static let functionWord: UInt64 = 1 << 0
    /// A title (``RecognitionLexicon/titles`` by compact key).
    static let title: UInt64 = 1 << 1
    /// ``RecognitionLexicon/role(_:)`` is not nil.
    static let role: UInt64 = 1 << 2
    /// A given name.
    static let givenName: UInt64 = 1 << 3
    /// A given name, or a hyphenated word whose first part is one (`Hans-Peter`).
    static let givenLead: UInt64 = 1 << 4
    /// A place name of one token (``RecognitionLexicon/places``).
    static let place: UInt64 = 1 << 5
    /// A known surname once title-cased (`ZHU` → `Zhu`).
    static let surnameTitled: UInt64 = 1 << 6
    /// ``RecognitionLexicon/isSurnameText(_:)``.
    static let surnameText: UInt64 = 1 << 7
    /// ``RecognitionLexicon/orgHead(_:)`` is not nil.
    static let orgHead: UInt64 = 1 << 8
    /// A place cue word.
    static let placeCue: UInt64 = 1 << 9
    /// ``RecognitionLexicon/eventHead(_:)`` is not nil.
    static let eventHead: UInt64 = 1 << 10
    /// A place name may start with this token (its text or its `-en`-less nominative is a prefix of a place key).
    static let placeStart: UInt64 = 1 << 11
    /// ``RecognitionLexicon/genitivePlace(_:)`` is not nil (`Chinas`).
    static let genitivePlace: UInt64 = 1 << 12
    /// ``MentionRecognizer/isAdjectiveForm(_:)``.
    static let adjective: UInt64 = 1 << 13
    /// A signing verb (lower-cased).
    static let signingVerb: UInt64 = 1 << 14
    /// A modal, negation or conditional word (lower-cased) of ``SentenceGuard``.
    static let nonFactual: UInt64 = 1 << 15
    /// A negation or conditional word (lower-cased) of ``SentenceGuard``.
    static let nonFactualEvent: UInt64 = 1 << 16
    /// A place cue, an inflected one, or a `-Kreis` compound (what ``MentionRecognizer/cuedPlace(_:at:sentence:)`` starts with).
    static let cueStart: UInt64 = 1 << 17
    /// A legal form may start with this token (``TokenView/matchCompact(_:_:maxTokens:)`` over the legal forms can match).
    static let legalStart: UInt64 = 1 << 18
    /// A title may start with this token (``TokenView/matchCompact(_:_:maxTokens:)`` over the titles can match).
    static let titleStart: UInt64 = 1 << 19
    /// An organisation cue word (``RecognitionLexicon/orgWords``).
    static let orgWord: UInt64 = 1 << 20
    /// A known surname as written.
    static let surname: UInt64 = 1 << 21
    /// ``Token/isCapitalized`` of the text.
    static let capitalized: UInt64 = 1 << 22
    /// ``Token/isAllUpper`` of the text.
    static let allUpper: UInt64 = 1 << 23
    /// The lower-cased text is a ``Swift/String/isSimpleText``: it compares with another simple text byte for byte.
    static let simpleLower: UInt64 = 1 << 24
    /// A role modifier before the role (``RecognitionLexicon/roleModifiersBefore``, lower-cased).
    static let roleModifierBefore: UInt64 = 1 << 25
    /// ``RecognitionLexicon/agreementHead(_:)`` is not nil.
    static let agreementHead: UInt64 = 1 << 26
    /// The lower-cased text contains `partner`, `schwester` or `freundschaft`, or is no simple text: every partnership
    /// word test (`partnerst…`, `…partnerschaft`, `schwesterst…`, `freundschaftsst…`) can only hold then.
    static let partnerish: UInt64 = 1 << 27
    /// A known organisation's name may start with this token (``RecognitionLexicon/mayBeKnownOrganizationPrefix(_:)``).
    static let knownOrganizationStart: UInt64 = 1 << 28
    /// A media cue word (``MentionRecognizer/mediaCues``).
    static let mediaCue: UInt64 = 1 << 29
    /// A word that may introduce a date (``DatePhrases/prepositions``, lower-cased).
    static let datePreposition: UInt64 = 1 << 30
    /// A month name or abbreviation (``DatePhrases/months``, lower-cased).
    static let month: UInt64 = 1 << 31
    /// A membership word (``SentenceContext/isMembershipWord(_:)`` for a word token): the lower-cased text is a `member`
    /// cue (``RecognitionLexicon/membershipCues``) or starts with `mitglied` but not with `mitgliedschaft`.
    static let membership: UInt64 = 1 << 32
    /// A role modifier after the role may start with this token (``TokenView/matchCompact(_:_:maxTokens:)`` over the
    /// keys of ``RecognitionLexicon/roleModifiersAfter`` can match).
    static let roleModifierAfterStart: UInt64 = 1 << 33
    /// The first word of a role of several words (`Chief` of `Chief Representative`, ``RecognitionLexicon/multiWordRoleStarts``).
    static let multiWordRoleStart: UInt64 = 1 << 34
    /// The first token of a trade fair's brand (`bauma`, `transport`): the brands of ``RecognitionLexicon/tradeFairs``.
    static let tradeFairStart: UInt64 = 1 << 35
}

/// A token text's lower-cased form and its ``WordBit`` facts.
struct WordInfo: Sendable {
    /// The lower-cased text.
    let lower: String
    /// ``WordBit`` bits.
    let bits: UInt64
    /// ``fingerprint(_:)`` of ``lower`` (0 when it is no simple text).
    let print: UInt64

    /// Length and first seven bytes of a ``Swift/String/isSimpleText``, nil for other texts. Two simple texts with
    /// different fingerprints differ; with equal ones they are equal when they are no longer than seven bytes.
    @inline(__always)
    static func fingerprint(_ text: String) -> UInt64? {
        if let value = text.utf8.withContiguousStorageIfAvailable({ fingerprint(bytes: $0) }) { return value }
        var value: UInt64 = 0
        var n = 0
        for byte in text.utf8 {
            if byte >= 0xCC || byte == 0x0D { return nil }
            if n < 7 { value |= UInt64(byte) << (8 * UInt64(n)) }
            n += 1
        }
        return value | UInt64(min(n, 255)) << 56
    }

    /// ``fingerprint(_:)`` of the text with the UTF-8 `bytes`.
    @inline(__always)
    static func fingerprint(bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var value: UInt64 = 0
        let n = bytes.count
        var k = 0
        while k < n {
            let byte = bytes[k]
            if byte >= 0xCC || byte == 0x0D { return nil }
            if k < 7 { value |= UInt64(byte) << (8 * UInt64(k)) }
            k += 1
        }
        return value | UInt64(min(n, 255)) << 56
    }
}

/// Lower-case words with their ``WordInfo/fingerprint(_:)``s computed once: the word lists the rules look for in every
/// sentence (``SentenceContext/find(_:from:before:)``).
struct WordList: Sendable, ExpressibleByArrayLiteral {
    /// The words.
    let words: [String]
    /// Per word: its fingerprint.
    let prints: [UInt64?]
    /// The ``TokenView/WordBloom`` of all the words' fingerprints, or nil when some word has none (or a zero one): a
    /// sentence whose exhaustive filter shares no bit with it contains none of the words.
    let bloom: TokenView.WordBloom?

    /// A list of `words`.
    init(_ words: [String]) {
        self.words = words
        let prints = words.map { WordInfo.fingerprint($0) }
        self.prints = prints
        var bloom = TokenView.WordBloom()
        var complete = true
        for print in prints {
            if let print, print != 0 { bloom.add(bits: WordBit.simpleLower, print: print) } else { complete = false }
        }
        self.bloom = complete ? bloom : nil
    }

    /// A list of the literal's words.
    init(arrayLiteral words: String...) { self.init(words) }
}

/// Read access to one sentence's tokens with the small checks the recognisers and rules repeat.
///
/// A class (every property is a constant): the rules and recognisers pass views around and keep them in contexts, and
/// a copy is then one reference instead of one per array.
final class TokenView: Sendable {
    /// The tokens.
    let tokens: [Token]
    /// Per token: its lower-cased text, computed once (the rules ask for it many times).
    private let lowers: [String]
    /// Per token: ``TokenFlags`` bits, computed once.
    private let flags: [UInt8]
    /// Per token: ``WordBit`` bits of its text, computed once per distinct text.
    private let bits: [UInt64]
    /// Per token: ``WordInfo/print`` of its lower-cased text.
    private let prints: [UInt64]
    /// A 256-bit filter of the fingerprints of the word tokens whose lower-cased text is a simple text (see
    /// ``WordBloom``), so ``firstWord(in:from:upper:)`` passes over a candidate the sentence cannot contain unscanned.
    private let wordBloom: WordBloom
    /// Bit `min(n, 63)` set for every word token whose lower-cased text has `n` UTF-8 bytes, or all bits when some
    /// word token's lower-cased text is no simple text (it may equal a candidate of another length canonically): a
    /// candidate word whose length bit is clear is in no word token, so the word lookups pass over it unread. The
    /// candidates (rule words, lexicon entries) are precomposed, which `LexiconsTests` checks.
    private let wordLengths: UInt64

    /// Bits of ``flags``.
    private enum TokenFlags {
        /// The token is a word.
        static let word: UInt8 = 1
        /// The token is a word whose first character is upper case.
        static let capitalized: UInt8 = 2
        /// The token is a word of two or more letters, none lower case.
        static let allUpper: UInt8 = 4
    }

    /// A view of `tokens`, with the lower-cased texts, the case flags and the lexicon facts of `lexicon` computed once.
    init(tokens: [Token], lexicon: __shared RecognitionLexicon) {
        self.tokens = tokens
        var lowers: [String] = []
        var flags: [UInt8] = []
        var bits: [UInt64] = []
        var prints: [UInt64] = []
        prints.reserveCapacity(tokens.count)
        lowers.reserveCapacity(tokens.count)
        flags.reserveCapacity(tokens.count)
        bits.reserveCapacity(tokens.count)
        let memo = lexicon.memoKey == 0 ? nil : LookupMemo.current(lexicon.memoKey)
        // No closure here: the arrays stay plain locals (a closure capturing them makes every append a checked access).
        if let memo {
            // One pass over the memo's table for the whole sentence.
            memo.wordInfos(tokens, lexicon, lowers: &lowers, bits: &bits, prints: &prints)
        } else {
            for k in 0..<tokens.count {
                let info = lexicon.wordInfo(tokens[k].text)
                lowers.append(info.lower)
                bits.append(info.bits)
                prints.append(info.print)
            }
        }
        var bloom = WordBloom()
        var lengths: UInt64 = 0
        for k in 0..<tokens.count {
            var flag: UInt8 = 0
            if tokens[k].kind == .word {
                flag |= TokenFlags.word
                lengths |= bits[k] & WordBit.simpleLower != 0 ? Self.lengthBit(lowers[k].utf8.count) : ~0
                let tokenBits = bits[k]
                if tokenBits & WordBit.capitalized != 0 { flag |= TokenFlags.capitalized }
                if tokenBits & WordBit.allUpper != 0 { flag |= TokenFlags.allUpper }
                bloom.add(bits: tokenBits, print: prints[k])
            }
            flags.append(flag)
        }
        self.wordBloom = bloom
        self.wordLengths = lengths
        self.lowers = lowers
        self.flags = flags
        self.bits = bits
        self.prints = prints
    }

    /// The tokens `range` of `view`, sharing its computed facts.
    init(_ view: TokenView, range: Range<Int>) {
        self.tokens = Array(view.tokens[range])
        self.lowers = Array(view.lowers[range])
        self.flags = Array(view.flags[range])
        self.bits = Array(view.bits[range])
        self.prints = Array(view.prints[range])
        self.wordBloom = WordBloom(flags: flags, bits: bits, prints: prints)
        var lengths: UInt64 = 0
        for k in flags.indices where flags[k] & TokenFlags.word != 0 {
            lengths |= bits[k] & WordBit.simpleLower != 0 ? Self.lengthBit(lowers[k].utf8.count) : ~0
        }
        self.wordLengths = lengths
    }

    /// The ``wordLengths`` bit of a text of `count` UTF-8 bytes.
    @inline(__always)
    private static func lengthBit(_ count: Int) -> UInt64 { 1 << UInt64(min(count, 63)) }

    /// The fingerprints of a sentence's word tokens in a 256-bit filter: a fingerprint whose bit is clear belongs to no
    /// word token whose lower-cased text is a simple text. ``exhaustive`` is false when some word token's lower-cased
    /// text is no simple text (such a token is compared as a string, so the filter cannot rule a candidate out).
    struct WordBloom: Sendable {
        /// The filter bits.
        private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        /// True when every word token's lower-cased text is a simple text.
        private(set) var exhaustive = true

        /// An empty filter.
        init() {}

        /// The filter of the word tokens (``TokenFlags/word``) of a sentence.
        init(flags: [UInt8], bits: [UInt64], prints: [UInt64]) {
            for k in flags.indices where flags[k] & TokenFlags.word != 0 { add(bits: bits[k], print: prints[k]) }
        }

        /// Adds a word token with the ``WordBit`` bits `bits` and the fingerprint `print`.
        @inline(__always)
        mutating func add(bits: UInt64, print: UInt64) {
            if bits & WordBit.simpleLower == 0 { exhaustive = false } else { insert(print) }
        }

        /// The bit of `print`: its top eight bits after a multiplicative mix.
        @inline(__always)
        private static func bit(_ print: UInt64) -> (word: Int, mask: UInt64) {
            let h = (print &* 0x9E37_79B9_7F4A_7C15) >> 56
            return (Int(h >> 6), 1 << (h & 63))
        }

        /// Sets the bit of `print`.
        @inline(__always)
        private mutating func insert(_ print: UInt64) {
            let (word, mask) = Self.bit(print)
            switch word {
            case 0: words.0 |= mask
            case 1: words.1 |= mask
            case 2: words.2 |= mask
            default: words.3 |= mask
            }
        }

        /// False when the two filters share no bit (no fingerprint added to one was added to the other).
        @inline(__always)
        func intersects(_ other: WordBloom) -> Bool {
            (words.0 & other.words.0) | (words.1 & other.words.1) | (words.2 & other.words.2) | (words.3 & other.words.3) != 0
        }

        /// False when no word token with a simple lower-cased text has the fingerprint `print`.
        @inline(__always)
        func mayContain(_ print: UInt64) -> Bool {
            let (word, mask) = Self.bit(print)
            switch word {
            case 0: return words.0 & mask != 0
            case 1: return words.1 & mask != 0
            case 2: return words.2 & mask != 0
            default: return words.3 & mask != 0
            }
        }
    }

    /// `text.lowercased()`, without a new string when the text has no ASCII capital and no other scalar.
    static func lowercase(_ text: String) -> String {
        var hasUpper = false
        for byte in text.utf8 {
            if byte >= 0x80 { return text.lowercased() }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        return hasUpper ? text.lowercased() : text
    }

    /// True when token `i` exists and its text has the ``WordBit`` `bit` (any of them, for several).
    @inline(__always)
    func has(_ i: Int, _ bit: UInt64) -> Bool { i >= 0 && i < bits.count && bits[i] & bit != 0 }

    /// Number of tokens.
    var count: Int { tokens.count }

    /// ``WordInfo/fingerprint(_:)`` of the lower-cased text of token `i` (in range), nil when it is no simple text.
    @inline(__always)
    func lowerPrint(_ i: Int) -> UInt64? { bits[i] & WordBit.simpleLower != 0 ? prints[i] : nil }

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
        guard i >= 0 && i < tokens.count && tokens[i].kind != .word && tokens[i].kind != .number else { return false }
        // A one-byte ASCII `p` (`(`, `.`, `?`): the token's single ASCII byte is that byte, or an ASCII token differs
        // from it (ASCII texts are their own normal forms, so `String` equality is byte equality between them).
        if p.utf8.count == 1, let byte = p.utf8.first, byte < 0x80 {
            if tokens[i].isChar(byte) { return true }
            if tokens[i].isASCII { return false }
        }
        return tokens[i].text == p
    }

    /// True when token `i` is one of the given lower-case words.
    func isAny(_ i: Int, _ words: Set<String>) -> Bool { isWord(i) && words.contains(lower(i)) }

    /// True when token `i` is one of the given lower-case words (array literals land here: no set is built per call).
    func isAny(_ i: Int, _ words: [String]) -> Bool {
        guard isWord(i) else { return false }
        let word = lowers[i]
        if bits[i] & WordBit.simpleLower != 0 {
            // A candidate of another length is passed over before its fingerprint is computed.
            let count = word.utf8.count
            for candidate in words where candidate.utf8.count == count
                && lowerEquals(i, candidate, print: WordInfo.fingerprint(candidate)) { return true }
            return false
        }
        for candidate in words where candidate == word { return true }
        return false
    }

    /// True when token `i` exists and its lower-cased text (of any token kind) is one of `words`.
    func lowerIsAny(_ i: Int, _ words: [String]) -> Bool {
        guard i >= 0 && i < lowers.count else { return false }
        // A simple text equals only a candidate of its length.
        let count = bits[i] & WordBit.simpleLower != 0 ? lowers[i].utf8.count : -1
        for candidate in words where (count < 0 || candidate.utf8.count == count)
            && lowerEquals(i, candidate, print: WordInfo.fingerprint(candidate)) { return true }
        return false
    }

    /// ``lowerIsAny(_:_:)`` with the ``WordInfo/fingerprint(_:)`` of every word computed beforehand (`prints[k]` of `words[k]`).
    func lowerIsAny(_ i: Int, _ words: [String], prints: [UInt64?]) -> Bool {
        guard i >= 0 && i < lowers.count else { return false }
        for k in words.indices where lowerEquals(i, words[k], print: prints[k]) { return true }
        return false
    }

    /// `lower(i) == candidate` for a token `i` in range, where `print` is the candidate's ``WordInfo/fingerprint(_:)``;
    /// by fingerprint (and bytes) when both are ``Swift/String/isSimpleText``.
    @inline(__always)
    func lowerEquals(_ i: Int, _ candidate: String, print: UInt64?) -> Bool {
        guard let print, bits[i] & WordBit.simpleLower != 0 else { return candidate == lowers[i] }
        if prints[i] != print { return false }
        return print >> 56 <= 7 || candidate.utf8.elementsEqual(lowers[i].utf8)
    }

    /// The first word token in `from..<upper` whose lower-cased text is one of `words`, or nil.
    func firstWord(in words: some Collection<String>, from: Int, upper: Int) -> Int? {
        var best: Int? = nil
        let lengths = wordLengths
        for candidate in words {
            // No word token of the candidate's length: no match, and no fingerprint to compute.
            if lengths & Self.lengthBit(candidate.utf8.count) == 0 { continue }
            if let i = firstWord(candidate, print: WordInfo.fingerprint(candidate), from: from, limit: best ?? upper) { best = i }
        }
        return best
    }

    /// ``firstWord(in:from:upper:)`` over a ``WordList`` (its fingerprints computed once, not per call).
    func firstWord(in list: WordList, from: Int, upper: Int) -> Int? {
        guard from < upper else { return nil }
        let bloom = wordBloom
        // One test for the whole list: no bit shared with the sentence's filter, no word of the list in the sentence.
        if bloom.exhaustive, let listBloom = list.bloom, !bloom.intersects(listBloom) { return nil }
        var best: Int? = nil
        list.prints.withUnsafeBufferPointer { prints in
            for k in prints.indices {
                // A candidate the filter rules out is passed over without reading its word (as the scan would).
                if bloom.exhaustive, let print = prints[k], print != 0, !bloom.mayContain(print) { continue }
                if let i = firstWord(list.words[k], print: prints[k], from: from, limit: best ?? upper) { best = i }
            }
        }
        return best
    }

    /// The first word token in `from..<limit` whose lower-cased text is `candidate` (whose ``WordInfo/fingerprint(_:)``
    /// is `print`), or nil.
    @inline(__always)
    private func firstWord(_ candidate: String, print: UInt64?, from: Int, limit: Int) -> Int? {
        var i = from
        guard let print, print != 0 else {
            while i < limit {
                if flags[i] & TokenFlags.word != 0 && lowerEquals(i, candidate, print: print) { return i }
                i += 1
            }
            return nil
        }
        // No word token has this fingerprint, and every word token is a simple text: no match.
        if wordBloom.exhaustive && !wordBloom.mayContain(print) { return nil }
        // A token with this (non-zero) fingerprint is a simple text, compared by fingerprint and bytes; a token without
        // one (fingerprint 0) that is no simple text is compared as a string.
        let long = print >> 56 > 7
        return prints.withUnsafeBufferPointer { prints in
            flags.withUnsafeBufferPointer { flags in
                while i < limit {
                    let other = prints[i]
                    if other == print {
                        if flags[i] & TokenFlags.word != 0 && (!long || candidate.utf8.elementsEqual(lowers[i].utf8)) {
                            return i
                        }
                    } else if other == 0 && flags[i] & TokenFlags.word != 0 && bits[i] & WordBit.simpleLower == 0
                                && candidate == lowers[i] {
                        return i
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// True when token `i` is an opening quotation mark.
    func isOpenQuote(_ i: Int) -> Bool { isPunct(i, "„") || isPunct(i, "\"") || isPunct(i, "“") || isPunct(i, "«") || isPunct(i, "»") }

    /// True when token `i` is a closing quotation mark.
    func isCloseQuote(_ i: Int) -> Bool { isPunct(i, "“") || isPunct(i, "\"") || isPunct(i, "”") || isPunct(i, "»") || isPunct(i, "«") }

    /// True when token `i` is a hyphen or dash token.
    func isDash(_ i: Int) -> Bool { isPunct(i, "-") || isPunct(i, "–") || isPunct(i, "—") }

    /// The tokens `a..<b` joined as written (a space where the text has one).
    func join(_ a: Int, _ b: Int) -> String {
        let lower = max(0, a)
        let upper = min(b, tokens.count)
        guard lower < upper else { return "" }
        // One token without a space before it is its own text.
        if upper - lower == 1 && !(lower > a && tokens[lower].spaceBefore) { return tokens[lower].text }
        // The bytes counted first and copied once into a string of that size (appending piece by piece regrows it).
        var count = 0
        for i in lower..<upper {
            if i > a && tokens[i].spaceBefore { count += 1 }
            count += tokens[i].text.utf8.count
        }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var n = 0
            for i in lower..<upper {
                if i > a && tokens[i].spaceBefore {
                    buffer[n] = 0x20
                    n += 1
                }
                let utf8 = tokens[i].text.utf8
                let copied: Int? = utf8.withContiguousStorageIfAvailable { bytes in
                    for k in 0..<bytes.count { buffer[n + k] = bytes[k] }
                    return bytes.count
                }
                if let copied {
                    n += copied
                } else {
                    for byte in utf8 {
                        buffer[n] = byte
                        n += 1
                    }
                }
            }
            return n
        }
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

    /// ``matchCompact(_:_:maxTokens:)`` over the lexicon's `titles` (up to three tokens), skipped when the token's
    /// ``WordBit/titleStart`` bit says that no title starts with it.
    func matchTitle(_ i: Int, _ titles: Set<String>) -> Int? {
        guard has(i, WordBit.titleStart) else { return nil }
        return matchCompact(i, titles, maxTokens: 3)
    }

    /// The end of a multi-token abbreviation starting at `i` whose compact key is in `keys`, longest first.
    func matchCompact(_ i: Int, _ keys: Set<String>, maxTokens: Int) -> Int? {
        matchCompact(i, maxTokens: maxTokens) { keys.contains($0) }
    }

    /// ``matchCompact(_:_:maxTokens:)`` with the keys of a dictionary (no set of them is built per call).
    func matchCompact(_ i: Int, _ keys: [String: String], maxTokens: Int) -> Int? {
        matchCompact(i, maxTokens: maxTokens) { keys[$0] != nil }
    }

    /// ``matchCompact(_:_:maxTokens:)`` with the key test `isKey`.
    @inline(__always)
    private func matchCompact(_ i: Int, maxTokens: Int, isKey: (String) -> Bool) -> Int? {
        guard i < tokens.count, tokens[i].kind == .word || tokens[i].kind == .symbol else { return nil }
        var best: Int? = nil
        var key = ""
        var j = i
        while j < tokens.count && j < i + maxTokens * 2 + 1 {
            if j > i && tokens[j].kind == .word && tokens[j].spaceBefore {
                // The previous token ends with a period, or is a hyphen or a comma (`Co., Ltd.`; bytes tell for an ASCII token).
                let previous = tokens[j - 1]
                let joins = previous.isASCII ? previous.text.utf8.last == 0x2E || previous.isChar(0x2D) || previous.isChar(0x2C)
                    : previous.text.hasSuffix(".") || previous.text == "-"
                if !joins { break }
            }
            key += RecognitionLexicon.compactKey(tokens[j].text)
            // A period adds nothing to the key: the match ends at the word before it (the period is handled below).
            if !isPunct(j, "."), isKey(key) {
                var end = j + 1
                // A trailing period belongs to the abbreviation; the period that ends the sentence only to a one-letter one
                // or `Co` (`e. V.`, `Co.`; not `GmbH.`).
                if isPunct(end, ".") && tokens[end - 1].kind == .word
                    && (end + 1 < tokens.count || tokens[end - 1].text.utf8.count == 1 || tokens[end - 1].text == "Co") { end += 1 }
                best = end
            }
            j += 1
        }
        return best
    }
}

extension String {
    /// True when every scalar lies below U+0300 and there is no carriage return. In such a text every `Character` is
    /// one scalar and no two different scalars are canonically equivalent, so `Character` comparisons are byte
    /// comparisons (see ``hasSimpleSuffix(_:)``). Scalars from U+0300 on have UTF-8 lead bytes from 0xCC on.
    var isSimpleText: Bool {
        // Scanned in place (an iteration over the UTF-8 view costs several times more per byte).
        let scanned: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
            for k in 0..<bytes.count where bytes[k] >= 0xCC || bytes[k] == 0x0D { return false }
            return true
        }
        if let scanned { return scanned }
        return !utf8.contains { $0 >= 0xCC || $0 == 0x0D }
    }

    /// `hasSuffix(suffix)` compared on UTF-8 bytes: the same answer when both strings are ``isSimpleText``.
    func hasSimpleSuffix(_ suffix: String) -> Bool {
        hasBytes(suffix, endingAt: utf8.count)
    }

    /// True when the UTF-8 bytes of `part` lie in this string's bytes right before byte offset `end`.
    func hasBytes(_ part: String, endingAt end: Int) -> Bool {
        let n = part.utf8.count
        guard n <= end, end <= utf8.count else { return false }
        if n == 0 { return true }
        var a = self
        var b = part
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let offset = end - n
                var k = 0
                while k < n {
                    if x[offset + k] != y[k] { return false }
                    k += 1
                }
                return true
            }
        }
    }

    /// `hasSuffix(suffix + ending)` compared on UTF-8 bytes, without joining the strings: the same answer when all three
    /// are ``isSimpleText``.
    func hasSimpleSuffix(_ suffix: String, then ending: String) -> Bool {
        let end = utf8.count - ending.utf8.count
        return end >= 0 && hasBytes(ending, endingAt: utf8.count) && hasBytes(suffix, endingAt: end)
    }

    /// The number of `Character`s of an ``isSimpleText`` (its scalars, counted by their lead bytes).
    var simpleCount: Int { utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }

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
