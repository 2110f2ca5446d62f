import GraphCore

/// `ORG besteht seit 1996` and `Seit 1996 gibt es den ORG`: an organisation that exists since a year was founded in
/// that year (the subject opens the sentence, or follows `Seit YEAR gibt es` and its article).
///
/// Example: „Der Freundeskreis Jena–Pécs e. V. besteht seit 1992 und zählt 80 Mitglieder.“ →
/// foundingDate(Freundeskreis Jena-Pécs e. V. | 1992). Prior 0.7: only the subject right before the verb counts, so
/// `Die Kooperation mit der IHK besteht seit 2010` dates nothing.
struct ExistenceSinceRule: ExtractionRule {
    var name: String { "existence-since" }
    var confidence: Double { 0.7 }
    var needsFactualSentence: Bool { true }

    /// Verbs of existing (lower-cased), looked for in every sentence.
    static let existVerbs: WordList = ["besteht", "bestehen", "bestand"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        // `Seit 1996 gibt es den Arbeitskreis China`: the year opens the sentence, the organisation follows the verb.
        if view.isAny(0, ["seit"]), let found = FoundingRule.year(view, at: 1), view.isAny(found.end, ["gibt"]),
           view.isAny(found.end + 1, ["es"]) {
            var k = found.end + 2
            if view.isAny(k, ["bereits", "schon"]) { k += 1 }
            if view.isAny(k, ["den", "die", "das"]) { k += 1 }
            if let named = context.mention(startingAt: k), named.kind == .organization {
                output.add(.foundingDate, named.entity, .literal(found.date.literal))
            }
            return
        }
        guard let verb = context.find(Self.existVerbs), view.isAny(verb + 1, ["bereits", "schon"]) || view.isAny(verb + 1, ["seit"]) else { return }
        let since = view.isAny(verb + 1, ["seit"]) ? verb + 1 : verb + 2
        guard view.isAny(since, ["seit"]), let found = FoundingRule.year(view, at: since + 1),
              found.end == view.count || !view.isCap(found.end) || view.isAny(found.end, ["und"]) || view.isPunct(found.end, ",") else { return }
        // `seit 1996` alone, not `seit 1996 als Verein` followed by a month or a day (`seit 1996 März` is no year phrase).
        guard let subject = context.mention(endingAt: verb), subject.kind == .organization,
              subject.start == 0 || (subject.start == 1 && view.isAny(0, ["der", "die", "das"])) else {
            // `Die Gütersloher Firma besteht seit 1921`: a describing noun opening the sentence as the subject.
            if context.clauseStart(before: verb) == 0,
               let described = context.describedOrganization(noun: verb - 1, findings: output.findings) {
                output.add(.foundingDate, described, .literal(found.date.literal))
            }
            return
        }
        output.add(.foundingDate, subject.entity, .literal(found.date.literal))
    }
}
