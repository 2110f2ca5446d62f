import GraphCore

/// `A und B feiern/pflegen/vertiefen ihre (Städte-)Partnerschaft` – two coordinated subjects and a partnership they own.
///
/// Example: „Gotha und Kielce feiern am Sonntag das 25-jährige Bestehen ihrer Städtepartnerschaft.“ → partnerOf(Gotha |
/// Kielce). The subjects open the sentence (or follow the verb after a fronted adverbial) and the possessive `ihre`/
/// `ihrer`/`ihren` stands right before the noun. Prior 0.8.
struct PossessivePartnershipRule: ExtractionRule {
    var name: String { "possessive-partnership" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }
    /// The kinds of entities this rule reads (one set for every sentence).
    static let parties: Set<EntityKind> = [.city, .administrativeArea, .organization]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let noun = (1..<max(1, view.count)).first(where: { view.isWord($0) && view.has($0, WordBit.partnerish) && PartnershipWords.isPartnershipNoun(view.lower($0))
                                                                 && view.isAny($0 - 1, ["ihre", "ihrer", "ihren"]) }) else { return }
        let parties = Self.parties
        // Subjects at the start (`Gotha und Kielce feiern …`) or after a fronted adverbial and the verb.
        var start = 0
        if view.isAny(0, ["die", "der", "das"]) { start = 1 }
        var (items, end) = context.coordinatedMentions(from: start, kinds: parties)
        if items.count != 2 || !view.isWord(end) || view.isCap(end) {
            items = []
            for verbIndex in 1..<noun where view.isWord(verbIndex) && !view.isCap(verbIndex) {
                guard context.mention(startingAt: verbIndex + 1) != nil else { continue }
                let after = context.coordinatedMentions(from: verbIndex + 1, kinds: parties)
                if after.mentions.count == 2 { items = after.mentions }
                break
            }
        }
        guard items.count == 2, items[0].kind.isPlace == items[1].kind.isPlace, items[0].end < noun else { return }
        output.add(.partnerOf, items[0].entity, items[1].entity)
    }
}
