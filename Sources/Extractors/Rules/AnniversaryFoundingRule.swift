import GraphCore

/// `ORG feiert (in diesem Jahr) ihr 50-jähriges Bestehen` and `ORG blickt auf eine 25-jährige Geschichte zurück`: an
/// organisation that opens the sentence and celebrates `N` years of its own existence was founded `N` years before the
/// year of the celebration (a year in the sentence, else the document's year).
///
/// Example: „Die Weber Antriebstechnik GmbH feiert in diesem Jahr ihr 50-jähriges Bestehen.“ (published 2025) →
/// foundingDate(Weber Antriebstechnik GmbH | 1975). Prior 0.7: the celebration may fall a year after the anniversary.
/// The years must belong to the organisation itself: `das 30-jährige Bestehen ihrer Partnerschaft` dates nothing.
struct AnniversaryFoundingRule: ExtractionRule {
    var name: String { "anniversary-founding" }
    var confidence: Double { 0.7 }
    var needsFactualSentence: Bool { true }

    /// Verbs of celebrating or looking back (lower-cased), looked for in every sentence.
    static let verbs: WordList = ["feiert", "feierte", "beging", "begeht", "blickt", "blickte"]

    /// Nouns of a span of existence after `N-jährige`: `Bestehen`, `Jubiläum`, `Geschichte`.
    static let spanNouns = ["bestehen", "jubiläum", "firmenjubiläum", "vereinsjubiläum", "geschichte", "firmengeschichte",
                            "vereinsgeschichte", "gründungsjubiläum"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let verb = context.find(Self.verbs) else { return }
        // The subject opens the sentence and ends right before the verb.
        guard let subject = Self.subject(context, verb: verb) else { return }
        // `N-jähriges Bestehen` within eight tokens after the verb.
        let upper = min(view.count - 1, verb + 9)
        guard let noun = (verb + 1..<upper).first(where: { view.isAny($0, Self.spanNouns) }),
              let years = Self.years(view.lower(noun - 1)) else { return }
        // Not the years of something else: `das Bestehen ihrer Partnerschaft`.
        if view.isAny(noun + 1, ["der", "des", "ihrer", "seiner", "unserer", "von"]) { return }
        // A looking back needs its particle: `blickt auf … zurück`.
        if view.lower(verb).hasPrefix("blickt"), !(noun + 1..<min(view.count, noun + 3)).contains(where: { view.isAny($0, ["zurück"]) }) { return }
        let stated = (verb + 1..<noun).lazy.compactMap { FoundingRule.year(view, at: $0)?.date.year }.first
        guard let year = stated ?? context.document.published?.year ?? context.document.year,
              let date = CalendarDate(year: year - years) else { return }
        output.add(.foundingDate, subject.entity, .literal(date.literal))
    }

    /// The organisation opening the sentence and ending right before the verb at `verb`, or named in an apposition that
    /// closes right before it (`Unser Mitglied, die Linhart GmbH in Weinheim, feiert …`); nil otherwise.
    static func subject(_ context: SentenceContext, verb: Int) -> MentionSpan? {
        let view = context.view
        if let subject = context.mention(endingAt: verb), subject.kind == .organization,
           subject.start == 0 || (subject.start == 1 && view.isAny(0, ["der", "die", "das"])) {
            return subject
        }
        // The apposition: `, die ORG (in TOWN),` right before the verb, after a noun phrase that opens the sentence.
        guard view.isPunct(verb - 1, ",") else { return nil }
        var end = verb - 1
        if let town = context.mention(endingAt: end), town.kind == .city, view.isAny(town.start - 1, ["in", "aus"]) { end = town.start - 1 }
        guard let org = context.mentions.last(where: { context.organizationEnd($0) == end || $0.end == end }), org.kind == .organization
        else { return nil }
        var open = org.start - 1
        if view.isAny(open, ["der", "die", "das"]) { open -= 1 }
        guard view.isPunct(open, ","), open <= 5, !(0..<open).contains(where: { view.isPunct($0, ",") || context.mention(at: $0) != nil })
        else { return nil }
        return org
    }

    /// `N` of `50-jähriges`, `25-jährige`, `100-jährigen` (1…300), or nil.
    static func years(_ word: String) -> Int? {
        let bytes = word.utf8
        guard let dash = bytes.firstIndex(of: 0x2D), dash > bytes.startIndex,
              word.utf8[bytes.index(after: dash)...].starts(with: "jährig".utf8),
              let n = Int(word[..<dash]), (1...300).contains(n) else { return nil }
        return n
    }
}
