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
        guard view.isAny(k, ["zu"]), view.isAny(k + 1, ["den"]) else { return }
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
}
