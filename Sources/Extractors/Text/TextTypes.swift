import GraphCore

/// The kind of a token, decided by its bytes alone.
public enum TokenKind: UInt8, Hashable, Sendable {
    /// Letters, possibly with inner hyphens, apostrophes or digits: `Industriestädteallianz`, `ISA-Sekretariat`, `CO2`.
    case word
    /// Digits, possibly with inner `.`/`,` (`1,4`, `29.09.2021` is split by the tokenizer into parts it understands).
    case number
    /// `. , ; : ! ? ( ) [ ] " „ “ – - / …` and similar, one character per token.
    case punctuation
    /// Other symbols: `&`, `+`, `%`, `€`, `©`, `@` on its own.
    case symbol
    /// An e-mail address kept whole: `isa@pks-gmbh.net`.
    case email
    /// A web address kept whole: `https://isa-portal.de/de`, `www.isa-portal.de`.
    case url
}

/// One token of a sentence: its text, kind and position in the normalised text.
public struct Token: Hashable, Sendable {
    /// The token's text (short German words stay inline in `String`'s small-string storage).
    public let text: String
    /// The token's kind.
    public let kind: TokenKind
    /// Offset of the first UTF-8 byte in ``AnalyzedText/text``.
    public let start: Int
    /// Offset just past the last UTF-8 byte.
    public let end: Int
    /// True when whitespace (or the start of the text) comes right before the token.
    public let spaceBefore: Bool
    /// ``Shape`` bits of `text`, computed once from its bytes.
    let shape: UInt8
    /// The byte when `text` is a single ASCII character (`.`, `,`, `-`, `(`), else 0.
    let ascii: UInt8

    /// Bits of ``shape``.
    enum Shape {
        /// The first scalar is upper case.
        static let capitalized: UInt8 = 1
        /// At least two letters, none of them lower case.
        static let allUpper: UInt8 = 2
        /// The first scalar is lower case.
        static let lowerInitial: UInt8 = 4
        /// Every byte is ASCII.
        static let asciiOnly: UInt8 = 8
    }

    /// A token.
    public init(text: String, kind: TokenKind, start: Int, end: Int, spaceBefore: Bool) {
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
        self.spaceBefore = spaceBefore
        let (shape, ascii) = Token.shape(of: text)
        self.shape = shape
        self.ascii = ascii
    }

    /// A token whose text is `bytes[start..<end]` (the tokeniser's case: the shape is read from the bytes).
    init(bytes: [UInt8], kind: TokenKind, start: Int, end: Int, spaceBefore: Bool) {
        let text = UTF8Scan.string(bytes, start, end)
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
        self.spaceBefore = spaceBefore
        var shape = Shape.asciiOnly
        var letters = 0
        var lower = false
        var k = start
        while k < end {
            let b = bytes[k]
            if b >= 0x80 { break }
            if b >= 0x41 && b <= 0x5A { letters += 1 } else if b >= 0x61 && b <= 0x7A { lower = true; k += 1; break }
            k += 1
        }
        // After a lower-case letter the capitals no longer matter (no ``Shape/allUpper``): only a non-ASCII byte does.
        if lower { while k < end && bytes[k] < 0x80 { k += 1 } }
        if k < end {
            (self.shape, self.ascii) = Token.shape(of: text)
            return
        }
        if end > start {
            let first = bytes[start]
            if first >= 0x41 && first <= 0x5A { shape |= Shape.capitalized }
            else if first >= 0x61 && first <= 0x7A { shape |= Shape.lowerInitial }
        }
        if !lower && letters >= 2 { shape |= Shape.allUpper }
        self.shape = shape
        self.ascii = end - start == 1 ? bytes[start] : 0
    }

    /// The ``Shape`` bits and single ASCII byte of `text`: a byte scan, with Unicode properties only for
    /// non-ASCII scalars.
    static func shape(of text: String) -> (UInt8, UInt8) {
        var shape: UInt8 = 0
        var letters = 0
        var lower = false
        var count = 0
        var single: UInt8 = 0
        var nonASCII = false
        for b in text.utf8 {
            count += 1
            if b >= 0x80 { nonASCII = true; break }
            if count == 1 {
                single = b
                if b >= 0x41 && b <= 0x5A { shape |= Shape.capitalized }
                else if b >= 0x61 && b <= 0x7A { shape |= Shape.lowerInitial }
            }
            if b >= 0x41 && b <= 0x5A { letters += 1 }
            else if b >= 0x61 && b <= 0x7A { lower = true }
        }
        if nonASCII {
            // The general path: the first scalar's case, then every alphabetic scalar.
            shape = 0
            letters = 0
            lower = false
            var first = true
            for scalar in text.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    let b = UInt8(value)
                    if first {
                        if b >= 0x41 && b <= 0x5A { shape |= Shape.capitalized }
                        else if b >= 0x61 && b <= 0x7A { shape |= Shape.lowerInitial }
                        first = false
                    }
                    if b >= 0x41 && b <= 0x5A { letters += 1 }
                    else if b >= 0x61 && b <= 0x7A { lower = true }
                    continue
                }
                if value >= 0xC0 && value <= 0xFF && value != 0xD7 && value != 0xF7 {
                    // Latin-1 letters: `À`…`Þ` upper case, `ß`…`ÿ` lower case.
                    let upper = value <= 0xDE
                    if first {
                        shape |= upper ? Shape.capitalized : Shape.lowerInitial
                        first = false
                    }
                    if upper { letters += 1 } else { lower = true }
                    continue
                }
                let properties = scalar.properties
                if first {
                    if properties.isUppercase { shape |= Shape.capitalized }
                    if properties.isLowercase { shape |= Shape.lowerInitial }
                    first = false
                }
                if !lower && properties.isAlphabetic {
                    if properties.isLowercase { lower = true } else { letters += 1 }
                }
            }
            if !lower && letters >= 2 { shape |= Shape.allUpper }
            return (shape, 0)
        }
        shape |= Shape.asciiOnly
        if !lower && letters >= 2 { shape |= Shape.allUpper }
        return (shape, count == 1 ? single : 0)
    }

    /// True when the first character is an upper-case letter.
    public var isCapitalized: Bool { shape & Shape.capitalized != 0 }

    /// True when the token has at least two letters and none of them is lower-case (`ISA`, `ZHU`, `NRW`).
    public var isAllUpper: Bool { shape & Shape.allUpper != 0 }

    /// True when the first scalar is a lower-case letter.
    var hasLowerInitial: Bool { shape & Shape.lowerInitial != 0 }

    /// True when every byte of the text is ASCII.
    var isASCII: Bool { shape & Shape.asciiOnly != 0 }

    /// True when the text is exactly the ASCII character `byte`.
    @inline(__always)
    func isChar(_ byte: UInt8) -> Bool { ascii == byte }
}

/// One sentence (or one line of a list, heading or contact block) with its tokens.
public struct Sentence: Sendable {
    /// Offset of the first UTF-8 byte in ``AnalyzedText/text``.
    public let start: Int
    /// Offset just past the last UTF-8 byte.
    public let end: Int
    /// The tokens, in order.
    public let tokens: [Token]
    /// True when the sentence stands on a line of its own without final punctuation (a heading, a list line, a contact line).
    public let isLine: Bool
    /// 0 for a whole sentence; 1, 2, … for the pieces of a sentence longer than ``SentenceSplitter/maxSentenceBytes``.
    public let piece: Int

    /// A sentence.
    public init(start: Int, end: Int, tokens: [Token], isLine: Bool, piece: Int = 0) {
        self.start = start
        self.end = end
        self.tokens = tokens
        self.isLine = isLine
        self.piece = piece
    }
}

/// A document's text after normalisation and segmentation, with the way back to the original offsets.
public struct AnalyzedText: Sendable {
    /// The normalised text: typographic quotes and dashes unified, soft hyphens and zero-width characters removed,
    /// words broken by a hyphen at a line end or a stray hyphen rejoined where attested. Made from ``bytes`` when
    /// asked for (extraction scans the bytes only).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    /// `text.utf8` as an array, for byte scanning.
    public let bytes: [UInt8]
    /// The sentences, in order.
    public let sentences: [Sentence]
    /// For every UTF-8 byte offset of `text` (and one past the end), the Unicode-scalar offset in the original text.
    public let originalScalarOffsets: [Int32]
    /// The original text as the reader produced it.
    public let original: String

    /// An analysed text.
    public init(text: String, sentences: [Sentence], originalScalarOffsets: [Int32], original: String) {
        self.bytes = Array(text.utf8)
        self.sentences = sentences
        self.originalScalarOffsets = originalScalarOffsets
        self.original = original
    }

    /// An analysed text whose normalised text is at hand as its UTF-8 `bytes`.
    init(bytes: [UInt8], sentences: [Sentence], originalScalarOffsets: [Int32], original: String) {
        self.bytes = bytes
        self.sentences = sentences
        self.originalScalarOffsets = originalScalarOffsets
        self.original = original
    }

    /// The normalised text between two byte offsets.
    public func slice(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The text of a sentence.
    public func text(of sentence: Sentence) -> String { slice(sentence.start, sentence.end) }

    /// The original text's scalar offsets for a byte range of the normalised text.
    public func originalRange(_ start: Int, _ end: Int) -> (begin: Int, end: Int) {
        (Int(originalScalarOffsets[start]), Int(originalScalarOffsets[end]))
    }
}
