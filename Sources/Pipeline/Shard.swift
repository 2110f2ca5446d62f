/// One part of a corpus split by content hash: shard `index` of `count` (1-based, as `--shard K/N` writes it).
///
/// A document belongs to shard K of N when the first 8 bytes of its SHA-256 (the first 16 hex
/// digits, read as a big-endian unsigned integer) modulo N equal K − 1. The split depends only
/// on the documents' bytes, so every machine agrees on it without coordination, and a
/// document never lands in two shards.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// K, from 1 to ``count``.
    public let index: Int
    /// N, at least 1.
    public let count: Int

    /// Shard `index` of `count`; requires 1 ≤ index ≤ count.
    public init(index: Int, count: Int) throws(PipelineError) {
        guard count >= 1, (1...count).contains(index) else { throw .invalidShard("\(index)/\(count)") }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`, e.g. `2/8`.
    public init(parsing text: String) throws(PipelineError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { throw .invalidShard(text) }
        try self.init(index: k, count: n)
    }

    /// True when the document with SHA-256 `contentHash` (hex) belongs to this shard.
    public func contains(contentHash: String) -> Bool {
        var value: UInt64 = 0
        var digits = 0
        for byte in contentHash.utf8.prefix(16) {
            let nibble: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = byte - UInt8(ascii: "A") + 10
            default: return index == 1  // not a hash: deterministic, lands in the first shard
            }
            value = value << 4 | UInt64(nibble)
            digits += 1
        }
        guard digits == 16 else { return index == 1 }
        return value % UInt64(count) == UInt64(index - 1)
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }
}
