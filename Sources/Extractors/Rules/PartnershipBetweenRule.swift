import GraphCore

/// `Zwischen A und B besteht (seit 1997) eine Städtepartnerschaft` – the parties before the partnership noun.
///
/// Example: „Zwischen Erlangen und der chinesischen Metropole Shenzhen besteht seit 1997 eine Städtepartnerschaft.“ →
/// partnerOf(Erlangen | Shenzhen). Only `bestehen`/`existieren` with a partnership noun, and exactly two parties.
/// Prior 0.85.
struct PartnershipBetweenRule: ExtractionRule {
    var name: String { "partnership-between" }
    var confidence: Double { 0.85 }
    var needsFactualSentence: Bool { true }

    /// The preposition `zwischen` (lower-cased), looked for in every sentence.
    static let betweenWords: WordList = ["zwischen"]
    /// The kinds of entities this rule reads (one set for every sentence).
    static let parties: Set<EntityKind> = [.city, .administrativeArea, .organization, .country]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let between = context.find(Self.betweenWords), !PartnershipWords.isEnded(context),
              let verb = context.find(["besteht", "bestehen", "bestand", "existiert", "gibt"], from: between + 1) else { return }
        guard let noun = (verb + 1..<view.count).first(where: { view.isWord($0) && view.has($0, WordBit.partnerish) && PartnershipWords.isPartnershipNoun(view.lower($0)) }),
              noun <= verb + 6 else { return }
        let parties = Self.parties
        var k = between + 1
        if view.isAny(k, ["der", "dem", "den"]) { k += 1 }
        let (items, end) = context.coordinatedMentions(from: k, kinds: parties)
        guard items.count == 2, end == verb, items[0].kind.isPlace == items[1].kind.isPlace else { return }
        output.add(.partnerOf, items[0].entity, items[1].entity)
    }
}

/// The nouns that name a formal partnership (not a partner town).
enum PartnershipWords {
    /// True for `Partnerschaft`, `Städtepartnerschaft`, `Regionalpartnerschaft`, `Kreispartnerschaft` and their forms.
    static func isPartnershipNoun(_ lower: String) -> Bool {
        lower.hasSuffix("partnerschaft") || lower.hasSuffix("partnerschaften")
    }

    /// Participles and verbs that end, suspend or let lapse a partnership (lower case): a sentence with one of them states
    /// no partnership that exists (`Die Partnerschaft mit X wurde 2022 beendet`, `… war 2016 ausgelaufen`, `… ruht`).
    static let endedWords: WordList = ["beendet", "beendete", "beendeten", "aufgelöst", "ausgelaufen", "ausgesetzt", "eingefroren",
                                       "gekündigt", "aufgekündigt", "kündigte", "kündigten", "endete", "endeten", "ruht", "ruhte",
                                       "ruhen", "erloschen", "suspendiert", "einschlafen", "eingeschlafen"]

    /// True when the sentence ends or suspends a partnership (``endedWords``).
    static func isEnded(_ context: SentenceContext) -> Bool { context.find(endedWords) != nil }

    /// True for a partnership between institutions rather than towns: `Schulpartnerschaft`, `Hochschulpartnerschaft`,
    /// `Universitätspartnerschaft`, `Forschungspartnerschaft`, `Klinikpartnerschaft` (and their plurals). Its parties are
    /// organisations; a town after `mit` is where the partner institution is, not a partner town.
    static func isInstitutionPartnership(_ lower: String) -> Bool {
        // The plain nouns first (most partnership words): only a longer compound can name institutions.
        guard lower.utf8.count > 15, isPartnershipNoun(lower), !lower.hasPrefix("städte") else { return false }
        return institutionPrefixes.contains { lower.hasPrefix($0) }
    }

    /// First parts of the nouns of ``isInstitutionPartnership(_:)`` (lower case).
    static let institutionPrefixes = ["schul", "hochschul", "universitäts", "uni", "forschungs", "wissenschafts", "klinik",
                                      "krankenhaus", "unternehmens", "firmen", "vereins", "museums", "bildungs", "ausbildungs",
                                      "lehr", "studien", "fakultäts", "instituts", "betriebs"]

    /// True for partner-town nouns: `Partnerstadt`, `Partnerstädte`, `Partnerregion(en)`, `Partnerkreise`.
    static func isPartnerPlaceNoun(_ lower: String) -> Bool {
        lower.hasPrefix("partnerst") || lower.hasPrefix("partnerregion") || lower.hasPrefix("partnerprovinz")
            || lower.hasPrefix("partnerkreis") || lower.hasPrefix("partnergemeinde") || lower.hasPrefix("schwesterst")
    }
}
