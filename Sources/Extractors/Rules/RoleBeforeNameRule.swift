import GraphCore

/// `ROLE [der ORG][,] NAME` – a role (with modifiers and organisation) right before a person's name.
///
/// Example: „Oberbürgermeisterin Anna Roth begrüßte die Gäste.“ → holdsRole(Anna Roth | Oberbürgermeisterin);
/// „der Botschafter Japans, Taro Sato, sprach …“ → holdsRole(Taro Sato | Botschafter | Japan).
/// Prior 0.85.
struct RoleBeforeNameRule: ExtractionRule {
    let name = "role-before-name"
    let confidence = 0.85
    let needsFactualSentence = false

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        var i = 0
        while i < view.count {
            guard let role = context.role(at: i) else { i += 1; continue }
            var j = role.end
            var org: Int? = nil
            // Titles between role and name: `Staatssekretär Dr. Maria Klein`.
            if let link = context.roleOrganization(after: j), context.mention(startingAt: j)?.kind != .person {
                // Only with an explicit comma or directly followed by the person.
                org = link.entity
                j = link.end
                // `der Generalkonsul der Bundesrepublik Deutschland in Shanghai, NAME`: the seat of the post.
                if view.isAny(j, ["in"]), let seat = context.mention(startingAt: j + 1), seat.kind.isPlace, view.isPunct(seat.end, ",") {
                    j = seat.end
                }
            }
            if org == nil && context.unresolvedAttribute(after: j) { i = role.end; continue }
            var comma = false
            if view.isPunct(j, ",") { comma = true; j += 1 }
            while let t = view.matchCompact(j, context.document.lexicon.titles, maxTokens: 3) { j = t }
            if let person = context.mention(startingAt: j), person.kind == .person {
                // `ROLE, NAME` without an organisation is a list (`Bürgermeister, Anna Roth, …`), not a role.
                if comma && org == nil { i = role.end; continue }
                output.add(.holdsRole, person.entity, .post(role: role.label, organization: org))
                i = person.end
                continue
            }
            i = role.end
        }
    }
}
