import GraphCore

/// Who organises an event: `ORG organisierte/veranstaltete EVENT`, `ORG hatte zu EVENT eingeladen`,
/// `EVENT, organisiert von ORG`, `auf Einladung der ORG`, `Die Reise wird gemeinsam mit ORG organisiert`.
///
/// Example: „Die IHK Trier und die Stadt Metz hatten zu einem Unternehmerforum in Metz eingeladen.“ →
/// organizer(Unternehmerforum in Metz | IHK Trier), organizer(… | Metz). Prior 0.75.
struct EventOrganizerRule: ExtractionRule {
    var name: String { "event-organizer" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { false }

    /// Words of organising (lower-cased), looked for in every sentence.
    static let byWords: WordList = ["organisiert", "veranstaltet", "ausgerichtet", "einladung"]
    /// The kinds of entities this rule reads (one set for every sentence).
    static let kinds: Set<EntityKind> = [.organization, .person, .city, .administrativeArea]

    /// Participles of organising (lower-cased).
    static let participles = ["organisiert", "veranstaltet", "ausgerichtet", "durchgeführt"]

    /// Active verbs of organising and inviting (lower-cased).
    static let activeVerbs: WordList = ["organisierte", "organisierten", "organisiert", "veranstaltete", "veranstalteten",
                                           "veranstaltet", "richtete", "richteten", "lud", "luden", "lädt", "laden", "hatte", "hatten", "hat",
                                           "haben"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard SentenceGuard.isFactualEvent(view) else { return }
        let event: Int
        let eventSpan: (start: Int, end: Int)
        if let named = context.currentEvent(anaphoric: false), let span = context.mentions.first(where: { $0.entity == named }) {
            (event, eventSpan) = (named, (span.start, span.end))
        } else if let earlier = context.definiteEvent(compoundTail: context.find(Self.byWords) != nil) {
            // `Die Konferenz wird von … organisiert`: the noun stands for the event named just before.
            (event, eventSpan) = (earlier, (0, 2))
        } else if view.isAny(0, Self.participles), view.isAny(1, ["wurde", "wurden", "wird", "werden"]),
                  let earlier = context.definiteEvent(at: 2, compoundTail: true) {
            // `Ausgerichtet wurde das Forum von …`: the participle first.
            (event, eventSpan) = (earlier, (2, 4))
        } else {
            return
        }
        let kinds = Self.kinds
        // Passive: `organisiert von ORG` / `auf Einladung der ORG`.
        if let by = context.find(Self.byWords) {
            var k = by + 1
            if view.isAny(k, ["von", "vom", "der", "des"]) { k += 1 }
            if view.isAny(k, ["der", "dem", "den", "die"]) { k += 1 }
            let (items, _) = context.coordinatedMentions(from: k, kinds: kinds)
            if !items.isEmpty && view.lower(by + 1) != "wurde" {
                for m in items where m.entity != event { output.add(.organizer, event, m.entity) }
                return
            }
        }
        // Passive with the agent first: `EVENT wurde von ORG organisiert`.
        // Also with the participle first: `Organisiert wurde das Forum von der IHK`.
        if let by = context.find(["von", "vom"], from: eventSpan.end), context.find(["wurde", "wurden", "wird", "werden"], before: by) != nil,
           context.find(Self.participles, from: by) != nil || (view.isAny(0, Self.participles) && view.isAny(1, ["wurde", "wurden", "wird", "werden"])) {
            var k = by + 1
            if view.isAny(k, ["der", "dem", "den"]) { k += 1 }
            let (items, end) = context.coordinatedMentions(from: k, kinds: kinds)
            for m in items where m.entity != event { output.add(.organizer, event, m.entity) }
            // `von der IHK in Zusammenarbeit mit der Handwerkskammer ausgerichtet`: the partner organises too.
            if !items.isEmpty { addCooperationPartner(context, from: end, before: view.count, event: event, &output) }
            if !items.isEmpty { return }
        }
        // A passive without agent, with partners: `Die Reise wird gemeinsam mit der AHK und der Agentur X organisiert`.
        if context.find(["von", "vom"], from: eventSpan.end) == nil, let mit = context.find(["mit"], from: eventSpan.end),
           view.isAny(mit - 1, ["gemeinsam", "zusammen"]), view.isAny(eventSpan.end, ["wird", "wurde", "werden", "wurden"]),
           context.find(Self.participles, from: mit) != nil {
            var k = mit + 1
            if view.isAny(k, ["der", "dem", "den"]) { k += 1 }
            let (items, _) = context.coordinatedMentions(from: k, kinds: kinds)
            for m in items where m.entity != event { output.add(.organizer, event, m.entity) }
            if !items.isEmpty { return }
        }
        // The event fronted: `Zum 5. Umweltforum lädt die Handwerkskammer am 3. Juni nach Trier ein` – the subject after the verb.
        // The verb may follow the event's date and place: `Zum 5. Wirtschaftsforum am 12. Mai in Bielefeld lud die IHK … ein`.
        if eventSpan.start == 1, view.isAny(0, ["zum", "zur", "zu"]),
           let invite = (eventSpan.end..<min(view.count, eventSpan.end + 9)).first(where: { view.isAny($0, ["lädt", "laden", "lud", "luden"]) }),
           !(eventSpan.end..<invite).contains(where: { view.isPunct($0, ",") || context.mention(startingAt: $0).map { m in
               m.kind == .person || m.kind == .organization } == true }),
           context.find(["ein"], from: invite) != nil {
            var k = invite + 1
            if view.isAny(k, ["der", "die", "das"]) { k += 1 }
            let (items, end) = context.coordinatedMentions(from: k, kinds: [.organization, .person])
            for m in items where m.entity != event { output.add(.organizer, event, m.entity) }
            if !items.isEmpty { addCooperationPartner(context, from: end, before: view.count, event: event, &output) }
            return
        }
        // Active: subject before the verb, event after it.
        guard let verb = context.find(Self.activeVerbs, before: eventSpan.start) else { return }
        let word = view.lower(verb)
        if ["hatte", "hatten", "hat", "haben", "lud", "luden", "lädt", "laden"].contains(word) {
            guard context.find(["eingeladen", "ein"], from: eventSpan.end) != nil || context.find(["eingeladen"]) != nil,
                  view.isAny(eventSpan.start - 1, ["zu", "zum", "zur", "einem", "einer"]) || view.isAny(eventSpan.start - 2, ["zu"])
            else { return }
        } else if word == "organisiert" || word == "veranstaltet" {
            // Present tense with the subject first: `Die IHK veranstaltet am 9. Mai das Forum` (no auxiliary of a
            // participle, the subject right at the start).
            guard context.find(["wird", "wurde", "werden", "wurden", "ist", "sind", "hat", "haben", "hatte", "hatten", "war"]) == nil,
                  let subject = context.mentions.first(where: { $0.end <= verb }), subject.start <= 1,
                  subject.kind == .organization || subject.kind == .person, context.mention(startingAt: subject.end) == nil,
                  subject.end == verb || view.isAny(subject.end, ["und", "sowie"]) else { return }
            let (items, end) = context.coordinatedMentions(from: subject.start, kinds: kinds)
            guard end == verb else { return }
            for m in items where m.entity != event { output.add(.organizer, event, m.entity) }
            addCooperationPartner(context, from: verb + 1, before: eventSpan.start, event: event, &output)
            return
        }
        var start = 0
        while start < verb && (context.mention(startingAt: start) == nil || !kinds.contains(context.mention(startingAt: start)!.kind)) {
            if context.mention(startingAt: start) != nil { start = context.mention(startingAt: start)!.end } else { start += 1 }
        }
        // Verb-second with a fronted adverbial: `Im Mai organisierte die Agentur …` – the subject follows the verb.
        if start >= verb, let after = context.mention(startingAt: verb + 1) ?? context.mention(startingAt: verb + 2),
           after.start < eventSpan.start, after.kind == .organization || after.kind == .person {
            output.add(.organizer, event, after.entity)
            // `lädt die IHK gemeinsam mit der Botschaft … zum Forum ein`: the partner organises too.
            addCooperationPartner(context, from: after.end, before: eventSpan.start, event: event, &output)
            return
        }
        let (items, end) = context.coordinatedMentions(from: start, kinds: kinds)
        // A subject with an apposition: `Anna Roth, Leiterin der Agentur, hatte …` – take the first item.
        if end == verb {
            for m in items { output.add(.organizer, event, m.entity) }
            // `Die IHK organisierte in Kooperation mit der Handwerkskammer das Forum`.
            if !items.isEmpty { addCooperationPartner(context, from: verb + 1, before: eventSpan.start, event: event, &output) }
        } else if let first = items.first, view.isPunct(first.end, ",") {
            output.add(.organizer, event, first.entity)
        } else {
            // `Die Foshan Sino-German Zone und die AHK China hatten …`: organisations and persons before the verb,
            // not inside parentheses and not attributes (`der`, `des`, `in`).
            for m in context.mentions where m.end <= verb && (m.kind == .organization || m.kind == .person) {
                if context.inParentheses(m.start) || view.isAny(m.start - 1, ["der", "des", "in", "aus", "von"]) { continue }
                output.add(.organizer, event, m.entity)
            }
        }
    }

    /// The partner of `gemeinsam mit`/`zusammen mit`/`in Kooperation mit`/`in Zusammenarbeit mit` in the tokens from `from`
    /// to the event: it organises the event too (`veranstaltet am 9. Mai in Kooperation mit der Handwerkskammer das Forum`).
    private func addCooperationPartner(_ context: SentenceContext, from: Int, before end: Int, event: Int, _ output: inout RuleOutput) {
        let view = context.view
        guard let mit = context.find(["mit"], from: from, before: end), mit >= from + 1 else { return }
        let cue = view.isAny(mit - 1, ["gemeinsam", "zusammen"])
            || (view.isAny(mit - 1, ["kooperation", "zusammenarbeit"]) && view.isAny(mit - 2, ["in"]))
        guard cue, mit - from <= 8 else { return }
        var k = mit + 1
        if view.isAny(k, ["der", "dem", "den"]) { k += 1 }
        let (items, _) = context.coordinatedMentions(from: k, kinds: [.organization, .person])
        for partner in items where partner.end <= end && partner.entity != event { output.add(.organizer, event, partner.entity) }
    }
}
