import GraphCore

/// `NAME (PARTEI)` – a party in parentheses after a person's name, also beside the age or home town (`NAME (CDU, 58)`,
/// `NAME (52, SPD)`, `NAME (Grüne, Emden)`).
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
            var found: String? = nil
            var surface = ""
            // The items between the commas of the parenthesis, each compared with the parties.
            while j < view.count && j < person.end + 9 {
                if view.isPunct(j, ")") || view.isPunct(j, ",") {
                    if found == nil, !name.isEmpty, let party = context.document.lexicon.parties[name] {
                        found = party
                        surface = name
                    }
                    if view.isPunct(j, ")") { break }
                    name = ""
                    j += 1
                    continue
                }
                name += (name.isEmpty || !view.tokens[j].spaceBefore ? "" : " ") + view.text(j)
                j += 1
            }
            guard view.isPunct(j, ")"), let party = found else { continue }
            let org = output.entity(kind: .organization, label: party, quality: .full)
            if party != surface, !output.document.entities.entities[org].aliases.contains(surface) {
                output.document.entities.entities[org].aliases.append(surface)
            }
            output.add(.memberOf, person.entity, org)
        }
    }
}
