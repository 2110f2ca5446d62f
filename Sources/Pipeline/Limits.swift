import Extractors

/// Bounds on what one run takes on, so that no input makes the tool use unbounded time or memory.
public struct Limits: Sendable, Equatable {
    /// Documents with more raw bytes than this are skipped with an error naming them (`--max-document-bytes`).
    public var maxDocumentBytes: Int
    /// Sentences with more UTF-8 bytes than this are cut into pieces for the rules, with a warning (`--max-sentence-bytes`).
    public var maxSentenceBytes: Int

    /// 20 MiB per document.
    public static let defaultMaxDocumentBytes = 20 * 1024 * 1024
    /// 5,000 bytes per sentence (about 700 German words).
    public static let defaultMaxSentenceBytes = SentenceSplitter.defaultMaxSentenceBytes

    /// Limits; the defaults are far above any press release.
    public init(maxDocumentBytes: Int = Limits.defaultMaxDocumentBytes, maxSentenceBytes: Int = Limits.defaultMaxSentenceBytes) {
        self.maxDocumentBytes = max(0, maxDocumentBytes)
        self.maxSentenceBytes = max(1, maxSentenceBytes)
    }

    /// The warning for a document in which `count` sentences were cut, naming the document.
    func cutSentencesWarning(_ name: String, count: Int) -> String {
        "\(name): \(count) sentence\(count == 1 ? " was" : "s were") longer than \(maxSentenceBytes) bytes (--max-sentence-bytes) and cut into pieces for the rules"
    }
}
