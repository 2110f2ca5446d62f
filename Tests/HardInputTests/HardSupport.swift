import Foundation
import TestSupport
import Testing

/// Paths, the built binary, external tools and temporary folders for the hard-input tests.
enum HardSupport {
    /// The repository root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The hard-input corpus.
    static var fixtures: String { root + "/Tests/Fixtures/hard" }

    /// A fixture's full path.
    static func fixture(_ name: String) -> String { fixtures + "/" + name }

    /// The seeds folder.
    static var seeds: String { root + "/seeds" }

    /// The `graph-export` binary built next to this test bundle.
    static var binary: String { product("graph-export") }

    /// An executable product built next to this test bundle.
    static func product(_ name: String) -> String {
        var dir = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root + "/.build/debug/" + name
    }

    /// The result of running a program.
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `program` and waits for it.
    static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        process.waitUntilExit()
        group.wait()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs graph-export.
    static func graphExport(_ arguments: [String]) throws -> Run { try run(binary, arguments) }

    /// The full path of an external tool, or a test failure naming the package that provides it.
    static func tool(_ name: String, package: String) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for dir in path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/bin"] {
            let candidate = dir + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        Issue.record("\(name) is not installed: install the Debian package \(package)")
        throw MissingTool(name: name)
    }

    /// A missing external tool.
    struct MissingTool: Error { let name: String }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> String {
        try Scratch.folder("hard")
    }

    /// Checks one output file with the third-party validator of its format; returns the validator's complaint or nil.
    static func validate(_ path: String) throws -> String? {
        let ext = URL(fileURLWithPath: path).pathExtension
        let result: Run
        switch ext {
        case "ttl", "nt", "trig", "nq":
            let rapper = try tool("rapper", package: "raptor2-utils")
            let syntax = ["ttl": "turtle", "nt": "ntriples", "trig": "trig", "nq": "nquads"][ext]!
            result = try run(rapper, ["-q", "-i", syntax, "-c", path])
            if result.status == 0 && result.stderr.contains("Warning") { return "rapper warned: \(result.stderr)" }
        case "graphml":
            let xmllint = try tool("xmllint", package: "libxml2-utils")
            result = try run(xmllint, ["--noout", "--nonet", "--schema", root + "/Tests/Schemas/graphml/graphml.xsd", path])
        case "dot":
            let dot = try tool("dot", package: "graphviz")
            result = try run(dot, ["-Tcanon", "-o", "/dev/null", path])
            if result.status == 0 && result.stderr.contains("Warning") { return "dot warned: \(result.stderr)" }
        default:
            return "no validator for .\(ext)"
        }
        return result.status == 0 ? nil : "exit \(result.status): \(result.stderr)"
    }
}
