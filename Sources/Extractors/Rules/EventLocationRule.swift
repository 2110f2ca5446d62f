import GraphCore

/// The place of the one event a sentence names: `… tagte das 2. Wirtschaftsforum in Lyon.`, or refers back to by a definite
/// noun (`Das Forum fand im Rathaus Bamberg statt.`); `Dort` at the start stands for the one town after `in` or `nach` in the
/// sentence before.
///
/// Example → location(2. Wirtschaftsforum | Lyon). Prior 0.75.
struct EventLocationRule: ExtractionRule {
    var name: String { "event-location" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        guard SentenceGuard.isFactualEvent(context.view) else { return }
        // `Der Dialog fand im Alten Rathaus Hannover statt` after the event was named.
        if context.eventMentions.isEmpty, let earlier = context.eventTakingPlace() {
            if let place = context.placeAfterIn() ?? Self.venue(context) { output.add(.location, earlier, place.entity) }
            // The report of the event goes on in the next sentences.
            context.document.recentEvents.append((earlier, context.index))
            return
        }
        guard let event = context.currentEvent(anaphoric: false),
              let eventSpan = context.eventMentions.first(where: { $0.entity == event }) else { return }
        // A place named in the event's own label (`Exkursion in Freiburg`) or after `in` in the sentence; not one in a
        // relative clause about something else (`…, die in Changsha ansässig ist`).
        guard let place = context.placeAfterIn().flatMap({ p in
            let view = context.view
            return view.isAny(p.start - 2, ["die", "der", "das"]) && view.isPunct(p.start - 3, ",") ? nil : p
        }) else {
            // `eine Unternehmerreise nach Guangzhou und Foshan`: the destination inside a journey's name is its place.
            let view = context.view
            if let k = (eventSpan.start..<eventSpan.end).last(where: { view.isAny($0, ["nach"]) }), k + 1 < eventSpan.end,
               let info = context.document.lexicon.places[view.join(k + 1, eventSpan.end)], info.kind == .city || info.kind == .administrativeArea {
                output.add(.location, eventSpan.entity, output.entity(kind: info.kind, label: info.label, quality: .full))
            } else if let venue = Self.venue(context) {
                // `fand am 23. Januar im Kurhaus Bad Hamm statt`: a venue named after its town.
                output.add(.location, eventSpan.entity, venue.entity)
            } else if view.isAny(0, ["dort"]), let town = Self.previousTown(context) {
                // `Die Reise endet in Braunschweig. Dort nimmt sie an der Fachkonferenz X teil`: `dort` is the town named before.
                output.add(.location, eventSpan.entity, town)
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

    /// The one town after `in`/`nach` in the sentence before (what a sentence-initial `Dort` refers to), or nil when it names
    /// several.
    static func previousTown(_ context: SentenceContext) -> Int? {
        let s = context.index - 1
        guard s >= 0 else { return nil }
        let view = context.document.views[s]
        var town: Int? = nil
        // Towns coordinated with it count too (`nach Lübeck und Rostock` names two).
        for m in context.document.spans[s] where m.kind == .city && (view.isAny(m.start - 1, ["in", "nach", "und", "sowie"]) || view.isPunct(m.start - 1, ",")) {
            if let town, town != m.entity { return nil }
            town = m.entity
        }
        return town
    }

    /// The venue after `im`, `ins` or `in der` outside parentheses whose name ends in a town (`im Alten Rathaus Bamberg`), or the
    /// town that closes it when the venue is no organisation of its own (`in der Historischen Stadthalle Wuppertal`: one to
    /// three capitalised words, then the town). Nil when there is none.
    static func venue(_ context: SentenceContext) -> MentionSpan? {
        let view = context.view
        return context.mentions.first { m in
            guard !context.inParentheses(m.start) else { return false }
            if m.kind == .organization {
                guard m.end - m.start >= 2, view.isAny(m.start - 1, ["im", "ins"]) || (view.isAny(m.start - 1, ["der", "dem"]) && view.isAny(m.start - 2, ["in"])),
                      let info = context.document.lexicon.places[view.text(m.end - 1)] else { return false }
                return info.kind == .city
            }
            guard m.kind == .city else { return false }
            var k = m.start - 1
            while k >= 0, m.start - k <= 3, view.isCap(k), context.mention(at: k) == nil, !view.has(k, WordBit.functionWord) { k -= 1 }
            guard k < m.start - 1 else { return false }
            return view.isAny(k, ["im", "ins"]) || (view.isAny(k, ["der", "dem", "die"]) && view.isAny(k - 1, ["in"]))
        }
    }
}
