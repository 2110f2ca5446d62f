/// The result of decoding a document's raw bytes: UTF-8 bytes without byte-order mark, and what was found.
public struct DecodedBytes: Sendable {
    /// The text as valid UTF-8 (line ends not yet normalised).
    public let utf8: [UInt8]
    /// The encoding the bytes were read as.
    public let encoding: TextEncoding
    /// Warnings naming the document (fallback encoding, guessed byte order, repaired sequences).
    public let warnings: [String]
}

/// Byte-level decoding of documents: UTF-8 (with or without BOM), UTF-16 (with BOM, or recognisably without),
/// Windows-1252 as the fallback for invalid UTF-8, and detection of binary files.
public enum TextDecoding {
    /// How many leading bytes are searched for NUL bytes to tell binary from text.
    public static let sniffLength = 8192

    /// Decodes `bytes` to UTF-8; `name` is used in warnings and errors.
    ///
    /// Invalid UTF-8 is read as Windows-1252, unless well-formed multi-byte sequences outnumber the bad bytes (UTF-8
    /// text with a few broken bytes, which are then replaced by U+FFFD). Stray NUL bytes are removed with a warning.
    ///
    /// - Throws: ``ExtractorsError/binaryFile(path:)`` when the first 8 KiB contain NUL bytes, are not UTF-16 and look
    ///   binary (see ``looksBinary(_:from:to:)``).
    public static func decode(_ bytes: [UInt8], name: String) throws(ExtractorsError) -> DecodedBytes {
        let count = bytes.count
        if count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
            return decodeUTF16(bytes, from: 2, bigEndian: false, name: name, guessed: false)
        }
        if count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
            return decodeUTF16(bytes, from: 2, bigEndian: true, name: name, guessed: false)
        }
        let hasBOM = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let start = hasBOM ? 3 : 0
        let sniffEnd = min(count, start + sniffLength)
        // NUL bytes anywhere (one vectorisable count; text has none, and then the sniffed start has none either).
        let nulCount = countNUL(bytes, from: start)
        var hasNUL = false
        if nulCount > 0 {
            for index in start..<sniffEnd where bytes[index] == 0 { hasNUL = true; break }
        }
        if hasNUL {
            if !hasBOM, let bigEndian = utf16ByteOrderWithoutBOM(bytes, end: sniffEnd) {
                return decodeUTF16(bytes, from: 0, bigEndian: bigEndian, name: name, guessed: true)
            }
            if looksBinary(bytes, from: start, to: sniffEnd) { throw .binaryFile(path: name) }
        }
        // Stray NUL bytes in text (anywhere, not only in the sniffed start) are dropped: no output format can carry them.
        let body = nulCount == 0 ? bytes[start...] : ArraySlice(bytes[start...].filter { $0 != 0 })
        let nulWarnings = nulCount == 0 ? [] : ["\(name): \(nulCount) NUL byte\(nulCount == 1 ? "" : "s") removed from the text"]
        if isValidUTF8(body) {
            // The common case (no BOM, no NUL) hands on the input array itself rather than a copy.
            return DecodedBytes(utf8: nulCount == 0 && start == 0 ? bytes : Array(body), encoding: .utf8, warnings: nulWarnings)
        }
        if hasBOM {
            // A UTF-8 byte-order mark is strong evidence: repair the bad sequences rather than change encodings.
            let repaired = Array(String(decoding: body, as: UTF8.self).utf8)
            return DecodedBytes(utf8: repaired, encoding: .utf8,
                                warnings: nulWarnings + ["\(name): invalid UTF-8 after a UTF-8 byte-order mark; bad bytes replaced by U+FFFD"])
        }
        let profile = utf8Profile(body)
        if profile.validMultibyte > profile.invalid {
            // Mostly UTF-8 with a few broken bytes: Windows-1252 would garble every correct umlaut, so repair instead.
            let repaired = Array(String(decoding: body, as: UTF8.self).utf8)
            return DecodedBytes(utf8: repaired, encoding: .utf8, warnings: nulWarnings + [
                "\(name): \(profile.invalid) invalid UTF-8 byte\(profile.invalid == 1 ? "" : "s") in UTF-8 text replaced by U+FFFD",
            ])
        }
        return DecodedBytes(utf8: windows1252ToUTF8(body), encoding: .windows1252,
                            warnings: nulWarnings + ["\(name): not valid UTF-8, decoded as Windows-1252"])
    }

    /// Signatures of binary formats that are sometimes renamed to a text extension (PDF, ZIP/Office, PNG, GIF, JPEG, ELF).
    private static let binarySignatures: [[UInt8]] = [
        Array("%PDF-".utf8), [0x50, 0x4B, 0x03, 0x04], [0x89, 0x50, 0x4E, 0x47], Array("GIF8".utf8), [0xFF, 0xD8, 0xFF],
        [0x7F, 0x45, 0x4C, 0x46], [0xD0, 0xCF, 0x11, 0xE0],
    ]

    /// True when bytes with NULs in `start..<end` are binary rather than text with a few stray NULs: a known binary
    /// signature, NULs in more than 5 % of the bytes, a run of four NULs, or control characters in more than 10 %.
    static func looksBinary(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        for signature in binarySignatures where end - start >= signature.count {
            if bytes[start..<(start + signature.count)].elementsEqual(signature) { return true }
        }
        var nul = 0, controls = 0, run = 0
        for index in start..<end {
            let byte = bytes[index]
            if byte == 0 {
                nul += 1
                run += 1
                if run >= 4 { return true }
            } else {
                run = 0
            }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D || byte == 0x7F { controls += 1 }
        }
        let length = end - start
        return nul * 20 > length || controls * 10 > length
    }

    /// The length of the well-formed UTF-8 sequence that the non-ASCII byte `lead` starts (0 when it starts none) and the
    /// range of its second byte (the ranges of the Unicode standard: no overlongs, surrogates or values above U+10FFFF).
    @inline(__always)
    static func sequenceShape(_ lead: UInt8) -> (length: Int, low: UInt8, high: UInt8) {
        switch lead {
        case 0xC2...0xDF: return (2, 0x80, 0xBF)
        case 0xE0: return (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80, 0xBF)
        case 0xED: return (3, 0x80, 0x9F)
        case 0xF0: return (4, 0x90, 0xBF)
        case 0xF1...0xF3: return (4, 0x80, 0xBF)
        case 0xF4: return (4, 0x80, 0x8F)
        default: return (0, 0x80, 0xBF)
        }
    }

    /// Counts well-formed multi-byte UTF-8 sequences and bytes that start no well-formed sequence.
    static func utf8Profile<C: Collection>(_ bytes: C) -> (validMultibyte: Int, invalid: Int) where C.Element == UInt8, C.Index == Int {
        var valid = 0, invalid = 0
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let (length, low, high) = sequenceShape(lead)
            var ok = length > 0 && index + length <= end
            if ok {
                for offset in 1..<length {
                    let byte = bytes[index + offset]
                    let (min, max) = offset == 1 ? (low, high) : (0x80, 0xBF)
                    if byte < min || byte > max { ok = false; break }
                }
            }
            if ok { valid += 1; index += length } else { invalid += 1; index += 1 }
        }
        return (valid, invalid)
    }

    /// The number of NUL bytes in `bytes[start...]`.
    static func countNUL(_ bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var nul = 0
            for index in start..<buffer.count where buffer[index] == 0 { nul += 1 }
            return nul
        }
    }

    /// True when the bytes are well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF).
    public static func isValidUTF8<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        if let valid = bytes.withContiguousStorageIfAvailable({ isValidUTF8Buffer($0) }) { return valid }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// ``isValidUTF8(_:)`` over contiguous bytes: ASCII eight bytes at a time, each multi-byte sequence checked
    /// against the well-formed ranges of the Unicode standard (the same ranges as ``utf8Profile(_:)``).
    static func isValidUTF8Buffer(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        let end = buffer.count
        var index = 0
        while index < end {
            if index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { index += 8; continue }
            }
            let lead = base[index]
            if lead < 0x80 { index += 1; continue }
            let (length, low, high) = sequenceShape(lead)
            guard length > 0, index + length <= end else { return false }
            let second = base[index + 1]
            guard second >= low && second <= high else { return false }
            for offset in 2..<length where base[index + offset] < 0x80 || base[index + offset] > 0xBF { return false }
            index += length
        }
        return true
    }

    /// Converts Windows-1252 bytes to UTF-8 (the five unassigned bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D map to the C1 controls).
    public static func windows1252ToUTF8<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
            } else {
                appendUTF8(windows1252Scalar(byte), to: &out)
            }
        }
        return out
    }

    /// The Unicode scalar value a Windows-1252 byte stands for.
    @inline(__always)
    public static func windows1252Scalar(_ byte: UInt8) -> UInt32 {
        if byte >= 0x80 && byte < 0xA0 { return UInt32(windows1252High[Int(byte) - 0x80]) }
        return UInt32(byte)
    }

    /// Windows-1252 0x80–0x9F; the rest of the table is ISO-8859-1.
    private static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Appends the UTF-8 encoding of a scalar value (invalid values become U+FFFD).
    static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        var scalar = value
        if scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF) { scalar = 0xFFFD }
        if scalar < 0x80 {
            out.append(UInt8(scalar))
        } else if scalar < 0x800 {
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        } else if scalar < 0x10000 {
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (scalar >> 18)))
            out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// Recognises UTF-16 without a byte-order mark: every NUL byte sits at the same parity, NUL pairs never occur,
    /// and at least a third of the code units have a NUL half (mostly Latin text). Returns the byte order, or nil.
    static func utf16ByteOrderWithoutBOM(_ bytes: [UInt8], end: Int) -> Bool? {
        let pairs = end / 2
        guard pairs >= 2 else { return nil }
        var evenNUL = 0, oddNUL = 0
        for pair in 0..<pairs {
            let high = bytes[2 * pair] == 0, low = bytes[2 * pair + 1] == 0
            if high && low { return nil }
            if high { evenNUL += 1 }
            if low { oddNUL += 1 }
        }
        if end % 2 == 1 && bytes[end - 1] == 0 { return nil }
        if evenNUL > 0 && oddNUL > 0 { return nil }
        let nul = evenNUL + oddNUL
        guard nul * 3 >= pairs else { return nil }
        return evenNUL > 0
    }

    private static func decodeUTF16(_ bytes: [UInt8], from start: Int, bigEndian: Bool, name: String, guessed: Bool) -> DecodedBytes {
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var index = start
        while index + 1 < bytes.count {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var warnings: [String] = []
        let encodingName = bigEndian ? "UTF-16BE" : "UTF-16LE"
        if guessed { warnings.append("\(name): no byte-order mark, decoded as \(encodingName) by its NUL bytes") }
        if (bytes.count - start) % 2 == 1 { warnings.append("\(name): \(encodingName) text has an odd number of bytes; the last byte was dropped") }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        var repaired = false
        var nulCount = 0
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar) where scalar.value == 0: nulCount += 1 // as for UTF-8: no output can carry U+0000
            case .scalarValue(let scalar): appendUTF8(scalar.value, to: &out)
            case .emptyInput: break loop
            case .error: repaired = true; appendUTF8(0xFFFD, to: &out)
            }
        }
        if repaired { warnings.append("\(name): unpaired UTF-16 surrogates replaced by U+FFFD") }
        if nulCount > 0 { warnings.append("\(name): \(nulCount) NUL character\(nulCount == 1 ? "" : "s") removed from the text") }
        return DecodedBytes(utf8: out, encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian, warnings: warnings)
    }

    /// Plain-text line ends: CRLF and lone CR become LF.
    public static func normalizeLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x0D) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0D {
                out.append(0x0A)
                if index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }
}
