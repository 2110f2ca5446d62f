#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A destination for bytes: a file, standard output or memory. Writers buffer and hand over large chunks.
public protocol ByteOutput: AnyObject {
    /// Appends `bytes`; throws ``GraphCoreError/writeFailed(path:reason:)`` when the device refuses them.
    func write(_ bytes: UnsafeRawBufferPointer) throws(GraphCoreError)
}

/// Collects everything in memory: for tests and for callers that post-process the bytes.
public final class MemoryOutput: ByteOutput {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty buffer.
    public init() {}

    /// Appends `bytes` (see ``ByteOutput/write(_:)``).
    public func write(_ bytes: UnsafeRawBufferPointer) throws(GraphCoreError) {
        self.bytes.append(contentsOf: bytes)
    }

    /// The bytes as UTF-8 text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Writes to an open file descriptor, retrying short writes and reporting errors with a path.
public class DescriptorOutput: ByteOutput {
    let descriptor: Int32
    /// The path named in error messages (`-` for standard output).
    public let path: String

    /// Wraps an open descriptor; it is not closed by this object.
    public init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    /// Standard output.
    public static func standardOutput() -> DescriptorOutput { DescriptorOutput(descriptor: 1, path: "-") }

    /// Appends `bytes` (see ``ByteOutput/write(_:)``).
    public func write(_ bytes: UnsafeRawBufferPointer) throws(GraphCoreError) {
        guard var base = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let n = Glibc.write(descriptor, base, remaining)
            if n < 0 {
                if errno == EINTR { continue }
                throw .writeFailed(path: path, reason: String(cString: strerror(errno)))
            }
            remaining -= n
            base += n
        }
    }
}

/// A file written under a temporary name beside its target and renamed over it only by ``commit()``.
///
/// A run that fails or is interrupted calls ``abort()`` (or never commits), so a good
/// earlier file at the target path is never replaced by a truncated one.
public final class AtomicFileOutput: DescriptorOutput {
    /// The final path.
    public let targetPath: String
    /// The temporary path being written.
    public let temporaryPath: String
    private var open = true

    /// The temporary path an output to `path` is written under: `.<name>.tmp-<pid>` in the target's directory.
    public static func temporaryPath(for path: String) -> String {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let directory = slash.map { String(path[..<$0]) + "/" } ?? ""
        let name = slash.map { String(path[path.utf8.index(after: $0)...]) } ?? path
        return "\(directory).\(name).tmp-\(getpid())"
    }

    /// Creates the temporary file ``temporaryPath(for:)`` in the target's directory.
    public init(path: String) throws(GraphCoreError) {
        let temporary = Self.temporaryPath(for: path)
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 {
            throw .fileOperationFailed(path: path, operation: "create", reason: String(cString: strerror(errno)))
        }
        self.targetPath = path
        self.temporaryPath = temporary
        super.init(descriptor: fd, path: path)
    }

    /// Flushes to disk and renames the temporary file over the target.
    public func commit() throws(GraphCoreError) {
        guard open else { return }
        open = false
        if fsync(descriptor) != 0 || close(descriptor) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw .writeFailed(path: targetPath, reason: reason)
        }
        if rename(temporaryPath, targetPath) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw .fileOperationFailed(path: targetPath, operation: "rename", reason: reason)
        }
    }

    /// Removes the temporary file and leaves the target as it was.
    public func abort() {
        guard open else { return }
        open = false
        close(descriptor)
        unlink(temporaryPath)
    }

    deinit { abort() }
}

/// A growable byte buffer in front of a ``ByteOutput``: writers append bytes and it flushes in 64 KiB chunks.
public struct ByteBuffer {
    /// Bytes not yet handed to the output.
    public var bytes: [UInt8] { storage }
    /// The pending bytes; appended to by the inlinable methods below (reserved once, so appends rarely reallocate).
    @usableFromInline var storage: [UInt8] = []
    private let output: ByteOutput
    private let chunk: Int

    /// A buffer that flushes to `output` whenever `chunk` bytes are pending.
    public init(output: ByteOutput, chunk: Int = 1 << 16) {
        self.output = output
        self.chunk = chunk
        storage.reserveCapacity(chunk + 1024)
    }

    /// Appends one byte.
    @inlinable public mutating func append(_ byte: UInt8) { storage.append(byte) }

    /// Appends the UTF-8 bytes of a string.
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { storage.append(contentsOf: $0) }
    }

    /// Appends a run of raw bytes (one copy, no per-byte work).
    @inlinable public mutating func append(bytes run: UnsafeBufferPointer<UInt8>) {
        storage.append(contentsOf: run)
    }

    /// Appends raw bytes.
    @inlinable public mutating func append<C: Collection>(contentsOf other: C) where C.Element == UInt8 {
        storage.append(contentsOf: other)
    }

    /// Hands the pending bytes to the output if a chunk is full.
    @inlinable public mutating func flushIfNeeded() throws(GraphCoreError) {
        if storage.count >= chunkSize { try flush() }
    }

    /// The number of pending bytes at which ``flushIfNeeded()`` flushes.
    @usableFromInline var chunkSize: Int { chunk }

    /// Hands all pending bytes to the output.
    public mutating func flush() throws(GraphCoreError) {
        if storage.isEmpty { return }
        let out = output
        let result: Result<Void, GraphCoreError> = storage.withUnsafeBytes { raw in
            do throws(GraphCoreError) { try out.write(raw); return .success(()) } catch { return .failure(error) }
        }
        try result.get()
        storage.removeAll(keepingCapacity: true)
    }
}
