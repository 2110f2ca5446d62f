import GraphCore

/// Helpers of the rules that read who organises, hosts and attends an event named by a bare noun or referred to again.
extension SentenceContext {
    /// Prepositions and genitive articles before a mention that is no subject (lower-cased).
    static let nonSubjectMarkers: WordList = ["in", "im", "ins", "aus", "von", "vom", "mit", "nach", "des", "bei", "beim", "für",
                                              "am", "zum", "zur", "an", "auf", "über", "unter", "neben", "gegenüber", "dem",
                                              "den"]

    /// The subject of the clause: the first organisation, town, region or person that no preposition or genitive governs
    /// (`lud Zittaus Oberbürgermeister Frank Reichelt …` gives the person, not the town of the role), outside parentheses.
    func eventSubject(before limit: Int? = nil) -> MentionSpan? {
        let upper = limit ?? view.count
        for m in mentions where m.start < upper {
            guard m.kind == .organization || m.kind == .city || m.kind == .person || m.kind == .administrativeArea else { continue }
            if inParentheses(m.start) { continue }
            var k = m.start - 1
            // A role before a person: `Oberbürgermeisterin Petra Lindemann`.
            while k >= 0, m.kind == .person, view.isCap(k), view.has(k, WordBit.role) || view.has(k, WordBit.title) { k -= 1 }
            if view.isAny(k, Self.nonSubjectMarkers) { continue }
            // A genitive attribute after a noun: `der Vorstand der IHK` (the IHK is no subject).
            if view.isAny(k, ["der"]), view.isCap(k - 1), mention(at: k - 1) == nil, !view.has(k - 1, WordBit.role), k - 1 > 0 { continue }
            // A town in the genitive before a role and a person: the person is the subject.
            if m.kind != .person, view.has(m.end, WordBit.role), let person = mentions.first(where: { $0.start > m.end && $0.start <= m.end + 3 }),
               person.kind == .person {
                return person
            }
            return m
        }
        return nil
    }

    /// True when token `i` stands inside a quotation (`„Unser Sommerfest …“, sagte X`): more opening than closing quotation
    /// marks before it.
    func insideQuotation(_ i: Int) -> Bool {
        var depth = 0
        for k in 0..<min(i, view.count) {
            if view.isOpenQuote(k) { depth += 1 } else if view.isCloseQuote(k) { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// The organisation that publishes the document (what `wir`, `unser Verein` refer to): the first organisation the
    /// document names.
    func publisher() -> Int? {
        for sentence in document.spans {
            if let first = sentence.first(where: { $0.kind == .organization && $0.entity >= 0 }) { return first.entity }
        }
        return nil
    }

    /// The mentions of the kinds after the cooperation cue `gemeinsam mit`, `zusammen mit`, `in Zusammenarbeit mit`, `in
    /// Kooperation mit` between `from` and `end`: partners that organise the event too.
    func cooperationPartners(from: Int, before end: Int) -> [MentionSpan] {
        guard let mit = find(["mit"], from: from, before: end), mit >= from + 1 else { return [] }
        let cue = view.isAny(mit - 1, ["gemeinsam", "zusammen"])
            || (view.isAny(mit - 1, ["kooperation", "zusammenarbeit"]) && view.isAny(mit - 2, ["in"]))
        guard cue else { return [] }
        var k = mit + 1
        if view.isAny(k, ["der", "dem", "den"]) { k += 1 }
        return coordinatedMentions(from: k, kinds: [.organization, .person, .city]).mentions.filter { $0.end <= end }
    }

    /// ``coordinatedMentions(from:kinds:)`` across genitive attributes of the items: `das Institut X der Hochschule und das
    /// Institut Y` (the attribute, a mention or one noun, is no item of its own).
    func coordinatedMentionsAcrossAttributes(from i: Int, kinds: Set<EntityKind>) -> (mentions: [MentionSpan], end: Int) {
        var (items, end) = coordinatedMentions(from: i, kinds: kinds)
        var rounds = 0
        while !items.isEmpty, rounds < 4, view.isAny(end, ["der", "des"]), view.isCap(end + 1) {
            rounds += 1
            var j = mention(startingAt: end + 1)?.end ?? end + 2
            if view.isPunct(j, "("), let close = (j..<min(view.count, j + 6)).first(where: { view.isPunct($0, ")") }) { j = close + 1 }
            guard view.isAny(j, ["und", "sowie"]) || view.isPunct(j, ",") else { break }
            let more = coordinatedMentions(from: itemStart(after: j + 1, kinds: kinds), kinds: kinds)
            if more.mentions.isEmpty { break }
            items += more.mentions
            end = more.end
        }
        return (items, end)
    }

    /// The event a definite or generic noun refers back to: the sentence's own event, else the most recent one of the last
    /// `window` sentences.
    func reportedEvent(window: Int = 3) -> Int? {
        currentEvent(anaphoric: true, window: window)
    }
}
