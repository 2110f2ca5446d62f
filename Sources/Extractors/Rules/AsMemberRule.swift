import GraphCore

/// A fronted `Als Mitglied …` phrase: `Als Mitglied des Netzwerks X beteiligt sich A an …`, `Als Mitgliedsunternehmen der
/// Initiative X stellt A aus`, `Als langjähriges Mitglied im Verband X kennt die Stadt A …`. The subject right after the
/// finite verb that follows the group is the member (a name or a description such as `das Unternehmen`); persons are
/// left to the role rules.
///
/// Example: „Als Mitglied des Clusters Smart Logistik präsentiert die Hafen Emden GmbH ihre Projekte.“ → memberOf(Hafen
/// Emden GmbH | Cluster Smart Logistik). Prior 0.75.
struct AsMemberRule: ExtractionRule {
    var name: String { "as-member" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { true }

    /// The opening word (lower case), looked for at the sentence start.
    static let opener: WordList = ["als"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard context.find(Self.opener, before: 1) != nil else { return }
        // `Als (neues|langjähriges) Mitglied…`
        var w = 1
        if view.isWord(w), !view.isCap(w), !context.isMembershipWord(w) { w += 1 }
        guard context.isMembershipWord(w), !view.lower(w).hasPrefix("mitgliedschaft") else { return }
        var g = w + 1
        if view.isAny(g, ["des", "der", "im", "beim"]) { g += 1 } else if view.isAny(g, ["in", "bei"]), view.isAny(g + 1, ["der", "dem"]) {
            g += 2
        } else {
            return
        }
        let groupEntity: Int
        let groupEnd: Int
        if let m = context.mention(startingAt: g), m.kind == .organization {
            groupEntity = m.entity
            groupEnd = view.isPunct(m.end, "“") ? m.end + 1 : m.end
        } else if let described = context.describedEntity(at: g - 1), context.document.kind(described.entity) == .organization {
            groupEntity = described.entity
            groupEnd = described.end
        } else {
            return
        }
        // The finite verb after the group, then the subject (adverbs skipped).
        let verb = view.isPunct(groupEnd, ",") ? groupEnd + 1 : groupEnd
        guard view.isWord(verb), !view.isCap(verb) || view.isAny(verb, ["ist", "sind"]) else { return }
        var k = verb + 1
        if view.isAny(k, ["sich"]) { k += 1 }
        let kinds = AdmittedMembersRule.memberKinds
        let start = context.itemStart(after: k, kinds: kinds)
        if let subject = context.mention(startingAt: start), kinds.contains(subject.kind) {
            if subject.entity != groupEntity { output.add(.memberOf, subject.entity, groupEntity) }
            return
        }
        if let described = context.describedEntity(at: k), context.document.kind(described.entity) != .person,
           described.entity != groupEntity {
            output.add(.memberOf, described.entity, groupEntity)
        }
    }
}
