import GraphCore

/// `Der Sitz der ORG befindet sich in CITY` (also `Hauptsitz`, `Firmensitz`, `Zentrale`, `Konzernzentrale`; `liegt in`,
/// `ist in`) and `ORG sitzt in CITY` – the seat of an organisation stated as the subject of a sentence.
///
/// Example: „Die Zentrale der Weber Bau AG befindet sich in Stuttgart.“ → location(Weber Bau AG | Stuttgart). The place must
/// follow `in` right after the verb (`sich`, `seit 2010` between them are skipped), so that `befindet sich in
/// Gesprächen` states nothing. Prior 0.8.
struct HeadquartersRule: ExtractionRule {
    var name: String { "headquarters" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Nouns of the seat of an organisation (lower-cased), looked for in every sentence.
    static let seatNouns: WordList = ["sitz", "hauptsitz", "firmensitz", "zentrale", "konzernzentrale", "unternehmenssitz",
                                      "stammsitz", "verwaltungssitz"]
    /// Verbs of being somewhere (lower-cased), looked for in every sentence.
    static let verbs: WordList = ["befindet", "liegt", "ist", "sitzt", "befand", "lag", "war", "saß"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let verb = context.find(Self.verbs) else { return }
        let organization: Int
        if let noun = context.find(Self.seatNouns, before: verb), view.isAny(noun + 1, ["der", "des"]) {
            if let org = context.mention(startingAt: noun + 2), org.kind == .organization, org.end == verb {
                // `Der Sitz der ORG befindet sich in CITY`.
                organization = org.entity
            } else if let outer = context.mention(startingAt: noun), outer.kind == .organization, outer.end == verb,
                      let inner = Self.organizationEntity(context, named: view.join(noun + 2, verb)) {
                // `Die Zentrale der ORG …`, recognised as one name with its head: the organisation named in the genitive.
                organization = inner
            } else {
                return
            }
        } else if view.isAny(verb, ["sitzt", "saß"]), let org = context.mention(endingAt: verb), org.kind == .organization {
            // `ORG sitzt in CITY`.
            organization = org.entity
        } else {
            return
        }
        var k = verb + 1
        if view.isAny(k, ["sich"]) { k += 1 }
        // `seit 2010`, `heute`, `weiterhin` between the verb and `in`.
        if view.isAny(k, ["seit"]), k + 1 < view.count, view.tokens[k + 1].kind == .number { k += 2 }
        if view.isAny(k, ["nach"]), view.isAny(k + 1, ["wie"]), view.isAny(k + 2, ["vor"]) {
            k += 3
        } else if view.isAny(k, ["bis"]), view.isAny(k + 1, ["heute"]) {
            k += 2
        } else if view.isAny(k, ["heute", "weiterhin", "noch", "immer"]) {
            k += 1
        }
        guard view.isAny(k, ["in", "im"]) else { return }
        var p = k + 1
        if view.isAny(k, ["in"]), view.isAny(p, ["der"]), view.isAny(p + 1, ["stadt"]) { p += 2 }
        guard let place = context.mention(startingAt: p), place.kind == .city else { return }
        output.add(.location, organization, place.entity)
    }

    /// The document's organisation entity labelled `name`, or nil.
    static func organizationEntity(_ context: SentenceContext, named name: String) -> Int? {
        context.document.entities.entities.firstIndex { $0.kind == .organization && $0.label == name }
    }
}
