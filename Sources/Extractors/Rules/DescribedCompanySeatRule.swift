import GraphCore

/// A company introduced by a noun that describes it, with its town as an `-er` adjective before the noun (`die Düsseldorfer
/// Kanzlei Brandt & Wu`, `der Kölner Maschinenbauer Pohl GmbH`) or after the name with `aus` (`der Maschinenbaukonzern Hengtai
/// aus Changsha`, `die Anwaltskanzlei Overkamp & Reinders aus Bocholt`); also `ORG (Sitz: CITY)`.
///
/// Example: „Die Düsseldorfer Kanzlei Brandt & Wu Rechtsanwälte hat … beraten.“ → location(Brandt & Wu Rechtsanwälte |
/// Düsseldorf). The describing noun must name a kind of company (`Kanzlei`, `Unternehmen`, `…hersteller`, `…konzern`); the
/// adjective must be a known town's (`Kölner` → Köln, `Dresdner` → Dresden, `Bremer` → Bremen). Prior 0.8.
struct DescribedCompanySeatRule: ExtractionRule {
    var name: String { "described-company-seat" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { false }

    /// Endings of nouns (lower case) that describe a company before its name.
    static let describingNouns = ["unternehmen", "firma", "kanzlei", "sozietät", "beratungsgesellschaft", "beratungsfirma",
                                  "hersteller", "zulieferer", "maschinenbauer", "produzent", "anbieter", "dienstleister", "konzern",
                                  "spezialist", "logistiker", "händler", "entwickler", "mittelständler", "familienunternehmen",
                                  "start-up", "startup", "reederei", "werkzeugbauer", "anlagenbauer", "fahrzeugbauer",
                                  "schiffbauer", "gerätebauer", "formenbauer", "beratung", "betreiber", "unternehmensgruppe", "gesellschaft"]

    /// The last bytes of ``describingNouns`` and of their genitives (`des Leonberger Werkzeugbauers`).
    static let describingNounLastBytes = Set(describingNouns.compactMap { $0.utf8.last } + [UInt8(ascii: "s")])

    /// Words after `aus CITY` that make the town the start of a journey, not the seat.
    static let journeyWords: Set<String> = ["nach", "zurück", "an", "angereist", "anreisen", "in", "über"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for m in context.mentions.indices where context.mentions[m].kind == .organization {
            let org = context.mentions[m]
            // `ORG (Sitz: Rudolstadt)`, `ORG (Sitz in Rudolstadt)`.
            if view.isPunct(org.end, "("), view.isAny(org.end + 1, ["sitz", "hauptsitz", "firmensitz"]) {
                var k = org.end + 2
                if view.isPunct(k, ":") || view.isAny(k, ["in"]) { k += 1 }
                if let place = context.mention(startingAt: k), place.kind == .city, view.isPunct(place.end, ")") {
                    output.add(.location, org.entity, place.entity)
                    continue
                }
            }
            // Nothing to read unless a town's adjective stands before the name or its noun, or `aus` follows the name
            // (byte tests before the describing nouns' suffixes).
            guard Self.mayBeTownAdjective(view, org.start - 1) || Self.mayBeTownAdjective(view, org.start - 2)
                    || view.isAny(org.end, ["aus"]) else { continue }
            // `die Shenzhen-based Qiantu GmbH`: an English `-based` compound right before the name.
            if org.start >= 1, view.text(org.start - 1).hasSuffix("based"),
               let town = Self.town(ofAdjective: view, org.start - 1, context.document.lexicon) {
                output.add(.location, org.entity, output.entity(kind: .city, label: town, quality: .full))
                continue
            }
            // The describing noun: right before the name, or the firm noun that opens the mention (`Anwaltskanzlei Overkamp & Reinders`).
            let noun = Self.isDescribingNoun(view, org.start) && org.end > org.start + 1 ? org.start
                : Self.isDescribingNoun(view, org.start - 1) ? org.start - 1 : -1
            guard noun >= 0 else { continue }
            // `die Düsseldorfer Kanzlei …`: the town's adjective before the noun.
            if noun >= 1, let town = Self.town(ofAdjective: view, noun - 1, context.document.lexicon) {
                let place = output.entity(kind: .city, label: town, quality: .full)
                output.add(.location, org.entity, place)
                continue
            }
            // `der Maschinenbaukonzern Hengtai aus Changsha`.
            if view.isAny(org.end, ["aus"]), let place = context.mention(startingAt: org.end + 1), place.kind == .city,
               !view.isAny(place.end, Self.journeyWords) {
                output.add(.location, org.entity, place.entity)
            }
        }
    }

    /// True when token `i` may be a town's adjective (a capitalised word ending in `er` or `based`): a byte test.
    static func mayBeTownAdjective(_ view: TokenView, _ i: Int) -> Bool {
        guard i >= 0, view.isCap(i) else { return false }
        let bytes = view.text(i).utf8
        guard let last = bytes.last else { return false }
        if last == UInt8(ascii: "r") { return bytes.count > 4 && bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == UInt8(ascii: "e") }
        return last == UInt8(ascii: "d") && view.text(i).hasSuffix("based")
    }

    /// True when token `i` is a capitalised noun that describes a company.
    static func isDescribingNoun(_ view: TokenView, _ i: Int) -> Bool {
        guard i >= 0, view.isCap(i), view.isWord(i) else { return false }
        let lower = view.lower(i)
        // Most words end in a letter no describing noun ends in: one byte test before the suffixes.
        guard let last = lower.utf8.last, describingNounLastBytes.contains(last) else { return false }
        return describingNouns.contains { lower.hasSimpleSuffix($0) || lower.hasSimpleSuffix($0, then: "s") }
    }

    /// The town whose `-er` adjective token `i` is (`Düsseldorfer` → Düsseldorf, `Dresdner` → Dresden, `Bremer` → Bremen,
    /// `Kieler` → Kiel, a town whose bare name is also a word), or whose English `-based` compound it is (`Shenzhen-based`), or
    /// nil.
    static func town(ofAdjective view: TokenView, _ i: Int, _ lexicon: RecognitionLexicon) -> String? {
        guard view.isCap(i), view.isWord(i), !view.has(i, WordBit.functionWord) else { return nil }
        let text = view.text(i)
        // The normaliser rejoins `Shenzhen-based` to `Shenzhenbased` (a lower-case second part), unless the text writes both.
        if text.hasSuffix("based") {
            var stem = String(text.dropLast(5))
            if stem.hasSuffix("-") { stem.removeLast() }
            if let place = lexicon.places[stem], place.kind == .city, !place.ambiguous { return place.label }
            return nil
        }
        guard text.hasSuffix("er"), text.utf8.count > 4 else { return nil }
        let stem = String(text.dropLast(2))
        var candidates = [stem, stem + "en"]
        // `Dresdner`, `Münchner`: the `e` of the town's last syllable is dropped in the adjective.
        if stem.hasSuffix("n") { candidates.append(String(stem.dropLast()) + "en") }
        for candidate in candidates {
            // The adjective of a town whose name is also a word (`Kieler`, `Essener`) names the town: the word has no `-er` form.
            if let place = lexicon.places[candidate], place.kind == .city, !place.ambiguous || candidate.utf8.count >= 4 {
                return place.label
            }
        }
        return nil
    }
}
