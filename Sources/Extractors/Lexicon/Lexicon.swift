import Foundation

/// A lexicon data file: tab-separated rows, `#` comment lines (the header that says what it holds and where it comes from).
///
/// Files live in `Sources/Extractors/Lexicons/` and ship as package resources. Columns are
/// documented in each file's header; empty trailing columns may be omitted.
public struct Lexicon: Sendable {
    /// The file name without extension, e.g. `roles`.
    public let name: String
    /// The rows, each split at tabs, with leading and trailing spaces trimmed from every field.
    public let rows: [[String]]
    /// The 1-based line number in the file of each row in `rows` (same order), for error messages.
    public let lineNumbers: [Int]

    /// Parses lexicon text; `name` is used in error messages.
    ///
    /// Scans UTF-8 bytes: lines end at `\n` (a `\r\n` pair is one character and ends no line, as with
    /// `String.split`), fields end at tabs, and every field is trimmed of the characters of Foundation's
    /// `CharacterSet.whitespaces` (see ``isWhitespace(_:)``).
    public init(name: String, text: String) throws(ExtractorsError) {
        self.name = name
        var rows: [[String]] = []
        var lineNumbers: [Int] = []
        var text = text
        let malformedLine: Int? = text.withUTF8 { buffer -> Int? in
            let n = buffer.count
            var lineNumber = 0
            var lineStart = 0
            var i = 0
            while i <= n {
                if i < n && (buffer[i] != 0x0A || (i > 0 && buffer[i - 1] == 0x0D)) {
                    i += 1
                    continue
                }
                lineNumber += 1
                let lineEnd = i
                let start = lineStart
                i += 1
                lineStart = i
                let (ts, te) = Lexicon.trimmedRange(buffer, start, lineEnd)
                if ts == te || Lexicon.isCommentStart(buffer, ts, te) { continue }
                var fields: [String] = []
                var fieldStart = start
                var k = start
                while k <= lineEnd {
                    if k == lineEnd || buffer[k] == 0x09 {
                        let (fs, fe) = Lexicon.trimmedRange(buffer, fieldStart, k)
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[fs..<fe]), as: UTF8.self))
                        fieldStart = k + 1
                    }
                    k += 1
                }
                if fields[0].isEmpty { return lineNumber }
                rows.append(fields)
                lineNumbers.append(lineNumber)
            }
            return nil
        }
        if let malformedLine { throw .lexiconMalformed(name: name, line: malformedLine, reason: "empty first column") }
        self.rows = rows
        self.lineNumbers = lineNumbers
    }

    /// True for the scalars of Foundation's `CharacterSet.whitespaces`: tab, the space separators (category Zs)
    /// and U+200B.
    @inline(__always)
    static func isWhitespace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x09 || v == 0xA0 || v == 0x1680 || (v >= 0x2000 && v <= 0x200B) || v == 0x202F
            || v == 0x205F || v == 0x3000
    }

    /// The byte range of `buffer[start..<end]` without leading and trailing ``isWhitespace(_:)`` scalars.
    static func trimmedRange(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
        var s = start
        while s < end {
            let b = buffer[s]
            if b < 0x80 {
                guard b == 0x20 || b == 0x09 else { break }
                s += 1
                continue
            }
            let (v, length) = scalar(buffer, s, end)
            guard isWhitespace(v) else { break }
            s += length
        }
        var e = end
        while e > s {
            let b = buffer[e - 1]
            if b < 0x80 {
                guard b == 0x20 || b == 0x09 else { break }
                e -= 1
                continue
            }
            var lead = e - 1
            while lead > s && buffer[lead] & 0xC0 == 0x80 { lead -= 1 }
            let (v, length) = scalar(buffer, lead, e)
            guard lead + length == e, isWhitespace(v) else { break }
            e = lead
        }
        return (s, e)
    }

    /// The scalar value starting at `i` (a non-ASCII lead byte) and its length; 0 for a broken sequence.
    @inline(__always)
    private static func scalar(_ buffer: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (UInt32, Int) {
        let b0 = buffer[i]
        var value: UInt32
        var length: Int
        if b0 & 0xE0 == 0xC0 { value = UInt32(b0 & 0x1F); length = 2 }
        else if b0 & 0xF0 == 0xE0 { value = UInt32(b0 & 0x0F); length = 3 }
        else if b0 & 0xF8 == 0xF0 { value = UInt32(b0 & 0x07); length = 4 }
        else { return (0, 1) }
        guard i + length <= end else { return (0, 1) }
        for k in 1..<length { value = (value << 6) | UInt32(buffer[i + k] & 0x3F) }
        return (value, length)
    }

    /// True when the trimmed line `buffer[start..<end]` starts with the character `#` (a comment line).
    private static func isCommentStart(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard buffer[start] == 0x23 else { return false }
        // A `#` followed by a combining mark is another character; let `String` decide in that rare case.
        if start + 1 == end || buffer[start + 1] < 0x80 { return true }
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self).hasPrefix("#")
    }

    /// `text` without leading and trailing ``isWhitespace(_:)`` scalars (Foundation's
    /// `trimmingCharacters(in: .whitespaces)`, by byte scanning).
    static func trimmed(_ text: Substring) -> String {
        var text = text
        return text.withUTF8 { buffer in
            let (s, e) = trimmedRange(buffer, 0, buffer.count)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[s..<e]), as: UTF8.self)
        }
    }

    /// Loads `Lexicons/<name>.tsv` from the package's resources.
    public static func bundled(_ name: String) throws(ExtractorsError) -> Lexicon {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Lexicons") else {
            throw .lexiconMissing(name: name)
        }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .lexiconUnreadable(name: name, reason: "\(error)")
        }
        return try Lexicon(name: name, text: text)
    }

    /// The first column of every row.
    public var entries: [String] { rows.map { $0[0] } }

    /// Column `index` of `row`, or the empty string when the row is shorter.
    public static func field(_ row: [String], _ index: Int) -> String { index < row.count ? row[index] : "" }
}
