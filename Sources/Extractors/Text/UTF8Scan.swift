import GraphCore

/// Byte-level helpers shared by the normaliser, tokeniser and sentence splitter.
enum UTF8Scan {
    /// Decodes the scalar starting at `index` (which must be a lead byte); returns the scalar and its byte length.
    @inline(__always)
    static func decode(_ bytes: [UInt8], _ index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let count = bytes.count
        var value: UInt32
        var length: Int
        if b0 & 0xE0 == 0xC0 { value = UInt32(b0 & 0x1F); length = 2 }
        else if b0 & 0xF0 == 0xE0 { value = UInt32(b0 & 0x0F); length = 3 }
        else if b0 & 0xF8 == 0xF0 { value = UInt32(b0 & 0x07); length = 4 }
        else { return (Unicode.Scalar(0xFFFD)!, 1) }
        guard index + length <= count else { return (Unicode.Scalar(0xFFFD)!, 1) }
        for k in 1..<length { value = (value << 6) | UInt32(bytes[index + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)!, length)
    }

    /// The byte length of the scalar whose lead byte is `b0`.
    @inline(__always)
    static func length(lead b0: UInt8) -> Int {
        if b0 < 0x80 { return 1 }
        if b0 & 0xE0 == 0xC0 { return 2 }
        if b0 & 0xF0 == 0xE0 { return 3 }
        if b0 & 0xF8 == 0xF0 { return 4 }
        return 1
    }

    /// True for ASCII letters.
    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// True for ASCII digits.
    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// True for space, tab and line feed (the only whitespace left after normalisation).
    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// True when the scalar can be part of a word: letters (any script) and combining marks.
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isASCIILetter(UInt8(s.value)) }
        // Latin-1 letters (`ä`, `ö`, `ü`, `ß`, `é` …): all of U+00C0…U+00FF except `×` and `÷` are alphabetic.
        if s.value >= 0xC0 && s.value <= 0xFF { return s.value != 0xD7 && s.value != 0xF7 }
        let p = s.properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// True when the scalar at `index` is a letter.
    @inline(__always)
    static func isLetter(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index < bytes.count else { return false }
        let b = bytes[index]
        if b < 0x80 { return isASCIILetter(b) }
        return isLetter(decode(bytes, index).scalar)
    }

    /// True when the scalar at `index` is a letter or digit.
    @inline(__always)
    static func isAlnum(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index < bytes.count else { return false }
        return isDigit(bytes[index]) || isLetter(bytes, at: index)
    }

    /// True when the scalar at `index` is an upper-case letter.
    static func isUpper(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index < bytes.count else { return false }
        let b = bytes[index]
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        return decode(bytes, index).scalar.properties.isUppercase
    }

    /// True when the scalar at `index` is a lower-case letter.
    static func isLower(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index < bytes.count else { return false }
        let b = bytes[index]
        if b < 0x80 { return b >= 0x61 && b <= 0x7A }
        return decode(bytes, index).scalar.properties.isLowercase
    }

    /// The start of the scalar that ends just before `index`.
    @inline(__always)
    static func previousStart(_ bytes: [UInt8], before index: Int) -> Int {
        var i = index - 1
        while i > 0 && bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// A string from a byte range.
    @inline(__always)
    static func string(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// A filter for membership of ASCII words in a fixed word list, by a hash of their UTF-8 bytes (optionally with
/// ASCII letters folded to lower case): `mayContain` is false only for words certainly not in the list, so a caller
/// still checks the real list when it is true. Much cheaper than hashing a `String` into a `Set`.
///
/// Only for ASCII words: `String` equality is canonical equivalence, so a non-ASCII word may equal a listed word
/// with other bytes. A listed word whose canonical equivalent is ASCII (through U+037E `;`, U+1FEF `` ` `` or
/// U+212A `K`, the only scalars that decompose to ASCII) is entered in that ASCII form as well.
struct WordFilter: Sendable {
    /// Open-addressing table of the words' hashes (0 marks an empty slot).
    private let table: [UInt64]
    /// `table.count - 1`.
    private let mask: Int
    /// True when ASCII capitals are folded before hashing.
    let folding: Bool

    /// A filter over `words`, hashed as written or with ASCII capitals folded.
    init(_ words: [String], folding: Bool) {
        var size = 16
        var forms = words
        for word in words where word.utf8.contains(where: { $0 >= 0x80 }) {
            var scalars = String.UnicodeScalarView()
            for scalar in word.unicodeScalars {
                switch scalar.value {
                case 0x037E: scalars.append(";")
                case 0x1FEF: scalars.append("`")
                case 0x212A: scalars.append("K")
                default: scalars.append(scalar)
                }
            }
            let ascii = String(scalars)
            if ascii.utf8.allSatisfy({ $0 < 0x80 }) { forms.append(ascii) }
        }
        while size < forms.count * 4 { size *= 2 }
        var table = [UInt64](repeating: 0, count: size)
        for word in forms {
            let h = WordFilter.hash(word, folding: folding)
            var slot = Int(truncatingIfNeeded: h) & (size - 1)
            while table[slot] != 0 && table[slot] != h { slot = (slot + 1) & (size - 1) }
            table[slot] = h
        }
        self.table = table
        self.mask = size - 1
        self.folding = folding
    }

    /// FNV-1a over the bytes (ASCII capitals folded when `folding`), never 0.
    @inline(__always)
    static func hash(_ text: String, folding: Bool) -> UInt64 {
        var h = FNV1a()
        for b in text.utf8 { h.combine(folding && b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        return h.value == 0 ? 1 : h.value
    }

    /// False when `text` is certainly not one of the words (compared as hashed: as written, or ASCII-folded).
    @inline(__always)
    func mayContain(_ text: String) -> Bool {
        let h = WordFilter.hash(text, folding: folding)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let v = table[slot]
            if v == h { return true }
            if v == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}

extension String {
    /// True when `other` occurs in the string, compared byte for byte, without copying either string's bytes
    /// (Foundation's `contains` searches with `range(of:)`, far slower on the short needles recognition and rules look
    /// for: `-`, `.`, ` `, `verein`).
    func contains(_ other: String) -> Bool {
        let n = other.utf8.count
        guard n > 0 else { return true }
        guard n <= utf8.count else { return false }
        var hayString = self
        var needleString = other
        return hayString.withUTF8 { hay in
            needleString.withUTF8 { needle in
                let first = needle[0]
                var i = 0
                let last = hay.count - n
                while i <= last {
                    if hay[i] == first {
                        var k = 1
                        while k < n && hay[i + k] == needle[k] { k += 1 }
                        if k == n { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
