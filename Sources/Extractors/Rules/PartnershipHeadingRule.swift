import GraphCore

/// `Städtepartnerschaft A – B`, `Partnerschaft A-B`, `Partnerstädte A und B` – the two parties named right after the
/// partnership noun, as in headings and captions.
///
/// Example: „40 Jahre Städtepartnerschaft Gotha – Kielce“ → partnerOf(Gotha | Kielce); „Partnerschaft Dresden–Breslau:“
/// (one token) → partnerOf(Dresden | Breslau). Both parties must be places (or
/// both organisations) and nothing may follow the second one but the end of the line or sentence, a comma or a
/// parenthesis. Prior 0.8.
struct PartnershipHeadingRule: ExtractionRule {
    var name: String { "partnership-heading" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for w in 0..<view.count where view.isWord(w) && view.has(w, WordBit.partnerish) {
            let word = view.lower(w)
            guard PartnershipWords.isPartnershipNoun(word) || (word.hasPrefix("partnerst") && word.contains("ä")) else { continue }
            // `Städtepartnerschaft Dresden–Breslau`: two known places joined by a dash in one token.
            if let (a, b) = joinedPlaces(view, w + 1, context.document.lexicon) {
                let first = output.entity(kind: a.kind, label: a.label, quality: .full)
                let second = output.entity(kind: b.kind, label: b.label, quality: .full)
                output.add(.partnerOf, first, second)
                continue
            }
            guard let a = context.mention(startingAt: w + 1), a.kind.isPlace || a.kind == .organization else { continue }
            var k = a.end
            guard view.isDash(k) || view.isAny(k, ["und"]) || view.isPunct(k, "/") else { continue }
            k += 1
            guard let b = context.mention(startingAt: k), b.kind.isPlace == a.kind.isPlace, b.entity != a.entity else { continue }
            let next = b.end
            guard next == view.count || view.isPunct(next, ".") || view.isPunct(next, ",") || view.isPunct(next, "(")
                    || view.isPunct(next, ":") || view.isPunct(next, "!") else { continue }
            output.add(.partnerOf, a.entity, b.entity)
        }
    }

    /// The two places of a token like `Dresden–Breslau` or `Hamburg-Osaka` (both known, unambiguous places; the whole
    /// token itself no place name such as `Baden-Baden`), closed like a heading.
    private func joinedPlaces(_ view: TokenView, _ i: Int, _ lexicon: RecognitionLexicon) -> (PlaceInfo, PlaceInfo)? {
        guard view.isCap(i), !view.has(i, WordBit.place) else { return nil }
        let next = i + 1
        guard next == view.count || view.isPunct(next, ".") || view.isPunct(next, ",") || view.isPunct(next, ":")
                || view.isPunct(next, "(") else { return nil }
        let parts = view.text(i).split(whereSeparator: { $0 == "–" || $0 == "—" || $0 == "-" })
        guard parts.count == 2, let a = lexicon.places[String(parts[0])], let b = lexicon.places[String(parts[1])],
              !a.ambiguous, !b.ambiguous, a.kind.isPlace, a.kind == b.kind, a.label != b.label else { return nil }
        return (a, b)
    }
}
