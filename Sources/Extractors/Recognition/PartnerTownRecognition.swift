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

    /// Participles that twin two towns without a partnership noun (lower case): `ist mit St Albans verschwistert`.
    static let twinningWords: WordList = ["verschwistert", "partnerschaftlich"]

    /// Small foreign partner towns the gazetteer does not list, in the slots of a partnership sentence: coordinated
    /// with a known town (`Ludwigsburg und Montbéliard sind Partnerstädte`, `zwischen Braunschweig und Kasan`), after
    /// `Partnerstadt (von)` or as the subject of `X ist Partnerstadt von Y`; the items of a partner list
    /// (``partnerListTowns(_:known:sentence:)``).
    func partnerTowns(_ view: TokenView, known: [MentionSpan], sentence: Int) -> [MentionSpan] {
        let townPartnership = mentionsPartnership(view)
        let twinning = !townPartnership && view.firstWord(in: Self.twinningWords, from: 0, upper: view.count) != nil
        guard townPartnership || twinning || mentionsPartnershipNoun(view) else { return known }
        var out = partnerListTowns(view, known: known, sentence: sentence, twinning: twinning)
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
            // `die Partnerstädte Kiels`: a genitive of a known town whose base the gazetteer marks ambiguous names that town.
            var label = view.join(i, end)
            if end == i + 1, label.hasSuffix("s"), let base = lexicon.places[String(label.dropLast())], base.kind == .city {
                label = base.label
            }
            let span = MentionSpan(sentence: sentence, start: i, end: end, kind: .city, label: label, quality: .full,
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
            guard view.isAny(i - 1, ["mit", "und", "sowie"]) || view.isPunct(i - 1, ","), let end = townEnd(i), end == country.start - 1,
                  !Self.isPluralInstitutionNoun(view.lower(i)) else { continue }
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
            // `Worthington, Partnerstadt von Crailsheim, …`: the sentence-initial town of the apposition.
            if view.isPunct(i - 1, ","), let end = townEnd(0), end == i - 1 { add(0, end) }
            // `…, und Worthington, Partnerstadt von Crailsheim, …`: a one-word town after a conjunction or comma.
            if view.isPunct(i - 1, ","), i >= 3, view.isAny(i - 3, ["und", "sowie"]) || view.isPunct(i - 3, ","),
               let end = townEnd(i - 2), end == i - 1 { add(i - 2, end) }
        }
        return out.sorted { $0.start < $1.start }
    }

    /// Short first words of foreign town names that are no names on their own: `St Albans`, `Le Havre`, `Bad Vöslau`.
    static let townNamePrefixes: Set<String> = ["St", "Ste", "Le", "La", "Les", "Bad", "San", "Santa", "Santo", "São", "El", "Al",
                                                 "Nowa", "Nowy", "Stary", "Stara", "Kiryat", "Kirjat", "Port", "Mont", "Fort"]

    /// The items of a partner list: `Partnerschaften mit Maromme, Wierden und Ústí nad Orlicí`, `Partnerstädte der Gemeinde
    /// Vaterstetten sind Saint-Maur-des-Fossés (Frankreich), Ladispoli (Italien) und Kiryat Bialik (Israel)`,
    /// `ist mit St Albans in England verschwistert` — a coordinated list after `mit` (behind a partnership word) or after
    /// the copula of a plural partner noun. Unknown capitalised names of up to three words become towns when the list
    /// also holds a known place, when a country stands in parentheses after an item, or when two items (one in a
    /// twinning sentence) are followed by `in COUNTRY`. A name must end where the item ends (comma, conjunction,
    /// parenthesis, `in`, end of sentence), so common nouns followed by more words are no items.
    func partnerListTowns(_ view: TokenView, known: [MentionSpan], sentence: Int, twinning: Bool) -> [MentionSpan] {
        var openers: [Int] = []
        var sawPartnerWord = false
        var sawPluralPartner = false
        for i in 0..<view.count {
            if view.isWord(i), view.has(i, WordBit.partnerish) {
                sawPartnerWord = true
                let lower = view.lower(i)
                if lower.hasPrefix("partnerstädte") || lower.hasPrefix("partnergemeinden") || lower.hasPrefix("partnerkommunen")
                    || lower.hasPrefix("partnerregionen") || lower.hasPrefix("partnerkreise") { sawPluralPartner = true }
            }
            if view.isAny(i, ["mit"]), sawPartnerWord || twinning { openers.append(i) }
            if view.isAny(i, ["sind", "waren"]), sawPluralPartner { openers.append(i) }
            // `Die Partnerstädte Kiels – Brest, Coventry und Vaasa –`: a dash or colon after the plural noun and its owner.
            if sawPluralPartner, i >= 2, i <= 4, view.isDash(i) || view.isPunct(i, ":") { openers.append(i) }
        }
        guard !openers.isEmpty else { return known }
        var out = known
        func mention(at i: Int) -> MentionSpan? { out.first { $0.start == i } }
        func covered(_ i: Int) -> Bool { out.contains { $0.start <= i && i < $0.end } }
        func isCountry(_ i: Int) -> MentionSpan? { mention(at: i).flatMap { $0.kind == .country ? $0 : nil } }
        /// The end of an unknown name of up to three capitalised words at `i`, ending where a list item ends.
        func nameEnd(_ i: Int) -> Int? {
            guard view.isCap(i), !view.isUpper(i), !covered(i) else { return nil }
            let prefix = Self.townNamePrefixes.contains(view.text(i)) && view.isCap(i + 1) && view.tokens[i + 1].spaceBefore
            guard prefix || isUnknownNameWord(view, i) && !Self.isPluralInstitutionNoun(view.lower(i)) else { return nil }
            var end = i + 1
            while end < view.count && end < i + 4 {
                if view.isAny(end, Self.townParticles), view.isCap(end + 1) { end += 2; continue }
                if view.isCap(end), view.tokens[end].spaceBefore, !covered(end), isUnknownNameWord(view, end) { end += 1; continue }
                break
            }
            let closes = end >= view.count || view.isPunct(end, ",") || view.isPunct(end, "(") || view.isPunct(end, ".") || view.isDash(end)
                || view.isPunct(end, ";") || view.isAny(end, ["und", "sowie", "in"])
            return closes && (!prefix || end > i + 1) ? end : nil
        }
        for opener in openers {
            var items: [(start: Int, end: Int)] = []
            var evidence = false
            var countriesAfter = 0
            var j = opener + 1
            while j < view.count {
                if view.isAny(j, ["der", "die", "dem", "den"]) { j += 1 }
                var adjectives = 0
                while adjectives < 2, view.isWord(j), !view.isCap(j), view.lower(j).hasSuffix("en") || view.lower(j).hasSuffix("e") {
                    j += 1
                    adjectives += 1
                }
                if let m = mention(at: j) {
                    guard m.kind == .city || m.kind == .administrativeArea else { break }
                    evidence = true
                    j = m.end
                } else if let end = nameEnd(j) {
                    items.append((j, end))
                    j = end
                } else {
                    break
                }
                if view.isPunct(j, "("), let country = isCountry(j + 1), view.isPunct(country.end, ")") {
                    evidence = true
                    j = country.end + 1
                } else if view.isAny(j, ["in"]), let country = mention(at: j + 1), country.kind == .country || country.kind == .administrativeArea {
                    countriesAfter += 1
                    j = country.end
                }
                guard view.isPunct(j, ",") || view.isAny(j, ["und", "sowie"]) else { break }
                j += 1
            }
            guard !items.isEmpty, evidence || countriesAfter >= 2 || (twinning && countriesAfter >= 1) else { continue }
            for item in items where !covered(item.start) {
                out.append(MentionSpan(sentence: sentence, start: item.start, end: item.end, kind: .city, label: view.join(item.start, item.end),
                                       quality: .full, priority: 1))
            }
        }
        return out.count == known.count ? known : out.sorted { $0.start < $1.start }
    }

    /// Word ends of plural common nouns that partner lists also hold (`Partnerschaften mit Schulen, Vereinen und …`).
    static let pluralNounEnds = ["ungen", "schaften", "heiten", "keiten", "ionen", "schulen", "vereinen", "unternehmen", "firmen",
                                 "städten", "gemeinden", "ländern", "regionen", "partnern", "einrichtungen", "instituten",
                                 "universitäten", "kammern", "verbänden", "betrieben", "kommunen", "kreisen", "gruppen", "familien"]

    /// True when a lower-cased word ends like a plural common noun of ``pluralNounEnds``.
    static func isPluralInstitutionNoun(_ lower: String) -> Bool { pluralNounEnds.contains { lower.hasSuffix($0) } }

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
