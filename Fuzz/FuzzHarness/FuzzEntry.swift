#if canImport(Glibc)
import Glibc
#endif

/// What the fuzz executables share: running a harness on one input, and replaying files without libFuzzer.
public enum FuzzEntry {
    /// Runs `harness` on one input and aborts (a finding for libFuzzer) when it reports a broken invariant.
    public static func runOne(_ data: UnsafePointer<UInt8>?, _ size: Int, _ harness: ([UInt8]) -> [String]) {
        let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
        let problems = harness(bytes)
        if !problems.isEmpty {
            for problem in problems { printError("invariant broken: \(problem)\n") }
            abort()
        }
    }

    /// The entry of the normal (non-libFuzzer) build: runs `harness` on every file named in the arguments
    /// (folders: every file inside), prints the broken invariants and exits 1 if there were any.
    public static func replay(arguments: [String], _ harness: ([UInt8]) -> [String]) -> Never {
        var files: [String] = []
        for argument in arguments.dropFirst() { files += listFiles(argument) }
        if files.isEmpty {
            printError("usage: \(arguments.first ?? "fuzz") FILE-OR-FOLDER... (replays inputs; build with scripts/fuzz for libFuzzer)\n")
            exit(2)
        }
        var failures = 0
        for file in files {
            guard let bytes = readFile(file) else { printError("\(file): cannot be read\n"); failures += 1; continue }
            let problems = harness(bytes)
            for problem in problems { printError("\(file): \(problem)\n") }
            if !problems.isEmpty { failures += 1 }
        }
        print("replayed \(files.count) inputs, \(failures) failed")
        exit(failures == 0 ? 0 : 1)
    }

    /// The value of an environment variable (a folder, a number), if set and non-empty.
    public static func environmentDirectory(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let path = String(cString: value)
        return path.isEmpty ? nil : path
    }

    /// Writes `text` to standard error.
    static func printError(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }

    /// True when a file exists at `path`.
    public static func fileExists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func listFiles(_ path: String) -> [String] {
        var info = stat()
        guard stat(path, &info) == 0 else { return [path] }
        guard info.st_mode & S_IFMT == S_IFDIR, let dir = opendir(path) else { return [path] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted().flatMap { listFiles(path + "/" + $0) }
    }

    static func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }
}

#if FUZZING
/// libFuzzer's driver (compiler-rt, linked by `-sanitize=fuzzer`): parses libFuzzer's flags and runs the loop.
@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

extension FuzzEntry {
    /// The entry of the libFuzzer build: SwiftPM links an executable's `main` to its `@main` type, so that type
    /// hands the command line to libFuzzer's driver here.
    public static func runLibFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = CommandLine.unsafeArgv
        exit(llvmFuzzerRunDriver(&argc, &argv, callback))
    }
}
#endif
