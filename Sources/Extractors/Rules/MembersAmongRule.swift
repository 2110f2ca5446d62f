import GraphCore

/// `Zu den Mitgliedern der ORG zählen/gehören A, B und C` – the named members among the members of an organisation.
///
/// Example: „Zu den Mitgliedsstädten des Städtebunds Elbe zählen Dessau, Magdeburg und Wittenberge.“ →
/// memberOf(Dessau | Städtebund Elbe), … The organisation must follow the membership noun, and the list must follow
/// the verb of counting directly (after `unter anderem`/`auch`). Prior 0.8.
struct MembersAmongRule: ExtractionRule {
    var name: String { "members-among" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Verbs of counting among (lower-cased).
    static let countVerbs = ["zählen", "zählten", "zählt", "zählte", "gehören", "gehörten", "gehört", "gehörte"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        // `Zu den` opens the sentence (or follows a fronted `Auch`), the membership noun right after it.
        var k = 0
        if view.isAny(k, ["auch"]) { k += 1 }
        guard view.isAny(k, ["zu"]), view.isAny(k + 1, ["den"]) else {
            subjectAmongMembers(context, &output)
            return
        }
        var w = k + 2
        // `Zu den neuen Mitgliedern`, `Zu den 40 Mitgliedsstädten`.
        while w < min(k + 4, view.count), !context.isMembershipWord(w),
              (view.isWord(w) && !view.isCap(w)) || view.tokens[w].kind == .number {
            w += 1
        }
        guard context.isMembershipWord(w), let group = context.groupAfterMembershipWord(w), view.isAny(group.end, Self.countVerbs)
        else { return }
        var start = group.end + 1
        if view.isAny(start, ["unter"]), view.isAny(start + 1, ["anderem", "anderen"]) { start += 2 }
        if view.isAny(start, ["auch", "etwa", "beispielsweise"]) { start += 1 }
        if view.isAny(start, ["die", "der", "das"]) { start += 1 }
        let (members, _) = context.coordinatedMentions(from: start, kinds: [.city, .administrativeArea, .organization])
        for m in members where m.entity != group.entity { output.add(.memberOf, m.entity, group.entity) }
    }

    /// `A (und B) gehört/gehören zu den (Gründungs-)Mitgliedern der ORG`, `Seit 2020 zählt auch die Stadt A zu den Mitgliedern
    /// des Netzwerks`: the subject among the members of an organisation named after the noun or by a definite noun that refers
    /// back to it (``AssociationReferenceMembershipRule/reference(_:noun:)``).
    ///
    /// Example: „Salzgitter und Wolfsburg gehören zu den Gründungsmitgliedern des Netzwerks.“ after the network's name →
    /// memberOf(Salzgitter | …), memberOf(Wolfsburg | …).
    private func subjectAmongMembers(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard context.hasMembershipWord(), let verb = context.find(Self.countVerbList),
              let zu = context.find(["zu"], from: verb + 1, before: min(view.count, verb + 14)), view.isAny(zu + 1, ["den"]) else { return }
        var w = zu + 2
        while w < min(zu + 4, view.count), !context.isMembershipWord(w), view.isWord(w), !view.isCap(w) { w += 1 }
        guard context.isMembershipWord(w), view.lower(w) != "mitglied" else { return }
        let group: Int
        if let named = context.groupAfterMembershipWord(w) {
            group = named.entity
        } else if view.isAny(w + 1, ["des", "der"]), AssociationReferenceMembershipRule.referenceNouns[view.lower(w + 2)] != nil,
                  AssociationReferenceMembershipRule.endsPhrase(view, w + 2),
                  let referred = AssociationReferenceMembershipRule().reference(context, noun: w + 2) {
            group = referred
        } else {
            return
        }
        let kinds: Set<EntityKind> = [.city, .administrativeArea, .organization]
        var members: [MentionSpan] = []
        if verb + 1 == zu {
            // Subject first: `A und B gehören zu den …`.
            var start = 0
            if view.isAny(start, ["auch"]) { start += 1 }
            start = context.itemStart(after: start, kinds: kinds)
            let (items, end) = context.coordinatedMentions(from: start, kinds: kinds)
            guard end == verb else { return }
            members = items
        } else {
            // Verb second: `Seit 2020 gehört auch die Stadt A zu den …`.
            var start = verb + 1
            if view.isAny(start, ["auch", "nun", "inzwischen", "jetzt", "ebenfalls"]) { start += 1 }
            start = context.itemStart(after: start, kinds: kinds)
            let (items, end) = context.coordinatedMentions(from: start, kinds: kinds)
            guard end == zu else { return }
            members = items
        }
        for m in members where m.entity != group { output.add(.memberOf, m.entity, group) }
    }

    /// ``countVerbs`` as a list looked for in every sentence.
    static let countVerbList = WordList(countVerbs)
}
