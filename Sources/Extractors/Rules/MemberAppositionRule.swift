import GraphCore

/// `Die Stadt Herne, seit 2018 Mitglied des Netzwerks X, …` and `Als Mitglied des Netzwerks X engagiert sich die Stadt
/// Herne …` – a membership stated in an apposition or a fronted `als`-phrase.
///
/// Example: „Als Gründungsmitglied der Allianz Ruhr lädt die Stadt Hamm zum Treffen.“ → memberOf(Hamm | Allianz Ruhr).
/// The apposition follows the member after a comma (with at most `seit YEAR` or `langjähriges` before the noun) and the
/// organisation follows the membership noun; the `als`-phrase opens the sentence and the member follows its verb. Prior 0.8.
struct MemberAppositionRule: ExtractionRule {
    var name: String { "member-apposition" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// The singular membership nouns (lower-cased).
    static let memberNouns: WordList = ["mitglied", "gründungsmitglied", "vollmitglied"]
    /// The kinds of members.
    static let kinds: Set<EntityKind> = [.city, .administrativeArea, .organization]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let first = context.find(Self.memberNouns) else { return }
        var w = first
        while w < view.count {
            defer { w = context.find(Self.memberNouns, from: w + 1) ?? view.count }
            guard let group = context.groupAfterMembershipWord(w) else { continue }
            // `Als (neues) Mitglied des Netzwerks X VERB die Stadt Y`.
            var k = w - 1
            while k >= 0, view.isWord(k), !view.isCap(k), !view.isAny(k, ["als"]) { k -= 1 }
            if k <= 1, view.isAny(k, ["als"]), k == 0 || view.isAny(k - 1, ["auch"]) {
                var s = group.end + 1
                guard view.isWord(group.end), !view.isCap(group.end) else { continue }
                if view.isAny(s, ["sich"]) { s += 1 }
                if view.isAny(s, ["auch", "nun", "jetzt", "bereits"]) { s += 1 }
                if view.isAny(s, ["die", "der", "das"]) { s += 1 }
                if let member = context.mention(startingAt: s), Self.kinds.contains(member.kind), member.entity != group.entity {
                    output.add(.memberOf, member.entity, group.entity)
                }
                continue
            }
            // `Y, (seit 2018) Mitglied des Netzwerks X,`: the apposition closed by a comma or the sentence end.
            var c = w - 1
            if view.isAny(c, ["langjähriges", "neues", "aktives"]) { c -= 1 }
            if c >= 1, view.tokens[c].kind == .number, view.isAny(c - 1, ["seit"]) { c -= 2 }
            guard view.isPunct(c, ","), view.isPunct(group.end, ",") || view.isPunct(group.end, ".") || group.end == view.count,
                  let member = context.mention(endingAt: c), Self.kinds.contains(member.kind), member.entity != group.entity,
                  !context.inParentheses(member.start) else { continue }
            // The member is not itself the end of a list (`A, B, Mitglied …`).
            if view.isPunct(member.start - 1, ",") { continue }
            output.add(.memberOf, member.entity, group.entity)
        }
    }
}
