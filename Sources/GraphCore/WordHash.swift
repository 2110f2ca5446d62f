/// A fast 64-bit hash of byte runs, eight bytes at a time, for in-memory tables keyed by bytes (strings, terms).
///
/// Deterministic, but only ever used to place entries in tables whose ids follow first appearance: it never reaches
/// the output (names in the output use ``FNV1a``).
public enum WordHash {
    /// The hash of `bytes` mixed into `seed` (chain several runs by passing one's hash as the next one's seed).
    @inlinable @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = 0) -> UInt64 {
        let m: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = seed ^ (UInt64(bytes.count) &* m)
        guard let base = bytes.baseAddress else { return mix(h) }
        let count = bytes.count
        var i = 0
        while i + 8 <= count {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            h = (h ^ w) &* m
            h ^= h >> 29
            i += 8
        }
        if i < count {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < count {
                w |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ w) &* m
            h ^= h >> 29
        }
        return mix(h)
    }

    /// MurmurHash3's 64-bit finaliser.
    @inlinable @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }
}
