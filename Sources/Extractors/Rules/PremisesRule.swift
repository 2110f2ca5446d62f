import GraphCore

/// `ORG … unterhält/betreibt/hat (seit 2015) ein Büro in CITY`, `… betreibt Werke in CITY und CITY`, `Neben … unterhält ORG
/// Vertriebsbüros in A, B und C`, `Ein zweites Werk betreibt ORG in CITY`, `ORG … beschäftigt … an Standorten in A, B und
/// C`, `ORG baut ihren Standort in CITY aus`: the towns of the premises an organisation keeps.
///
/// Example: „Die Kanzlei Lenz & Partner wurde 2001 gegründet und unterhält seit 2015 ein Büro in Shanghai.“ → location(Lenz
/// & Partner | Shanghai). The subject must be the sentence's first phrase (after an article) or stand right after the
/// finite verb; the object a noun of premises (`Büro`, `Werk`, `Niederlassung`, `Standort`, compounds ending so) right
/// before `in CITY` (or opening the sentence, with `in CITY` after the subject). Prior 0.75.
struct PremisesRule: ExtractionRule {
    var name: String { "premises" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { true }

    /// Finite verbs of keeping premises (lower case), looked for in every sentence.
    static let verbs: WordList = ["unterhält", "unterhalten", "betreibt", "betreiben", "unterhielt", "unterhielten", "betrieb",
                                  "betrieben", "hat", "haben", "hatte", "hatten", "besitzt", "besitzen", "baut", "bauen",
                                  "erweitert", "erweitern", "vergrößert", "vergrößern", "modernisiert", "modernisieren"]
    /// Verbs of growing premises (lower case): their object must be the organisation's own (`baut ihren Standort … aus`).
    static let growthVerbs: WordList = ["baut", "bauen", "erweitert", "erweitern", "vergrößert", "vergrößern", "modernisiert", "modernisieren"]
    /// Endings of nouns of premises (lower case).
    static let premisesNouns = ["büro", "büros", "werk", "werke", "niederlassung", "niederlassungen", "standort", "standorte",
                                "repräsentanz", "repräsentanzen", "fabrik", "fabriken", "außenstelle", "außenstellen",
                                "produktionsstätte", "produktionsstätten", "filiale", "filialen", "campus"]
    /// Plural nouns of premises in the dative after `an`/`mit` (lower case): `an Standorten in A und B`.
    static let datives: WordList = ["standorten", "niederlassungen", "werken", "büros", "filialen", "produktionsstätten",
                                    "niederlassungen", "vertriebsbüros", "produktionsstandorten"]
    /// Words that may stand between the verb and the premises noun (lower case).
    static let fillers: WordList = ["seit", "bereits", "auch", "zudem", "außerdem", "inzwischen", "heute", "weltweit", "ein",
                                       "eine", "einen", "eigene", "eigenes", "eigenen", "zwei", "drei", "vier", "mehrere", "weitere",
                                       "sein", "seine", "seinen", "ihr", "ihre", "ihren", "ebenfalls", "mittlerweile", "dort", "zweites", "zweite",
                                       "zweiten", "neues", "neue", "neuen", "weiteres"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        var from = 0
        while let verb = context.find(Self.verbs, from: from) {
            from = verb + 1
            // Token tests first: where the premises would stand (after the verb, or after a name right after it).
            let growth = view.lowerIsAny(verb, Self.growthVerbs.words, prints: Self.growthVerbs.prints)
            var noun = premises(view, context, from: verb + 1, growth: growth)
            if noun == nil {
                var s0 = verb + 1
                if !view.isCap(s0), view.isAny(s0, ["die", "der", "das"]) { s0 += 1 }
                guard view.isCap(s0), let after = context.mention(startingAt: s0), after.kind == .organization else { continue }
                let opens = Self.opensWithPremises(view, before: verb)
                let end = context.organizationEnd(after)
                // `Ein zweites Werk betreibt Taihang in Datong`: the premises open the sentence, the town follows the subject.
                if opens, view.isAny(end, ["in"]) {
                    if context.subjectOrganization(finite: verb)?.entity == after.entity {
                        for town in context.townsAfter(in: end) { output.add(.location, after.entity, town.entity) }
                    }
                    continue
                }
                noun = premises(view, context, from: end, growth: growth)
            }
            guard let noun, let subject = context.subjectOrganization(finite: verb), subject.start < verb || noun >= subject.end
            else { continue }
            for town in context.townsAfter(in: noun + 1) { output.add(.location, subject.entity, town.entity) }
            // `ein Werk im Stadtbezirk Tiexi`: a district named with its cue after `im`.
            if view.isAny(noun + 1, ["im"]), let district = context.mention(startingAt: noun + 2), district.kind.isPlace,
               district.kind != .country, view.isAny(noun + 2, PrepositionalContainmentRule.districtCues) {
                output.add(.location, subject.entity, district.entity)
            }
            // `Neben dem Campus in A unterhält sie Standorte in B`: the premises the sentence opens with are the subject's too.
            if view.isAny(0, ["neben"]), view.isAny(1, ["dem", "der", "ihrem", "seinem", "ihrer", "seiner"]), view.isCap(2),
               case let first = view.lower(2), Self.premisesNouns.contains(where: { first.hasSimpleSuffix($0) }) {
                for town in context.townsAfter(in: 3) where town.end <= verb { output.add(.location, subject.entity, town.entity) }
            }
        }
        // `ORG … beschäftigt 900 Mitarbeiter an Standorten in A, B und C`, `ORG mit Niederlassungen in A und B`: the
        // organisation opening the sentence, the only one before the premises.
        if let noun = context.find(Self.datives), view.isAny(noun - 1, ["an", "mit"]) || view.isAny(noun - 2, ["an", "mit"]) {
            let before = context.mentions.filter { $0.end <= noun && $0.kind == .organization }
            guard before.count == 1, let subject = before.first, subject.start <= 1,
                  !context.mentions.contains(where: { $0.start > subject.end && $0.end <= noun }) else { return }
            for town in context.townsAfter(in: noun + 1) { output.add(.location, subject.entity, town.entity) }
        }
    }

    /// The noun of premises after `from`, past dates, numbers and fillers (`seit 2015 ein Büro`), when `in` follows it;
    /// after a verb of growing the organisation's possessive must come first (`baut ihren Standort … aus`).
    private func premises(_ view: TokenView, _ context: SentenceContext, from: Int, growth: Bool) -> Int? {
        var k = from
        // `unterhält sie (seit 2015) ein Büro in …`: a pronoun subject after the verb.
        if view.isAny(k, ["sie", "er"]) { k += 1 }
        if growth, !view.isAny(k, ["sein", "seine", "seinen", "ihr", "ihre", "ihren"]) { return nil }
        var steps = 0
        while k < view.count, steps < 5 {
            if let date = context.dates.first(where: { $0.start == k }) { k = date.end; steps += 1; continue }
            if view.isWord(k), !view.isCap(k), view.lowerIsAny(k, Self.fillers.words, prints: Self.fillers.prints) {
                k += 1
                steps += 1
                continue
            }
            if view.tokens[k].kind == .number { k += 1; steps += 1; continue }
            break
        }
        guard view.isCap(k), view.isAny(k + 1, ["in", "im"]), case let noun = view.lower(k),
              Self.premisesNouns.contains(where: { noun.hasSimpleSuffix($0) }) else { return nil }
        return k
    }

    /// True when the sentence opens with a noun of premises before token `verb` (`Ein zweites Werk …`, `Eine Niederlassung …`).
    static func opensWithPremises(_ view: TokenView, before verb: Int) -> Bool {
        // The noun right before the verb first (one capitalised word), then the words before it.
        guard verb >= 1, verb <= 5, view.isCap(verb - 1), case let noun = view.lower(verb - 1),
              premisesNouns.contains(where: { noun.hasSimpleSuffix($0) }) else { return false }
        var k = 0
        while k < verb - 1, view.isWord(k), !view.isCap(k) || k == 0, view.lowerIsAny(k, fillers.words, prints: fillers.prints) { k += 1 }
        return k == verb - 1
    }
}
