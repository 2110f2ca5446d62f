import GraphCore

/// Who attends an event: `A und B nahmen an EVENT teil`, `Neben A nahmen auch B und C an dem Treffen teil`,
/// `A begrüßte die Teilnehmer`, `Zu den Teilnehmern gehörten A und B`, `Zur Delegation gehörten A und B`, `Die Delegation besuchte dabei auch die Messe X`. A bare `an dem Treffen` refers to the event of the last two sentences.
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
    /// Nouns of the people at an event after `Zu den` (lower-cased).
    static let participantNouns = ["teilnehmern", "teilnehmerinnen", "teilnehmenden", "gästen", "rednern", "rednerinnen",
                                   "referenten", "referentinnen", "ehrengästen", "podiumsgästen", "sprechern"]
    /// Verbs of visiting an event (lower-cased), looked for in every sentence.
    static let visitVerbs: WordList = ["besuchte", "besuchten"]
    /// Words between a verb of visiting and the event (lower-cased): articles and adverbs.
    static let visitFillers = ["die", "das", "den", "auch", "dabei", "zudem", "außerdem", "ebenfalls", "anschließend", "erstmals"]
    /// Nouns of a visiting group before its town or organisation (lower-cased): `Delegation aus Wuhan`.
    static let groupNouns = ["delegation", "delegationen", "abordnung", "gruppe", "wirtschaftsdelegation", "unternehmerdelegation"]

    /// The visitor before the verb at `visit`: the sentence-initial person or organisation (after an article and a role), or the
    /// town or organisation of a delegation (`Eine Delegation der Stadt Wuhan`, `Eine Delegation aus Wuhan`).
    private func visitor(_ context: SentenceContext, before visit: Int) -> MentionSpan? {
        let view = context.view
        var k = 0
        if view.isAny(k, ["der", "die", "das", "eine", "ein"]) { k += 1 }
        while k < visit, view.isWord(k), !view.isCap(k) { k += 1 }
        if view.isAny(k, Self.groupNouns) {
            k += 1
            if view.isAny(k, ["der", "des", "aus", "von"]) { k += 1 }
            if view.isAny(k, ["der", "dem"]) { k += 1 }
            guard let m = context.mention(startingAt: k) ?? context.mention(startingAt: k + 1), m.end == visit,
                  [.city, .administrativeArea, .organization].contains(m.kind) else { return nil }
            return m
        }
        k = context.skippingRole(from: k)
        guard let m = context.mention(startingAt: k), m.end == visit, m.kind == .person || m.kind == .organization else { return nil }
        return m
    }

    /// Nouns of counted participants before `darunter` (lower-cased): `Rund 200 Teilnehmer, darunter …`.
    static let participantCountNouns = ["teilnehmer", "teilnehmerinnen", "teilnehmende", "gäste", "besucher", "besucherinnen",
                                        "ehrengäste", "vertreter"]
    /// Nouns of representatives before the organisation they represent (lower-cased).
    static let representativeNouns = ["vertreter", "vertreterinnen", "vertretern", "delegationen", "abordnungen"]
    /// The contraction that opens `Zur Delegation gehörten …` (lower-cased).
    static let zurWords: WordList = ["zur"]
    /// Verbs of counting among (lower-cased): `Zu den Gästen zählten …`.
    static let countVerbs = ["gehörten", "gehörte", "zählten", "zählte", "gehören", "zählen"]

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
        // `Zur Delegation gehörten unter anderem Geschäftsführer A von der Firma X und B`: every person after the verb.
        if context.find(Self.zurWords, before: 1) != nil, view.isAny(1, DelegationLeaderRule.groupNouns), view.isAny(2, Self.countVerbs) {
            guard let event = context.currentEvent(anaphoric: true) else { return }
            let members = context.mentions.filter { $0.kind == .person && $0.start > 2 && !context.inParentheses($0.start) }
            for m in members { output.add(.attendee, event, m.entity) }
            if !members.isEmpty { context.document.recentEvents.append((event, context.index)) }
            return
        }
        // `Zu den Teilnehmern gehörten A und B`, `Zu den Rednern zählte Staatsrat C`, `Unter den Gästen waren A und B`.
        // (`Unter den Gästen waren …` is read by ``GuestListRule``.)
        if view.isAny(0, ["zu"]) && view.isAny(3, Self.countVerbs),
           view.isAny(1, ["den"]), view.isAny(2, Self.participantNouns) {
            guard let event = context.currentEvent(anaphoric: true) else { return }
            var k = 4
            if view.isAny(k, ["sich"]) { k += 1 }
            if view.isAny(k, ["der", "die", "das"]) { k += 1 }
            if view.isAny(k, ["unter"]), view.isAny(k + 1, ["anderem", "anderen"]) { k += 2 }
            if view.isAny(k, ["auch", "u.a."]) { k += 1 }
            k = context.skippingRole(from: k)
            var items: [MentionSpan] = []
            while let m = context.mention(startingAt: k), m.kind == .person || m.kind == .organization {
                items.append(m)
                k = m.end
                // An apposition after the name: `A, Präsident der IHK, und B`.
                if view.isPunct(k, ","), !view.isAny(k + 1, ["und", "sowie"]), context.mention(startingAt: k + 1) == nil,
                   let comma = (k + 1..<view.count).first(where: { view.isPunct($0, ",") }) { k = comma }
                if view.isPunct(k, ",") || view.isAny(k, ["und", "sowie"]) { k += 1 } else { break }
                if view.isAny(k, ["und", "sowie"]) { k += 1 }
                if view.isAny(k, ["der", "die", "das"]) { k += 1 }
                k = context.skippingRole(from: k)
            }
            for m in items where m.entity != event { output.add(.attendee, event, m.entity) }
            if !items.isEmpty { context.document.recentEvents.append((event, context.index)) }
            return
        }
        // `Rund 200 Teilnehmer kamen, darunter Vertreter der IHK und der Handwerkskammer`: the named ones of the counted
        // participants, after a comma and `darunter`.
        if let among = context.find(["darunter"]), view.isPunct(among - 1, ","),
           (0..<among).contains(where: { view.isAny($0, Self.participantCountNouns) }) {
            guard let event = context.currentEvent(anaphoric: true) else { return }
            var k = among + 1
            if view.isAny(k, ["auch"]) { k += 1 }
            // `Vertreter der IHK` / `Vertreterinnen und Vertreter des Verbands`: the organisation they represent.
            if view.isAny(k, Self.representativeNouns) {
                k += 1
                if view.isAny(k, ["und"]), view.isAny(k + 1, Self.representativeNouns) { k += 2 }
                if view.isAny(k, ["der", "des", "von"]) { k += 1 }
            } else if view.isAny(k, ["der", "die", "das"]) {
                k += 1
            }
            k = context.skippingRole(from: k)
            var items: [MentionSpan] = []
            while let m = context.mention(startingAt: k), kinds.contains(m.kind) {
                items.append(m)
                k = m.end
                if view.isPunct(k, ",") || view.isAny(k, ["und", "sowie"]) { k += 1 } else { break }
                if view.isAny(k, ["der", "die", "das", "des"]) { k += 1 }
                k = context.skippingRole(from: k)
            }
            for m in items where m.entity != event { output.add(.attendee, event, m.entity) }
            if !items.isEmpty { context.document.recentEvents.append((event, context.index)) }
            return
        }
        // `Eine Delegation der Stadt Wuhan besuchte die 5. Umweltmesse`, `Oberbürgermeister Kurt Lang besuchte das Forum`: the
        // visitor of an event named right after the verb.
        // Adverbs may stand between (`besuchte dabei auch die Messe`).
        if let visit = context.find(Self.visitVerbs), let event = context.eventMentions.first(where: {
            $0.start > visit && $0.start <= visit + 4 && (visit + 1..<$0.start).allSatisfy { view.isAny($0, Self.visitFillers) }
        }) {
            if let visitor = visitor(context, before: visit), visitor.entity != event.entity {
                output.add(.attendee, event.entity, visitor.entity)
            }
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
