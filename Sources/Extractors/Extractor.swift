import GraphCore

/// Rule-based extraction of the contract's entities and facts from one German document.
///
/// `extract` analyses the text (``TextAnalyzer``), reads the document date from the dateline
/// (``GermanDates``), recognises mentions per sentence, resolves them within the document
/// (``Coreference``) and applies every rule of ``RuleRegistry/all`` to every sentence. Each fact
/// carries the sentence as its quote, with the sentence's offsets in the original text.
/// The extractor holds only immutable lexicon data and can be shared between threads.
public struct Extractor: Sendable {
    /// The indexed lexicons.
    let lexicon: RecognitionLexicon
    /// The text analyser.
    let analyzer: TextAnalyzer

    /// An extractor over an indexed lexicon (tests build small ones).
    init(recognition: RecognitionLexicon, analyzer: TextAnalyzer = TextAnalyzer.shared) {
        self.lexicon = recognition
        self.analyzer = analyzer
    }

    /// An extractor over the bundled lexicon files.
    public static func bundled() -> Extractor {
        Extractor(recognition: RecognitionLexicon.shared)
    }

    /// An extractor for the pipeline. `lexicons` has been validated by its loader; the recogniser indexes the
    /// same bundled files (plus the rule lexicons) once per process in ``RecognitionLexicon/shared``.
    public init(lexicons: Lexicons) {
        self.init(recognition: RecognitionLexicon.shared)
    }

    /// An extractor for the pipeline that cuts sentences longer than `maxSentenceBytes` into pieces for the rules.
    public init(lexicons: Lexicons, maxSentenceBytes: Int) {
        self.init(recognition: RecognitionLexicon.shared, analyzer: TextAnalyzer.shared.limitingSentences(to: maxSentenceBytes))
    }

    /// Extracts the entities and facts of one document.
    public func extract(name: String, text: String, contentHash: String) -> DocumentExtraction {
        extract(analyzed: analyzer.analyze(text), name: name, contentHash: contentHash)
    }

    /// Extracts the entities and facts of one document and counts the sentences that were too long for the rules
    /// and were cut into pieces (see ``SentenceSplitter/maxSentenceBytes``).
    public func extractCountingCutSentences(name: String, text: String, contentHash: String) -> (extraction: DocumentExtraction, cutSentences: Int) {
        let analyzed = analyzer.analyze(text)
        let cut = analyzed.sentences.reduce(0) { $0 + ($1.piece == 1 ? 1 : 0) }
        return (extract(analyzed: analyzed, name: name, contentHash: contentHash), cut)
    }

    private func extract(analyzed: AnalyzedText, name: String, contentHash: String) -> DocumentExtraction {
        let datePublished = GermanDates.datelineDate(analyzed)
        let views = analyzed.sentences.map { TokenView(tokens: $0.tokens) }
        let recognizer = MentionRecognizer(lexicon: lexicon)
        let spans = views.enumerated().map { recognizer.recognize($1, sentence: $0) }
        let entities = Coreference(lexicon: lexicon, recognizer: recognizer).resolve(views, spans)
        let document = DocumentContext(views: views, isLine: analyzed.sentences.map { $0.isLine }, entities: entities,
                                       year: datePublished?.year, lexicon: lexicon)
        var output = RuleOutput(document: document)
        for (s, view) in views.enumerated() {
            let dates = DatePhrases.find(view, documentYear: datePublished?.year)
            let context = SentenceContext(index: s, view: view, mentions: document.spans[s], dates: dates, document: document)
            let factual = SentenceGuard.isFactual(view)
            output.sentence = s
            for rule in RuleRegistry.all {
                if rule.needsFactualSentence && !factual { continue }
                output.rule = rule.name
                output.confidence = rule.confidence
                rule.apply(context, &output)
            }
            for event in context.eventMentions { document.recentEvents.append((event.entity, s)) }
        }
        return assemble(analyzed: analyzed, document: document, findings: output.findings,
                        info: DocumentInfo(name: name, contentHash: contentHash, datePublished: datePublished))
    }

    /// Builds the extraction: evidence for every finding, duplicates removed, and events and agreements
    /// without any fact dropped (a bare mention of a conference is no entity of the contract).
    private func assemble(analyzed: AnalyzedText, document: DocumentContext, findings: [RuleOutput.Finding],
                          info: DocumentInfo) -> DocumentExtraction {
        let all = document.entities.entities
        var used = Set<Int>()
        for finding in findings {
            used.insert(finding.subject)
            switch finding.object {
            case .entity(let o): used.insert(o)
            case .post(_, let o?): used.insert(o)
            default: break
            }
        }
        var keep: [Int] = []
        for (i, entity) in all.enumerated() where entity.kind != .event && entity.kind != .agreement || used.contains(i) {
            keep.append(i)
        }
        var newIndex = [Int: Int]()
        for (n, i) in keep.enumerated() { newIndex[i] = n }
        var facts: [CandidateFact] = []
        var seen = Set<String>()
        for finding in findings {
            guard let subject = newIndex[finding.subject] else { continue }
            var object = finding.object
            switch object {
            case .entity(let o):
                guard let n = newIndex[o] else { continue }
                object = .entity(n)
            case .post(let role, let o):
                object = .post(role: role, organization: o.flatMap { newIndex[$0] })
            default: break
            }
            let sentence = analyzed.sentences[finding.sentence]
            let range = analyzed.originalRange(sentence.start, sentence.end)
            let quote = String(String.UnicodeScalarView(analyzed.original.unicodeScalars.dropFirst(range.begin).prefix(range.end - range.begin)))
            let key = "\(finding.relation)|\(subject)|\(object)|\(finding.sentence)"
            guard seen.insert(key).inserted else { continue }
            facts.append(CandidateFact(relation: finding.relation, subject: subject, object: object,
                                       evidence: Evidence(quote: quote, begin: range.begin, end: range.end, rule: finding.rule,
                                                          confidence: finding.confidence)))
        }
        return DocumentExtraction(document: info, entities: keep.map { all[$0] }, facts: facts)
    }
}
