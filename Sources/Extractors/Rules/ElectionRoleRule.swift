import GraphCore

/// `NAME wurde zum/zur ROLE der ORG gewählt/ernannt/berufen/bestellt`, `NAME wurde als ROLE der ORG bestätigt` – a role
/// taken up (or kept) by election or appointment.
///
/// Example: „Auf der Mitgliederversammlung wurde Dr. Eva Lang zur Vorsitzenden des Vereins Brücke Kyoto gewählt.“ →
/// holdsRole(Eva Lang | Vorsitzende | …); „Jan Ott ist zum Präsidenten der Handwerkskammer Halle ernannt worden.“ →
/// holdsRole(Jan Ott | Präsident | Handwerkskammer Halle). The organisation must be a recognised mention; a plan
/// (`soll … gewählt werden`) states nothing. The active voice names the person after the verb: „Bei der Jahresversammlung
/// wählten die Mitglieder des Vereins Brücke Kyoto Eva Lang zur Vorsitzenden.“; without an organisation after the role, the one
/// organisation named before the verb is meant („Der Verein Brücke Kyoto hat eine neue Spitze: Die Mitglieder wählten Eva Lang
/// zur Vorsitzenden.“). Prior 0.8.
struct ElectionRoleRule: ExtractionRule {
    var name: String { "election-role" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Participles of election and appointment.
    static let participles: WordList = ["gewählt", "ernannt", "berufen", "bestellt", "wiedergewählt", "bestätigt"]

    /// Finite verbs of an active election or appointment (lower case): `wählten die Mitglieder NAME zur Vorsitzenden`.
    static let activeVerbs: WordList = ["wählten", "wählte", "ernannte", "ernannten", "beriefen", "berief", "bestellte",
                                        "bestellten"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        if let verb = context.find(Self.activeVerbs) {
            activeElection(context, verb: verb, &output)
            return
        }
        // `…, der den Verein zwölf Jahre führte und zum Ehrenvorsitzenden ernannt wurde`: the verb at the end of a relative clause.
        if let participle = context.find(Self.participles), context.view.isAny(participle + 1, ["wurde", "wurden"]),
           relativeElection(context, participle: participle, &output) {
            return
        }
        guard let participle = context.find(Self.participles),
              let aux = context.find(["wurde", "wurden", "ist", "sind"], before: participle),
              let to = context.find(["zum", "zur", "als"], from: aux + 1, before: participle) else { return }
        guard let role = context.role(at: to + 1), let link = context.roleOrganization(after: role.end), link.end == participle
        else { return }
        // The person: between the auxiliary and `zum` (`wurde Eva Lang zur …`) or before the auxiliary (`Eva Lang wurde …`).
        let person = context.mentions.first { $0.kind == .person && $0.start > aux && $0.end <= to }
            ?? context.mentions.last { $0.kind == .person && $0.end <= aux }
        guard let person else { return }
        output.add(.holdsRole, person.entity, .post(role: role.label, organization: link.entity))
    }

    /// `NAME (ab), der … zum/zur ROLE (der ORG) ernannt wurde`: the person before the relative pronoun; the organisation after
    /// the role, else the one whose board the text has just elected. True when a post was recorded.
    private func relativeElection(_ context: SentenceContext, participle: Int, _ output: inout RuleOutput) -> Bool {
        let view = context.view
        guard let to = context.find(["zum", "zur"], from: max(0, participle - 8), before: participle),
              let role = context.role(at: to + 1),
              let comma = (0..<to).last(where: { view.isPunct($0, ",") }), view.isAny(comma + 1, ["der", "die"]) else { return false }
        // The antecedent: the name right before the comma, or before a separable particle (`löst NAME ab, der …`).
        let end = view.isWord(comma - 1) && !view.isCap(comma - 1) ? comma - 1 : comma
        guard let person = context.mention(endingAt: end), person.kind == .person else { return false }
        var organization: Int? = nil
        if let link = context.roleOrganization(after: role.end), link.end == participle {
            organization = link.entity
        } else if role.end == participle {
            organization = context.boardOrganization(reach: 2, strict: true)
        }
        guard let organization else { return false }
        output.add(.holdsRole, person.entity, .post(role: role.label, organization: organization))
        return true
    }

    /// `(Die Mitglieder) wählten NAME (einstimmig) zum/zur ROLE (der ORG)`: the person between the verb and `zum`/`zur`; the
    /// organisation after the role, else the one organisation named before the verb in the same sentence.
    private func activeElection(_ context: SentenceContext, verb: Int, _ output: inout RuleOutput) {
        let view = context.view
        guard let to = context.find(["zum", "zur"], from: verb + 1, before: min(view.count, verb + 12)),
              let person = context.mentions.first(where: { $0.kind == .person && $0.start > verb && $0.end <= to }),
              let role = context.role(at: to + 1) else { return }
        var organization: Int? = nil
        if let link = context.roleOrganization(after: role.end) {
            organization = link.entity
        } else if role.end >= view.count || view.isPunct(role.end, ".") || view.isPunct(role.end, ",") || view.isAny(role.end, ["und"]) {
            // `Der Verein X hat eine neue Spitze: … wählten die Mitglieder NAME zur Vorsitzenden.`
            let before = Set(context.mentions.filter { $0.kind == .organization && $0.end <= verb }.map { $0.entity })
            if before.count == 1 { organization = before.first }
        }
        guard let organization else { return }
        output.add(.holdsRole, person.entity, .post(role: role.label, organization: organization))
    }
}
