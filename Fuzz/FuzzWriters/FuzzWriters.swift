import FuzzHarness

/// Where outputs are saved when `FUZZ_WRITERS_OUTPUT` names a folder (for `scripts/fuzz-validate`).
private let outputDirectory = FuzzEntry.environmentDirectory("FUZZ_WRITERS_OUTPUT")
/// How many distinct inputs save their outputs at most (`FUZZ_WRITERS_LIMIT`, default unlimited).
private let saveLimit = FuzzEntry.environmentDirectory("FUZZ_WRITERS_LIMIT").flatMap { Int($0) } ?? .max
nonisolated(unsafe) private var saved = 0

/// The folder to save the outputs of `data` in, while fewer than `saveLimit` distinct inputs have been saved
/// (libFuzzer runs some inputs more than once; they are saved under the same name and counted once).
private func saveDirectory(for data: [UInt8]) -> String? {
    guard let outputDirectory, saved < saveLimit else { return nil }
    if !FuzzEntry.fileExists(outputDirectory + "/" + WritersHarness.outputName(data) + ".nt") { saved += 1 }
    return outputDirectory
}

/// libFuzzer's entry: arbitrary names and literals → graph → every writer (see ``WritersHarness``).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWriters(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntry.runOne(data, size) { WritersHarness.run($0, saveTo: saveDirectory(for: $0)) }
    return 0
}

/// The executable's entry: libFuzzer's driver in the fuzz build (`-D FUZZING`, see scripts/fuzz); in the normal
/// build a replay tool that runs the harness on the files and folders named on the command line.
@main
enum FuzzWritersMain {
    static func main() {
        #if FUZZING
        FuzzEntry.runLibFuzzer(fuzzWriters)
        #else
        FuzzEntry.replay(arguments: CommandLine.arguments) { WritersHarness.run($0, saveTo: saveDirectory(for: $0)) }
        #endif
    }
}
