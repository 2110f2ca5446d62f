import GraphCore

/// The labelled lines of an event's info box below its title (`Datum: …`, `Termin: …`, `Ort: …`, `Veranstalter: …`,
/// `Mitveranstalter: …`, also as Markdown list items `- **Termin:** …`), and the sentence `Tagungsort ist die Stadthalle X`
/// after an event is named.
///
/// Example: „Fachtag „Wasser für Städte“\nDatum: Dienstag, 4. November 2025, 10 Uhr\nOrt: Rathaus Kassel\nVeranstalter: IHK
/// Kassel-Marburg“ → startDate(Wasser für Städte | 2025-11-04), location(… | Rathaus Kassel), organizer(… | IHK
/// Kassel-Marburg). Prior 0.7.
struct EventInfoLineRule: ExtractionRule {
    var name: String { "event-info-line" }
    var confidence: Double { 0.7 }
    var needsFactualSentence: Bool { false }

    /// Labels of the date line (lower-cased).
    static let dateLabels: WordList = ["datum", "termin", "wann", "zeit", "zeitpunkt"]
    /// Labels of the place line (lower-cased); the compounds also as `Tagungsort ist …`.
    static let placeLabels: WordList = ["ort", "wo", "veranstaltungsort", "tagungsort", "austragungsort", "treffpunkt"]
    /// Labels of the organiser line (lower-cased).
    static let organizerLabels: WordList = ["veranstalter", "veranstalterin", "mitveranstalter", "ausrichter", "organisator",
                                             "organisatoren", "gastgeber"]
    /// The copulas of `Tagungsort ist …` (lower-cased).
    static let copulas: WordList = ["ist", "war"]
    /// How many sentences an info box may run below its title.
    static let window = 8

    /// The kind of label at token `k`: 1 date, 2 place, 3 organiser, 0 none.
    private static func labelKind(_ view: TokenView, _ k: Int) -> Int {
        guard view.isCap(k) else { return 0 }
        if view.isAny(k, dateLabels) { return 1 }
        if view.isAny(k, placeLabels) { return 2 }
        return view.isAny(k, organizerLabels) ? 3 : 0
    }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        // The label: the first word after list marks and emphasis.
        var k = 0
        while k < min(view.count, 4), view.isPunct(k, "-") || view.isPunct(k, "*") || view.isPunct(k, "•") || view.isPunct(k, "–") { k += 1 }
        guard k < view.count, view.isCap(k) else { return }
        var v = k + 1
        while view.isPunct(v, "*") { v += 1 }
        // The punctuation or copula after the label first: most sentences end here without a word comparison.
        guard view.isPunct(v, ":") || (view.isWord(v) && !view.isCap(v) && view.isAny(v, Self.copulas)) else { return }
        var kind = Self.labelKind(view, k)
        guard kind != 0 else { return }
        let event: Int
        if view.isPunct(v, ":") {
            guard context.document.isLine[context.index], context.eventMentions.isEmpty, let found = boxEvent(context) else { return }
            event = found
        } else if kind == 2, view.lower(k).utf8.count > 3 {
            // `Tagungsort ist die OsnabrückHalle`.
            guard context.eventMentions.isEmpty, SentenceGuard.isFactualEvent(view),
                  let found = context.currentEvent(anaphoric: true, window: 2) else { return }
            add(context, kind: kind, event: found, from: v + 1, to: view.count, &output)
            return
        } else {
            return
        }
        // Lines of a box that the splitter joined (a long date line and `Ort: …`): every `LABEL:` starts a field.
        while true {
            var from = v + 1
            while view.isPunct(from, "*") { from += 1 }
            var next = from
            while next < view.count, !(view.isPunct(next + 1, ":") || (view.isPunct(next + 1, "*") && view.isPunct(next + 3, ":")))
                    || Self.labelKind(view, next) == 0 { next += 1 }
            add(context, kind: kind, event: event, from: from, to: next, &output)
            guard next < view.count else { return }
            kind = Self.labelKind(view, next)
            v = next + 1
            while view.isPunct(v, "*") { v += 1 }
        }
    }

    /// The field's value from token `from` to `to`: the date, the place or the organisers of the event.
    private func add(_ context: SentenceContext, kind: Int, event: Int, from: Int, to: Int, _ output: inout RuleOutput) {
        let view = context.view
        var v = from
        if kind == 1 {
            guard let date = context.dates.first(where: { $0.start >= v && $0.end <= to && $0.date.month != nil }) else { return }
            output.add(.startDate, event, .literal(date.date.literal))
            return
        }
        if view.isAny(v, ["der", "die", "das", "den", "dem"]) { v += 1 }
        if kind == 2 {
            guard let m = context.mentions.first(where: { $0.start >= v && ($0.kind == .city || $0.kind == .organization) }),
                  m.start <= v + 5, m.end <= to, !context.inParentheses(m.start) else { return }
            output.add(.location, event, m.entity)
            return
        }
        let kinds: Set<EntityKind> = [.organization, .person, .city, .administrativeArea]
        for m in context.coordinatedMentions(from: v, kinds: kinds).mentions where m.entity != event && m.end <= to {
            output.add(.organizer, event, m.entity)
        }
    }

    /// The event of an info box: the most recent event named in the last ``window`` sentences when every sentence from
    /// its mention to this one is a line (a title and the lines below it, no running text between).
    private func boxEvent(_ context: SentenceContext) -> Int? {
        let document = context.document
        let s = context.index
        guard let last = document.recentEvents.last, last.sentence < s, s - last.sentence <= Self.window else { return nil }
        for i in last.sentence..<s where !document.isLine[i] { return nil }
        return last.entity
    }
}
