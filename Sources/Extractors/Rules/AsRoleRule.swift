import GraphCore

/// `Als ROLE der ORG betonte NAME …` and `NAME sprach als ROLE der ORG` – a person acting in a role, named with `als`.
///
/// Example: „Als Vorstandsvorsitzender der Stadtwerke Halle betonte Marco Kuhn die Bedeutung der Partnerschaft.“ →
/// holdsRole(Marco Kuhn | Vorstandsvorsitzender | Stadtwerke Halle). The role must name its organisation or place right
/// after it. With `als` opening the sentence, the person is the subject right after the finite verb; otherwise the person
/// opens the sentence and no other person stands between them and `als` (`A begrüßte B als Präsidenten …` is B's role).
/// Prior 0.8.
struct AsRoleRule: ExtractionRule {
    var name: String { "as-role" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let als = context.find(["als"]), let role = context.role(at: als + 1),
              let link = context.roleOrganization(after: role.end) else { return }
        let person: MentionSpan?
        if als == 0 {
            // `Als ROLE der ORG VERB NAME`: one finite verb (a lower-case word), then the person.
            var k = link.end
            if view.isPunct(k, ",") { k += 1 }
            guard view.isWord(k), !view.isCap(k) else { return }
            person = context.mention(startingAt: k + 1)
        } else {
            // `NAME VERB als ROLE der ORG`: the person opens the sentence, and is the only person before `als`.
            let before = context.mentions.filter { $0.kind == .person && $0.end <= als }
            guard before.count == 1, let only = before.first, only.start == 0 || (only.start == 1 && view.isWord(0) && view.has(0, WordBit.title)),
                  !view.isPunct(als - 1, ",") else { return }
            person = only
        }
        guard let person, person.kind == .person else { return }
        output.add(.holdsRole, person.entity, .post(role: role.label, organization: link.entity))
    }
}
