import GraphCore

/// An event named by a bare compound noun with a definite article that an organisation organises on a given day:
/// `Am 14. März richtet der Verein X das Laternenfest aus`, `Das Abschlusssymposium am 25. Juli richtete das Institut Y aus`,
/// `Die Stadt Z veranstaltet am 3. Mai das Drachenbootfest`, also indefinite and with adjectives (`Am 2. August richtete der
/// Verein X ein deutsch-chinesisches Freundschaftsturnier aus`). The recogniser takes such nouns for events only with a name or a
/// town; here the day and the organiser delimit the event, which is named by the noun (`Laternenfest`).
///
/// Example: „Am 14. März 2026 richtet die Deutsch-Chinesische Gesellschaft Kiel das Laternenfest im Rathaus Kiel aus.“ →
/// startDate(Laternenfest | 2026-03-14), organizer(Laternenfest | Deutsch-Chinesische Gesellschaft Kiel),
/// location(Laternenfest | Rathaus Kiel). Prior 0.65.
struct OrganizedEventRule: ExtractionRule {
    var name: String { "organized-event" }
    var confidence: Double { 0.65 }
    var needsFactualSentence: Bool { true }

    /// Finite verbs of organising (lower-cased); `richtet` needs its `aus`.
    static let verbs: WordList = ["richtet", "richtete", "richten", "richteten", "veranstaltet", "veranstaltete", "veranstalten",
                                  "veranstalteten", "organisiert", "organisierte", "organisieren", "organisierten"]
    /// Definite articles before the event noun (lower-cased).
    static let articles: WordList = ["das", "die", "den", "der", "ein", "eine", "einen"]
    /// The kinds of organisers.
    static let kinds: Set<EntityKind> = [.organization, .city]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard context.eventMentions.isEmpty, let verb = context.find(Self.verbs), SentenceGuard.isFactualEvent(view) else { return }
        if view.lower(verb).hasPrefix("richt"), context.find(["aus"], from: verb + 1) == nil { return }
        // The event noun: a capitalised compound whose end is an event noun, after a definite article.
        // Up to two lower-case adjectives may stand between: `ein deutsch-chinesisches Freundschaftsturnier`.
        guard let h = (1..<view.count).first(where: { view.isCap($0) && view.has($0, WordBit.eventHead) && (view.isAny($0 - 1, Self.articles)
                || view.isWord($0 - 1) && !view.isCap($0 - 1) && (view.isAny($0 - 2, Self.articles)
                    || view.isWord($0 - 2) && !view.isCap($0 - 2) && view.isAny($0 - 3, Self.articles))) }),
              let noun = context.document.lexicon.eventHead(view.text(h)), isCompound(noun, context.document.lexicon) else { return }
        guard let date = context.eventDate(), date.date.day != nil else { return }
        // The organiser: after the verb when the event or the date opens the sentence (`Das Fest richtet der Verein aus`, `Am 14.
        // März richtet der Verein …`), else the sentence's subject before the verb.
        var organizer: MentionSpan? = nil
        var k = verb + 1
        if view.isAny(k, ["der", "die", "das"]) { k += 1 }
        if let m = context.mention(startingAt: k), Self.kinds.contains(m.kind), m.start != h { organizer = m }
        if organizer == nil {
            var s = 0
            if view.isAny(s, ["der", "die", "das"]) { s += 1 }
            if let m = context.mention(startingAt: s), Self.kinds.contains(m.kind), m.end == verb { organizer = m }
        }
        guard let organizer else { return }
        let event = output.entity(kind: .event, label: noun)
        output.add(.startDate, event, .literal(date.date.literal))
        output.add(.organizer, event, organizer.entity)
        if let place = context.placeAfterIn() ?? EventLocationRule.venue(context) { output.add(.location, event, place.entity) }
        // The report of the event goes on in the next sentences (`Mitveranstalter ist …`).
        context.document.recentEvents.append((event, context.index))
    }

    /// True when `noun` is a compound whose last part is an event noun (`Laternenfest`, `Abschlusssymposium`), not an event noun
    /// of the lexicon itself, nor an assembly or a session of a body (`Jahreshauptversammlung`, `Ratssitzung`), nor a vague
    /// `…veranstaltung`.
    private func isCompound(_ noun: String, _ lexicon: RecognitionLexicon) -> Bool {
        let lower = noun.lowercased()
        guard !lower.hasSuffix("versammlung"), !lower.hasSuffix("sitzung"), !lower.hasSuffix("veranstaltung"), !lower.contains("-")
        else { return false }
        return !lexicon.eventNouns.contains(lower)
    }
}
