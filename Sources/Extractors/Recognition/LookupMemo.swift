import GraphCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Per-thread memo of the pure token queries of the shared ``RecognitionLexicon`` (role, organisation, event and
/// agreement heads, head gender, function words).
///
/// The recogniser and the rules ask the same questions about the same token texts many times (every role check
/// tries hundreds of compound suffixes); the answers depend only on the text and the lexicon, so each thread keeps
/// them in its own tables, keyed by the texts' exact bytes: no locks, no seeded hashing, and results identical to
/// computing them again. Only the process-wide lexicon (``RecognitionLexicon/memoKey`` ≠ 0) is memoised; lexicons
/// that tests build and change are not. Each table is emptied when it reaches ``limit`` entries, so memory stays
/// bounded whatever the corpus size.
final class LookupMemo {
    /// Entries per table before it is emptied.
    static let limit = 200_000

    /// The lexicon the answers belong to.
    let key: Int
    /// ``RecognitionLexicon/role(_:)`` answers.
    var roles = ByteKeyTable<(lemma: String, gender: String, modifier: String?)?>()
    /// ``RecognitionLexicon/orgHead(_:)`` answers.
    var orgHeads = ByteKeyTable<String?>()
    /// ``RecognitionLexicon/eventHead(_:)`` answers.
    var eventHeads = ByteKeyTable<String?>()
    /// ``RecognitionLexicon/agreementHead(_:)`` answers.
    var agreementHeads = ByteKeyTable<String?>()
    /// ``RecognitionLexicon/gender(ofHead:)`` answers.
    var genders = ByteKeyTable<String>()
    /// ``RecognitionLexicon/isSurnameText(_:)`` answers.
    var surnameTexts = ByteKeyTable<Bool>()
    /// ``RecognitionLexicon/isFunctionWord(_:)`` answers.
    var functionWords = ByteKeyTable<Bool>()
    /// ``Coreference/suffixHeads(_:suffixes:suffixBytes:)`` answers over the lexicon's long organisation suffixes.
    var suffixHeads = ByteKeyTable<[String]>()
    /// ``Coreference/translationParts(_:)`` answers.
    var translationParts = ByteKeyTable<[[String]]?>()
    /// ``GraphCore/Slug/make(_:)`` of simple-text entity labels (see ``DocumentEntities/register(_:)``), by the exact
    /// bytes of the label (for simple texts the same as `String` equality), with ``WordTable/hash(_:)`` of the slug.
    var slugs = ByteKeyTable<(slug: String, hash: UInt64)>()
    /// ``Coreference/withoutLegalForm(_:_:)`` answers for simple-text organisation labels, by their bytes.
    var withoutLegalForms = ByteKeyTable<String?>()
    /// ``Coreference/headKeys(_:suffixes:suffixBytes:memo:)`` answers for simple-text labels.
    var labelHeads = ByteKeyTable<[String]>()
    /// ``RecognitionLexicon/byteTables()`` of the lexicon.
    var byteTables: LexiconByteTables? = nil
    /// ``RecognitionLexicon/wordInfo(_:)`` answers, by the exact bytes of the text.
    var words = WordTable()

    private init(key: Int) { self.key = key }

    /// The calling thread's memo for the lexicon with `key`, made (or replaced) on first use.
    static func current(_ key: Int) -> LookupMemo {
        if let raw = pthread_getspecific(threadKey) {
            let memo = Unmanaged<LookupMemo>.fromOpaque(raw).takeUnretainedValue()
            if memo.key == key { return memo }
            Unmanaged<LookupMemo>.fromOpaque(raw).release()
        }
        let memo = LookupMemo(key: key)
        pthread_setspecific(threadKey, Unmanaged.passRetained(memo).toOpaque())
        return memo
    }

    /// The thread-specific slot; its destructor releases a finished thread's memo.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { raw in
            #if canImport(Darwin)
            Unmanaged<LookupMemo>.fromOpaque(raw).release()
            #else
            if let raw { Unmanaged<LookupMemo>.fromOpaque(raw).release() }
            #endif
        }
        return key
    }()

    /// The ``RecognitionLexicon/wordInfo(_:)`` of `text`, computed once per distinct byte sequence.
    @inline(__always)
    func wordInfo(_ text: String, _ lexicon: RecognitionLexicon) -> WordInfo {
        let hash = WordTable.hash(text)
        if let hit = words.find(text, hash: hash) { return hit }
        let value = lexicon.wordInfo(text)
        if words.count >= Self.limit { words.removeAll() }
        words.insert(text, hash: hash, value)
        return value
    }

    /// The ``RecognitionLexicon/wordInfo(_:)`` of every token text of `tokens`, appended in order to `lowers`, `bits` and
    /// `prints`: one access to the table for the whole sentence (no retain of its storage per token).
    @inline(__always)
    func wordInfos(_ tokens: [Token], _ lexicon: RecognitionLexicon, lowers: inout [String],
                   bits: inout [UInt64], prints: inout [UInt64]) {
        words.infos(tokens, lexicon, limit: Self.limit, lowers: &lowers, bits: &bits, prints: &prints)
    }

    /// Looks `text` up in `table` (by its exact bytes; `hash` is its ``ByteKeyTable/hash(_:)`` when already known),
    /// computing and keeping the answer when it is missing.
    @inline(__always)
    static func lookup<V>(_ table: inout ByteKeyTable<V>, _ text: String, hash: UInt64? = nil, _ compute: () -> V) -> V {
        let hash = hash ?? ByteKeyTable<V>.hash(text)
        if let hit = table.find(text, hash: hash) { return hit }
        let value = compute()
        if table.count >= limit { table.removeAll() }
        table.insert(text, hash: hash, value)
        return value
    }

    /// Keeps `value` as the answer for `text` (whose ``ByteKeyTable/hash(_:)`` is `hash`, and which `table` lacks),
    /// emptying `table` first when it holds ``limit`` entries: the second half of ``lookup(_:_:hash:_:)`` for callers
    /// that compute the answer without a closure (a closure that captures a large value, such as a lexicon, copies it
    /// at every call).
    @inline(__always)
    static func store<V>(_ table: inout ByteKeyTable<V>, _ text: String, hash: UInt64, _ value: V) {
        if table.count >= limit { table.removeAll() }
        table.insert(text, hash: hash, value)
    }

    /// Looks `text` up in `table`, computing and keeping the answer when it is missing.
    @inline(__always)
    static func lookup<V>(_ table: inout [String: V], _ text: String, _ compute: () -> V) -> V {
        if let hit = table[text] { return hit }
        let value = compute()
        if table.count >= limit { table.removeAll(keepingCapacity: true) }
        table[text] = value
        return value
    }
}

/// ``ByteKeyTable`` of token texts to their ``WordInfo``.
typealias WordTable = ByteKeyTable<WordInfo>

/// Open-addressing table from texts, compared by their exact UTF-8 bytes, to values: one cheap byte hash per lookup (no
/// seeded `Hasher`, no normalisation), and no key built for a known text.
struct ByteKeyTable<Value> {
    /// One entry: the hash of its key, the key and its value (together, so a hit reads one element).
    fileprivate struct Entry {
        /// ``ByteKeyTable/hash(_:)`` of ``key``.
        let hash: UInt64
        /// The text.
        let key: String
        /// The answer.
        let value: Value
    }

    /// Per slot: 0 when empty, else the high 32 bits of the entry's hash above 1 + its index into ``entries``, so a probe
    /// rules out most other entries without reading them. Its count is a power of two.
    private var slots: [UInt64]
    /// The entries, in order of insertion.
    private var entries: [Entry] = []

    /// An empty table with `slots` slots to start with (a power of two).
    init(slots: Int = 1024) {
        self.slots = Array(repeating: 0, count: slots)
        // The entries the slots hold before they grow, without reallocating (and copying) the entries on the way.
        entries.reserveCapacity(slots / 2)
    }

    /// Number of entries.
    var count: Int { entries.count }

    /// A hash of the UTF-8 bytes of `text` (``GraphCore/WordHash``, eight bytes at a time).
    @inline(__always)
    static func hash(_ text: String) -> UInt64 {
        if let value = text.utf8.withContiguousStorageIfAvailable({ WordHash.hash($0) }) { return value }
        return Array(text.utf8).withUnsafeBufferPointer { WordHash.hash($0) }
    }

    /// True when `a` and `b` have the same UTF-8 bytes.
    @inline(__always)
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        let done = a.utf8.withContiguousStorageIfAvailable { p in
            b.utf8.withContiguousStorageIfAvailable { q in
                p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0)
            }
        }
        if let done, let done { return done }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// The high half of `hash`, as kept in a slot.
    @inline(__always)
    private static func tag(_ hash: UInt64) -> UInt64 { hash & 0xFFFF_FFFF_0000_0000 }

    /// The answer kept for `text` (whose ``hash(_:)`` is `hash`), or nil.
    @inline(__always)
    func find(_ text: String, hash: UInt64) -> Value? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let tag = Self.tag(hash)
        while true {
            let bits = slots[slot]
            if bits == 0 { return nil }
            if bits & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(truncatingIfNeeded: bits & 0xFFFF_FFFF) - 1
                if entries[index].hash == hash && Self.sameBytes(entries[index].key, text) { return entries[index].value }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `text` (whose ``hash(_:)`` is `hash`, and which is not in the table) with `value`.
    mutating func insert(_ text: String, hash: UInt64, _ value: Value) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        entries.append(Entry(hash: hash, key: text, value: value))
        place(entries.count - 1, hash: hash)
    }

    /// Empties the table.
    mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
        for k in slots.indices { slots[k] = 0 }
    }

    /// Puts entry `index` into the first free slot for `hash`.
    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Self.tag(hash) | UInt64(index + 1)
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for index in entries.indices { place(index, hash: entries[index].hash) }
    }
}

extension ByteKeyTable.Entry: Sendable where Value: Sendable {}

/// A table of sendable values is sendable (it holds only its arrays).
extension ByteKeyTable: Sendable where Value: Sendable {}

extension ByteKeyTable where Value == WordInfo {
    /// For every token of `tokens` in order: its answer's lower-cased text, bits and fingerprint appended to `lowers`,
    /// `bits` and `prints`, where a text not in the table is computed by ``RecognitionLexicon/wordInfo(_:)`` and added
    /// (the table is emptied first when it holds `limit` entries).
    @inline(__always)
    mutating func infos(_ tokens: [Token], _ lexicon: RecognitionLexicon, limit: Int,
                        lowers: inout [String], bits: inout [UInt64], prints: inout [UInt64]) {
        for k in 0..<tokens.count {
            let text = tokens[k].text
            let hash = Self.hash(text)
            let info: WordInfo
            if let hit = find(text, hash: hash) {
                info = hit
            } else {
                info = lexicon.wordInfo(text)
                if count >= limit { removeAll() }
                insert(text, hash: hash, info)
            }
            lowers.append(info.lower)
            bits.append(info.bits)
            prints.append(info.print)
        }
    }
}
