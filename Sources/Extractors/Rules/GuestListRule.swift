import GraphCore

/// The guests of the event the text is about, listed after a copula: `Gäste waren u. a. A, B und C`, `Zu Gast waren A und
/// B`, `Teilnehmer sind A, B und C`, `Unter den Gästen waren A, B und C`, `Mit dabei waren A und B`, and the present tense
/// `An der Reise nehmen A und B teil` (the noun refers back to the event named before), `Vertreten waren die Städte A, B und C,
/// auf chinesischer Seite D und E`, `Unter den Gästen begrüßte die Bürgermeisterin A und B` (the greeting subject is no guest),
/// also after a semicolon (`…; mit dabei war auch A`). Representatives stand for their town
/// or organisation: `Vertreter der Stadt Lanzhou`; persons are read through their roles (`die Präsidentin der Hochschule, A`).
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
    static let copulas = ["waren", "sind", "war", "ist"]
    /// Present-tense verbs of `teilnehmen` (lower-cased), looked for in every sentence.
    static let presentTakeVerbs: WordList = ["nehmen", "nimmt"]
    /// Plural nouns of the people at an event after `Unter den` (lower-cased): `Unter den Gästen waren …`.
    static let amongNouns = ["gästen", "ehrengästen", "teilnehmern", "teilnehmerinnen", "teilnehmenden", "rednern", "rednerinnen",
                             "referenten", "referentinnen", "besuchern", "besucherinnen", "podiumsgästen"]
    /// Verbs after `Unter den Gästen` (lower-cased).
    static let amongVerbs = ["waren", "war", "befanden", "befand", "sind", "ist", "begrüßte", "begrüßten", "begrüßt"]
    /// The words of `Mit dabei waren` and `Vertreten waren` (lower-cased), looked for in every sentence.
    static let cueWords: WordList = ["dabei", "vertreten"]
    /// Verbs of greeting after `Unter den Gästen`, whose subject follows them (lower-cased).
    static let greetVerbs = ["begrüßte", "begrüßten", "begrüßt"]
    /// Nouns of representatives before the town or organisation they stand for (lower-cased).
    static let representativeNouns = ["vertreter", "vertreterinnen", "vertretern", "delegationen", "abordnungen", "delegation",
                                      "abordnung", "mannschaft", "jugendmannschaft", "team", "teams", "mannschaften"]
    /// Nouns that open a list of guests after them (lower-cased): `die Städte A und B`, `auf chinesischer Seite C`.
    static let listOpeners = ["städte", "kommunen", "gemeinden", "landkreise", "kreise", "provinzen", "regionen", "seite",
                              "partnerstädte", "unternehmen", "firmen", "hochschulen", "universitäten", "organisationen"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        var k: Int
        let event: Int
        // A clause after a semicolon reads like a sentence of its own: `…; mit dabei war auch A`.
        // The filter test of the sentence first: `dabei` and `vertreten` are rare.
        let cue = context.find(Self.cueWords)
        if let dabei = cue, view.isAny(dabei, ["dabei"]), view.isAny(dabei - 1, ["mit"]), dabei == 1 || view.isPunct(dabei - 2, ";"),
           view.isAny(dabei + 1, Self.copulas) {
            // `Mit dabei waren A und B`.
            guard context.eventMentions.isEmpty, let found = context.currentEvent(anaphoric: true, window: 2) else { return }
            (event, k) = (found, dabei + 2)
        } else if cue == 0, view.isAny(0, ["vertreten"]), view.isAny(1, Self.copulas) {
            // `Vertreten waren die Städte A, B und C`.
            guard context.eventMentions.isEmpty, let found = context.currentEvent(anaphoric: true, window: 2) else { return }
            (event, k) = (found, 2)
        } else if view.isAny(0, Self.guestNouns), view.isAny(1, Self.copulas) {
            // `Gäste waren …`, `Teilnehmer sind …`.
            guard context.eventMentions.isEmpty, let found = context.currentEvent(anaphoric: true, window: 2) else { return }
            (event, k) = (found, 2)
        } else if view.isAny(0, ["zu"]), view.isAny(1, ["gast"]), view.isAny(2, Self.copulas) {
            guard context.eventMentions.isEmpty, let found = context.currentEvent(anaphoric: true, window: 2) else { return }
            (event, k) = (found, 3)
        } else if view.isAny(0, ["unter"]), view.isAny(1, ["den"]), view.isAny(2, Self.amongNouns), view.isAny(3, Self.amongVerbs) {
            // `Unter den Gästen waren A und B`, `Unter den Rednern befanden sich A und B`.
            guard let found = context.currentEvent(anaphoric: true) else { return }
            (event, k) = (found, view.isAny(4, ["sich"]) ? 5 : 4)
            if view.isAny(3, Self.greetVerbs) {
                // `Unter den Gästen begrüßte die Oberbürgermeisterin A`: the subject after the verb greets, the guests follow.
                if view.isAny(k, ["der", "die", "das"]) { k += 1 }
                if let subject = context.mention(startingAt: k) {
                    k = subject.end
                } else {
                    let skipped = context.skippingRole(from: k)
                    if let person = context.mention(startingAt: skipped), skipped > k { k = person.end }
                    else if view.isCap(k), view.has(k, WordBit.role) { k += 1 }
                }
            }
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
                // A town in the genitive before a person's role is no guest of its own: `Freiburgs Bürgermeisterin A`.
                if m.kind != .organization, view.has(m.end, WordBit.role) { continue }
                // A list item of its own: `Unter den Gästen waren die IHK Köln und die Stadt Bonn`.
                var d = before
                if view.isAny(d, ["die", "das", "der", "den"]) { d -= 1 }
                if d < k || view.isAny(d, ["und", "sowie", "auch", "anderem"]) || view.isPunct(d, ",") || (d == k + 2 && view.isPunct(d, "."))
                    || (view.isAny(d, Self.listOpeners) && context.mention(at: d) == nil) {
                    output.add(.attendee, event, m.entity)
                    added = true
                    continue
                }
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
