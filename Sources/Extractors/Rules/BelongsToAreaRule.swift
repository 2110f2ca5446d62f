import GraphCore

/// `X gehört zur Provinz Y`, `X zählt zum Landkreis Y`, `X ist Teil der Provinz Y` – a place that belongs to a larger
/// area named with its cue.
///
/// Example: „Die Stadt Kunshan gehört zur Provinz Jiangsu und grenzt an Shanghai.“ → containedInPlace(Kunshan |
/// Jiangsu); „Taicang (Provinz Jiangsu) gehört zur Stadt Suzhou.“ → containedInPlace(Taicang | Suzhou). The smaller place is the subject right before the verb; the larger one must be an administrative area
/// introduced by a cue word (`Provinz`, `Landkreis`, `Woiwodschaft`), so that `gehört zu den Partnerstädten` or
/// `zählt zu den größten Städten Chinas` states nothing. Prior 0.8.
struct BelongsToAreaRule: ExtractionRule {
    var name: String { "belongs-to-area" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Verbs of belonging and the copula of `ist Teil` (lower-cased), looked for in every sentence.
    static let verbs: WordList = ["gehört", "gehörte", "zählt", "zählte", "ist", "war"]

    /// The town after `zur Stadt` at `i` (`Taicang gehört zur Stadt Suzhou`: a county-level town under a larger one), or nil.
    static func town(_ context: SentenceContext, after i: Int) -> MentionSpan? {
        let view = context.view
        // `zur Stadt Suzhou`, also a compound town noun: `zur Millionenstadt Foshan`, `zur Hafenstadt Ningbo`.
        guard view.isAny(i, ["zur"]), view.isCap(i + 1), case let noun = view.lower(i + 1),
              noun.hasSimpleSuffix("stadt") || noun.hasSimpleSuffix("metropole"), !noun.hasPrefix("partner") else { return nil }
        // The town after the noun, or the noun and the town read as one name (`Stadt Suzhou`).
        if let town = context.mention(startingAt: i + 2), town.kind == .city { return town }
        if let town = context.mention(startingAt: i + 1), town.kind == .city { return town }
        return nil
    }

    /// `PLACE, der zur Stadt Y gehört`, `PLACE, die zur Provinz Y (im Süden Chinas) gehört`: the place before a relative
    /// clause whose verb of belonging at `verb` closes it, and the larger place right after `zur`/`zum`; nil otherwise.
    static func relativeBelonging(_ context: SentenceContext, verb: Int) -> (place: MentionSpan, area: MentionSpan)? {
        let view = context.view
        // The relative pronoun and `zur` within eight tokens before the verb, no comma between them and the verb.
        var k = verb - 1
        while k > verb - 9, k >= 2, !view.isPunct(k, ",") {
            if view.isAny(k, ["zur", "zum"]), view.isAny(k - 1, ["der", "die", "das"]), view.isPunct(k - 2, ","),
               let place = context.mentions.last(where: { $0.end == k - 2 }), place.kind == .city || place.kind == .administrativeArea,
               let larger = context.cuedArea(after: k, prepositions: ["zur", "zum"]) ?? town(context, after: k),
               larger.entity != place.entity {
                return (place, larger)
            }
            k -= 1
        }
        return nil
    }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        var from = 0
        while let verb = context.find(Self.verbs, from: from) {
            from = verb + 1
            // `Taicang (Provinz Jiangsu) gehört …`: a parenthesis between the place and the verb.
            var end = verb
            if view.isPunct(verb - 1, ")"), let open = (max(0, verb - 6)..<verb).last(where: { view.isPunct($0, "(") }) { end = open }
            // `Shunde, der zur Stadt Foshan gehört`: a relative clause after the place, its verb at the end.
            if view.isAny(verb, ["gehört", "gehörte"]), let larger = Self.relativeBelonging(context, verb: verb) {
                output.add(.containedInPlace, larger.place.entity, larger.area.entity)
                continue
            }
            guard let place = context.mentions.last(where: { $0.end == end }),
                  place.kind == .city || place.kind == .administrativeArea else { continue }
            let larger: MentionSpan?
            if view.isAny(verb, ["ist", "war"]) {
                // `X ist Teil der Provinz Y`: the genitive after `Teil`.
                guard view.isAny(verb + 1, ["teil"]), view.isAny(verb + 2, ["der", "des"]) else { continue }
                larger = context.cuedArea(after: verb + 2, prepositions: ["der", "des"])
            } else {
                // `gehört zur Provinz Y`, `gehört zu der Provinz Y`, `zählt zum Landkreis Y`.
                larger = context.cuedArea(after: verb + 1, prepositions: ["zur", "zum", "zu"])
                    ?? Self.town(context, after: verb + 1)
            }
            guard let larger, larger.entity != place.entity else { continue }
            output.add(.containedInPlace, place.entity, larger.entity)
        }
    }
}
