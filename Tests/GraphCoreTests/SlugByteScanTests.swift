import Testing
@testable import GraphCore

/// The character-by-character `Slug` implementation the byte scan replaced, kept as the reference it must match.
private enum LegacySlug {
    static let maxLength = 80

    /// The slug of `name`: lower-case ASCII letters, digits and single hyphens, never empty.
    static func make(_ name: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var lossy = false
        var pendingHyphen = false
        func emit(_ ascii: String) {
            for byte in ascii.utf8 {
                if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(byte)
            }
        }
        for scalar in name.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x30...0x39, 0x61...0x7A:
                emit(String(scalar))
            case 0x41...0x5A:
                emit(String(Unicode.Scalar(v + 0x20)!))
            default:
                if let mapped = transliteration[v] {
                    emit(mapped)
                } else if v < 0x80 || isSeparator(v) {
                    pendingHyphen = true
                } else if (0x300...0x36F).contains(v) || v == 0xAD || (0x200B...0x200F).contains(v) || v == 0xFEFF {
                    continue  // combining marks, soft hyphen, zero-width characters: nothing to write
                } else {
                    lossy = true
                    pendingHyphen = true
                }
            }
        }
        if out.count > maxLength {
            out.removeSubrange(maxLength...)
            while out.last == UInt8(ascii: "-") { out.removeLast() }
            lossy = true
        }
        if out.isEmpty { lossy = true }
        var slug = String(decoding: out, as: UTF8.self)
        if lossy {
            slug += (slug.isEmpty ? "" : "-") + shortHash(name)
        }
        return slug
    }

    /// Eight hex digits of the 64-bit FNV-1a hash of the name's UTF-8 bytes: stable on every machine.
    static func shortHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let hex = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The separators and the transliteration table are data the two implementations share; only the algorithm is the reference.
    static func isSeparator(_ v: UInt32) -> Bool { Slug.isSeparator(v) }

    /// Latin letters outside ASCII and what they become (the library's own table).
    static var transliteration: [UInt32: String] { Slug.transliteration }
}

@Suite("Slug byte scan")
struct SlugByteScanTests {
    static let names: [String] = [
        "", " ", "-", "---", "!!!", "&", "& &", "...?!", "\t\n", "Köln", "KÖLN", "Straße", "STRASSE", "\u{1E9E}", "Groß & Klein",
        "Ko\u{308}ln", "Mu\u{308}nchen GmbH", "e\u{301}te\u{301}", "\u{301}", "Café", "Ærø", "Łódź", "Đorđe", "ıstanbul",
        "İzmir", "Ñandú", "Þór", "Œuvre", "Šťastný Žlutý", "Ștefan Țepeș", "ǅ", "佛山", "佛山 Holding AG", "Foshan 佛山",
        "😀", "Team 😀 Nord", "👩‍👩‍👧", "🇩🇪 Deutschland", "soft\u{AD}hyphen", "zero\u{200B}width", "\u{FEFF}bom",
        "non\u{A0}breaking", "thin\u{2009}space", "a\u{3000}b", "a·b", "«Zitat»", "„Zitat“", "en–dash—em", "x\u{2060}y",
        "PKS Kommunikations- und Strategieberatung GmbH", "ABC123def", "0815", "Über-Ärger", "ÄÖÜäöüß",
        String(repeating: "Langer Name ", count: 10), String(repeating: "ä", count: 50), String(repeating: "a-", count: 60),
        String(repeating: "x", count: 80) + "-y", String(repeating: "x", count: 79) + "-y", "\u{10FFFF}", "\u{7F}\u{80}\u{9F}",
        "ǿ", "ȚȘ", "\u{220}", "\u{21B}\u{21C}", "Ω", "ﬁ", "Ａｂｃ", "a\u{0}b",
    ]

    @Test func makeMatchesLegacy() {
        for name in Self.names {
            #expect(Slug.make(name) == LegacySlug.make(name), "\(Array(name.unicodeScalars))")
        }
        // Every scalar of the Latin blocks on its own and between words.
        for v in UInt32(0)..<0x600 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            for name in [String(scalar), "A" + String(scalar) + "b", String(scalar) + "9 x"] {
                #expect(Slug.make(name) == LegacySlug.make(name), "U+\(String(v, radix: 16))")
            }
        }
        for v: UInt32 in [0x1E9E, 0x2000, 0x200B, 0x200F, 0x2010, 0x206F, 0x2070, 0x3000, 0xFEFF, 0xFFFD, 0x1F600] {
            let name = "x" + String(Unicode.Scalar(v)!) + "y"
            #expect(Slug.make(name) == LegacySlug.make(name), "U+\(String(v, radix: 16))")
        }
    }

    @Test func shortHashesMatchLegacy() {
        for name in Self.names {
            #expect(Slug.shortHash(name) == LegacySlug.shortHash(name))
            #expect(Slug.shortHash(name).utf8.count == 8)
            #expect(Slug.shortHashOfReversed(name) == LegacySlug.shortHash(String(name.reversed())))
        }
    }
}
