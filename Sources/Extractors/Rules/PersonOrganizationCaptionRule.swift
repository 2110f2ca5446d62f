import GraphCore

/// `NAME, ORG` – a person followed by an organisation without a role, as in photo captions and lists.
///
/// Example: „Links: Dr. Ewa Lis, Generalkonsulat der Republik Polen, und …“ → memberOf(Ewa Lis | Generalkonsulat der
/// Republik Polen). Prior 0.6: captions are terse and the organisation might be a place of visit.
struct PersonOrganizationCaptionRule: ExtractionRule {
    var name: String { "person-organization-caption" }
    var confidence: Double { 0.6 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for person in context.mentions where person.kind == .person {
            guard view.isPunct(person.end, ","), let org = context.mention(startingAt: person.end + 1), org.kind == .organization
            else { continue }
            let after = org.end
            let closes = after >= view.count || view.isPunct(after, ",") || view.isPunct(after, ".") || view.isAny(after, ["und"])
                || view.isPunct(after, ";")
            guard closes else { continue }
            // The next item must be another name or the end: a caption list.
            if view.isPunct(after, ",") || view.isAny(after, ["und"]) {
                let next = context.mention(startingAt: after + 1) ?? context.mention(startingAt: after + 2)
                if let next, next.kind != .person { continue }
            }
            output.add(.memberOf, person.entity, org.entity)
        }
    }
}
