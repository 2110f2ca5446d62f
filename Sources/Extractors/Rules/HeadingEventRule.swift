import GraphCore

/// An event named only by a heading line (`Delegationsreise nach Wuhan`, `Jahresempfang 2025`, `Kiel wird Gastgeber des 3.
/// Hafenforums`) and dated by the first
/// sentence of the paragraph below it, which names no event itself: `Vom 6. bis 10. Oktober reist eine Delegation …`. The
/// paragraph's next sentences (`Organisiert wird die Reise von …`, `An der Reise nehmen … teil`) then refer to it.
///
/// Example: „Unternehmerreise nach Chengdu\nVom 3. bis 8. Mai 2026 reisen zwölf Firmen aus dem Kreis Lippe nach Chengdu.“ →
/// startDate(Unternehmerreise nach Chengdu | 2026-05-03). Prior 0.7.
struct HeadingEventRule: ExtractionRule {
    var name: String { "heading-event" }
    var confidence: Double { 0.7 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let document = context.document
        let s = context.index
        guard s > 0, context.eventMentions.isEmpty, !document.isLine[s], document.isLine[s - 1],
              SentenceGuard.isFactualEvent(context.view) else { return }
        let heading = document.views[s - 1]
        // The heading is one event mention and nothing else (a year may close it: `Jahresempfang 2025`), or a headline that
        // names one event (`Kiel wird Gastgeber des 3. Hafenforums`) and no date of its own.
        let spans = document.spans[s - 1]
        guard let index = spans.firstIndex(where: { $0.kind == .event }), !spans[(index + 1)...].contains(where: { $0.kind == .event })
        else { return }
        let event = spans[index]
        let alone = event.start == 0 && (event.end == heading.count || (event.end == heading.count - 1 && heading.tokens[event.end].kind == .number))
        guard let date = context.eventDate(), ["am", "vom", "im"].contains(date.preposition) || date.start == 0 else { return }
        // The headline: only a date range that opens the paragraph (`Vom 3. bis 5. Juni wird Kiel zum Treffpunkt …`).
        if !alone {
            guard date.start <= 1, date.preposition == "vom",
                  !(0..<heading.count).contains(where: { heading.tokens[$0].kind == .number && !(event.start..<event.end).contains($0) })
            else { return }
        }
        output.add(.startDate, event.entity, .literal(date.date.literal))
        document.recentEvents.append((event.entity, s))
    }
}
