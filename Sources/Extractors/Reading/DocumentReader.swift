#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import GraphCore

/// `read(2)`, named apart from ``DocumentReader/read(path:format:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Reads documents (files, standard input, bytes) and extracts their text by format.
public enum DocumentReader {
    /// Reads the file at `path` and extracts its text; the format follows the extension unless `format` is given.
    ///
    /// Plain-text files whose bytes carry Markdown markup (press releases exported from a CMS often do)
    /// are read as Markdown, so that `##`, `**` and link syntax never reach the extractors.
    ///
    /// - Throws: ``ExtractorsError/inputNotFound(path:)``, ``ExtractorsError/unreadable(path:reason:)``,
    ///   ``ExtractorsError/notAFileOrFolder(path:)`` (a folder or device), ``ExtractorsError/binaryFile(path:)``,
    ///   ``ExtractorsError/htmlUnparsable(path:)``.
    /// A file larger than `maxBytes` is not read at all (``ExtractorsError/documentTooLarge(path:bytes:limit:)``).
    public static func read(path: String, format: DocumentFormat? = nil, maxBytes: Int = .max) throws(ExtractorsError) -> SourceDocument {
        let bytes = try readFile(path, maxBytes: maxBytes)
        var chosen = format ?? DocumentFormat(path: path)
        if format == nil, chosen == .plainText, DocumentFormat.looksLikeMarkdown(bytes) { chosen = .markdown }
        return try read(bytes: bytes, name: path, format: chosen)
    }

    /// Reads all of standard input (name `-`); HTML when it starts with `<` and contains `<html` or `<p`, else plain text.
    /// More than `maxBytes` bytes are refused (``ExtractorsError/documentTooLarge(path:bytes:limit:)``) after reading at most one byte more.
    public static func readStandardInput(maxBytes: Int = .max) throws(ExtractorsError) -> SourceDocument {
        let bytes = try readAll(descriptor: 0, path: "-", maxBytes: maxBytes)
        var format = sniffFormat(bytes)
        if format == .plainText, DocumentFormat.looksLikeMarkdown(bytes) { format = .markdown }
        return try read(bytes: bytes, name: "-", format: format)
    }

    /// The format of unnamed bytes: HTML when they start (after blanks and a BOM) with `<` and contain `<html` or `<p`.
    public static func sniffFormat(_ bytes: [UInt8]) -> DocumentFormat {
        var index = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
        while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09) {
            index += 1
        }
        guard index < bytes.count && bytes[index] == UInt8(ascii: "<") else { return .plainText }
        let html = Array("<html".utf8), paragraph = Array("<p".utf8)
        let limit = bytes.count
        var position = index
        while position < limit {
            if bytes[position] == UInt8(ascii: "<") {
                if matchesLowercased(bytes, at: position, html) { return .html }
                if matchesLowercased(bytes, at: position, paragraph) && position + 2 < limit
                    && (bytes[position + 2] == UInt8(ascii: ">") || bytes[position + 2] == 0x20) {
                    return .html
                }
            }
            position += 1
        }
        return .plainText
    }

    private static func matchesLowercased(_ bytes: [UInt8], at index: Int, _ pattern: [UInt8]) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count {
            let byte = bytes[index + offset]
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lower != pattern[offset] { return false }
        }
        return true
    }

    /// Extracts the text of a document given as bytes; `name` is used in the record, warnings and errors.
    ///
    /// An empty input gives a document with empty text and a warning, not an error.
    public static func read(bytes: [UInt8], name: String, format: DocumentFormat) throws(ExtractorsError) -> SourceDocument {
        let hash = SHA256.hex(bytes)
        if bytes.isEmpty {
            return SourceDocument(name: name, byteCount: 0, text: "", contentHash: hash, format: format,
                                  encoding: .utf8, warnings: ["\(name): empty file"])
        }
        let decoded = try TextDecoding.decode(bytes, name: name)
        var warnings = decoded.warnings
        var encoding = decoded.encoding
        let text: [UInt8]
        switch format {
        case .plainText:
            text = TextDecoding.normalizeLineEnds(decoded.utf8)
        case .markdown:
            text = MarkdownText.strip(TextDecoding.normalizeLineEnds(decoded.utf8))
        case .html:
            var result: HTMLText.Result?
            if decoded.encoding == .windows1252 && declaresCharset(bytes) {
                // Not UTF-8, but the page names its charset: let libxml2 decode with it.
                result = HTMLText.extract(bytes, encoding: nil)
                if let declared = result?.declaredEncoding {
                    let lower = declared.lowercased()
                    if lower == "utf-8" || lower == "utf8" {
                        // The declaration is wrong (the bytes are not UTF-8): Windows-1252 as for undeclared pages.
                        result = HTMLText.extract(decoded.utf8, encoding: "UTF-8")
                    } else {
                        encoding = .declared
                        warnings = ["\(name): not valid UTF-8, decoded as its declared charset \(declared)"]
                    }
                }
            } else {
                result = HTMLText.extract(decoded.utf8, encoding: "UTF-8")
            }
            guard let result else {
                if decoded.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                    text = []
                    break
                }
                throw .htmlUnparsable(path: name)
            }
            text = result.text
        }
        let document = SourceDocument(name: name, byteCount: bytes.count, text: String(decoding: text, as: UTF8.self),
                                      contentHash: hash, format: format, encoding: encoding, warnings: warnings)
        if document.isEmpty {
            return SourceDocument(name: name, byteCount: bytes.count, text: document.text, contentHash: hash, format: format,
                                  encoding: encoding, warnings: warnings + ["\(name): no text found"])
        }
        return document
    }

    /// True when the first 4 KiB mention `charset=` / `charset ="` (a `<meta>` declaration), case-insensitively.
    static func declaresCharset(_ bytes: [UInt8]) -> Bool {
        let pattern = Array("charset".utf8)
        let limit = min(bytes.count, 4096)
        var index = 0
        while index + pattern.count < limit {
            if matchesLowercased(bytes, at: index, pattern) {
                var after = index + pattern.count
                while after < limit && bytes[after] == 0x20 { after += 1 }
                if after < limit && bytes[after] == UInt8(ascii: "=") { return true }
            }
            index += 1
        }
        return false
    }

    /// The bytes of the file at `path`.
    ///
    /// - Throws: ``ExtractorsError/inputNotFound(path:)``, ``ExtractorsError/notAFileOrFolder(path:)`` for a folder,
    ///   ``ExtractorsError/unreadable(path:reason:)`` for other failures.
    ///   ``ExtractorsError/documentTooLarge(path:bytes:limit:)`` when it holds more than `maxBytes` bytes.
    public static func readFile(_ path: String, maxBytes: Int = .max) throws(ExtractorsError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .inputNotFound(path: path) }
            throw .unreadable(path: path, reason: systemMessage(code))
        }
        defer { close(descriptor) }
        var info = stat()
        var sizeHint = 0
        if fstat(descriptor, &info) == 0 {
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR { throw .notAFileOrFolder(path: path) }
            if kind != S_IFREG && kind != S_IFIFO { throw .notAFileOrFolder(path: path) }
            if kind == S_IFREG && Int(info.st_size) > maxBytes {
                throw .documentTooLarge(path: path, bytes: Int(info.st_size), limit: maxBytes)
            }
            if kind == S_IFREG { sizeHint = Int(info.st_size) }
        }
        return try readAll(descriptor: descriptor, path: path, maxBytes: maxBytes, sizeHint: sizeHint)
    }

    /// All bytes from a file descriptor until end of file; more than `maxBytes` is an error (a file that grows, a pipe).
    /// `sizeHint` (a regular file's size, 0 when unknown) keeps the read buffer of a small file small.
    static func readAll(descriptor: Int32, path: String, maxBytes: Int = .max, sizeHint: Int = 0) throws(ExtractorsError) -> [UInt8] {
        var out: [UInt8] = []
        if sizeHint > 0 { out.reserveCapacity(min(sizeHint, 1 << 26)) }
        var chunk = [UInt8](repeating: 0, count: sizeHint > 0 ? min(sizeHint + 1, 65536) : 65536)
        while true {
            if out.count > maxBytes { throw .documentTooLarge(path: path, bytes: 0, limit: maxBytes) } // 0: size unknown
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EISDIR { throw .notAFileOrFolder(path: path) }
                throw .unreadable(path: path, reason: systemMessage(code))
            }
            if count == 0 { break }
            out.append(contentsOf: chunk[0..<count])
        }
        return out
    }

    /// The C library's message for an `errno` value, e.g. "Permission denied".
    static func systemMessage(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message)
    }
}
