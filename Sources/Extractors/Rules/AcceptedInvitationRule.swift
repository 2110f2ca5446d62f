import GraphCore

/// Guests who accepted the invitation to an event or travelled to it attend it: `Auch Landrätin Eva Roth und Konsul Li Wen
/// folgten der Einladung`, `Der Einladung gefolgt waren A und B`, `Aus Shanghai angereist war Vizebürgermeister Li Wen`,
/// `…; angereist war auch X`. The event is the sentence's own or the one of the last three sentences; the place the guests
/// come from (`aus Shanghai`) does not attend.
///
/// Example: „Am 4. Mai lud die Stadt Kiel zum 3. Hafenforum. Der Einladung folgten Konsul Li Wen und Landrätin Eva Roth.“ →
/// attendee(3. Hafenforum | Li Wen), attendee(3. Hafenforum | Eva Roth). Prior 0.65.
struct AcceptedInvitationRule: ExtractionRule {
    var name: String { "accepted-invitation" }
    var confidence: Double { 0.65 }
    var needsFactualSentence: Bool { true }

    /// Verbs of following an invitation and of travelling to an event (lower-cased), looked for in every sentence.
    static let cues: WordList = ["folgten", "folgte", "gefolgt", "angereist"]
    /// The kinds of guests.
    static let kinds: Set<EntityKind> = [.person, .organization]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let cue = context.find(Self.cues) else { return }
        var guests: [MentionSpan] = []
        if view.lower(cue) == "angereist" {
            // `(Eigens aus X) angereist war(en) A und B` or `A war(en) aus X angereist`.
            if view.isAny(cue + 1, ["war", "waren", "ist", "sind"]) {
                guests = context.mentions.filter { Self.kinds.contains($0.kind) && $0.start > cue + 1 && !governed(context, $0) }
            } else if view.isAny(cue - 1, ["eigens", "extra", "ebenfalls", "auch"]) || context.find(["war", "waren"], before: cue) != nil {
                guests = context.mentions.filter { Self.kinds.contains($0.kind) && $0.end <= cue && !governed(context, $0) }
            }
        } else {
            // `der Einladung` right before or after the verb.
            let einladung = view.isAny(cue + 1, ["der"]) && view.isAny(cue + 2, ["einladung"]) ? cue + 2
                : view.isAny(cue - 1, ["einladung"]) ? cue - 1 : view.isAny(cue - 2, ["einladung"]) ? cue - 2 : nil
            guard let einladung else { return }
            if einladung > cue {
                // `A und B folgten der Einladung (des Vereins)`.
                guests = context.mentions.filter { Self.kinds.contains($0.kind) && $0.end <= cue && !governed(context, $0) }
            } else {
                // `Der Einladung (des Vereins) folgten A und B`, `Der Einladung gefolgt waren A und B`.
                var k = cue + 1
                if view.isAny(k, ["war", "waren", "sind", "ist"]) { k += 1 }
                guests = context.mentions.filter { Self.kinds.contains($0.kind) && $0.start >= k && !governed(context, $0) }
            }
        }
        guard !guests.isEmpty, let event = context.reportedEvent() else { return }
        for guest in guests where guest.entity != event { output.add(.attendee, event, guest.entity) }
        context.document.recentEvents.append((event, context.index))
    }

    /// True when a preposition or a genitive article governs the mention (`aus Shanghai`, `Präsident der IHK`): it is no guest of
    /// its own. A person stands on its own after a role.
    private func governed(_ context: SentenceContext, _ m: MentionSpan) -> Bool {
        if context.inParentheses(m.start) { return true }
        if m.kind == .person { return false }
        return context.view.isAny(m.start - 1, ["aus", "der", "des", "in", "von", "vom", "nach", "im", "unter"])
    }
}
