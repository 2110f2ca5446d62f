#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Clean stops on SIGINT and SIGTERM: the temporary output file is removed, an earlier output file stays as it
/// was, and a message on standard error says that the run was interrupted and what was kept.
///
/// The handler only calls async-signal-safe functions (`unlink`, `write`, `_exit`) on state prepared in advance.
/// The CLI calls ``install()`` once; ``ExtractJob`` reports its progress (``prepare(outputPath:)``, then the
/// temporary file while writing). SIGKILL cannot be caught: it leaves at most a `.NAME.tmp-PID` file beside the
/// output, and the output itself is still the previous one (the rename is atomic).
public enum InterruptHandling {
    /// What the run is doing when a signal arrives.
    private enum Stage: Int32 { case extracting = 0, writing = 1, committing = 2 }

    private static let pathCapacity = 4096
    private static let messageCapacity = 3 * 4096 + 512
    // Raw buffers, allocated once by `install()`, so that the handler touches no Swift runtime state.
    nonisolated(unsafe) private static var temporaryPath: UnsafeMutablePointer<CChar>? = nil
    nonisolated(unsafe) private static var messages: UnsafeMutablePointer<UInt8>? = nil
    nonisolated(unsafe) private static var messageLengths: UnsafeMutablePointer<Int>? = nil
    nonisolated(unsafe) private static var stage: UnsafeMutablePointer<Int32>? = nil

    /// Installs the handlers for SIGINT and SIGTERM (once per process).
    public static func install() {
        guard stage == nil else { return }
        temporaryPath = .allocate(capacity: pathCapacity)
        temporaryPath!.initialize(repeating: 0, count: pathCapacity)
        messages = .allocate(capacity: messageCapacity)
        messages!.initialize(repeating: 0, count: messageCapacity)
        messageLengths = .allocate(capacity: 3)
        messageLengths!.initialize(repeating: 0, count: 3)
        stage = .allocate(capacity: 1)
        stage!.initialize(to: Stage.extracting.rawValue)
        prepare(outputPath: nil)
        // A parent may have started us with these signals blocked (posix_spawn keeps the mask); threads started
        // from now on inherit this thread's mask.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for signalNumber in [SIGINT, SIGTERM] {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { InterruptHandling.handle($0) }
            #else
            action.__sigaction_u.__sa_handler = { InterruptHandling.handle($0) }
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signalNumber, &action, nil)
        }
    }

    /// Prepares the messages for a run writing its graph to `outputPath` (`-`: standard output; nil: no graph, or
    /// not known yet), saying whether an earlier file at that path is kept.
    public static func prepare(outputPath: String?) {
        guard let stage else { return }
        switch outputPath {
        case nil:
            setMessage(Stage.extracting, "before any output was written")
        case "-"?:
            setMessage(Stage.extracting, "before the graph was written; nothing went to standard output")
            setMessage(Stage.writing, "while the graph was being written; standard output holds an incomplete graph")
        case let path?:
            let kept = access(path, F_OK) == 0 ? "the previous \(path) is kept unchanged" : "no \(path) was written"
            setMessage(Stage.extracting, "before the output was written; \(kept)")
            setMessage(Stage.writing, "while the output was being written; the temporary file was removed and \(kept)")
            setMessage(Stage.committing, "while the finished output was being renamed; \(path) holds either the previous or the new complete graph, never a partial one")
        }
        stage.pointee = Stage.extracting.rawValue
        temporaryPath![0] = 0
    }

    /// Called when the temporary output file exists: a signal now removes it.
    static func writing(temporaryPath path: String) {
        guard let stage, let buffer = temporaryPath else { return }
        let bytes = Array(path.utf8.prefix(pathCapacity - 1))
        for (index, byte) in bytes.enumerated() { buffer[index] = CChar(bitPattern: byte) }
        buffer[bytes.count] = 0
        stage.pointee = Stage.writing.rawValue
    }

    /// Called just before the temporary file is renamed over the output: a signal no longer removes anything.
    static func committing() {
        stage?.pointee = Stage.committing.rawValue
    }

    /// Called when the output is complete (or was aborted): back to the first stage.
    static func finished() {
        guard let stage else { return }
        stage.pointee = Stage.extracting.rawValue
        temporaryPath![0] = 0
    }

    private static func setMessage(_ which: Stage, _ text: String) {
        let slot = Int(which.rawValue)
        let capacity = messageCapacity / 3
        let bytes = Array(text.utf8.prefix(capacity - 1)) + [0x0A]
        for (index, byte) in bytes.enumerated() { messages![slot * capacity + index] = byte }
        messageLengths![slot] = bytes.count
    }

    /// The handler: async-signal-safe calls only.
    private static func handle(_ signalNumber: Int32) {
        guard let stage, let messages, let messageLengths, let temporaryPath else { _exit(128 + signalNumber) }
        let current = stage.pointee
        if current == Stage.writing.rawValue && temporaryPath[0] != 0 { unlink(temporaryPath) }
        let prefix: StaticString = signalNumber == SIGINT ? "graph-export: interrupted (SIGINT) " : "graph-export: interrupted (SIGTERM) "
        _ = write(2, prefix.utf8Start, prefix.utf8CodeUnitCount)
        let slot = Int(current)
        _ = write(2, messages + slot * (messageCapacity / 3), messageLengths[slot])
        _exit(128 + signalNumber)
    }
}
