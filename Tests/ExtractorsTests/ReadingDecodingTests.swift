import Testing
import GraphCore
@testable import Extractors

struct DecodingCase: CustomTestStringConvertible, Sendable {
    let label: String
    let bytes: [UInt8]
    let expected: String
    let encoding: TextEncoding
    let warnings: Int
    var testDescription: String { label }
}

/// "Grüße aus Köln €" in UTF-16, little or big endian, optionally with a byte-order mark.
private func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
    var out: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
    for unit in text.utf16 {
        let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
        out += bigEndian ? [high, low] : [low, high]
    }
    return out
}

@Suite("Decoding and plain text")
struct ReadingDecodingTests {
    static let cases: [DecodingCase] = [
        DecodingCase(label: "UTF-8", bytes: Array("Grüße aus Köln €".utf8), expected: "Grüße aus Köln €", encoding: .utf8, warnings: 0),
        DecodingCase(label: "UTF-8 with BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("Grüße aus Köln".utf8),
                     expected: "Grüße aus Köln", encoding: .utf8, warnings: 0),
        DecodingCase(label: "UTF-16 LE with BOM", bytes: utf16("Grüße aus Köln € 𝄞", bigEndian: false, bom: true),
                     expected: "Grüße aus Köln € 𝄞", encoding: .utf16LittleEndian, warnings: 0),
        DecodingCase(label: "UTF-16 BE with BOM", bytes: utf16("Grüße aus Köln € 𝄞", bigEndian: true, bom: true),
                     expected: "Grüße aus Köln € 𝄞", encoding: .utf16BigEndian, warnings: 0),
        DecodingCase(label: "UTF-16 LE without BOM", bytes: utf16("Grüße aus Köln", bigEndian: false, bom: false),
                     expected: "Grüße aus Köln", encoding: .utf16LittleEndian, warnings: 1),
        DecodingCase(label: "Windows-1252 with 0x80-0x9F",
                     bytes: [0x80, 0x82, 0x84, 0x85, 0x8A, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9F, 0xA0, 0xE9, 0xFF],
                     expected: "€‚„…Š‘’“”–—™Ÿ\u{A0}éÿ", encoding: .windows1252, warnings: 1),
        DecodingCase(label: "CRLF and lone CR", bytes: Array("Zeile eins\r\nZeile zwei\rZeile drei\n\r\nEnde".utf8),
                     expected: "Zeile eins\nZeile zwei\nZeile drei\n\nEnde", encoding: .utf8, warnings: 0),
    ]

    @Test("Encodings are detected and decoded", arguments: cases)
    func decodes(_ example: DecodingCase) throws {
        let document = try DocumentReader.read(bytes: example.bytes, name: "probe.txt", format: .plainText)
        #expect(document.text == example.expected)
        #expect(document.encoding == example.encoding)
        #expect(document.warnings.count == example.warnings)
        #expect(document.warnings.allSatisfy { $0.hasPrefix("probe.txt: ") })
        #expect(document.byteCount == example.bytes.count)
        #expect(document.contentHash == SHA256.hex(example.bytes))
    }

    @Test("A Windows-1252 fixture file is decoded with a warning naming it")
    func windows1252File() throws {
        let path = ReadingSupport.fixtures + "/windows1252.txt"
        let document = try DocumentReader.read(path: path)
        #expect(document.name == path)
        #expect(document.format == .plainText)
        #expect(document.text == "Grüße aus Köln „Zitat“ €\nZweite Zeile\n")
        #expect(document.encoding == .windows1252)
        #expect(document.warnings == ["\(path): not valid UTF-8, decoded as Windows-1252"])
    }

    @Test("An empty file is a document with empty text and a warning")
    func emptyFile() throws {
        let folder = try ReadingSupport.temporaryFolder()
        defer { ReadingSupport.cleanUp(folder) }
        let path = folder + "/leer.md"
        try ReadingSupport.write([], to: path)
        let document = try DocumentReader.read(path: path)
        #expect(document.text == "")
        #expect(document.isEmpty)
        #expect(document.byteCount == 0)
        #expect(document.format == .markdown)
        #expect(document.warnings == ["\(path): empty file"])
        #expect(document.contentHash == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test("Whitespace-only and markup-only documents warn that there is no text", arguments: [
        ("   \n\n", DocumentFormat.plainText), ("<script>x()</script>", .html), ("---\n\n***", .markdown),
    ])
    func noText(source: String, format: DocumentFormat) throws {
        let document = try DocumentReader.read(bytes: Array(source.utf8), name: "hohl", format: format)
        #expect(document.isEmpty)
        #expect(document.warnings == ["hohl: no text found"])
    }

    @Test("A binary file with a .txt extension is an error naming the file")
    func binaryFile() throws {
        let folder = try ReadingSupport.temporaryFolder()
        defer { ReadingSupport.cleanUp(folder) }
        let path = folder + "/bericht.txt"
        var pdf = Array("%PDF-1.4\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
        pdf += Array("1 0 obj\n<< /Length 12 /Filter /FlateDecode >>\nstream\n".utf8) + [0x78, 0x9C, 0x00, 0x00, 0x01, 0xFF, 0x00, 0x13]
        try ReadingSupport.write(pdf, to: path)
        #expect(throws: ExtractorsError.binaryFile(path: path)) { try DocumentReader.read(path: path) }
        #expect(ExtractorsError.binaryFile(path: path).description == "\(path): binary file, not text")
    }

    @Test("UTF-16 detection does not accept arbitrary NUL patterns")
    func binaryNotUTF16() {
        #expect(throws: ExtractorsError.binaryFile(path: "x")) {
            try TextDecoding.decode([0x41, 0x00, 0x00, 0x42, 0x43, 0x00], name: "x")
        }
        #expect(throws: ExtractorsError.binaryFile(path: "x")) {
            try TextDecoding.decode([0x00, 0x00, 0x00, 0x41], name: "x")
        }
    }

    @Test("The full Windows-1252 table", arguments: [
        (UInt8(0x80), UInt32(0x20AC)), (0x81, 0x81), (0x83, 0x192), (0x86, 0x2020), (0x87, 0x2021), (0x88, 0x2C6), (0x89, 0x2030),
        (0x8B, 0x2039), (0x8C, 0x152), (0x8D, 0x8D), (0x8E, 0x17D), (0x8F, 0x8F), (0x90, 0x90), (0x95, 0x2022), (0x98, 0x2DC),
        (0x9A, 0x161), (0x9B, 0x203A), (0x9C, 0x153), (0x9D, 0x9D), (0x9E, 0x17E), (0x41, 0x41), (0xA4, 0xA4), (0xDF, 0xDF),
    ])
    func windows1252Table(byte: UInt8, scalar: UInt32) {
        #expect(TextDecoding.windows1252Scalar(byte) == scalar)
        #expect(TextDecoding.windows1252ToUTF8([byte]) == Array(String(Unicode.Scalar(scalar)!).utf8))
    }

    @Test("Standard input is sniffed as HTML only when it starts with a tag and has <html or <p")
    func sniffing() {
        #expect(DocumentReader.sniffFormat(Array("  \n<!DOCTYPE html><HTML><body>x".utf8)) == .html)
        #expect(DocumentReader.sniffFormat(Array("<div><p>Absatz</p></div>".utf8)) == .html)
        #expect(DocumentReader.sniffFormat(Array("<https://example.org> ist die Adresse".utf8)) == .plainText)
        #expect(DocumentReader.sniffFormat(Array("Text mit <p> mittendrin".utf8)) == .plainText)
        #expect(DocumentReader.sniffFormat([]) == .plainText)
    }

    @Test("Formats follow the extension, case-insensitively", arguments: [
        ("a/b.txt", DocumentFormat.plainText), ("b.MD", .markdown), ("c.Markdown", .markdown), ("d.HTM", .html),
        ("e.html", .html), ("f.xhtml", .html), ("LIESMICH", .plainText), ("g.pdf", .plainText), (".md", .plainText),
        ("ordner.md/datei", .plainText),
    ])
    func formats(path: String, format: DocumentFormat) {
        #expect(DocumentFormat(path: path) == format)
    }
}
