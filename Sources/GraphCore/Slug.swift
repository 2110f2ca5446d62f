/// Turns names into the readable, IRI-safe ASCII slugs that entity IRIs end in.
///
/// This is the one place where a German (or any) name becomes part of an IRI.
/// `Slug.make("Köln") == "koeln"`, `Slug.make("PKS Kommunikations- und Strategieberatung GmbH")
/// == "pks-kommunikations-und-strategieberatung-gmbh"`. German umlauts and ß are transliterated
/// (ä → ae, ß → ss), other Latin letters lose their accents; where that loses information
/// (a letter with no Latin transliteration, such as 佛山) or the slug would be empty or
/// longer than ``maxLength``, a short stable hash of the whole name is appended.
public enum Slug {
    /// Longest slug body before it is cut and a hash appended.
    public static let maxLength = 80

    /// The slug of `name`: lower-case ASCII letters, digits and single hyphens, never empty.
    public static func make(_ name: String) -> String {
        var contiguous = name
        return contiguous.withUTF8 { make(utf8: $0) }
    }

    /// `make` over the UTF-8 bytes of `name` (valid UTF-8, since they come from a `String`).
    private static func make(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 9)
        append(slugOf: bytes, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the bytes of `make(name)` to `out`, where `bytes` are the UTF-8 bytes of `name` (valid UTF-8, e.g. the
    /// bytes of one or more `String`s one after the other): the same slug without building the name or slug strings.
    static func append(slugOf bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let base = out.count
        var lossy = false
        var pendingHyphen = false
        let count = bytes.count
        var i = 0
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                var byte = lead
                if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) {
                    if pendingHyphen && out.count > base { out.append(UInt8(ascii: "-")) }
                    pendingHyphen = false
                    out.append(byte)
                } else {
                    pendingHyphen = true  // ASCII punctuation, space and controls (also '&') separate words
                }
                continue
            }
            // Decode one multi-byte scalar.
            var v: UInt32
            if lead < 0xE0 {
                v = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if lead < 0xF0 {
                v = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else {
                v = UInt32(lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                v |= UInt32(bytes[i + 3] & 0x3F)
                i += 4
            }
            let mapped = transliterated(v)
            if mapped != 0 {
                if pendingHyphen && out.count > base { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(UInt8(truncatingIfNeeded: mapped))
                if mapped > 0xFF { out.append(UInt8(truncatingIfNeeded: mapped >> 8)) }
            } else if isSeparator(v) {
                pendingHyphen = true
            } else if (0x300...0x36F).contains(v) || v == 0xAD || (0x200B...0x200F).contains(v) || v == 0xFEFF {
                continue  // combining marks, soft hyphen, zero-width characters: nothing to write
            } else {
                lossy = true
                pendingHyphen = true
            }
        }
        if out.count - base > maxLength {
            out.removeSubrange((base + maxLength)...)
            while out.count > base && out.last == UInt8(ascii: "-") { out.removeLast() }
            lossy = true
        }
        if out.count == base { lossy = true }
        if lossy {
            if out.count > base { out.append(UInt8(ascii: "-")) }
            var hash = FNV1a()
            for byte in bytes { hash.combine(byte) }
            appendEightHexDigits(hash.folded, to: &out)
        }
    }

    /// Appends `value` as eight lower-case hex digits to `out`.
    static func appendEightHexDigits(_ value: UInt32, to out: inout [UInt8]) {
        for index in 0..<8 {
            let nibble = UInt8(truncatingIfNeeded: value >> UInt32(28 - 4 * index)) & 0xF
            out.append(nibble < 10 ? nibble &+ 0x30 : nibble &+ 0x57)
        }
    }

    /// Eight hex digits of the 64-bit FNV-1a hash of the name's UTF-8 bytes: stable on every machine.
    public static func shortHash(_ text: String) -> String {
        var hash = FNV1a()
        for byte in text.utf8 { hash.combine(byte) }
        return eightHexDigits(hash.folded)
    }

    /// `shortHash(String(text.reversed()))`: for printable ASCII (each byte its own character) the bytes are hashed
    /// backwards without building the reversed string.
    static func shortHashOfReversed(_ text: String) -> String {
        var hash = FNV1a()
        var printableASCII = true
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var i = bytes.count - 1
            while i >= 0 {
                let byte = bytes[i]
                guard byte >= 0x20 && byte < 0x7F else { printableASCII = false; return }
                hash.combine(byte)
                i -= 1
            }
        } ?? { printableASCII = false }()
        guard printableASCII else { return shortHash(String(text.reversed())) }
        return eightHexDigits(hash.folded)
    }

    /// The folded FNV-1a hashes whose hex digits ``shortHash(_:)`` and ``shortHashOfReversed(_:)`` give for the text
    /// of `bytes`, in one pass: the two independent multiply chains run side by side, one from the front, one from
    /// the back. The backward one is nil when some byte is not printable ASCII (then the text must be reversed by
    /// characters, not bytes).
    @inline(__always)
    static func foldedHashes(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (forward: UInt32, backward: UInt32?) {
        var forward = FNV1a()
        var backward = FNV1a()
        var outside: UInt8 = 0  // non-zero once a byte is not printable ASCII
        let count = bytes.count
        var i = 0
        while i < count {
            let front = bytes[i]
            let back = bytes[count - 1 - i]
            forward.combine(front)
            backward.combine(back)
            outside |= (back &- 0x20) >= 0x5F ? 1 : 0
            i += 1
        }
        return (forward.folded, outside == 0 ? backward.folded : nil)
    }

    /// Writes `value` as eight lower-case hex digits into `out` from `offset` on.
    @inline(__always)
    static func writeEightHexDigits(_ value: UInt32, to out: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        for index in 0..<8 {
            let nibble = UInt8(truncatingIfNeeded: value >> UInt32(28 - 4 * index)) & 0xF
            out[offset + index] = nibble < 10 ? nibble &+ 0x30 : nibble &+ 0x57
        }
    }

    /// `value` as exactly eight lower-case hex digits, leading zeros included.
    private static func eightHexDigits(_ value: UInt32) -> String {
        String(unsafeUninitializedCapacity: 8) { out in
            for index in 0..<8 {
                let nibble = UInt8(truncatingIfNeeded: value >> UInt32(28 - 4 * index)) & 0xF
                out[index] = nibble < 10 ? nibble &+ 0x30 : nibble &+ 0x57
            }
            return 8
        }
    }

    /// The ASCII transliteration of the non-ASCII scalar `v` packed into a `UInt16` (first byte low, second byte
    /// high, zero when absent), or 0 when `v` is not a Latin letter with one.
    @inline(__always)
    private static func transliterated(_ v: UInt32) -> UInt16 {
        if v < UInt32(latinTable.count) { return latinTable[Int(v)] }
        return v == 0x1E9E ? UInt16(UInt8(ascii: "s")) | UInt16(UInt8(ascii: "s")) << 8 : 0
    }

    /// ``transliteration`` as a flat table over the scalars below U+0220 (all its keys but U+1E9E).
    private static let latinTable: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 0x220)
        for (scalar, ascii) in transliteration where scalar < 0x220 {
            let bytes = Array(ascii.utf8)
            table[Int(scalar)] = UInt16(bytes[0]) | (bytes.count > 1 ? UInt16(bytes[1]) << 8 : 0)
        }
        return table
    }()

    /// True for the non-ASCII scalars that separate words (no-break space, general punctuation, ideographic space, `·`, `«`, `»`).
    static func isSeparator(_ v: UInt32) -> Bool {
        v == 0xA0 || (0x2000...0x206F).contains(v) || v == 0x3000 || v == 0x00B7 || v == 0x00AB || v == 0x00BB
    }

    /// Latin letters outside ASCII and what they become.
    static let transliteration: [UInt32: String] = {
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
