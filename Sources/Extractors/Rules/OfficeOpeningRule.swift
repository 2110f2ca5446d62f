import GraphCore

/// An organisation that opens premises in a town: `ORG hat in CITY eine Vertriebsniederlassung eröffnet`, `ORG hat in CITY
/// ein Produktionswerk eingeweiht`. The town is the organisation's location.
///
/// Example: „Die Haitong Valves Co., Ltd. aus Wenzhou hat in Krefeld ein Verbindungsbüro eröffnet.“ → location(Haitong Valves
/// Co. | Krefeld); also with the finite verb (`eröffnete in Krefeld ein Büro`, `eröffnete ein Büro in Krefeld`). Prior 0.8.
/// The organisation must be the subject, opening the sentence or right after the finite verb, so `Mit Hilfe der IHK hat
/// die Firma …` gives the IHK nothing.
struct OfficeOpeningRule: ExtractionRule {
    var name: String { "office-opening" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Verbs of opening premises (lower-cased), looked for in every sentence.
    static let openingVerbs: WordList = ["eröffnet", "eröffnete", "eröffneten", "eingeweiht", "weihte", "bezogen", "bezog"]

    /// Ends of nouns of premises (lower-cased): `Vertriebsniederlassung`, `Verbindungsbüro`, `Produktionswerk`, `Europazentrale`
    /// (not a bare `…werk`: `Netzwerk`, `Handwerk`).
    static let premisesEnds = ["niederlassung", "büro", "repräsentanz", "vertretung", "filiale", "zentrale", "standort",
                               "außenstelle", "tochtergesellschaft", "produktionsstätte", "logistikzentrum", "produktionswerk",
                               "montagewerk", "zweigwerk"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let verb = context.find(Self.openingVerbs) else { return }
        // The subject: an organisation at the start of the sentence (after its article), or right after the finite verb
        // when something else opens the sentence (`Im März eröffnete die … GmbH in Krefeld ein Büro`).
        // Attributes may stand between the article and the name (`Die in Waiblingen ansässige X GmbH hat … eröffnet`), and a
        // colon may open the clause (`Neu in der Region: Die X GmbH hat …`).
        let start = context.clauseStart(before: verb)
        guard let org = context.mentions.first(where: { $0.kind == .organization && $0.start >= start }),
              !context.mentions.contains(where: { $0.start >= start && $0.end <= org.start && !$0.kind.isPlace }),
              ((org.start <= start + 1 || context.isAttributed(from: start, name: org.start)) && org.end <= verb)
                || org.start == verb + 1 || (org.start == verb + 2 && view.isAny(verb + 1, ["die", "der", "das"]))
        else { return }
        // `in CITY` and a noun of premises with its article, in either order, before the participle or after the finite verb.
        for place in context.mentions where place.kind == .city && place.start > org.end && view.isAny(place.start - 1, ["in"]) {
            let before = place.start - 1
            var after = place.end
            // `Emmerich am Rhein`, `Frankfurt an der Oder` when the mention stops before the river.
            if view.isAny(after, ["am"]), view.isCap(after + 1) {
                after += 2
            } else if view.isAny(after, ["an"]), view.isAny(after + 1, ["der"]), view.isCap(after + 2) {
                after += 3
            }
            let noun: Int
            if view.isAny(after, ["ein", "eine", "einen", "ihr", "ihre", "ihren", "sein", "seine", "seinen"]) {
                noun = view.isCap(after + 1) ? after + 1 : after + 2
            } else if view.isCap(before - 1), view.isAny(before - 2, ["ein", "eine", "einen", "ihr", "ihre", "ihren", "sein", "seine", "seinen"]) {
                noun = before - 1
            } else {
                continue
            }
            guard noun < view.count, view.isCap(noun),
                  case let lower = view.lower(noun), Self.premisesEnds.contains(where: { lower.hasSimpleSuffix($0) }),
                  // Nothing but the finite verb, adverbs and the premises between the subject and the participle's clause end.
                  !context.mentions.contains(where: { $0.kind == .organization && $0.start > org.end && $0.start < max(noun, place.start) })
            else { continue }
            output.add(.location, org.entity, place.entity)
            return
        }
    }
}
