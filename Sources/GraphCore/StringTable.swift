#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strings interned to dense integer IDs by their exact UTF-8 bytes.
///
/// Two strings are the same entry only when their bytes are equal (Swift's `String` equality is canonical
/// equivalence, but slugs are made from the exact scalars). The lookup is an open-addressing table of
/// `(hash, id)` words over the stored strings: one word-at-a-time hash of the bytes per lookup and one
/// `memcmp` per candidate, without `Hasher` or Unicode normalisation. IDs are given in order of first
/// appearance, so nothing depends on the hash values.
struct StringTable: Sendable {
    /// The strings, by ID.
    private var strings: [String] = []
    /// Slots: the 32-bit hash in the high half and ID + 1 in the low half; 0 is an empty slot.
    private var slots: [UInt64] = []
    /// `slots.count - 1` (the count is a power of two), or -1 before the first insertion.
    private var mask = -1

    /// Number of distinct strings.
    var count: Int { strings.count }

    /// The ID of `string`, adding it when new.
    mutating func intern(_ string: String) -> UInt32 {
        var contiguous = string
        return contiguous.withUTF8 { bytes in intern(bytes: bytes, string: string) }
    }

    /// The ID of the string whose UTF-8 bytes are `bytes` (`string` is that string, kept when it is new).
    private mutating func intern(bytes: UnsafeBufferPointer<UInt8>, string: String) -> UInt32 {
        let hash = Self.hash(bytes)
        if mask >= 0 {
            var i = Int(hash) & mask
            while true {
                let slot = slots[i]
                if slot == 0 { break }
                if UInt32(truncatingIfNeeded: slot >> 32) == hash {
                    let id = UInt32(truncatingIfNeeded: slot) - 1
                    if Self.equal(strings[Int(id)], bytes) { return id }
                }
                i = (i + 1) & mask
            }
        }
        let id = UInt32(strings.count)
        strings.append(string)
        if strings.count * 4 > (mask + 1) * 3 { grow() }
        insert(hash: hash, id: id)
        return id
    }

    /// Puts `(hash, id)` into the first free slot of its probe sequence.
    private mutating func insert(hash: UInt32, id: UInt32) {
        var i = Int(hash) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = UInt64(hash) << 32 | UInt64(id + 1)
    }

    /// Doubles the slots (at least 64) and re-inserts every entry by its stored hash.
    private mutating func grow() {
        let old = slots
        let capacity = max(64, (mask + 1) * 2)
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for slot in old where slot != 0 { insert(hash: UInt32(truncatingIfNeeded: slot >> 32), id: UInt32(truncatingIfNeeded: slot) - 1) }
    }

    /// True when `a` and `b` have the same UTF-8 bytes (not only canonically equivalent ones).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        let fast: Bool? = b.utf8.withContiguousStorageIfAvailable { equal(a, $0) }
        return fast ?? a.utf8.elementsEqual(b.utf8)
    }

    /// True when the UTF-8 bytes of `string` are `bytes`.
    @inline(__always)
    private static func equal(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let fast: Bool? = string.utf8.withContiguousStorageIfAvailable { stored in
            stored.count == bytes.count && (bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        return fast ?? string.utf8.elementsEqual(bytes)
    }

    /// A 32-bit hash of `bytes` for the table (it never reaches the output).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        UInt32(truncatingIfNeeded: WordHash.hash(bytes))
    }

    /// The string of `id`.
    subscript(id: UInt32) -> String { strings[Int(id)] }

    /// The rank of each of `ids` in the order of their strings (equal strings share a rank).
    func ranks(of ids: [UInt32]) -> [Int: Int] {
        let distinct = Array(Set(ids)).sorted { strings[Int($0)] < strings[Int($1)] }
        var rank: [Int: Int] = [:]
        var r = 0
        for (i, id) in distinct.enumerated() {
            if i > 0 && strings[Int(distinct[i - 1])] != strings[Int(id)] { r += 1 }
            rank[Int(id)] = r
        }
        return rank
    }
}

/// A map from keys of two 64-bit words to dense 32-bit values: open addressing over one array, hashed with two
/// multiplications (no `Hasher`). For the graph's integer-keyed tables; iteration order is never used.
struct PackedKeyTable: Sendable {
    /// One slot; `value == .max` marks an empty one.
    private struct Slot: Sendable {
        var high: UInt64
        var low: UInt64
        var value: UInt32
    }

    private var slots: [Slot] = []
    /// `slots.count - 1` (a power of two), or -1 while empty.
    private var mask = -1
    /// Number of keys.
    private(set) var count = 0

    /// The first slot to probe for `(high, low)`.
    @inline(__always)
    private static func start(_ high: UInt64, _ low: UInt64) -> Int {
        var h = (high &* 0x9E37_79B9_7F4A_7C15) ^ low
        h = h &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: h ^ (h >> 31))
    }

    /// The value of `(high, low)`, or nil.
    func value(_ high: UInt64, _ low: UInt64) -> UInt32? {
        guard mask >= 0 else { return nil }
        var i = Self.start(high, low) & mask
        while true {
            let slot = slots[i]
            if slot.value == .max { return nil }
            if slot.high == high && slot.low == low { return slot.value }
            i = (i + 1) & mask
        }
    }

    /// Sets the value of `(high, low)`, which must not be in the table yet; `value` must be below `UInt32.max`.
    mutating func insert(_ high: UInt64, _ low: UInt64, value: UInt32) {
        if (count + 1) * 4 > (mask + 1) * 3 { grow() }
        place(Slot(high: high, low: low, value: value))
        count += 1
    }

    private mutating func place(_ slot: Slot) {
        var i = Self.start(slot.high, slot.low) & mask
        while slots[i].value != .max { i = (i + 1) & mask }
        slots[i] = slot
    }

    private mutating func grow() {
        let old = slots
        let capacity = max(64, (mask + 1) * 2)
        slots = [Slot](repeating: Slot(high: 0, low: 0, value: .max), count: capacity)
        mask = capacity - 1
        for slot in old where slot.value != .max { place(slot) }
    }
}
