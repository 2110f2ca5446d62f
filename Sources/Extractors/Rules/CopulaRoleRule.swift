import GraphCore

/// `[Neue(r)] ROLE der ORG ist NAME` and `NAME ist [neue(r)] ROLE der ORG` – a role stated with the copula.
///
/// Example: „Vorsitzende des Vereins Brücke Kyoto ist Dr. Eva Lang.“ → holdsRole(Eva Lang | Vorsitzende | …);
/// „Neuer Geschäftsführer der Handwerkskammer Halle ist Jan Ott.“ → holdsRole(Jan Ott | Geschäftsführer | Handwerkskammer
/// Halle); „Jan Ott ist seit Mai Präsident der Handwerkskammer Halle.“ → the same with `Präsident`. A role whose genitive
/// attribute names nothing the recogniser knows (`Leiter der Delegation ist …`) states no fact. Prior 0.85.
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
    private func skippingFillers(_ view: TokenView, from j: Int) -> Int {
        var j = j
        var steps = 0
        while steps < 4, j < view.count, view.isAny(j, Self.fillers) || view.tokens[j].kind == .number
                || (view.isAny(j - 1, ["seit"]) && view.isCap(j)) {
            j += 1
            steps += 1
        }
        return j
    }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        // `[Neue] ROLE [der ORG] ist [TITLE] NAME`
        var i = 0
        if view.isAny(i, ["neue", "neuer", "neuen"]) { i += 1 }
        if let role = context.role(at: i) {
            var j = role.end
            var org: Int? = nil
            if let link = context.roleOrganization(after: j) {
                org = link.entity
                j = link.end
            } else if context.unresolvedAttribute(after: j) || !view.isAny(j, Self.copulas) {
                return
            }
            guard view.isAny(j, Self.copulas) else { return }
            j = skippingFillers(view, from: j + 1)
            while let t = view.matchTitle(j, context.document.lexicon.titles) { j = t }
            guard let person = context.mention(startingAt: j), person.kind == .person else { return }
            // The name closes the clause: `… ist Dr. Eva Lang.` / `… ist Eva Lang, die …`.
            guard person.end == view.count || view.isPunct(person.end, ".") || view.isPunct(person.end, ",")
                    || view.isPunct(person.end, "(") else { return }
            output.add(.holdsRole, person.entity, .post(role: role.label, organization: org))
            return
        }
        // `[TITLE] NAME ist [seit …] [neuer] ROLE der ORG`
        var p = 0
        while let t = view.matchTitle(p, context.document.lexicon.titles) { p = t }
        guard let person = context.mention(startingAt: p), person.kind == .person, view.isAny(person.end, Self.copulas) else { return }
        let j = skippingFillers(view, from: person.end + 1)
        guard let role = context.role(at: j) else { return }
        if let link = context.roleOrganization(after: role.end) {
            output.add(.holdsRole, person.entity, .post(role: role.label, organization: link.entity))
        } else if role.end == view.count || view.isPunct(role.end, ".") {
            output.add(.holdsRole, person.entity, .post(role: role.label, organization: nil))
        }
    }
}
