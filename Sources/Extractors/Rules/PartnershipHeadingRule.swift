import GraphCore

/// `Städtepartnerschaft A – B`, `Partnerschaft A-B`, `Partnerstädte A und B` – the two parties named right after the
/// partnership noun, as in headings and captions.
///
/// Example: „40 Jahre Städtepartnerschaft Gotha – Kielce“ → partnerOf(Gotha | Kielce). Both parties must be places (or
/// both organisations) and nothing may follow the second one but the end of the line or sentence, a comma or a
/// parenthesis. Prior 0.8.
struct PartnershipHeadingRule: ExtractionRule {
    let name = "partnership-heading"
    let confidence = 0.8
    let needsFactualSentence = true

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for w in 0..<view.count where view.isWord(w) {
            let word = view.lower(w)
            guard PartnershipWords.isPartnershipNoun(word) || (word.hasPrefix("partnerst") && word.contains("ä")) else { continue }
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
}
