import Foundation

/// Temporary folders for tests, all inside one folder per test process that is removed when the process exits.
///
/// Tests that write files (outputs, stores, inputs made on the fly) take their folders from here, so a test run
/// leaves nothing behind in `$TMPDIR` however its tests end (a failed expectation skips a test's own clean-up).
public enum Scratch {
    /// The folder of this process: `$TMPDIR/graph-export-tests-<pid>`, made on first use and removed at exit.
    public static let root: String = {
        let path = NSTemporaryDirectory() + "graph-export-tests-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        rootForExit = path
        atexit { if let path = rootForExit { try? FileManager.default.removeItem(atPath: path) } }
        return path
    }()

    /// A fresh empty folder named `prefix` plus a unique suffix, inside ``root``.
    public static func folder(_ prefix: String) throws -> String {
        let path = root + "/" + prefix + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// The root that the exit handler removes (a C function pointer captures nothing, so it reads a global).
nonisolated(unsafe) private var rootForExit: String?
