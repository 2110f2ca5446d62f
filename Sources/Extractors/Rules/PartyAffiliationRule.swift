import GraphCore

/// `NAME (PARTEI)` – a party in parentheses after a person's name.
///
/// Example: „Landrätin Petra Weiß (CDU) unterzeichnete …“ → memberOf(Petra Weiß | Christlich Demokratische Union
/// Deutschlands). Prior 0.9: parties are a closed list (`parties.tsv`).
struct PartyAffiliationRule: ExtractionRule {
    var name: String { "party-affiliation" }
    var confidence: Double { 0.9 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for person in context.mentions where person.kind == .person {
            guard view.isPunct(person.end, "(") else { continue }
            var j = person.end + 1
            var name = ""
            while j < view.count && !view.isPunct(j, ")") && j < person.end + 5 {
                name += (name.isEmpty || !view.tokens[j].spaceBefore ? "" : " ") + view.text(j)
                j += 1
            }
            guard view.isPunct(j, ")"), let party = context.document.lexicon.parties[name] else { continue }
            let org = output.entity(kind: .organization, label: party, quality: .full)
            if party != name, !output.document.entities.entities[org].aliases.contains(name) {
                output.document.entities.entities[org].aliases.append(name)
            }
            output.add(.memberOf, person.entity, org)
        }
    }
}
