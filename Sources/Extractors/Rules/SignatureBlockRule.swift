import GraphCore

/// Signature blocks: a line of names followed by a line of roles in the same order.
///
/// Example: „Jan Kowalczyk            Karin Busch“ / „Präsident                 Geschäftsführerin“
/// → holdsRole(Jan Kowalczyk | Präsident), holdsRole(Karin Busch | Geschäftsführerin). Prior 0.8.
struct SignatureBlockRule: ExtractionRule {
    let name = "signature-block"
    let confidence = 0.8
    let needsFactualSentence = false

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let document = context.document
        let s = context.index
        guard document.isLine[s], s + 1 < document.views.count, document.isLine[s + 1] else { return }
        // The name line holds only person mentions.
        let persons = context.mentions.filter { $0.kind == .person }
        guard !persons.isEmpty else { return }
        var covered = 0
        for m in context.mentions { covered += m.length }
        guard covered == context.view.count, persons.count == context.mentions.count else { return }
        // The next line holds only role phrases.
        let next = SentenceContext(index: s + 1, view: document.views[s + 1], mentions: document.spans[s + 1], dates: [],
                                   document: document)
        var roles: [RolePhrase] = []
        var i = 0
        while i < next.view.count {
            guard let role = next.role(at: i) else { return }
            roles.append(role)
            i = role.end
            if next.view.isPunct(i, ",") { i += 1 }
        }
        guard roles.count == persons.count else { return }
        for (person, role) in zip(persons, roles) {
            output.add(.holdsRole, person.entity, .post(role: role.label, organization: nil), line: s + 1)
        }
    }
}
