import GraphCore

/// `Das Bündnis umfasst (damit) die Städte A, B und C sowie den Landkreis D` – an association, the subject, comprises the
/// named towns, districts and organisations. The subject opens the sentence: an organisation named like an association
/// (``AdmittedMembersRule/isAssociation(_:)``) or a definite noun that refers back to one (`Das Netzwerk`, `Der Verbund`).
///
/// Example: „Der Städteverbund Mittelrhein umfasst die Städte Koblenz, Boppard und Bingen.“ → memberOf(Koblenz | Städteverbund
/// Mittelrhein), … A region or a programme that comprises places (`Die Region umfasst …`) is no association. Prior 0.8.
struct AssociationComprisesRule: ExtractionRule {
    var name: String { "association-comprises" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// The verb of comprising (lower-cased), looked for in every sentence.
    static let comprises: WordList = ["umfasst", "umfasste", "umfassen", "umfassten", "vereint", "vereinte"]
    /// Adverbs between the verb and the members (lower case).
    static let adverbs = ["damit", "nun", "inzwischen", "mittlerweile", "derzeit", "aktuell", "heute", "jetzt", "bereits", "schon"]
    /// The kinds of members.
    static let kinds: Set<EntityKind> = [.city, .administrativeArea, .organization]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let verb = context.find(Self.comprises), verb <= 8 else { return }
        guard let group = context.associationSubject(before: verb, namedAsAssociation: true) else { return }
        var start = verb + 1
        while start < view.count, view.isAny(start, Self.adverbs) { start += 1 }
        start = context.itemStart(after: start, kinds: Self.kinds)
        let (members, _) = context.coordinatedMentions(from: start, kinds: Self.kinds)
        for m in members where m.entity != group { output.add(.memberOf, m.entity, group) }
    }
}
