import GraphCore

/// `ORG zählt/hat/umfasst 25 Mitglieder, darunter A, B und C` – the named members of an organisation's counted members.
///
/// Example: „Der Städtebund Elbe hat 30 Mitgliedsstädte, darunter Dessau und Magdeburg.“ → memberOf(Dessau | Städtebund
/// Elbe), memberOf(Magdeburg | Städtebund Elbe). The organisation is the subject before the verb, a number and a
/// membership noun follow it, and the members come after `, darunter`. Prior 0.8.
struct CountedMembersRule: ExtractionRule {
    var name: String { "counted-members" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Verbs of having members (lower-cased), looked for in every sentence.
    static let haveVerbs: WordList = ["zählt", "hat", "umfasst", "zählte", "hatte", "umfasste"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let verb = context.find(Self.haveVerbs), verb <= 6 else { return }
        // The organisation is the subject: the sentence opens with it (after an article).
        var s = 0
        if view.isAny(s, ["der", "die", "das"]) { s += 1 }
        guard let group = context.mention(startingAt: s), group.kind == .organization, group.end == verb else { return }
        // `25 Mitglieder`, `rund 30 Mitgliedsstädte`, `inzwischen über 40 Mitgliedskommunen`.
        var k = verb + 1
        while k < verb + 4, view.isWord(k), !view.isCap(k) { k += 1 }
        guard k < view.count, view.tokens[k].kind == .number, context.isMembershipWord(k + 1), view.isPunct(k + 2, ","),
              view.isAny(k + 3, ["darunter"]) else { return }
        var start = k + 4
        if view.isAny(start, ["auch", "etwa"]) { start += 1 }
        if view.isAny(start, ["die", "der", "das"]) { start += 1 }
        let (members, _) = context.coordinatedMentions(from: start, kinds: [.city, .administrativeArea, .organization])
        for m in members where m.entity != group.entity { output.add(.memberOf, m.entity, group.entity) }
    }
}
