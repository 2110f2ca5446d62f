import GraphCore

/// `Für ORG unterschrieb ROLE NAME` (also `unterzeichnete`, `signierte`, and a second pair after a comma: `…, für ORG2 ROLE2
/// NAME2`): the person signs on behalf of the organisation, so the role is a post in it.
///
/// Example: „Für die Stadtwerke Kiel unterschrieb Geschäftsführer Jan Pohl, für die Hafen AG Vorstand Eva Lind.“ →
/// holdsRole(Jan Pohl | Geschäftsführer | Stadtwerke Kiel), holdsRole(Eva Lind | Vorstand | Hafen AG). The verb must follow
/// the first organisation directly; a possessive before the role (`ihr Generalsekretär`) is allowed. Prior 0.8.
struct SigningOnBehalfRule: ExtractionRule {
    var name: String { "signing-on-behalf" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Finite verbs of signing (lower case), looked for in every sentence.
    static let verbs: WordList = ["unterschrieb", "unterschrieben", "unterzeichnete", "unterzeichneten", "signierte", "signierten"]
    /// Possessives that may stand before the role (lower case).
    static let possessives: Set<String> = ["ihr", "ihre", "sein", "seine", "dessen", "deren"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let verb = context.find(Self.verbs) else { return }
        // `Für ORG VERB ROLE NAME`: the organisation right before the verb, `für` (and an article) before it; an acronym the
        // document named before (`Für die WFG unterschrieb …` after `WFG Kreis Borken`).
        let organization: Int
        if let org = context.mention(endingAt: verb), org.kind == .organization, Self.isForPhrase(view, org.start) {
            organization = org.entity
        } else if view.isUpper(verb - 1), Self.isForPhrase(view, verb - 1), context.mention(at: verb - 1) == nil,
                  let named = context.document.organization(named: view.text(verb - 1)) {
            organization = named
        } else { return }
        guard let (person, role, end) = Self.rolePerson(context, from: verb + 1) else { return }
        output.add(.holdsRole, person, .post(role: role, organization: organization))
        // `…, für ORG2 ROLE2 NAME2`.
        guard view.isPunct(end, ","), view.isAny(end + 1, ["für"]) else { return }
        var k = end + 2
        if view.isAny(k, ["die", "den", "das", "der", "dem"]) { k += 1 }
        guard let second = context.mention(startingAt: k), second.kind == .organization,
              let (person2, role2, _) = Self.rolePerson(context, from: second.end) else { return }
        output.add(.holdsRole, person2, .post(role: role2, organization: second.entity))
    }

    /// True when `für` (and an article) stands right before token `start`.
    static func isForPhrase(_ view: TokenView, _ start: Int) -> Bool {
        if view.isAny(start - 1, ["für"]) { return true }
        return view.isAny(start - 1, ["die", "den", "das", "der", "dem"]) && view.isAny(start - 2, ["für"])
    }

    /// A role phrase, titles and a person from `k` (a possessive before the role allowed): the person's entity, the role's
    /// label and the index after the person.
    static func rolePerson(_ context: SentenceContext, from k: Int) -> (person: Int, role: String, end: Int)? {
        let view = context.view
        var j = k
        if view.isAny(j, possessives) { j += 1 }
        guard let role = context.role(at: j) else { return nil }
        var p = role.end
        while let t = view.matchTitle(p, context.document.lexicon.titles) { p = t }
        guard let person = context.mention(startingAt: p) ?? context.mention(startingAt: role.end), person.kind == .person else { return nil }
        return (person.entity, role.label, person.end)
    }
}
