import GraphCore

/// The date of the one event a sentence names: `Die 4. Regionalkonferenz findet am 3. Juni in Breslau statt.`, or refers
/// back to by a definite noun (`Die Konferenz fand am 3. Juni statt.`).
///
/// Example → startDate(4. Regionalkonferenz | 2024-06-03) with the year from the document date. Prior 0.75:
/// a sentence may name a second date for something else.
struct EventDateRule: ExtractionRule {
    var name: String { "event-date" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        guard SentenceGuard.isFactualEvent(context.view) else { return }
        // `Der Dialog fand am 16. Juni statt` after the event was named: the noun refers back to it.
        if context.eventMentions.isEmpty, let earlier = context.eventTakingPlace() {
            if let date = context.eventDate() { output.add(.startDate, earlier, .literal(date.date.literal)) }
            return
        }
        guard let event = context.currentEvent(anaphoric: false) else { return }
        if let date = context.eventDate() {
            // `Die Reise endet am 19. Juni in Braunschweig`: the day the event ends is not its start.
            if date.preposition == "am", context.find(Self.endVerbs) != nil { return }
            output.add(.startDate, event, .literal(date.date.literal))
        } else if let today = context.document.published, today.day != nil, let offset = Self.dayOffset(context),
                  let day = offset == 0 ? today : GermanDates.resolve(.days(offset), reference: today) {
            // `Heute findet im Rathaus das 2. Textilforum statt` under a dateline: the day of the release (`gestern` the day
            // before).
            output.add(.startDate, event, .literal(day.literal))
        }
    }

    /// Verbs of an event ending (lower-cased).
    static let endVerbs: WordList = ["endet", "endete", "enden", "endeten"]

    /// Past-tense verbs of an event taking place (lower-cased): `Gestern fand … statt`.
    static let pastVerbs = ["fand", "fanden", "tagte", "tagten", "begann", "startete", "eröffnete"]

    /// The day of the event relative to the release: 0 for `heute` with a present-tense verb or `beim heutigen FORUM`, -1
    /// for `gestern` with a past-tense verb, else nil.
    static func dayOffset(_ context: SentenceContext) -> Int? {
        let view = context.view
        if happensToday(view) { return 0 }
        if context.eventMentions.contains(where: { view.isAny($0.start - 1, ["heutigen", "heutige"]) }) { return 0 }
        if let yesterday = (0..<view.count).first(where: { view.isAny($0, ["gestern"]) }), !view.isAny(yesterday - 1, ["bis", "seit", "von"]),
           (0..<view.count).contains(where: { view.isAny($0, pastVerbs) }) {
            return -1
        }
        return nil
    }

    /// Present-tense verbs of an event taking place (lower-cased): `findet … statt`, `beginnt`, `tagt`, `eröffnet`.
    static let presentVerbs = ["findet", "beginnt", "startet", "tagt", "tagen", "eröffnet", "läuft", "öffnet"]

    /// True when the sentence says the event takes place today: `heute` with a present-tense verb of taking place, and no
    /// other time (`heute vor einem Jahr`, `ab heute`, `bis heute`).
    static func happensToday(_ view: TokenView) -> Bool {
        guard let today = (0..<view.count).first(where: { view.isAny($0, ["heute"]) }),
              !view.isAny(today - 1, ["bis", "ab", "seit", "von"]), !view.isAny(today + 1, ["vor", "noch"]) else { return false }
        return (0..<view.count).contains { view.isAny($0, presentVerbs) }
    }
}

extension SentenceGuard {
    /// Events may lie in the future; only negations and questions silence event rules.
    static func isFactualEvent(_ view: TokenView) -> Bool {
        for i in 0..<view.count {
            // A question mark that closes a quoted title (`Fachgespräch „Wohin steuert China?“`) asks nothing.
            if view.isPunct(i, "?") && !view.isCloseQuote(i + 1) { return false }
            if view.isWord(i), view.has(i, WordBit.nonFactualEvent) { return false }
        }
        return true
    }
}
