import GraphCore

/// Entries of an event calendar written as lines: a line with only a date (`Mittwoch, 12.03.2025, 19 Uhr`) above a line
/// naming the event, with `Ort: …` on a line below; or one line `DATE: EVENT, PLACE`, `DATE – EVENT, PLACE` or `EVENT: DATE, PLACE`.
///
/// Example: „Donnerstag, 6. November 2025, 18 Uhr\nKamingespräch mit der Landrätin\nOrt: Rathaus Lörrach“ →
/// startDate(Kamingespräch mit der Landrätin | 2025-11-06), location(… | Rathaus Lörrach). Prior 0.7.
struct EventCalendarEntryRule: ExtractionRule {
    var name: String { "event-calendar-entry" }
    var confidence: Double { 0.7 }
    var needsFactualSentence: Bool { false }

    /// Words that may stand on a date line besides the date (lower-cased): weekdays, times and their prepositions.
    static let dateLineWords: Set<String> = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
                                              "sonnabend", "uhr", "ab", "bis", "um", "von", "ca", "gegen", "den", "am", "jeweils"]
    /// Labels of the place and the organiser of an entry (lower-cased): `Ort: …`, `Veranstalter: …`.
    static let placeLabels: Set<String> = ["ort", "veranstaltungsort", "treffpunkt"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let document = context.document
        let s = context.index
        guard document.isLine[s], let date = context.eventDate(), !context.dates.contains(where: { $0.preposition == "seit" }) else { return }
        let view = context.view
        if Self.onlyDate(context, from: 0, to: view.count) {
            // A date line: the event is named on the next line.
            let next = s + 1
            guard next < document.views.count, document.isLine[next], let event = titleEvent(document, sentence: next, from: 0, output: &output)
            else { return }
            output.add(.startDate, event, .literal(date.date.literal))
            document.recentEvents.append((event, next))
            // The place after the title on its line (`Jahresversammlung, Fürth (Stadthalle)`), else `Ort: …` on one of the next
            // two lines of the entry.
            let line = document.views[next]
            if let comma = (1..<line.count).first(where: { line.isPunct($0, ",") }),
               let m = document.spans[next].first(where: { $0.start == comma + 1 }), m.kind == .city || m.kind == .organization,
               m.end == line.count || line.isPunct(m.end, ",") || line.isPunct(m.end, ".") || line.isPunct(m.end, "(") {
                output.add(.location, event, .entity(m.entity), line: next)
                return
            }
            var k = next + 1
            while k < min(document.views.count, next + 3), document.isLine[k] {
                if let place = Self.labelledPlace(document, sentence: k, from: 0) {
                    output.add(.location, event, .entity(place), line: k)
                    break
                }
                k += 1
            }
            return
        }
        // One line: `DATE: EVENT, PLACE` or `EVENT: DATE, PLACE`; a spaced dash may stand for the colon (`DATE – EVENT, PLACE`).
        guard let colon = (1..<view.count).first(where: { view.isPunct($0, ":")
            || ((view.isPunct($0, "–") || view.isPunct($0, "-")) && view.tokens[$0].spaceBefore) }) else { return }
        let event: Int
        let rest: Int
        if date.end <= colon, Self.onlyDate(context, from: 0, to: colon),
           let found = titleEvent(document, sentence: s, from: colon + 1, output: &output) {
            event = found
            rest = colon + 1
        } else if date.start > colon, let found = titleEvent(document, sentence: s, from: 0, output: &output, before: colon) {
            let dateEnd = (date.end..<view.count).first { view.isPunct($0, ",") } ?? view.count
            guard Self.onlyDate(context, from: colon + 1, to: dateEnd) else { return }
            event = found
            rest = dateEnd
        } else {
            return
        }
        output.add(.startDate, event, .literal(date.date.literal))
        document.recentEvents.append((event, s))
        // The place: after `Ort:`, else the first place or venue after the comma that ends the event or the date.
        if let place = Self.labelledPlace(document, sentence: s, from: rest) {
            output.add(.location, event, .entity(place))
        } else if var comma = (rest..<view.count).first(where: { view.isPunct($0, ",") }),
                  case _ = Self.skipTime(view, &comma),
                  let m = context.mention(startingAt: comma + 1) ?? Self.venueTown(context, at: comma + 1),
                  m.kind == .city || m.kind == .organization,
                  m.end == view.count || view.isPunct(m.end, ",") || view.isPunct(m.end, ".") || view.isPunct(m.end, "(") {
            output.add(.location, event, .entity(m.entity))
        }
    }

    /// The town after one capitalised venue word that is no name of its own (`Stadthalle Göttingen`), or nil.
    static func venueTown(_ context: SentenceContext, at i: Int) -> MentionSpan? {
        guard context.view.isCap(i), context.view.isWord(i), let town = context.mention(startingAt: i + 1), town.kind == .city
        else { return nil }
        return town
    }

    /// Moves `comma` past a time between two commas (`, 19 Uhr, Volkshochschule Mannheim`, `, 18.30 Uhr, …`).
    static func skipTime(_ view: TokenView, _ comma: inout Int) {
        var k = comma + 1
        while k < view.count, k <= comma + 5, view.tokens[k].kind == .number || view.isPunct(k, ".") || view.isPunct(k, ":") { k += 1 }
        if k > comma + 1, view.isAny(k, ["uhr"]), view.isPunct(k + 1, ",") { comma = k + 1 }
    }

    /// True when tokens `from..<to` hold only dates, weekdays, times and punctuation (and at least one date).
    static func onlyDate(_ context: SentenceContext, from: Int, to: Int) -> Bool {
        let view = context.view
        var sawDate = false
        var i = from
        while i < to {
            if let d = context.dates.first(where: { $0.start <= i && i < $0.end }) {
                if d.end > to { return false }
                sawDate = true
                i = d.end
                continue
            }
            let token = view.tokens[i]
            if token.kind == .number || view.isPunct(i, ",") || view.isPunct(i, ".") || view.isPunct(i, ":") || view.isPunct(i, "*")
                || view.isPunct(i, "–") || view.isPunct(i, "-") || view.isAny(i, Self.dateLineWords) {
                i += 1
                continue
            }
            return false
        }
        return sawDate
    }

    /// The event a calendar title names from token `from` of sentence `s`: an event mention starting there, or a short
    /// title whose first word is an event noun (`Herbstsitzung des Vorstands`), up to a colon, a comma or the line end.
    func titleEvent(_ document: DocumentContext, sentence s: Int, from: Int, output: inout RuleOutput, before: Int? = nil) -> Int? {
        let view = document.views[s]
        var start = from
        while view.isPunct(start, "*") { start += 1 }
        guard start < view.count, view.isCap(start) else { return nil }
        if let m = document.spans[s].first(where: { $0.kind == .event && ($0.start == start || $0.start == start + 1) }) {
            return m.entity
        }
        guard view.has(start, WordBit.eventHead), document.lexicon.eventHead(view.text(start)) != nil else { return nil }
        let limit = before ?? view.count
        var end = start + 1
        while end < limit, !view.isPunct(end, ","), !view.isPunct(end, ":"), !view.isPunct(end, "("), !view.isPunct(end, "*") { end += 1 }
        guard end - start <= 8 else { return nil }
        // A title that ends in a place names no more than its noun: `Drachenbootrennen am Neckarufer` is kept whole.
        return output.entity(kind: .event, label: view.join(start, end), quality: .full)
    }

    /// The venue or town after `Ort:` in sentence `s` from token `from`, or nil.
    static func labelledPlace(_ document: DocumentContext, sentence s: Int, from: Int) -> Int? {
        let view = document.views[s]
        guard let label = (from..<view.count).first(where: { view.isAny($0, placeLabels) && view.isPunct($0 + 1, ":") }) else { return nil }
        let spans = document.spans[s]
        guard let m = spans.first(where: { $0.start >= label + 2 && ($0.kind == .city || $0.kind == .organization) }) else { return nil }
        // The venue or town must follow the label closely (`Ort: Stadtpark, Gießen`).
        guard m.start <= label + 6 else { return nil }
        return m.entity
    }
}
