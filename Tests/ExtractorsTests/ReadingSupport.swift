import Foundation
import TestSupport
import Testing
@testable import Extractors

/// Helpers shared by the reader tests.
enum ReadingSupport {
    /// The copied `Fixtures/Reading` folder.
    static var fixtures: String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Reading").path
    }

    /// A fresh temporary folder, removed by the caller with `cleanUp`.
    static func temporaryFolder() throws -> String {
        try Scratch.folder("reading")
    }

    static func cleanUp(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// The text of Markdown source.
    static func markdown(_ source: String) -> String {
        String(decoding: MarkdownText.strip(Array(source.utf8)), as: UTF8.self)
    }

    /// The text of HTML source (UTF-8).
    static func html(_ source: String) throws -> String {
        let document = try DocumentReader.read(bytes: Array(source.utf8), name: "test.html", format: .html)
        return document.text
    }
}
