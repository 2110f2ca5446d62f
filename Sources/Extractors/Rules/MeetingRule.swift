import GraphCore

/// `A und B trafen sich am DATE (in CITY) zu …` – a meeting of named parties, named `Treffen von A und B`.
///
/// Example: „Die Stadt Kiel und die Agentur Nord trafen sich am 4. März in Danzig zu einem Austausch.“ →
/// event „Treffen von Kiel und Agentur Nord“ with startDate, location Danzig and both as attendees. Prior 0.7.
struct MeetingRule: ExtractionRule {
    var name: String { "meeting" }
    var confidence: Double { 0.7 }
    var needsFactualSentence: Bool { true }

    /// Verbs of meeting (lower-cased), looked for in every sentence.
    static let meetVerbs: WordList = ["trafen", "treffen", "trafen"]
    /// The kinds of entities this rule reads (one set for every sentence).
    static let kinds: Set<EntityKind> = [.organization, .person, .city, .administrativeArea]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let verb = context.find(Self.meetVerbs), view.isAny(verb + 1, ["sich"]),
              context.eventMentions.isEmpty, let date = context.eventDate() else { return }
        let kinds = Self.kinds
        var parties: [MentionSpan] = []
        for m in context.mentions where m.end <= verb && kinds.contains(m.kind) && !context.inParentheses(m.start) {
            if view.isAny(m.start - 1, ["der", "des"]) && !view.isAny(m.start - 2, ["und"])
                && !view.lower(m.start - 2).hasPrefix("vertreter") && !view.lower(m.start - 2).hasPrefix("delegation") { continue }
            parties.append(m)
        }
        guard parties.count >= 2 else { return }
        let names = parties.prefix(3).map { context.document.shortName($0.entity) }
        let label = "Treffen von " + names.dropLast().joined(separator: ", ") + " und " + names.last!
        let event = output.entity(kind: .event, label: label)
        output.add(.startDate, event, .literal(date.date.literal))
        if let place = context.placeAfterIn(from: verb) { output.add(.location, event, place.entity) }
        for party in parties { output.add(.attendee, event, party.entity) }
        context.document.recentEvents.append((event, context.index))
    }
}
