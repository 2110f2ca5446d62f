/// The 64-bit FNV-1a hash of bytes: the one byte hash behind slugs, statement labels and the extractors' word tables.
///
/// Stable on every machine and every run (unlike `Hasher`), so it may name things in the output.
public struct FNV1a: Sendable {
    /// The FNV offset basis, the hash of no bytes.
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The 64-bit FNV prime.
    public static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The running state.
    @usableFromInline var state: UInt64 = FNV1a.offsetBasis

    /// The hash of the bytes combined so far.
    @inlinable public var value: UInt64 { state }

    /// A hash of no bytes yet.
    @inlinable public init() {}

    /// Mixes in one more byte.
    @inlinable @inline(__always)
    public mutating func combine(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* Self.prime
    }

    /// The hash of `bytes`.
    @inlinable @inline(__always)
    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hasher = FNV1a()
        for byte in bytes { hasher.combine(byte) }
        return hasher.value
    }

    /// The 64-bit value folded to 32 bits (high half XOR low half), as the short hashes use it.
    @inlinable
    public var folded: UInt32 { UInt32(truncatingIfNeeded: value ^ (value >> 32)) }
}
