import GraphCore

/// `die Städte A, B und C bilden die Region R` – towns that make up a region.
///
/// Example: „Die Städte Landshut, Dingolfing und Vilsbiburg bilden die Region Niederbayern-Mitte.“ →
/// containedInPlace(Landshut | Region Niederbayern-Mitte), … Prior 0.75.
struct RegionFormationRule: ExtractionRule {
    var name: String { "region-formation" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { true }

    /// Verbs of forming (lower-cased), looked for in every sentence.
    static let formVerbs: WordList = ["bilden", "bildeten", "formen"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let verb = context.find(Self.formVerbs) else { return }
        guard let region = context.mentions.first(where: { $0.start > verb && $0.kind == .administrativeArea }) else { return }
        var start = 0
        while start < verb && context.mention(startingAt: start) == nil { start += 1 }
        let (towns, end) = context.coordinatedMentions(from: start, kinds: [.city])
        guard end == verb, towns.count >= 2 else { return }
        _ = view
        for town in towns { output.add(.containedInPlace, town.entity, region.entity) }
    }
}
