import GraphCore

/// `NAME, die seit 2019 das Büro der ORG leitet, …`, `NAME leitet seit 2018 die ORG`, `Seit Januar leitet NAME die ORG`,
/// `NAME übernimmt die Leitung der ORG`, `An der Spitze der ORG steht NAME` – leading an organisation, stated with a verb
/// instead of a role noun: the person holds the post of its head (`Leiter`, `Leiterin` after the feminine pronoun or article).
///
/// Example: „Mehr dazu sagte Jana Roth, die seit 2021 die Wirtschaftsförderung Jena leitet.“ → holdsRole(Jana Roth |
/// Leiterin | Wirtschaftsförderung Jena); „An der Spitze des Vereins Brücke Xi'an steht weiterhin der Unternehmer Uwe
/// Kranz.“ → holdsRole(Uwe Kranz | Leiter | Verein Brücke Xi'an). The organisation must be a recognised organisation
/// named right after the verb's article (or after `der Leitung`/`der Spitze`); a plan or a negation states nothing.
/// Prior 0.75: `leiten` also governs meetings and projects, which are no organisations.
struct LeadershipVerbRule: ExtractionRule {
    var name: String { "leadership-verb" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { true }

    /// Finite forms of `leiten` and the nouns of heading an organisation (lower-cased), looked for in every sentence.
    static let triggers: WordList = ["leitet", "leitete", "leiten", "leiteten", "leitung", "spitze"]
    /// Words of time between the verb and the organisation (lower-cased): `seit 2019`, `seit vielen Jahren`, `weiterhin`.
    static let timeWords: Set<String> = ["seit", "bis", "bereits", "schon", "weiterhin", "nun", "jetzt", "künftig", "inzwischen",
                                         "vielen", "mehreren", "jahren", "jahresbeginn", "anfang", "ende", "mitte", "zum",
                                         "ab", "derzeit", "kommissarisch", "gemeinsam", "auch", "ebenfalls"]
    /// Forms of `übernehmen` (lower-cased).
    static let takeOverVerbs: WordList = ["übernimmt", "übernahm", "übernommen", "übernehmen", "übernahmen"]
    /// Forms of `stehen` (lower-cased) of `an der Spitze … steht`.
    static let standVerbs: WordList = ["steht", "stand", "stehen", "standen"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        guard let trigger = context.find(Self.triggers) else { return }
        let view = context.view
        let word = view.lower(trigger)
        if word == "leitung" {
            leadershipTaken(context, at: trigger, &output)
        } else if word == "spitze" {
            leadershipAtTop(context, at: trigger, &output)
        } else {
            leadingVerb(context, at: trigger, &output)
        }
    }

    /// The index after time words at `i` (`seit 2019`, `seit vielen Jahren`, `seit Januar`), at most five steps.
    static func skippingTime(_ view: TokenView, from i: Int) -> Int {
        var j = i
        var steps = 0
        while steps < 5, j < view.count,
              view.isAny(j, timeWords) || view.tokens[j].kind == .number || view.has(j, WordBit.month) || view.isPunct(j, ".") && j > i {
            j += 1
            steps += 1
        }
        return j
    }

    /// The organisation after an article at `i` (`die ORG`, `das Büro der ORG` keeps the office when it is recognised), and
    /// the end of its mention.
    static func ledOrganization(_ context: SentenceContext, at i: Int) -> MentionSpan? {
        let view = context.view
        guard view.isAny(i, ["die", "das", "den", "der", "des"]) else { return nil }
        guard let org = context.mention(startingAt: i + 1), org.kind == .organization else { return nil }
        return org
    }

    /// The organisation named at token `i`, or described there by a generic noun in the genitive that a word of an
    /// organisation named in the sentences before ends with (`des Wirtschaftskreises` after `der Deutsch-Chinesische
    /// Wirtschaftskreis Mitteldeutschland`, `des Unternehmens`), as a span ending after the noun.
    static func namedOrDescribed(_ context: SentenceContext, at i: Int) -> MentionSpan? {
        let view = context.view
        if let org = context.mention(startingAt: i) { return org.kind == .organization ? org : nil }
        guard view.isCap(i), view.isWord(i), !view.isCap(i + 1) || view.isPunct(i + 1, ".") else { return nil }
        var entity = context.referencedOrganization(noun: i)
        if entity == nil {
            let lower = view.lower(i)
            for cut in [2, 1] where lower.hasSuffix(cut == 2 ? "es" : "s") && lower.count >= cut + 6 {
                let stem = String(lower.dropLast(cut))
                entity = Self.nearestOrganization(context, before: i) { label in
                    label.split(separator: " ").contains { $0.lowercased().hasSuffix(stem) }
                }
                if entity != nil { break }
            }
        }
        guard let entity else { return nil }
        return MentionSpan(sentence: context.index, start: i, end: i + 1, kind: .organization, label: view.text(i),
                           quality: .derived, entity: entity)
    }

    /// The organisation named nearest before token `i` (in this sentence, else in any sentence before) whose label `fits`.
    static func nearestOrganization(_ context: SentenceContext, before i: Int, fits: (String) -> Bool) -> Int? {
        let entities = context.document.entities.entities
        if let here = context.mentions.last(where: { $0.end <= i && $0.kind == .organization && fits(entities[$0.entity].label) }) {
            return here.entity
        }
        var k = min(context.index, context.document.spans.count) - 1
        while k >= 0 {
            if let there = context.document.spans[k].last(where: { $0.kind == .organization && fits(entities[$0.entity].label) }) {
                return there.entity
            }
            k -= 1
        }
        return nil
    }

    /// The organisation of `das Büro der Stiftung`, `das International Office der Hochschule` at the article `i`: up to three
    /// capitalised words that name no entity, then a genitive article and an organisation named or described; with the
    /// end of the phrase.
    static func officeOfOrganization(_ context: SentenceContext, at i: Int) -> MentionSpan? {
        let view = context.view
        guard view.isAny(i, ["die", "das", "den"]) else { return nil }
        var k = i + 1
        // The office may be recognised as an organisation of its own (`International Office`).
        if let office = context.mention(startingAt: k), office.kind == .organization, office.length <= 3 {
            k = office.end
        } else {
            while k < i + 4, view.isCap(k), view.isWord(k), context.mention(at: k) == nil { k += 1 }
        }
        guard k > i + 1, view.isAny(k, ["der", "des"]) else { return nil }
        return namedOrDescribed(context, at: k + 1)
    }

    /// The role label for a head whose gender a pronoun or article at `i` marks (`die` → `Leiterin`).
    static func headRole(feminine: Bool) -> String { feminine ? "Leiterin" : "Leiter" }

    /// `NAME, die seit 2019 die ORG leitet`, `NAME leitet seit 2018 die ORG`, `Seit 2018 leitet NAME die ORG`.
    private func leadingVerb(_ context: SentenceContext, at verb: Int, _ output: inout RuleOutput) {
        let view = context.view
        // Relative clause: the verb closes it.
        if view.isPunct(verb + 1, ",") || view.isPunct(verb + 1, ".") || verb + 1 >= view.count || view.isAny(verb + 1, ["und"]) {
            for person in context.mentions where person.kind == .person && person.end + 2 < verb {
                guard view.isPunct(person.end, ","), view.isAny(person.end + 1, ["der", "die"]) else { continue }
                let start = Self.skippingTime(view, from: person.end + 2)
                guard let org = [Self.ledOrganization(context, at: start), Self.officeOfOrganization(context, at: start)]
                        .compactMap({ $0 }).first(where: { $0.end == verb }) else { continue }
                output.add(.holdsRole, person.entity,
                           .post(role: Self.headRole(feminine: view.isAny(person.end + 1, ["die"])), organization: org.entity))
            }
            return
        }
        // Main clause: the person right before the verb (`Peng leitet …`) or right after it (`Seit 2018 leitet Peng …`).
        let person: MentionSpan
        var k: Int
        if let before = context.mention(endingAt: verb), before.kind == .person {
            person = before
            k = verb + 1
        } else if let after = context.mention(startingAt: verb + 1), after.kind == .person, verb > 0 {
            person = after
            k = after.end
        } else { return }
        k = Self.skippingTime(view, from: k)
        guard let org = Self.ledOrganization(context, at: k) else { return }
        // The clause ends after the organisation (`… leitet die ORG in Jena.`, `…, die …`), not in a longer object.
        let end = org.end
        guard end >= view.count || view.isPunct(end, ".") || view.isPunct(end, ",") || view.isAny(end, ["und", "in", "seit"])
        else { return }
        output.add(.holdsRole, person.entity, .post(role: Self.headRole(feminine: false), organization: org.entity))
    }

    /// `NAME übernimmt (zum 1. März) die Leitung der ORG`, `Die Leitung der ORG übernimmt NAME`.
    private func leadershipTaken(_ context: SentenceContext, at leitung: Int, _ output: inout RuleOutput) {
        let view = context.view
        guard view.isAny(leitung - 1, ["die"]), let verb = context.find(Self.takeOverVerbs),
              view.isAny(leitung + 1, ["der", "des"]), let org = Self.namedOrDescribed(context, at: leitung + 2)
        else { return }
        let person: MentionSpan?
        if verb < leitung {
            // `NAME übernimmt … die Leitung`, `Zum 1. März übernimmt NAME die Leitung`.
            person = context.mention(endingAt: verb).flatMap { $0.kind == .person ? $0 : nil }
                ?? context.mention(startingAt: verb + 1).flatMap { $0.kind == .person ? $0 : nil }
        } else if leitung == 1, org.end == verb {
            // `Die Leitung der ORG übernimmt NAME`.
            person = context.mention(startingAt: verb + 1).flatMap { $0.kind == .person ? $0 : nil }
        } else if view.lower(verb) == "übernommen", let aux = context.find(["hat", "hatte"], before: leitung) {
            // `NAME hat im Mai die Leitung der ORG übernommen`.
            person = context.mention(endingAt: aux).flatMap { $0.kind == .person ? $0 : nil }
                ?? context.mention(startingAt: aux + 1).flatMap { $0.kind == .person ? $0 : nil }
        } else {
            return
        }
        guard let person else { return }
        output.add(.holdsRole, person.entity, .post(role: Self.headRole(feminine: false), organization: org.entity))
    }

    /// `An der Spitze der ORG steht (weiterhin) (der Unternehmer) NAME`, `NAME steht an der Spitze der ORG`.
    private func leadershipAtTop(_ context: SentenceContext, at spitze: Int, _ output: inout RuleOutput) {
        let view = context.view
        guard view.isAny(spitze - 1, ["der"]), view.isAny(spitze - 2, ["an"]), view.isAny(spitze + 1, ["der", "des"]),
              let org = Self.namedOrDescribed(context, at: spitze + 2),
              let verb = context.find(Self.standVerbs) else { return }
        var person: MentionSpan? = nil
        var feminine = false
        if verb == org.end {
            // Verb second after the fronted `An der Spitze der ORG`: the subject after the verb, with its article, an
            // adjective and a role noun before the name (`der Hallenser Unternehmer NAME`).
            var k = Self.skippingTime(view, from: verb + 1)
            if view.isAny(k, ["der", "die"]) { feminine = view.lower(k) == "die"; k += 1 }
            var steps = 0
            while steps < 3, k < view.count, context.mention(startingAt: k)?.kind != .person, view.isWord(k),
                  !view.isAny(k, ["und", "sowie", "seit"]) {
                k += 1
                steps += 1
            }
            while let title = view.matchTitle(k, context.document.lexicon.titles) { k = title }
            person = context.mention(startingAt: k).flatMap { $0.kind == .person ? $0 : nil }
        } else if spitze > verb, Self.skippingTime(view, from: verb + 1) == spitze - 2 {
            // `NAME steht (seit 2019) an der Spitze der ORG`.
            person = context.mention(endingAt: verb).flatMap { $0.kind == .person ? $0 : nil }
        }
        guard let person else { return }
        output.add(.holdsRole, person.entity, .post(role: Self.headRole(feminine: feminine), organization: org.entity))
    }
}
