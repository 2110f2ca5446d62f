import GraphCore

/// An event named only by a bare noun that belongs to its organiser or to which the organiser invites: a possessive
/// (`Zu ihrem traditionellen Neujahrsempfang hatte die Stadt Hamm am 16. Januar eingeladen`, `Die IHK lädt am 3. Mai zu
/// ihrem Sommerfest nach Kassel ein`, `Über 300 Gäste kamen am 5. September zu unserem Technologietag nach Bielefeld`), a
/// genitive of the publisher (`Die Mitgliederversammlung unseres Vereins fand am 22. November im Rathaus statt`), or an
/// invitation to an indefinite event (`Oberbürgermeister Jan Rau lud die Gäste zu einem Empfang in Zittau ein`). The
/// owner or inviter organises it; `gemeinsam mit X` adds a partner. The event is named `NOUN YEAR` when a year follows the
/// noun, `NOUN in TOWN` after its town (or the inviting town, or the one town of the sentence), else `NOUN von OWNER`.
///
/// Example: „Zu ihrem Neujahrsempfang hatte die Stadt Bottrop am 16. Januar 2026 ins Kulturzentrum eingeladen.“ →
/// organizer(Neujahrsempfang in Bottrop | Bottrop), startDate(… | 2026-01-16). Prior 0.65.
struct OwnEventRule: ExtractionRule {
    var name: String { "own-event" }
    var confidence: Double { 0.65 }
    var needsFactualSentence: Bool { false }

    /// Possessives of the subject before the event noun (lower-cased).
    static let subjectPossessives: WordList = ["ihrem", "ihren", "ihrer", "ihre", "ihr", "seinem", "seinen", "seiner", "seine", "sein"]
    /// Possessives of the publisher (`wir`) before the event noun (lower-cased).
    static let publisherPossessives: WordList = ["unserem", "unseren", "unserer", "unsere", "unser", "unseres"]
    /// Indefinite articles and contractions before an event noun of an invitation (lower-cased).
    static let invitationArticles: WordList = ["einem", "einer", "einen", "zum", "zur"]
    /// Participles and finite verbs of inviting (lower-cased); the finite ones need their particle `ein`.
    static let inviteWords: WordList = ["eingeladen", "geladen", "lädt", "laden", "lud", "luden"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        // The cheap test first: an event noun that opens no named event (a bare noun, or one the recogniser named after its town).
        for h in 1..<max(1, view.count) where view.isCap(h) && view.has(h, WordBit.eventHead) {
            let covering = context.mention(at: h)
            if let covering, covering.kind != .event || covering.start != h { continue }
            if read(context, head: h, mention: covering, &output) { return }
        }
    }

    /// Reads the owner or inviter of the event noun at `h` (`mention`: the event the recogniser made of it, if any). True
    /// when an event was found.
    private func read(_ context: SentenceContext, head h: Int, mention: MentionSpan?, _ output: inout RuleOutput) -> Bool {
        let view = context.view
        guard let nominative = context.document.lexicon.eventHead(view.text(h)) else { return false }
        let lowerNoun = nominative.lowercased()
        // Bodies and vague nouns are no events of their own: `Städtetag`, `Veranstaltung`, `Dialog`, `Ratssitzung`.
        if MentionRecognizer.vagueEventNouns.contains(lowerNoun) || lowerNoun.hasSuffix("sitzung") { return false }
        if nominative.hasSuffix("tag"), context.document.lexicon.orgWords.contains(nominative) { return false }
        // The determiner before up to two lower-case adjectives.
        var d = h - 1
        while d > 0, h - d <= 2, view.isWord(d), !view.isCap(d), !view.isAny(d, Self.subjectPossessives),
              !view.isAny(d, Self.publisherPossessives), !view.isAny(d, Self.invitationArticles), !view.has(d, WordBit.functionWord) { d -= 1 }
        // An owner in the genitive names the event itself (`zum Sommerempfang des Generalkonsulats`): not read here.
        if mention == nil, view.isAny(h + 1, ["des", "der"]), view.isCap(h + 2) { return false }
        let invited = context.find(["eingeladen", "geladen"]) != nil
            || (context.find(["lädt", "laden", "lud", "luden"]) != nil && context.find(["ein"], from: h + 1) != nil)
        var ownerEntity: Int? = nil
        if view.isAny(d, Self.publisherPossessives) || (view.isAny(h + 1, ["unseres", "unserer"]) && view.isCap(h + 2)) {
            // `unser` in a quotation is the speaker's, not the publisher's.
            if context.insideQuotation(d) { return false }
            ownerEntity = context.publisher()
        } else if view.isAny(d, Self.subjectPossessives) {
            ownerEntity = context.eventSubject()?.entity
        } else if mention == nil, view.isAny(d, Self.invitationArticles), view.isAny(d - 1, ["zu"]) || view.isAny(d, ["zum", "zur"]), invited {
            ownerEntity = context.eventSubject()?.entity
        } else {
            return false
        }
        guard let organizer = ownerEntity, SentenceGuard.isFactualEvent(view) else { return false }
        // Delimited: a day, a place or an invitation.
        let date = context.eventDate()
        let place = context.placeAfterIn(from: h + 1) ?? context.placeAfterIn() ?? EventLocationRule.venue(context)
        guard mention != nil || date?.date.day != nil || place != nil || invited else { return false }
        let event: Int
        if let mention {
            event = mention.entity
        } else {
            let entities = context.document.entities.entities
            var label = nominative
            if h + 1 < view.count, view.tokens[h + 1].kind == .number, view.text(h + 1).utf8.count == 4, let year = Int(view.text(h + 1)),
               year > 1900, year < 2100 {
                label += " " + view.text(h + 1)
            } else if let place, place.kind == .city {
                label += " in " + entities[place.entity].label
            } else if context.document.kind(organizer) == .city {
                label += " in " + entities[organizer].label
            } else if case let towns = context.mentions.filter({ $0.kind == .city && !context.inParentheses($0.start) }),
                      let town = towns.first, towns.allSatisfy({ $0.entity == town.entity }) {
                // The one town the sentence names (`Zittaus Oberbürgermeister … lud zu einem Empfang`).
                label += " in " + entities[town.entity].label
            } else {
                label += " von " + context.document.shortName(organizer)
            }
            event = output.entity(kind: .event, label: label)
            if let date, date.date.day != nil || date.date.month != nil { output.add(.startDate, event, .literal(date.date.literal)) }
            if let place { output.add(.location, event, place.entity) }
        }
        guard organizer != event else { return false }
        output.add(.organizer, event, organizer)
        for partner in context.cooperationPartners(from: 0, before: view.count) where partner.entity != organizer && partner.entity != event {
            output.add(.organizer, event, partner.entity)
        }
        context.document.recentEvents.append((event, context.index))
        return true
    }
}
