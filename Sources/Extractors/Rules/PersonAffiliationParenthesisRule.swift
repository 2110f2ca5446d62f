import GraphCore

/// `NAME (ORG)` – an organisation in parentheses right after a person's name: the person's affiliation in a list of
/// speakers or a panel.
///
/// Example: „Es diskutierten Prof. Dr. Helga Brandt (Universität Stuttgart) und …“ → memberOf(Helga Brandt |
/// Universität Stuttgart). The parentheses hold nothing but the organisation (and at most its place after a comma);
/// parties are ``PartyAffiliationRule``'s. Prior 0.7: a named body is the person's, but the post in it is not stated.
struct PersonAffiliationParenthesisRule: ExtractionRule {
    var name: String { "person-affiliation-parenthesis" }
    var confidence: Double { 0.7 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for person in context.mentions where person.kind == .person {
            guard view.isPunct(person.end, "("), let org = context.mention(startingAt: person.end + 1), org.kind == .organization
            else { continue }
            var close = org.end
            // `(Tongji-Universität, Shanghai)`: the organisation's place after a comma.
            if view.isPunct(close, ","), let place = context.mention(startingAt: close + 1), place.kind.isPlace { close = place.end }
            guard view.isPunct(close, ")") else { continue }
            if context.document.lexicon.parties[org.label] != nil { continue }
            output.add(.memberOf, person.entity, org.entity)
        }
    }
}
