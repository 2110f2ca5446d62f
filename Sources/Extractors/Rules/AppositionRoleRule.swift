import GraphCore

/// `NAME, ROLE der ORG` – a role in apposition after a person's name, possibly coordinated.
///
/// Example: „Marta Nowak, Vizepräsidentin der Handelskammer Breslau und Leiterin des Messebüros, eröffnete …“
/// → holdsRole(Marta Nowak | Vizepräsidentin | Handelskammer Breslau). Prior 0.85: the comma pattern is
/// reliable; errors come from lists of names where the role belongs to the next one.
struct AppositionRoleRule: ExtractionRule {
    var name: String { "apposition-role" }
    var confidence: Double { 0.85 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for person in context.mentions where person.kind == .person {
            var i = person.end
            guard view.isPunct(i, ",") else { continue }
            i += 1
            var first = true
            while let role = context.role(at: i) {
                var org: Int? = nil
                var end = role.end
                if let link = context.roleOrganization(after: role.end) {
                    org = link.entity
                    end = link.end
                } else if context.unresolvedAttribute(after: role.end) {
                    break  // `Präsident des Städtenetzwerks Loire`: the post's organisation is unknown
                } else if role.organizationPrefix != nil {
                    org = context.prefixOrganization(role, &output)
                }
                output.add(.holdsRole, person.entity, .post(role: role.label, organization: org))
                first = false
                // `… und Repräsentant der Stadt Foshan`
                if view.isAny(end, ["und", "sowie"]) { i = end + 1; continue }
                break
            }
            _ = first
        }
    }
}
