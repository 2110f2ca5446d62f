import GraphCore

/// `ORG zählt A (und B) zu seinen/ihren Mitgliedern` – an organisation, the subject, counts the named members among its
/// members. The subject opens the sentence: an organisation's name or a definite noun that refers back to an association
/// (`Das Netzwerk`, `Der Verband`; ``AssociationReferenceMembershipRule/reference(_:noun:)``).
///
/// Example: „Der Verband Batterie Nord zählt seit Mai auch die Hochschule Flensburg zu seinen Mitgliedern.“ →
/// memberOf(Hochschule Flensburg | Verband Batterie Nord). Prior 0.8.
struct CountsAmongMembersRule: ExtractionRule {
    var name: String { "counts-among-members" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Verbs of counting among (lower-cased), looked for in every sentence.
    static let countVerbs: WordList = ["zählt", "zählte", "zählen", "zählten", "rechnet", "rechnete"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard context.hasMembershipWord(), let verb = context.find(Self.countVerbs), verb <= 8,
              let zu = context.find(["zu"], from: verb + 2), view.isAny(zu + 1, ["seinen", "ihren", "den"]),
              context.isMembershipWord(zu + 2), view.lower(zu + 2) != "mitglied" else { return }
        // The subject before the verb.
        guard let group = context.associationSubject(before: verb) else { return }
        for m in context.memberMentions(from: verb + 1, to: zu, excluding: group) { output.add(.memberOf, m.entity, group) }
    }
}
