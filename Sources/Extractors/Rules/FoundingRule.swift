import GraphCore

/// `ORG wurde im April 2016 gegründet`, `ORG, gegründet 1995,`, `ORG (gegründet 1995)`, `die 2010 gegründete ORG`,
/// `ORG wurde 1998 ins Leben gerufen`, `X gründete 1998 die ORG`.
///
/// Example: „Der Deutsch-Vietnamesische Wirtschaftsverein wurde im März 2012 in Leipzig gegründet.“ →
/// foundingDate(Deutsch-Vietnamesischer Wirtschaftsverein | 2012-03). Prior 0.85.
struct FoundingRule: ExtractionRule {
    var name: String { "founding" }
    var confidence: Double { 0.85 }
    var needsFactualSentence: Bool { true }

    /// Participles of founding (lower-cased), looked for in every sentence.
    static let foundingWords: WordList = ["gegründet", "gegründete", "gegründeten", "gerufen", "gründete", "gründeten"]

    /// Nouns of founding (lower-cased), looked for in every sentence.
    static let foundingNouns: WordList = ["gründung"]

    /// The year of `im Jahr 2012`, `im Jahre 2012` or a bare `2012` at token `i`, with the index after it.
    static func year(_ view: TokenView, at i: Int) -> (date: CalendarDate, end: Int)? {
        var k = i
        if view.isAny(k, ["im"]), view.isAny(k + 1, ["jahr", "jahre"]) { k += 2 }
        guard k < view.count, view.tokens[k].kind == .number, let year = Int(view.text(k)), (1800...2099).contains(year),
              let date = CalendarDate(year: year) else { return nil }
        return (date, k + 1)
    }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        if context.mentions.contains(where: { $0.kind == .organization }), let noun = context.find(Self.foundingNouns) {
            foundingNoun(context, noun, &output)
        }
        guard let verb = context.find(Self.foundingWords) else { return }
        // `ins Leben gerufen` is founded; `gerufen` alone is not.
        let word = view.lower(verb)
        if word == "gerufen" && !(view.isAny(verb - 1, ["leben"]) && view.isAny(verb - 2, ["ins"])) { return }
        let passive = word == "gegründet" || word == "gerufen"
        // The date nearest to the verb, never one after `bis`.
        var dates = context.dates.filter { $0.preposition != "bis" && $0.preposition != "ab" }
        // A date after the participle in a clause joined by `und` or a comma belongs to that clause (`wurde 2009 gegründet und
        // unterhält seit 2015 ein Büro`).
        dates.removeAll { date in
            date.start > verb + 1 && (verb + 1..<date.start).contains { view.isAny($0, ["und", "sowie"]) || view.isPunct($0, ",") }
        }
        // A bare year right before the participle: `… wurde 2009 gegründet`; in `die 1998 gegründete ORG` it wins over the
        // dates of the rest of the sentence (`… stellt vom 31. März bis 4. April aus`).
        if dates.isEmpty || word == "gegründete" || word == "gegründeten", verb > 0, view.tokens[verb - 1].kind == .number, let year = Int(view.text(verb - 1)),
           (1800...2099).contains(year), let date = CalendarDate(year: year) {
            dates = [DatePhrase(start: verb - 1, end: verb, date: date, preposition: "")]
        }
        // A bare year between the auxiliary and the participle (`wurde 1996 in Jena gegründet`) or right after the
        // participle in an apposition (`ORG, gegründet 1988, …`).
        if dates.isEmpty {
            let aux = context.find(["wurde", "wurden"], before: verb)
            let range = (aux.map { $0 + 1 } ?? verb)..<min(view.count, verb + 2)
            for k in range where view.tokens[k].kind == .number && (k < verb || k == verb + 1) {
                if let year = Int(view.text(k)), (1800...2099).contains(year), let date = CalendarDate(year: year) {
                    dates = [DatePhrase(start: k, end: k + 1, date: date, preposition: "")]
                    break
                }
            }
            // `ORG, gegründet im Jahr 1998, …`
            if dates.isEmpty, view.isAny(verb + 1, ["im"]), let found = Self.year(view, at: verb + 1) {
                dates = [DatePhrase(start: verb + 1, end: found.end, date: found.date, preposition: "im")]
            }
            // `ORG wurde vor 25 Jahren (in Jena) gegründet`: the year of the document less the years.
            if dates.isEmpty, let aux, let ago = (aux + 1..<verb).first(where: { view.isAny($0, ["vor"]) }),
               view.tokens[ago + 1].kind == .number, view.isAny(ago + 2, ["jahren"]), verb - (ago + 3) <= 4,
               let years = Int(view.text(ago + 1)), (1...300).contains(years),
               let year = context.document.published?.year ?? context.document.year, let date = CalendarDate(year: year - years) {
                dates = [DatePhrase(start: ago, end: ago + 3, date: date, preposition: "vor")]
            }
            // `ORG, die 1907 als Medizinschule gegründet wurde`: the year right after the relative pronoun.
            if dates.isEmpty, let rel = Self.relativeComma(view, before: verb), let found = Self.year(view, at: rel + 2) {
                dates = [DatePhrase(start: rel + 2, end: found.end, date: found.date, preposition: "")]
            }
        }
        guard let date = dates.min(by: { abs($0.end - verb) < abs($1.end - verb) }) else { return }
        let org: MentionSpan?
        if passive, let rel = Self.relativeComma(view, before: verb), view.isAny(verb + 1, ["wurde", "wurden", "worden"]) {
            // `ORG, die 1907 … gegründet wurde,`: the organisation the relative clause follows.
            guard let named = context.mention(endingAt: rel), named.kind == .organization else { return }
            org = named
        } else if passive {
            // `ORG wurde … gegründet` (the organisation is the subject before `wurde`) or `ORG, gegründet DATE`.
            if let aux = context.find(["wurde", "wurden", "ist"], before: verb) {
                if view.isPunct(aux - 1, ","), let open = Self.appositionStart(view, before: aux - 1) {
                    // `ORG, eine gemeinsame Einrichtung der A und der B, wurde 1998 gegründet`: the subject before the apposition.
                    org = context.mention(endingAt: open).flatMap { named in
                        if named.kind == .organization { return named }
                        // `Das Collegium Polonicum in Słubice, eine …, wurde 1998 gegründet`: the organisation before its place.
                        guard named.kind.isPlace, view.isAny(named.start - 1, ["in"]), let owner = context.mention(endingAt: named.start - 1),
                              owner.kind == .organization else { return nil }
                        return owner
                    }
                } else {
                    org = context.mentions.last { $0.end <= aux && $0.kind == .organization && !context.inParentheses($0.start) }
                }
            } else {
                org = context.mentions.last { $0.end <= verb && $0.kind == .organization }
                // `ORG, gegründet 1995,`, `ORG (ACR), gegründet …` or `ORG (gegründet 1995)`.
                guard let org, view.isPunct(org.end, ",") || view.isPunct(org.end + 3, ",")
                        || view.isPunct(org.end, "(") && org.end + 1 == verb else { return }
            }
        } else if word == "gründete" || word == "gründeten" {
            // `Die Stadt Kiel gründete 1998 die Kieler Wirtschaftsförderung GmbH`: the organisation is the object.
            org = context.mentions.first { $0.start > verb && $0.start <= verb + 6 && $0.kind == .organization }
        } else {
            org = context.mentions.first { $0.start > verb && $0.start <= verb + 4 && $0.kind == .organization }
        }
        guard let org else { return }
        output.add(.foundingDate, org.entity, .literal(date.date.literal))
    }

    /// The comma of a relative clause `, die/der/das …` that the participle at `verb` closes (within eight tokens), or nil.
    static func relativeComma(_ view: TokenView, before verb: Int) -> Int? {
        guard let comma = (max(0, verb - 8)..<verb).last(where: { view.isPunct($0, ",") }),
              view.isAny(comma + 1, ["die", "der", "das"]) else { return nil }
        return comma
    }

    /// The comma opening an apposition `, ein/eine … ,` that ends with the comma at `close`, or nil.
    static func appositionStart(_ view: TokenView, before close: Int) -> Int? {
        guard let open = (max(0, close - 14)..<close).last(where: { view.isPunct($0, ",") }),
              view.isAny(open + 1, ["ein", "eine", "einer", "einem"]) else { return nil }
        return open
    }

    /// `seit ihrer Gründung im Jahr 2012` (the one organisation of the sentence), `seit der Gründung der ORG 2012`,
    /// `bei seiner Gründung im März 1998`: the date right after the founding noun or its genitive organisation.
    private func foundingNoun(_ context: SentenceContext, _ noun: Int, _ output: inout RuleOutput) {
        let view = context.view
        guard view.isAny(noun - 2, ["seit", "bei", "nach", "mit"]) else { return }
        var after = noun + 1
        var org: Int? = nil
        if view.isAny(noun - 1, ["ihrer", "seiner"]) {
            let orgs = Set(context.mentions.filter { $0.kind == .organization }.map { $0.entity })
            guard orgs.count == 1 else { return }
            org = orgs.first
        } else if view.isAny(noun - 1, ["der"]), view.isAny(after, ["der", "des"]), let named = context.mention(startingAt: after + 1),
                  named.kind == .organization {
            org = named.entity
            after = named.end
        }
        guard let org else { return }
        let date: CalendarDate
        if let phrase = context.dates.first(where: { $0.start == after }), phrase.preposition != "bis", phrase.preposition != "ab" {
            date = phrase.date
        } else if let found = Self.year(view, at: after) {
            date = found.date
        } else {
            return
        }
        output.add(.foundingDate, org, .literal(date.literal))
    }
}
