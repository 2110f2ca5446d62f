import GraphCore

/// Belonging to a network or association without a membership noun: `A ist Teil des Netzwerks X`, `A gehört (seit 2015)
/// zum Verbund X`, `A ist an dem Konsortium X beteiligt`, `A ist Partner im Netzwerk X`. The group must be named as an
/// association (``AdmittedMembersRule/isAssociation(_:)``: a company `X GmbH` one holds shares in is none) or be a
/// description of one (`des Netzwerks`); the member is the subject before the verb, after it in verb-second order, or a
/// description (`Die Stadt`, `Das Unternehmen`).
///
/// Example: „Auch die Hochschule Zittau/Görlitz ist Teil des Netzwerks Lausitz Digital.“ → memberOf(Hochschule
/// Zittau/Görlitz | Netzwerk Lausitz Digital). Prior 0.75.
struct NetworkBelongingRule: ExtractionRule {
    var name: String { "network-belonging" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { true }

    /// The cue words (lower case), looked for in every sentence: `Teil`, `gehört … zum`, `beteiligt`, `Partner`.
    static let cues: WordList = ["teil", "zum", "zur", "beteiligt", "partner"]
    /// Copulas (lower case).
    static let copulas = ["ist", "sind", "war", "waren", "bleibt", "bleiben", "wird", "werden"]
    /// Verbs of belonging before `zum`/`zur` (lower case).
    static let belongVerbs = ["gehört", "gehören", "gehörte", "gehörten"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        guard var cue = context.find(Self.cues) else { return }
        while true {
            if let (verb, groupAt) = construction(context, cue: cue), let group = context.associationGroup(at: groupAt) {
                for member in members(context, verb: verb, groupStart: groupAt) where member != group.entity {
                    output.add(.memberOf, member, group.entity)
                }
                return
            }
            guard let next = context.find(Self.cues, from: cue + 1) else { return }
            cue = next
        }
    }

    /// The finite verb of the construction at `cue` and where its group starts, or nil.
    private func construction(_ context: SentenceContext, cue: Int) -> (verb: Int, group: Int)? {
        let view = context.view
        switch view.lower(cue) {
        case "teil":
            // `ist (ein) Teil des Netzwerks`, not `zum Teil`, `ein Teil der Mitglieder`.
            guard view.isCap(cue), view.isAny(cue + 1, ["des", "der"]) else { return nil }
            var v = cue - 1
            if view.isAny(v, ["ein", "fester", "aktiver", "wichtiger"]) { v -= 1 }
            if view.isAny(v, ["ein"]) { v -= 1 }
            guard let verb = copulaBefore(context, v) else { return nil }
            return (verb, cue + 1)
        case "zum", "zur":
            guard let verb = (max(0, cue - 6)..<cue).last(where: { view.isAny($0, Self.belongVerbs) }) else { return nil }
            return (verb, cue + 1)
        case "beteiligt":
            // `ist an dem Konsortium X beteiligt`, `ist am Netzwerk X beteiligt`.
            guard let an = (max(0, cue - 10)..<cue).last(where: { view.isAny($0, ["an", "am"]) }),
                  let verb = copulaBefore(context, an - 1) else { return nil }
            return (verb, view.isAny(an, ["am"]) ? an + 1 : an + 1)
        default:
            // `ist Partner im Netzwerk X`, `ist Partner des Netzwerks`.
            guard view.isCap(cue), view.isAny(cue + 1, ["im", "in", "des"]), let verb = copulaBefore(context, cue - 1) else { return nil }
            var g = cue + 2
            if view.isAny(cue + 1, ["in"]) { guard view.isAny(g, ["der", "dem"]) else { return nil }; g += 1 }
            return (verb, view.isAny(cue + 1, ["des"]) ? cue + 1 : g)
        }
    }

    /// The copula at `i` or up to four tokens before it (adverbs, a `seit`-phrase between).
    private func copulaBefore(_ context: SentenceContext, _ i: Int) -> Int? {
        let view = context.view
        var k = i
        while k >= 0, i - k <= 4 {
            if view.isAny(k, Self.copulas) { return k }
            if context.mention(at: k) != nil && k != i { break }
            k -= 1
        }
        return nil
    }

    /// The members: the subject list before the verb (`A und B sind Teil …`), else the one right after it in verb-second
    /// order (`Seit 2015 gehört A zum …`), else a description (`Die Stadt`, `Das Unternehmen`) in either place.
    private func members(_ context: SentenceContext, verb: Int, groupStart: Int) -> [Int] {
        let view = context.view
        let kinds = AdmittedMembersRule.memberKinds
        // Before the verb: the list must end at the verb (or at an adverb like `selbst` before it).
        var first = 0
        if view.isAny(first, ["auch", "zudem", "außerdem"]) { first += 1 }
        let start = context.itemStart(after: first, kinds: kinds)
        let (items, end) = context.coordinatedMentions(from: start, kinds: kinds)
        var e = end
        while e < verb, view.isAny(e, ["selbst", "auch", "ebenfalls", "bereits", "schon", "inzwischen"]) { e += 1 }
        if !items.isEmpty, e == verb { return items.map { $0.entity } }
        if let described = context.describedEntity(at: first), described.end == verb || view.isAny(described.end, ["selbst"]) && described.end + 1 == verb {
            return [described.entity]
        }
        // After the verb: `Bereits seit 2015 gehört Feldhaus zum …`, `Auch ist die Stadt Teil …`.
        var k = verb + 1
        while k < groupStart, view.isAny(k, MemberCopulaRule.subjectAdverbs) { k += 1 }
        let after = context.coordinatedMentions(from: context.itemStart(after: k, kinds: kinds), kinds: kinds)
        if !after.mentions.isEmpty, after.end < groupStart { return after.mentions.map { $0.entity } }
        if let described = context.describedEntity(at: k), described.end < groupStart { return [described.entity] }
        return []
    }
}
