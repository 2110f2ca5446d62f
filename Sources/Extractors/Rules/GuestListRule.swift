import GraphCore

/// The guests of the event the text is about, listed after a copula: `Gäste waren u. a. A, B und C`, `Zu Gast waren A und
/// B`, `Teilnehmer sind A, B und C`, and the present tense `An der Reise nehmen A und B teil` (the noun refers back to the
/// event named before). Representatives stand for their town or organisation: `Vertreter der Stadt Lanzhou`.
///
/// Example: „Das 3. Hafenforum fand am 4. Mai in Kiel statt. Gäste waren u. a. Konsul Li Wen und Vertreter der Stadt
/// Qingdao.“ → attendee(3. Hafenforum | Li Wen), attendee(3. Hafenforum | Qingdao). Prior 0.7.
struct GuestListRule: ExtractionRule {
    var name: String { "guest-list" }
    var confidence: Double { 0.7 }
    var needsFactualSentence: Bool { true }

    /// Nouns of guests and participants that open the sentence (lower-cased).
    static let guestNouns = ["gäste", "ehrengäste", "teilnehmer", "teilnehmerinnen", "teilnehmende"]
    /// Copulas after the guest noun (lower-cased).
    static let copulas = ["waren", "sind"]
    /// Present-tense verbs of `teilnehmen` (lower-cased), looked for in every sentence.
    static let presentTakeVerbs: WordList = ["nehmen", "nimmt"]
    /// Nouns of representatives before the town or organisation they stand for (lower-cased).
    static let representativeNouns = ["vertreter", "vertreterinnen", "vertretern", "delegationen", "abordnungen"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        var k: Int
        let event: Int
        if view.isAny(0, Self.guestNouns), view.isAny(1, Self.copulas) {
            // `Gäste waren …`, `Teilnehmer sind …`.
            guard context.eventMentions.isEmpty, let found = context.currentEvent(anaphoric: true, window: 2) else { return }
            (event, k) = (found, 2)
        } else if view.isAny(0, ["zu"]), view.isAny(1, ["gast"]), view.isAny(2, Self.copulas) {
            guard context.eventMentions.isEmpty, let found = context.currentEvent(anaphoric: true, window: 2) else { return }
            (event, k) = (found, 3)
        } else if view.isAny(0, ["an"]), let verb = context.find(Self.presentTakeVerbs), view.isAny(view.count - 1, ["teil"])
                    || view.isAny(view.count - 2, ["teil"]) {
            // `An der Reise nehmen A und B teil`: the noun names the event of the sentences before.
            guard let found = context.definiteEvent(at: 1, compoundTail: true), verb == 3 else { return }
            (event, k) = (found, 4)
        } else {
            return
        }
        // Every name after the verb is read (`u. a.`, `unter anderem`, `auch` hold none).
        var representing = false
        var added = false
        for m in context.mentions where m.start >= k && m.entity != event && !context.inParentheses(m.start) {
            let before = m.start - 1
            switch m.kind {
            case .person:
                output.add(.attendee, event, m.entity)
                added = true
                representing = false
            case .city, .administrativeArea, .organization:
                // A town or organisation counts when representatives stand for it (`Vertreter der Stadt A und der Provinz B`,
                // `Vertreter der Partnerstädte A und B`), not when it qualifies a person's role (`Präsident der Hochschule`).
                var j = before
                if view.isAny(j, ["der", "des", "von", "vom", "aus"]) { j -= 1 }
                if j >= 0, view.isWord(j), !view.isAny(j, ["und", "sowie"]), !view.isAny(j, Self.representativeNouns), view.isCap(j) {
                    // A class noun between: `Vertreter der Partnerstädte A`.
                    if view.isAny(j - 1, ["der", "des"]), view.isAny(j - 2, Self.representativeNouns) { j -= 2 }
                }
                if view.isAny(j, Self.representativeNouns) {
                    representing = true
                } else if !(representing && (view.isAny(j, ["und", "sowie"]) || view.isPunct(j, ","))) {
                    representing = false
                    continue
                }
                output.add(.attendee, event, m.entity)
                added = true
            default:
                continue
            }
        }
        if added { context.document.recentEvents.append((event, context.index)) }
    }
}
