import GraphCore

/// Signature blocks: names on lines of their own followed by as many role lines in the same order
/// (two columns of a letter's signature come out as two name lines, then two role lines).
///
/// Example: „Jan Kowalczyk“ / „Karin Busch“ / „Präsident“ / „Geschäftsführerin“ → holdsRole(Jan Kowalczyk |
/// Präsident), holdsRole(Karin Busch | Geschäftsführerin). Prior 0.8.
struct SignatureBlockRule: ExtractionRule {
    var name: String { "signature-block" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { false }

    /// The person of a line that holds exactly one person mention and nothing else.
    private func personLine(_ document: DocumentContext, _ s: Int) -> MentionSpan? {
        guard s >= 0, s < document.views.count, document.isLine[s], document.spans[s].count == 1,
              let only = document.spans[s].first, only.kind == .person, only.start == 0, only.end == document.views[s].count
        else { return nil }
        return only
    }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let document = context.document
        let s = context.index
        guard personLine(document, s) != nil, personLine(document, s - 1) == nil else { return }
        var persons: [MentionSpan] = []
        var k = s
        while let p = personLine(document, k) { persons.append(p); k += 1 }
        var roles: [(RolePhrase, Int)] = []
        while roles.count < persons.count, k < document.views.count, document.isLine[k] {
            let line = SentenceContext(index: k, view: document.views[k], mentions: document.spans[k], dates: [], document: document)
            guard let role = line.role(at: 0), role.end == line.view.count else { break }
            roles.append((role, k))
            k += 1
        }
        guard roles.count == persons.count else { return }
        for (person, (role, line)) in zip(persons, roles) {
            output.add(.holdsRole, person.entity, .post(role: role.label, organization: nil), line: line)
        }
    }
}
