import GraphCore

/// Who attends an event: `A und B nahmen an EVENT teil`, `Neben A nahmen auch B und C an dem Treffen teil`,
/// `A begrüßte die Teilnehmer`. A bare `an dem Treffen` refers to the event of the last two sentences.
///
/// Example: „An der Jahreskonferenz in Nantes nahmen Bürgermeister Paul Henry und Anna Roth teil.“ →
/// attendee(Jahreskonferenz in Nantes | Paul Henry), attendee(… | Anna Roth). Prior 0.7.
struct EventAttendeeRule: ExtractionRule {
    var name: String { "event-attendee" }
    var confidence: Double { 0.7 }
    var needsFactualSentence: Bool { true }

    /// Verbs of `teilnehmen` (lower-cased), looked for in every sentence.
    static let takeVerbs: WordList = ["nahmen", "nahm", "teilgenommen"]
    /// The particle of `teilnehmen` (lower-cased), looked for in every sentence.
    static let partWords: WordList = ["teil", "teilgenommen"]
    /// The kinds of entities this rule reads (one set for every sentence).
    static let kinds: Set<EntityKind> = [.person, .organization, .city, .administrativeArea]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        let kinds = Self.kinds
        if let take = context.find(Self.takeVerbs), context.find(Self.partWords) != nil {
            guard let event = context.currentEvent(anaphoric: true) else { return }
            for m in context.mentions where kinds.contains(m.kind) && m.entity != event {
                if context.inParentheses(m.start) { continue }
                // The organisation of a role phrase is not an attendee of its own.
                if m.kind != .person && (view.isAny(m.start - 1, ["der", "des", "in", "aus", "nach", "im"])) { continue }
                output.add(.attendee, event, m.entity)
            }
            // The report of the event goes on in the next sentences.
            context.document.recentEvents.append((event, context.index))
            _ = take
            return
        }
        if let greet = context.find(["begrüßte", "begrüßten"]), context.find(["teilnehmer", "teilnehmerinnen", "gäste", "teilnehmenden"], from: greet) != nil {
            guard let event = context.currentEvent(anaphoric: true) else { return }
            if let subject = context.mentions.first(where: { $0.kind == .person && $0.start < greet }) {
                output.add(.attendee, event, subject.entity)
            }
        }
    }
}
