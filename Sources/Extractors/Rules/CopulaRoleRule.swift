import GraphCore

/// `[Neue(r)] ROLE der ORG ist NAME` and `NAME ist [neue(r)] ROLE der ORG` – a role stated with the copula.
///
/// Example: „Vorsitzende des Vereins Brücke Kyoto ist Dr. Eva Lang.“ → holdsRole(Eva Lang | Vorsitzende | …);
/// „Neuer Geschäftsführer der Handwerkskammer Halle ist Jan Ott.“ → holdsRole(Jan Ott | Geschäftsführer | Handwerkskammer
/// Halle); „Jan Ott ist seit Mai Präsident der Handwerkskammer Halle.“ → the same with `Präsident`. A role whose genitive
/// attribute names nothing the recogniser knows (`Leiter der Delegation ist …`) states no fact. The subject may be a pronoun
/// for the one person of the sentence before (`Er war zuvor Bereichsleiter der …`), and a role without organisation right
/// after a board election names the electing organisation (`Der Verein hat einen neuen Vorstand gewählt. Präsident ist nun
/// Jan Ott.`). Prior 0.85.
struct CopulaRoleRule: ExtractionRule {
    var name: String { "copula-role" }
    var confidence: Double { 0.85 }
    var needsFactualSentence: Bool { true }

    /// Copula forms.
    static let copulas: Set<String> = ["ist", "war", "bleibt"]
    /// Words that may stand between the copula and the role: `neuer`, `seit 2019`, `auch`, `zuvor` (a former post is a post).
    static let fillers: Set<String> = ["neue", "neuer", "neuen", "jetzt", "nun", "auch", "zudem", "außerdem", "weiterhin",
                                       "künftig", "amtierende", "amtierender", "seit", "bereits", "ebenfalls", "zuvor", "vorher",
                                       "früher", "bisher", "bislang", "damals", "lange", "zuletzt"]

    /// The index after up to four filler words at `j`: `neuer`, `seit 2019`, `seit Januar`, `auch`.
    private func skippingFillers(_ context: SentenceContext, from j: Int) -> Int {
        let view = context.view
        var j = j
        var steps = 0
        while steps < 4, j < view.count {
            // `seit dem 1. Juli`: a date after `seit` as a whole.
            if view.isAny(j - 1, ["seit"]), case let k = view.isAny(j, ["dem", "den"]) ? j + 1 : j,
               let date = context.dates.first(where: { $0.start >= j - 1 && $0.start <= k }), date.end > j {
                j = date.end
            } else if view.isAny(j - 1, ["seit"]), case let k = view.isAny(j, ["dem", "den"]) ? j + 1 : j,
                      k < view.count, view.tokens[k].kind == .number, view.isPunct(k + 1, "."), view.has(k + 2, WordBit.month) {
                // `seit dem 1. Juli` without a year (no date phrase).
                j = k + 3
            } else if view.isAny(j, Self.fillers) || view.tokens[j].kind == .number || (view.isAny(j - 1, ["seit"]) && view.isCap(j)) {
                j += 1
            } else {
                break
            }
            steps += 1
        }
        return j
    }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        // `[Neue] ROLE [der ORG] ist [TITLE] NAME`
        var i = 0
        // `Wechsel an der Spitze der Brenner AG: Vorstandsvorsitzender des Unternehmens ist …`: the clause after a colon.
        if let colon = (0..<min(view.count, 16)).first(where: { view.isPunct($0, ":") }), context.role(at: colon + 1) != nil {
            i = colon + 1
        }
        if view.isAny(i, ["neue", "neuer", "neuen"]) { i += 1 }
        // (A role right before a name opens the subject of the second form: `Yuanda-Chefin Liu war zuvor …`.)
        if let role = context.role(at: i), context.skippingRole(from: i) == i {
            var end = roleFirst(context, role, &output)
            // `Schatzmeister bleibt NAME, neue Schriftführerin ist NAME2`: a second clause of the same form after the comma.
            while let comma = end, view.isPunct(comma, ",") {
                var k = comma + 1
                if view.isAny(k, ["neue", "neuer", "neuen"]) { k += 1 }
                guard let next = context.role(at: k), context.skippingRole(from: k) == k else { break }
                end = roleFirst(context, next, &output)
            }
            return
        }
        // `[TITLE] NAME ist [seit …] [neuer] ROLE der ORG`
        guard let (subject, subjectEnd) = subject(context), view.isAny(subjectEnd, Self.copulas) else { return }
        let j = skippingFillers(context, from: subjectEnd + 1)
        guard let role = context.role(at: j) else { return }
        if let link = context.roleOrganization(after: role.end) {
            output.add(.holdsRole, subject, .post(role: role.label, organization: link.entity))
        } else if role.end == view.count || view.isPunct(role.end, ".") {
            output.add(.holdsRole, subject, .post(role: role.label, organization: nil))
        }
    }

    /// `ROLE [der ORG] ist [TITLE] NAME` with the role at `role`: records the post and returns the index after the name, or nil.
    private func roleFirst(_ context: SentenceContext, _ role: RolePhrase, _ output: inout RuleOutput) -> Int? {
        let view = context.view
        var j = role.end
        var org: Int? = nil
        if let link = context.roleOrganization(after: j) {
            org = link.entity
            j = link.end
            // `Aufsichtsratsvorsitzender der Südwest Leasing AG in Stuttgart ist …`: the organisation's seat.
            if view.isAny(j, ["in"]), let seat = context.mention(startingAt: j + 1), seat.kind.isPlace,
               view.isAny(seat.end, Self.copulas) {
                j = seat.end
            }
        } else if context.unresolvedAttribute(after: j) || !view.isAny(j, Self.copulas) {
            return nil
        }
        guard view.isAny(j, Self.copulas) else { return nil }
        // `Der Verein wählte einen neuen Vorstand. Präsident ist nun …`: the organisation whose board was just elected.
        if org == nil { org = context.boardOrganization(reach: 3, strict: true) }
        j = skippingFillers(context, from: j + 1)
        while let t = view.matchTitle(j, context.document.lexicon.titles) { j = t }
        guard let person = context.mention(startingAt: j), person.kind == .person else { return nil }
        // The name closes the clause: `… ist Dr. Eva Lang.` / `… ist Eva Lang, die …`.
        guard person.end == view.count || view.isPunct(person.end, ".") || view.isPunct(person.end, ",")
                || view.isPunct(person.end, "(") || view.isPunct(person.end, ";") else { return nil }
        output.add(.holdsRole, person.entity, .post(role: role.label, organization: org))
        return person.end
    }

    /// The person a sentence opens with and the end of that subject: `[TITLE] NAME`, `ROLE NAME` (`Yuanda-Chefin Liu war
    /// zuvor …`), or a pronoun or `Der 54-Jährige` / `Die 49-jährige Unternehmerin` standing for the one person the
    /// sentence before names (`… ist Dr. Stefan Pohl. Er war zuvor Bereichsleiter der …`).
    private func subject(_ context: SentenceContext) -> (Int, Int)? {
        let view = context.view
        var p = 0
        if let role = context.role(at: 0), context.mention(startingAt: role.end)?.kind == .person { p = role.end }
        while let t = view.matchTitle(p, context.document.lexicon.titles) { p = t }
        if let person = context.mention(startingAt: p), person.kind == .person { return (person.entity, person.end) }
        guard p == 0, context.index > 0, context.index - 1 < context.document.spans.count else { return nil }
        var end: Int
        if view.isAny(0, ["er", "sie"]), view.isCap(0) {
            end = 1
        } else if view.isAny(0, ["der", "die"]), view.isCap(0), view.lower(1).hasSuffix("-jährige"), view.tokens[1].kind != .number {
            end = 2
            // `Die 49-jährige Unternehmerin`: the noun after a lower-case `-jährige`.
            if !view.isCap(1), view.isCap(2), view.isWord(2), context.mention(startingAt: 2) == nil { end = 3 }
        } else {
            return nil
        }
        let persons = Set(context.document.spans[context.index - 1].filter { $0.kind == .person }.map { $0.entity })
        guard persons.count == 1, let person = persons.first else { return nil }
        return (person, end)
    }
}
