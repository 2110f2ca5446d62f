import GraphCore

/// The day of a signing stated outside the signing clause: `heute`/`gestern` in a dated release, or a sentence of its own
/// right before or after the signing sentence whose subject is the signing (`Die Unterzeichnung fand am DATE statt`,
/// `Die feierliche Unterzeichnung erfolgte am DATE`).
///
/// Example: „Zum Abschluss unterschrieben A und B ein Arbeitsprogramm. Die Unterzeichnung fand am 24. Februar 2026 im
/// Rathaus statt.“ → signingDate(Arbeitsprogramm … | 2026-02-24); „Kiel, 3. Mai 2025 – A und B unterzeichneten heute eine
/// Absichtserklärung.“ → signingDate(… | 2025-05-03). Read by ``SigningRule`` only when its own sentence states no day.
enum SigningOccasion {
    /// Nouns (lower case) naming the act of signing as the subject of a sentence of its own.
    static let occasionNouns: WordList = ["unterzeichnung", "vertragsunterzeichnung", "unterzeichnungszeremonie"]
    /// Verbs (lower case) of taking place that such a sentence uses.
    static let occasionVerbs: WordList = ["fand", "erfolgte"]
    /// Articles and attributive words that may stand before the noun (lower case).
    static let openers: Set<String> = ["die", "der", "feierliche", "offizielle", "eigentliche", "förmliche"]

    /// The date of the signing in sentence `context` from `heute`/`gestern` and the release's dateline, or from the sentence
    /// before or after it that dates the signing; nil when neither states a day.
    static func date(_ context: SentenceContext) -> CalendarDate? {
        if let today = relativeDay(context) { return today }
        let document = context.document
        for n in [context.index + 1, context.index - 1] where n >= 0 && n < document.views.count {
            if let day = occasionDay(document.views[n], year: document.published?.year) { return day }
        }
        return nil
    }

    /// `heute` (the release's own day) or `gestern` (the day before) in a sentence of a release dated to the day.
    static func relativeDay(_ context: SentenceContext) -> CalendarDate? {
        guard let published = context.document.published, published.day != nil,
              let word = context.find(["heute", "gestern"]) else { return nil }
        // `heute vor zehn Jahren`, `bis heute`, `von heute`: no day of the signing.
        if context.view.isAny(word - 1, ["bis", "von", "seit", "ab"]) || context.view.isAny(word + 1, ["vor"]) { return nil }
        if context.view.lower(word) == "heute" { return published }
        return GermanDates.resolve(.days(-1), reference: published)
    }

    /// The day stated by a sentence whose subject is the signing itself (`Die Unterzeichnung fand am DATE … statt`), or nil.
    static func occasionDay(_ view: TokenView, year: Int?) -> CalendarDate? {
        var k = 0
        while k < 3, view.isWord(k), openers.contains(view.lower(k)) { k += 1 }
        guard view.isWord(k), view.isAny(k, occasionNouns) else { return nil }
        // A sentence that signs by itself is read by ``SigningRule`` on its own; a plan is no day of a signing.
        guard let verb = view.firstWord(in: occasionVerbs, from: k + 1, upper: view.count),
              !(0..<view.count).contains(where: { view.isWord($0) && view.has($0, WordBit.signingVerb) }) else { return nil }
        return DatePhrases.find(view, documentYear: year).first { $0.date.day != nil && $0.start > verb && $0.preposition != "bis" }?.date
    }
}
