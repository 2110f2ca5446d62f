import GraphCore

extension MentionRecognizer {
    /// Place candidates: gazetteer, state, province and country names (longest match, exonyms mapped to
    /// the German name, genitive `-s` stripped where the base is known), and names after a place cue
    /// (`Stadt X`, `Provinz X`, `Kreis X`, `Region X`). Adjectives (`chinesische`) are never places.
    /// Cues that are part of the name (`Kreis`, `Landkreis`, `Region`, `Bezirk`) stay in the label;
    /// the others (`Stadt`, `Provinz`, `Bundesland`) become a surface form.
    func places(_ view: TokenView, sentence: Int) -> [MentionSpan] {
        var out: [MentionSpan] = []
        var i = 0
        while i < view.count {
            if let span = namedRegion(view, at: i, sentence: sentence) ?? cuedPlace(view, at: i, sentence: sentence) {
                out.append(span)
                i = span.end
                // A plural cue before coordinated names: `die Landkreise Leer und Stade`, `die Bezirke Pudong, Minhang und
                // Jing'an` – every name takes the cue.
                if let cue = Self.pluralNamedCues[view.text(span.start)] {
                    for next in coordinatedCuedNames(view, after: span.end, cue: cue, sentence: sentence) {
                        out.append(next)
                        i = next.end
                    }
                }
                continue
            }
            // `Alb-Donau-Kreis`, `des Rhein-Sieg-Kreises`: a county named by a hyphenated compound the gazetteer lacks.
            // The byte test first: the gazetteer lookup runs only for a token ending in `-Kreis` or `-Kreises`.
            if view.isCap(i), let label = Self.countyCompound(view.text(i)), placeNameEnd(view, at: i) == nil {
                let surface = view.text(i)
                out.append(MentionSpan(sentence: sentence, start: i, end: i + 1, kind: .administrativeArea, label: label,
                                       quality: surface == label ? .full : .derived, surfaceForms: surface == label ? [] : [surface],
                                       priority: 3))
                i += 1
                continue
            }
            if let end = placeNameEnd(view, at: i), let entry = placeEntry(view, i, end) {
                let prev = view.lower(i - 1)
                let cued = ["in", "nach", "aus", "von", "bei", "stadt", "region", "provinz"].contains(prev)
                // An ambiguous name counts in a list of known places: `Kiel, Lübeck und Flensburg`.
                let listed = (view.isPunct(end, ",") || view.isAny(end, ["und"])) && placeNameEnd(view, at: end + 1) != nil
                    && !(placeEntry(view, end + 1, placeNameEnd(view, at: end + 1)!)?.ambiguous ?? true)
                    // … or closes one: `Duisburg, Dortmund und Essen`, `die Städte Witten und Hamm`.
                    || view.isAny(i - 1, ["und", "sowie"]) && isPlaceWord(view, i - 2) && !view.isPunct(end, "-")
                if entry.ambiguous && !cued && !listed && !view.isPunct(i - 1, ",") && !view.isPunct(i - 1, "(") {
                    i += 1
                    continue
                }
                let surface = view.join(i, end)
                let (label, aliases) = displayLabel(entry, written: lookupKey(view, i, end))
                var span = MentionSpan(sentence: sentence, start: i, end: end, kind: entry.kind, label: label,
                                       quality: .full, aliases: aliases, surfaceForms: surface == label ? [] : [surface],
                                       priority: 3)
                // `Fulda (Region)`: the cue in parentheses makes it an area named with the cue.
                if view.isPunct(end, "("), view.isPunct(end + 2, ")"), let cueKind = lexicon.placeCues[view.text(end + 1)],
                   cueKind == .administrativeArea {
                    span.kind = .administrativeArea
                    span.label = view.text(end + 1) + " " + entry.label
                    span.surfaceForms.append(view.join(i, end + 3))
                    span.end = end + 3
                }
                out.append(span)
                i = span.end
                continue
            }
            i += 1
        }
        return partnerTowns(view, known: listedTowns(view, known: cuedTowns(view, known: out, sentence: sentence), sentence: sentence),
                            sentence: sentence)
    }

    /// The nominative label of a county named by a hyphenated compound ending in `-Kreis` (`Alb-Donau-Kreis`,
    /// `Rhein-Sieg-Kreises` → `Rhein-Sieg-Kreis`), or nil.
    static func countyCompound(_ text: String) -> String? {
        // Compared on the UTF-8 bytes: most tokens fail on the last byte.
        let bytes = text.utf8
        guard bytes.last == 0x73, bytes.count >= 9 else { return nil }
        if bytes.suffix(6).elementsEqual("-Kreis".utf8) { return text }
        if bytes.count >= 11, bytes.suffix(8).elementsEqual("-Kreises".utf8) { return String(text.dropLast(2)) }
        return nil
    }

    /// Words before a small town's name in a dateline or before `im Kreis …` (lower case): prepositions and joins.
    static let townLeadWords = ["aus", "in", "nach", "von", "bei", "und"]

    /// Small German towns the gazetteer does not list, known from a cue: a dateline opening a paragraph (`Blaubeuren,
    /// 17. Februar 2026 –`, `Weilheim (dpa) –`) and a name before `im/in der` and a county (`Blaubeuren im Alb-Donau-Kreis`,
    /// `aus Zorneding im Landkreis Ebersberg`). The name is one capitalised word that the lexicons know as nothing else,
    /// at the start of the sentence or after a preposition, not a plural common noun.
    func cuedTowns(_ view: TokenView, known: [MentionSpan], sentence: Int) -> [MentionSpan] {
        var out = known
        func covered(_ i: Int) -> Bool { out.contains { $0.start <= i && i < $0.end } }
        func candidate(_ i: Int) -> Bool {
            view.isCap(i) && !view.isUpper(i) && !covered(i) && isUnknownNameWord(view, i) && !Self.isPluralInstitutionNoun(view.lower(i))
                && (i == 0 || view.isAny(i - 1, Self.townLeadWords) || view.isPunct(i - 1, ","))
        }
        // A dateline: `NAME, 17. Februar 2026 –` or `NAME (dpa) –` at the start of the sentence (the shape first, then the name).
        if view.count > 5 {
            let dated = view.isPunct(1, ",") && view.tokens[2].kind == .number && view.isPunct(3, ".") && view.has(4, WordBit.month)
                && GermanMonthNames.all.contains(view.lower(4))
            let agency = view.isPunct(1, "(") && view.isWord(2) && view.isPunct(3, ")") && view.isDash(4)
            if dated || agency, candidate(0) {
                out.append(MentionSpan(sentence: sentence, start: 0, end: 1, kind: .city, label: view.text(0), quality: .full, priority: 3))
            }
        }
        // `NAME, einer Stadt in der Provinz X`, `NAME, eine Gemeinde im Landkreis X`: a town noun in apposition.
        var comma = 1
        while comma + 3 < view.count {
            defer { comma += 1 }
            guard view.isPunct(comma, ","), view.isAny(comma + 1, ["eine", "einer"]) else { continue }
            var k = comma + 2
            while k < comma + 4, view.isWord(k), !view.isCap(k) { k += 1 }
            guard view.isAny(k, ["stadt", "kleinstadt", "kreisstadt", "gemeinde", "stadtgemeinde", "marktgemeinde"]),
                  view.isAny(k + 1, ["in", "im", "der", "des", "mit", "von"]) || view.isPunct(k + 1, ","), candidate(comma - 1) else { continue }
            out.append(MentionSpan(sentence: sentence, start: comma - 1, end: comma, kind: .city, label: view.text(comma - 1),
                                   quality: .full, priority: 3))
        }
        // `NAME im Landkreis X`, `NAME im Alb-Donau-Kreis`, `NAME in der Region X`.
        for area in known where area.kind == .administrativeArea && area.start >= 2 {
            var k = area.start - 1
            if view.isAny(k, ["der"]) { k -= 1 }
            guard k >= 1, view.isAny(k, ["im", "in"]), area.label.contains("Kreis") || area.label.contains("kreis") else { continue }
            let i = k - 1
            guard candidate(i) else { continue }
            out.append(MentionSpan(sentence: sentence, start: i, end: i + 1, kind: .city, label: view.text(i), quality: .full, priority: 3))
        }
        return out.count == known.count ? known : out.sorted { $0.start < $1.start }
    }

    /// Endings of German (and some Polish and French) town names; an unknown capitalised word with such an ending that
    /// stands in a list with a known place is a town too.
    static let townEndings = ["heim", "bach", "burg", "dorf", "hausen", "stadt", "feld", "felde", "berg", "ingen", "rode", "hagen",
                              "furt", "brück", "brücken", "born", "stein", "thal", "kirchen", "walde", "leben", "weiler", "beck",
                              "büttel", "witz", "itz", "stedt", "münde", "ice", "owo", "ów", "ville", "court"]

    /// Compounds of town endings that are common nouns.
    static let townEndingNouns = ["hauptstadt", "partnerstadt", "heimatstadt", "innenstadt", "altstadt", "großstadt", "kreisstadt",
                                  "hansestadt", "messestadt", "mitgliedsstadt", "universitätsstadt", "kleinstadt", "vorstadt",
                                  "werkstatt", "wohnheim", "bahnhof", "friedhof", "flughafen", "gebirge", "notice", "service",
                                  "office", "justice", "bereich"]

    /// `Rüsselsheim am Main/Raunheim/Kelsterbach`, `Hattersheim, Raunheim und Flörsheim`: unknown words with a town ending,
    /// coordinated (`/`, `,`, `und`, `sowie`) with a place the gazetteer knows, are cities as written.
    func listedTowns(_ view: TokenView, known: [MentionSpan], sentence: Int) -> [MentionSpan] {
        var out = known
        func covered(_ i: Int) -> Bool { out.contains { $0.start <= i && i < $0.end } }
        func isTown(_ i: Int) -> Bool {
            guard view.isCap(i), !view.isUpper(i), !covered(i) else { return false }
            let text = view.text(i)
            let lower = text.fastLowercased
            guard text.unicodeScalars.count >= 5, !lexicon.isFunctionWord(text), lexicon.orgHead(text) == nil,
                  lexicon.placeCues[text] == nil, !isRoleWord(view, i), !lexicon.givenNames.contains(text),
                  lexicon.eventHead(text) == nil, !text.contains("-") else { return false }
            if Self.townEndingNouns.contains(where: { lower.hasSuffix($0) }) { return false }
            guard Self.townEndings.contains(where: { lower.hasSuffix($0) && lower.count > $0.count + 2 }) else { return false }
            // A town name stands alone: not the start of a longer capitalised phrase.
            return !(view.isCap(i + 1) && view.tokens[i + 1].spaceBefore && !view.has(i + 1, WordBit.functionWord))
        }
        func separator(_ i: Int) -> Bool { view.isPunct(i, "/") || view.isPunct(i, ",") || view.isAny(i, ["und", "sowie"]) }
        var queue = known.filter { $0.kind == .city }
        while let span = queue.popLast() {
            for candidate in [span.end + 1, span.start - 2] where separator(candidate == span.end + 1 ? span.end : span.start - 1) {
                guard candidate >= 0, isTown(candidate) else { continue }
                let town = MentionSpan(sentence: sentence, start: candidate, end: candidate + 1, kind: .city,
                                       label: view.text(candidate), quality: .full, priority: 3)
                out.append(town)
                queue.append(town)
            }
        }
        // Nothing added to spans already in order: the (stable) sort would keep them as they are.
        if out.count == known.count && Self.isSortedByStart(out) { return out }
        return out.sorted { $0.start < $1.start }
    }

    /// True when the spans' starts never decrease.
    static func isSortedByStart(_ spans: [MentionSpan]) -> Bool {
        var k = 1
        while k < spans.count {
            if spans[k - 1].start > spans[k].start { return false }
            k += 1
        }
        return true
    }

    /// Cue words after which an unknown capitalised word is a place name.
    static let reliableCues: Set<String> = ["Stadt", "Provinz", "Kreis", "Landkreis", "Region", "Bezirk", "Stadtbezirk", "Präfektur",
                                            "Woiwodschaft", "Gemeinde", "Kanton", "Departement", "Département", "Bundesland",
                                            "Hansestadt", "Landeshauptstadt", "Partnerstadt", "Metropolregion", "Kreisstadt",
                                            "Stadtteil", "Distrikt", "Regierungsbezirk", "Freistaat", "Nachbargemeinde", "Nachbarstadt",
                                            "Nachbarkommune"]

    /// Word ends of regions named with an adjective: `Bergisches Städtedreieck`, `Oberschlesisches Revier`.
    static let regionHeads = ["städtedreieck", "dreieck", "städtedreieck", "revier", "metropolregion", "ballungsraum", "kreis"]

    /// `ADJ + REGIONHEAD`: `Bergisches Städtedreieck` (area), nominative restored after an oblique determiner.
    func namedRegion(_ view: TokenView, at i: Int, sentence: Int) -> MentionSpan? {
        guard view.isCap(i), view.has(i, WordBit.adjective), view.isCap(i + 1) else { return nil }
        let head = view.text(i + 1)
        let lower = view.lower(i + 1)
        // The heads are simple texts: a simple lower-cased token is compared on its bytes.
        let simple = view.has(i + 1, WordBit.simpleLower)
        guard let suffix = Self.regionHeads.first(where: { simple ? lower.hasSimpleSuffix($0) || lower.hasSimpleSuffix($0, then: "s")
                                                               : lower.hasSuffix($0) || lower.hasSuffix($0 + "s") }) else { return nil }
        // A county is named `Rheinisch-Bergischer Kreis`, `Oberbergischer Kreis`: only an `-isch` adjective before `Kreis`.
        if suffix == "kreis" {
            let adjective = view.lower(i)
            guard lower == "kreis" || lower == "kreises", adjective.contains("isch") else { return nil }
        }
        let nominative = lower.hasSuffix(suffix) ? head : String(head.dropLast())
        let gender = lexicon.gender(ofHead: nominative)
        let (label, changed) = canonicalPhrase(view, start: i, end: i + 2, head: i + 1, headNominative: nominative, headGender: gender)
        let surface = view.join(i, i + 2)
        return MentionSpan(sentence: sentence, start: i, end: i + 2, kind: .administrativeArea, label: label,
                           quality: changed ? .derived : .full, surfaceForms: surface == label ? [] : [surface], priority: 3)
    }

    /// Plural forms of the cues of ``namedCues`` and their singular, which each coordinated name takes.
    /// (`Kreise` is left out: `in Kreisen Pekinger Diplomaten` names no county.)
    static let pluralNamedCues: [String: String] = ["Landkreise": "Landkreis", "Landkreisen": "Landkreis", "Bezirke": "Bezirk",
                                                    "Bezirken": "Bezirk", "Stadtbezirke": "Stadtbezirk",
                                                    "Stadtbezirken": "Stadtbezirk"]

    /// The names coordinated after a plural cue's first name (`…, Minhang und Jing'an`), each one capitalised word
    /// labelled with the singular cue; stops at the first token that continues no list.
    func coordinatedCuedNames(_ view: TokenView, after start: Int, cue: String, sentence: Int) -> [MentionSpan] {
        var out: [MentionSpan] = []
        var k = start
        while k + 1 < view.count, view.isPunct(k, ",") || view.isAny(k, ["und", "sowie"]) {
            let name = k + 1
            guard view.isCap(name), view.isWord(name), !view.has(name, WordBit.functionWord), !view.has(name, WordBit.orgHead),
                  !view.has(name, WordBit.cueStart), !isRoleWord(view, name) else { break }
            // The name ends the list or continues it; a second capitalised word makes it a new noun phrase.
            guard name + 1 >= view.count || !view.isCap(name + 1) else { break }
            let written = view.text(name)
            out.append(MentionSpan(sentence: sentence, start: name, end: name + 1, kind: .administrativeArea,
                                   label: cue + " " + written, quality: .derived, surfaceForms: [written], priority: 3))
            if view.isAny(k, ["und", "sowie"]) { break }
            k = name + 1
        }
        return out
    }

    /// Cue words whose place keeps the cue in its name.
    static let namedCues: Set<String> = ["Kreis", "Landkreis", "Region", "Bezirk", "Rhein-Kreis", "Stadtbezirk", "Metropolregion"]

    /// The nominative of an inflected cue word.
    static let cueNominative: [String: String] = ["Kreises": "Kreis", "Landkreises": "Landkreis", "Bezirks": "Bezirk",
                                                  "Landkreise": "Landkreis", "Landkreisen": "Landkreis", "Bezirke": "Bezirk",
                                                  "Bezirken": "Bezirk", "Stadtbezirke": "Stadtbezirk", "Stadtbezirken": "Stadtbezirk",
                                                  "Bezirkes": "Bezirk", "Landes": "Land", "Freistaats": "Freistaat",
                                                  "Freistaates": "Freistaat", "Bundeslandes": "Bundesland",
                                                  "Stadtbezirks": "Stadtbezirk", "Départements": "Département",
                                                  "Departements": "Departement", "Distrikts": "Distrikt"]

    /// A place introduced by a cue word: `Stadt Foshan`, `Provinz Henan`, `Kreis Kleve`, `Rhein-Kreis Neuss`, `Landes NRW`.
    func cuedPlace(_ view: TokenView, at i: Int, sentence: Int) -> MentionSpan? {
        guard view.isCap(i), view.has(i, WordBit.cueStart) else { return nil }
        let raw = view.text(i)
        var cue = Self.cueNominative[raw] ?? raw
        var kind = lexicon.placeCues[cue]
        // A compound ending in `-Kreis` (`Rhein-Kreis`, `Main-Taunus-Kreis` stands alone and is found by the gazetteer).
        if kind == nil, raw.hasSuffix("-Kreis") { kind = .administrativeArea; cue = raw }
        guard let kind else { return nil }
        let nameStart = i + 1
        guard view.isCap(nameStart), !view.has(nameStart, WordBit.functionWord), !view.has(nameStart, WordBit.orgHead),
              !isRoleWord(view, nameStart) else { return nil }
        var end: Int
        var entry: PlaceInfo? = nil
        if let known = placeNameEnd(view, at: nameStart) {
            end = known
            entry = placeEntry(view, nameStart, known)
        } else {
            // An unknown name: capitalised words, not followed by a lower-case continuation of a compound.
            end = nameStart
            while end < view.count && end < nameStart + 3 && view.isCap(end) && !view.has(end, WordBit.functionWord)
                    && !view.has(end, WordBit.orgHead) && !view.has(end, WordBit.eventHead) {
                end += 1
            }
            // Unknown names only after a reliable German cue.
            if !Self.reliableCues.contains(cue) && !cue.hasSuffix("-Kreis") { return nil }
            // Most unknown names are one word; a second capitalised word is a new noun unless it is a name word.
            // A foreign spelling marks the second word as part of the name: `Landkreis Jelenia Góra`.
            if end > nameStart + 1 && !view.has(nameStart + 1, WordBit.place) && !Self.hasForeignLetter(view.text(nameStart + 1))
                && !Self.townNamePrefixes.contains(view.text(nameStart)) {
                end = nameStart + 1
            }
            // A particle joins a foreign name: `Stadt Ústí nad Labem`, `Stadt Boulogne sur Mer`.
            if end == nameStart + 1, view.isAny(end, Self.townParticles), view.isCap(end + 1) { end += 2 }
        }
        guard end > nameStart else { return nil }
        // After a plural cue a genitive names whose districts they are (`die Bezirke Pekings`), not a district.
        if Self.pluralNamedCues[raw] != nil, lookupKey(view, nameStart, end) != view.join(nameStart, end) { return nil }
        var name = view.join(nameStart, end)
        var aliases: [String] = []
        if let entry { (name, aliases) = displayLabel(entry, written: lookupKey(view, nameStart, end)) }
        // `Land NRW` is the state, labelled by its canonical name.
        let landCue = cue == "Land" || cue == "Freistaat" || cue == "Bundesland"
        var label: String
        var finalKind = kind
        if Self.namedCues.contains(cue) || cue.hasSuffix("-Kreis") {
            label = cue + " " + view.join(nameStart, end)
            finalKind = .administrativeArea
        } else {
            label = name
            if let entry, landCue { finalKind = entry.kind == .city ? .administrativeArea : entry.kind }
            if let entry, !landCue, entry.kind == .country { return nil }
            // `Hauptstadt Sichuans` names the province whose capital it is, not a town called Sichuan.
            if let entry, cue.hasSuffix("hauptstadt") || cue.hasSuffix("Hauptstadt"), entry.kind == .administrativeArea { return nil }
        }
        let surface = view.join(i, end)
        var forms = [surface]
        if let entry, entry.label != view.join(nameStart, end) { forms.append(view.join(nameStart, end)) }
        let quality: LabelQuality = raw != cue ? .derived : .full
        return MentionSpan(sentence: sentence, start: i, end: end, kind: finalKind, label: label, quality: quality,
                           aliases: label == name ? aliases : [], surfaceForms: forms.filter { $0 != label }, priority: 3)
    }

    /// Letters of Polish, Czech and other spellings that German words never contain.
    static let foreignLetters: Set<Character> = ["ó", "ł", "ą", "ę", "ś", "ż", "ź", "ć", "ń", "ř", "č", "š", "ž", "ý", "ě", "ů", "Ł",
                                                 "Ś", "Ż", "Ź", "Č", "Š", "Ž", "Ř"]

    /// True when a word contains a letter that German spelling does not use.
    static func hasForeignLetter(_ word: String) -> Bool {
        word.contains { foreignLetters.contains($0) }
    }

    /// The name under which tokens `i..<end` were looked up: the written tokens, or the base of a genitive `-s`.
    func lookupKey(_ view: TokenView, _ i: Int, _ end: Int) -> String {
        let key = view.join(i, end)
        if lexicon.places[key] == nil, end == i + 1, key.hasSuffix("s"), lexicon.places[String(key.dropLast())] != nil {
            return String(key.dropLast())
        }
        return key
    }

    /// The display label of a place written as `written`: the form the text uses when it and the gazetteer's name differ
    /// only by a qualifier (`Frankfurt` for `Frankfurt am Main`, `Freiburg im Breisgau` for `Freiburg`), with the
    /// gazetteer's name as an alias; otherwise the gazetteer's label.
    func displayLabel(_ entry: PlaceInfo, written: String) -> (label: String, aliases: [String]) {
        guard written != entry.label, entry.kind == .city else { return (entry.label, []) }
        let qualifierStarts = ["am ", "an der ", "im ", "in der ", "vor der ", "ob der ", "bei ", "("]
        // The text writes the official name whose short form the gazetteer holds (`Freiburg im Breisgau` for `Freiburg`):
        // the name as written, the short form as an alias.
        if written.hasPrefix(entry.label + " ") {
            let qualifier = written.dropFirst(entry.label.count + 1)
            return qualifierStarts.contains(where: { qualifier.hasPrefix($0) }) ? (written, [entry.label]) : (entry.label, [])
        }
        guard entry.label.hasPrefix(written + " ") else { return (entry.label, []) }
        let qualifier = entry.label.dropFirst(written.count + 1)
        guard qualifierStarts.contains(where: { qualifier.hasPrefix($0) }) else { return (entry.label, []) }
        return (written, [entry.label])
    }

    /// The end of the longest known place name starting at `i` (multi-token names, genitive `-s`), or nil.
    func placeNameEnd(_ view: TokenView, at i: Int) -> Int? {
        guard view.isCap(i), !view.has(i, WordBit.functionWord) || view.has(i, WordBit.place) else { return nil }
        // Neither the token nor its nominative starts a place name: only a genitive (`Chinas`) can be one.
        if !view.has(i, WordBit.placeStart) { return view.has(i, WordBit.genitivePlace) ? i + 1 : nil }
        var best: Int? = nil
        // An inflected long form (`der Französischen Republik`) is looked up in the nominative too.
        let first = view.text(i)
        var nominativeKey: String? = first.hasSuffix("en") && first.count > 5 ? String(first.dropLast()) : nil
        // The first token alone: ``WordBit/placeStart`` already says that it or its nominative may start a place name,
        // and ``WordBit/place`` whether it is one.
        var key = first
        if view.has(i, WordBit.place) { best = i + 1 }
        var j = i + 1
        while j < view.count && j < i + lexicon.placeMaxTokens + 2 {
            let piece = view.text(j)
            if j > i {
                key += view.tokens[j].spaceBefore ? " " : ""
                nominativeKey = nominativeKey.map { $0 + (view.tokens[j].spaceBefore ? " " : "") + piece }
            }
            key += piece
            // Neither key can grow into a place name: stop.
            if !lexicon.mayBePlacePrefix(key) && !(nominativeKey.map { lexicon.mayBePlacePrefix($0) } ?? false) { break }
            if lexicon.places[key] != nil { best = j + 1 }
            if j > i, let nominativeKey, let entry = lexicon.places[nominativeKey], entry.kind == .country { best = j + 1 }
            j += 1
        }
        if best == nil, view.has(i, WordBit.genitivePlace) { best = i + 1 }
        // A place name followed by a hyphen compound continues a word (`China-Geschäft` is one token anyway).
        return best
    }

    /// The place entry for the tokens `i..<end`, stripping a genitive `-s` where only the base is known.
    func placeEntry(_ view: TokenView, _ i: Int, _ end: Int) -> PlaceInfo? {
        let key = view.join(i, end)
        if let entry = lexicon.places[key] { return entry }
        if end == i + 1, let base = genitiveBase(view.text(i)) { return base }
        if end > i + 1, key.hasPrefix(view.text(i)), view.text(i).hasSuffix("en"),
           let entry = lexicon.places[String(view.text(i).dropLast()) + key.dropFirst(view.text(i).count)], entry.kind == .country {
            return entry
        }
        return nil
    }

    /// The place a genitive form names: `Chinas` → China, `Pekings` → Peking.
    func genitiveBase(_ text: String) -> PlaceInfo? { lexicon.genitivePlace(text) }
}
