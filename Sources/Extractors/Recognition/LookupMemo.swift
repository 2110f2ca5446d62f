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
/// them in its own dictionaries: no locks, and results identical to computing them again. Only the process-wide
/// lexicon (``RecognitionLexicon/memoKey`` ≠ 0) is memoised; lexicons that tests build and change are not. Each
/// table is emptied when it reaches ``limit`` entries, so memory stays bounded whatever the corpus size.
final class LookupMemo {
    /// Entries per table before it is emptied.
    static let limit = 200_000

    /// The lexicon the answers belong to.
    let key: Int
    /// ``RecognitionLexicon/role(_:)`` answers.
    var roles: [String: (lemma: String, gender: String, modifier: String?)?] = [:]
    /// ``RecognitionLexicon/orgHead(_:)`` answers.
    var orgHeads: [String: String?] = [:]
    /// ``RecognitionLexicon/eventHead(_:)`` answers.
    var eventHeads: [String: String?] = [:]
    /// ``RecognitionLexicon/agreementHead(_:)`` answers.
    var agreementHeads: [String: String?] = [:]
    /// ``RecognitionLexicon/gender(ofHead:)`` answers.
    var genders: [String: String] = [:]
    /// ``RecognitionLexicon/isSurnameText(_:)`` answers.
    var surnameTexts: [String: Bool] = [:]
    /// ``RecognitionLexicon/isFunctionWord(_:)`` answers.
    var functionWords: [String: Bool] = [:]
    /// ``RecognitionLexicon/byteTables()`` of the lexicon.
    var byteTables: LexiconByteTables? = nil
    /// ``RecognitionLexicon/wordInfo(_:)`` answers, by the exact bytes of the text.
    var words: [ByteKey: WordInfo] = [:]

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
        let key = ByteKey(text)
        if let hit = words[key] { return hit }
        let value = lexicon.wordInfo(text)
        if words.count >= Self.limit { words.removeAll(keepingCapacity: true) }
        words[key] = value
        return value
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

/// A string as a dictionary key compared and hashed by its UTF-8 bytes: exact (canonically equal texts with different
/// scalars stay apart, so answers computed from scalars stay exact) and cheaper than `String` hashing, which normalises.
struct ByteKey: Hashable {
    /// The text.
    let text: String

    /// The key of `text`.
    init(_ text: String) { self.text = text }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        var x = a.text
        var y = b.text
        return x.withUTF8 { p in
            y.withUTF8 { q in
                var k = 0
                while k < p.count {
                    if p[k] != q[k] { return false }
                    k += 1
                }
                return true
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil { for byte in text.utf8 { hasher.combine(byte) } }
        hasher.combine(text.utf8.count)
    }
}
