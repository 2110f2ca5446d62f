import GraphCore

/// `ORG wurde im April 2016 gegründet`, `ORG, gegründet 1995,`, `ORG (gegründet 1995)`, `ORG (gegr. 1989)`,
/// `ORG, 1962 in Würzburg gegründet,`, `die 2010 gegründete ORG`, `die 2012 ins Leben gerufene ORG`,
/// `ORG wurde 1998 ins Leben gerufen`, `Gegründet wurde ORG im Jahr 2003`, `X gründete 1998 die ORG`,
/// `Die Gründung der ORG erfolgte im Oktober 2014`, `Das Gründungsjahr der ORG ist 2016`.
///
/// Example: „Der Deutsch-Vietnamesische Wirtschaftsverein wurde im März 2012 in Leipzig gegründet.“ →
/// foundingDate(Deutsch-Vietnamesischer Wirtschaftsverein | 2012-03). Prior 0.85.
struct FoundingRule: ExtractionRule {
    var name: String { "founding" }
    var confidence: Double { 0.85 }
    var needsFactualSentence: Bool { true }

    /// Participles of founding (lower-cased), looked for in every sentence.
    static let foundingWords: WordList = ["gegründet", "gegründete", "gegründeten", "gerufen", "gerufene", "gerufenen",
                                          "gründete", "gründeten", "gegr."]

    /// Nouns of founding (lower-cased), looked for in every sentence.
    static let foundingNouns: WordList = ["gründung", "gründungsjahr"]

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
        // `ins Leben gerufen` is founded; `gerufen` alone is not. `gegr.` is `gegründet`.
        var word = view.lower(verb)
        let calledIntoLife = view.isAny(verb - 1, ["leben"]) && view.isAny(verb - 2, ["ins"])
        if word.hasPrefix("gerufen") && !calledIntoLife { return }
        if word == "gegr." { word = "gegründet" }
        let passive = word == "gegründet" || word == "gerufen"
        // The attributive participle (`die 1998 gegründete`, `die 2012 ins Leben gerufene`), where a bare year stands
        // right before the participle phrase.
        let attributive = word == "gegründete" || word == "gegründeten" || word == "gerufene" || word == "gerufenen"
        // `die 1998 in Jena gegründete ORG`: a place between the year and the participle.
        let placed = attributive && view.isAny(verb - 2, ["in"]) && context.mention(endingAt: verb)?.kind.isPlace == true
        let phraseStart = calledIntoLife || placed ? verb - 2 : verb
        // The date nearest to the verb, never one after `bis`.
        var dates = context.dates.filter { $0.preposition != "bis" && $0.preposition != "ab" }
        // A date after the participle in a clause joined by `und` or a comma belongs to that clause (`wurde 2009 gegründet und
        // unterhält seit 2015 ein Büro`).
        dates.removeAll { date in
            date.start > verb + 1 && (verb + 1..<date.start).contains { view.isAny($0, ["und", "sowie"]) || view.isPunct($0, ",") }
        }
        // A bare year right before the participle: `… wurde 2009 gegründet`; in `die 1998 gegründete ORG` it wins over the
        // dates of the rest of the sentence (`… stellt vom 31. März bis 4. April aus`).
        if dates.isEmpty || attributive, phraseStart > 0, view.tokens[phraseStart - 1].kind == .number,
           let year = Int(view.text(phraseStart - 1)), (1800...2099).contains(year), let date = CalendarDate(year: year) {
            dates = [DatePhrase(start: phraseStart - 1, end: phraseStart, date: date, preposition: "")]
        }
        // A bare year between the auxiliary and the participle (`wurde 1996 in Jena gegründet`) or right after the
        // participle in an apposition (`ORG, gegründet 1988, …`).
        if dates.isEmpty {
            let aux = context.find(["wurde", "wurden"], before: verb)
            // Without an auxiliary, an apposition `ORG, 1962 in Würzburg gegründet,` has its year after the comma.
            let comma = aux == nil ? (max(0, verb - 5)..<verb).last(where: { view.isPunct($0, ",") }) : nil
            let range = (aux.map { $0 + 1 } ?? comma.map { $0 + 1 } ?? verb)..<min(view.count, verb + 2)
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
        // `Gegründet wurde der Verein X im Jahr 2003`: the year after the subject.
        let inverted = passive && verb == 0 && view.isAny(verb + 1, ["wurde", "wurden"])
        if dates.isEmpty, inverted, let subject = context.mentions.first(where: { $0.start > verb + 1 && $0.start <= verb + 4 }) {
            var k = subject.end
            if view.isAny(k, ["bereits", "schon", "erst"]) { k += 1 }
            if let found = Self.year(view, at: view.isAny(k, ["im"]) && !view.isAny(k + 1, ["jahr", "jahre"]) ? k + 1 : k) {
                dates = [DatePhrase(start: k, end: found.end, date: found.date, preposition: "")]
            }
        }
        guard let date = dates.min(by: { abs($0.end - verb) < abs($1.end - verb) }) else { return }
        let org: MentionSpan?
        if inverted {
            // `Gegründet wurde die ORG 1991`: the subject right after the auxiliary (an article or `der Verein` before it).
            org = context.mentions.first { $0.start > verb + 1 && $0.start <= verb + 4 && $0.kind == .organization }
        } else if passive, let rel = Self.relativeComma(view, before: verb), view.isAny(verb + 1, ["wurde", "wurden", "worden"]) {
            // `ORG, die 1907 … gegründet wurde,`: the organisation the relative clause follows.
            if let named = context.mention(endingAt: rel), named.kind == .organization {
                org = named
            } else if let described = context.describedOrganization(noun: rel - 1, findings: output.findings) {
                // `Das Reutlinger Unternehmen, das 1994 gegründet wurde`: a describing noun before the relative clause.
                output.add(.foundingDate, described, .literal(date.date.literal))
                return
            } else {
                return
            }
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
                } else if let described = context.describedOrganization(noun: aux - 1, findings: output.findings) {
                    // `Der Verein wurde 2006 ins Leben gerufen`: a describing noun as the subject right before the auxiliary.
                    output.add(.foundingDate, described, .literal(date.date.literal))
                    return
                } else {
                    org = context.mentions.last { $0.end <= aux && $0.kind == .organization && !context.inParentheses($0.start) }
                }
            } else {
                // `Das Familienunternehmen, gegründet 1958, beschäftigt …`: a describing noun before the apposition.
                if view.isPunct(verb - 1, ","), let described = context.describedOrganization(noun: verb - 2, findings: output.findings) {
                    output.add(.foundingDate, described, .literal(date.date.literal))
                    return
                }
                org = context.mentions.last { $0.end <= verb && $0.kind == .organization }
                // `ORG, gegründet 1995,`, `ORG (ACR), gegründet …` or `ORG (gegründet 1995)`.
                guard let org, view.isPunct(org.end, ",") || view.isPunct(org.end + 3, ",")
                        || view.isPunct(org.end, "(") && org.end + 1 == verb else { return }
                // `ORG, 1962 in Würzburg gegründet,`: nothing but the year and a place between the comma and the participle.
                if view.isPunct(org.end, ","), org.end + 1 < verb,
                   !(org.end + 1..<verb).allSatisfy({ view.tokens[$0].kind == .number || view.isAny($0, ["in", "im"])
                       || context.mention(at: $0)?.kind.isPlace == true }) { return }
            }
        } else if word == "gründete" || word == "gründeten" {
            // `Die Stadt Kiel gründete 1998 die Kieler Wirtschaftsförderung GmbH`: the organisation is the object.
            org = context.mentions.first { $0.start > verb && $0.start <= verb + 6 && $0.kind == .organization }
        } else {
            org = context.mentions.first { $0.start > verb && $0.start <= verb + 4 && $0.kind == .organization }
            // `Das 1972 gegründete Familienunternehmen betreibt …`: a describing noun right after the participle.
            if org == nil, attributive, let described = context.describedOrganization(noun: verb + 1, findings: output.findings) {
                output.add(.foundingDate, described, .literal(date.date.literal))
                return
            }
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
    /// `bei seiner Gründung im März 1998`: the date right after the founding noun or its genitive organisation; and the
    /// noun as the subject, `Die Gründung der ORG erfolgte im Oktober 2014`, `Das Gründungsjahr der ORG ist 2016`.
    private func foundingNoun(_ context: SentenceContext, _ noun: Int, _ output: inout RuleOutput) {
        let view = context.view
        if noun == 0 || noun == 1 && view.isAny(0, ["die", "das"]), view.isAny(noun + 1, ["der", "des"]),
           let named = context.mention(startingAt: noun + 2), named.kind == .organization {
            // The subject: a verb of taking place or being right after the organisation, then the date.
            var k = named.end
            guard view.isAny(k, ["erfolgte", "erfolgt", "war", "ist", "datiert"]) else { return }
            k += 1
            if view.isAny(k, ["bereits", "schon", "erst", "auf", "aus"]) { k += 1 }
            if let phrase = context.dates.first(where: { $0.start == k || $0.start == k + 1 && view.isAny(k, ["im", "am"]) }),
               phrase.preposition != "bis", phrase.preposition != "ab" {
                output.add(.foundingDate, named.entity, .literal(phrase.date.literal))
            } else if let found = Self.year(view, at: view.isAny(k, ["im"]) && !view.isAny(k + 1, ["jahr", "jahre"]) ? k + 1 : k) {
                output.add(.foundingDate, named.entity, .literal(found.date.literal))
            }
            return
        }
        guard view.lower(noun) == "gründung", view.isAny(noun - 2, ["seit", "bei", "nach", "mit"]) else { return }
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
