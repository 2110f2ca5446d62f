import GraphCore

/// `ORG … unterhält/betreibt (seit 2015) ein Büro in CITY`, `… betreibt Werke in CITY und CITY`: the towns of the premises
/// an organisation keeps, said in a main clause whose subject opens the sentence.
///
/// Example: „Die Kanzlei Lenz & Partner wurde 2001 gegründet und unterhält seit 2015 ein Büro in Shanghai.“ → location(Lenz
/// & Partner | Shanghai). The subject must be the sentence's first phrase (after an article); the object a noun of premises
/// (`Büro`, `Werk`, `Niederlassung`, `Standort`, compounds ending so) right before `in CITY`. Prior 0.75.
struct PremisesRule: ExtractionRule {
    var name: String { "premises" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { true }

    /// Finite verbs of keeping premises (lower case), looked for in every sentence.
    static let verbs: WordList = ["unterhält", "unterhalten", "betreibt", "betreiben", "unterhielt", "unterhielten", "betrieb",
                                  "betrieben"]
    /// Endings of nouns of premises (lower case).
    static let premisesNouns = ["büro", "büros", "werk", "werke", "niederlassung", "niederlassungen", "standort", "standorte",
                                "repräsentanz", "repräsentanzen", "fabrik", "fabriken", "außenstelle", "außenstellen",
                                "produktionsstätte", "produktionsstätten", "filiale", "filialen"]
    /// Words that may stand between the verb and the premises noun (lower case).
    static let fillers: Set<String> = ["seit", "bereits", "auch", "zudem", "außerdem", "inzwischen", "heute", "weltweit", "ein",
                                       "eine", "einen", "eigene", "eigenes", "eigenen", "zwei", "drei", "vier", "mehrere", "weitere",
                                       "sein", "seine", "ihr", "ihre", "ebenfalls", "mittlerweile", "dort"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let verb = context.find(Self.verbs) else { return }
        // The subject: an organisation opening the sentence (after an article).
        var first = 0
        if view.isAny(first, ["die", "der", "das"]) { first += 1 }
        guard let subject = context.mention(startingAt: first), subject.kind == .organization, subject.end <= verb else { return }
        // No relative clause or second subject between: the verb belongs to the subject's clause (`ORG … und betreibt …`).
        if (subject.end..<verb).contains(where: { view.isAny($0, ["die", "der", "das", "den", "welche"]) && view.isPunct($0 - 1, ",") }) {
            return
        }
        var k = verb + 1
        var steps = 0
        while k < view.count, steps < 5 {
            if let date = context.dates.first(where: { $0.start == k }) { k = date.end; steps += 1; continue }
            if view.isWord(k), !view.isCap(k), Self.fillers.contains(view.lower(k)) { k += 1; steps += 1; continue }
            if view.tokens[k].kind == .number { k += 1; steps += 1; continue }
            break
        }
        guard view.isCap(k), case let noun = view.lower(k), Self.premisesNouns.contains(where: { noun.hasSimpleSuffix($0) }),
              view.isAny(k + 1, ["in"]), let place = context.mention(startingAt: k + 2), place.kind == .city else { return }
        output.add(.location, subject.entity, place.entity)
        if view.isAny(place.end, ["und", "sowie"]), let other = context.mention(startingAt: place.end + 1), other.kind == .city {
            output.add(.location, subject.entity, other.entity)
        }
    }
}
