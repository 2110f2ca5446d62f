/// A normalised text with the way back to the original: the result of ``TextNormalizer/normalize(_:knownWords:attested:)``.
public struct NormalizedText: Sendable {
    /// The normalised text.
    public let text: String
    /// `text.utf8` as an array.
    public let bytes: [UInt8]
    /// For every UTF-8 byte offset of `text` and one past the end: the Unicode-scalar offset in the original text.
    public let originalScalarOffsets: [Int32]
}

/// Normalises German text for segmentation: unifies quotes, dashes and spaces, drops invisible characters,
/// unifies line ends and rejoins words broken by a hyphen.
///
/// Character classes:
/// - `„ “ ” ‟ « » ″` become `"`; `‚ ‘ ’ ‛ ‹ › ′` become `'` (an apostrophe stays an apostrophe, as `'`).
/// - `‐ ‑ ‒ – — ― −` become `-`; the spaces around a spaced dash stay, so `a – b` becomes `a - b`.
/// - U+00A0, U+2000…U+200A, U+202F, U+205F, U+3000, U+1680 become a space; tabs stay.
/// - U+00AD (soft hyphen), U+200B…U+200D, U+2060 and U+FEFF are removed.
/// - CRLF and CR become LF; U+2028 becomes LF and U+2029 two LFs.
///
/// Hyphen rejoining (after the character pass): a hyphen directly after a letter and directly before a letter
/// (`Promo-tion`) or before a line break (`Zusammen-` LF `arbeit`) is a candidate. When the part after it starts
/// upper-case the hyphen stays (`ISA-Sekretariat`; across a line break the line break is dropped and the hyphen
/// kept). When it starts lower-case the hyphen and line break are removed if the joined form is attested (it
/// occurs as a word elsewhere in the text, is in `knownWords` or `attested` says so), or else if the part before
/// the hyphen is no known first part of a genuine compound: not a single letter, no acronym, no digits, not a
/// language/nationality adjective in `-isch` (`deutsch-chinesisch`), not a region or colour stem (`nordrhein-`,
/// `baden-`, `sino-`, `rot-`), not a short capitalised syllable of a given name on one line (`Min-jun`), the second
/// part no English particle (`Know-how`, `Start-up`) nor a conjunction
/// (`umwelt-` LF `und`), and the same hyphenated spelling does not occur twice in the text.
public enum TextNormalizer {
    /// Normalises `text`; `knownWords` (compared lower-cased) and `attested` can confirm joined forms.
    public static func normalize(
        _ text: String, knownWords: Set<String> = [], attested: ((String) -> Bool)? = nil
    ) -> NormalizedText {
        normalize(text, knownWords: knownWords, knownWordsAreLowercase: false, attested: attested)
    }

    /// Normalises `text`; with `knownWordsAreLowercase` the caller vouches that `knownWords` need no lower-casing.
    static func normalize(
        _ text: String, knownWords: Set<String>, knownWordsAreLowercase: Bool, attested: ((String) -> Bool)?
    ) -> NormalizedText {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var offsets: [Int32] = []
        offsets.reserveCapacity(text.utf8.count + 1)
        var index: Int32 = 0
        var lastWasCR = false

        @inline(__always) func emit(_ b: UInt8, _ at: Int32) {
            bytes.append(b)
            offsets.append(at)
        }

        for scalar in text.unicodeScalars {
            defer { index += 1 }
            let v = scalar.value
            if v == 0x0A && lastWasCR { lastWasCR = false; continue }
            lastWasCR = false
            if v < 0x80 {
                if v == 0x0D { emit(0x0A, index); lastWasCR = true; continue }
                emit(UInt8(v), index)
                continue
            }
            switch v {
            case 0x201E, 0x201C, 0x201D, 0x201F, 0xAB, 0xBB, 0x2033:
                emit(0x22, index)
            case 0x201A, 0x2018, 0x2019, 0x201B, 0x2039, 0x203A, 0x2032:
                emit(0x27, index)
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
                emit(0x2D, index)
            case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x1680:
                emit(0x20, index)
            case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                continue
            case 0x2028:
                emit(0x0A, index)
            case 0x2029:
                emit(0x0A, index); emit(0x0A, index)
            default:
                for b in String(scalar).utf8 { emit(b, index) }
            }
        }
        offsets.append(index)

        let joined = rejoinHyphens(bytes, offsets, knownWords: knownWords, knownWordsAreLowercase: knownWordsAreLowercase,
                                   attested: attested)
        return NormalizedText(
            text: String(decoding: joined.bytes, as: UTF8.self), bytes: joined.bytes,
            originalScalarOffsets: joined.offsets)
    }

    /// First parts (lower-cased) that start genuine lower-case hyphenated compounds.
    static let compoundPrefixes: Set<String> = [
        "nordrhein", "baden", "rheinland", "sachsen", "mecklenburg", "schleswig", "sino", "euro", "afro", "indo",
        "austro", "anglo", "franko", "germano", "latein", "ost", "west", "nord", "süd", "mittel",
        "rot", "grün", "schwarz", "gelb", "blau", "weiß", "orange", "lila", "braun", "grau",
        "know", "start", "check", "roll", "make", "log", "sign", "stand", "lock", "kick", "set", "come",
        "ex", "non", "all", "self", "high", "low",
    ]
    /// Second parts that make a hyphenated form genuine (English particles) or mark a truncated compound.
    static let blockingSecondParts: Set<String> = [
        "how", "up", "in", "out", "off", "down", "on", "over", "back", "ins", "ups", "outs",
        "und", "oder", "bzw", "sowie", "als", "wie", "noch", "beziehungsweise",
    ]

    /// A candidate hyphen with its two word parts.
    private struct Candidate {
        /// Byte offset of the hyphen.
        let hyphen: Int
        /// Start of the first part.
        let firstStart: Int
        /// Start and end of the second part.
        let secondStart: Int
        let secondEnd: Int
        /// True when a line break lies between the hyphen and the second part.
        let lineEnd: Bool
    }

    /// True when the candidate lies in an e-mail address, URL or host name (`pks-gmbh.net`, `isa-portal.de/de`).
    private static func insideAddress(_ bytes: [UInt8], _ c: Candidate) -> Bool {
        var s = c.firstStart
        while s > 0 && !UTF8Scan.isSpace(bytes[s - 1]) { s -= 1 }
        var e = c.secondEnd
        while e < bytes.count && !UTF8Scan.isSpace(bytes[e]) { e += 1 }
        let chunk = bytes[s..<e]
        if chunk.contains(0x40) || chunk.contains(0x2F) { return true }
        if let dot = chunk[c.secondEnd...].firstIndex(of: 0x2E), dot + 1 < e, UTF8Scan.isASCIILetter(bytes[dot + 1]),
            !chunk[c.secondEnd..<dot].contains(where: { UTF8Scan.isSpace($0) })
        {
            return true
        }
        if c.firstStart >= s + 4, bytes[s..<(s + 4)].elementsEqual("www.".utf8) { return true }
        return false
    }

    private static func rejoinHyphens(
        _ bytes: [UInt8], _ offsets: [Int32], knownWords: Set<String>, knownWordsAreLowercase: Bool, attested: ((String) -> Bool)?
    ) -> (bytes: [UInt8], offsets: [Int32]) {
        let n = bytes.count
        var candidates: [Candidate] = []
        var i = 0
        while i < n {
            if bytes[i] == 0x2D, i > 0, UTF8Scan.isLetter(bytes, at: UTF8Scan.previousStart(bytes, before: i)) {
                var j = i + 1
                var lineEnd = false
                if j < n && !UTF8Scan.isLetter(bytes, at: j) {
                    while j < n && (bytes[j] == 0x20 || bytes[j] == 0x09) { j += 1 }
                    if j < n && bytes[j] == 0x0A {
                        lineEnd = true
                        j += 1
                        while j < n && (bytes[j] == 0x20 || bytes[j] == 0x09) { j += 1 }
                    } else {
                        j = n
                    }
                }
                if j < n && UTF8Scan.isLetter(bytes, at: j) {
                    var s = i
                    while s > 0 {
                        let p = UTF8Scan.previousStart(bytes, before: s)
                        if UTF8Scan.isAlnum(bytes, at: p) { s = p } else { break }
                    }
                    var e = j
                    while e < n && UTF8Scan.isLetter(bytes, at: e) { e += UTF8Scan.length(lead: bytes[e]) }
                    candidates.append(Candidate(hyphen: i, firstStart: s, secondStart: j, secondEnd: e, lineEnd: lineEnd))
                    i = j
                    continue
                }
            }
            i += 1
        }
        guard !candidates.isEmpty else { return (bytes, offsets) }

        // Words of the text (letters only, lower-cased) and counts of the inline hyphenated spellings.
        var words = Set<String>()
        var w = 0
        while w < n {
            if UTF8Scan.isLetter(bytes, at: w) {
                let start = w
                while w < n && UTF8Scan.isLetter(bytes, at: w) { w += UTF8Scan.length(lead: bytes[w]) }
                words.insert(UTF8Scan.string(bytes, start, w).lowercased())
            } else {
                w += 1
            }
        }
        var hyphenatedCounts: [String: Int] = [:]
        for c in candidates where !c.lineEnd {
            hyphenatedCounts[UTF8Scan.string(bytes, c.firstStart, c.secondEnd).lowercased(), default: 0] += 1
        }
        let known = knownWordsAreLowercase ? knownWords : Set(knownWords.map { $0.lowercased() })

        // Decide: remove [hyphen, secondStart) (join) or only the line break (keep hyphen) or nothing.
        var removals: [(Int, Int)] = []
        for c in candidates {
            if !c.lineEnd && insideAddress(bytes, c) { continue }
            let secondLower = UTF8Scan.isLower(bytes, at: c.secondStart)
            if !secondLower {
                if c.lineEnd { removals.append((c.hyphen + 1, c.secondStart)) }
                continue
            }
            let first = UTF8Scan.string(bytes, c.firstStart, c.hyphen)
            let second = UTF8Scan.string(bytes, c.secondStart, c.secondEnd)
            let secondLowered = second.lowercased()
            if blockingSecondParts.contains(secondLowered) {
                continue
            }
            let joined = first + second
            let joinedLower = joined.lowercased()
            let isAttested = words.contains(joinedLower) || known.contains(joinedLower) || (attested?(joined) ?? false)
            var blocked = false
            let firstLower = first.lowercased()
            var letters = 0
            var upper = 0
            for s in first.unicodeScalars {
                if s.properties.numericType != nil { blocked = true }
                if s.properties.isAlphabetic { letters += 1 }
                if s.properties.isUppercase { upper += 1 }
            }
            if letters <= 1 || (letters >= 2 && upper == letters) { blocked = true }
            // Syllables of a hyphenated given name (`Min-jun`, `Ji-hoon`, `Seo-yeon`): a short capitalised first part
            // and a short second part on one line.
            if !c.lineEnd, upper == 1, UTF8Scan.isUpper(bytes, at: c.firstStart), letters <= 3,
               second.unicodeScalars.count <= 4 {
                blocked = true
            }
            if firstLower.hasSuffix("sch") || compoundPrefixes.contains(firstLower) { blocked = true }
            if !c.lineEnd && (hyphenatedCounts[UTF8Scan.string(bytes, c.firstStart, c.secondEnd).lowercased()] ?? 0) >= 2 {
                blocked = true
            }
            if isAttested || !blocked {
                removals.append((c.hyphen, c.secondStart))
            } else if c.lineEnd {
                removals.append((c.hyphen + 1, c.secondStart))
            }
        }
        guard !removals.isEmpty else { return (bytes, offsets) }
        var outBytes: [UInt8] = []
        outBytes.reserveCapacity(n)
        var outOffsets: [Int32] = []
        outOffsets.reserveCapacity(n + 1)
        var pos = 0
        for (from, to) in removals {
            outBytes.append(contentsOf: bytes[pos..<from])
            outOffsets.append(contentsOf: offsets[pos..<from])
            pos = to
        }
        outBytes.append(contentsOf: bytes[pos..<n])
        outOffsets.append(contentsOf: offsets[pos...n])
        return (outBytes, outOffsets)
    }
}
