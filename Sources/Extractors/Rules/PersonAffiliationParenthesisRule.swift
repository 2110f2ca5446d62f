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
        // Indices, not a loop over the spans: most mentions are passed over without copying them.
        for m in context.mentions.indices where context.mentions[m].kind == .person && view.isPunct(context.mentions[m].end, "(") {
            let person = context.mentions[m]
            guard let org = context.mention(startingAt: person.end + 1), org.kind == .organization
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
