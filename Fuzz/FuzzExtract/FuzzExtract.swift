import FuzzHarness

/// libFuzzer's entry: readers and the whole extraction on arbitrary bytes (see ``ExtractHarness``).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntry.runOne(data, size, ExtractHarness.run)
    return 0
}

/// The executable's entry: libFuzzer's driver in the fuzz build (`-D FUZZING`, see scripts/fuzz); in the normal
/// build a replay tool that runs the harness on the files and folders named on the command line.
@main
enum FuzzExtractMain {
    static func main() {
        #if FUZZING
        FuzzEntry.runLibFuzzer(fuzzExtract)
        #else
        FuzzEntry.replay(arguments: CommandLine.arguments, ExtractHarness.run)
        #endif
    }
}
