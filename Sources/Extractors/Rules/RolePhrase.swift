import GraphCore

/// A role noun phrase in a sentence: `stellvertretender Generalsekretär`, `Staatssekretär a. D.`, `Vize-Direktor`.
struct RolePhrase {
    /// The role label: canonical modifiers and the role's lemma.
    let label: String
    /// First token.
    let start: Int
    /// One past the last token.
    let end: Int
    /// The acronym before the hyphen of a compound role (`VDA` of `VDA-Präsidentin`), which names the post's organisation
    /// (not a place's or a party's: `NRW-Ministerpräsident`, `SPD-Fraktionschef` stay whole roles).
    var organizationPrefix: String? = nil
    /// The token of a country's or German state's adjective between the modifiers and the role noun (`bayerischer` of
    /// `ehemaliger bayerischer Wirtschaftsminister`), which names the state of a state office.
    var placeAdjective: Int? = nil
}

extension SentenceContext {
    /// Ends of department nouns (lower-cased) whose genitive stands between a role and its organisation.
    static let departmentEnds = ["abteilung", "referat", "fachbereich", "sektion", "ressort", "geschäftsbereich"]

    /// Nouns of a company's branch (lower-cased) whose genitive, with a town's adjective before it, stands between a role and
    /// the company: `Generaldirektorin der Frankfurter Filiale der Bank of Ningbo`.
    static let branchNouns = ["filiale", "niederlassung", "zweigstelle", "zweigniederlassung"]

    /// Ends of committee and department nouns (lower-cased) named with their field before their body: `des Ausschusses für
    /// Wirtschaft im Landtag`, `der Abteilung für Außenwirtschaft des Ministeriums`.
    static let committeeNouns = ["ausschusses", "ausschuss", "abteilung", "referats", "referat", "kommission"]

    /// The words that may link a role to its organisation (`der`, `bei`, `zum`, …), lower-cased.
    static let roleLinkers = ["der", "des", "bei", "von", "vom", "im", "am", "beim", "für", "in", "an", "zur", "zum", "of"]

    /// The role phrase starting at token `i`, or nil.
    func role(at i: Int) -> RolePhrase? {
        // Most tokens start no role: without a role modifier, a role word or the first word of a role of several words
        // at `i`, nothing below can match (one bit test, before the lexicon is read).
        guard view.has(i, WordBit.roleModifierBefore | WordBit.role | WordBit.multiWordRoleStart) else { return nil }
        let lexicon = document.lexicon
        var j = i
        var before: [String] = []
        // (Not the first word of an English role of two words: `Vice President`, `Deputy Director`.)
        while j < view.count, view.isWord(j), view.has(j, WordBit.roleModifierBefore),
              let canonical = lexicon.roleModifiersBefore[view.lower(j)], before.count < 2,
              !(view.has(j, WordBit.multiWordRoleStart) && view.isCap(j + 1) && lexicon.roles[view.join(j, j + 2)] != nil) {
            before.append(canonical)
            j += 1
        }
        // A country's or state's adjective after a modifier: `ehemaliger bayerischer Wirtschaftsminister`.
        var placeAdjective: Int? = nil
        if !before.isEmpty, view.isWord(j), !view.isCap(j), view.has(j + 1, WordBit.role), view.isCap(j + 1),
           Self.placeOfAdjective(view.lower(j), lexicon) != nil {
            placeAdjective = j
            j += 1
        }
        // A role of two words: `Chief Representative`, `Managing Director`.
        var wordsEnd = j + 1
        var multiWord: (lemma: String, gender: String, modifier: String?)? = nil
        if view.has(j, WordBit.multiWordRoleStart), view.isCap(j + 1) {
            // `Chief Executive Officer` before `Chief Executive`.
            for length in [3, 2] where j + length <= view.count && (1..<length).allSatisfy({ view.isCap(j + $0) }) {
                if let entry = lexicon.roles[view.join(j, j + length)] {
                    multiWord = (entry.lemma, entry.gender, nil)
                    wordsEnd = j + length
                    break
                }
            }
        }
        guard view.isCap(j), multiWord != nil || view.has(j, WordBit.role), mention(at: j)?.kind != .person,
              var role = multiWord ?? lexicon.role(view.text(j)) else { return nil }
        let roleWord = j
        // `VDA-Präsidentin`, `IHK-Präsident`: an acronym before the hyphen names the organisation, not the role.
        var organizationPrefix: String? = nil
        let text = view.text(j)
        // A byte test first: without a `-` byte there is no `-` character (no `Character` scan of most role words).
        if role.modifier == nil, text.utf8.contains(0x2D), let dash = text.firstIndex(of: "-"), case let prefix = text[..<dash],
           prefix.unicodeScalars.count >= 2, prefix.unicodeScalars.allSatisfy({ $0.properties.isUppercase || ("0"..."9").contains($0) }),
           lexicon.places[String(prefix)] == nil, lexicon.parties[String(prefix)] == nil,
           let rest = lexicon.role(String(text[text.index(after: dash)...])) {
            role = rest
            organizationPrefix = String(prefix)
        } else if role.modifier == nil, text.utf8.contains(0x2D), let dash = text.firstIndex(of: "-"), case let prefix = String(text[..<dash]),
                  prefix.unicodeScalars.count >= 3, prefix.unicodeScalars.first.map({ $0.properties.isUppercase }) == true,
                  lexicon.places[prefix] == nil, lexicon.parties[prefix] == nil,
                  document.organization(named: prefix) != nil || lastOrganization(before: i, startingWith: prefix) != nil
                    || lastOrganization(before: i, withWord: prefix) != nil,
                  let rest = lexicon.role(String(text[text.index(after: dash)...])) {
            // `Kestner-Geschäftsführer`: the first word of the document's one organisation `Kestner Medical GmbH` before the
            // hyphen names the post's organisation.
            role = rest
            organizationPrefix = prefix
        }
        var core = role.lemma
        if let prefix = role.modifier {
            core = prefix.hasSuffix("-") ? prefix + role.lemma : view.text(j)
        }
        var end = wordsEnd
        // An English role with its field: `Head of Sales`, `Director of Marketing` (up to three capitalised words).
        if view.isAny(end, ["of"]), view.isCap(end + 1), role.lemma.utf8.allSatisfy({ $0 < 0x80 }), role.gender == "n" {
            var k = end + 1
            while k < end + 4, view.isCap(k), view.isWord(k), !view.isAny(k, ["Der", "Die", "Das", "Des"]),
                  mention(at: k) == nil { k += 1 }
            if k > end + 1 {
                core += " of " + view.join(end + 1, k)
                end = k
            }
        }
        // An English role with its field before the organisation: `Vice President Research and Development bei Tianfu`
        // (capitalised words that are no name and no mention, `and`/`&` between them, then `bei`/`der`/`von`).
        if end == wordsEnd, multiWord != nil || role.lemma.utf8.allSatisfy({ $0 < 0x80 }), role.gender == "n", view.isCap(end),
           mention(at: end) == nil {
            var k = end
            while k < end + 5, view.isWord(k), (view.isCap(k) && mention(at: k) == nil
                    && !view.has(k, WordBit.givenName | WordBit.surnameTitled | WordBit.role)) || view.isAny(k, ["and", "&"]) {
                k += 1
            }
            if k > end, !view.isAny(k - 1, ["and", "&"]), view.isAny(k, ["bei", "beim", "der", "des", "von", "vom"]),
               mention(startingAt: k + 1) != nil || view.isAny(k + 1, ["der", "dem"]) && mention(startingAt: k + 2) != nil {
                core += " " + view.join(end, k)
                end = k
            }
        }
        // A German role with its field before the organisation: `Leiterin Einkauf bei der X AG`, `Geschäftsführerin International
        // der IHK` (one or two capitalised words that are no name, no role and no mention, then `bei`/`der`/`des` and a name).
        if end == wordsEnd, multiWord == nil, role.gender != "n" || !role.lemma.utf8.allSatisfy({ $0 < 0x80 }), view.isCap(end),
           view.isWord(end), mention(at: end) == nil {
            var k = end
            while k < end + 2, view.isWord(k), view.isCap(k), mention(at: k) == nil, !view.has(k, WordBit.functionWord),
                  !view.has(k, WordBit.givenName | WordBit.surnameTitled | WordBit.role), !view.isPunct(k + 1, "-"),
                  view.matchTitle(k, lexicon.titles) == nil {
                k += 1
            }
            if k > end, view.isAny(k, ["bei", "beim", "der", "des"]),
               mention(startingAt: k + 1)?.kind == .organization
                || view.isAny(k + 1, ["der", "dem"]) && mention(startingAt: k + 2)?.kind == .organization
                || view.isAny(k, ["der", "des"]) && view.isUpper(k + 1) && document.organization(named: view.text(k + 1)) != nil {
                core += " " + view.join(end, k)
                end = k
            }
        }
        // `dem Vorsitzenden`, `des Beauftragten`: an adjectival noun after a masculine article is the masculine role
        // (`Vorsitzender`), not the form without gender.
        // So is one in `-e` after `der` (`der Vorsitzende`; the feminine genitive and dative is `der Vorsitzenden`).
        if multiWord == nil, role.gender == "n", core == role.lemma, core.hasSuffix("e"),
           view.isAny(i - 1, ["dem", "den", "des", "einem", "einen", "eines", "zum", "vom", "beim"])
            || view.isAny(i - 1, ["der"]) && view.text(roleWord).hasSuffix("e"),
           lexicon.role(core + "r")?.gender == "m" {
            core += "r"
        }
        var after: [String] = []
        // (Not the first word of a name: `Geschäftsführer Europe Trade GmbH`.)
        if view.has(end, WordBit.roleModifierAfterStart), mention(at: end) == nil,
           let e = view.matchCompact(end, lexicon.roleModifiersAfter, maxTokens: 3) {
            var key = ""
            for k in end..<e { key += RecognitionLexicon.compactKey(view.text(k)) }
            after.append(lexicon.roleModifiersAfter[key] ?? view.join(end, e))
            end = e
        }
        // A role in a board: `Vorsitzender des Vorstands`, `Sprecherin der Geschäftsführung` (the organisation follows).
        if view.isAny(end, ["des", "der"]), view.isCap(end + 1), Self.boardNouns.contains(view.text(end + 1)) {
            after.append(view.join(end, end + 2))
            end += 2
        }
        // Adjectival modifiers agree with a feminine role: `stellvertretende Bürgermeisterin`, `ehemalige Ministerin`; and with
        // an adjectival noun written in its weak form: `Stellvertretende Vorsitzende ist …` is `stellvertretende Vorsitzende`,
        // not `stellvertretender Vorsitzende`.
        if role.gender == "f" || (multiWord == nil && !before.isEmpty && view.text(roleWord).hasSuffix("e") && view.lower(roleWord - 1).hasSuffix("e")
                                  && core == role.lemma && core.hasSuffix("e")) {
            before = before.map { $0.hasSuffix("er") && $0.count > 4 ? String($0.dropLast()) : $0 }
        }
        let label = (before + [core] + after).joined(separator: " ")
        return RolePhrase(label: label, start: i, end: end, organizationPrefix: organizationPrefix, placeAdjective: placeAdjective)
    }

    /// The country or German state of a lower-case adjective (`chinesische` → China, `bayerischer` → Bayern), or nil.
    static func placeOfAdjective(_ lower: String, _ lexicon: RecognitionLexicon) -> (label: String, kind: EntityKind)? {
        for ending in ["en", "er", "es", "em", "e"] where lower.hasSimpleSuffix(ending) {
            let stem = String(lower.dropLast(ending.count))
            if let country = lexicon.countryByAdjectiveStem[stem] { return (country, .country) }
            if let state = lexicon.stateByAdjectiveStem[stem] { return (state, .administrativeArea) }
        }
        return nil
    }

    /// Genitives of boards and managements that a role is held in (`Vorsitzender des Vorstands der X AG`).
    static let boardNouns: Set<String> = ["Vorstands", "Vorstandes", "Geschäftsführung", "Geschäftsleitung", "Aufsichtsrats",
                                          "Aufsichtsrates", "Verwaltungsrats", "Verwaltungsrates", "Präsidiums", "Direktoriums",
                                          "Kuratoriums", "Beirats", "Beirates", "Stiftungsrats", "Stiftungsrates",
                                          "Hochschulrats", "Hochschulrates", "Unternehmensleitung", "Konzernleitung",
                                          "Hauptgeschäftsführung", "Konzernvorstands", "Konzernvorstandes"]

    /// Endings of offices held for a state (lower case): `Botschafter`, `Generalkonsulin`, `Premier`, `Außenminister`.
    static let stateOfficeEndings = ["botschafter", "botschafterin", "konsul", "konsulin", "premier", "premierin", "minister",
                                     "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "staatschef",
                                     "staatschefin", "regierungschef", "regierungschefin", "gesandter", "gesandte"]

    /// The state a state office belongs to when the text names it right before the role: a genitive (`Chinas Premier`)
    /// or a nationality adjective (`der chinesische Botschafter`). Adds the country entity for an adjective.
    func stateOfRole(_ role: RolePhrase, _ output: inout RuleOutput) -> Int? {
        let lemma = role.label.lowercased()
        // Byte suffixes when the lemma is a simple text (the endings are): the same answer as `hasSuffix`.
        let simple = lemma.isSimpleText
        guard Self.stateOfficeEndings.contains(where: { simple ? lemma.hasSimpleSuffix($0) : lemma.hasSuffix($0) }) else { return nil }
        // `ehemaliger bayerischer Wirtschaftsminister`: the adjective inside the phrase.
        if let adjective = role.placeAdjective, let place = Self.placeOfAdjective(view.lower(adjective), document.lexicon) {
            return output.entity(kind: place.kind, label: place.label, quality: .full)
        }
        let p = role.start - 1
        guard p >= 0, view.isWord(p) else { return nil }
        if let country = mentions.last(where: { $0.end == role.start }), country.kind == .country, country.length == 1,
           view.text(p).hasSuffix("s") {
            return country.entity
        }
        guard !view.isCap(p) || p == 0 else { return nil }
        let lower = view.lower(p)
        for ending in ["en", "er", "es", "e"] where lower.hasSuffix(ending) {
            if let country = document.lexicon.countryByAdjectiveStem[String(lower.dropLast(ending.count))] {
                return output.entity(kind: .country, label: country, quality: .full)
            }
            // `der bayerische Wirtschaftsminister`, `die sächsische Staatsministerin`: a German state's minister.
            if let state = document.lexicon.stateByAdjectiveStem[String(lower.dropLast(ending.count))],
               lemma.hasSuffix("minister") || lemma.hasSuffix("ministerin") || lemma.hasSuffix("präsident") || lemma.hasSuffix("präsidentin") {
                return output.entity(kind: .administrativeArea, label: state, quality: .full)
            }
        }
        return nil
    }

    /// Nouns that refer back to the place just named (`der Stadt`, `der Provinz`), with the kind of that place.
    static let backReferenceNouns: [String: EntityKind] = ["Stadt": .city, "Partnerstadt": .city, "Provinz": .administrativeArea]

    /// The one district or town the document named with a class noun before the word at `i` (`Bezirk Jiangning` for
    /// `Jiangning`, `Landkreis Harz` for `Harz`), or nil.
    func shortPlaceName(_ i: Int) -> Int? {
        let suffix = " " + view.text(i)
        let entities = document.entities.entities
        var found: Int? = nil
        for k in entities.indices where entities[k].kind == .administrativeArea || entities[k].kind == .city {
            guard entities[k].label.hasSuffix(suffix) else { continue }
            if found != nil { return nil }
            found = k
        }
        return found
    }

    /// Genitives that refer back to the district a text is about (`des Landkreises`, `des Kreises`).
    static let districtBackReferenceNouns: Set<String> = ["Landkreises", "Kreises"]

    /// The one district (`Landkreis …`, `Kreis …`, `…kreis`) the document names, or nil when it names none or several.
    func documentDistrict() -> Int? {
        let entities = document.entities.entities
        var found: Int? = nil
        for k in entities.indices where entities[k].kind == .administrativeArea {
            let label = entities[k].label
            guard label.hasPrefix("Landkreis ") || label.hasPrefix("Kreis ") || label.hasSuffix("kreis") else { continue }
            if found != nil { return nil }
            found = k
        }
        return found
    }

    /// The one place of kind `kind` named in this sentence before token `i`, or else in the previous sentence.
    func lastNamedPlace(_ kind: EntityKind, before i: Int, provincesOnly: Bool = false) -> Int? {
        // The distinct places of that kind among `spans`: none, exactly one, or several. A place of origin or a partner
        // (`die Delegation aus Wuhan`, `mit Wuhan`) is not the place the sentence is in. `der Provinz` means a Chinese
        // province, not a German state named beside it.
        func places(_ spans: [MentionSpan], _ sentence: TokenView) -> Set<Int> {
            Set(spans.filter {
                $0.kind == kind && !sentence.isAny($0.start - 1, ["aus", "von", "mit", "zwischen"])
                    && (!provincesOnly || document.lexicon.provinceNames.contains(document.entities.entities[$0.entity].label))
            }.map { $0.entity })
        }
        let here = places(mentions.filter { $0.end <= i }, view)
        if !here.isEmpty { return here.count == 1 ? here.first : nil }
        if !provincesOnly, mentions.contains(where: { $0.kind == kind && $0.end <= i }) { return nil }
        guard index > 0, index - 1 < document.spans.count, index - 1 < document.views.count else { return nil }
        let before = places(document.spans[index - 1], document.views[index - 1])
        return before.count == 1 ? before.first : nil
    }

    /// True when a city is named before token `i` in this sentence or anywhere in the sentence before.
    func namesCity(before i: Int) -> Bool {
        if mentions.contains(where: { $0.kind == .city && $0.end <= i }) { return true }
        guard index > 0, index - 1 < document.spans.count else { return false }
        return document.spans[index - 1].contains { $0.kind == .city }
    }

    /// The organisation an acronym before a compound role names (`VDA` of `VDA-Präsidentin`): the document's organisation
    /// with that acronym, else the well-known organisation, else an organisation named by the acronym.
    func prefixOrganization(_ role: RolePhrase, _ output: inout RuleOutput) -> Int? {
        guard let prefix = role.organizationPrefix else { return nil }
        if let known = document.organization(named: prefix) { return known }
        // `Haldmann-Geschäftsführerin` after `die Haldmann Elektronik GmbH`, when a `Haldmann Electronics (Suzhou) Co., Ltd.`
        // is named too: the one named last before the role.
        if let recent = lastOrganization(before: role.start, startingWith: prefix) { return recent }
        // `Huamei-Präsidentin` after `die Liaoning Huamei Casting Co., Ltd.`.
        if let recent = lastOrganization(before: role.start, withWord: prefix) { return recent }
        // `IHK-Präsident` after `die Industrie- und Handelskammer Heilbronn-Franken`: the chamber just named.
        if let endings = Self.genericAcronymEndings[prefix], let named = lastOrganization(before: role.start, fitting: endings) {
            return named
        }
        if let entry = document.lexicon.knownOrganizations[prefix] {
            return output.entity(kind: .organization, label: entry.label, quality: .full, surfaceForms: [prefix])
        }
        return output.entity(kind: .organization, label: prefix, quality: .full)
    }

    /// The index after a role phrase and titles at `k` that a person follows (`Oberbürgermeister Dr. Anna Roth`), else `k`:
    /// where a list of persons named with their roles goes on.
    func skippingRole(from k: Int) -> Int {
        guard let role = role(at: k) else { return k }
        var j = role.end
        while let t = view.matchTitle(j, document.lexicon.titles) { j = t }
        return mention(startingAt: j)?.kind == .person ? j : k
    }

    /// The start of the mention after up to three attributive words at `i` (lower-case adjectives and participles ending in
    /// `-e`/`-en`, `neu`, and `in PLACE` before a participle), or nil when no mention follows them.
    static func afterAttributes(_ context: SentenceContext, from i: Int) -> Int? {
        let view = context.view
        var k = i
        var steps = 0
        while steps < 3, k < view.count {
            if view.isAny(k, ["in"]), let place = context.mention(startingAt: k + 1), place.kind.isPlace, view.isWord(place.end),
               !view.isCap(place.end) {
                k = place.end
            } else if view.isWord(k), !view.isCap(k), case let lower = view.lower(k),
                      lower == "neu" || lower.utf8.count >= 4 && (lower.hasSimpleSuffix("e") || lower.hasSimpleSuffix("en"))
                        && !CanonicalLabel.determinerLike.contains(lower) && !view.has(k, WordBit.functionWord) {
                k += 1
            } else {
                break
            }
            steps += 1
        }
        guard k > i, context.mention(startingAt: k) != nil else { return nil }
        return k
    }

    /// True when a genitive or `bei` attribute follows at `i` but names nothing the recogniser knows.
    func unresolvedAttribute(after i: Int) -> Bool {
        guard view.isAny(i, ["der", "des", "bei", "beim", "vom"]) else { return false }
        var j = i + 1
        if view.isAny(j, ["der", "dem"]) { j += 1 }
        return view.isCap(j) && mention(startingAt: j) == nil
    }

    /// The organisation or place a role phrase ending at `i` names: `der ISA`, `bei der Stadt Kiel`,
    /// `Großbritanniens`, `BSW`. Returns the entity and the end of the phrase.
    func roleOrganization(after i: Int) -> (entity: Int, end: Int)? {
        var j = i
        // `Prorektorin für Internationales der Universität`, `Professor für Sinologie an der Universität`: the field after `für`
        // belongs to the role; the organisation follows it.
        if view.isAny(j, ["für"]), view.isCap(j + 1), mention(startingAt: j + 1) == nil,
           view.isAny(j + 2, ["der", "des", "an", "am", "bei", "beim", "im"]) {
            j += 2
        }
        // `Leiterin der Wirtschaftsabteilung des Generalkonsulats`: a department in the genitive belongs to the organisation after it.
        if view.isAny(j, ["der", "des"]), view.isCap(j + 1), mention(startingAt: j + 1) == nil, view.isAny(j + 2, ["der", "des"]),
           case let noun = view.lower(j + 1), Self.departmentEnds.contains(where: { noun.hasSimpleSuffix($0) }) {
            j += 2
        } else if view.isAny(j, ["der", "des"]), view.isCap(j + 1), view.isPunct(j + 2, "-"), view.isAny(j + 3, ["und"]),
                  view.isCap(j + 4), mention(startingAt: j + 1) == nil, view.isAny(j + 5, ["der", "des"]),
                  case let noun = view.lower(j + 4), Self.departmentEnds.contains(where: { noun.hasSimpleSuffix($0) }) {
            // `Leiter der Wirtschafts- und Handelsabteilung der Botschaft` (the trailing hyphen is a token of its own).
            j += 5
        } else if view.isAny(j, ["der", "des"]), view.isCap(j + 1), mention(startingAt: j + 1) == nil, view.isAny(j + 2, ["für"]),
                  view.isCap(j + 3), mention(startingAt: j + 3) == nil, view.isAny(j + 4, ["der", "des", "im", "beim"]),
                  case let noun = view.lower(j + 1), Self.committeeNouns.contains(where: { noun.hasSimpleSuffix($0) }) {
            // `Vorsitzender des Ausschusses für Wirtschaft im Niedersächsischen Landtag`: the committee's parliament.
            j += 4
        } else if view.isAny(j, ["der"]), view.isCap(j + 1), view.isCap(j + 2), view.isAny(j + 3, ["der", "des"]),
                  view.lower(j + 1).hasSimpleSuffix("er"), view.isAny(j + 2, Self.branchNouns), mention(startingAt: j + 1) == nil {
            // `Generaldirektorin der Frankfurter Filiale der Bank of Ningbo`: the branch belongs to the company after it.
            j += 3
        }
        var steps = 0
        while steps < 2, view.isAny(j, Self.roleLinkers) {
            // `der in Hamburg ansässigen ORG`: `in` after the article starts an attribute, not the post's place.
            if steps > 0, view.isAny(j, ["in"]), view.isAny(j - 1, ["der", "des", "dem"]) { break }
            j += 1
            steps += 1
        }
        // `der neu gegründeten ORG`, `der in Hamburg ansässigen ORG`, `der chinesischen Partnerstadt Ningbo`: attributive
        // adjectives and participles (with their `in PLACE`) between the article and the name.
        if steps > 0, mention(startingAt: j) == nil, let named = Self.afterAttributes(self, from: j) { j = named }
        guard let m = mention(startingAt: j) else {
            // `Präsidentin der IHK` after `die IHK Nürnberg für Mittelfranken`: the acronym of the document's one organisation.
            if steps > 0, view.isUpper(j), view.isWord(j), let named = document.organization(named: view.text(j)) { return (named, j + 1) }
            // `Bezirksvorsteher von Jiangning` after `der Bezirk Jiangning`: the short name of a place the document named.
            if steps > 0, view.isAny(j - 1, ["von"]), view.isCap(j), view.isWord(j), let place = shortPlaceName(j) { return (place, j + 1) }
            guard steps > 0, view.isAny(j - 1, ["der", "des"]), !view.isCap(j + 1) || view.isPunct(j + 1, ",") else { return nil }
            // `der Oberbürgermeister der Stadt, NAME`: the one city (or province) the text has just named; with no city named
            // in this sentence or the one before, the town of the release's dateline.
            // `die Erste Landesbeamtin des Landkreises, NAME`: the one district the document names.
            if view.isAny(j - 1, ["des"]), Self.districtBackReferenceNouns.contains(view.text(j)), let district = documentDistrict() {
                return (district, j + 1)
            }
            if view.isAny(j - 1, ["der"]), let kind = Self.backReferenceNouns[view.text(j)] {
                if let place = lastNamedPlace(kind, before: j, provincesOnly: view.text(j) == "Provinz") { return (place, j + 1) }
                if kind == .city, !namesCity(before: j), let town = datelineCity() { return (town, j + 1) }
                return nil
            }
            // `Geschäftsführer des Unternehmens ist …`, `Hauptgeschäftsführer der Kammer`: the organisation just named.
            if let organization = referencedOrganization(noun: j) { return (organization, j + 1) }
            return nil
        }
        switch m.kind {
        case .organization:
            // `Präsident der IHK` read as an organisation named `IHK` when the document names one `IHK Halle-Dessau`: that one.
            if m.length == 1, view.isUpper(m.start), document.entities.entities[m.entity].label == view.text(m.start),
               let named = lastOrganization(before: m.start, startingWith: view.text(m.start)), named != m.entity {
                return (named, m.end)
            }
            return (m.entity, m.end)
        case .city, .administrativeArea, .country: return (m.entity, m.end)
        default: return nil
        }
    }
}
