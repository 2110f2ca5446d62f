/// SHA-256 (FIPS 180-4) of a byte sequence: the content hash that identifies documents.
///
/// Implemented here so that GraphCore needs no crypto dependency; checked against the
/// FIPS test vectors in `GraphCoreTests`. Contiguous input (arrays, UTF-8 views of native strings)
/// is compressed 64-byte block by 64-byte block straight from its storage; only a trailing
/// partial block is copied.
public struct SHA256: Sendable {
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
        (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
    /// The bytes of the block not yet compressed (fewer than 64).
    private var block: [UInt8] = []
    private var length: UInt64 = 0

    /// A fresh hasher.
    public init() {}

    /// The hex digest of `bytes`.
    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalizeHex()
    }

    /// The hex digest of `bytes` (the non-generic path for the common case).
    public static func hex(_ bytes: [UInt8]) -> String {
        var hasher = SHA256()
        bytes.withUnsafeBytes { hasher.update(rawBytes: $0) }
        return hasher.finalizeHex()
    }

    /// Feeds more bytes.
    public mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(rawBytes: UnsafeRawBufferPointer($0)) }
        if done != nil { return }
        let copy = Array(bytes)
        copy.withUnsafeBytes { update(rawBytes: $0) }
    }

    /// Feeds the bytes in `rawBytes`.
    public mutating func update(rawBytes: UnsafeRawBufferPointer) {
        let count = rawBytes.count
        guard count > 0, let base = rawBytes.baseAddress else { return }
        length &+= UInt64(count)
        var offset = 0
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            let w = schedule.baseAddress!
            if !block.isEmpty {
                let take = min(64 - block.count, count)
                block.append(contentsOf: UnsafeRawBufferPointer(start: base, count: take))
                offset = take
                guard block.count == 64 else { return }
                let full = block
                block.removeAll(keepingCapacity: true)
                full.withUnsafeBytes { compress($0.baseAddress!, w) }
            }
            while count - offset >= 64 {
                compress(base + offset, w)
                offset += 64
            }
        }
        if offset < count {
            block.append(contentsOf: UnsafeRawBufferPointer(start: base + offset, count: count - offset))
        }
    }

    /// The digest as 32 bytes; the hasher must not be used afterwards.
    public mutating func finalize() -> [UInt8] {
        finishBlocks()
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for word in [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7] {
            out.append(UInt8(truncatingIfNeeded: word >> 24))
            out.append(UInt8(truncatingIfNeeded: word >> 16))
            out.append(UInt8(truncatingIfNeeded: word >> 8))
            out.append(UInt8(truncatingIfNeeded: word))
        }
        return out
    }

    /// The digest as 64 lower-case hex digits.
    public mutating func finalizeHex() -> String {
        finishBlocks()
        let words = state
        return String(unsafeUninitializedCapacity: 64) { out in
            @inline(__always) func digit(_ nibble: UInt32) -> UInt8 {
                nibble < 10 ? UInt8(truncatingIfNeeded: nibble) &+ 0x30 : UInt8(truncatingIfNeeded: nibble) &+ 0x57
            }
            @inline(__always) func put(_ word: UInt32, at index: Int) {
                var shift: UInt32 = 28
                var i = index
                while true {
                    out[i] = digit((word >> shift) & 0xF)
                    i += 1
                    if shift == 0 { break }
                    shift -= 4
                }
            }
            put(words.0, at: 0); put(words.1, at: 8); put(words.2, at: 16); put(words.3, at: 24)
            put(words.4, at: 32); put(words.5, at: 40); put(words.6, at: 48); put(words.7, at: 56)
            return 64
        }
    }

    /// Pads the pending bytes with the message length and compresses the last one or two blocks.
    private mutating func finishBlocks() {
        let bitLength = length &* 8
        var tail = block
        tail.append(0x80)
        let total = tail.count > 56 ? 128 : 64
        tail.reserveCapacity(total)
        while tail.count < total - 8 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            tail.withUnsafeBytes { bytes in
                compress(bytes.baseAddress!, schedule.baseAddress!)
                if total == 128 { compress(bytes.baseAddress! + 64, schedule.baseAddress!) }
            }
        }
        block.removeAll()
    }

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// Compresses the 64-byte block at `p` into the state, using `w` (64 words) as the message schedule.
    private mutating func compress(_ p: UnsafeRawPointer, _ w: UnsafeMutablePointer<UInt32>) {
        @inline(__always) func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
        for i in 0..<16 {
            w[i] = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
        }
        for i in 16..<64 {
            let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = state
        // One round updates only `d` and `h`; eight rounds with the roles of the variables rotated leave them in place,
        // so no variable is copied to the next one per round.
        @inline(__always)
        func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
                   _ h: inout UInt32, _ kw: UInt32) {
            let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ kw
            let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) | (c & (a | b)))
            d = d &+ t1
            h = t1 &+ t2
        }
        SHA256.k.withUnsafeBufferPointer { k in
            var i = 0
            while i < 64 {
                round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
                round(h, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
                round(g, h, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
                round(f, g, h, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
                round(e, f, g, &h, a, b, c, &d, k[i + 4] &+ w[i + 4])
                round(d, e, f, &g, h, a, b, &c, k[i + 5] &+ w[i + 5])
                round(c, d, e, &f, g, h, a, &b, k[i + 6] &+ w[i + 6])
                round(b, c, d, &e, f, g, h, &a, k[i + 7] &+ w[i + 7])
                i += 8
            }
        }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h)
    }
}
