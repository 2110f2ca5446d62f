#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GraphCore

/// A half-open range of bytes in a ``TermTable``'s byte arena.
struct ByteRange: Hashable {
    /// Offset of the first byte.
    var start: Int
    /// Number of bytes.
    var count: Int

    /// No bytes.
    static let empty = ByteRange(start: 0, count: 0)

    /// True when both ranges are the same place in the arena.
    func same(_ other: ByteRange) -> Bool { start == other.start && count == other.count }
}

/// Terms interned by their UTF-8 bytes: each distinct term is stored once, as bytes in one arena, with its Turtle form.
///
/// Two terms get the same id exactly when `Term`'s `==` holds: strings are compared by the bytes of
/// their Unicode NFC form (what Swift's `String` equality compares). Strings already in NFC (all
/// ASCII, or passing the standard library's NFC quick check) are keyed by their own bytes; only
/// the rare others are normalised. Ids are dense `UInt32`s in first-seen order, and the bytes kept
/// for a term are those of its first occurrence, as a `[Term]` store keeps the first-seen `Term`.
/// ``ranks()`` gives the order of `Term`'s `<` computed on these bytes, without `Term` values.
struct TermTable {
    /// The kind of a term, in the order `Term`'s `<` puts kinds.
    enum Kind: UInt8 {
        case iri = 0, blank = 1, literal = 2
    }

    /// What is kept of one term.
    struct Record {
        /// IRI, blank node or literal.
        var kind: Kind
        /// True for a literal with a language tag.
        var hasLanguage: Bool
        /// The IRI string, blank node label or literal lexical form, as first seen.
        var raw: ByteRange
        /// `raw` in NFC (the same range when `raw` is in NFC).
        var key: ByteRange
        /// A literal's datatype IRI as first seen.
        var datatypeRaw: ByteRange
        /// The datatype IRI in NFC.
        var datatypeKey: ByteRange
        /// A literal's language tag (ASCII, lower-cased).
        var language: ByteRange
        /// The term as written in Turtle (empty when the table renders nothing).
        var rendered: ByteRange
    }

    /// What is stored of one term (40 bytes): the ranges every term has, and the index of its literal type. The NFC
    /// key is stored apart for the few terms whose raw bytes are not in NFC; the datatype and tag ranges, which a
    /// graph repeats (few datatypes, few tags), once per distinct combination in ``literalTypes``.
    struct StoredRecord {
        /// The IRI string, blank node label or literal lexical form, as first seen.
        var raw: ByteRange
        /// The term as written in Turtle (empty when the table renders nothing).
        var rendered: ByteRange
        /// A literal's index in ``TermTable/literalTypes`` (0 for IRIs and blank nodes).
        var literalType: UInt32
        /// IRI, blank node or literal.
        var kind: Kind
        /// True for a literal with a language tag.
        var hasLanguage: Bool
        /// True when the NFC key differs from `raw` (it is then in ``TermTable/differentKeys``).
        var keyDiffers: Bool
    }

    /// A literal's datatype and tag ranges.
    struct LiteralType: Hashable {
        /// The datatype IRI as first seen.
        var datatypeRaw: ByteRange
        /// The datatype IRI in NFC.
        var datatypeKey: ByteRange
        /// The language tag (ASCII, lower-cased), or empty.
        var language: ByteRange
    }

    /// The records of a table by term id, each put together from its stored parts.
    struct RecordView {
        /// The stored records.
        fileprivate let stored: [StoredRecord]
        /// The literal types by index.
        fileprivate let literalTypes: [LiteralType]
        /// The NFC keys that differ from the raw bytes, by term id.
        fileprivate let differentKeys: [UInt32: ByteRange]

        /// The number of records.
        var count: Int { stored.count }

        /// The record of term `id`.
        subscript(id: Int) -> Record {
            let s = stored[id]
            let key = s.keyDiffers ? differentKeys[UInt32(id)] ?? s.raw : s.raw
            let type = literalTypes[Int(s.literalType)]
            return Record(kind: s.kind, hasLanguage: s.hasLanguage, raw: s.raw, key: key, datatypeRaw: type.datatypeRaw,
                          datatypeKey: type.datatypeKey, language: type.language, rendered: s.rendered)
        }
    }

    /// Every term's bytes: raw strings, NFC keys where they differ, and the Turtle forms.
    private(set) var bytes: [UInt8] = []
    /// One stored record per term id.
    private var stored: [StoredRecord] = []
    /// The distinct literal types; index 0 is the empty one of IRIs and blank nodes.
    private var literalTypes: [LiteralType] = [LiteralType(datatypeRaw: .empty, datatypeKey: .empty, language: .empty)]
    /// The index of each literal type in ``literalTypes``.
    private var literalTypeIndex: [LiteralType: UInt32] = [:]
    /// The NFC keys that differ from the raw bytes, by term id.
    private var differentKeys: [UInt32: ByteRange] = [:]
    /// The records by term id.
    var records: RecordView { RecordView(stored: stored, literalTypes: literalTypes, differentKeys: differentKeys) }
    /// The number of blank nodes interned.
    private(set) var blankCount = 0
    /// Open addressing: (32 hash bits << 32) | (id + 1); 0 is an empty slot.
    private var slots: [UInt64] = Array(repeating: 0, count: 1 << 12)
    /// The Turtle syntax terms are rendered in, if any.
    private let syntax: TurtleSyntax?
    /// Recently stored datatype IRIs and language tags, shared by the records that repeat them (a graph has few).
    private var sharedRuns: [ByteRange] = []

    /// An empty table; with `syntax`, every new term's Turtle form is rendered once and kept.
    init(syntax: TurtleSyntax?) {
        self.syntax = syntax
        bytes.reserveCapacity(1 << 16)
    }

    /// The number of distinct terms.
    var count: Int { stored.count }

    /// The Turtle form of term `id` (see ``init(syntax:)``).
    func rendered(_ id: UInt32) -> ByteRange { stored[Int(id)].rendered }

    /// The kind of term `id`.
    func kind(_ id: UInt32) -> Kind { stored[Int(id)].kind }

    // MARK: Interning

    /// The id of `term`, interning it on first sight.
    ///
    /// The raw bytes are probed first (see ``probeRaw(_:)``), so a term seen before needs no NFC check.
    mutating func intern(_ term: Term) -> UInt32 {
        if let id = probeRaw(term) { return id }
        return internNormalised(term, rawProbed: true)
    }

    /// The id of the term `term` encodes, interning it on first sight: the same id ``intern(_:)-(Term)`` gives the term.
    mutating func intern(_ term: EncodedTerm) -> UInt32 {
        let kind: Kind = term.kind == .iri ? .iri : term.kind == .blank ? .blank : .literal
        if let id = find(kind: kind, term.text, term.datatype, term.language) { return id }
        return internNormalised(term.term, rawProbed: true)
    }

    /// The id of `term` if its raw bytes are a stored key (nothing is added).
    ///
    /// A stored key is in NFC, so raw bytes equal to one are too: a hit is the term's id. A miss says nothing,
    /// since the term may be stored under its NFC form. Non-mutating, so the closures borrow the table.
    private func probeRaw(_ term: Term) -> UInt32? {
        switch term {
        case .iri(let iri):
            return TermTable.withBytes(iri.string) { raw in find(kind: .iri, raw, nil, nil) }
        case .blank(let node):
            return TermTable.withBytes(node.label) { raw in find(kind: .blank, raw, nil, nil) }
        case .literal(let literal):
            return TermTable.withBytes(literal.lexical) { raw in
                TermTable.withBytes(literal.datatype.string) { dtRaw in
                    guard let language = literal.language else { return find(kind: .literal, raw, dtRaw, nil) }
                    return TermTable.withBytes(language) { tag in find(kind: .literal, raw, dtRaw, tag) }
                }
            }
        }
    }

    /// The id of `term`, looked up by its NFC key and interned on first sight.
    ///
    /// With `rawProbed`, the raw bytes were just looked up in vain (``probeRaw(_:)``), so a key made of the raw
    /// bytes themselves (a term already in NFC) is known to be missing and is not looked up again.
    private mutating func internNormalised(_ term: Term, rawProbed: Bool = false) -> UInt32 {
        /// True when every key part is its raw part (so the key was probed already).
        @inline(__always) func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
            a.baseAddress == b.baseAddress && a.count == b.count
        }
        switch term {
        case .iri(let iri):
            return TermTable.withKey(iri.string) { raw, key in
                if !(rawProbed && same(raw, key)), let id = find(kind: .iri, key, nil, nil) { return id }
                return insert(term, kind: .iri, raw, key, nil, nil)
            }
        case .blank(let node):
            return TermTable.withKey(node.label) { raw, key in
                if !(rawProbed && same(raw, key)), let id = find(kind: .blank, key, nil, nil) { return id }
                return insert(term, kind: .blank, raw, key, nil, nil)
            }
        case .literal(let literal):
            return TermTable.withKey(literal.lexical) { raw, key in
                TermTable.withKey(literal.datatype.string) { dtRaw, dtKey in
                    let probed = rawProbed && same(raw, key) && same(dtRaw, dtKey)
                    guard let language = literal.language else {
                        if !probed, let id = find(kind: .literal, key, dtKey, nil) { return id }
                        return insert(term, kind: .literal, raw, key, (dtRaw, dtKey), nil)
                    }
                    return TermTable.withKey(language) { tag, _ in
                        if !probed, let id = find(kind: .literal, key, dtKey, tag) { return id }
                        return insert(term, kind: .literal, raw, key, (dtRaw, dtKey), tag)
                    }
                }
            }
        }
    }

    /// Calls `body` with the UTF-8 bytes of `string` (copied only when the string has no contiguous UTF-8 storage).
    @inline(__always)
    static func withBytes<R>(_ string: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        let copy = Array(string.utf8)
        return copy.withUnsafeBufferPointer(body)
    }

    /// The id of `term` if it is interned (nothing is added).
    func lookup(_ term: Term) -> UInt32? {
        switch term {
        case .iri(let iri):
            return id(of: iri)
        case .blank(let node):
            return TermTable.withKey(node.label) { _, key in find(kind: .blank, key, nil, nil) }
        case .literal(let literal):
            return TermTable.withKey(literal.lexical) { _, key in
                TermTable.withKey(literal.datatype.string) { _, dtKey in
                    guard let language = literal.language else { return find(kind: .literal, key, dtKey, nil) }
                    return TermTable.withKey(language) { tag, _ in find(kind: .literal, key, dtKey, tag) }
                }
            }
        }
    }

    /// The id of an IRI already interned, if any.
    func id(of iri: IRI) -> UInt32? {
        TermTable.withKey(iri.string) { _, key in find(kind: .iri, key, nil, nil) }
    }

    /// The id of the blank node with this (ASCII) label, if interned.
    func blankID(label: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard blankCount > 0 else { return nil }
        return find(kind: .blank, label, nil, nil)
    }

    /// True when term `id` is an IRI whose bytes are exactly `iri`'s (so the terms are equal).
    func isIRI(_ id: UInt32, bytesOf iri: IRI) -> Bool {
        let record = stored[Int(id)]
        guard record.kind == .iri else { return false }
        return TermTable.withKey(iri.string) { raw, _ in equal(record.raw, raw) }
    }

    /// Calls `body` with the UTF-8 bytes of `string` and of its NFC form (the same buffer when it is in NFC).
    @inline(__always)
    static func withKey<R>(_ string: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable({ raw in withKey(string, raw, body) }) { return result }
        let copy = Array(string.utf8)
        return copy.withUnsafeBufferPointer { withKey(string, $0, body) }
    }

    /// `withKey(_:_:)` with the raw bytes at hand.
    @inline(__always)
    private static func withKey<R>(_ string: String, _ raw: UnsafeBufferPointer<UInt8>,
                                   _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> R) -> R {
        if isASCII(raw) || isKnownNFC(string) { return body(raw, raw) }
        // Not known to be in NFC: key by the normalised bytes, which is what `String`'s `==` and hashing compare.
        return string._nfcCodeUnits.withUnsafeBufferPointer { body(raw, $0) }
    }

    /// True when every byte is ASCII (eight bytes at a time).
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var i = 0
        var any: UInt64 = 0
        while i + 8 <= count {
            any |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            i += 8
        }
        while i < count {
            any |= UInt64(base[i])
            i += 1
        }
        return any & 0x8080_8080_8080_8080 == 0
    }

    /// True when the standard library's NFC quick check says `string` is in NFC.
    static func isKnownNFC(_ string: String) -> Bool {
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            var span = string.utf8Span
            return span.checkForNFC(quickCheck: true)
        }
        return false
    }

    /// The 32-bit table hash of a term's key parts.
    @inline(__always)
    private static func keyHash(_ kind: Kind, _ key: UnsafeBufferPointer<UInt8>, _ datatype: UnsafeBufferPointer<UInt8>?,
                                _ language: UnsafeBufferPointer<UInt8>?) -> UInt32 {
        var h = WordHash.hash(key, seed: UInt64(kind.rawValue) &+ 1)
        if let datatype { h = WordHash.hash(datatype, seed: h) }
        if let language { h = WordHash.hash(language, seed: h ^ 0x5555) }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// True when the arena bytes at `range` equal `other`.
    @inline(__always)
    private func equal(_ range: ByteRange, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count == other.count else { return false }
        if range.count == 0 { return true }
        return bytes.withUnsafeBufferPointer { arena in memcmp(arena.baseAddress! + range.start, other.baseAddress!, range.count) == 0 }
    }

    /// The id of the term with these key parts, if interned.
    private func find(kind: Kind, _ key: UnsafeBufferPointer<UInt8>, _ datatype: UnsafeBufferPointer<UInt8>?,
                      _ language: UnsafeBufferPointer<UInt8>?) -> UInt32? {
        let h = TermTable.keyHash(kind, key, datatype, language)
        let mask = slots.count - 1
        var index = Int(h) & mask
        while true {
            let slot = slots[index]
            if slot == 0 { return nil }
            if UInt32(truncatingIfNeeded: slot >> 32) == h {
                let id = UInt32(truncatingIfNeeded: slot) - 1
                let record = stored[Int(id)]
                if record.kind == kind, equal(record.keyDiffers ? differentKeys[id] ?? record.raw : record.raw, key) {
                    if kind != .literal { return id }
                    let type = literalTypes[Int(record.literalType)]
                    if let datatype, equal(type.datatypeKey, datatype), record.hasLanguage == (language != nil),
                       language.map({ equal(type.language, $0) }) ?? true {
                        return id
                    }
                }
            }
            index = (index + 1) & mask
        }
    }

    /// Appends `run` to the arena and returns its range.
    private mutating func store(_ run: UnsafeBufferPointer<UInt8>) -> ByteRange {
        let range = ByteRange(start: bytes.count, count: run.count)
        bytes.append(contentsOf: run)
        return range
    }

    /// The range of `run` inside `rendered` at `offset`, if the bytes there are exactly `run`.
    private func embedded(_ run: UnsafeBufferPointer<UInt8>, in rendered: ByteRange, at offset: Int) -> ByteRange? {
        guard rendered.count >= offset + run.count else { return nil }
        let range = ByteRange(start: rendered.start + offset, count: run.count)
        return equal(range, run) ? range : nil
    }

    /// The range of a run equal to `run` among the last few datatypes and tags stored, else `run` stored anew.
    private mutating func storeShared(_ run: UnsafeBufferPointer<UInt8>) -> ByteRange {
        for range in sharedRuns where equal(range, run) { return range }
        let range = store(run)
        if sharedRuns.count == 16 { sharedRuns.removeFirst() }
        sharedRuns.append(range)
        return range
    }

    /// Adds a new term (known not to be interned) and returns its id.
    private mutating func insert(_ term: Term, kind: Kind, _ raw: UnsafeBufferPointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>,
                                 _ datatype: (raw: UnsafeBufferPointer<UInt8>, key: UnsafeBufferPointer<UInt8>)?,
                                 _ language: UnsafeBufferPointer<UInt8>?) -> UInt32 {
        let id = UInt32(stored.count)
        var rendered = ByteRange.empty
        if let syntax {
            let start = bytes.count
            syntax.appendTerm(term, to: &bytes)
            rendered = ByteRange(start: start, count: bytes.count - start)
        }
        // The raw bytes are shared with the Turtle form when it holds them unchanged (`"…"`, `<…>`, `_:…`).
        let rawRange = embedded(raw, in: rendered, at: kind == .blank ? 2 : 1) ?? store(raw)
        let keyDiffers = !(key.baseAddress == raw.baseAddress && key.count == raw.count)
        if keyDiffers { differentKeys[id] = store(key) }
        var type = LiteralType(datatypeRaw: .empty, datatypeKey: .empty, language: .empty)
        if let datatype {
            type.datatypeRaw = storeShared(datatype.raw)
            type.datatypeKey = datatype.key.baseAddress == datatype.raw.baseAddress && datatype.key.count == datatype.raw.count
                ? type.datatypeRaw : storeShared(datatype.key)
        }
        if let language { type.language = storeShared(language) }
        var typeIndex: UInt32 = 0
        if kind == .literal {
            if let known = literalTypeIndex[type] {
                typeIndex = known
            } else {
                typeIndex = UInt32(literalTypes.count)
                literalTypes.append(type)
                literalTypeIndex[type] = typeIndex
            }
        }
        stored.append(StoredRecord(raw: rawRange, rendered: rendered, literalType: typeIndex, kind: kind, hasLanguage: language != nil,
                                   keyDiffers: keyDiffers))
        if kind == .blank { blankCount += 1 }
        let h = TermTable.keyHash(kind, key, datatype?.key, language)
        if stored.count * 2 > slots.count { grow() }
        place(h, id)
        return id
    }

    /// Puts `id` with hash `h` into the first free slot of its probe sequence.
    private mutating func place(_ h: UInt32, _ id: UInt32) {
        let mask = slots.count - 1
        var index = Int(h) & mask
        while slots[index] != 0 { index = (index + 1) & mask }
        slots[index] = UInt64(h) << 32 | UInt64(id + 1)
    }

    /// Doubles the slot array and re-places every entry by its stored hash.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        for slot in old where slot != 0 { place(UInt32(truncatingIfNeeded: slot >> 32), UInt32(truncatingIfNeeded: slot) - 1) }
    }

    // MARK: Order

    /// For every term id, its position in `Term`'s total order (IRIs by string, then blank nodes, then literals),
    /// and the ids in that order.
    ///
    /// The same comparisons `Term`'s `<` makes, on the stored bytes: IRIs and labels by their UTF-8 bytes;
    /// literals by lexical bytes unless the lexical forms are equal strings, then by datatype, then by tag.
    func ranks() -> (rank: [UInt32], order: [Int]) {
        let records = self.records
        let order = bytes.withUnsafeBufferPointer { arena in
            // When every literal (and its datatype) is stored in NFC, `Term`'s order is the order of (kind, raw
            // bytes, datatype bytes, tag bytes), which a radix sort finds with few reads of the arena.
            let literalsInNFC = stored.indices.allSatisfy { id in
                stored[id].kind != .literal || !stored[id].keyDiffers
            } && literalTypes.allSatisfy { $0.datatypeRaw.same($0.datatypeKey) }
            if literalsInNFC {
                return TermTable.byteOrder(records, arena)
            }
            return Array(0..<records.count).sorted { TermTable.precedes(records[$0], records[$1], arena) }
        }
        var rank = [UInt32](repeating: 0, count: records.count)
        for (position, id) in order.enumerated() { rank[id] = UInt32(position) }
        return (rank, order)
    }

    /// The ids of `records` sorted by kind, then raw bytes, then (literals with equal bytes) datatype and tag bytes.
    ///
    /// Most-significant-digit radix sort with eight-byte digits: each range is sorted by the integers made of the
    /// next eight bytes of each term (big-endian, zero-padded, with the number of bytes left, so that a term that
    /// ends sorts before one that goes on), and only runs with equal digits that go on are sorted again, eight bytes
    /// further. Terms sharing long prefixes (IRIs) cost a few sequential passes instead of a byte comparison at
    /// every step of a comparison sort. Ranges wait on an explicit stack, so long common prefixes need no recursion.
    private static func byteOrder(_ records: RecordView, _ arena: UnsafeBufferPointer<UInt8>) -> [Int] {
        struct Key {
            var digit: UInt64
            /// Bytes left at this depth, 9 for more than eight.
            var left: UInt8
            var id: UInt32
        }
        var keys: [Key] = []
        keys.reserveCapacity(records.count)
        var stack: [(lo: Int, hi: Int, depth: Int)] = []
        for kind in [Kind.iri, .blank, .literal] {
            let lo = keys.count
            for (id, record) in records.stored.enumerated() where record.kind == kind { keys.append(Key(digit: 0, left: 0, id: UInt32(id))) }
            stack.append((lo, keys.count, 0))
        }
        keys.withUnsafeMutableBufferPointer { keys in
            while let (lo, hi, depth) = stack.popLast() {
                guard hi - lo > 1 else { continue }
                for i in lo..<hi {
                    let raw = records.stored[Int(keys[i].id)].raw
                    let left = raw.count - depth
                    var digit: UInt64 = 0
                    let base = arena.baseAddress! + raw.start + depth
                    for k in 0..<8 {
                        digit <<= 8
                        if k < left { digit |= UInt64(base[k]) }
                    }
                    keys[i].digit = digit
                    keys[i].left = UInt8(min(left, 9))
                }
                var range = UnsafeMutableBufferPointer(rebasing: keys[lo..<hi])
                range.sort { a, b in
                    a.digit != b.digit ? a.digit < b.digit : a.left < b.left
                }
                var i = lo
                while i < hi {
                    var j = i + 1
                    while j < hi && keys[j].digit == keys[i].digit && keys[j].left == keys[i].left { j += 1 }
                    if j - i > 1 {
                        if keys[i].left == 9 {
                            stack.append((i, j, depth + 8))
                        } else {
                            // Equal bytes: literals that differ in datatype or tag.
                            var run = UnsafeMutableBufferPointer(rebasing: keys[i..<j])
                            run.sort { a, b in
                                let x = records[Int(a.id)], y = records[Int(b.id)]
                                if !same(x.datatypeRaw, y.datatypeRaw, arena) { return less(x.datatypeRaw, y.datatypeRaw, arena) }
                                if !same(x.language, y.language, arena) { return less(x.language, y.language, arena) }
                                return a.id < b.id
                            }
                        }
                    }
                    i = j
                }
            }
        }
        return keys.map { Int($0.id) }
    }

    /// `Term`'s `<` on two records.
    @inline(__always)
    private static func precedes(_ a: Record, _ b: Record, _ arena: UnsafeBufferPointer<UInt8>) -> Bool {
        if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
        if a.kind != .literal { return less(a.raw, b.raw, arena) }
        if !same(a.key, b.key, arena) { return less(a.raw, b.raw, arena) }
        if !same(a.datatypeKey, b.datatypeKey, arena) { return less(a.datatypeRaw, b.datatypeRaw, arena) }
        return less(a.language, b.language, arena)
    }

    /// Byte-wise `<` of two arena ranges (a proper prefix comes first).
    @inline(__always)
    private static func less(_ a: ByteRange, _ b: ByteRange, _ arena: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = min(a.count, b.count)
        if n > 0 {
            let c = memcmp(arena.baseAddress! + a.start, arena.baseAddress! + b.start, n)
            if c != 0 { return c < 0 }
        }
        return a.count < b.count
    }

    /// Byte-wise equality of two arena ranges.
    @inline(__always)
    private static func same(_ a: ByteRange, _ b: ByteRange, _ arena: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.count == 0 || a.start == b.start || memcmp(arena.baseAddress! + a.start, arena.baseAddress! + b.start, a.count) == 0)
    }
}

/// The triples of a whole graph for the Turtle and TriG writers: terms in a ``TermTable`` (rendered once), triples as ids.
///
/// Duplicates are kept here and dropped when the sorted triples are written (equal triples sort next to each other).
struct TurtleTriples {
    /// The interned terms with their Turtle forms.
    private(set) var table: TermTable
    /// Every triple added, as term ids, in the order added.
    private(set) var triples: [InternedTriples.IDTriple] = []
    /// The subject of the last added triple and its id: mappers write runs of triples about one subject.
    private var lastSubject: (term: Term, id: UInt32)? = nil
    /// Predicates seen so far (their UTF-8 bytes) with their ids, tried before the term table (a graph has few predicates).
    private var predicateIDs: [(bytes: [UInt8], id: UInt32)] = []
    /// The subject of the last added encoded triple: its kind, bytes and id (see ``lastSubject``).
    private var lastEncodedSubject: (kind: EncodedTerm.Kind, bytes: [UInt8], id: UInt32)? = nil

    /// An empty store rendering terms with `syntax`.
    init(syntax: TurtleSyntax) {
        table = TermTable(syntax: syntax)
    }

    /// The id of `term`, interning it on first sight.
    mutating func intern(_ term: Term) -> UInt32 { table.intern(term) }

    /// The id of `triple`'s subject, predicate and object, interned in this order.
    mutating func ids(_ triple: Triple) -> InternedTriples.IDTriple {
        let subject: UInt32
        if let last = lastSubject, TurtleTriples.sameBytes(last.term, triple.subject) { subject = last.id } else {
            subject = table.intern(triple.subject)
            lastSubject = (triple.subject, subject)
        }
        return InternedTriples.IDTriple(subject: subject, predicate: predicateID(triple.predicate), object: table.intern(triple.object))
    }

    /// The ids of `triple`'s predicate and object, interned in this order (the subject is left alone).
    mutating func predicateAndObject(_ triple: Triple) -> (predicate: UInt32, object: UInt32) {
        (predicateID(triple.predicate), table.intern(triple.object))
    }

    /// Adds a triple (a duplicate is dropped when written).
    mutating func add(_ triple: Triple) {
        triples.append(ids(triple))
    }

    /// Adds a triple of ids from ``intern(_:)`` and ``predicateID(_:)-(IRI)`` (a duplicate is dropped when written).
    mutating func add(_ triple: InternedTriples.IDTriple) {
        triples.append(triple)
    }

    /// The id of an encoded subject (not a reference), interned: runs of triples about one subject intern it once.
    mutating func subjectID(_ term: EncodedTerm) -> UInt32 {
        if let last = lastEncodedSubject, last.kind == term.kind, TurtleTriples.equal(last.bytes, term.text) { return last.id }
        let subject = table.intern(term)
        var bytes = lastEncodedSubject?.bytes ?? []
        lastEncodedSubject = nil
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: term.text)
        lastEncodedSubject = (term.kind, bytes, subject)
        return subject
    }

    /// The id of an encoded term (not a reference), interned on first sight.
    mutating func intern(_ term: EncodedTerm) -> UInt32 { table.intern(term) }

    /// True when `stored` holds exactly the bytes of `run`.
    @inline(__always)
    static func equal(_ stored: [UInt8], _ run: UnsafeBufferPointer<UInt8>) -> Bool {
        guard stored.count == run.count else { return false }
        if run.count == 0 { return true }
        return stored.withUnsafeBufferPointer { memcmp($0.baseAddress!, run.baseAddress!, run.count) == 0 }
    }

    /// True when `a` and `b` are IRIs or blank nodes with the same UTF-8 bytes (so the terms are equal); false otherwise.
    ///
    /// A false answer only costs a table lookup: terms that are equal by `==` with other bytes still get one id there.
    @inline(__always)
    static func sameBytes(_ a: Term, _ b: Term) -> Bool {
        switch (a, b) {
        case (.iri(let x), .iri(let y)): return sameBytes(x.string, y.string)
        case (.blank(let x), .blank(let y)): return sameBytes(x.label, y.label)
        default: return false
        }
    }

    /// True when `a` and `b` have the same UTF-8 bytes (shared storage is recognised without reading the bytes).
    @inline(__always)
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        let count = a.utf8.count
        guard count == b.utf8.count else { return false }
        return TermTable.withBytes(a) { x in
            TermTable.withBytes(b) { y in
                count == 0 || x.baseAddress == y.baseAddress || memcmp(x.baseAddress!, y.baseAddress!, count) == 0
            }
        }
    }

    /// The id of a predicate: a short list of the predicates seen so far, compared by their UTF-8 length first.
    ///
    /// The closure captures only the list, not `self`: capturing `self` made the compiler copy the whole store (every
    /// array of the term table retained and released) at each call.
    mutating func predicateID(_ iri: IRI) -> UInt32 {
        let known = predicateIDs
        if let id = TermTable.withBytes(iri.string, { TurtleTriples.knownPredicate($0, in: known) }) { return id }
        let id = table.intern(.iri(iri))
        if predicateIDs.count < 64 { predicateIDs.append((Array(iri.string.utf8), id)) }
        return id
    }

    /// The id of an encoded predicate (not a reference), as ``predicateID(_:)-(IRI)`` gives it.
    mutating func predicateID(_ iri: EncodedTerm) -> UInt32 {
        if let id = TurtleTriples.knownPredicate(iri.text, in: predicateIDs) { return id }
        let id = table.intern(iri)
        if predicateIDs.count < 64 { predicateIDs.append((Array(iri.text), id)) }
        return id
    }

    /// The id of the predicate with these UTF-8 bytes among those seen so far, if any.
    @inline(__always)
    private static func knownPredicate(_ bytes: UnsafeBufferPointer<UInt8>, in predicateIDs: [(bytes: [UInt8], id: UInt32)]) -> UInt32? {
        for entry in predicateIDs where TurtleTriples.equal(entry.bytes, bytes) { return entry.id }
        return nil
    }
}
