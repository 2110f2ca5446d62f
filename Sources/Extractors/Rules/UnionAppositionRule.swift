import GraphCore

/// An association described in apposition as a union of named members: `ORG, einem Verbund von 80 Unternehmen sowie den
/// Städten A, B und C`, `ORG, ein Zusammenschluss der Landkreise A und B`. The members are the names after a plural class
/// noun (`Städten`, `Landkreise`, `Hochschulen`) in the apposition; places after `aus` or `in` (`24 Kommunen aus Baden`) are
/// where members come from, not members.
///
/// Example: „… im Netzwerk Lausitzer Wege, einem Bündnis der Städte Cottbus und Görlitz, …“ → memberOf(Cottbus | Netzwerk
/// Lausitzer Wege), memberOf(Görlitz | Netzwerk Lausitzer Wege). Prior 0.75.
struct UnionAppositionRule: ExtractionRule {
    var name: String { "union-apposition" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { true }

    /// Nouns of a union (lower case), looked for in every sentence.
    static let unionNouns: WordList = ["verbund", "zusammenschluss", "bündnis", "netzwerk", "verband", "allianz"]
    /// Plural class nouns before the member names (lower case, nominative, genitive and dative).
    static let classNouns = ["städte", "städten", "kommunen", "gemeinden", "landkreise", "landkreisen", "kreise", "kreisen",
                             "unternehmen", "firmen", "hochschulen", "universitäten", "kammern", "regionen", "provinzen"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard var w = context.find(Self.unionNouns) else { return }
        // `ORG, einem (kommunalen) Verbund …` (the first union noun may be part of the name).
        var found: MentionSpan? = nil
        while found == nil {
            var a = w - 1
            if view.isWord(a), !view.isCap(a), !view.isAny(a, ["einem", "einer", "ein", "eine"]) { a -= 1 }
            if view.isAny(a, ["einem", "einer", "ein", "eine"]), view.isPunct(a - 1, ","),
               let m = context.mention(endingAt: a - 1) ?? (view.isPunct(a - 2, "“") ? context.mention(endingAt: a - 2) : nil),
               m.kind == .organization {
                found = m
                break
            }
            guard let next = context.find(Self.unionNouns, from: w + 1) else { return }
            w = next
        }
        guard let group = found else { return }
        let kinds: Set<EntityKind> = [.city, .administrativeArea, .organization]
        var k = w + 1
        while k < view.count, !view.isPunct(k, ")"), !view.isPunct(k, ";") {
            // The recogniser may take the class noun into the first name (`Städte Merzig`).
            if view.isAny(k, Self.classNouns), !view.isAny(k - 1, ["aus", "in"]),
               let first = context.mention(startingAt: k + 1) ?? context.mention(startingAt: k), kinds.contains(first.kind) {
                let (items, end) = context.coordinatedMentions(from: first.start, kinds: kinds)
                for m in items where m.entity != group.entity { output.add(.memberOf, m.entity, group.entity) }
                k = max(end, k + 1)
                continue
            }
            k += 1
        }
    }
}
