/// A normalised text with the way back to the original: the result of ``TextNormalizer/normalize(_:knownWords:attested:)``.
public struct NormalizedText: Sendable {
    /// The normalised text (made from ``bytes`` when asked for: the pipeline reads the bytes only).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
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
        let (bytes, offsets) = characterPass(text)
        let joined = rejoinHyphens(bytes, offsets, knownWords: knownWords, knownWordsAreLowercase: knownWordsAreLowercase,
                                   attested: attested)
        return NormalizedText(bytes: joined.bytes, originalScalarOffsets: joined.offsets)
    }

    /// The character pass over the UTF-8 bytes of `text`: the normalised bytes and, for each of them and one past
    /// the end, the scalar offset in `text`.
    private static func characterPass(_ text: String) -> (bytes: [UInt8], offsets: [Int32]) {
        var text = text
        return text.withUTF8 { src -> ([UInt8], [Int32]) in
            let n = src.count
            // No scalar grows: every output byte comes from at least one input byte.
            var bytes = [UInt8](repeating: 0, count: n)
            var offsets = [Int32](repeating: 0, count: n + 1)
            var count = 0
            var index: Int32 = 0
            bytes.withUnsafeMutableBufferPointer { out in
                offsets.withUnsafeMutableBufferPointer { off in
                    var i = 0
                    var lastWasCR = false
                    while i < n {
                        let b = src[i]
                        if b < 0x80 {
                            if b == 0x0A && lastWasCR {
                                lastWasCR = false
                            } else if b == 0x0D {
                                out[count] = 0x0A; off[count] = index; count += 1
                                lastWasCR = true
                            } else {
                                // A run of ASCII bytes other than CR is copied as it is; each byte is one scalar, so
                                // the scalar offset advances with the byte offset.
                                var j = i
                                var o = count
                                let first = index
                                while j < n {
                                    let c = src[j]
                                    if c >= 0x80 || c == 0x0D { break }
                                    out[o] = c
                                    off[o] = first &+ Int32(truncatingIfNeeded: j &- i)
                                    o &+= 1
                                    j &+= 1
                                }
                                count = o
                                index += Int32(j - i)
                                i = j
                                lastWasCR = false
                                continue
                            }
                            i += 1
                            index += 1
                            continue
                        }
                        lastWasCR = false
                        let length = UTF8Scan.length(lead: b)
                        var v = UInt32(b) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
                        for k in 1..<length { v = (v << 6) | UInt32(src[i + k] & 0x3F) }
                        var mapped: UInt8 = 0
                        switch v {
                        case 0x201E, 0x201C, 0x201D, 0x201F, 0xAB, 0xBB, 0x2033:
                            mapped = 0x22
                        case 0x201A, 0x2018, 0x2019, 0x201B, 0x2039, 0x203A, 0x2032:
                            mapped = 0x27
                        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
                            mapped = 0x2D
                        case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x1680:
                            mapped = 0x20
                        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                            mapped = 0xFF  // removed
                        case 0x2028:
                            mapped = 0x0A
                        case 0x2029:
                            out[count] = 0x0A; off[count] = index; count += 1
                            mapped = 0x0A
                        default:
                            for k in 0..<length {
                                out[count] = src[i + k]; off[count] = index; count += 1
                            }
                        }
                        if mapped != 0 && mapped != 0xFF {
                            out[count] = mapped; off[count] = index; count += 1
                        }
                        i += length
                        index += 1
                    }
                    off[count] = index
                }
            }
            bytes.removeLast(n - count)
            offsets.removeLast(n - count)
            return (bytes, offsets)
        }
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

    /// `bytes[start..<end]` as a lower-cased string; ASCII is lower-cased byte by byte.
    static func lowercasedString(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        var ascii = true
        var upper = false
        for k in start..<end {
            let b = bytes[k]
            if b >= 0x80 { ascii = false; break }
            if b >= 0x41 && b <= 0x5A { upper = true }
        }
        if !ascii { return UTF8Scan.string(bytes, start, end).lowercased() }
        if !upper { return UTF8Scan.string(bytes, start, end) }
        return String(unsafeUninitializedCapacity: end - start) { out in
            for k in start..<end {
                let b = bytes[k]
                out[k - start] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            }
            return end - start
        }
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

        // Words of the text (letters only, lower-cased) and counts of the inline hyphenated spellings, built when a
        // candidate first needs them (most hyphens are followed by a capital: `ISA-Sekretariat`).
        var wordsStorage: Set<String>? = nil
        func words() -> Set<String> {
            if let wordsStorage { return wordsStorage }
            var words = Set<String>()
            var w = 0
            while w < n {
                if UTF8Scan.isLetter(bytes, at: w) {
                    let start = w
                    while w < n && UTF8Scan.isLetter(bytes, at: w) { w += UTF8Scan.length(lead: bytes[w]) }
                    words.insert(lowercasedString(bytes, start, w))
                } else {
                    w += 1
                }
            }
            wordsStorage = words
            return words
        }
        var countsStorage: [String: Int]? = nil
        func hyphenatedCounts() -> [String: Int] {
            if let countsStorage { return countsStorage }
            var counts: [String: Int] = [:]
            for c in candidates where !c.lineEnd {
                counts[lowercasedString(bytes, c.firstStart, c.secondEnd), default: 0] += 1
            }
            countsStorage = counts
            return counts
        }
        let known = knownWordsAreLowercase ? knownWords : Set(knownWords.map { $0.lowercased() })
        func isAttested(_ joined: String) -> Bool {
            let joinedLower = joined.lowercased()
            return words().contains(joinedLower) || known.contains(joinedLower) || (attested?(joined) ?? false)
        }

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
            if !c.lineEnd && (hyphenatedCounts()[lowercasedString(bytes, c.firstStart, c.secondEnd)] ?? 0) >= 2 {
                blocked = true
            }
            // Attestation only matters for a blocked join (the text's word set is built on first use).
            if !blocked || isAttested(joined) {
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
