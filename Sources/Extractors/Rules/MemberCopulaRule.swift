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
        if let word = (copula + 1..<min(copula + window, view.count)).first(where: { context.isMembershipWord($0) })
            ?? sinceMembershipWord(context, after: copula),
           let group = context.groupAfterMembershipWord(word) {
            var (members, end) = context.coordinatedMentions(from: firstMention(context, before: copula), kinds: memberKinds)
            // `Der Verband ist seinerseits Mitglied im …`, `Sie ist seit 2021 Mitglied im …`: a definite noun that refers back
            // to an association, or a pronoun for the organisation that opened the previous sentence.
            if members.isEmpty, let subject = referredSubject(context, copula: copula, word: word), subject != group.entity {
                output.add(.memberOf, subject, group.entity)
                return
            }
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
        // `ORG, deren Mitglied die Stadt A seit 2010 ist`: a relative clause in the genitive after the group.
        if let word = (2..<max(2, copula)).first(where: { context.isMembershipWord($0) && view.isAny($0 - 1, ["deren", "dessen"])
                                                          && view.isPunct($0 - 2, ",") }),
           let group = context.mention(endingAt: word - 2) ?? (view.isPunct(word - 3, "“") ? context.mention(endingAt: word - 3) : nil),
           group.kind == .organization {
            let start = context.itemStart(after: word + 1, kinds: memberKinds)
            let (members, end) = context.coordinatedMentions(from: start, kinds: memberKinds)
            if end <= copula {
                for m in members where m.entity != group.entity && m.kind != .person { output.add(.memberOf, m.entity, group.entity) }
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

    /// `ist seit ihrer Gründung Mitglied`, `ist bereits seit vielen Jahren Mitglied`: a membership word after a `seit`-phrase
    /// of up to four lower-case words, numbers or `Gründung` right after the copula.
    private func sinceMembershipWord(_ context: SentenceContext, after copula: Int) -> Int? {
        let view = context.view
        var k = copula + 1
        if view.isAny(k, ["auch", "bereits", "schon", "zudem", "außerdem"]) { k += 1 }
        guard view.isAny(k, ["seit"]) else { return nil }
        let limit = min(view.count, k + 6)
        k += 1
        while k < limit {
            if context.isMembershipWord(k) { return k }
            guard context.mention(at: k) == nil, view.tokens[k].kind == .number
                    || view.isWord(k) && (!view.isCap(k) || view.isAny(k, ["gründung", "jahren", "jahrzehnten", "beginn"])) else { return nil }
            k += 1
        }
        return nil
    }

    /// Adverbs between a fronted adverbial's copula and a pronoun subject, or after the subject (lower case).
    static let subjectAdverbs = ["auch", "außerdem", "zudem", "ebenfalls", "seinerseits", "ihrerseits", "selbst", "inzwischen",
                                 "bereits", "schon", "nun", "jetzt"]

    /// The organisation a subject without a name stands for: `Der Verband ist (seinerseits) Mitglied …` (a definite noun that
    /// refers back, ``AssociationReferenceMembershipRule/reference(_:noun:)``), `Sie ist Mitglied …` or `Seit 2021 ist sie
    /// Mitglied …` (the organisation that opens the previous sentence).
    private func referredSubject(_ context: SentenceContext, copula: Int, word: Int) -> Int? {
        let view = context.view
        // Only adverbs, a `seit`-phrase or a number may stand between the subject and the membership word.
        func onlyAdverbs(_ from: Int) -> Bool {
            (from..<word).allSatisfy { view.isAny($0, Self.subjectAdverbs) || view.isAny($0, ["seit", "ihrer", "seiner", "gründung"])
                || view.tokens[$0].kind == .number }
        }
        if copula == 2, view.isAny(0, ["der", "das", "die"]), AssociationReferenceMembershipRule.referenceNouns[view.lower(1)] != nil,
           context.mention(at: 1) == nil, onlyAdverbs(copula + 1) {
            return AssociationReferenceMembershipRule().reference(context, noun: 1)
        }
        // `Die Stadt ist zudem Mitglied im …`, `Das Unternehmen ist seit 2019 Mitglied der …`: a description of a town, district,
        // company or university named before (``SentenceContext/describedEntity(at:)``).
        if let described = context.describedEntity(at: 0), described.end == copula, onlyAdverbs(copula + 1),
           context.document.kind(described.entity) != .person {
            return described.entity
        }
        let pronoun: Int
        if copula == 1, view.isAny(0, ["sie", "er", "es"]) {
            pronoun = 0
        } else if view.isAny(copula + 1, ["sie", "er", "es"]), context.mentions.allSatisfy({ $0.start > copula }) {
            pronoun = copula + 1
        } else {
            return nil
        }
        guard onlyAdverbs(max(copula, pronoun) + 1), context.index > 0 else { return nil }
        let previous = context.document.views[context.index - 1]
        var s = 0
        if previous.isAny(0, ["der", "die", "das"]) { s = 1 }
        guard let subject = context.document.spans[context.index - 1].first(where: { $0.start == s }), subject.kind == .organization
        else { return nil }
        return subject.entity
    }
}
