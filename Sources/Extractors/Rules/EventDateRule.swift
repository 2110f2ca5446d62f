import GraphCore

/// The date of the one event a sentence names: `Die 4. Regionalkonferenz findet am 3. Juni in Breslau statt.`
///
/// Example → startDate(4. Regionalkonferenz | 2024-06-03) with the year from the document date. Prior 0.75:
/// a sentence may name a second date for something else.
struct EventDateRule: ExtractionRule {
    var name: String { "event-date" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        guard SentenceGuard.isFactualEvent(context.view), let event = context.currentEvent(anaphoric: false),
              let date = context.eventDate() else { return }
        output.add(.startDate, event, .literal(date.date.literal))
    }
}

extension SentenceGuard {
    /// Events may lie in the future; only negations and questions silence event rules.
    static func isFactualEvent(_ view: TokenView) -> Bool {
        for i in 0..<view.count {
            if view.isPunct(i, "?") { return false }
            if view.isWord(i), view.has(i, WordBit.nonFactualEvent) { return false }
        }
        return true
    }
}
