import GraphCore

extension MentionRecognizer {
    /// Event candidates: an event noun (`…konferenz`, `…tagung`, `Messe`, `Seminar`) with an ordinal
    /// (`die 3. Jahrestagung`), a genitive organisation (`… des Verbands`), a named first part
    /// (`ISA-Videokonferenz`, `Online-Seminar`), a city before `Messe` (`Hannover Messe`) or a quoted title.
    /// A bare event noun becomes `NOUN in CITY` when a city follows; without a date or place in the
    /// sentence the rules will not use it, and ``Extractor`` drops events without facts.
    /// Event nouns that name an event on their own only as `NOUN in CITY` (`im Dialog mit Partnern in Wuhan` is none).
    static let vagueEventNouns: Set<String> = ["veranstaltung", "dialog", "ausstellung"]
    /// English event nouns: the capitalised words before them are part of the name (`Sino-German Hydrogen Conference`).
    static let englishEventNouns: Set<String> = ["conference", "summit", "congress", "expo", "fair", "meeting", "festival"]

    func events(_ view: TokenView, sentence: Int) -> [MentionSpan] {
        var out: [MentionSpan] = []
        for h in 0..<view.count where view.isCap(h) && view.has(h, WordBit.eventHead) {
            let text = view.text(h)
            guard let nominative = lexicon.eventHead(text) else { continue }
            if lexicon.isFunctionWord(text) { continue }
            // Assemblies named `…tag` that are bodies, not meetings: `Deutscher Städtetag`, `Landtag`, `Bundestag`.
            if nominative.hasSuffix("tag"), lexicon.orgWords.contains(nominative) { continue }
            var start = h
            var named = false
            // Capitalised adjectives before the head: `Deutsch-Chinesischen`; before an English head any capitalised word
            // (`Sino-German Hydrogen Conference`).
            // The head's lower-cased nominative, made once for the tests below.
            let lowerNominative = nominative.lowercased()
            let english = Self.englishEventNouns.contains(lowerNominative)
            var k = h - 1
            while k >= 0, view.isCap(k) || (english && view.isAny(k, ["and", "of"]) && view.isCap(k - 1)),
                  view.has(k, WordBit.adjective) || isPlaceWord(view, k) || view.isUpper(k) || english,
                  !view.has(k, WordBit.functionWord) || (english && view.isAny(k, ["and", "of"])), h - k <= (english ? 6 : 3) {
                start = k
                k -= 1
                named = true
            }
            // Ordinal: `9.` before.
            if view.isPunct(start - 1, "."), start - 2 >= 0, view.tokens[start - 2].kind == .number,
               Int(view.text(start - 2)).map({ $0 > 0 && $0 < 200 }) == true {
                start -= 2
                named = true
            }
            if text.contains("-") { named = true }
            var end = h + 1
            // Two places joined by a dash after the head name the event: `Wirtschaftsdialog Niedersachsen–Anhui`,
            // `Forum Mitteldeutschland-China`.
            if view.isCap(end), view.isPunct(end + 1, "–") || view.isPunct(end + 1, "-"), view.isCap(end + 2),
               !view.tokens[end + 1].spaceBefore, isPlaceWord(view, end) || isPlaceWord(view, end + 2) {
                end += 3
                named = true
            } else if view.isCap(end), case let next = view.text(end), let dash = next.lastIndex(of: "-"), dash != next.startIndex,
                      lexicon.places[String(next[next.index(after: dash)...])] != nil, lexicon.places[String(next[..<dash])] != nil {
                end += 1
                named = true
            } else if view.isCap(end), view.tokens[end].spaceBefore, !lowerNominative.hasSuffix("messe"),
                      let placeEnd = placeNameEnd(view, at: end), let entry = placeEntry(view, end, placeEnd),
                      entry.kind == .city || entry.kind == .administrativeArea || entry.kind == .country,
                      !view.isCap(placeEnd) || view.isUpper(placeEnd) == false && view.has(placeEnd, WordBit.functionWord) {
                // A place right after the head names the event: `Wirtschaftsforum Hubei`, `Innovationstag Sachsen` (not
                // `Messe Frankfurt`, a company).
                end = placeEnd
                named = true
            }
            // Quoted title after the noun: `Fachforum „Wasser und Stadt“`.
            if view.isOpenQuote(end) {
                var j = end + 1
                while j < view.count && !view.isCloseQuote(j) && j < end + 12 { j += 1 }
                if view.isCloseQuote(j) && j > end + 1 {
                    // The name is the noun in the nominative with the title in its quotation marks (`Fachforum „Wasser
                    // und Stadt“`); the title alone is an alias.
                    let title = view.join(end + 1, j)
                    let gender = lexicon.gender(ofHead: nominative)
                    let (headLabel, _) = canonicalPhrase(view, start: start, end: h + 1, head: h, headNominative: nominative,
                                                         headGender: gender)
                    let between = end > h + 1 ? " " + view.join(h + 1, end) : ""
                    let label = headLabel + between + " " + view.join(end, j + 1)
                    var span = MentionSpan(sentence: sentence, start: start, end: j + 1, kind: .event, label: label,
                                           quality: .full, priority: -1)
                    span.aliases.append(title)
                    let surface = view.join(start, j + 1)
                    if surface != label { span.surfaceForms.append(surface) }
                    out.append(span)
                    continue
                }
            }
            // Genitive organisation: `der ISA`, `des Verbands Deutscher Städte`. A name before it (`China-Tag der IHK`) is
            // remembered: written alone elsewhere in the document, it is the same event.
            let nameBeforeGenitive = named ? end : nil
            var genitiveStart: Int? = nil
            if let genitiveEnd = genitiveAttribute(view, from: end, sentence: sentence) {
                genitiveStart = nameBeforeGenitive
                end = genitiveEnd
                named = true
            } else if view.isAny(end, ["der", "des"]), isAcronymToken(view, end + 1), view.isUpper(end + 1) {
                genitiveStart = nameBeforeGenitive
                end += 2
                named = true
            } else if view.isAny(end, ["des"]), view.isCap(end + 1), Self.genitiveArea(lexicon, view.text(end + 1)) != nil {
                // A district or region in the genitive owns the event: `die Delegationsreise des Lahn-Dill-Kreises`.
                end += 2
                named = true
            }
            // The year of an edition right after the name (and its genitive): `HANNOVER MESSE 2025`, `Mitgliederversammlung 2025` (not a
            // count before a noun: `die Konferenz 1500 Gäste`).
            var edition: String? = nil
            if let year = editionYearEnd(view, at: end) {
                edition = " " + view.text(end)
                end = year
                named = true
            }
            var suffix = ""
            if !named {
                // A bare noun: only as `NOUN in CITY`.
                if view.isAny(end, ["in"]), let placeEnd = placeNameEnd(view, at: end + 1),
                   let entry = placeEntry(view, end + 1, placeEnd), entry.kind == .city {
                    suffix = " in " + entry.label
                    end = placeEnd
                } else if lowerNominative.hasSuffix("reise"), view.isAny(end, ["nach"]),
                          let placeEnd = placeNameEnd(view, at: end + 1), let entry = placeEntry(view, end + 1, placeEnd),
                          entry.kind.isPlace {
                    // A journey is named after where it goes: `Delegationsreise nach Chengdu`.
                    suffix = " nach " + entry.label
                    end = placeEnd
                } else if lowerNominative.hasSuffix("reise"), view.isAny(end, ["in"]), view.isAny(end + 1, ["die", "den", "das"]),
                          let target = journeyTarget(view, from: end + 2) {
                    // `Delegationsreise in die westchinesischen Metropolen Chengdu und …`, `… in die Provinz Sichuan`.
                    suffix = " nach " + target.entry.label
                    end = target.end
                } else if Self.vagueEventNouns.contains(lowerNominative) {
                    // `Veranstaltung`, `Dialog`, `Ausstellung` alone say too little: only `Veranstaltung in CITY` names an event.
                    continue
                } else if view.isAny(h - 1, ["dem"]) {
                    // `An dem Forum nahmen der Generalkonsul in Düsseldorf …`: a noun after `dem` refers back to an event named
                    // before; the town elsewhere in the sentence does not name it.
                    continue
                } else {
                    // The one city after `in` elsewhere in the sentence: `organisierte X in Freiburg eine Exkursion`.
                    let cities = (0..<view.count).compactMap { k -> PlaceInfo? in
                        guard view.isAny(k - 1, ["in"]), let e = placeNameEnd(view, at: k), let entry = placeEntry(view, k, e),
                              entry.kind == .city else { return nil }
                        return entry
                    }
                    guard cities.count == 1, let only = cities.first,
                          !["eine", "einer", "einem", "ein"].contains(view.lower(h - 1)) || true else { continue }
                    suffix = " in " + only.label
                }
            }
            let gender = lexicon.gender(ofHead: nominative)
            let (headLabel, changed) = canonicalPhrase(view, start: start, end: h + 1, head: h, headNominative: nominative,
                                                       headGender: gender)
            var label = headLabel
            if suffix.isEmpty, end > h + 1 { label += " " + view.join(h + 1, end) }
            label += suffix
            let surface = view.join(start, end)
            var span = MentionSpan(sentence: sentence, start: start, end: end, kind: .event, label: label,
                                   quality: changed ? .derived : .full, surfaceForms: surface == label ? [] : [surface],
                                   priority: -1)
            // The name without the year names the same edition elsewhere (``Coreference/attachEventShortNames(_:)``).
            if let edition, label.hasSuffix(edition) { span.aliases.append(String(label.dropLast(edition.count))) }
            if let genitiveStart, edition == nil, suffix.isEmpty, case let owner = " " + view.join(genitiveStart, end),
               label.hasSuffix(owner) {
                span.aliases.append(String(label.dropLast(owner.count)))
            }
            out.append(span)
        }
        return out
    }

    /// The administrative area a genitive names (`Lahn-Dill-Kreises`, `Hessens`, `Kreises Lippe` is none): its nominative
    /// label, or nil.
    static func genitiveArea(_ lexicon: RecognitionLexicon, _ text: String) -> String? {
        guard text.utf8.last == 0x73 else { return nil }
        if text.hasSuffix("es"), let county = countyCompound(text) { return county }
        if let info = lexicon.genitivePlace(text), info.kind == .administrativeArea { return info.label }
        return nil
    }

    /// One past a year of an edition (1950–2099) at token `k`, written after a space and followed by punctuation, a
    /// lower-case word or the end of the sentence; nil otherwise.
    func editionYearEnd(_ view: TokenView, at k: Int) -> Int? {
        guard k < view.count, view.tokens[k].kind == .number, view.tokens[k].spaceBefore, view.text(k).utf8.count == 4,
              let year = Int(view.text(k)), (1950...2099).contains(year) else { return nil }
        guard k + 1 >= view.count || !view.isWord(k + 1) || !view.isCap(k + 1) else { return nil }
        return k + 1
    }

    /// The first place after up to two lower-case adjectives and one capitalised noun (`westchinesischen Metropolen Chengdu`,
    /// `Provinz Sichuan`) from token `k`: where a journey `in die …` goes.
    func journeyTarget(_ view: TokenView, from k: Int) -> (end: Int, entry: PlaceInfo)? {
        var j = k
        var adjectives = 0
        while adjectives < 2, view.isWord(j), !view.isCap(j) { j += 1; adjectives += 1 }
        for start in [j, j + 1] where start < view.count && view.isCap(start) {
            if let placeEnd = placeNameEnd(view, at: start), let entry = placeEntry(view, start, placeEnd), entry.kind.isPlace {
                return (placeEnd, entry)
            }
        }
        return nil
    }

    /// Agreement candidates: an agreement noun (`Absichtserklärung`, `Kooperationsvereinbarung`, `Memorandum`)
    /// with a quoted title (`„Absichtserklärung über …“` – the whole quote is the name) or with capitalised
    /// adjectives (`Deutsch-Französische Erklärung`). Objects of signing verbs are retyped by ``Coreference``.
    func agreements(_ view: TokenView, sentence: Int) -> [MentionSpan] {
        var out: [MentionSpan] = []
        // The bit tests on the next token first: they rule out most tokens before the quotation-mark comparisons.
        for q in 0..<view.count where view.isCap(q + 1) && view.has(q + 1, WordBit.agreementHead) && view.isOpenQuote(q) {
            var j = q + 2
            while j < view.count && !view.isCloseQuote(j) && j < q + 30 { j += 1 }
            guard view.isCloseQuote(j) else { continue }
            let title = view.join(q + 1, j)
            out.append(MentionSpan(sentence: sentence, start: q, end: j + 1, kind: .agreement, label: title, quality: .full,
                                   surfaceForms: [view.text(q + 1)], priority: 0))
        }
        for h in 0..<view.count where view.isCap(h) {
            guard view.has(h, WordBit.agreementHead) else { continue }
            var start = h
            var k = h - 1
            while k >= 0, view.isCap(k), view.has(k, WordBit.adjective), !view.has(k, WordBit.functionWord), h - k <= 3 {
                start = k
                k -= 1
            }
            guard start < h else { continue }
            let gender = lexicon.gender(ofHead: view.text(h))
            let (label, changed) = canonicalPhrase(view, start: start, end: h + 1, head: h, headNominative: view.text(h),
                                                   headGender: gender)
            out.append(MentionSpan(sentence: sentence, start: start, end: h + 1, kind: .agreement, label: label,
                                   quality: changed ? .derived : .full, priority: 1))
        }
        return out
    }
}
