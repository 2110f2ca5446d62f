import GraphCore

/// `NAME wurde zum/zur ROLE der ORG gewählt/ernannt/berufen/bestellt`, `NAME wurde als ROLE der ORG bestätigt` – a role
/// taken up (or kept) by election or appointment.
///
/// Example: „Auf der Mitgliederversammlung wurde Dr. Eva Lang zur Vorsitzenden des Vereins Brücke Kyoto gewählt.“ →
/// holdsRole(Eva Lang | Vorsitzende | …); „Jan Ott ist zum Präsidenten der Handwerkskammer Halle ernannt worden.“ →
/// holdsRole(Jan Ott | Präsident | Handwerkskammer Halle). The organisation must be a recognised mention; a plan
/// (`soll … gewählt werden`) states nothing. Prior 0.8.
struct ElectionRoleRule: ExtractionRule {
    var name: String { "election-role" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Participles of election and appointment.
    static let participles: WordList = ["gewählt", "ernannt", "berufen", "bestellt", "wiedergewählt", "bestätigt"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
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
}
