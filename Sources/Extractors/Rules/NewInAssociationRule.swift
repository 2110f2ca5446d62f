import GraphCore

/// `Neu im Verein ist die X GmbH`, `Neu im Netzwerk Y sind A und B`, `Neues Mitglied im Verband ist die Stadt A`: a fronted
/// `neu` (or `neues Mitglied`) with the association after `im`/`in der`/`beim` — by name or by a definite noun that refers
/// back to it (``AssociationReferenceMembershipRule/reference(_:noun:)``) — and the new members after the copula.
///
/// Example: „Neu im Netzwerk Ostseehäfen sind die Städte Wismar und Stralsund.“ → memberOf(Wismar | Netzwerk Ostseehäfen),
/// memberOf(Stralsund | Netzwerk Ostseehäfen). A heading without a copula (`Neu im Verein`) names no member. Prior 0.8.
struct NewInAssociationRule: ExtractionRule {
    var name: String { "new-in-association" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// The fronted adjective (lower-cased), looked for at the sentence start.
    static let newWords: WordList = ["neu", "neues", "neue", "ganz"]
    /// The kinds of members.
    static let kinds: Set<EntityKind> = [.city, .administrativeArea, .organization]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        // One filtered test of the first token before anything else.
        guard context.find(Self.newWords, before: 1) != nil else { return }
        var k = 1
        if view.isAny(0, ["ganz"]) { guard view.isAny(1, ["neu"]) else { return }; k = 2 }
        if view.isAny(k, ["dabei", "hinzugekommen"]) { k += 1 }
        // `Neues Mitglied im …`, `Neue Mitglieder im …`.
        if view.isAny(0, ["neues", "neue"]) {
            guard context.isMembershipWord(k) else { return }
            k += 1
        }
        let group: Int
        var copula: Int
        // `Neu dabei sind A und B` after a sentence on the association's new members: the association named nearest before.
        if view.isAny(k - 1, ["dabei", "hinzugekommen"]), view.isAny(k, ["sind", "ist"]), context.index > 0,
           let near = context.nearestAssociation() {
            group = near
            copula = k
            copula += 1
            while view.isAny(copula, ["unter", "anderem", "u.a.", "etwa", "auch"]) { copula += 1 }
            let start = context.itemStart(after: copula, kinds: Self.kinds)
            let (members, _) = context.coordinatedMentions(from: start, kinds: Self.kinds)
            for m in members where m.entity != group { output.add(.memberOf, m.entity, group) }
            return
        }
        guard view.isAny(k, ["im", "in", "beim", "bei"]) else { return }
        k += 1
        if view.isAny(k, ["der", "dem", "den"]) { k += 1 }
        if let named = context.mention(startingAt: k), named.kind == .organization {
            group = named.entity
            copula = named.end
        } else if AssociationReferenceMembershipRule.referenceNouns[view.lower(k)] != nil,
                  let referred = AssociationReferenceMembershipRule().reference(context, noun: k) {
            group = referred
            copula = k + 1
        } else {
            return
        }
        guard view.isAny(copula, ["ist", "sind", "war", "waren"]) else { return }
        copula += 1
        while view.isAny(copula, ["seit", "ab"]) || view.isAny(copula, ["auch", "nun", "jetzt", "außerdem", "zudem", "ebenfalls"])
            || view.tokens.indices.contains(copula) && view.tokens[copula].kind == .number && view.isAny(copula - 1, ["seit", "ab"]) {
            copula += 1
        }
        let start = context.itemStart(after: copula, kinds: Self.kinds)
        let (members, _) = context.coordinatedMentions(from: start, kinds: Self.kinds)
        for m in members where m.entity != group { output.add(.memberOf, m.entity, group) }
    }
}
