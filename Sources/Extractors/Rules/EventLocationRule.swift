import GraphCore

/// The place of the one event a sentence names: `… tagte das 2. Wirtschaftsforum in Lyon.`
///
/// Example → location(2. Wirtschaftsforum | Lyon). Prior 0.75.
struct EventLocationRule: ExtractionRule {
    var name: String { "event-location" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        guard SentenceGuard.isFactualEvent(context.view), let event = context.currentEvent(anaphoric: false),
              let eventSpan = context.eventMentions.first(where: { $0.entity == event }) else { return }
        // A place named in the event's own label (`Exkursion in Freiburg`) or after `in` in the sentence.
        guard let place = context.placeAfterIn() else {
            // `eine Unternehmerreise nach Guangzhou und Foshan`: the destination inside a journey's name is its place.
            let view = context.view
            if let k = (eventSpan.start..<eventSpan.end).last(where: { view.isAny($0, ["nach"]) }), k + 1 < eventSpan.end,
               let info = context.document.lexicon.places[view.join(k + 1, eventSpan.end)], info.kind == .city || info.kind == .administrativeArea {
                output.add(.location, eventSpan.entity, output.entity(kind: info.kind, label: info.label, quality: .full))
            }
            return
        }
        // A journey's label names where it goes (`Unternehmerreise nach Guangzhou`): that is its place too.
        if place.start >= eventSpan.start && place.end <= eventSpan.end,
           case let label = output.document.entities.entities[eventSpan.entity].label, !label.contains(" in "), !label.contains(" nach ") {
            return
        }
        // `Besucher aus Köln` etc. are excluded by `placeAfterIn`; organisations in `in` phrases are not places.
        output.add(.location, eventSpan.entity, place.entity)
    }
}
