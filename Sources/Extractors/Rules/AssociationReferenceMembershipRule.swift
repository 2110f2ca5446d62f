import GraphCore

/// Members of an association the sentence names only by a definite noun or a possessive, after the text has named it:
/// `A gehört dem Verband an`, `Dem Netzwerk gehören A, B und C an`, `A trat dem Netzwerk bei`, `Als neues Mitglied
/// begrüßte der Verein die Stadt A`, `A ist seit 2006 Mitglied des Vereins`, `Zu seinen Mitgliedern zählen A und B`,
/// `Zu den Mitgliedern zählen A und B`, `Die Mitgliedsstädte A, B und C …`. The noun refers to the nearest organisation
/// of the last sentences whose name contains it (`Verband` → `Verband Wasserstoff Sachsen`, `Netzwerk` →
/// `Kommunalnetzwerk China`, `Verein` → any `… e. V.`).
///
/// Example: „Der Städtebund Oberrhein zählt 30 Mitglieder. Dem Bund gehören Kehl, Lahr und Offenburg an.“ →
/// memberOf(Kehl | Städtebund Oberrhein), … Prior 0.75.
struct AssociationReferenceMembershipRule: ExtractionRule {
    var name: String { "association-reference-membership" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { true }

    /// Nouns that refer back to an association (lower-cased, with their case forms), and the part of a name they match.
    static let referenceNouns: [String: String] = [
        "netzwerk": "netzwerk", "netzwerks": "netzwerk", "netzwerkes": "netzwerk",
        "verband": "verband", "verbands": "verband", "verbandes": "verband",
        "verein": "verein", "vereins": "verein", "vereines": "verein",
        "bündnis": "bündnis", "bündnisses": "bündnis", "bund": "bund", "bundes": "bund", "städtebund": "bund",
        "allianz": "allianz", "initiative": "initiative", "freundeskreis": "freundeskreis", "freundeskreises": "freundeskreis",
    ]
    /// Name parts of an association, for a reference by a possessive or without a noun (`Zu seinen Mitgliedern`).
    static let associationParts = ["netzwerk", "verband", "verein", "bündnis", "bund", "allianz", "initiative", "freundeskreis",
                                   "gesellschaft", "e. v.", "e.v."]
    /// Verbs of belonging and joining whose group is a dative (lower-cased).
    static let belongVerbs: WordList = ["gehört", "gehören", "gehörte", "gehörten", "trat", "traten", "tritt", "beigetreten"]
    /// The singular membership noun (lower-cased), looked for in every sentence.
    static let memberWords: WordList = ["mitglied"]
    /// Verbs of counting among after `Zu den Mitgliedern` (lower-cased).
    static let countVerbs = ["zählen", "zählt", "zählten", "gehören", "gehört", "gehörten"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        // `Dem Netzwerk gehören A, B und C an`, `A gehört dem Verband an`, `A trat dem Netzwerk bei`.
        if let verb = context.find(Self.belongVerbs), let dem = (0..<view.count).first(where: {
            view.isAny($0, ["dem"]) && Self.referenceNouns[view.lower($0 + 1)] != nil && view.isCap($0 + 1) && Self.endsPhrase(view, $0 + 1)
        }) {
            let closing = view.lower(verb) == "beigetreten" ? verb : (verb + 1..<view.count).first { view.isAny($0, ["an", "bei"]) }
            // The noun alone may already stand for the association (a short reference the recogniser resolved).
            let resolved = context.mention(at: dem + 1).flatMap { m in m.start == dem + 1 && m.end == dem + 2 && m.kind == .organization ? m.entity : nil }
            if resolved == nil && context.mention(at: dem + 1) != nil { return }
            // A resolved name after a verb of joining is ``AccessionRule``'s.
            if resolved != nil && view.isAny(verb, ["trat", "traten", "tritt", "beigetreten"]) { return }
            guard let closing, let group = resolved ?? reference(context, noun: dem + 1) else { return }
            var members = dem == 0 ? context.memberMentions(from: verb + 1, to: closing, excluding: group)
                : context.memberMentions(from: 0, to: dem, excluding: group).filter { $0.end <= dem }
            members += context.membersAfterParticle(closing, excluding: group)
            for m in members { output.add(.memberOf, m.entity, group) }
            return
        }
        // `Als neues Mitglied begrüßte der Verein die Stadt A` (or the association by its name).
        if let greet = context.find(["begrüßte", "begrüßten"]), (0..<greet).contains(where: { view.isAny($0, ["neues", "neue", "neuen"]) }),
           (0..<greet).contains(where: { context.isMembershipWord($0) }) {
            var k = greet + 1
            let group: Int?
            if view.isAny(k, ["der", "das", "die"]), let named = context.mention(startingAt: k + 1), named.kind == .organization {
                group = named.entity
                k = named.end
            } else if view.isAny(k, ["der", "das"]), Self.referenceNouns[view.lower(k + 1)] != nil, Self.endsPhrase(view, k + 1) {
                group = reference(context, noun: k + 1)
                k += 2
            } else {
                group = nil
            }
            guard let group else { return }
            for m in context.memberMentions(from: k, to: view.count, excluding: group) { output.add(.memberOf, m.entity, group) }
            return
        }
        // `Zu den Mitgliedern zählen A und B`, `Zu seinen Mitgliedern gehören A und B`.
        // `Zu den Mitgliedsunternehmen gehören unter anderem A und B`: any plural membership noun without its organisation.
        if view.isAny(0, ["zu"]), view.isAny(1, ["den", "seinen", "ihren", "dessen", "deren"]), context.isMembershipWord(2),
           !view.isAny(2, ["mitglied", "mitglieds", "mitgliedes"]), context.groupAfterMembershipWord(2) == nil, view.isAny(3, Self.countVerbs) {
            // `Zu dessen Gründungsmitgliedern gehören …`: the relative pronoun refers to the last organisation of the previous
            // sentence.
            let relative = view.isAny(1, ["dessen", "deren"])
            guard let group = relative ? context.document.spans[max(0, context.index - 1)].last(where: { $0.kind == .organization })
                .flatMap({ context.index > 0 ? $0.entity : nil }) : antecedent(context) else { return }
            for m in context.memberMentions(from: 4, to: view.count, excluding: group) { output.add(.memberOf, m.entity, group) }
            return
        }
        // `Das Netzwerk zählt 37 Mitgliedsunternehmen. Zu ihnen gehören A und B.`, `Unter ihnen sind 41 Unternehmen, etwa A`: the
        // members of the previous sentence's count.
        if view.isAny(0, ["zu"]) && view.isAny(2, Self.countVerbs) || view.isAny(0, ["unter"]) && view.isAny(2, ["sind", "waren"]),
           view.isAny(1, ["ihnen"]), context.index > 0 {
            let previous = context.document.views[context.index - 1]
            guard (0..<previous.count).contains(where: { previous.isWord($0) && previous.has($0, WordBit.membership) }),
                  let group = antecedent(context) ?? context.nearestAssociation()
                      ?? context.describedAssociation(inSentence: context.index - 1) else { return }
            for m in context.memberMentions(from: 3, to: view.count, excluding: group) { output.add(.memberOf, m.entity, group) }
            return
        }
        // `Die Mitgliedsstädte A, B und C bilden …`: the list right after a sentence-initial plural membership noun.
        if view.isAny(0, ["die"]), context.isMembershipWord(1), view.lower(1).hasPrefix("mitglieds"), context.groupAfterMembershipWord(1) == nil,
           context.mention(startingAt: 2) != nil {
            guard let group = antecedent(context) else { return }
            let list = context.coordinatedMentions(from: 2, kinds: memberKinds)
            for m in list.mentions where m.entity != group { output.add(.memberOf, m.entity, group) }
            return
        }
        // `A, die seit 2006 Mitglied des Vereins ist`, `A ist Mitglied im Verband`.
        if let word = context.find(Self.memberWords), view.isAny(word + 1, ["des", "im", "in"]) {
            let nounAt = view.isAny(word + 1, ["in"]) && view.isAny(word + 2, ["dem"]) ? word + 3 : word + 2
            guard Self.referenceNouns[view.lower(nounAt)] != nil, Self.endsPhrase(view, nounAt),
                  let group = reference(context, noun: nounAt) else { return }
            let member: MentionSpan?
            if let rel = FoundingRule.relativeComma(view, before: word) {
                // The name right before the comma, or before a verb particle (`arbeitet mit der X GmbH zusammen, die …`).
                member = context.mention(endingAt: rel) ?? (view.isCap(rel - 1) ? nil : context.mention(endingAt: rel - 1))
            } else {
                member = context.mentions.first { $0.end <= word && !view.isAny($0.start - 1, ["aus", "in", "im", "nach", "mit", "der", "des"]) }
            }
            guard let member, memberKinds.contains(member.kind), member.kind != .person, member.entity != group else { return }
            output.add(.memberOf, member.entity, group)
        }
    }

    /// True when the noun at `i` ends its phrase (a lower-case word, a comma or the sentence end follow): `dem Verein bei`, not
    /// `im Verein „Tick e. V.“`, where the name follows the noun.
    static func endsPhrase(_ view: TokenView, _ i: Int) -> Bool {
        let next = i + 1
        if next >= view.count || view.isPunct(next, ",") || view.isPunct(next, ".") { return true }
        return view.isWord(next) && !view.isCap(next)
    }

    /// The association the reference noun at token `i` names: the nearest organisation of this sentence (before the noun)
    /// or of the six sentences before whose label contains the noun's name part.
    func reference(_ context: SentenceContext, noun i: Int) -> Int? {
        guard let part = Self.referenceNouns[context.view.lower(i)] else { return nil }
        let matches: (MentionSpan) -> Bool = { m in
            guard m.kind == .organization else { return false }
            let label = context.document.entities.entities[m.entity].label.lowercased()
            if part == "verein" { return label.contains("verein") || label.hasSuffix("e. v.") || label.hasSuffix("e.v.") }
            return label.contains(part)
        }
        if let here = context.mentions.last(where: { $0.end <= i && matches($0) }) { return here.entity }
        var s = context.index - 1
        while s >= 0, s >= context.index - 6 {
            if let m = context.document.spans[s].last(where: matches) { return m.entity }
            s -= 1
        }
        // `Der Verband …` in a newsletter that named its association at the top: the one organisation of the whole text before
        // whose label contains the noun's part.
        var only: Int? = nil
        while s >= 0 {
            for m in context.document.spans[s] where matches(m) {
                if only == nil { only = m.entity } else if only != m.entity { return nil }
            }
            s -= 1
        }
        if let only { return only }
        // `Das Bündnis Wasserstoffkommunen Nord wächst. … tritt dem Netzwerk bei`: another association noun for the one
        // association the text is about.
        return AdmittedMembersRule().association(context, excluding: [])
    }

    /// The association a possessive or bare `Mitglieder` refers to: the nearest organisation named like an association in
    /// this sentence or the two before, or one that a definite reference noun there names.
    func antecedent(_ context: SentenceContext) -> Int? {
        let document = context.document
        let isAssociation: (MentionSpan) -> Bool = { m in
            guard m.kind == .organization else { return false }
            let label = document.entities.entities[m.entity].label.lowercased()
            return Self.associationParts.contains { label.contains($0) }
        }
        var s = context.index - 1
        while s >= 0, s >= context.index - 2 {
            if let m = document.spans[s].last(where: isAssociation) { return m.entity }
            let view = document.views[s]
            if view.isAny(0, ["der", "das", "die"]), view.isCap(1), let part = Self.referenceNouns[view.lower(1)] {
                let owners = document.entities.entities.indices.filter { e in
                    let entity = document.entities.entities[e]
                    return entity.kind == .organization && entity.label.lowercased().contains(part)
                }
                if owners.count == 1 { return owners[0] }
            }
            s -= 1
        }
        return nil
    }
}
