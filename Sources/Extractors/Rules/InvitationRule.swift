import GraphCore

/// `Am DATE hatte X nach CITY eingeladen` – an invitation to a meeting without an event noun, named
/// `Treffen in CITY`; `X hatte dazu … nach CITY eingeladen` adds organiser and place to the event of the
/// previous sentence.
///
/// Example: „Am 5. Juli hatte Landrätin Eva Brandt nach Görlitz eingeladen.“ → event „Treffen in Görlitz“ with
/// startDate, location Görlitz, organizer Eva Brandt. Prior 0.65.
struct InvitationRule: ExtractionRule {
    var name: String { "invitation" }
    var confidence: Double { 0.65 }
    var needsFactualSentence: Bool { true }

    /// The participle of inviting (lower-cased), looked for in every sentence.
    static let invitedWords: WordList = ["eingeladen"]
    /// The kinds of entities this rule reads (one set for every sentence).
    static let kinds: Set<EntityKind> = [.person, .organization]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let invited = context.find(Self.invitedWords), context.eventMentions.isEmpty,
              let aux = context.find(["hatte", "hatten", "hat", "haben"], before: invited) else { return }
        // The place: `nach CITY` before the participle.
        guard let place = context.mentions.last(where: { $0.kind == .city && $0.end <= invited && view.isAny($0.start - 1, ["nach", "in"]) })
        else { return }
        // The inviter: the first person or organisation of the clause.
        let kinds = Self.kinds
        let inviter = context.mentions.first { kinds.contains($0.kind) && $0.start < place.start && !isRoleOrganization(context, $0) }
        let anaphoric = context.find(["dazu", "hierzu"], from: aux) != nil
        var event: Int
        if anaphoric {
            guard let last = context.document.recentEvents.last, context.index - last.sentence <= 1 else { return }
            event = last.entity
        } else {
            guard let date = context.eventDate() else { return }
            event = output.entity(kind: .event, label: "Treffen in " + output.document.entities.entities[place.entity].label)
            output.add(.startDate, event, .literal(date.date.literal))
            context.document.recentEvents.append((event, context.index))
        }
        output.add(.location, event, place.entity)
        if let inviter { output.add(.organizer, event, inviter.entity) }
    }

    private func isRoleOrganization(_ context: SentenceContext, _ m: MentionSpan) -> Bool {
        if m.kind == .person { return false }
        var k = m.start - 1
        if context.view.isAny(k, ["der", "des", "dem"]) { k -= 1 }
        // ``WordBit/role`` is `lexicon.role(text) != nil`, computed once per text.
        return k >= 0 && context.view.has(k, WordBit.role)
    }
}
