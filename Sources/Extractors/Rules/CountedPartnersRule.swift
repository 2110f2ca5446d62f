import GraphCore

/// Partnerships counted and then named: `A pflegt Partnerschaften mit fünf weiteren Städten: B in England, C in Polen und
/// D`, `Die Hochschule unterhält Partnerschaften mit sechs Hochschulen in China, darunter B, C und D`. The list follows a
/// colon or `darunter` in the sentence or, when the sentence ends there, on the lines below (a bullet list); the owner is
/// the first town or organisation before the noun, or a description of one (`Die Hochschule`, `die Stadt`). Towns pair
/// with towns and organisations with organisations.
///
/// Example: „Gotha unterhält Partnerschaften mit vier Städten: Salzgitter, Gastonia, Kielce und Martin.“ →
/// partnerOf(Gotha | Salzgitter), … Prior 0.75.
struct CountedPartnersRule: ExtractionRule {
    var name: String { "counted-partners" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { true }

    /// Plural class nouns of counted partners (lower case, dative).
    static let classNouns = ["städten", "kommunen", "gemeinden", "regionen", "provinzen", "landkreisen", "kreisen", "hochschulen",
                             "universitäten", "schulen", "partnern", "einrichtungen", "instituten"]

    /// Number words before the class noun (lower case).
    static let countWords = ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "mehreren",
                             "zahlreichen", "vielen"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for w in 0..<view.count where view.isWord(w) && view.has(w, WordBit.partnerish) {
            let word = view.lower(w)
            guard word == "partnerschaften", view.isAny(w + 1, ["mit"]) else { continue }
            // `mit fünf (weiteren) Städten (in Europa):` / `…, darunter`
            var k = w + 2
            guard k < view.count, view.tokens[k].kind == .number || Self.countWords.contains(view.lower(k)) else { continue }
            k += 1
            if view.isWord(k), !view.isCap(k) { k += 1 }
            guard view.isAny(k, Self.classNouns) else { continue }
            let institutions = !["städten", "kommunen", "gemeinden", "regionen", "provinzen", "landkreisen", "kreisen"].contains(view.lower(k))
            k += 1
            // A place phrase after the class noun: `in der Volksrepublik`, `in Europa`.
            if view.isAny(k, ["in", "aus"]) {
                k += 1
                while k < view.count, !view.isPunct(k, ","), !view.isPunct(k, ":"), k < w + 12 { k += 1 }
            }
            if view.isPunct(k, ",") && view.isAny(k + 1, ["darunter", "etwa"]) { k += 2 } else if view.isPunct(k, ":") { k += 1 } else { continue }
            let kinds: Set<EntityKind> = institutions ? [.organization] : [.city, .administrativeArea]
            guard let owner = owner(context, before: w, institutions: institutions) else { return }
            var partners: [Int]
            if k >= view.count || view.isPunct(k, ":") {
                partners = linesBelow(context, kinds: kinds)
            } else {
                partners = listItems(context, from: k, kinds: kinds)
            }
            guard !PartnershipWords.isEnded(context) else { return }
            for p in partners where p != owner { output.add(.partnerOf, owner, p) }
            return
        }
    }

    /// The owner: the first town (or organisation) before the noun that is not in parentheses or after `neben`/`mit`, or a
    /// description of one.
    private func owner(_ context: SentenceContext, before w: Int, institutions: Bool) -> Int? {
        let view = context.view
        for m in context.mentions where m.end <= w && !context.inParentheses(m.start) && !view.isAny(m.start - 1, ["neben", "mit", "in", "aus"]) {
            if institutions ? m.kind == .organization : (m.kind == .city || m.kind == .administrativeArea) { return m.entity }
        }
        for i in 0..<w where view.isAny(i, SentenceContext.descriptionDeterminers) {
            if let described = context.describedEntity(at: i), described.end <= w {
                let kind = context.document.kind(described.entity)
                if institutions ? kind == .organization : (kind == .city || kind == .administrativeArea) { return described.entity }
            }
        }
        return nil
    }

    /// The named items of a list from `start` to the sentence end: at the start and after each comma, `und` or `sowie`, a
    /// mention of the kinds (after an article); an item the recogniser does not know (a small foreign town) is passed over
    /// instead of ending the list, and a country after `in` is the item's, not an item.
    private func listItems(_ context: SentenceContext, from start: Int, kinds: Set<EntityKind>) -> [Int] {
        let view = context.view
        var out: [Int] = []
        var itemStart = true
        var k = start
        while k < view.count {
            if itemStart {
                let at = context.itemStart(after: k, kinds: kinds)
                if let m = context.mention(startingAt: at), kinds.contains(m.kind) {
                    out.append(m.entity)
                    k = m.end
                    itemStart = false
                    continue
                }
                itemStart = false
            }
            if view.isPunct(k, ",") || view.isAny(k, ["und", "sowie"]) { itemStart = true }
            if view.isPunct(k, ".") || view.isPunct(k, ";") { break }
            k += 1
        }
        return out
    }

    /// The partners on the lines below: the first mention of the kinds on each line (after an article), up to a sentence that is
    /// no line or names none.
    private func linesBelow(_ context: SentenceContext, kinds: Set<EntityKind>) -> [Int] {
        var out: [Int] = []
        var k = context.index + 1
        while k < context.document.views.count, k < context.document.isLine.count, context.document.isLine[k], out.count < 40 {
            let line = context.document.views[k]
            var start = line.isPunct(0, "-") || line.isPunct(0, "•") || line.isPunct(0, "*") || line.isDash(0) ? 1 : 0
            if line.isAny(start, ["der", "die", "das", "den", "dem"]) { start += 1 }
            guard let first = context.document.spans[k].first, first.start == start, kinds.contains(first.kind) else { break }
            out.append(first.entity)
            k += 1
        }
        return out
    }
}
