#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import GraphCore

/// Renders the numbered pieces of a document and hands them to a writer in order, on one or two threads.
///
/// With two threads, a helper thread and the calling thread each take the next piece not yet taken and render it
/// into a buffer of its own. Whichever thread finds the next piece in order ready while nobody writes hands it to
/// `write`, so pieces are written strictly in order, one at a time, by either thread, and the time spent writing
/// (copying into the page cache) overlaps rendering on the other thread. At most ``window`` pieces are rendered
/// ahead of the writing, so memory stays bounded. The bytes written are exactly those one thread would write
/// rendering the pieces in order.
enum OrderedRendering {
    /// Pieces that may be rendered ahead of the writing.
    static let window = 4

    /// Calls `render` for pieces 0..<count (each into an empty buffer) and `write` with each piece's bytes in order.
    ///
    /// `render` must only read shared state: with `threads` ≥ 2 it runs on two threads at once. `write` is called
    /// for one piece at a time, in order, from either thread. When `write` throws, no further piece is started and
    /// the error is rethrown once the helper has stopped.
    static func run(count: Int, threads: Int, render: (Int, inout [UInt8]) -> Void,
                    write: (UnsafeBufferPointer<UInt8>) throws(GraphCoreError) -> Void) throws(GraphCoreError) {
        if threads < 2 || count < 2 {
            var bytes: [UInt8] = []
            for index in 0..<count {
                bytes.removeAll(keepingCapacity: true)
                render(index, &bytes)
                try bytes.withUnsafeBufferPointer { (run) throws(GraphCoreError) in try write(run) }
            }
            return
        }
        let result: Result<Void, GraphCoreError> = withoutActuallyEscaping(render) { render in
            withoutActuallyEscaping(write) { write in
                let shared = Pieces(count: count, render: render, write: write)
                let done = DispatchSemaphore(value: 0)
                DispatchQueue.global().async {
                    shared.work()
                    done.signal()
                }
                shared.work()
                done.wait()
                // The helper's block may outlive this call for a moment: it must not keep the closures alive.
                return shared.finish()
            }
        }
        try result.get()
    }

    /// ``run(count:threads:render:write:)`` writing each piece to `output`, with the outcome as a value (for callers
    /// inside closures over borrowed buffers, which cannot throw typed errors).
    static func write(count: Int, threads: Int, to output: ByteOutput,
                      render: (Int, inout [UInt8]) -> Void) -> Result<Void, GraphCoreError> {
        do throws(GraphCoreError) {
            try run(count: count, threads: threads, render: render) { (piece) throws(GraphCoreError) in
                try output.write(UnsafeRawBufferPointer(piece))
            }
            return .success(())
        } catch {
            return .failure(error)
        }
    }
}

/// The state two threads share while rendering and writing pieces for ``OrderedRendering``; guarded by one mutex.
private final class Pieces: @unchecked Sendable {
    private let count: Int
    /// Set from creation until both threads are done (see ``finish()``).
    private var render: ((Int, inout [UInt8]) -> Void)?
    /// Set from creation until both threads are done (see ``finish()``).
    private var write: ((UnsafeBufferPointer<UInt8>) throws(GraphCoreError) -> Void)?
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// The next piece nobody has taken.
    private var next = 0
    /// The next piece to write.
    private var written = 0
    /// True while one thread writes a piece.
    private var writing = false
    /// Rendered pieces waiting to be written, at index `piece % window`.
    private var ready: [[UInt8]?] = Array(repeating: nil, count: OrderedRendering.window)
    /// Buffers already written, kept for reuse.
    private var spare: [[UInt8]] = []
    /// The first error `write` threw; no further piece is taken once it is set.
    private var failure: GraphCoreError? = nil

    init(count: Int, render: @escaping (Int, inout [UInt8]) -> Void,
         write: @escaping (UnsafeBufferPointer<UInt8>) throws(GraphCoreError) -> Void) {
        self.count = count
        self.render = render
        self.write = write
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    /// Releases the closures once neither thread works any more, and tells how writing went.
    func finish() -> Result<Void, GraphCoreError> {
        render = nil
        write = nil
        if let failure { return .failure(failure) }
        return .success(())
    }

    /// Takes the next piece if one is left and the window allows it (mutex held); its index, or nil.
    private func take() -> Int? {
        guard failure == nil, next < count, next - written < OrderedRendering.window else { return nil }
        next += 1
        return next - 1
    }

    /// Renders piece `index` without the mutex and files it (mutex held on entry and on return).
    private func renderPiece(_ index: Int) {
        var bytes = spare.popLast() ?? []
        pthread_mutex_unlock(mutex)
        bytes.removeAll(keepingCapacity: true)
        render!(index, &bytes)
        pthread_mutex_lock(mutex)
        ready[index % OrderedRendering.window] = bytes
        pthread_cond_broadcast(condition)
    }

    /// Writes the next piece in order, `bytes`, without the mutex (held on entry and on return).
    private func writePiece(_ bytes: [UInt8]) {
        writing = true
        pthread_mutex_unlock(mutex)
        let outcome: GraphCoreError? = bytes.withUnsafeBufferPointer { run in
            do throws(GraphCoreError) { try write!(run); return nil } catch { return error }
        }
        pthread_mutex_lock(mutex)
        writing = false
        if let outcome {
            if failure == nil { failure = outcome }
        } else {
            spare.append(bytes)
            written += 1
        }
        pthread_cond_broadcast(condition)
    }

    /// One thread's share: writes the next piece whenever it is ready and nobody writes, else renders the next piece
    /// not taken, else waits; returns when every piece is written or writing failed.
    func work() {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while failure == nil && written < count {
            let slot = written % OrderedRendering.window
            if !writing, let bytes = ready[slot] {
                ready[slot] = nil
                writePiece(bytes)
            } else if let index = take() {
                renderPiece(index)
            } else {
                pthread_cond_wait(condition, mutex)
            }
        }
    }
}
