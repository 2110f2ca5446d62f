import GraphCore

/// `Zu ihren Partnerhochschulen zählen A und B`, `Zu den Partnerstädten Kiels gehören A, B und C`: the named partners among
/// the partner towns or partner institutions of an owner — named after the noun (a genitive or `der Stadt X`), or the
/// organisation or place that opens the previous sentence when a possessive (`ihren`, `seinen`) stands before the noun.
///
/// Example: „Die Hochschule Bremen wächst international. Zu ihren Partnerhochschulen zählen die Tongji-Universität und die
/// Universität Wuhan.“ → partnerOf(Hochschule Bremen | Tongji-Universität), partnerOf(Hochschule Bremen | Universität Wuhan).
/// Town nouns take places, institution nouns organisations. Prior 0.75: the owner may come from the previous sentence.
struct PartnersAmongRule: ExtractionRule {
    var name: String { "partners-among" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { true }

    /// The words that open the construction (lower case).
    static let openers: WordList = ["zu"]
    /// Verbs of counting among (lower case).
    static let countVerbs = ["zählen", "zählten", "zählt", "zählte", "gehören", "gehörten", "gehört", "gehörte"]
    /// Plural partner nouns of towns and areas in the dative (lower case).
    static let townNouns = ["partnerstädten", "partnergemeinden", "partnerkommunen", "partnerregionen", "partnerprovinzen",
                            "partnerkreisen", "partnerlandkreisen", "schwesterstädten", "freundschaftsstädten"]
    /// Plural partner nouns of institutions in the dative (lower case).
    static let institutionNouns = ["partnerhochschulen", "partneruniversitäten", "partnerschulen", "partnerinstitutionen",
                                   "partnereinrichtungen", "partnerkliniken", "partnerinstituten"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        // One filtered test before anything else: `zu` opens the sentence or follows `Auch`.
        guard context.find(Self.openers, before: 2) != nil else { return }
        var k = 0
        if view.isAny(k, ["auch"]) { k += 1 }
        guard view.isAny(k, ["zu"]), view.isAny(k + 1, ["den", "ihren", "seinen"]) else { return }
        var w = k + 2
        // `Zu ihren chinesischen Partnerhochschulen`: up to two adjectives.
        while w < min(k + 4, view.count), view.isWord(w), !view.isCap(w) { w += 1 }
        guard view.isWord(w), view.has(w, WordBit.partnerish) else { return }
        let towns = view.isAny(w, Self.townNouns)
        guard towns || view.isAny(w, Self.institutionNouns) else { return }
        let kinds: Set<EntityKind> = towns ? [.city, .administrativeArea] : [.organization]
        // The owner after the noun: `der Stadt Kiel`, `Kiels`; otherwise after a possessive the previous sentence's subject.
        var verb = w + 1
        var owner: Int? = nil
        var j = w + 1
        if view.isAny(j, ["der", "des"]) { j += 1 }
        if let m = context.mention(startingAt: j), m.kind.isPlace || m.kind == .organization, m.kind != .country {
            owner = m.entity
            verb = m.end
        } else if view.isAny(k + 1, ["ihren", "seinen"]), context.index > 0 {
            let previous = context.document.views[context.index - 1]
            var s = 0
            if previous.isAny(s, ["auch"]) { s += 1 }
            if previous.isAny(s, ["der", "die", "das"]) { s += 1 }
            let fits: (MentionSpan) -> Bool = { towns ? $0.kind == .city || $0.kind == .administrativeArea : $0.kind == .organization }
            if let m = context.document.spans[context.index - 1].first(where: { $0.start == s }), fits(m) {
                owner = m.entity
            } else if let m = context.document.spans[context.index - 1].first(where: {
                fits($0) && !previous.isAny($0.start - 1, ["in", "im", "mit", "aus", "nach"])
            }) {
                // `Mit der neuen Partnerhochschule hat die TH Nürnberg nun sieben Partner.`: the subject after the verb.
                owner = m.entity
            }
        }
        guard let owner, view.isAny(verb, Self.countVerbs) else { return }
        var start = verb + 1
        if view.isAny(start, ["unter"]), view.isAny(start + 1, ["anderem", "anderen"]) { start += 2 }
        if view.isAny(start, ["auch", "etwa", "beispielsweise", "außerdem", "inzwischen"]) { start += 1 }
        start = context.itemStart(after: start, kinds: kinds)
        var (items, end) = context.coordinatedMentions(from: start, kinds: kinds)
        // `die Tongji-Universität in Shanghai und die Shenzhen Technology University`: an institution's town continues the list.
        while !towns, !items.isEmpty, view.isAny(end, ["in"]), let town = context.mention(startingAt: end + 1), town.kind.isPlace,
              view.isAny(town.end, ["und", "sowie"]) || view.isPunct(town.end, ",") {
            let more = context.coordinatedMentions(from: context.itemStart(after: town.end + 1, kinds: kinds), kinds: kinds)
            guard !more.mentions.isEmpty else { break }
            items += more.mentions
            end = more.end
        }
        for item in items where item.entity != owner { output.add(.partnerOf, owner, item.entity) }
    }
}
