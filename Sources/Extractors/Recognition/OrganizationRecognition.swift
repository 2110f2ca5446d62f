import GraphCore

extension MentionRecognizer {
    /// Organisation candidates: capitalised phrases headed by an organisation cue (`…agentur`, `Ministerium`,
    /// `Verband`) or closed by a legal form (`GmbH`, `e. V.`), with coordinated compounds
    /// (`Struktur- und Wirtschaftsförderungsgesellschaft`), `für`-complements (`Ministerium für Wirtschaft und Energie`),
    /// genitive attributes naming an organisation or a place (`… des Landes Brandenburg`), quoted names after a cue
    /// word (`Netzwerk „…“`), and phrases whose initials spell a following acronym in parentheses.
    func organizations(_ view: TokenView, sentence: Int) -> [MentionSpan] {
        var out: [MentionSpan] = []
        var i = 0
        while i < view.count {
            if var span = organization(view, at: i, sentence: sentence) {
                restoreNominativeHead(&span, view)
                out.append(span)
                i = max(i + 1, span.end)
            } else {
                i += 1
            }
        }
        out += acronymPhrases(view, sentence: sentence)
        out += partnerFirms(view, sentence: sentence)
        out += describedCompanies(view, sentence: sentence)
        out += acronymDistrictNames(view, sentence: sentence)
        out += bareAcronyms(view, sentence: sentence)
        return out
    }

    /// Puts a genitive head opening an organisation's label after `des`/`eines` in the nominative: `des Vereins
    /// Freundeskreis Herne-Shenyang` names the `Verein Freundeskreis Herne-Shenyang`, `des Instituts Chinesische Medizin
    /// Hamburg GmbH` the `Institut Chinesische Medizin Hamburg GmbH`. The label as written stays a surface form.
    func restoreNominativeHead(_ span: inout MentionSpan, _ view: TokenView) {
        let first = span.start
        guard span.length >= 2, view.isAny(first - 1, ["des", "eines", "dieses", "unseres"]), view.isCap(first),
              view.has(first, WordBit.orgHead) else { return }
        let written = view.text(first)
        guard let nominative = lexicon.orgHead(written), nominative != written, written.hasPrefix(nominative),
              span.label.hasPrefix(written + " ") else { return }
        if !span.surfaceForms.contains(span.label) { span.surfaceForms.append(span.label) }
        span.label = nominative + span.label.dropFirst(written.count)
        span.quality = min(span.quality, .derived)
    }

    /// Upper-case names that act as organisations: after a role and `der`/`des` (`Prokurist der WFMG`), or a
    /// longer upper-case brand in running text (`organisierte CITYMAKERS`). Labelled as written.
    func bareAcronyms(_ view: TokenView, sentence: Int) -> [MentionSpan] {
        var out: [MentionSpan] = []
        for i in 0..<view.count where view.isUpper(i) {
            let text = view.text(i)
            // The position tests first (they rule out most upper-case words), then the lexicon lookups.
            let afterRole = view.isAny(i - 1, ["der", "des"]) && isRoleWord(view, i - 2)
            let runningText = text.unicodeScalars.count >= 5 && view.isWord(i - 1) && !view.isCap(i - 1) && view.isWord(i + 1)
                && !view.isCap(i + 1)
            guard afterRole || runningText else { continue }
            if lexicon.places[text] != nil || lexicon.isFunctionWord(text) || lexicon.parties[text] != nil { continue }
            if lexicon.surnames.contains(text.titleCasedIfUpper) { continue }
            // `COVID-19`, `CO2`: codes with digits are no organisations.
            if text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) { continue }
            if view.isPunct(i + 1, "("), isAcronymToken(view, i + 2) { continue }
            out.append(MentionSpan(sentence: sentence, start: i, end: i + 1, kind: .organization, label: text, quality: .full,
                                   priority: 4))
        }
        return out
    }

    /// The end of a legal form (`GmbH`, `e. V.`) starting at token `i`, or nil.
    func legalFormEnd(_ view: TokenView, at i: Int) -> Int? {
        guard view.has(i, WordBit.legalStart) else { return nil }
        return view.matchCompact(i, lexicon.legalForms, maxTokens: 4)
    }

    /// An organisation whose head or legal form is at `i`.
    func organization(_ view: TokenView, at i: Int, sentence: Int) -> MentionSpan? {
        guard view.isWord(i) else { return nil }
        // Legal form: `PKS Kommunikations- und Strategieberatung GmbH`.
        if i > 0, let legalEnd = legalFormEnd(view, at: i), view.tokens[i].isCapitalized || view.text(i).first == "e" || view.text(i).first == "m" {
            var start = leftExtent(view, from: i - 1, givenNames: true)
            // A place or country in parentheses before the legal form names a subsidiary: `Keller Hydraulics (Taicang) Co., Ltd.`,
            // `Hengtai Heavy Machinery (Deutschland) GmbH`.
            if start == i, i >= 4, view.isPunct(i - 1, ")"), view.isPunct(i - 3, "("), view.isCap(i - 2), isPlaceWord(view, i - 2) {
                let inner = leftExtent(view, from: i - 4, givenNames: true)
                if inner < i - 3 { start = inner }
            }
            guard start < i else { return nil }
            var label = view.join(start, legalEnd)
            var quality = LabelQuality.full
            // The nominative after an oblique determiner: `vom Deutsch-Französischen Kulturverein Freiburg e. V.`.
            if let head = (start..<i).last(where: { view.isCap($0) && view.has($0, WordBit.orgHead) }), head > start,
               let nominative = lexicon.orgHead(view.text(head)) {
                let (headLabel, changed) = canonicalPhrase(view, start: start, end: head + 1, head: head, headNominative: nominative,
                                                           headGender: lexicon.gender(ofHead: nominative))
                if changed {
                    label = headLabel + (view.tokens[head + 1].spaceBefore ? " " : "") + view.join(head + 1, legalEnd)
                    quality = .derived
                }
            }
            let surface = view.join(start, legalEnd)
            return MentionSpan(sentence: sentence, start: start, end: legalEnd, kind: .organization, label: label,
                               quality: quality, surfaceForms: surface == label ? [] : [surface], priority: 0)
        }
        guard view.isCap(i), view.has(i, WordBit.orgHead), !view.has(i, WordBit.functionWord) else { return nil }
        let text = view.text(i)
        guard let nominative = lexicon.orgHead(text) else { return nil }
        if view.has(i, WordBit.role) && !view.has(i, WordBit.orgWord) && !text.hasSuffix("rat") { return nil }
        // Quoted name after a cue word: `Städtenetzwerk „Drei Türme“`.
        if view.isOpenQuote(i + 1) {
            var j = i + 2
            while j < view.count && !view.isCloseQuote(j) && j < i + 10 { j += 1 }
            if view.isCloseQuote(j) && j > i + 2 && view.isCap(i + 2) {
                let name = view.join(i + 2, j)
                return MentionSpan(sentence: sentence, start: i, end: j + 1, kind: .organization, label: name, quality: .full,
                                   surfaceForms: [view.join(i, j + 1)], priority: 0)
            }
        }
        var start = leftExtent(view, from: i - 1)
        var end = i + 1
        var extended = start < i
        // `das bayerische Wirtschaftsministerium`, `im chinesischen Handelsministerium`: a lower-case adjective of a state or
        // a country names the ministry (`Bayerisches Wirtschaftsministerium`).
        // State chancelleries and governments take a state's adjective, embassies and consulates a country's
        // (`die chinesische Botschaft` → `Chinesische Botschaft`).
        var stateAdjective: String? = nil
        if start == i, i > 0, view.isWord(i - 1), !view.isCap(i - 1),
           nominative.hasSuffix("ministerium") || Self.stateBodies.contains(nominative) || Self.missionHeads.contains(nominative),
           let stem = Self.adjectiveStem(view.lower(i - 1)), lexicon.adjectiveStems.contains(stem),
           !Self.missionHeads.contains(nominative) || lexicon.countryByAdjectiveStem[stem] != nil {
            let ending: String
            switch lexicon.gender(ofHead: nominative) {
            case "f": ending = "e"
            case "m": ending = "er"
            default: ending = "es"
            }
            stateAdjective = stem.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-") + ending
            start = i - 1
            extended = true
        }
        // Legal form right after the head.
        if let legalEnd = legalFormEnd(view, at: end) { end = legalEnd; extended = true }
        // `Verband Deutscher Reeder`, `des Verbandes Kommunaler Unternehmen`: a genitive plural names the members.
        if end == i + 1, view.isCap(end), view.tokens[end].spaceBefore, Self.isAssociationHead(nominative),
           view.text(end).hasSuffix("er"), Self.isAdjectiveForm(view.text(end)), view.isCap(end + 1),
           !view.has(end + 1, WordBit.functionWord), lexicon.places[view.text(end + 1)] == nil {
            end += 2
            extended = true
        }
        // `für` complement: `Ministerium für Wirtschaft, Innovation und Energie`.
        if view.lower(end) == "für", let complementEnd = nounList(view, from: end + 1) {
            end = complementEnd
            extended = true
        } else if view.lower(end) == "für", view.isAny(end + 1, ["die", "den", "das"]),
                  case let lowerNominative = nominative.fastLowercased,
                  ["stiftung", "verein", "gesellschaft"].contains(where: { lowerNominative.hasSuffix($0) }),
                  let complementEnd = nounList(view, from: end + 2) {
            // `Friedrich-Naumann-Stiftung für die Freiheit`.
            end = complementEnd
            extended = true
            // `Wirtschaftsförderungsgesellschaft für den Kreis Kleve mbH`: a district named with its cue word, then a legal form.
            if Self.districtCues.contains(view.text(end - 1)), let placeEnd = placeNameEnd(view, at: end),
               lexicon.places[view.join(end, placeEnd)] != nil {
                end = placeEnd
                if let legalEnd = legalFormEnd(view, at: end) { end = legalEnd }
            }
        }
        // Place names and acronyms right after a cue word: `RWTH Aachen`, `AHK China/Guangzhou`, `Botschaft VRChina`.
        // Where the name of a person honoured by a school starts (`… Nürnberg Georg Simon Ohm`), if it has one.
        var honoreeStart: Int? = nil
        if start == i || lexicon.orgWords.contains(text) {
            var j = end
            var took = false
            while j < view.count, view.tokens[j].spaceBefore || view.isPunct(j, "/") || took {
                if view.isPunct(j, "/"), took, isPlaceWord(view, j + 1) { j += 2; continue }
                if view.isCap(j), let placeEnd = placeNameEnd(view, at: j), placeEnd > j + 1, lexicon.places[view.join(j, placeEnd)] != nil {
                    j = placeEnd
                    took = true
                    continue
                }
                // `Wirtschaftsförderung Kreis Kleve`, `Sparkasse Landkreis Cham`: a district named with its cue word.
                if j == end, view.isCap(j), view.has(j, WordBit.placeCue), Self.districtCues.contains(view.text(j)),
                   let placeEnd = placeNameEnd(view, at: j + 1), lexicon.places[view.join(j + 1, placeEnd)] != nil {
                    j = placeEnd
                    took = true
                    continue
                }
                // `AHK Greater China`: the English `Greater` of a region before a place.
                if view.text(j) == "Greater", j == end, isPlaceWord(view, j + 1) { j += 2; took = true; continue }
                if view.isCap(j), isPlaceWord(view, j) || (view.isUpper(j) && j == end) || isPlaceCompound(view, j) {
                    // A school named after a person after its town: `Technische Hochschule Nürnberg Georg Simon Ohm`.
                    if Self.isSchoolHead(nominative), let honoreeEnd = honoreeEnd(view, from: j + 1) {
                        honoreeStart = j + 1
                        j = honoreeEnd
                        took = true
                        break
                    }
                    // Not the start of a new phrase such as `China International …`.
                    if view.isCap(j + 1) && !isPlaceWord(view, j + 1) && !view.isUpper(j + 1)
                        && !view.has(j + 1, WordBit.functionWord | WordBit.title) { break }
                    j += 1
                    took = true
                    continue
                }
                break
            }
            if took {
                end = j
                extended = true
                // A `für` complement after the place: `IHK Nürnberg für Mittelfranken`.
                if view.lower(end) == "für", let complementEnd = nounList(view, from: end + 1) { end = complementEnd }
            }
            // A proper name after a network or association cue: `Netzwerk Eurocities`, `Städtebund Oberlausitz`.
            if !took, end == i + 1, lexicon.properNameCues.contains(nominative), let nameEnd = properNameAfterCue(view, from: end) {
                end = nameEnd
                extended = true
            }
            // A legal form after the place: `Deutsch-Japanische Gesellschaft Hamburg e. V.`.
            if extended, let legalEnd = legalFormEnd(view, at: end) { end = legalEnd }
        }
        // English complements: `University of Technology`, `Council for the Promotion of International Trade`.
        if view.isAny(end, ["of", "for"]), Self.englishComplementHeads.contains(nominative) {
            var k = end + 1
            if view.isAny(k, ["the"]) { k += 1 }
            if let complementEnd = englishNounList(view, from: k) {
                end = complementEnd
                extended = true
            }
        }
        // `an der ORG` in the names of institutes: `Konfuzius-Institut an der Universität Duisburg-Essen`.
        if view.isAny(end, ["an"]), view.isAny(end + 1, ["der"]), Self.attachedHeads.contains(where: { nominative.lowercased().hasSuffix($0) }),
           let inner = organization(view, at: headIndex(view, from: end + 2), sentence: sentence), inner.start == end + 2 {
            end = inner.end
            extended = true
        }
        // `zu CITY` in official names: `Industrie- und Handelskammer zu Leipzig`, `IHK zu Berlin`, `Universität zu Köln`.
        if view.isAny(end, ["zu"]), let placeEnd = placeNameEnd(view, at: end + 1),
           let entry = placeEntry(view, end + 1, placeEnd), entry.kind == .city,
           case let lowerNominative = nominative.fastLowercased,
           ["kammer", "universität", "akademie", "hochschule", "bank", "ihk", "hwk"].contains(where: { lowerNominative.hasSuffix($0) }) {
            end = placeEnd
            extended = true
        }
        // `in COUNTRY` in the names of bilateral chambers: `Deutsche Industrie- und Handelskammer in Japan`.
        // Chambers abroad also by city: `Deutsche Auslandshandelskammer in Shanghai`.
        if view.isAny(end, ["in"]), nominative.fastLowercased.hasSuffix("kammer"), start < i, view.text(start).hasPrefix("Deutsch"),
           let placeEnd = placeNameEnd(view, at: end + 1), let entry = placeEntry(view, end + 1, placeEnd),
           entry.kind == .country || (entry.kind == .city && nominative.fastLowercased.hasSuffix("auslandshandelskammer")),
           lexicon.places[view.join(end + 1, placeEnd)] != nil {
            end = placeEnd
            extended = true
        }
        // Genitive attribute naming an organisation or a place.
        if let genitiveEnd = genitiveAttribute(view, from: end, sentence: sentence) {
            end = genitiveEnd
            extended = true
        } else if end == i + 1, view.isAny(end, ["der", "des"]), Self.isAssociationHead(nominative),
                  let genitiveEnd = memberNounGenitive(view, from: end) {
            // `Verband der Elektrotechnik`, `Vereinigung der Sächsischen Wirtschaft`, `Verband der Sinologen Thüringens`.
            end = genitiveEnd
            extended = true
        }
        let bare = !extended
        if bare {
            // A compound alone is a name only with a specific first part: `Bundeswirtschaftsministerium`, `ISA-Sekretariat`.
            let isFederal = text.hasPrefix("Bundes") && text.count > 9
            let parts = text.split(separator: "-")
            let acronymPrefix = parts.count >= 2 && parts[0].count >= 2 && parts[0].allSatisfy { $0.isUppercase || $0.isNumber }
            let upperWord = view.isUpper(i) && lexicon.orgWords.contains(text) == false
            let genericHeads = ["cluster", "netzwerk", "programm", "projekt", "plattform", "initiative", "forum", "gruppe"]
            let lowerNominative = nominative.fastLowercased
            let generic = genericHeads.contains { lowerNominative.hasSuffix($0) }
            // Named after people or places: `Friedrich-Naumann-Stiftung`, `Max-Planck-Institut`, `Li-Ka-Shing-Stiftung`; a
            // generic head with two named parts too (`Rhein-Sieg-Netzwerk`).
            let nameParts = parts.dropLast()
            // Universities, institutes and foundations are named after anyone: `Tongji-Universität`, `Körber-Stiftung`.
            let namedHead = Self.namedCompoundHeads.contains { lowerNominative.hasSuffix($0) }
            let namedCompound = (!generic || parts.count >= 3) && parts.count >= 2 && nameParts.allSatisfy { $0.first?.isUppercase == true }
                && (parts.count >= 3 || namedHead || nameParts.allSatisfy { part in
                    let word = String(part)
                    return lexicon.givenNames.contains(word) || lexicon.surnames.contains(word) || lexicon.places[word] != nil
                })
            if !(isFederal || (acronymPrefix && !generic) || upperWord || namedCompound) { return nil }
        }
        let gender = lexicon.gender(ofHead: nominative)
        let (headLabel, changed) = canonicalPhrase(view, start: start, end: i + 1, head: i, headNominative: nominative,
                                                   headGender: gender)
        var label = stateAdjective.map { $0 + " " + nominative } ?? headLabel
        if end > i + 1 {
            let rest = view.join(i + 1, end)
            label += (view.tokens[i + 1].spaceBefore ? " " : "") + rest
        }
        // Lower-casing maps every scalar to one or more: a label of more scalars than the longest phrase is none of them.
        if label.simpleCount <= Self.genericPhraseScalars, Self.genericPhrases.contains(label.fastLowercased) { return nil }
        let surface = view.join(start, end)
        var span = MentionSpan(sentence: sentence, start: start, end: end, kind: .organization, label: label,
                               quality: changed || stateAdjective != nil ? .derived : .full, surfaceForms: surface == label ? [] : [surface],
                               priority: 0)
        // The school without its honoree's name (`Technische Hochschule Nürnberg`) is the same school.
        if let honoreeStart, case let honoree = " " + view.join(honoreeStart, end), label.hasSuffix(honoree) {
            span.aliases.append(String(label.dropLast(honoree.count)))
        }
        return span
    }


    /// True for the head of an association named by its members or field in a genitive (`Verband Deutscher Reeder`,
    /// `Verband der Elektrotechnik`): `Bund`, and `Verband`, `Verein`, `Vereinigung`, `Gemeinschaft`, `Bildungswerk` and
    /// compounds ending in them (`Landesverband`, `Förderverein`, `Arbeitsgemeinschaft`).
    static func isAssociationHead(_ nominative: String) -> Bool {
        // The endings without their first letter match both `Verband` and `Landesverband` (bytes, no lower-casing).
        if nominative == "Bund" { return true }
        return associationEndings.contains { nominative.hasSimpleSuffix($0) }
    }

    /// Endings of association heads without their first letter (``isAssociationHead(_:)``).
    static let associationEndings = ["erband", "erein", "ereinigung", "emeinschaft", "ildungswerk"]

    /// The end of a genitive of common nouns after an association's head at `i`: `der` or `des`, capitalised adjectives in
    /// `-en`, one capitalised noun that is no place, cue, role, name or function word, and a genitive place
    /// (`der Sinologen Thüringens`, `der Sächsischen Wirtschaft`, `der Elektrotechnik`), closed by punctuation or a
    /// lower-case word; or nil.
    func memberNounGenitive(_ view: TokenView, from i: Int) -> Int? {
        guard view.isAny(i, ["der", "des"]) else { return nil }
        var j = i + 1
        while j < i + 3, view.isCap(j), view.text(j).hasSuffix("en"), Self.isAdjectiveForm(view.text(j)),
              !view.has(j, WordBit.functionWord) { j += 1 }
        guard view.isCap(j), !view.isUpper(j), view.tokens[j].spaceBefore else { return nil }
        let text = view.text(j)
        if view.has(j, WordBit.functionWord | WordBit.title | WordBit.place | WordBit.placeCue | WordBit.genitivePlace)
            || lexicon.orgHead(text) != nil || lexicon.eventHead(text) != nil || isRoleWord(view, j)
            || lexicon.givenNames.contains(text) || lexicon.surnames.contains(text) || isPlaceWord(view, j) { return nil }
        j += 1
        // `der Sinologen Thüringens`: a genitive place after the noun.
        if view.isCap(j), view.has(j, WordBit.genitivePlace) { j += 1 }
        guard j >= view.count || !view.isCap(j) else { return nil }
        // A legal form after the genitive: `Verein der Freunde Chinas e. V.`.
        return legalFormEnd(view, at: j) ?? j
    }

    /// Bodies of a German state named by the state's adjective (`die bayerische Staatskanzlei`).
    static let stateBodies: Set<String> = ["Staatskanzlei", "Staatsregierung", "Landesregierung", "Senatskanzlei", "Landesvertretung"]
    /// Diplomatic missions named by the country's adjective (`die chinesische Botschaft`).
    static let missionHeads: Set<String> = ["Botschaft", "Generalkonsulat", "Konsulat"]

    /// The stem of an inflected lower-case adjective (`bayerischen` → `bayerisch`), or nil.
    static func adjectiveStem(_ lower: String) -> String? {
        for ending in ["en", "es", "em", "er", "e"] where lower.hasSuffix(ending) && lower.utf8.count > ending.utf8.count + 3 {
            return String(lower.dropLast(ending.count))
        }
        return nil
    }

    /// Heads that a capitalised first part of a compound names (lower case): `Tongji-Universität`, `Fraunhofer-Institut`.
    static let namedCompoundHeads = ["universität", "hochschule", "institut", "stiftung", "akademie"]

    /// English heads that take an `of`/`for` complement (`University of Technology`, `Chinese Academy of Sciences`,
    /// `Council for the Promotion of International Trade`).
    static let englishComplementHeads: Set<String> = ["University", "Institute", "Academy", "Chamber", "Council", "Association",
                                                       "Bank", "Commission", "Committee", "Federation", "Agency", "Ministry",
                                                       "Bureau", "Office", "Center", "Centre", "Society", "College", "School",
                                                       "Foundation", "Alliance", "Corporation", "Administration", "Authority"]

    /// Heads of bodies named after the university or hospital they belong to (`Institut an der Universität …`), lower case.
    static let attachedHeads = ["institut", "zentrum", "lehrstuhl", "kolleg", "akademie", "center"]

    /// True when token `i` is a hyphenated compound of known places: `Duisburg-Essen`, `Berlin-Brandenburg`.
    func isPlaceCompound(_ view: TokenView, _ i: Int) -> Bool {
        let text = view.text(i)
        guard text.contains("-") else { return false }
        let parts = text.split(separator: "-")
        return parts.count >= 2 && parts.allSatisfy { lexicon.places[String($0)] != nil }
    }

    /// Cue words of districts that end an organisation's name with the district's name: `WFG Kreis Borken`.
    static let districtCues: Set<String> = ["Kreis", "Landkreis", "Rhein-Kreis", "Region", "Bezirk", "Regierungsbezirk", "Kreises",
                                            "Landkreises"]

    /// Words (lower-cased) that open a date or time phrase (`Anfang`, `Mitte`, months, weekdays, seasons): no proper name.
    static let timeWords: Set<String> = Set(GermanDates.startWords + GermanDates.yearCues)

    /// The end of a proper name of one to three capitalised words at `i` (not a common noun the lexicons know, not a cue,
    /// role or function word), closed by punctuation or a lower-case word.
    func properNameAfterCue(_ view: TokenView, from i: Int) -> Int? {
        var j = i
        while j < view.count && j < i + 3 && view.isCap(j) && view.tokens[j].spaceBefore {
            let text = view.text(j)
            if lexicon.isFunctionWord(text) || lexicon.orgHead(text) != nil || lexicon.eventHead(text) != nil || isRoleWord(view, j)
                || lexicon.placeCues[text] != nil || lexicon.givenNames.contains(text) { break }
            // `auf Initiative Chinas`: a genitive place is no name; `die Initiative Anfang 2020`: nor is a time word.
            if !view.has(j, WordBit.place), view.has(j, WordBit.genitivePlace) { break }
            if Self.timeWords.contains(view.lower(j)) { break }
            let lower = text.fastLowercased
            if lexicon.knownWords.contains(lower) && lexicon.places[text] == nil { break }
            if j == i && ["ung", "heit", "keit", "tion", "ismus", "tät"].contains(where: { lower.hasSuffix($0) }) { break }
            j += 1
        }
        guard j > i, !view.isCap(j) else { return nil }
        return j
    }

    /// Phrases that end in an organisation cue but name a kind of thing, not an organisation.
    static let genericPhrases: Set<String> = ["joint venture", "joint ventures", "joint-venture", "joint-ventures",
                                              "business angels", "venture capital"]

    /// The most scalars of a ``genericPhrases`` entry.
    static let genericPhraseScalars = genericPhrases.map { $0.unicodeScalars.count }.max() ?? 0

    /// The first token of the capitalised words before an organisation's head (adjectives, names, coordinated compounds);
    /// with `givenNames`, a given name that starts the phrase too.
    func leftExtent(_ view: TokenView, from last: Int, givenNames: Bool = false) -> Int {
        var j = last
        var start = last + 1
        var steps = 0
        while j >= 0 && steps < 7 {
            // Coordinated compound: `Struktur- und` before the head.
            if view.isAny(j, ["und", "oder", "&"]) || view.isPunct(j, "&") {
                if view.isDash(j - 1), j - 2 >= 0, !view.tokens[j - 1].spaceBefore, view.isCap(j - 2) {
                    start = j - 2
                    j -= 3
                    steps += 1
                    continue
                }
                // Partners in a company name: `Bongartz & Richter Logistik KG`, `Ernst & Young GmbH`.
                if givenNames, view.isAny(j, ["&"]) || view.isPunct(j, "&"), isNameWord(view, j - 1) {
                    start = j - 1
                    j -= 2
                    steps += 1
                    continue
                }
                break
            }
            guard isNameWord(view, j) || view.isUpper(j) else { break }
            let text = view.text(j)
            // A role noun ends the name, unless it is a partner's surname after `&` (`Bongartz & Richter Logistik KG`).
            if isRoleWord(view, j) && !(givenNames && (view.isAny(j - 1, ["&"]) || view.isPunct(j - 1, "&"))) { break }
            // A noun that describes a company ends the name before a legal form or a head: `der Nürnberger
            // Medizintechnikhersteller Kestner Medical GmbH` is `Kestner Medical GmbH`, `die Tochter Xinrui Technology Group`
            // is `Xinrui Technology Group`.
            if j < last, Self.isCompanyDescription(view.lower(j)) { break }
            // The lexicon tests below read the token's ``WordBit`` bits (the same lookups, made once per distinct text).
            if view.has(j, WordBit.placeCue) && !view.isUpper(j) {
                // `Wirtschaftsförderung Region Stuttgart GmbH`: a cued place between an organisation word and the head;
                // `Smart City Network`: the English `City` after a word that is no place, inside an English name.
                let englishCity = text == "City" && j > 0 && view.isCap(j - 1) && !isPlaceWord(view, j - 1)
                    && !view.has(j - 1, WordBit.functionWord)
                guard englishCity || (j < last && j > 0 && view.isCap(j - 1) && view.has(j - 1, WordBit.orgHead)
                    && !view.has(j - 1, WordBit.functionWord))
                else { break }
            }
            if view.has(j, WordBit.title) { break }
            // A genitive place (`Chinas …`) is an attribute, not part of the name.
            if !view.has(j, WordBit.place), view.has(j, WordBit.genitivePlace) { break }
            // A verb-second sentence start like `Heute …` is a function word; a sentence-initial noun is risky: keep
            // only adjectives, names and acronyms there.
            if j == 0, !view.isUpper(j), !looksLikeAdjective(text), lexicon.places[text] == nil, !lexicon.givenNames.contains(text),
               !lexicon.surnames.contains(text), lexicon.orgHead(text) == nil {
                // A company's name that opens a line of a contact block or signature: `Shenlan Battery Europe GmbH`, two or
                // more capitalised words up to the legal form (`Lindner Solar GmbH`).
                if !text.contains("-") && !(givenNames && last > j && !view.has(j, WordBit.functionWord)) { break }
            }
            // Never swallow a person's given name, except in a company named after its founder (`Carl Zeiss AG`, with
            // `givenNames`): there the given name starts the name, after a determiner (`Die Lorenz Feinguss GmbH` at the
            // sentence start too) or at the sentence start.
            if lexicon.givenNames.contains(text) && !view.isUpper(j) {
                guard givenNames, j == 0 || !view.isCap(j - 1) || view.isAny(j - 1, ["der", "die", "das", "den", "dem", "des"])
                else { break }
            }
            start = j
            j -= 1
            steps += 1
        }
        return start
    }

    /// Endings of nouns that describe a company before its name (lower case): `Autozulieferer`, `Medizintechnikhersteller`,
    /// the genitive `des Leonberger Werkzeugbauers` (not the plural of an association's name, `Verband Deutscher
    /// Kälteanlagenbauer`).
    static let companyDescriptionEndings = ["hersteller", "zulieferer", "maschinenbauer", "produzent", "anbieter", "dienstleister",
                                            "konzern", "spezialist", "logistiker", "händler", "entwickler", "mittelständler",
                                            "tochter", "tochtergesellschaft", "muttergesellschaft", "kanzlei", "firma",
                                            "werkzeugbauers", "anlagenbauers", "fahrzeugbauers", "schiffbauers", "gerätebauers"]

    /// True when a lower-cased word is a noun describing a company (a byte suffix test).
    static func isCompanyDescription(_ lower: String) -> Bool {
        companyDescriptionEndings.contains { lower.hasSimpleSuffix($0) || lower.hasSimpleSuffix($0, then: "s") }
    }

    /// True for capitalised adjectives of names (`Deutsche`, `Bergischen`, `Chinesisch-Deutsche`, `Internationaler`).
    func looksLikeAdjective(_ text: String) -> Bool { Self.isAdjectiveForm(text) }

    /// True for inflected participles used as adjectives in names (`Integrierte`, `Angewandten`): six letters or more
    /// ending in `-te`, `-ten`, `-ter`, `-tes`.
    static func isParticipleForm(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.unicodeScalars.count >= 6 && ["te", "ten", "ter", "tes"].contains { lower.hasSuffix($0) }
    }

    /// ``looksLikeAdjective(_:)``, which needs no lexicon.
    static func isAdjectiveForm(_ text: String) -> Bool {
        let lower = text.fastLowercased
        for ending in ["e", "en", "er", "es"] where lower.hasSuffix(ending) {
            if CanonicalLabel.isAdjectiveLike(lower.dropLast(ending.count)) { return true }
        }
        return false
    }

    /// The end of an English name's complement at `i`: capitalised words joined by `of`, `and`, `&` (`Promotion of International
    /// Trade`, `Science and Technology`), never ending in a connector.
    func englishNounList(_ view: TokenView, from i: Int) -> Int? {
        var j = i
        var end: Int? = nil
        while j < view.count, j < i + 8 {
            guard view.isCap(j), view.isWord(j), !view.has(j, WordBit.functionWord) else { break }
            j += 1
            end = j
            if view.isAny(j, ["of", "and", "&"]) || view.isPunct(j, "&"), view.isCap(j + 1) { j += 1; continue }
            if !view.isCap(j) || view.has(j, WordBit.functionWord) { break }
        }
        return end
    }

    /// The end of a list of capitalised nouns (`Wirtschaft, Innovation, Digitalisierung und Energie`) starting at `i`.
    func nounList(_ view: TokenView, from i: Int) -> Int? {
        var j = i
        var end: Int? = nil
        while j < view.count {
            // A lower-case adjective or participle before a noun: `für wirtschaftliche Zusammenarbeit`, `für auswärtige
            // Angelegenheiten`, `für angewandte Wissenschaften`.
            if view.isWord(j), !view.isCap(j), view.isCap(j + 1), !view.has(j, WordBit.functionWord),
               !view.has(j + 1, WordBit.functionWord), Self.isAdjectiveForm(view.text(j)) || Self.isParticipleForm(view.text(j)) {
                j += 1
            }
            guard view.isCap(j), !view.has(j, WordBit.functionWord) else { break }
            // A capitalised adjective belongs to the noun after it: `für Internationale Beziehungen`.
            while view.isCap(j + 1), !view.has(j + 1, WordBit.functionWord | WordBit.place), view.tokens[j + 1].spaceBefore,
                  Self.isAdjectiveForm(view.text(j)) || Self.isParticipleForm(view.text(j)) {
                j += 1
            }
            j += 1
            // `Struktur- und Wirtschaftsförderung`: the hyphen belongs to the word.
            if view.isDash(j), !view.tokens[j].spaceBefore { j += 1 }
            end = j
            if view.isPunct(j, ","), view.isCap(j + 1) { j += 1; continue }
            if view.isAny(j, ["und", "&"]) || view.isPunct(j, "&") { j += 1; continue }
            break
        }
        guard let end else { return nil }
        // A comma list is closed by `und`: `für Wirtschaft, Arbeit und Energie`; a comma after the last `und` (or any comma
        // without one) ends the name (`Büro für Internationales, Rathausplatz 1`, `Amt für Kultur und Sport, Markt 1`).
        var commaAfterConjunction: Int? = nil
        for k in i..<end {
            if view.isPunct(k, ","), commaAfterConjunction == nil { commaAfterConjunction = k }
            if view.isAny(k, ["und", "&"]) || view.isPunct(k, "&") { commaAfterConjunction = nil }
        }
        if let comma = commaAfterConjunction { return comma }
        return end
    }

    /// The end of a genitive attribute at `i` that names an organisation or a place: `des Landes NRW`,
    /// `der Volksrepublik China`, `des Handelsministeriums der …`.
    func genitiveAttribute(_ view: TokenView, from i: Int, sentence: Int) -> Int? {
        guard view.isAny(i, ["des", "der"]) else { return nil }
        let j = i + 1
        // `des Landes NRW`, `der Stadt Köln`, `des Freistaats Sachsen`.
        if Self.genitivePlaceCues.contains(view.text(j)), let placeEnd = placeNameEnd(view, at: j + 1) {
            return placeEnd
        }
        // A country or state: `der Volksrepublik China`, `der Bundesrepublik Deutschland`.
        if let placeEnd = placeNameEnd(view, at: j), let entry = placeEntry(view, j, placeEnd),
           entry.kind == .country || entry.kind == .administrativeArea {
            return placeEnd
        }
        // Another organisation.
        if let inner = organization(view, at: headIndex(view, from: j), sentence: sentence), inner.start == j {
            return inner.end
        }
        return nil
    }

    /// The index of the head of a phrase starting at `j`: skips capitalised adjectives.
    func headIndex(_ view: TokenView, from j: Int) -> Int {
        var k = j
        while k < view.count && k < j + 4 {
            if view.has(k, WordBit.orgHead) { return k }
            if legalFormEnd(view, at: k) != nil { return k }
            guard view.isCap(k) || view.isDash(k) || view.isAny(k, ["und"]) else { return j }
            k += 1
        }
        return j
    }

    /// Organisations named in a genitive attribute inside a longer organisation or event name: `Handelsministerium der
    /// Volksrepublik China` in `Investitionsförderungsagentur des Handelsministeriums der Volksrepublik China`, `IHK
    /// Chemnitz` in `Jahresempfang der IHK Chemnitz`.
    /// They are entities of their own (the parent body), nominative restored.
    func nestedOrganizations(_ view: TokenView, in span: MentionSpan) -> [MentionSpan] {
        guard span.kind == .organization || span.kind == .event, span.length >= 3 else { return [] }
        var out: [MentionSpan] = []
        for k in (span.start + 1)..<(span.end - 1) where view.isAny(k, ["des", "der"]) {
            let head = headIndex(view, from: k + 1)
            guard let inner = organization(view, at: head, sentence: span.sentence), inner.start == k + 1, inner.end == span.end
            else { continue }
            out.append(inner)
            break
        }
        return out
    }

    /// Places named in a genitive attribute inside an organisation or event name: `Qingdao` in `Büro für auswärtige
    /// Angelegenheiten der Stadt Qingdao`, `Jiangsu` in `Volksregierung der Provinz Jiangsu`. They are entities of their own.
    func nestedPlaces(_ view: TokenView, in span: MentionSpan) -> [MentionSpan] {
        guard span.kind == .organization || span.kind == .event, span.length >= 3 else { return [] }
        var out: [MentionSpan] = []
        for k in (span.start + 1)..<(span.end - 1) where view.isAny(k, ["des", "der"]) {
            var j = k + 1
            if Self.genitivePlaceCues.contains(view.text(j)) { j += 1 }
            guard j < span.end, let end = placeNameEnd(view, at: j), end <= span.end, let entry = placeEntry(view, j, end) else { continue }
            out.append(MentionSpan(sentence: span.sentence, start: j, end: end, kind: entry.kind, label: entry.label, quality: .full,
                                   priority: 3))
        }
        return out
    }

    /// Cue nouns of a genitive place attribute: `des Landes NRW`, `der Stadt Köln`, `des Freistaats Sachsen`.
    static let genitivePlaceCues: Set<String> = ["Landes", "Land", "Freistaats", "Freistaates", "Stadt", "Provinz", "Bundeslandes",
                                                 "Kreises", "Landkreises", "Präfektur", "Woiwodschaft", "Region", "Bezirks"]

    /// Organisations spelled out right before an acronym in parentheses whose letters are their initials:
    /// `Germany Trade and Invest (GTAI)`.
    func acronymPhrases(_ view: TokenView, sentence: Int) -> [MentionSpan] {
        var out: [MentionSpan] = []
        for p in 0..<view.count where view.isPunct(p, "(") && view.isPunct(p + 2, ")") && isAcronymToken(view, p + 1) {
            let acronym = view.text(p + 1).uppercased()
            guard acronym.count >= 3 else { continue }
            var letters: [String] = []
            var s = p - 1
            var best: Int? = nil
            while s >= 0 && p - s <= 8 {
                if view.isCap(s) && !view.has(s, WordBit.functionWord) {
                    let initials = view.text(s).split(separator: "-").compactMap { $0.first.map { String($0).uppercased() } }
                    letters.insert(contentsOf: initials, at: 0)
                } else if view.isAny(s, Self.acronymConnectors) || view.isPunct(s, "&") {
                    // Connectors may or may not count.
                } else {
                    break
                }
                let joined = letters.joined()
                if view.isCap(s) && !view.has(s, WordBit.functionWord) && (joined == acronym) { best = s }
                s -= 1
            }
            // Connectors counted: `Germany Trade and Invest` → GTAI.
            if best == nil {
                var withConnectors: [String] = []
                var t = p - 1
                while t >= 0 && p - t <= 8 {
                    guard view.isWord(t) || view.isPunct(t, "&") else { break }
                    if !view.isCap(t) && !view.isAny(t, Self.acronymConnectors) && !view.isPunct(t, "&") { break }
                    if view.isCap(t) && view.has(t, WordBit.functionWord) { break }
                    let first = view.text(t).first.map { String($0).uppercased() } ?? ""
                    withConnectors.insert(first, at: 0)
                    if view.isCap(t) && withConnectors.joined() == acronym { best = t }
                    t -= 1
                }
            }
            guard let start = best, p - start >= 2 else { continue }
            let label = view.join(start, p)
            out.append(MentionSpan(sentence: sentence, start: start, end: p, kind: .organization, label: label,
                                   quality: .full, priority: 1))
        }
        return out
    }

    /// Lower-case words inside a name that an acronym may or may not spell: `Verband der Automobilindustrie (VDA)`,
    /// `Initiative für die Kommunikationswirtschaft (NIK)`, `Council for the Promotion of International Trade (CCPIT)`.
    static let acronymConnectors = ["and", "und", "of", "for", "für", "&", "der", "des", "die", "the", "de", "du", "zur", "zum"]

    /// True when token `i` can be an acronym: two or more upper-case letters, or a short lower-case coinage (`dena`).
    func isAcronymToken(_ view: TokenView, _ i: Int) -> Bool {
        guard view.isWord(i) else { return false }
        let text = view.text(i)
        if view.isUpper(i) { return text.unicodeScalars.count <= 10 }
        var upper = 0
        for scalar in text.unicodeScalars where scalar.properties.isUppercase { upper += 1 }
        if upper >= 2 && text.unicodeScalars.count <= 8 { return true }  // `BMWi`, `GIZ`
        // Lower-case coinages (`dena`): short, letters only, not a German function word.
        let count = text.unicodeScalars.count
        return upper == 0 && (3...6).contains(count) && !lexicon.isFunctionWord(text)
            && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
    }

    /// True for the heads of schools and universities, which may carry the name of a person after their town.
    static func isSchoolHead(_ nominative: String) -> Bool {
        let lower = nominative.lowercased()
        return lower.hasSuffix("hochschule") || lower.hasSuffix("universität") || lower.hasSuffix("gymnasium")
            || lower.hasSuffix("akademie") || lower.hasSuffix("schule")
    }

    /// One past the name of a person honoured by an institution's name from token `k` (`Georg Simon Ohm`): a given name
    /// and one to three more capitalised words, with a punctuation mark, a lower-case word or the end of the sentence
    /// after them; nil otherwise.
    func honoreeEnd(_ view: TokenView, from k: Int) -> Int? {
        guard view.isCap(k), view.has(k, WordBit.givenName) else { return nil }
        var end = k + 1
        while end < view.count, end < k + 4, view.isCap(end), view.isWord(end), !view.has(end, WordBit.functionWord) { end += 1 }
        guard end > k + 1, end >= view.count || !view.isWord(end) || !view.isCap(end) else { return nil }
        return end
    }
}
