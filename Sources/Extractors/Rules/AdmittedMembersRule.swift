import GraphCore

/// `Aufgenommen wurden die Städte A, B und C` / `Die Städte A und B wurden neu aufgenommen`: a passive admission that names
/// no organisation admits the members into the association the text is about – the one alliance, network or association
/// named in this sentence or in the four before it.
///
/// Example: „Der Städtebund Oberrhein hat getagt. Einstimmig aufgenommen wurden die Städte Lahr und Kehl sowie die
/// chinesische Stadt Wuhu.“ → memberOf(Lahr | Städtebund Oberrhein), memberOf(Kehl | …), memberOf(Wuhu | …). An admission
/// into something named (`in das Programm aufgenommen`) is ``AccessionRule``'s or none. Prior 0.7: the association comes
/// from the context.
struct AdmittedMembersRule: ExtractionRule {
    var name: String { "admitted-members" }
    var confidence: Double { 0.7 }
    var needsFactualSentence: Bool { true }

    /// The participle of admission (lower-cased), looked for in every sentence.
    static let admitted: WordList = ["aufgenommen"]
    /// Passive auxiliaries (lower-cased).
    static let auxiliaries = ["wurde", "wurden", "sind", "ist", "werden", "wird"]
    /// Last parts of the names of associations that admit members (lower case).
    static let associationEndings = ["verbund", "netzwerk", "allianz", "verband", "bund", "vereinigung", "verein", "gemeinschaft",
                                     "network", "alliance", "association", "forum", "ring", "initiative", "e. v.", "e.v.",
                                     "bündnis", "konsortium", "cluster", "städtetag", "landkreistag", "gemeindetag"]
    /// The kinds of admitted members.
    static let memberKinds: Set<EntityKind> = [.city, .administrativeArea, .organization]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        guard let verb = context.find(Self.admitted) else { return }
        let view = context.view
        // Admitted into something named: `in die Allianz`, `in das Programm`, `als Partner in den Kreis`.
        if context.find(["in"]).map({ view.isAny($0 + 1, ["die", "den", "das"]) }) == true { return }
        let members: [MentionSpan]
        if verb <= 2, view.isAny(verb + 1, Self.auxiliaries) {
            // Verb first: `(Einstimmig/Neu) aufgenommen wurden die Städte A, B und C`.
            // `Als Mitglied aufgenommen wurde außerdem die Stadt A`: adverbs before the members.
            var first = verb + 2
            while view.isAny(first, ["außerdem", "auch", "zudem", "ebenfalls", "ferner", "nun", "jetzt", "einstimmig", "neu"]) { first += 1 }
            let start = context.itemStart(after: first, kinds: Self.memberKinds)
            members = context.coordinatedMentions(from: start, kinds: Self.memberKinds).mentions
        } else if let aux = (0..<verb).first(where: { view.isAny($0, Self.auxiliaries) }) {
            // Subject first: `Die Städte A und B wurden neu aufgenommen`.
            let start = context.itemStart(after: 0, kinds: Self.memberKinds)
            let (items, end) = context.coordinatedMentions(from: start, kinds: Self.memberKinds)
            guard end == aux else { return }
            members = items
        } else {
            return
        }
        guard !members.isEmpty, let group = association(context, excluding: Set(members.map { $0.entity })) else { return }
        for m in members { output.add(.memberOf, m.entity, group) }
    }

    /// The one association named in this sentence or, going back, in the nearest of the four previous sentences that names
    /// exactly one.
    func association(_ context: SentenceContext, excluding members: Set<Int>) -> Int? {
        var s = context.index
        while s >= 0 && s >= context.index - 4 {
            var found: Set<Int> = []
            for span in context.document.spans[s] where span.kind == .organization && !members.contains(span.entity) {
                if Self.isAssociation(context.document.entities.entities[span.entity].label) { found.insert(span.entity) }
            }
            if found.count == 1 { return found.first }
            if found.count > 1 { return nil }
            s -= 1
        }
        return nil
    }

    /// True when an organisation's label ends with an association's noun (`Deutsch-Chinesischer Kommunalverbund e. V.`).
    static func isAssociation(_ label: String) -> Bool {
        let lower = label.lowercased()
        if lower.hasSuffix("e. v.") || lower.hasSuffix("e.v.") { return true }
        return lower.split(separator: " ").contains { word in associationEndings.contains { word.hasSuffix($0) } }
    }
}
