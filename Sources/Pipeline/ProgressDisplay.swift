import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress display on standard error: documents done of the total, MB/s and the time left.
///
/// It appears only once a run has taken ``delay`` seconds (short runs stay silent), is redrawn in place at most
/// every ``interval`` seconds, and is erased before a diagnostic is printed and when the run ends. The caller decides
/// whether to show it at all (``ExtractRequest/progress``: standard error is a terminal and `--quiet` is not given).
final class ProgressDisplay: @unchecked Sendable {
    /// Seconds before the first drawing.
    static let delay = 1.5
    /// Smallest interval between two drawings, in seconds.
    static let interval = 0.1

    private let lock = NSLock()
    private let enabled: Bool
    private let totalDocuments: Int
    private let totalBytes: Int
    private let started: UInt64
    private var documents = 0
    private var bytes = 0
    private var lastDrawn: UInt64 = 0
    private var shown = false

    /// A display for `documents` inputs of `bytes` bytes in all; draws nothing unless `enabled`.
    init(enabled: Bool, documents: Int, bytes: Int) {
        self.enabled = enabled
        self.totalDocuments = documents
        self.totalBytes = max(bytes, 1)
        self.started = DispatchTime.now().uptimeNanoseconds
    }

    /// True when standard error is a terminal.
    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }

    /// Counts one finished input of `bytes` bytes and redraws when it is time to.
    func advance(bytes count: Int) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        documents += 1
        bytes += count
        let now = DispatchTime.now().uptimeNanoseconds
        let elapsed = Double(now - started) / 1e9
        guard elapsed >= Self.delay, Double(now - lastDrawn) / 1e9 >= Self.interval else { return }
        lastDrawn = now
        let rate = Double(bytes) / 1e6 / elapsed
        let left = bytes > 0 ? elapsed * Double(totalBytes - min(bytes, totalBytes)) / Double(bytes) : 0
        let line = String(format: "graph-export: %d/%d documents, %.1f MB/s, %@ left", documents, totalDocuments, rate,
                          Self.duration(left))
        emit("\r" + line + "\u{1B}[K")
        shown = true
    }

    /// Erases the line (before a diagnostic, and at the end of the run).
    func clear() {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        if shown { emit("\r\u{1B}[K") }
        shown = false
    }

    /// `report`, erasing the progress line before each diagnostic.
    func wrapping(_ report: @escaping @Sendable (Diagnostic) -> Void) -> @Sendable (Diagnostic) -> Void {
        guard enabled else { return report }
        return { [self] diagnostic in
            clear()
            report(diagnostic)
        }
    }

    /// `seconds` as `1:05:09`, `5:09` or `9 s`.
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s >= 3600 { return String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) }
        if s >= 60 { return String(format: "%d:%02d", s / 60, s % 60) }
        return "\(s) s"
    }

    private func emit(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(2, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }
}
