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
    /// The options.
    let options: ExtractorOptions
    /// Gazetteer places by name, preferred entry first (for ``ExtractorOptions/enrich``).
    let placeCandidates: [String: [PlaceEntry]]

    /// The rule name of facts added from the gazetteer rather than read in the text.
    public static let enrichmentRule = "gazetteer-enrichment"
    /// The confidence of facts added from the gazetteer.
    public static let enrichmentConfidence = 0.6

    /// An extractor over an indexed lexicon (tests build small ones).
    init(recognition: RecognitionLexicon, analyzer: TextAnalyzer = TextAnalyzer.shared, options: ExtractorOptions = ExtractorOptions(),
         placeCandidates: [String: [PlaceEntry]] = [:]) {
        self.lexicon = recognition
        self.analyzer = analyzer
        self.options = options
        self.placeCandidates = placeCandidates
    }

    /// An extractor over the bundled lexicon files.
    public static func bundled(options: ExtractorOptions = ExtractorOptions()) -> Extractor {
        let places = options.enrich ? ((try? Lexicons.shared.get())?.placeCandidates ?? [:]) : [:]
        return Extractor(recognition: RecognitionLexicon.shared, options: options, placeCandidates: places)
    }

    /// An extractor for the pipeline. `lexicons` has been validated by its loader; the recogniser indexes the
    /// same bundled files (plus the rule lexicons) once per process in ``RecognitionLexicon/shared``.
    /// With `options.enrich`, the gazetteer of `lexicons` adds the state or province of every city the text names.
    public init(lexicons: Lexicons, options: ExtractorOptions = ExtractorOptions()) {
        self.init(recognition: RecognitionLexicon.shared, options: options,
                  placeCandidates: options.enrich ? lexicons.placeCandidates : [:])
    }

    /// An extractor for the pipeline that cuts sentences longer than `maxSentenceBytes` into pieces for the rules.
    public init(lexicons: Lexicons, options: ExtractorOptions = ExtractorOptions(), maxSentenceBytes: Int) {
        self.init(recognition: RecognitionLexicon.shared, analyzer: TextAnalyzer.shared.limitingSentences(to: maxSentenceBytes),
                  options: options, placeCandidates: options.enrich ? lexicons.placeCandidates : [:])
    }

    /// Extracts the entities and facts of one document.
    public func extract(name: String, text: String, contentHash: String) -> DocumentExtraction {
        extract(analyzed: analyzer.analyze(text, knownWords: lexicon.knownWords, knownWordsAreLowercase: lexicon.knownWordsAreLowercase), name: name, contentHash: contentHash)
    }

    /// Extracts the entities and facts of one document and counts the sentences that were too long for the rules
    /// and were cut into pieces (see ``SentenceSplitter/maxSentenceBytes``).
    public func extractCountingCutSentences(name: String, text: String, contentHash: String) -> (extraction: DocumentExtraction, cutSentences: Int) {
        let analyzed = analyzer.analyze(text, knownWords: lexicon.knownWords, knownWordsAreLowercase: lexicon.knownWordsAreLowercase)
        let cut = analyzed.sentences.reduce(0) { $0 + ($1.piece == 1 ? 1 : 0) }
        return (extract(analyzed: analyzed, name: name, contentHash: contentHash), cut)
    }

    private func extract(analyzed: AnalyzedText, name: String, contentHash: String) -> DocumentExtraction {
        let datePublished = GermanDates.datelineDate(analyzed)
        let views = analyzed.sentences.map { TokenView(tokens: $0.tokens, lexicon: lexicon) }
        let recognizer = MentionRecognizer(lexicon: lexicon)
        let spans = views.enumerated().map { recognizer.recognize($1, sentence: $0) }
        let entities = Coreference(lexicon: lexicon, recognizer: recognizer).resolve(views, spans)
        let document = DocumentContext(views: views, isLine: analyzed.sentences.map { $0.isLine }, entities: entities,
                                       year: datePublished?.year, lexicon: lexicon)
        document.published = datePublished
        var output = RuleOutput(document: document)
        let header = RuleRegistry.header
        RuleRegistry.all.withUnsafeBufferPointer { rules in
            for (s, view) in views.enumerated() {
                let dates = DatePhrases.find(view, documentYear: datePublished?.year)
                let context = SentenceContext(index: s, view: view, mentions: document.spans[s], dates: dates, document: document)
                let factual = SentenceGuard.isFactual(view)
                output.sentence = s
                // The rules are applied in place (no copy of each existential per sentence), with their name,
                // confidence and factual flag read once from ``RuleRegistry/header``.
                for k in 0..<rules.count {
                    if header[k].needsFactualSentence && !factual { continue }
                    output.rule = k
                    output.confidence = header[k].confidence
                    rules[k].apply(context, &output)
                }
                for event in context.eventMentions { document.recentEvents.append((event.entity, s)) }
            }
        }
        let enrichments = options.enrich ? enrich(document: document, findings: output.findings) : []
        return assemble(analyzed: analyzed, document: document, findings: output.findings, enrichments: enrichments,
                        info: DocumentInfo(name: name, contentHash: contentHash, datePublished: datePublished))
    }

    /// A `containedInPlace` fact taken from the gazetteer, quoted by the city's first mention.
    struct Enrichment {
        /// The city entity.
        let city: Int
        /// The state or province entity.
        let area: Int
        /// The mention: sentence and token range.
        let sentence: Int
        /// First token of the mention.
        let start: Int
        /// One past the last token.
        let end: Int
    }

    /// The state or province of every city the document names, from the gazetteer, unless the text itself states
    /// where the city lies. Adds the area entities it needs.
    func enrich(document: DocumentContext, findings: [RuleOutput.Finding]) -> [Enrichment] {
        var stated = Set<Int>()
        for finding in findings where finding.relation == .containedInPlace { stated.insert(finding.subject) }
        var firstMention: [Int: MentionSpan] = [:]
        for span in document.spans.joined() where span.entity >= 0 && firstMention[span.entity] == nil {
            firstMention[span.entity] = span
        }
        var out: [Enrichment] = []
        let count = document.entities.entities.count
        for city in 0..<count where document.entities.entities[city].kind == .city && !stated.contains(city) {
            guard let mention = firstMention[city] else { continue }
            let entity = document.entities.entities[city]
            // The official name (an alias of a short label) first: `Frankfurt am Main` before `Frankfurt`.
            let names = entity.aliases + [entity.label]
            var area: String? = nil
            for name in names {
                if let entry = placeCandidates[name]?.first(where: { $0.kind == .city && $0.containedIn != nil }) {
                    area = entry.containedIn
                    break
                }
            }
            guard let area, area != entity.label else { continue }
            let areaIndex = document.entities.entity(kind: .administrativeArea, label: area, quality: .full)
            guard areaIndex != city else { continue }
            out.append(Enrichment(city: city, area: areaIndex, sentence: mention.sentence, start: mention.start, end: mention.end))
        }
        return out
    }

    /// Builds the extraction: evidence for every finding, duplicates removed, and events and agreements
    /// without any fact dropped (a bare mention of a conference is no entity of the contract).
    private func assemble(analyzed: AnalyzedText, document: DocumentContext, findings: [RuleOutput.Finding],
                          enrichments: [Enrichment] = [], info: DocumentInfo) -> DocumentExtraction {
        let all = document.entities.entities
        // Per entity: named by a finding (indices outside the entities name none).
        var used = [Bool](repeating: false, count: all.count)
        func use(_ i: Int) { if i >= 0 && i < used.count { used[i] = true } }
        for finding in findings {
            use(finding.subject)
            switch finding.object {
            case .entity(let o): use(o)
            case .post(_, let o?): use(o)
            default: break
            }
        }
        var keep: [Int] = []
        for (i, entity) in all.enumerated() where entity.kind != .event && entity.kind != .agreement || used[i] {
            keep.append(i)
        }
        // Per entity: its index among the kept ones, or -1.
        var kept = [Int](repeating: -1, count: all.count)
        for (n, i) in keep.enumerated() { kept[i] = n }
        func newIndex(_ i: Int) -> Int? { i >= 0 && i < kept.count && kept[i] >= 0 ? kept[i] : nil }
        var facts: [CandidateFact] = []
        facts.reserveCapacity(findings.count + enrichments.count)
        var seen = Set<FindingKey>(minimumCapacity: findings.count + enrichments.count)
        var quotes: [Int: String] = [:]
        var cursor = ScalarCursor(analyzed.original)
        // Posts that the document names with their organisation: the same post without one adds nothing, in the same sentence
        // (`Für die WFG unterschrieb Geschäftsführerin Anna Roth` is one post, in the WFG) or in another (`Generalkonsul NAME
        // besucht Augsburg` above `der chinesische Generalkonsul in München, NAME`).
        var postsWithOrganization = Set<PersonPost>()
        for finding in findings {
            if case .post(let role, _?) = finding.object {
                postsWithOrganization.insert(PersonPost(subject: finding.subject, role: role))
            }
        }
        for finding in findings {
            guard let subject = newIndex(finding.subject) else { continue }
            var object = finding.object
            switch object {
            case .entity(let o):
                guard let n = newIndex(o) else { continue }
                object = .entity(n)
            case .post(let role, let o):
                if o == nil, !postsWithOrganization.isEmpty,
                   postsWithOrganization.contains(PersonPost(subject: finding.subject, role: role)) { continue }
                object = .post(role: role, organization: o.flatMap { newIndex($0) })
            default: break
            }
            let sentence = analyzed.sentences[finding.sentence]
            let range = analyzed.originalRange(sentence.start, sentence.end)
            guard seen.insert(FindingKey(relation: finding.relation, subject: subject, object: object,
                                         sentence: finding.sentence)).inserted else { continue }
            let quote: String
            if let known = quotes[finding.sentence] { quote = known } else {
                quote = cursor.slice(range.begin, range.end)
                quotes[finding.sentence] = quote
            }
            facts.append(CandidateFact(relation: finding.relation, subject: subject, object: object,
                                       evidence: Evidence(quote: quote, begin: range.begin, end: range.end, rule: RuleRegistry.header[finding.rule].name,
                                                          confidence: finding.confidence)))
        }
        for enrichment in enrichments {
            guard let city = newIndex(enrichment.city), let area = newIndex(enrichment.area) else { continue }
            let tokens = analyzed.sentences[enrichment.sentence].tokens
            let range = analyzed.originalRange(tokens[enrichment.start].start, tokens[enrichment.end - 1].end)
            let quote = cursor.slice(range.begin, range.end)
            guard seen.insert(FindingKey(relation: .containedInPlace, subject: city, object: .entity(area), sentence: -1)).inserted
            else { continue }
            facts.append(CandidateFact(relation: .containedInPlace, subject: city, object: .entity(area),
                                       evidence: Evidence(quote: quote, begin: range.begin, end: range.end, rule: Self.enrichmentRule,
                                                          confidence: Self.enrichmentConfidence)))
        }
        return DocumentExtraction(document: info, entities: keep.map { all[$0] }, facts: facts)
    }
}

/// Cuts the original text by scalar offsets, walking on from the last cut (quotes come in text order, so a document's
/// quotes cost one pass over its scalars instead of one walk from the start per quote).
private struct ScalarCursor {
    /// The original text's scalars.
    let scalars: String.UnicodeScalarView
    /// The original text's UTF-8 bytes (a scalar is its lead byte and the continuation bytes after it).
    let utf8: String.UTF8View
    /// The scalar offset of ``byte``.
    var offset = 0
    /// The UTF-8 offset reached (always on a scalar boundary).
    var byte = 0

    /// A cursor at the start of `text`.
    init(_ text: String) {
        scalars = text.unicodeScalars
        utf8 = text.utf8
    }

    /// The index of scalar offset `target` (the end index when the text is shorter).
    mutating func index(at target: Int) -> String.Index {
        if target < offset {
            offset = 0
            byte = 0
        }
        var offset = self.offset
        var byte = self.byte
        let walked: Void? = utf8.withContiguousStorageIfAvailable { bytes in
            let end = bytes.count
            let base = bytes.baseAddress
            while offset < target && byte < end {
                // Eight ASCII bytes are eight scalars: skipped at once.
                if let base, offset + 8 <= target && byte + 8 <= end,
                    UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    byte += 8
                    offset += 8
                    continue
                }
                byte += 1
                while byte < end && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                offset += 1
            }
        }
        if walked == nil {
            var index = utf8.index(utf8.startIndex, offsetBy: byte)
            while offset < target && index < utf8.endIndex {
                utf8.formIndex(after: &index)
                byte += 1
                while index < utf8.endIndex && utf8[index] & 0xC0 == 0x80 { utf8.formIndex(after: &index); byte += 1 }
                offset += 1
            }
        }
        self.offset = offset
        self.byte = byte
        return utf8.index(utf8.startIndex, offsetBy: byte)
    }

    /// The scalars `begin..<end` as a string: `scalars.dropFirst(begin).prefix(end - begin)`.
    mutating func slice(_ begin: Int, _ end: Int) -> String {
        precondition(end >= begin, "a quote ends before it begins")
        let a = index(at: begin)
        let b = index(at: end)
        return String(Substring(scalars[a..<b]))
    }
}

/// What makes two findings of a document the same fact: relation, subject, object and sentence (-1 for enrichments).
private struct FindingKey: Hashable {
    /// The relation.
    let relation: Relation
    /// The subject entity index.
    let subject: Int
    /// The object.
    let object: FactObject
    /// The sentence index.
    let sentence: Int

    /// Hashes the integers and the object's case only: the texts of a literal, role or address (compared by `==`
    /// with `String`'s canonical equivalence) are left to equality, which the few findings sharing the rest check.
    func hash(into hasher: inout Hasher) {
        hasher.combine(relation)
        hasher.combine(subject)
        hasher.combine(sentence)
        switch object {
        case .entity(let entity):
            hasher.combine(0 as UInt8)
            hasher.combine(entity)
        case .literal:
            hasher.combine(1 as UInt8)
        case .post(_, let organization):
            hasher.combine(2 as UInt8)
            hasher.combine(organization)
        case .address:
            hasher.combine(3 as UInt8)
        }
    }
}

/// Options of an ``Extractor``.
public struct ExtractorOptions: Sendable, Hashable {
    /// When true, the gazetteer adds `containedInPlace` facts (city → state or province) for every city the text
    /// names, with their own rule name ``Extractor/enrichmentRule`` and confidence ``Extractor/enrichmentConfidence``.
    /// Off by default: without it every fact is one the text states.
    public var enrich: Bool

    /// Options; by default nothing is added from the gazetteer.
    public init(enrich: Bool = false) {
        self.enrich = enrich
    }
}

/// A person's post as the document names it (for dropping the same post without its organisation).
private struct PersonPost: Hashable {
    /// The person.
    let subject: Int
    /// The role's label.
    let role: String
}
