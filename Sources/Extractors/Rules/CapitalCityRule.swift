import GraphCore

/// `CITY, die Hauptstadt der Provinz P` and `CITY ist die Hauptstadt der Provinz P` (also `die Hauptstadt der Provinz P,
/// CITY`, `Hauptstadt Sachsens`, `P mit seiner Hauptstadt CITY`, and `CITY, der Hauptstadt der Provinz` or `die
/// Provinzhauptstadt CITY` after the province was named): a capital lies in
/// the area it is the capital of.
///
/// Example: „Chengdu, die Hauptstadt der südwestchinesischen Provinz Sichuan, ist seit 2021 Partnerstadt von Bonn.“ →
/// containedInPlace(Chengdu | Sichuan). The larger place must be an administrative area (a province, a state, a
/// prefecture), so that `die Hauptstadt Chinas` adds nothing. Prior 0.85.
struct CapitalCityRule: ExtractionRule {
    var name: String { "capital-city" }
    var confidence: Double { 0.85 }
    var needsFactualSentence: Bool { false }

    /// Nouns naming the capital of an area (lower-cased), looked for in every sentence.
    static let capitalNouns: WordList = ["hauptstadt", "provinzhauptstadt", "landeshauptstadt", "präfekturhauptstadt",
                                         "bezirkshauptstadt", "kreisstadt", "regionalhauptstadt"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let noun = context.find(Self.capitalNouns) else { return }
        // `Jiangsu mit seiner Hauptstadt Nanjing`: the area before, the capital after the possessive.
        if view.isAny(noun - 1, ["seiner", "ihrer"]), view.isAny(noun - 2, ["mit"]),
           let area = context.mention(endingAt: noun - 2), area.kind == .administrativeArea,
           let city = context.mention(startingAt: noun + 1) ?? context.mention(startingAt: noun), city.kind == .city {
            output.add(.containedInPlace, city.entity, area.entity)
            return
        }
        guard let area = area(context, after: noun) else {
            // `Die Provinzhauptstadt Jinan …` after the province was named: the one province of this or the two sentences before.
            if view.isAny(noun, ["provinzhauptstadt"]),
               let city = context.mention(startingAt: noun + 1) ?? context.mention(startingAt: noun), city.kind == .city,
               let province = context.recentArea(cue: "Provinz", sentences: 2), province.entity != city.entity {
                output.add(.containedInPlace, city.entity, province.entity)
            }
            return
        }
        // The city before: `CITY, die Hauptstadt …` or `CITY ist die Hauptstadt …`.
        var k = noun - 1
        // `Chengdu, die Hauptstadt …`; in the dative after `aus`/`in`: `aus Nanjing, der Provinzhauptstadt von Jiangsu`.
        let dative = view.isAny(k, ["der", "einer"])
        if dative || view.isAny(k, ["die", "eine"]) { k -= 1 }
        if view.isPunct(k, ",") || (!dative && view.isAny(k, ["ist", "war", "bleibt"])) {
            if let city = context.mentions.last(where: { $0.end == k }), city.kind == .city {
                output.add(.containedInPlace, city.entity, area.span.entity)
                return
            }
            // `im Handelsamt der Stadt Chengdu, der Hauptstadt der Provinz Sichuan`: the town that ends an organisation's name.
            if let owner = context.mentions.last(where: { $0.end == k }), owner.kind == .organization, owner.length >= 3,
               view.isAny(k - 2, ["stadt"]), let city = Self.cityEntity(context, named: view.text(k - 1)) {
                output.add(.containedInPlace, city, area.span.entity)
                return
            }
        }
        // The city after: `die Hauptstadt der Provinz Sichuan, Chengdu,` (an apposition closed by punctuation or a verb).
        if view.isPunct(area.end, ","), let city = context.mention(startingAt: area.end + 1), city.kind == .city,
           view.isPunct(city.end, ",") || view.isPunct(city.end, ".") || !view.isCap(city.end) {
            output.add(.containedInPlace, city.entity, area.span.entity)
        }
    }

    /// The document's town entity labelled `name`, or nil.
    static func cityEntity(_ context: SentenceContext, named name: String) -> Int? {
        context.document.entities.entities.firstIndex { $0.kind == .city && $0.label == name }
    }

    /// The administrative area the capital noun at `noun` names: a genitive (`Hauptstadt Sachsens`) or `der`/`des`/`von`
    /// with up to two lower-case adjectives (`der ostchinesischen Provinz Shandong`).
    private func area(_ context: SentenceContext, after noun: Int) -> (span: MentionSpan, end: Int)? {
        let view = context.view
        var j = noun + 1
        if view.isAny(j, ["der", "des", "von"]) {
            j += 1
            var adjectives = 0
            while adjectives < 2, view.isWord(j), !view.isCap(j), view.lower(j).hasSuffix("en") { j += 1; adjectives += 1 }
        }
        if let span = context.mention(startingAt: j), span.kind == .administrativeArea { return (span, span.end) }
        // `in Jinan, der Hauptstadt der Provinz,`: a bare `Provinz` refers to the one province the text has just named.
        if view.isAny(noun + 1, ["der"]), view.isAny(j, ["provinz"]), !view.isCap(j + 1) || view.isPunct(j + 1, ","),
           let named = context.recentArea(cue: "Provinz", sentences: 3) {
            return (named, j + 1)
        }
        return nil
    }
}
