import GraphCore

/// A partnership whose owner follows the noun in the genitive: `die Partnerschaft der Landeshauptstadt München mit Peking`,
/// `die Partnerschaft Münchens mit Peking`, `die übrigen Partnerschaften Kassels, etwa mit Florenz und Mulhouse`, `sieben
/// Partnerschaften, darunter die von Landshut mit Weifang`, `Die
/// Freundschaftsstadt Ingolstadts, Foshan, …`, `Die Partnerstädte Kassels sind A und B`. Places pair with places; a
/// planned or ended partnership is none.
///
/// Example: „Er würdigte die Partnerschaft der Stadt Halle mit Jiaxing.“ → partnerOf(Halle | Jiaxing). Prior 0.8.
struct PartnershipGenitiveRule: ExtractionRule {
    var name: String { "partnership-genitive" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Cue nouns between the genitive article and the owner's name, when the name is recognised without them.
    static let ownerCues = ["Stadt", "Landeshauptstadt", "Hansestadt", "Gemeinde", "Freistaats", "Landes", "Bundeslandes",
                            "Landkreises", "Kreises", "Provinz", "Region", "Bezirks", "Stadtbezirks"]
    /// The kinds of the partners (a set made once, not per sentence).
    static let places: Set<EntityKind> = [.city, .administrativeArea]
    /// Words that open a list of partners after a comma (lower case).
    static let listOpeners = ["etwa", "darunter", "u.a.", "insbesondere", "namentlich"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        let places = Self.places
        var found: [(Int, Int)] = []
        for w in 0..<view.count where view.isWord(w) && view.has(w, WordBit.partnerish) {
            let word = view.lower(w)
            // Most partnerish tokens are words with umlauts: a byte test rules them out before any string comparison.
            guard Self.mayBePartnerNoun(word) else { continue }
            let partnership = PartnershipWords.isPartnershipNoun(word) && !PartnershipWords.isInstitutionPartnership(word)
            let partnerPlace = PartnershipWords.isPartnerPlaceNoun(word) || word.hasPrefix("freundschaftsst")
            guard partnership || partnerPlace, !view.isAny(w - 1, PartnershipRule.prospectiveWords) else { continue }
            // `… bestehen sieben Partnerschaften, darunter die von A mit B und die von C mit D`: the owner after `von`.
            if partnership, word.hasSuffix("schaften"), view.isPunct(w + 1, ","), view.isAny(w + 2, Self.listOpeners) {
                var k = w + 3
                while k < view.count {
                    if view.isAny(k, ["von"]), let a = context.mention(startingAt: k + 1), places.contains(a.kind), view.isAny(a.end, ["mit"]),
                       let b = context.mention(startingAt: context.itemStart(after: a.end + 1, kinds: places)), places.contains(b.kind),
                       a.entity != b.entity {
                        found.append((a.entity, b.entity))
                        k = b.end
                        continue
                    }
                    k += 1
                }
                continue
            }
            guard let owner = genitiveOwner(context, after: w) else { continue }
            var k = owner.end
            if partnership {
                // `… mit B`, `…, etwa mit B, C und D`.
                if view.isPunct(k, ","), view.isAny(k + 1, Self.listOpeners) { k += 2 }
                guard view.isAny(k, ["mit"]) else { continue }
                let (items, _) = context.coordinatedMentions(from: context.itemStart(after: k + 1, kinds: places), kinds: places)
                for item in items where item.entity != owner.entity { found.append((owner.entity, item.entity)) }
            } else {
                // `Die Freundschaftsstadt Ingolstadts, Foshan, …`, `Die Partnerstädte Kassels sind A und B`.
                if view.isPunct(k, ",") || view.isDash(k) || view.isPunct(k, ":") || view.isAny(k, ["sind", "ist", "waren", "war"]) {
                    k += 1
                } else {
                    continue
                }
                let (items, _) = context.coordinatedMentions(from: context.itemStart(after: k, kinds: places), kinds: places)
                for item in items where item.entity != owner.entity { found.append((owner.entity, item.entity)) }
            }
        }
        guard !found.isEmpty, !PartnershipWords.isEnded(context) else { return }
        for (a, b) in found { output.add(.partnerOf, a, b) }
    }

    /// True when the lower-cased `word` can be a partnership or partner-town noun: it starts with `partner`, `freundschaftsst`
    /// or `schwesterst`, or ends with `partnerschaft` or `partnerschaften` (compared on UTF-8 bytes).
    static func mayBePartnerNoun(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 11 else { return false }
        if bytes.starts(with: "partner".utf8) || bytes.starts(with: "freundschaftsst".utf8) || bytes.starts(with: "schwesterst".utf8) {
            return true
        }
        return bytes.suffix(13).elementsEqual("partnerschaft".utf8) || bytes.count >= 15 && bytes.suffix(15).elementsEqual("partnerschaften".utf8)
    }

    /// The owner of the partnership noun at `w` in the genitive right after it: `der (Landeshaupt)stadt München`, `des
    /// Freistaats Bayern`, or a name written with a genitive `-s` its label lacks (`Münchens`, `Kassels`). Not a country.
    private func genitiveOwner(_ context: SentenceContext, after w: Int) -> MentionSpan? {
        let view = context.view
        if view.isAny(w + 1, ["der", "des"]) {
            var k = w + 2
            if context.mention(startingAt: k) == nil, Self.ownerCues.contains(view.text(k)) { k += 1 }
            guard let m = context.mention(startingAt: k), m.kind == .city || m.kind == .administrativeArea else { return nil }
            return m
        }
        // The recogniser may take the partner noun into the mention as a cue (`Partnerstadt Ingolstadts`).
        guard let m = context.mention(startingAt: w + 1) ?? context.mention(startingAt: w).flatMap({ $0.end > w + 1 ? $0 : nil }),
              m.kind == .city || m.kind == .administrativeArea else { return nil }
        let written = view.text(m.end - 1)
        let label = context.document.entities.entities[m.entity].label
        guard written.hasSuffix("s"), !label.hasSuffix("s") else { return nil }
        return m
    }
}
