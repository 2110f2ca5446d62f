import GraphCore

/// `ORG entstand 2010 (aus einer Bürgerinitiative)`: an organisation that opens the sentence and came into being in a
/// year was founded then.
///
/// Example: „Die Stiftung Seidenstraße Halle entstand 2010 aus einer Bürgerinitiative.“ →
/// foundingDate(Stiftung Seidenstraße Halle | 2010). Prior 0.75: only the subject right before the verb counts and the
/// year must follow the verb at once (`im Jahr 2010` too), so `Die Idee entstand 2010 bei der IHK` dates nothing.
struct EmergenceRule: ExtractionRule {
    var name: String { "emergence" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { true }

    /// Verbs of coming into being (lower-cased), looked for in every sentence.
    static let verbs: WordList = ["entstand", "entstanden"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let verb = context.find(Self.verbs),
              let subject = context.mention(endingAt: verb), subject.kind == .organization,
              subject.start == 0 || (subject.start == 1 && view.isAny(0, ["der", "die", "das"])) else { return }
        var k = verb + 1
        if view.isAny(k, ["bereits", "schon", "erst"]) { k += 1 }
        let date: CalendarDate
        if let phrase = context.dates.first(where: { $0.start == k || $0.start == k + 1 && view.isAny(k, ["im", "am"]) }),
           phrase.preposition != "bis", phrase.preposition != "ab" {
            date = phrase.date
        } else if let found = FoundingRule.year(view, at: k) {
            date = found.date
        } else {
            return
        }
        output.add(.foundingDate, subject.entity, .literal(date.literal))
    }
}
