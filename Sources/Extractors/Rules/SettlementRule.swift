import GraphCore

/// An organisation that settles or is resident in a town: `ORG siedelt sich in CITY an`, `ORG hat sich in CITY
/// angesiedelt`, `ORG lässt sich in CITY nieder`, `ORG hat sich in CITY niedergelassen`, `ORG ist in CITY ansässig`, `ORG,
/// die in CITY ansässig ist`, `ORG ist seit 1948 in CITY zu Hause`, `ORG ist in CITY beheimatet`, `ORG ist mit einer
/// Niederlassung in CITY vertreten`.
///
/// Example: „Die Lianhe Robotics GmbH siedelt sich in Ludwigsburg an.“ → location(Lianhe Robotics GmbH | Ludwigsburg).
/// The organisation must be the subject of the clause (right before or after its finite verb, or before the relative
/// pronoun); `vertreten` needs a noun of premises (`mit einem Büro`), so that `ist auf der Messe in Hannover vertreten`
/// states nothing. Plans (`will sich in X ansiedeln`) and negations are no facts. Prior 0.8.
struct SettlementRule: ExtractionRule {
    var name: String { "settlement" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Words that close the constructions (lower case), looked for in every sentence.
    static let cues: WordList = ["siedelt", "siedelte", "siedeln", "siedelten", "angesiedelt", "nieder", "niedergelassen",
                                 "ansässig", "hause", "beheimatet", "vertreten"]
    /// Finite verbs of the constructions (lower case): the verb of `siedelt sich … an`, the auxiliaries and the copulas.
    static let finiteVerbs = ["siedelt", "siedelte", "siedeln", "siedelten", "lässt", "ließ", "lassen", "ließen", "hat", "haben",
                              "hatte", "hatten", "ist", "sind", "war", "waren"]
    /// Nouns of premises that make `vertreten` a presence (lower-cased endings).
    static let premisesEnds = ["niederlassung", "büro", "tochter", "tochtergesellschaft", "standort", "werk", "vertretung",
                               "repräsentanz", "filiale", "außenstelle", "niederlassungen", "büros", "standorten", "werken",
                               "produktionsstätte", "fabrik", "zentrale"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        var from = 0
        while var cue = context.find(Self.cues, from: from) {
            from = cue + 1
            // `siedelt sich … an`: the particle closing the clause is the cue (not the common `an` looked for everywhere).
            if view.lower(cue).hasPrefix("siedel") {
                guard let particle = (cue + 2..<min(view.count, cue + 14)).first(where: { view.isAny($0, ["an"]) && !view.isWord($0 + 1) })
                else { continue }
                cue = particle
                from = particle + 1
            }
            let word = view.lower(cue)
            // The particles `an`, `nieder` close a clause: the next token is punctuation or the sentence ends.
            if word == "an" || word == "nieder" {
                guard cue + 1 >= view.count || view.tokens[cue + 1].kind != .word else { continue }
            }
            if word == "hause", !view.isAny(cue - 1, ["zu"]) { continue }
            // The finite verb: before the cue in a main clause, right after it in a relative clause (`…, die in X ansässig ist`).
            var finite = -1
            var k = cue - 1
            while k >= 0, k > cue - 16, !view.isPunct(k, ",") || view.lower(k + 1).hasPrefix("ltd"), !view.isPunct(k, ":") {
                if view.isAny(k, Self.finiteVerbs) { finite = k; break }
                k -= 1
            }
            let subject: MentionSpan
            let clauseStart: Int
            if finite >= 0 {
                guard Self.fits(view.lower(finite), word), let org = context.subjectOrganization(finite: finite) else { continue }
                subject = org
                clauseStart = finite
            } else if word == "ansässig", view.isPunct(cue - 1, ","), view.isAny(cue + 1, ["in"]) {
                // `Für den Vertrieb ist die X Inc. zuständig, ansässig in Charlotte`: the participle phrase after the clause
                // describes the organisation named last in it.
                guard let org = context.mentions.last(where: { $0.end <= cue - 1 && $0.kind == .organization && !context.inParentheses($0.start) }),
                      !context.mentions.contains(where: { $0.start >= org.end && $0.end <= cue - 1 && !$0.kind.isPlace })
                else { continue }
                for town in context.townsAfter(in: cue + 1) { output.add(.location, org.entity, town.entity) }
                continue
            } else if view.isAny(cue + 1, ["ist", "sind", "war", "waren"]) || view.isAny(cue + 1, ["hat", "haben"]) {
                // `ORG, die in CITY ansässig ist`: the relative pronoun after the comma that follows the name.
                var p = cue - 1
                while p > 0, !view.isPunct(p, ",") { p -= 1 }
                // `ORG, die in Changsha, der Hauptstadt der Provinz, ansässig ist`: past an apposition to the town.
                if p >= 1, p == cue - 1, let q = (max(0, p - 10)..<p).last(where: { view.isPunct($0, ",") }),
                   let town = context.mention(endingAt: q), town.kind == .city, view.isAny(town.start - 1, ["in"]),
                   let r = (max(0, town.start - 12)..<town.start).last(where: { view.isPunct($0, ",") }) {
                    p = r
                }
                guard p > 0, view.isAny(p + 1, ["die", "der", "das"]), Self.fits(view.lower(cue + 1), word),
                      let org = context.mentions.last(where: { context.organizationEnd($0) == p }), org.kind == .organization
                else { continue }
                subject = org
                clauseStart = p + 1
            } else {
                continue
            }
            // The town after `in` between the verb and the cue, with nothing named between the subject and it.
            let lower = max(clauseStart, subject.end)
            guard let inWord = (lower..<cue).first(where: { view.isAny($0, ["in"]) }) else { continue }
            let towns = context.townsAfter(in: inWord)
            guard !towns.isEmpty,
                  !context.mentions.contains(where: { $0.start >= lower && $0.start < inWord && $0.kind != .city }) else { continue }
            if word == "vertreten" {
                guard (lower..<cue).contains(where: { i in view.isCap(i) && Self.premisesEnds.contains { view.lower(i).hasSimpleSuffix($0) } })
                else { continue }
            }
            for town in towns where town.end <= cue { output.add(.location, subject.entity, town.entity) }
        }
    }

    /// True when the finite verb `verb` goes with the cue `cue`: `siedelt … an`, `lässt … nieder`, `hat … angesiedelt`,
    /// `ist … ansässig`.
    static func fits(_ verb: String, _ cue: String) -> Bool {
        switch cue {
        case "an": return verb.hasPrefix("siedel")
        case "nieder": return verb == "lässt" || verb == "ließ" || verb == "lassen" || verb == "ließen"
        case "angesiedelt", "niedergelassen": return verb.hasPrefix("ha")
        default: return verb == "ist" || verb == "sind" || verb == "war" || verb == "waren"
        }
    }
}
