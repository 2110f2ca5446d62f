import GraphCore

/// `NAME wurde zum/zur ROLE der ORG gewählt/ernannt/berufen/bestellt`, `NAME wurde als ROLE der ORG bestätigt` – a role
/// taken up (or kept) by election or appointment.
///
/// Example: „Auf der Mitgliederversammlung wurde Dr. Eva Lang zur Vorsitzenden des Vereins Brücke Kyoto gewählt.“ →
/// holdsRole(Eva Lang | Vorsitzende | …); „Jan Ott ist zum Präsidenten der Handwerkskammer Halle ernannt worden.“ →
/// holdsRole(Jan Ott | Präsident | Handwerkskammer Halle); active: „Die Vollversammlung der IHK Trier hat Eva Lang zur
/// Präsidentin gewählt.“ → holdsRole(Eva Lang | Präsidentin | IHK Trier). The organisation must be a recognised mention; a plan
/// (`soll … gewählt werden`) states nothing. Prior 0.8.
struct ElectionRoleRule: ExtractionRule {
    var name: String { "election-role" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Participles of election and appointment.
    static let participles: WordList = ["gewählt", "ernannt", "berufen", "bestellt", "wiedergewählt", "bestätigt"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        guard let participle = context.find(Self.participles) else { return }
        if !passive(context, participle: participle, &output) { active(context, participle: participle, &output) }
    }

    /// Active voice: `Die Vollversammlung der IHK Chemnitz hat NAME zur Präsidentin gewählt` – the post is in the one
    /// organisation named before the person (the electing body's), or in the one the role's own attribute names.
    private func active(_ context: SentenceContext, participle: Int, _ output: inout RuleOutput) {
        guard let to = context.find(["zum", "zur"], before: participle), let role = context.role(at: to + 1),
              let person = context.mention(endingAt: to), person.kind == .person,
              let aux = context.find(["hat", "haben"], before: person.start) else { return }
        var organization: Int? = nil
        if role.end == participle {
            let named = context.namedOrganizations(context.mentions.filter { $0.end <= aux })
            guard named.count == 1 else { return }
            organization = named.first
        } else if let link = context.roleOrganization(after: role.end), link.end == participle {
            organization = link.entity
        }
        guard let organization else { return }
        output.add(.holdsRole, person.entity, .post(role: role.label, organization: organization))
    }

    /// Passive voice (`NAME wurde zum ROLE der ORG gewählt`); true when it found the post.
    private func passive(_ context: SentenceContext, participle: Int, _ output: inout RuleOutput) -> Bool {
        guard let aux = context.find(["wurde", "wurden", "ist", "sind"], before: participle),
              let to = context.find(["zum", "zur", "als"], from: aux + 1, before: participle) else { return false }
        guard let role = context.role(at: to + 1), let link = context.roleOrganization(after: role.end), link.end == participle
        else { return false }
        // The person: between the auxiliary and `zum` (`wurde Eva Lang zur …`) or before the auxiliary (`Eva Lang wurde …`).
        let person = context.mentions.first { $0.kind == .person && $0.start > aux && $0.end <= to }
            ?? context.mentions.last { $0.kind == .person && $0.end <= aux }
        guard let person else { return false }
        output.add(.holdsRole, person.entity, .post(role: role.label, organization: link.entity))
        return true
    }
}
