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

    private static func isSeparator(_ v: UInt32) -> Bool {
        v == 0xA0 || (0x2000...0x206F).contains(v) || v == 0x3000 || v == 0x00B7 || v == 0x00AB || v == 0x00BB
    }

    /// Latin letters outside ASCII and what they become.
    private static let transliteration: [UInt32: String] = {
        var table: [UInt32: String] = [
            0xC4: "ae", 0xE4: "ae", 0xD6: "oe", 0xF6: "oe", 0xDC: "ue", 0xFC: "ue", 0xDF: "ss", 0x1E9E: "ss",
            0xC6: "ae", 0xE6: "ae", 0x152: "oe", 0x153: "oe", 0xD8: "o", 0xF8: "o", 0xC5: "a", 0xE5: "a",
            0xD0: "d", 0xF0: "d", 0xDE: "th", 0xFE: "th", 0x141: "l", 0x142: "l", 0x110: "d", 0x111: "d",
            0x131: "i", 0x26: "-",
        ]
        let groups: [(String, [UInt32])] = [
            ("a", [0xC0, 0xC1, 0xC2, 0xC3, 0xE0, 0xE1, 0xE2, 0xE3, 0x100, 0x101, 0x102, 0x103, 0x104, 0x105, 0x1CD, 0x1CE]),
            ("c", [0xC7, 0xE7, 0x106, 0x107, 0x108, 0x109, 0x10C, 0x10D]),
            ("e", [0xC8, 0xC9, 0xCA, 0xCB, 0xE8, 0xE9, 0xEA, 0xEB, 0x112, 0x113, 0x116, 0x117, 0x118, 0x119, 0x11A, 0x11B]),
            ("g", [0x11E, 0x11F, 0x122, 0x123]),
            ("i", [0xCC, 0xCD, 0xCE, 0xCF, 0xEC, 0xED, 0xEE, 0xEF, 0x12A, 0x12B, 0x12E, 0x12F, 0x130, 0x1CF, 0x1D0]),
            ("n", [0xD1, 0xF1, 0x143, 0x144, 0x147, 0x148]),
            ("o", [0xD2, 0xD3, 0xD4, 0xD5, 0xF2, 0xF3, 0xF4, 0xF5, 0x14C, 0x14D, 0x150, 0x151, 0x1D1, 0x1D2]),
            ("r", [0x158, 0x159]),
            ("s", [0x15A, 0x15B, 0x15E, 0x15F, 0x160, 0x161, 0x218, 0x219]),
            ("t", [0x162, 0x163, 0x164, 0x165, 0x21A, 0x21B]),
            ("u", [0xD9, 0xDA, 0xDB, 0xF9, 0xFA, 0xFB, 0x16A, 0x16B, 0x16E, 0x16F, 0x170, 0x171, 0x172, 0x173, 0x1D3, 0x1D4, 0x1D6, 0x1D8, 0x1DA, 0x1DC]),
            ("y", [0xDD, 0xFD, 0xFF, 0x178]),
            ("z", [0x179, 0x17A, 0x17B, 0x17C, 0x17D, 0x17E]),
        ]
        for (ascii, scalars) in groups {
            for s in scalars { table[s] = ascii }
        }
        table[0x26] = nil  // '&' is a separator like any ASCII punctuation
        return table
    }()
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
