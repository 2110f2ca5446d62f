import GraphCore

/// `CITY, eine der größten Städte der Provinz P`: a city described as one of the cities (or towns, metropolises) of an
/// area lies in that area.
///
/// Example: „Wuxi, eine der wirtschaftsstärksten Städte der Provinz Jiangsu, ist Partnerstadt von Lörrach.“ →
/// containedInPlace(Wuxi | Jiangsu). The area must be a named administrative area (`der Provinz Jiangsu`,
/// `Niedersachsens`), so that `eine der ältesten Städte Chinas` (a country) or `Europas` adds nothing. Prior 0.8.
struct OneOfTheCitiesRule: ExtractionRule {
    var name: String { "one-of-the-cities" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Plural nouns of towns (lower-cased), looked for in every sentence.
    static let townNouns: WordList = ["städte", "großstädte", "metropolen", "industriestädte", "hafenstädte",
                                      "wirtschaftszentren", "kreisstädte"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let noun = context.find(Self.townNouns) else { return }
        // `eine der` and up to three lower-case adjectives before the noun.
        var k = noun - 1
        var adjectives = 0
        while adjectives < 3, view.isWord(k), !view.isCap(k), view.lower(k).hasSuffix("en") || view.lower(k).hasSuffix("sten") {
            if view.isAny(k, ["der"]) { break }
            k -= 1
            adjectives += 1
        }
        guard view.isAny(k, ["der"]), view.isAny(k - 1, ["eine", "einer"]), view.isPunct(k - 2, ",") || view.isAny(k - 2, ["ist", "war"])
        else { return }
        guard let city = context.mentions.last(where: { $0.end == k - 2 }), city.kind == .city else { return }
        // The area: `der Provinz P` (with its cue) or a genitive name (`Niedersachsens`).
        var j = noun + 1
        if view.isAny(j, ["der", "des"]) { j += 1 }
        guard let area = context.mention(startingAt: j), area.kind == .administrativeArea else { return }
        output.add(.containedInPlace, city.entity, area.entity)
    }
}
