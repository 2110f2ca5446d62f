import GraphCore

/// One named German construction that states facts, applied sentence by sentence.
///
/// Each conforming type lives in its own file in `Rules/`, documents an example sentence and its
/// confidence prior, and is registered once in ``RuleRegistry/all``.
protocol ExtractionRule: Sendable {
    /// The rule's name as written to `ge:rule`.
    var name: String { get }
    /// Prior confidence of the facts it finds, 0…1.
    var confidence: Double { get }
    /// True when wishes, plans, negations, questions and conditionals (``SentenceGuard``) silence the rule.
    var needsFactualSentence: Bool { get }
    /// Finds the facts the sentence states and writes them to `output`.
    func apply(_ context: SentenceContext, _ output: inout RuleOutput)
}

/// What a rule sees: one sentence with its tokens, mentions and dates, and the document around it.
struct SentenceContext {
    /// Index of the sentence.
    let index: Int
    /// The tokens.
    let view: TokenView
    /// The mentions of the sentence, sorted by start.
    let mentions: [MentionSpan]
    /// The dates of the sentence.
    let dates: [DatePhrase]
    /// The whole document (other sentences, entities).
    let document: DocumentContext
    /// The event mentions of the sentence, in order (several rules and the extractor ask for them).
    let eventMentions: [MentionSpan]

    /// The context of sentence `index`.
    init(index: Int, view: TokenView, mentions: [MentionSpan], dates: [DatePhrase], document: DocumentContext) {
        self.index = index
        self.view = view
        self.mentions = mentions
        self.dates = dates
        self.document = document
        self.eventMentions = mentions.contains { $0.kind == .event } ? mentions.filter { $0.kind == .event } : []
    }

    /// The mention covering token `i`.
    func mention(at i: Int) -> MentionSpan? { mentions.first { $0.start <= i && i < $0.end } }

    /// The mention starting at token `i`.
    func mention(startingAt i: Int) -> MentionSpan? { mentions.first { $0.start == i } }

    /// The mention ending just before token `i`.
    func mention(endingAt i: Int) -> MentionSpan? { mentions.first { $0.end == i } }

    /// The first token index of a lower-cased word from `words` at or after `from`, or nil.
    func find(_ words: Set<String>, from: Int = 0, before: Int? = nil) -> Int? {
        let upper = min(before ?? view.count, view.count)
        guard from < upper else { return nil }
        // A set of up to 64 words is compared word by word by fingerprint (no hashing of every token); the first match
        // wins either way.
        if words.count <= 64 { return view.firstWord(in: words, from: max(from, 0), upper: upper) }
        for i in from..<upper where view.isWord(i) && words.contains(view.lower(i)) { return i }
        return nil
    }

    /// The first token index of a lower-cased word from a short literal list at or after `from`, or nil.
    ///
    /// Same result as the `Set` form; a short list is compared directly instead of being hashed into a set per call.
    func find(_ words: [String], from: Int = 0, before: Int? = nil) -> Int? {
        let upper = min(before ?? view.count, view.count)
        guard from < upper else { return nil }
        return view.firstWord(in: words, from: max(from, 0), upper: upper)
    }

    /// The first token index of a lower-cased word from `list` at or after `from`, or nil (the `[String]` form's
    /// result, with the words' fingerprints computed once).
    func find(_ list: WordList, from: Int = 0, before: Int? = nil) -> Int? {
        let upper = min(before ?? view.count, view.count)
        guard from < upper else { return nil }
        return view.firstWord(in: list, from: max(from, 0), upper: upper)
    }

    /// True when token `i` is inside parentheses.
    func inParentheses(_ i: Int) -> Bool {
        var depth = 0
        for k in 0..<min(i, view.count) {
            if view.isPunct(k, "(") { depth += 1 } else if view.isPunct(k, ")") { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// The mentions of a coordinated list starting at token `i`: `A, B und C` (each a mention; nested parentheses skipped).
    func coordinatedMentions(from i: Int, kinds: Set<EntityKind>) -> (mentions: [MentionSpan], end: Int) {
        var out: [MentionSpan] = []
        var j = i
        while let m = mention(startingAt: j), kinds.contains(m.kind) {
            out.append(m)
            j = m.end
            // Skip a parenthetical right after the item: `Huzhou (Provinz Zhejiang)`.
            if view.isPunct(j, "(") {
                var depth = 0
                var k = j
                while k < view.count {
                    if view.isPunct(k, "(") { depth += 1 }
                    if view.isPunct(k, ")") { depth -= 1; if depth == 0 { break } }
                    k += 1
                }
                j = k + 1
            }
            // Skip the country of a town item: `Cabourg in Frankreich, Mayrhofen in Österreich und Terracina in Italien`.
            // A region stands there too: `St Ives in England und Grodków in Polen`.
            if m.kind == .city, view.isAny(j, ["in"]), let country = mention(startingAt: j + 1),
               country.kind == .country || country.kind == .administrativeArea && country.end > j + 1,
               view.isPunct(country.end, ",") || view.isAny(country.end, ["und", "sowie"]) || country.end >= view.count
                || view.isPunct(country.end, ".") {
                j = country.end
            }
            if view.isPunct(j, ",") || view.isPunct(j, "/") { j = itemStart(after: j + 1, kinds: kinds); continue }
            if view.isAny(j, ["und", "sowie", "oder"]) {
                if view.lower(j) == "oder" { return ([], j) }
                j = itemStart(after: j + 1, kinds: kinds)
                continue
            }
            break
        }
        return (out, j)
    }

    /// Where the next item of a coordination starts after a conjunction at `i - 1`: `und die Stadt Dresden`,
    /// `und der chinesischen Metropole Shenzhen`, `sowie die chinesischen Städte Xiamen` skip the article, up to two
    /// lower-case adjectives and a plural class noun when a mention of the kinds follows them.
    func itemStart(after i: Int, kinds: Set<EntityKind>) -> Int {
        var k = i
        if view.isAny(k, ["der", "die", "das", "den", "dem", "des"]) { k += 1 }
        var adjectives = 0
        while adjectives < 2, view.isWord(k), !view.isCap(k), ["e", "en", "er", "es"].contains(where: { view.lower(k).hasSuffix($0) }),
              !view.isAny(k, ["der", "die", "das", "den", "dem", "des", "und", "oder", "sowie", "sie", "ihre", "ihren"]) {
            k += 1
            adjectives += 1
        }
        // A capitalised place adjective before a cued name: `und die Südtiroler Gemeinde Natz-Schabs`.
        if view.isCap(k), view.lower(k).hasSuffix("er"), mention(startingAt: k) == nil, let next = mention(startingAt: k + 1),
           kinds.contains(next.kind) { k += 1 }
        // A plural class noun before the names: `die Städte Bottrop und Jena sowie die chinesischen Städte Xiamen …`.
        if view.isAny(k, Self.pluralClassNouns), mention(startingAt: k) == nil { k += 1 }
        guard k > i, let m = mention(startingAt: k), kinds.contains(m.kind) else { return i }
        return k
    }

    /// Plural nouns that class the names after them in a list (lower-cased): `die Städte A und B`.
    static let pluralClassNouns = ["städte", "kommunen", "gemeinden", "landkreise", "kreise", "provinzen", "regionen",
                                   "metropolen", "unternehmen", "firmen", "hochschulen", "universitäten", "organisationen"]
}

/// The document as rules see it: all sentences with their mentions, the entities and the document date.
final class DocumentContext {
    /// Per sentence: tokens.
    let views: [TokenView]
    /// Per sentence: line flag.
    let isLine: [Bool]
    /// The entities, growing when rules add constructed ones.
    var entities: DocumentEntities
    /// The document's year, when known.
    let year: Int?
    /// The document's date from its dateline, when known (the day a `heute` of the text refers to).
    var published: CalendarDate? = nil
    /// Events constructed or found so far, with the sentence where they were last mentioned.
    var recentEvents: [(entity: Int, sentence: Int)] = []
    /// Agreements that signing sentences named so far, by their noun (`Absichtserklärung`), with the sentence.
    var signedAgreements: [(noun: String, entity: Int, sentence: Int)] = []
    /// The lexicon index.
    let lexicon: RecognitionLexicon
    /// Mentions per sentence.
    let spans: [[MentionSpan]]

    /// A document context.
    init(views: [TokenView], isLine: [Bool], entities: DocumentEntities, year: Int?, lexicon: RecognitionLexicon) {
        self.lexicon = lexicon
        self.spans = entities.spans
        self.views = views
        self.isLine = isLine
        self.entities = entities
        self.year = year
    }

    /// The kind of entity `index`.
    func kind(_ index: Int) -> EntityKind { entities.entities[index].kind }

    /// The organisation of the document named exactly `name` (label, acronym or alias), or else whose label starts with
    /// `name` and a space (`IHK` for `IHK Nürnberg`), when exactly one is.
    func organization(named name: String) -> Int? {
        if let host = entities.acronyms[name], kind(host) == .organization { return host }
        let matches = entities.entities.indices.filter { i in
            let e = entities.entities[i]
            return e.kind == .organization && (e.label == name || e.aliases.contains(name))
        }
        if !matches.isEmpty { return matches.count == 1 ? matches[0] : nil }
        // `IHK` for the one `IHK Nürnberg` of the document.
        let prefixed = entities.entities.indices.filter { i in
            entities.entities[i].kind == .organization && entities.entities[i].label.hasPrefix(name + " ")
        }
        if prefixed.count == 1 { return prefixed[0] }
        // `IHK` for the one `Industrie- und Handelskammer Siegen` of the document, `HWK` for its one `Handwerkskammer …`.
        guard prefixed.isEmpty, let long = Self.chamberAbbreviations[name] else { return nil }
        let spelled = entities.entities.indices.filter { i in
            entities.entities[i].kind == .organization && entities.entities[i].label.hasPrefix(long + " ")
        }
        return spelled.count == 1 ? spelled[0] : nil
    }

    /// Abbreviations of German chambers and the words that open their spelled-out names.
    static let chamberAbbreviations = ["IHK": "Industrie- und Handelskammer", "HWK": "Handwerkskammer"]

    /// The shortest identifying name of an entity: its first acronym, else its label.
    func shortName(_ index: Int) -> String {
        let entity = entities.entities[index]
        return entity.aliases.first { $0.count <= 8 } ?? entity.label
    }
}

/// The facts a rule found in a sentence, before evidence is attached.
struct RuleOutput {
    /// One fact: relation, subject, object and the sentence that states it.
    struct Finding {
        /// The relation.
        let relation: Relation
        /// Subject entity index.
        let subject: Int
        /// The object.
        let object: FactObject
        /// The sentence index (a contact block names the line of the value).
        let sentence: Int
        /// The rule's index in ``RuleRegistry/all`` (its name is looked up when the evidence is written, so a finding
        /// holds no string).
        let rule: Int
        /// The rule's confidence.
        let confidence: Double
    }

    /// The document (for constructed entities).
    let document: DocumentContext
    /// Index in ``RuleRegistry/all`` of the rule being applied.
    var rule: Int = 0
    /// Its confidence.
    var confidence: Double = 0
    /// The sentence being read.
    var sentence: Int = 0
    /// The findings so far.
    var findings: [Finding] = []

    /// Records a fact stated by the current sentence (or by `line`).
    mutating func add(_ relation: Relation, _ subject: Int, _ object: FactObject, line: Int? = nil) {
        if case .entity(let o) = object, o == subject { return }
        findings.append(Finding(relation: relation, subject: subject, object: object, sentence: line ?? sentence, rule: rule,
                                confidence: confidence))
    }

    /// Records a fact whose object is an entity.
    mutating func add(_ relation: Relation, _ subject: Int, _ object: Int) {
        add(relation, subject, .entity(object))
    }

    /// An entity the rule constructs (an event named after its place, a party), or the existing one with that name.
    mutating func entity(kind: EntityKind, label: String, quality: LabelQuality = .derived, surfaceForms: [String] = []) -> Int {
        document.entities.entity(kind: kind, label: label, quality: quality, surfaceForms: surfaceForms)
    }
}
