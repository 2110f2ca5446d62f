import GraphCore

/// The markup a document is written in, which decides how its text is extracted.
public enum DocumentFormat: String, Hashable, Sendable, CaseIterable {
    /// Plain text (`.txt` and every unknown extension): the text as is, line ends normalised.
    case plainText
    /// Markdown (`.md`, `.markdown`): markup removed, text and paragraphs kept.
    case markdown
    /// HTML (`.html`, `.htm`): block elements become paragraphs, navigation and scripts dropped.
    case html

    /// The format a path's extension stands for; unknown extensions are plain text.
    ///
    /// Besides the extensions collected from folders, `.xhtml` is read as HTML when named explicitly.
    public init(path: String) {
        switch DocumentFormat.lowercasedExtension(of: path) {
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: self = .plainText
        }
    }

    /// The extensions (lower case, without dot) that a folder walk collects.
    public static let collectedExtensions: [String] = ["htm", "html", "markdown", "md", "txt"]

    /// The extension of the last path component in lower case ASCII, or `""` when there is none.
    static func lowercasedExtension(of path: String) -> String {
        let bytes = Array(path.utf8)
        var index = bytes.count - 1
        while index >= 0 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "/") { return "" }
            if byte == UInt8(ascii: ".") {
                // A leading dot names a hidden file, not an extension.
                if index == 0 || bytes[index - 1] == UInt8(ascii: "/") { return "" }
                var out: [UInt8] = []
                out.reserveCapacity(bytes.count - index - 1)
                for byte in bytes[(index + 1)...] {
                    out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
                return String(decoding: out, as: UTF8.self)
            }
            index -= 1
        }
        return ""
    }

    /// True when plain text bytes carry Markdown markup (ATX headings, `**strong**`, `[text](url)` links,
    /// `<https://…>` autolinks), so a caller may choose to read a `.txt` file as ``markdown``.
    ///
    /// Needs at least two different kinds of evidence, so a single `#` or `**` in ordinary text does not count.
    public static func looksLikeMarkdown(_ bytes: [UInt8]) -> Bool {
        var heading = false, strong = false, link = false, autolink = false
        let count = bytes.count
        var lineStart = true
        var index = 0
        while index < count {
            let byte = bytes[index]
            if lineStart && byte == UInt8(ascii: "#") {
                var end = index
                while end < count && bytes[end] == UInt8(ascii: "#") { end += 1 }
                if end - index <= 6 && end < count && bytes[end] == UInt8(ascii: " ") { heading = true }
            }
            if byte == UInt8(ascii: "*") && index + 2 < count && bytes[index + 1] == UInt8(ascii: "*")
                && bytes[index + 2] != UInt8(ascii: " ") && bytes[index + 2] != UInt8(ascii: "*") {
                strong = true
            }
            if byte == UInt8(ascii: "]") && index + 1 < count && bytes[index + 1] == UInt8(ascii: "(") { link = true }
            if byte == UInt8(ascii: "<") && index + 8 < count && bytes[index + 1] == UInt8(ascii: "h")
                && bytes[index + 2] == UInt8(ascii: "t") && bytes[index + 3] == UInt8(ascii: "t")
                && bytes[index + 4] == UInt8(ascii: "p") {
                autolink = true
            }
            lineStart = byte == 0x0A
            index += 1
        }
        return [heading, strong, link, autolink].filter { $0 }.count >= 2
    }
}

/// The character encoding a document's bytes were decoded from.
public enum TextEncoding: String, Hashable, Sendable {
    /// UTF-8, possibly with a byte-order mark.
    case utf8
    /// UTF-16 little endian.
    case utf16LittleEndian
    /// UTF-16 big endian.
    case utf16BigEndian
    /// Windows-1252 (the superset of ISO-8859-1 that every browser uses), the fallback for invalid UTF-8.
    case windows1252
    /// A charset the HTML document declares itself (`<meta charset>`), decoded by libxml2.
    case declared
}

/// One document as a reader produced it: its name, hash, format and extracted text.
public struct SourceDocument: Sendable {
    /// The path as given on the command line (or found in a folder), `-` for standard input.
    public let name: String
    /// The number of raw bytes read.
    public let byteCount: Int
    /// The extracted text: UTF-8, LF line ends, paragraphs separated by a blank line, markup removed.
    public let text: String
    /// SHA-256 of the raw bytes as 64 lower-case hex digits.
    public let contentHash: String
    /// The format the text was extracted as.
    public let format: DocumentFormat
    /// The encoding the bytes were decoded from.
    public let encoding: TextEncoding
    /// Things the user should know, each naming the document: fallback encodings, empty files, empty text.
    public let warnings: [String]

    /// A document record.
    public init(name: String, byteCount: Int, text: String, contentHash: String, format: DocumentFormat,
                encoding: TextEncoding, warnings: [String]) {
        self.name = name
        self.byteCount = byteCount
        self.text = text
        self.contentHash = contentHash
        self.format = format
        self.encoding = encoding
        self.warnings = warnings
    }

    /// True when the extracted text holds nothing but whitespace (an empty file, or markup without text).
    public var isEmpty: Bool {
        for byte in text.utf8 where byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D { return false }
        return true
    }
}
