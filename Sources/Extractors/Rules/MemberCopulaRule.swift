import GraphCore

/// `A [, B und C] ist/sind Mitglied(er) der ORG`, `Seit 2019 ist auch A Mitglied im ORG` and `Mitglieder der ORG sind A, B und C`.
///
/// Example: „Görlitz und Zgorzelec sind Mitglieder des Europäischen Städtenetzwerks Oder.“ →
/// memberOf(Görlitz | …), memberOf(Zgorzelec | …). Prior 0.85.
struct MemberCopulaRule: ExtractionRule {
    var name: String { "member-copula" }
    var confidence: Double { 0.85 }
    var needsFactualSentence: Bool { true }

    /// Words between the copula and a subject after it (lower-cased): `ist auch die Stadt Hagen`, `ist nun Weimar`.
    static let wordsBeforeLateSubject = ["auch", "nun", "jetzt", "inzwischen", "bereits", "schon", "ebenfalls", "die", "der", "das"]

    /// Copulas (lower-cased), looked for in every sentence.
    static let copulas: WordList = ["ist", "sind", "war", "waren", "bleibt", "bleiben"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let copula = context.find(Self.copulas) else { return }
        // `A ist Mitglied der ORG`
        // The membership word follows the copula closely, or after the subject when none precedes the copula.
        let window = context.mentions.contains { $0.start < copula } ? 4 : 12
        if let word = (copula + 1..<min(copula + window, view.count)).first(where: { context.isMembershipWord($0) }),
           let group = context.groupAfterMembershipWord(word) {
            var (members, end) = context.coordinatedMentions(from: firstMention(context, before: copula), kinds: memberKinds)
            if end != copula || members.isEmpty {
                // Verb-second with the subject after the copula: `Seit 2019 ist auch die Stadt Hagen Mitglied im …`.
                guard let first = context.mentions.first(where: { $0.start > copula && $0.start < word }),
                      (copula + 1..<first.start).allSatisfy({ view.isAny($0, Self.wordsBeforeLateSubject) })
                else { return }
                (members, end) = context.coordinatedMentions(from: first.start, kinds: memberKinds)
                guard end == word || (view.isAny(end, ["ein", "eine"]) && end + 1 == word) else { return }
            }
            // `Mitglied im Deutschen Landkreistag und im Sächsischen Landkreistag`: every coordinated group.
            var groups = [group]
            var k = group.end
            while view.isAny(k, ["und", "sowie"]) || view.isPunct(k, ",") {
                var g = k + 1
                if view.isAny(g, ["im", "in", "beim", "bei", "der", "des", "dem"]) { g += 1 }
                if view.isAny(g, ["der", "des", "dem"]) { g += 1 }
                guard let next = context.mention(startingAt: g), next.kind == .organization else { break }
                groups.append(next)
                k = next.end
            }
            for g in groups {
                for m in members where m.entity != g.entity { output.add(.memberOf, m.entity, g.entity) }
            }
            return
        }
        // `Mitglieder der ORG sind A, B und C`
        if let word = (0..<copula).first(where: { context.isMembershipWord($0) }), let group = context.groupAfterMembershipWord(word),
           group.end == copula || view.isPunct(group.end, ":") {
            var start = copula + 1
            if view.isPunct(start, ":") { start += 1 }
            let (members, _) = context.coordinatedMentions(from: start, kinds: memberKinds)
            for m in members where m.entity != group.entity { output.add(.memberOf, m.entity, group.entity) }
        }
    }

    /// The token where the subject list starts: 0, or after a leading `Auch`/`Die Städte`.
    private func firstMention(_ context: SentenceContext, before copula: Int) -> Int {
        for m in context.mentions where m.start < copula {
            return m.start
        }
        return copula
    }
}
