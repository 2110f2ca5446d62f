import GraphCore

extension TokenView {
    /// True when token `i` is one of the words of `list` (their fingerprints computed once, not per call).
    func isAny(_ i: Int, _ list: WordList) -> Bool {
        guard isWord(i) else { return false }
        for (word, print) in zip(list.words, list.prints) where lowerEquals(i, word, print: print) { return true }
        return false
    }
}

extension SentenceContext {
    /// The one event this sentence is about: its only event mention, or (with `anaphoric`) the most recent
    /// event of the last `window` sentences.
    func currentEvent(anaphoric: Bool, window: Int = 3) -> Int? {
        var events = eventMentions
        // `Im Rahmen der Messe lädt X zu einem Fachgespräch ein`: the frame is not the event the sentence is about.
        if events.count > 1 {
            let framed = events.filter { !(view.isAny($0.start - 1, ["der", "des"]) && view.isAny($0.start - 2, ["rahmen"])) }
            if !framed.isEmpty { events = framed }
        }
        if events.count == 1 {
            // An event named only in a relative clause after a date of the main clause is not the sentence's event
            // (`Am 14. Januar unterzeichneten A und B einen Vertrag, der die Zusammenarbeit bei der bauma China regelt`).
            if let comma = relativeComma(before: events[0].start), dates.contains(where: { $0.end <= comma }) { return nil }
            return events[0].entity
        }
        // Several: the first one, when the others follow a comma (a relative or subordinate clause).
        if events.count > 1 {
            let first = events[0]
            let comma = (first.end..<view.count).first { view.isPunct($0, ",") } ?? view.count
            return events.dropFirst().allSatisfy({ $0.start > comma }) ? first.entity : nil
        }
        guard anaphoric, let last = document.recentEvents.last, index - last.sentence <= window else { return nil }
        return last.entity
    }

    /// The comma that opens a relative clause (`, der …`, `, die …`) before token `i`, or nil.
    func relativeComma(before i: Int) -> Int? {
        (1..<max(1, i)).last { view.isPunct($0, ",") && view.isAny($0 + 1, ["der", "die", "das", "den", "dem", "deren", "dessen", "welche", "welcher"]) }
    }

    /// The event a sentence-initial definite event noun refers back to (`Die Konferenz wird von … organisiert` after
    /// `die 7. Deutsch-Chinesische Umweltkonferenz`): the most recent event of the last two sentences whose label ends in that
    /// noun (or any event for `Veranstaltung`), when the sentence names no event itself. The noun is tokens `start..<start + 2`.
    ///
    /// With `compoundTail`, also a noun that ends the event's compound head (`Die Reise` after `die Delegationsreise nach
    /// Chengdu`, five letters or more).
    func definiteEvent(at start: Int = 0, compoundTail: Bool = false) -> Int? {
        // The event of an earlier sentence (one that an earlier rule already noted for this sentence counts as well).
        guard eventMentions.isEmpty, view.isAny(start, ["die", "das", "der"]), view.isCap(start + 1),
              let last = document.recentEvents.last(where: { $0.sentence < index }), index - last.sentence <= 2,
              !document.recentEvents.reversed().prefix(while: { $0.sentence == index }).contains(where: { $0.entity != last.entity })
        else { return nil }
        guard view.has(start + 1, WordBit.eventHead), let noun = document.lexicon.eventHead(view.text(start + 1)) else {
            guard compoundTail else { return nil }
            let word = view.lower(start + 1)
            let label = document.entities.entities[last.entity].label.lowercased()
            guard word.utf8.count >= 5, let head = label.split(separator: " ").first(where: { !($0.first?.isNumber ?? true) }),
                  head.count > word.count, head.hasSuffix(word) else { return nil }
            return last.entity
        }
        let lower = noun.lowercased()
        let label = document.entities.entities[last.entity].label.lowercased()
        guard label.hasSuffix(lower) || label.contains(lower + " ") || lower == "veranstaltung" else { return nil }
        return last.entity
    }

    /// Verbs of an event taking place (lower-cased): `Die Konferenz fand am 3. Mai in Ulm statt`.
    static let takingPlaceWords: WordList = ["statt", "tagte", "tagten", "tagt", "begann", "beginnt"]

    /// The definite articles before an event noun that refers back (lower-cased).
    static let definiteArticles: WordList = ["die", "das", "der"]

    /// The event a sentence that names none refers to by a definite noun at its start, when it says that the event takes
    /// place (`Der Dialog fand am 16. Juni im Rathaus statt` after `der 6. Wirtschaftsdialog` was named), or nil.
    func eventTakingPlace() -> Int? {
        guard eventMentions.isEmpty, view.isCap(1), view.isAny(0, Self.definiteArticles), find(Self.takingPlaceWords) != nil else { return nil }
        return definiteEvent(at: 0, compoundTail: true)
    }

    /// The city after `in`/`nach` that is not part of another phrase, outside parentheses.
    func placeAfterIn(from: Int = 0) -> MentionSpan? {
        mentions.first { m in
            m.start >= from && (m.kind == .city || m.kind == .administrativeArea) && view.isAny(m.start - 1, ["in", "nach"])
                && !inParentheses(m.start)
        }
    }

    /// The event date of the sentence: the first date with day or month precision that is no deadline; a year
    /// alone only after `im`/`im Jahr` or at the sentence start.
    func eventDate() -> DatePhrase? {
        var usable = dates.filter { !["bis", "seit", "ab"].contains($0.preposition) }
        // A deadline (`Anmeldeschluss ist der 20. April`): only a date with its own preposition (`am 3. Mai`) is the event's.
        if !usable.isEmpty, hasDeadlineNoun() {
            usable = usable.filter { ["am", "vom", "im"].contains($0.preposition) }
        }
        if let precise = usable.first(where: { $0.date.month != nil }) { return precise }
        return usable.first { $0.start == 0 || $0.preposition == "im" || $0.preposition == "jahr" || $0.preposition == "in"
            || view.isAny($0.start - 1, DatePhrases.yearVerbs) }
    }

    /// True when the sentence names a deadline: `Anmeldeschluss`, `Anmeldefrist`, `Bewerbungsfrist`, `Deadline`.
    func hasDeadlineNoun() -> Bool {
        for i in 0..<view.count where view.isCap(i) {
            let lower = view.lower(i)
            if lower.hasSimpleSuffix("schluss") || lower.hasSimpleSuffix("frist") || lower.hasSimpleSuffix("fristen") || lower == "deadline" { return true }
        }
        return false
    }
}
