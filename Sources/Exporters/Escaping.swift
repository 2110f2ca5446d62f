import GraphCore

/// Something bytes can be appended to: a `[UInt8]` scratch buffer or a GraphCore `ByteBuffer`.
///
/// The escaping functions write into any of them in one pass, so a writer can escape
/// straight into its output buffer and a test into an array.
public protocol ByteAppending {
    /// Appends one byte.
    mutating func append(_ byte: UInt8)
    /// Appends a run of bytes.
    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>)
    /// Makes room for at least `additional` more bytes (a hint; appending works without it).
    mutating func reserve(additional: Int)
    /// Appends the bytes `body` writes from the pointer it is given, at most `room` of them; `body` returns how many
    /// it wrote. Many short runs written this way cost one append instead of one each.
    mutating func appendInPlace(upTo room: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int)
}

extension Array: ByteAppending where Element == UInt8 {
    /// Appends a run of bytes.
    public mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }

    /// Makes room for at least `additional` more bytes, growing the storage geometrically.
    public mutating func reserve(additional: Int) {
        let needed = count + additional
        if needed > capacity { reserveCapacity(Swift.max(needed, 2 * capacity)) }
    }

    /// Grows the array by `room` zero bytes, lets `body` write from the first of them, and drops the ones it left.
    public mutating func appendInPlace(upTo room: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        guard room > 0 else { return }
        reserve(additional: room)
        let start = count
        append(contentsOf: repeatElement(0, count: room))
        let written = withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
        precondition(written >= 0 && written <= room, "appendInPlace wrote outside its room")
        removeLast(room - written)
    }
}

extension ByteBuffer: ByteAppending {
    /// Appends a run of bytes.
    @inlinable public mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) { append(bytes: bytes) }

    /// Does nothing: the buffer is flushed in chunks and keeps its own reserve.
    public mutating func reserve(additional: Int) {}
}

extension ByteAppending {
    /// Lets `body` write into a temporary buffer of `room` bytes and appends what it wrote.
    public mutating func appendInPlace(upTo room: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        guard room > 0 else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { scratch in
            let written = body(scratch.baseAddress!)
            precondition(written >= 0 && written <= room, "appendInPlace wrote outside its room")
            appendBytes(UnsafeBufferPointer(start: scratch.baseAddress!, count: written))
        }
    }

    /// Appends the bytes of a compile-time constant (syntax, keywords, fixed attribute names).
    @inlinable mutating func appendStatic(_ text: StaticString) {
        text.withUTF8Buffer { appendBytes($0) }
    }

    /// Appends the UTF-8 bytes of a string unchanged; only for text already known to be safe in the context.
    mutating func appendVerbatim(_ text: String) {
        var text = text
        text.withUTF8 { appendBytes($0) }
    }
}

/// Upper-case hexadecimal digit of the low four bits of `nibble`.
@inline(__always) func hexDigit(_ nibble: UInt8) -> UInt8 {
    let n = nibble & 0x0F
    return n < 10 ? 0x30 + n : 0x41 + n - 10
}

/// The one-pass loop every escaper shares: appends unchanged runs of `text`'s UTF-8 bytes to `out`
/// and calls `escape` for each byte `needsEscape` selects (with its index and all bytes, for
/// look-ahead); `escape` returns how many bytes it consumed, at least one.
@inline(__always)
private func escapeRuns<B: ByteAppending>(_ text: String, into out: inout B,
                                          needsEscape: (UInt8) -> Bool,
                                          escape: (UInt8, Int, UnsafeBufferPointer<UInt8>, inout B) -> Int) {
    var text = text
    text.withUTF8 { bytes in
        var runStart = 0
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if needsEscape(byte) {
                if runStart < i { out.appendBytes(UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                i += escape(byte, i, bytes, &out)
                runStart = i
            } else {
                i += 1
            }
        }
        if runStart < count { out.appendBytes(UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
    }
}

/// Escaping for Turtle and N-Triples, in the manner of oxrdf's `print_quoted_str` and Jena's `EscapeStr`.
///
/// These are the only functions through which text reaches RDF output.
public enum RDFEscaping {
    /// Appends the body of a `STRING_LITERAL_QUOTE` (without the surrounding quotes).
    ///
    /// `"` `\` and the control characters LF, CR, TAB, BS, FF become `\"` `\\` `\n` `\r` `\t`
    /// `\b` `\f`; every other character in U+0000…U+001F and U+007F becomes `\u00XX`.
    /// All other UTF-8 passes through unchanged, so umlauts stay readable.
    public static func appendStringLiteralBody<B: ByteAppending>(_ text: String, to out: inout B) {
        escapeRuns(text, into: &out, needsEscape: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) { byte, _, _, out in
            switch byte {
            case 0x22: out.appendStatic("\\\"")
            case 0x5C: out.appendStatic("\\\\")
            case 0x0A: out.appendStatic("\\n")
            case 0x0D: out.appendStatic("\\r")
            case 0x09: out.appendStatic("\\t")
            case 0x08: out.appendStatic("\\b")
            case 0x0C: out.appendStatic("\\f")
            default:
                out.appendStatic("\\u00")
                out.append(hexDigit(byte >> 4))
                out.append(hexDigit(byte))
            }
            return 1
        }
    }

    /// Appends the body of an `IRIREF` (without angle brackets).
    ///
    /// GraphCore's `IRI` never contains a forbidden character; as a defence, any byte that
    /// IRIREF forbids (U+0000…U+0020, `<>"{}|^`\`` and U+007F) is percent-encoded as `%XX`.
    public static func appendIRIBody<B: ByteAppending>(_ text: String, to out: inout B) {
        escapeRuns(text, into: &out, needsEscape: isForbiddenInIRI) { byte, _, _, out in
            out.append(UInt8(ascii: "%"))
            out.append(hexDigit(byte >> 4))
            out.append(hexDigit(byte))
            return 1
        }
    }

    @inline(__always) static func isForbiddenInIRI(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00...0x20, 0x7F, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"),
             UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "\\"):
            return true
        default:
            return false
        }
    }

    /// The escaped literal body as a string (for tests and diagnostics).
    public static func stringLiteralBody(_ text: String) -> String {
        var out: [UInt8] = []
        appendStringLiteralBody(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The escaped IRI body as a string (for tests and diagnostics).
    public static func iriBody(_ text: String) -> String {
        var out: [UInt8] = []
        appendIRIBody(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

/// Escaping for Graphviz DOT double-quoted IDs; the only way text reaches DOT output.
public enum DOTEscaping {
    /// Appends `text` as a double-quoted DOT ID, quotes included.
    ///
    /// `"` and `\` are backslash-escaped (so `\N`, `\G` and friends stay literal in labels),
    /// LF, CR and CR LF become the label line break `\n`, TAB becomes a space, and every other
    /// control character (U+0000…U+001F, U+007F) is dropped. Other UTF-8 passes through.
    public static func appendQuoted<B: ByteAppending>(_ text: String, to out: inout B) {
        out.append(UInt8(ascii: "\""))
        escapeRuns(text, into: &out, needsEscape: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) { byte, i, bytes, out in
            switch byte {
            case 0x22: out.appendStatic("\\\"")
            case 0x5C: out.appendStatic("\\\\")
            case 0x0A: out.appendStatic("\\n")
            case 0x0D:
                if i + 1 >= bytes.count || bytes[i + 1] != 0x0A { out.appendStatic("\\n") }
            case 0x09: out.append(UInt8(ascii: " "))
            default: break
            }
            return 1
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The quoted ID as a string (for tests and diagnostics).
    public static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

/// Makes text acceptable to XML 1.0 before libxml2 escapes it (`&`, `<`, `>`, quotes are libxml2's job).
public enum XMLText {
    /// Appends `text` with every character XML 1.0 forbids replaced by U+FFFD.
    ///
    /// XML 1.0 allows TAB, LF, CR, U+0020…U+D7FF, U+E000…U+FFFD and U+10000 and up; Swift strings
    /// hold no surrogates, so the characters to replace are the other C0 controls and U+FFFE/U+FFFF.
    public static func appendSanitized<B: ByteAppending>(_ text: String, to out: inout B) {
        escapeRuns(text, into: &out, needsEscape: { byte in
            (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0xEF
        }) { byte, i, bytes, out in
            if byte == 0xEF {
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF; any other EF sequence is kept.
                guard i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF else {
                    out.append(0xEF)
                    return 1
                }
                out.appendStatic("\u{FFFD}")
                return 3
            }
            out.appendStatic("\u{FFFD}")
            return 1
        }
    }

    /// The sanitised text as a string (for tests and diagnostics).
    public static func sanitized(_ text: String) -> String {
        var out: [UInt8] = []
        appendSanitized(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
