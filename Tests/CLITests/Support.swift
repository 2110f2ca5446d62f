import Foundation
import TestSupport
import Testing

/// Paths of the repository and the built binary, and a way to run external programs.
enum Support {
    /// The repository root (three levels above this file).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seeds folder at the repository root.
    static var seeds: String { root.appendingPathComponent("seeds").path }

    /// The `graph-export` binary built next to this test bundle.
    static var binary: String {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // The test runner lives in the products folder or inside an .xctest bundle below it.
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("graph-export")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/graph-export").path
    }

    /// The result of running a program.
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `program` with `arguments`, feeding `input` to standard input.
    static func run(_ program: String, _ arguments: [String], input: Data? = nil, cwd: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if let input { inp.fileHandleForWriting.write(input) }
        try? inp.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs graph-export.
    static func graphExport(_ arguments: [String], input: Data? = nil) throws -> Run {
        try run(binary, arguments, input: input)
    }

    /// The full path of an external tool, or a test failure naming the package that provides it.
    static func tool(_ name: String, package: String) throws -> String {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        Issue.record("\(name) is not installed: install \(package)")
        throw MissingTool(name: name)
    }

    /// A python3 that can import `module` (the first on PATH that can), or a failure naming the package.
    static func python(with module: String, package: String) throws -> String {
        var candidates: [String] = []
        let env = ProcessInfo.processInfo.environment
        let home = env["HOME"] ?? "/root"
        for dir in (env["PATH"] ?? "").split(separator: ":").map(String.init) + ["\(home)/.pyenv/shims", "/usr/local/bin", "/usr/bin"] {
            let path = "\(dir)/python3"
            if FileManager.default.isExecutableFile(atPath: path), !candidates.contains(path) { candidates.append(path) }
        }
        if candidates.isEmpty {
            Issue.record("python3 is not installed: install the Debian package python3")
            throw MissingTool(name: "python3")
        }
        for python in candidates where try run(python, ["-c", "import \(module)"]).status == 0 { return python }
        Issue.record("no python3 (\(candidates.joined(separator: ", "))) can import \(module): pip install \(package)")
        throw MissingTool(name: module)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> String {
        try Scratch.folder("cli")
    }

    struct MissingTool: Error { let name: String }
}
