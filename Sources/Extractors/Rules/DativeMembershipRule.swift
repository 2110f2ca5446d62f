import GraphCore

/// `ORG gehören A, B und C an` / `Ihr gehören … an` / `A gehört dem ORG an` / `ORG gehören 40 Städte an, darunter A und B` –
/// membership with `angehören`.
///
/// Example: „Dem Städtebund Nord gehören Kiel, Lübeck und Flensburg an.“ → memberOf(Kiel | Städtebund Nord), …
/// The pronoun `Ihr`/`Ihm` refers to the first organisation of the previous sentence, `Beide Städte` to the two
/// places of the previous sentence. Prior 0.85.
struct DativeMembershipRule: ExtractionRule {
    var name: String { "dative-membership" }
    var confidence: Double { 0.85 }
    var needsFactualSentence: Bool { true }

    /// Verbs of belonging (lower-cased), looked for in every sentence.
    static let belongVerbs: WordList = ["gehören", "gehört", "gehörten", "gehörte"]

    /// The verb-final forms of `angehören` in a relative clause (lower-cased), looked for in every sentence.
    static let relativeVerbs: WordList = ["angehören", "angehört", "angehörten", "angehörte"]
    /// ``belongVerbs`` and ``relativeVerbs`` together.
    static let anyVerbs = WordList(belongVerbs.words + relativeVerbs.words)

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        // One filtered test for both verb lists: most sentences have neither. A relative clause's `angehören` that comes first
        // is read on its own; the main clause's verb is looked for after it.
        guard let first = context.find(Self.anyVerbs) else { return }
        var verb = first
        if view.lower(first).hasPrefix("an") {
            relativeMembers(context, verb: first, &output)
            guard let main = context.find(Self.belongVerbs, from: first + 1) else { return }
            verb = main
        }
        // The particle `an` closes the clause.
        guard let particle = (verb + 1..<view.count).last(where: { view.lower($0) == "an" && (view.isPunct($0 + 1, ".") || $0 + 1 == view.count || view.isPunct($0 + 1, ",")) })
        else { return }
        var group: Int? = nil
        var membersFrom = verb + 1
        var membersTo = particle
        if view.isAny(0, ["ihr", "ihm"]), verb == 1 {
            group = previousOrganization(context)
        } else if view.isAny(0, ["dem", "der"]), let m = context.mention(startingAt: 1), m.kind == .organization, m.end == verb {
            group = m.entity
        } else if view.isAny(0, ["dem", "der", "unserem", "unserer"]), let described = context.describedEntity(at: 0), described.end == verb,
                  context.document.kind(described.entity) == .organization {
            // `Dem 2022 gegründeten Zusammenschluss gehören … an`: a description of the association named before.
            group = described.entity
        } else if let m = context.mentions.first(where: { $0.kind == .organization && $0.start > verb && $0.end <= particle
                                                          && view.isAny($0.start - 1, ["dem", "der"]) }) {
            // `A und B gehören der Allianz an.`
            group = m.entity
            membersFrom = 0
            membersTo = verb
        } else if let m = context.mentions.first(where: { $0.kind == .organization && $0.start > verb + 2 && $0.end <= particle
                                                          && view.isAny($0.start - 3, ["dem", "der"]) && view.isCap($0.start - 2)
                                                          && context.mention(at: $0.start - 2) == nil && view.isPunct($0.start - 1, "„") }) {
            // `A gehört dem Städtebund „Die Hanse“ an.`: a class noun and the quoted name; the members are the subject list that
            // opens the sentence (not an organisation of an earlier clause: `A ist Mitglied der B und gehört dem … an`).
            let (items, _) = context.coordinatedMentions(from: context.itemStart(after: 0, kinds: memberKinds), kinds: memberKinds)
            for item in items where item.entity != m.entity && item.kind != .person { output.add(.memberOf, item.entity, m.entity) }
            if items.isEmpty { describedSubject(context, group: m.entity, &output) }
            return
        }
        guard let group else { return }
        // `Beide Städte gehören der Euroregion an.`: the two places of the previous sentence.
        if membersFrom == 0, verb == 2, view.isAny(0, ["beide"]), view.isAny(1, Self.pairNouns) {
            for member in pairOfPreviousSentence(context) where member != group { output.add(.memberOf, member, group) }
            return
        }
        var named = 0
        for m in context.memberMentions(from: membersFrom, to: membersTo, excluding: group) {
            // `A ist Mitglied der B und gehört dem C an`: B is the group of another membership, no member of C.
            if context.isMembershipWord(m.start - 1)
                || view.isAny(m.start - 1, ["der", "des", "dem", "im", "in", "beim"]) && context.isMembershipWord(m.start - 2) { continue }
            output.add(.memberOf, m.entity, group)
            named += 1
        }
        if named == 0, membersFrom == 0 { describedSubject(context, group: group, &output) }
        // `Der Allianz gehören 40 Städte an, darunter Köln, Bonn und Aachen.`: the named ones of a counted set.
        if membersFrom == verb + 1, view.isPunct(particle + 1, ","), view.isAny(particle + 2, ["darunter", "u.a.", "etwa"]) {
            // `darunter die Städte A und B, die IHK C und die Hochschule D`: articles and class nouns before the items skipped.
            let kinds: Set<EntityKind> = [.city, .administrativeArea, .organization]
            let (items, _) = context.coordinatedMentions(from: context.itemStart(after: particle + 3, kinds: kinds), kinds: kinds)
            for m in items where m.entity != group { output.add(.memberOf, m.entity, group) }
        }
    }

    /// Plural nouns for two towns or districts (`Beide Städte`, `Beide Landkreise`).
    static let pairNouns: Set<String> = ["städte", "partnerstädte", "kommunen", "gemeinden", "landkreise", "kreise", "regionen"]

    /// The two distinct towns or districts of the previous sentence, or nothing when it names more or fewer.
    private func pairOfPreviousSentence(_ context: SentenceContext) -> [Int] {
        guard context.index > 0 else { return [] }
        var seen: [Int] = []
        for span in context.document.spans[context.index - 1]
        where span.kind == .city || span.kind == .administrativeArea {
            if !seen.contains(span.entity) { seen.append(span.entity) }
        }
        return seen.count == 2 ? seen : []
    }

    /// The first organisation mentioned in the previous sentence.
    private func previousOrganization(_ context: SentenceContext) -> Int? {
        guard context.index > 0 else { return nil }
        return context.document.spans[context.index - 1].first { $0.kind == .organization }?.entity
    }

    /// `ORG, dem auch A und B angehören`: the members in a relative clause whose pronoun (`dem`, `der`) refers to the organisation
    /// right before the comma.
    ///
    /// Example: „… im Konsortium „Kompetenz Franken“, dem auch die Hochschule Ansbach angehört.“ → memberOf(Hochschule
    /// Ansbach | Kompetenz Franken).
    private func relativeMembers(_ context: SentenceContext, verb: Int, _ output: inout RuleOutput) {
        let view = context.view
        guard let pronoun = (max(1, verb - 12)..<verb).last(where: { view.isAny($0, ["dem", "der", "die", "das"]) && view.isPunct($0 - 1, ",") })
        else { return }
        if view.isAny(pronoun, ["die", "das"]) {
            memberBeforeRelative(context, pronoun: pronoun, verb: verb, &output)
            return
        }
        // The name right before the comma, or before a closing quotation mark.
        let quoted = view.isPunct(pronoun - 2, "“") || view.isPunct(pronoun - 2, "\"") || view.isPunct(pronoun - 2, "”")
        // `des Ostasiatischen Vereins (OAV), dem …`: the name before its acronym in parentheses.
        let acronym = view.isPunct(pronoun - 2, ")") && view.isPunct(pronoun - 4, "(") ? context.mention(endingAt: pronoun - 4) : nil
        guard let group = context.mention(endingAt: pronoun - 1) ?? (quoted ? context.mention(endingAt: pronoun - 2) : nil) ?? acronym,
              group.kind == .organization else {
            memberBeforeRelative(context, pronoun: pronoun, verb: verb, &output)
            return
        }
        let members = context.memberMentions(from: pronoun + 1, to: verb, excluding: group.entity)
        for m in members { output.add(.memberOf, m.entity, group.entity) }
        // `…, dem unser Verein seit 2018 als Mitglied angehört`: a description of the member.
        if members.isEmpty, let described = context.describedEntity(at: pronoun + 1), described.entity != group.entity,
           context.document.kind(described.entity) != .person {
            output.add(.memberOf, described.entity, group.entity)
        }
    }

    /// `Die Stadt gehört seit 2019 dem Netzwerk X an`: a description of a town, district, company or university named before
    /// (``SentenceContext/describedEntity(at:)``) as the subject that opens the sentence.
    private func describedSubject(_ context: SentenceContext, group: Int, _ output: inout RuleOutput) {
        guard let described = context.describedEntity(at: 0), described.entity != group,
              context.document.kind(described.entity) != .person else { return }
        output.add(.memberOf, described.entity, group)
    }

    /// `A, der seit 2019 dem Netzwerk X angehört, …`: the member is the name before the comma, the group a dative in the
    /// relative clause (a named organisation or a description of one: `dem Netzwerk`).
    private func memberBeforeRelative(_ context: SentenceContext, pronoun: Int, verb: Int, _ output: inout RuleOutput) {
        let view = context.view
        guard let member = context.mention(endingAt: pronoun - 1), AdmittedMembersRule.memberKinds.contains(member.kind),
              let dative = (pronoun + 1..<verb).first(where: { view.isAny($0, ["dem", "der"]) }),
              let group = context.associationGroup(at: dative), group.entity != member.entity,
              context.document.kind(group.entity) == .organization else { return }
        output.add(.memberOf, member.entity, group.entity)
    }
}
