import GraphCore

extension MentionRecognizer {
    /// Particles inside foreign town names: `Ústí nad Labem`, `Châlons-en-Champagne` is one token anyway,
    /// `Boulogne sur Mer`, `Kamień na Śląsku`.
    static let townParticles: Set<String> = ["nad", "pod", "na", "sur", "sous", "upon", "on", "en"]

    /// True when the sentence speaks of a town partnership (`Partnerstadt`, `Städtepartnerschaft`, `Schwesterstadt`).
    func mentionsPartnership(_ view: TokenView) -> Bool {
        for i in 0..<view.count where view.isWord(i) && view.has(i, WordBit.partnerish) {
            let word = view.lower(i)
            if word.hasPrefix("partnerst") || word.hasSuffix("städtepartnerschaft") || word.hasPrefix("schwesterst")
                || word.hasPrefix("partnergemeinde") || word.hasPrefix("partnerregion") { return true }
        }
        return false
    }

    /// True when the sentence names a partnership of any kind (`Partnerschaften mit …`).
    func mentionsPartnershipNoun(_ view: TokenView) -> Bool {
        (0..<view.count).contains { view.isWord($0) && view.has($0, WordBit.partnerish) && PartnershipWords.isPartnershipNoun(view.lower($0)) }
    }

    /// Small foreign partner towns the gazetteer does not list, in the slots of a partnership sentence: coordinated
    /// with a known town (`Ludwigsburg und Montbéliard sind Partnerstädte`, `zwischen Braunschweig und Kasan`), after
    /// `Partnerstadt (von)` or as the subject of `X ist Partnerstadt von Y`.
    func partnerTowns(_ view: TokenView, known: [MentionSpan], sentence: Int) -> [MentionSpan] {
        let townPartnership = mentionsPartnership(view)
        guard townPartnership || mentionsPartnershipNoun(view) else { return known }
        var out = known
        func covered(_ i: Int) -> Bool { out.contains { $0.start <= i && i < $0.end } }
        /// The end of an unknown town name at `i`, or nil.
        func townEnd(_ i: Int) -> Int? {
            guard view.isCap(i), !view.isUpper(i), !covered(i), isUnknownNameWord(view, i) else { return nil }
            var end = i + 1
            if view.isAny(end, Self.townParticles), view.isCap(end + 1) {
                end += 2
            } else if view.isAny(end, ["an", "am"]) && view.isAny(end + 1, ["der"]) && view.isCap(end + 2) {
                end += 3
            } else if view.isCap(end), view.tokens[end].spaceBefore, view.text(end).unicodeScalars.count <= 5,
                      !view.isCap(end + 1), !view.has(end, WordBit.orgHead), !isRoleWord(view, end),
                      !(view.text(end).fastLowercased.hasPrefix("partner")) {
                // `Hoi An`, `Can Tho`: a short second name word before a lower-case word or punctuation.
                end += 1
            }
            return end
        }
        func add(_ i: Int, _ end: Int) {
            let span = MentionSpan(sentence: sentence, start: i, end: end, kind: .city, label: view.join(i, end), quality: .full,
                                   priority: 1)
            out.append(span)
        }
        let cities = townPartnership ? known.filter { $0.kind == .city || $0.kind == .administrativeArea } : []
        for city in cities {
            // `A und B`: the unknown one after or before the known one.
            if view.isAny(city.end, ["und"]), let end = townEnd(city.end + 1) { add(city.end + 1, end) }
            if view.isAny(city.start - 1, ["und"]) {
                var s = city.start - 2
                while s > 0 && view.isCap(s - 1) && !covered(s - 1) && city.start - 2 - s < 1 { s -= 1 }
                if s >= 0, let end = townEnd(s), end == city.start - 1 { add(s, end) }
            }
        }
        // `Partnerschaften mit Cabourg in Frankreich, Mayrhofen in Österreich`: an unknown name listed before `in COUNTRY`.
        for country in known where country.kind == .country && country.start >= 2 && view.isAny(country.start - 1, ["in"]) {
            let i = country.start - 2
            guard view.isAny(i - 1, ["mit", "und", "sowie"]) || view.isPunct(i - 1, ","), let end = townEnd(i), end == country.start - 1
            else { continue }
            add(i, end)
        }
        for i in 0..<view.count where townPartnership && view.isWord(i) && view.has(i, WordBit.partnerish) && view.lower(i).hasPrefix("partnerst") {
            // `Partnerstadt von X` / `Partnerstadt X`.
            var k = i + 1
            if view.isAny(k, ["von", "ist", "wird"]) { k += 1 }
            if view.isAny(k, ["der", "die"]) { k += 1 }
            if let end = townEnd(k), !covered(k) { add(k, end) }
            // `X ist Partnerstadt von Y`: the sentence-initial subject.
            if view.isAny(i - 1, ["ist", "wurde"]) || (view.isAny(i - 1, ["die", "eine"]) && view.isAny(i - 2, ["ist", "wurde"])) {
                if let end = townEnd(0), view.isAny(end, ["ist", "wurde"]) { add(0, end) }
            }
        }
        return out.sorted { $0.start < $1.start }
    }

    /// True when token `i` is a capitalised word the lexicons know as nothing else: no function word, title, role,
    /// organisation or event head, month, given name or known place.
    func isUnknownNameWord(_ view: TokenView, _ i: Int) -> Bool {
        let text = view.text(i)
        if lexicon.isFunctionWord(text) || lexicon.titles.contains(RecognitionLexicon.compactKey(text)) { return false }
        if isRoleWord(view, i) || lexicon.orgHead(text) != nil || lexicon.eventHead(text) != nil { return false }
        if lexicon.places[text] != nil || lexicon.placeCues[text] != nil || lexicon.givenNames.contains(text) { return false }
        if GermanMonthNames.all.contains(text.fastLowercased) { return false }
        if text.fastLowercased.hasPrefix("partner") || looksLikeAdjective(text) && text.hasSuffix("en") { return false }
        return text.unicodeScalars.count >= 3
    }
}

/// German month names (lower case), for excluding them from unknown names.
enum GermanMonthNames {
    /// The twelve months and `Jänner`.
    static let all: Set<String> = ["januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
                                   "oktober", "november", "dezember"]
}
