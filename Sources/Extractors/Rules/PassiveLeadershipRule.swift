import GraphCore

/// `ORG wird von ROLE NAME geleitet` (also `geführt`, `wird geleitet von ROLE NAME`, `Geleitet wird ORG von ROLE NAME`, and the relative clause
/// `ORG, die von ROLE NAME geleitet wird`) – the passive of leading an organisation names the leader's post in it.
///
/// Example: „Die Kessler Antriebe GmbH, eine Tochter des Konzerns aus Wuxi, wird von Geschäftsführerin Anna Lorenz
/// geleitet.“ → holdsRole(Anna Lorenz | Geschäftsführerin | Kessler Antriebe GmbH); without a role noun (`wird seit Januar
/// von Eva Roth geleitet`) the post is `Leiter`. The organisation must be the
/// clause's subject: the sentence's first phrase (an apposition between commas allowed) or the antecedent of the relative
/// pronoun; the leader must be a recognised person (after a role noun or titles). Prior 0.8.
struct PassiveLeadershipRule: ExtractionRule {
    var name: String { "passive-leadership" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Participles of leading an organisation.
    static let participles: WordList = ["geleitet", "geführt"]
    /// Passive auxiliaries.
    static let auxiliaries: WordList = ["wird", "wurde", "werden", "wurden"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let participle = context.find(Self.participles) else { return }
        // The agent: `von ROLE NAME` before the participle (`wird von … geleitet`) or right after it (`geleitet von …`).
        let by: Int
        if view.isAny(participle + 1, ["von", "vom"]) {
            by = participle + 1
        } else if let before = context.find(["von", "vom"], from: max(0, participle - 8), before: participle) {
            by = before
        } else if participle == 0, view.isAny(1, Self.auxiliaries.words), let after = context.find(["von", "vom"], from: 2) {
            // `Geleitet wird die ORG von ROLE NAME`.
            by = after
        } else { return }
        // Without a role noun the person is the organisation's head: `Die Repräsentanz … wird seit Januar von NAME geleitet`.
        let role = context.role(at: by + 1)
        var start = role?.end ?? by + 1
        if role == nil { while let title = view.matchTitle(start, context.document.lexicon.titles) { start = title } }
        guard let person = context.mention(startingAt: start), person.kind == .person,
              let organization = Self.ledOrganization(context, by: by, agentEnd: person.end) else { return }
        output.add(.holdsRole, person.entity, .post(role: role?.label ?? LeadershipVerbRule.headRole(feminine: false),
                                                    organization: organization))
    }

    /// The organisation led by the agent `von ROLE NAME` that starts at `by` (the preposition) and ends at `agentEnd`,
    /// when the agent belongs to a passive of leading (`wird von … geleitet`, `geleitet von …`); nil otherwise.
    static func ledOrganization(_ context: SentenceContext, by: Int, agentEnd: Int) -> Int? {
        let view = context.view
        // Participle first: `Geleitet wird die ORG von ROLE NAME` (the organisation right before the agent).
        if view.isAny(0, participles.words), view.isAny(1, auxiliaries.words) {
            let k = view.isAny(2, ["die", "der", "das"]) ? 3 : 2
            guard let org = context.mention(startingAt: k), org.kind == .organization, org.end == by else { return nil }
            return org.entity
        }
        let participle: Int
        if view.isAny(agentEnd, participles.words) {
            participle = agentEnd
        } else if by >= 1, view.isAny(by - 1, participles.words) {
            participle = by - 1
        } else { return nil }
        if view.isAny(by - 1, ["nicht"]) || view.isAny(participle - 1, ["nicht"]) { return nil }
        // Relative clause: `ORG, die von … geleitet wird`.
        if by >= 2, view.isAny(by - 1, ["die", "der", "das"]), view.isPunct(by - 2, ","),
           view.isAny(participle + 1, auxiliaries.words), let org = context.mention(endingAt: by - 2),
           org.kind == .organization {
            return org.entity
        }
        // Main clause: `Die ORG wird von …` or `Die ORG, APPOSITION, wird von …` (verb second, the auxiliary before `von`).
        guard let aux = context.find(auxiliaries, before: min(by, participle)),
              let org = context.mentions.first, org.kind == .organization,
              org.start == 0 || (org.start == 1 && view.isAny(0, ["die", "der", "das"])) else { return nil }
        if org.end == aux { return org.entity }
        // `Die Repräsentanz des Freistaats Sachsen in Shenyang wird …`: the seat after the organisation.
        if view.isAny(org.end, ["in"]), let seat = context.mention(startingAt: org.end + 1), seat.kind.isPlace, seat.end == aux {
            return org.entity
        }
        if view.isPunct(org.end, ","), view.isPunct(aux - 1, ",") { return org.entity }
        return nil
    }
}
