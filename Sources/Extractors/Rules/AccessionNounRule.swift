import GraphCore

/// Joining stated by a noun: `der Beitritt des Kreises zum Netzwerk X`, `die Aufnahme der Stadt A in den Städtebund B`,
/// `Mit dem Beitritt der A zählt der Verband nun 40 Mitglieder`. The member follows the noun in the genitive or after
/// `von` (a name or a description: `des Kreises`); the group follows after `zum`/`zur`/`in`, or is the subject after the
/// verb when the noun phrase is fronted with `Mit`. An application, a plan or an announcement is no joining.
///
/// Example: „Der Rat stimmte dem Beitritt der Stadt Wesel zum Verband Niederrhein zu.“ → memberOf(Wesel | Verband
/// Niederrhein). Prior 0.75.
struct AccessionNounRule: ExtractionRule {
    var name: String { "accession-noun" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { true }

    /// The nouns of joining (lower case), looked for in every sentence.
    static let nouns: WordList = ["beitritt", "beitritts", "aufnahme"]

    /// Words that make the joining a request, a plan or a possibility (lower case).
    static let pendingWords: WordList = ["antrag", "beantragt", "beantragte", "beantragen", "geplant", "geplanten", "geplante",
                                         "angekündigt", "angestrebt", "angestrebten", "prüft", "prüfen", "geprüft", "möglich",
                                         "möglichen", "mögliche", "erwogen", "diskutiert", "abgelehnt", "beraten"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let w = context.find(Self.nouns), context.find(Self.pendingWords) == nil else { return }
        // The member: `des Kreises`, `der Stadt Herford`, `von Herford`.
        var k = w + 1
        if view.isAny(k, ["von"]) { k += 1 }
        var members: [Int] = []
        var end = k
        let start = context.itemStart(after: view.isAny(k, ["des", "der"]) ? k + 1 : k, kinds: AdmittedMembersRule.memberKinds)
        let (items, itemsEnd) = context.coordinatedMentions(from: start, kinds: AdmittedMembersRule.memberKinds)
        if !items.isEmpty {
            members = items.map { $0.entity }
            end = itemsEnd
        } else if let described = context.describedEntity(at: k), context.document.kind(described.entity) != .person {
            members = [described.entity]
            end = described.end
        } else {
            return
        }
        // The group after `zum`/`zur`/`in den`.
        var group: Int? = nil
        if view.isAny(end, ["zum", "zur"]) {
            group = context.associationGroup(at: end + 1)?.entity ?? namedGroup(context, at: end + 1)
        } else if view.isAny(end, ["in"]) {
            group = context.associationGroup(at: end + 1)?.entity ?? namedGroup(context, at: end + 2)
        } else if view.isAny(0, ["mit"]), view.isAny(1, ["dem", "der"]), w == 2 {
            // `Mit dem Beitritt der A zählt der Verband …`: the subject after the verb.
            group = context.associationGroup(at: end + 1)?.entity
        }
        guard let group else { return }
        for m in members where m != group { output.add(.memberOf, m, group) }
    }

    /// A named organisation at `i` (after an article).
    private func namedGroup(_ context: SentenceContext, at i: Int) -> Int? {
        let k = context.view.isAny(i, ["dem", "der", "den", "die", "das"]) ? i + 1 : i
        guard let m = context.mention(startingAt: k), m.kind == .organization else { return nil }
        return m.entity
    }
}
