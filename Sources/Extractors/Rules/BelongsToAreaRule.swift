import GraphCore

/// `X gehört zur Provinz Y`, `X zählt zum Landkreis Y`, `X ist Teil der Provinz Y` – a place that belongs to a larger
/// area named with its cue.
///
/// Example: „Die Stadt Kunshan gehört zur Provinz Jiangsu und grenzt an Shanghai.“ → containedInPlace(Kunshan |
/// Jiangsu). The smaller place is the subject right before the verb; the larger one must be an administrative area
/// introduced by a cue word (`Provinz`, `Landkreis`, `Woiwodschaft`), so that `gehört zu den Partnerstädten` or
/// `zählt zu den größten Städten Chinas` states nothing. Prior 0.8.
struct BelongsToAreaRule: ExtractionRule {
    var name: String { "belongs-to-area" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Verbs of belonging and the copula of `ist Teil` (lower-cased), looked for in every sentence.
    static let verbs: WordList = ["gehört", "gehörte", "zählt", "zählte", "ist", "war"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        var from = 0
        while let verb = context.find(Self.verbs, from: from) {
            from = verb + 1
            guard let place = context.mentions.last(where: { $0.end == verb }),
                  place.kind == .city || place.kind == .administrativeArea else { continue }
            let larger: MentionSpan?
            if view.isAny(verb, ["ist", "war"]) {
                // `X ist Teil der Provinz Y`: the genitive after `Teil`.
                guard view.isAny(verb + 1, ["teil"]), view.isAny(verb + 2, ["der", "des"]) else { continue }
                larger = context.cuedArea(after: verb + 2, prepositions: ["der", "des"])
            } else {
                // `gehört zur Provinz Y`, `gehört zu der Provinz Y`, `zählt zum Landkreis Y`.
                larger = context.cuedArea(after: verb + 1, prepositions: ["zur", "zum", "zu"])
            }
            guard let larger, larger.entity != place.entity else { continue }
            output.add(.containedInPlace, place.entity, larger.entity)
        }
    }
}
