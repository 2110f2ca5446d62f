/// The public entry point of German text processing: normalisation, tokenisation and sentence splitting.
///
/// Usage: `let analyzed = TextAnalyzer.analyze(text)`; then `analyzed.sentences[i].tokens`,
/// `analyzed.originalRange(start, end)` for provenance and ``GermanDates`` for dates.
public struct TextAnalyzer: Sendable {
    /// The tokeniser used for every sentence.
    public let tokenizer: Tokenizer
    /// The sentence splitter.
    public let splitter: SentenceSplitter

    /// An analyser with the given abbreviations; sentences longer than `maxSentenceBytes` are cut into pieces.
    public init(abbreviations: Abbreviations, maxSentenceBytes: Int = SentenceSplitter.defaultMaxSentenceBytes) {
        tokenizer = Tokenizer(abbreviations: abbreviations)
        splitter = SentenceSplitter(tokenizer: tokenizer, maxSentenceBytes: maxSentenceBytes)
    }

    /// The same analyser with another sentence length limit (see ``SentenceSplitter/maxSentenceBytes``).
    public func limitingSentences(to maxSentenceBytes: Int) -> TextAnalyzer {
        TextAnalyzer(tokenizer: tokenizer, splitter: SentenceSplitter(tokenizer: tokenizer, maxSentenceBytes: maxSentenceBytes))
    }

    private init(tokenizer: Tokenizer, splitter: SentenceSplitter) {
        self.tokenizer = tokenizer
        self.splitter = splitter
    }

    /// Loads the bundled `abbreviations.tsv`.
    public static func bundled() throws(ExtractorsError) -> TextAnalyzer {
        TextAnalyzer(abbreviations: Abbreviations(lexicon: try Lexicon.bundled("abbreviations")))
    }

    /// The shared analyser with the bundled abbreviations. If the resource cannot be loaded (a broken
    /// installation) it falls back to single capital initials only; call ``bundled()`` to see the error.
    public static let shared: TextAnalyzer = (try? bundled()) ?? TextAnalyzer(abbreviations: Abbreviations())

    /// Normalises, tokenises and splits `text`. `knownWords` and `attested` confirm words rejoined across a hyphen
    /// (see ``TextNormalizer``).
    public func analyze(_ text: String, knownWords: Set<String> = [], attested: ((String) -> Bool)? = nil) -> AnalyzedText {
        analyze(text, knownWords: knownWords, knownWordsAreLowercase: false, attested: attested)
    }

    /// Like ``analyze(_:knownWords:attested:)``; with `knownWordsAreLowercase` the caller vouches that `knownWords`
    /// need no lower-casing (the extractor's lexicon checks this once, not per document).
    func analyze(_ text: String, knownWords: Set<String>, knownWordsAreLowercase: Bool,
                 attested: ((String) -> Bool)? = nil) -> AnalyzedText {
        let normalized = TextNormalizer.normalize(text, knownWords: knownWords, knownWordsAreLowercase: knownWordsAreLowercase,
                                                  attested: attested)
        let sentences = splitter.split(normalized.bytes)
        return AnalyzedText(
            bytes: normalized.bytes, sentences: sentences, originalScalarOffsets: normalized.originalScalarOffsets,
            original: text)
    }

    /// Analyses `text` with the shared analyser.
    public static func analyze(_ text: String, knownWords: Set<String> = []) -> AnalyzedText {
        shared.analyze(text, knownWords: knownWords)
    }

    /// Tokenises a single string with the shared analyser's abbreviations (no normalisation).
    public static func tokenize(_ text: String) -> [Token] {
        shared.tokenizer.tokenize(text)
    }
}
