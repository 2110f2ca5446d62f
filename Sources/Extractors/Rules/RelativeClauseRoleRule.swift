import GraphCore

/// `NAME, der/die [zuvor] ROLE [der ORG / in PLACE] war/ist, …` – a role stated in a relative clause after a person.
///
/// Example: „Jan Ott, der zuvor Generalkonsul in Chengdu war, leitet nun das Referat.“ → holdsRole(Jan Ott |
/// Generalkonsul | Chengdu). The clause must close with its copula, so that `…, die Präsidentin werden will` states
/// nothing. Prior 0.8.
struct RelativeClauseRoleRule: ExtractionRule {
    var name: String { "relative-clause-role" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { false }

    /// Words that may stand between the relative pronoun and the role (lower-cased): `zuvor`, `seit 2019`, `bis 2020`.
    static let fillers: Set<String> = ["zuvor", "früher", "vorher", "bisher", "lange", "damals", "heute", "inzwischen", "seit",
                                       "bis", "von", "jahre", "jahren", "jahrelang", "auch", "ebenfalls", "selbst", "einst",
                                       "ehemals", "mehrere", "viele", "zehn", "acht"]
    /// The copulas that close the clause (lower-cased).
    static let copulas = ["ist", "war", "bleibt", "wurde"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for person in context.mentions where person.kind == .person {
            guard view.isPunct(person.end, ","), view.isAny(person.end + 1, ["der", "die"]) else { continue }
            var i = person.end + 2
            var steps = 0
            while steps < 4, i < view.count, view.isAny(i, Self.fillers) || view.tokens[i].kind == .number {
                i += 1
                steps += 1
            }
            guard let role = context.role(at: i) else { continue }
            var org: Int? = nil
            var end = role.end
            if let link = context.roleOrganization(after: role.end) {
                org = link.entity
                end = link.end
            }
            // `seit 2019` after the role: `…, die Präsidentin der Kammer seit 2019 ist`.
            while end < view.count, view.isAny(end, Self.fillers) || view.tokens[end].kind == .number { end += 1 }
            guard view.isAny(end, Self.copulas), end + 1 >= view.count || view.isPunct(end + 1, ",") || view.isPunct(end + 1, ".")
            else { continue }
            output.add(.holdsRole, person.entity, .post(role: role.label, organization: org))
        }
    }
}
