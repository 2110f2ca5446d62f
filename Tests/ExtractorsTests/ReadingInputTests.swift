import Foundation
import Testing
@testable import Extractors

@Suite("Input collection")
struct ReadingInputTests {
    /// The items' paths relative to `root`, failures marked with `!`.
    private func relative(_ items: [InputItem], to root: String) -> [String] {
        items.map { item in
            var path = item.path
            if path.hasPrefix(root + "/") { path = String(path.dropFirst(root.count + 1)) }
            if case .failure = item { return "!" + path }
            return path
        }
    }

    @Test("A folder walk is recursive, sorted by path bytes, filtered by extension, without hidden entries")
    func folderWalk() {
        let root = ReadingSupport.fixtures + "/walk"
        let items = InputCollector.collect([root])
        #expect(relative(items, to: root) == ["C.HTML", "a.txt", "b.md", "sub-x/y.markdown", "sub/w.TXT", "sub/z.htm"])
        #expect(items[0] == .file(path: root + "/C.HTML", format: .html))
        #expect(items[2] == .file(path: root + "/b.md", format: .markdown))
        #expect(items[4] == .file(path: root + "/sub/w.TXT", format: .plainText))
    }

    @Test("A trailing slash does not double the separator")
    func trailingSlash() {
        let root = ReadingSupport.fixtures + "/walk/sub/"
        #expect(InputCollector.collect([root]).map(\.path) == [root + "w.TXT", root + "z.htm"])
    }

    @Test("Inputs keep their order; explicit files are read whatever their extension; - is standard input")
    func explicitInputs() {
        let root = ReadingSupport.fixtures + "/walk"
        let items = InputCollector.collect([root + "/LIESMICH", "-", root + "/bericht.pdf", root + "/.entwurf.txt", root + "/sub"])
        #expect(items == [
            .file(path: root + "/LIESMICH", format: .plainText),
            .standardInput,
            .file(path: root + "/bericht.pdf", format: .plainText),
            .file(path: root + "/.entwurf.txt", format: .plainText),
            .file(path: root + "/sub/w.TXT", format: .plainText),
            .file(path: root + "/sub/z.htm", format: .html),
        ])
    }

    @Test("A missing path is a failure naming it, and the other inputs go on")
    func missingPath() throws {
        let missing = ReadingSupport.fixtures + "/gibt-es-nicht.md"
        let present = ReadingSupport.fixtures + "/walk/a.txt"
        let items = InputCollector.collect([missing, present])
        #expect(items == [.failure(.inputNotFound(path: missing)), .file(path: present, format: .plainText)])
        guard case .failure(let error) = items[0] else { return }
        #expect(error.description.contains(missing))
        #expect(error.description.contains("no such file or folder"))
        #expect(throws: ExtractorsError.inputNotFound(path: missing)) { try DocumentReader.read(path: missing) }
    }

    @Test("Reading a folder as a file is an error naming it")
    func folderAsFile() {
        let folder = ReadingSupport.fixtures + "/walk"
        #expect(throws: ExtractorsError.notAFileOrFolder(path: folder)) { try DocumentReader.read(path: folder) }
    }

    @Test("Devices are neither files nor folders")
    func device() {
        #expect(InputCollector.collect(["/dev/null"]) == [.failure(.notAFileOrFolder(path: "/dev/null"))])
    }

    @Test("Symbolic link loops are reported, not followed; links to files and folders are followed")
    func symlinkLoop() throws {
        let root = try ReadingSupport.temporaryFolder()
        defer { ReadingSupport.cleanUp(root) }
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/a/b", withIntermediateDirectories: true)
        try ReadingSupport.write(Array("Text".utf8), to: root + "/a/b/meldung.txt")
        try manager.createDirectory(atPath: root + "/c", withIntermediateDirectories: true)
        try ReadingSupport.write(Array("Mehr".utf8), to: root + "/c/extra.md")
        try manager.createSymbolicLink(atPath: root + "/a/b/zurueck", withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: root + "/a/selbst", withDestinationPath: ".")
        try manager.createSymbolicLink(atPath: root + "/a/link.txt", withDestinationPath: "b/meldung.txt")
        try manager.createSymbolicLink(atPath: root + "/a/kaputt.md", withDestinationPath: "fehlt.md")
        try manager.createSymbolicLink(atPath: root + "/a/kaputt.bin", withDestinationPath: "fehlt.bin")
        let items = InputCollector.collect([root + "/a", root + "/c"])
        #expect(relative(items, to: root) == [
            "a/b/meldung.txt", "!a/b/zurueck", "!a/kaputt.md", "a/link.txt", "!a/selbst", "c/extra.md",
        ])
        #expect(items[1] == .failure(.symlinkLoop(path: root + "/a/b/zurueck")))
        #expect(items[2] == .failure(.unreadable(path: root + "/a/kaputt.md", reason: "broken symbolic link")))
    }

    @Test("An unreadable folder inside a walk is a failure naming it", .enabled(if: getuid() != 0, "root reads every folder"))
    func unreadableFolder() throws {
        let root = try ReadingSupport.temporaryFolder()
        defer {
            chmod(root + "/zu", 0o755)
            ReadingSupport.cleanUp(root)
        }
        try FileManager.default.createDirectory(atPath: root + "/zu", withIntermediateDirectories: true)
        try ReadingSupport.write(Array("Text".utf8), to: root + "/offen.txt")
        chmod(root + "/zu", 0)
        let items = InputCollector.collect([root])
        #expect(items.count == 2)
        #expect(items[0] == .file(path: root + "/offen.txt", format: .plainText))
        guard case .failure(.unreadable(let path, let reason)) = items[1] else {
            Issue.record("expected an unreadable failure, got \(items[1])")
            return
        }
        #expect(path == root + "/zu")
        #expect(!reason.isEmpty)
    }

    @Test("Every collected fixture document can be read")
    func readCollected() throws {
        let root = ReadingSupport.fixtures + "/walk"
        var texts: [String] = []
        for item in InputCollector.collect([root]) {
            guard case .file(let path, let format) = item else { continue }
            texts.append(try DocumentReader.read(path: path, format: format).text)
        }
        #expect(texts == ["Dritte Meldung aus Jena.", "Erste Meldung aus Bremen.\n", "Zweite Meldung\n\nDie Stadt Kiel berichtet.",
                          "Unterordner mit Strich.", "Klein geschrieben.\n", "Unterordner."])
    }
}
