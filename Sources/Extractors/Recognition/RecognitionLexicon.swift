import GraphCore

/// A role noun as the recogniser needs it: its nominative lemma and grammatical gender.
struct RoleInfo: Sendable, Hashable {
    /// Nominative singular of the same gender, e.g. `Bürgermeisterin`.
    let lemma: String
    /// `m`, `f` or `n`.
    let gender: String
}

/// A place name with its kind and canonical label.
struct PlaceInfo: Sendable, Hashable {
    /// The canonical (German) label.
    let label: String
    /// City, administrative area or country.
    let kind: EntityKind
    /// True when the name is also a common German word and needs a cue to count as a place.
    let ambiguous: Bool
}

/// A well-known organisation: its canonical German name and the acronyms that identify it.
struct KnownOrganization: Sendable, Hashable {
    /// The canonical name in the nominative.
    let label: String
    /// Acronyms and official variants.
    let aliases: [String]
}

/// The lexicon data of `docs/lexicons.md` plus the rule lexicons, indexed for recognition.
///
/// Built once per run from the bundled TSV files (or from tables passed in by tests) and
/// shared read-only between the documents that are extracted in parallel.
public struct RecognitionLexicon: Sendable {
    /// Title forms, keyed by ``RecognitionLexicon/compactKey(_:)``.
    var titles: Set<String> = []
    /// Longest title in tokens.
    var titleMaxTokens = 1
    /// Role forms → lemma and gender.
    var roles: [String: RoleInfo] = [:]
    /// The first words of the roles of several words (`Managing` of `Managing Director`).
    var multiWordRoleStarts: Set<String> = []
    /// Lower-cased role lemmas used as compound suffixes (`…minister`), longest first.
    var roleSuffixes: [(suffix: String, entry: RoleInfo)] = []
    /// Role modifiers standing before the role → canonical form.
    var roleModifiersBefore: [String: String] = [:]
    /// Role modifiers glued to the role as a prefix (`Vize-`) → canonical form.
    var roleModifierPrefixes: [(String, String)] = []
    /// Role modifiers after the role (`a. D.`), keyed by compact key → canonical form.
    var roleModifiersAfter: [String: String] = [:]
    /// Organisation cue words (whole tokens).
    var orgWords: Set<String> = []
    /// Organisation cue suffixes (lower case), longest first.
    var orgSuffixes: [String] = []
    /// Legal forms by compact key (`eV`, `GmbH`).
    var legalForms: Set<String> = []
    /// Place cue words → kind of place they introduce.
    var placeCues: [String: EntityKind] = [:]
    /// Place names (single and multi-token) → entry, keyed by the space-joined token texts.
    var places: [String: PlaceInfo] = [:]
    /// Longest place name in tokens.
    var placeMaxTokens = 1
    /// Country/state adjective stems (lower case) – never mentions on their own.
    var adjectiveStems: Set<String> = []
    /// Organisation cues that take a proper name right after them (`org_cues.tsv` rows of match `name`): `Netzwerk
    /// Eurocities`, `Hochschule Harz`, `Sparkasse Vorderpfalz`.
    var properNameCues: Set<String> = []
    /// Canonical labels of the Chinese provinces and autonomous regions (`provinces_cn.tsv`, not the municipalities).
    var provinceNames: Set<String> = []
    /// Country adjective stems (lower case, `chinesisch`) → the country's name (`China`).
    var countryByAdjectiveStem: [String: String] = [:]
    /// German state by adjective stem (`bayerisch` → `Bayern`), from `states_de`.
    var stateByAdjectiveStem: [String: String] = [:]
    /// Given names.
    var givenNames: Set<String> = []
    /// East-Asian and other family names that mark a person with a neighbouring name.
    var surnames: Set<String> = []
    /// Function words (lower case) that are never part of a name.
    var functionWords: Set<String> = []
    /// Event nouns (lower case) matched as whole words or compound suffixes, longest first.
    var eventNouns: [String] = []
    /// Agreement nouns (lower case) matched as whole words or compound suffixes, longest first.
    var agreementNouns: [String] = []
    /// Signing verb forms (lower case).
    var signingVerbs: Set<String> = []
    /// Membership cue words (lower case) → cue type.
    var membershipCues: [String: String] = [:]
    /// Rivers, landscapes and lakes that qualify a town's name after `am`, `an der`, `im` or in parentheses
    /// (`town_qualifiers.tsv`): `Rhein`, `Breisgau`, `Saale`.
    var townQualifierWords: Set<String> = []
    /// Endings of office nouns whose name includes the place right after them (`seated_offices.tsv`).
    var seatedOfficeHeads: [String] = []
    /// Abbreviated town qualifiers as written, parts separated by single spaces (`a. M.`, `i. OB`, `v. d. Höhe`).
    var townQualifierAbbreviations: Set<String> = []
    /// Party names and abbreviations (as written) → canonical party label.
    var parties: [String: String] = [:]
    /// Grammatical gender of organisation/event head suffixes (lower case), longest first.
    var headGenders: [(suffix: String, gender: String)] = []
    /// Well-known organisations by every written form (space-joined tokens) → canonical name, acronyms and whether the
    /// form is itself an alias (background typing knowledge from `known_organizations.tsv`).
    var knownOrganizations: [String: KnownOrganization] = [:]
    /// Trade fairs named by their brand (`bauma`, `transport logistic`), by the brand's first token: the brand's tokens.
    var tradeFairs: [String: [[String]]] = [:]
    /// Longest known organisation form in tokens.
    var knownOrganizationMaxTokens = 1
    /// Lower-case words the lexicons attest (role forms, organisation and event nouns, one-word places, function
    /// words): the text normaliser rejoins a word broken by a hyphen when the joined form is one of them.
    var knownWords: Set<String> = [] {
        didSet { knownWordsAreLowercase = knownWords.allSatisfy { $0.lowercased() == $0 } }
    }
    /// True when every one of ``knownWords`` is already lower case (the normaliser then need not lower-case them).
    private(set) var knownWordsAreLowercase = true
    /// English words of organisation names (lower case) → German compound parts that translate them.
    var orgNameTranslations: [String: [String]] = [:]
    /// Non-zero only for the process-wide ``shared`` index, whose query answers ``LookupMemo`` keeps per thread.
    var memoKey = 0
    /// Every prefix (by characters) of the keys of ``places``; filled by ``buildPrefixIndex()`` for ``shared`` only.
    private(set) var placePrefixes: Set<String> = []
    /// Every prefix (by characters) of the keys of ``knownOrganizations``; filled like ``placePrefixes``.
    private(set) var knownOrganizationPrefixes: Set<String> = []
    /// True once ``buildPrefixIndex()`` ran (the lexicon is then no longer changed).
    private(set) var hasPrefixIndex = false

    /// An empty lexicon (used by tests that fill only what they need).
    init() {}

    /// The key under which multi-token abbreviations are compared: spaces and dots removed.
    static func compactKey(_ text: String) -> String {
        // Nothing to remove (no space, dot or the lead byte of U+00A0): the text itself.
        let plain: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for k in 0..<bytes.count where bytes[k] == 0x20 || bytes[k] == 0x2E || bytes[k] == 0xC2 { return false }
            return true
        }
        if plain ?? !text.utf8.contains(where: { $0 == 0x20 || $0 == 0x2E || $0 == 0xC2 }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where scalar != " " && scalar != "." && scalar != "\u{00A0}" {
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Builds the index from lexicon tables keyed by file name (without `.tsv`).
    init(tables: [String: Lexicon]) {
        func rows(_ name: String) -> [[String]] { tables[name]?.rows ?? [] }
        for row in rows("titles") {
            let key = Self.compactKey(row[0])
            titles.insert(key)
            titleMaxTokens = max(titleMaxTokens, Self.tokenEstimate(row[0]))
        }
        for row in rows("roles") {
            let lemma = Lexicon.field(row, 1).isEmpty ? row[0] : Lexicon.field(row, 1)
            let entry = RoleInfo(lemma: lemma, gender: Lexicon.field(row, 2))
            roles[row[0]] = entry
            if let space = row[0].firstIndex(of: " ") { multiWordRoleStarts.insert(String(row[0][..<space])) }
        }
        // Compound suffixes: every form of 5+ letters, so `Wirtschaftsminister` finds `minister`.
        var suffixes: [String: RoleInfo] = [:]
        for (form, entry) in roles where form.count >= 5 {
            suffixes[form.lowercased()] = entry
        }
        roleSuffixes = suffixes.map { ($0.key, $0.value) }.sorted { a, b in
            a.suffix.count != b.suffix.count ? a.suffix.count > b.suffix.count : a.suffix < b.suffix
        }
        for row in rows("role_modifiers") {
            let canonical = Lexicon.field(row, 1).isEmpty ? row[0] : Lexicon.field(row, 1)
            switch Lexicon.field(row, 2) {
            case "prefix": roleModifierPrefixes.append((row[0], canonical))
            case "after": roleModifiersAfter[Self.compactKey(row[0])] = canonical
            default: roleModifiersBefore[row[0].lowercased()] = canonical
            }
        }
        roleModifierPrefixes.sort { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0 < $1.0 }
        var orgSuffixSet: Set<String> = []
        for row in rows("org_cues") {
            switch Lexicon.field(row, 1) {
            case "suffix": orgSuffixSet.insert(row[0].lowercased().trimmingPrefix("-"))
            case "legal": legalForms.insert(Self.compactKey(row[0]))
            default:
                orgWords.insert(row[0])
                orgSuffixSet.insert(row[0].lowercased())
                if Lexicon.field(row, 1) == "name" { properNameCues.insert(row[0]) }
            }
        }
        for row in rows("org_cues_extra") {
            if Lexicon.field(row, 1) == "legal" { legalForms.insert(Self.compactKey(row[0])) } else {
                orgWords.insert(row[0])
                if Lexicon.field(row, 1) != "word-only" { orgSuffixSet.insert(row[0].lowercased()) }
            }
        }
        orgSuffixes = orgSuffixSet.filter { $0.count >= 4 || $0 == "amt" }.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        for row in rows("place_cues") {
            switch Lexicon.field(row, 1) {
            case "city": placeCues[row[0]] = .city
            case "country": placeCues[row[0]] = .country
            default: placeCues[row[0]] = .administrativeArea
            }
        }
        func addPlace(_ name: String, _ entry: PlaceInfo, overwrite: Bool) {
            let key = Self.spaceJoined(name)
            if key.isEmpty { return }
            if overwrite || places[key] == nil { places[key] = entry }
            placeMaxTokens = max(placeMaxTokens, Self.tokenEstimate(name))
        }
        func variants(_ row: [String], _ column: Int) -> [String] {
            Lexicon.field(row, column).split(separator: "|").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        // Least specific first; later tables overwrite earlier ones where they are more reliable.
        for row in rows("gazetteer") {
            let flags = Lexicon.field(row, 5)
            let entry = PlaceInfo(label: row[0], kind: .city, ambiguous: flags.contains("ambiguous"))
            addPlace(row[0], entry, overwrite: false)
            for variant in variants(row, 4) { addPlace(variant, entry, overwrite: false) }
        }
        for row in rows("states_de") {
            let entry = PlaceInfo(label: row[0], kind: .administrativeArea, ambiguous: false)
            // City-states stay cities when the gazetteer knows them (`Berlin`, `Hamburg`, `Bremen`).
            let cityState = places[Self.spaceJoined(row[0])]?.kind == .city
            if !cityState { addPlace(row[0], entry, overwrite: true) }
            for variant in variants(row, 1) { addPlace(variant, entry, overwrite: !cityState) }
            for stem in variants(row, 2) {
                adjectiveStems.insert(stem.lowercased())
                stateByAdjectiveStem[stem.lowercased()] = row[0]
            }
        }
        for row in rows("provinces_cn") {
            let type = Lexicon.field(row, 2)
            let entry = PlaceInfo(label: row[0], kind: type == "municipality" || type == "sar" ? .city : .administrativeArea,
                                   ambiguous: false)
            addPlace(row[0], entry, overwrite: true)
            for variant in variants(row, 1) { addPlace(variant, entry, overwrite: true) }
            if entry.kind == .administrativeArea { provinceNames.insert(row[0]) }
        }
        for row in rows("countries") {
            let entry = PlaceInfo(label: row[0], kind: .country, ambiguous: false)
            addPlace(row[0], entry, overwrite: true)
            for variant in variants(row, 1) { addPlace(variant, entry, overwrite: true) }
            for stem in variants(row, 2) {
                adjectiveStems.insert(stem.lowercased())
                if countryByAdjectiveStem[stem.lowercased()] == nil { countryByAdjectiveStem[stem.lowercased()] = row[0] }
            }
        }
        for row in rows("exonyms") {
            guard let base = places[Self.spaceJoined(row[0])] else { continue }
            for other in variants(row, 1) { addPlace(other, base, overwrite: true) }
        }
        addOtherRegions(rows("regions_other"))
        for row in rows("given_names") { givenNames.insert(row[0]) }
        for row in rows("surnames") { surnames.insert(row[0]) }
        for row in rows("function_words") { functionWords.insert(row[0].lowercased()) }
        eventNouns = rows("event_nouns").map { $0[0].lowercased() }.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        agreementNouns = rows("agreement_nouns").map { $0[0].lowercased() }.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        for row in rows("signing_verbs") { signingVerbs.insert(row[0].lowercased()) }
        for row in rows("trade_fairs") {
            let words = row[0].split(separator: " ").map(String.init)
            if let first = words.first { tradeFairs[first, default: []].append(words) }
        }
        for row in rows("membership_cues") { membershipCues[row[0].lowercased()] = Lexicon.field(row, 1) }
        for row in rows("town_qualifiers") {
            if Lexicon.field(row, 1) == "abbreviation" { townQualifierAbbreviations.insert(row[0]) } else { townQualifierWords.insert(row[0]) }
        }
        for row in rows("seated_offices") { seatedOfficeHeads.append(row[0].lowercased()) }
        for row in rows("parties") {
            let canonical = Lexicon.field(row, 1).isEmpty ? row[0] : Lexicon.field(row, 1)
            parties[row[0]] = canonical
        }
        for row in rows("known_organizations") {
            let aliases = variants(row, 1)
            let forms = variants(row, 2)
            let entry = KnownOrganization(label: row[0], aliases: aliases)
            for name in [row[0]] + aliases + forms {
                let key = Self.spaceJoined(name)
                if key.isEmpty || knownOrganizations[key] != nil { continue }
                knownOrganizations[key] = entry
                knownOrganizationMaxTokens = max(knownOrganizationMaxTokens, Self.tokenEstimate(name))
            }
        }
        for row in rows("org_name_translations") { orgNameTranslations[row[0].lowercased()] = variants(row, 1) }
        var words = Set<String>()
        for form in roles.keys where !form.contains(" ") { words.insert(form.lowercased()) }
        for word in orgWords where !word.contains(" ") { words.insert(word.lowercased()) }
        for key in places.keys where !key.contains(" ") { words.insert(key.lowercased()) }
        words.formUnion(eventNouns.filter { !$0.contains(" ") })
        words.formUnion(agreementNouns.filter { !$0.contains(" ") })
        words.formUnion(functionWords)
        knownWords = words
        headGenders = rows("head_genders").map { ($0[0].lowercased(), Lexicon.field($0, 1)) }
            .sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0 < $1.0 }
    }

    /// The byte tables of the suffix and stem lists, built once per thread for the process-wide ``shared`` index (kept
    /// in ``LookupMemo``); nil for other lexicons (which tests build and change), whose queries compare `Character`s.
    func byteTables() -> LexiconByteTables? {
        if memoKey == 0 { return nil }
        let memo = LookupMemo.current(memoKey)
        if let tables = memo.byteTables { return tables }
        let tables = makeByteTables()
        memo.byteTables = tables
        return tables
    }

    /// The byte tables of this lexicon's lists.
    private func makeByteTables() -> LexiconByteTables {
        LexiconByteTables(roleSuffixes: roleSuffixes.map { $0.suffix }, orgSuffixes: orgSuffixes, eventNouns: eventNouns,
                          legalFormStarts: KeyStarts(legalForms), titleStarts: KeyStarts(titles),
                          roleModifierAfterStarts: KeyStarts(roleModifiersAfter.keys), agreementNouns: agreementNouns)
    }

    /// The file names this index reads.
    static let tableNames = ["titles", "roles", "role_modifiers", "org_cues", "org_cues_extra", "place_cues", "states_de",
                             "provinces_cn", "countries", "exonyms", "gazetteer", "regions_other", "given_names", "surnames",
                             "function_words", "event_nouns", "agreement_nouns", "signing_verbs", "membership_cues",
                             "parties", "head_genders", "known_organizations", "org_name_translations", "town_qualifiers", "trade_fairs",
                             "seated_offices"]

    /// The index of the bundled files, built once per process.
    public static let shared: RecognitionLexicon = {
        var lexicon = bundled()
        lexicon.memoKey = 1
        lexicon.buildPrefixIndex()
        return lexicon
    }()

    /// Fills ``placePrefixes`` and ``knownOrganizationPrefixes``: a multi-token lookup stops as soon as its key is
    /// no prefix of any name. Only for a lexicon that is not changed afterwards.
    mutating func buildPrefixIndex() {
        func prefixes<V>(_ table: [String: V]) -> Set<String> {
            var out = Set<String>()
            for key in table.keys {
                var prefix = ""
                for character in key {
                    prefix.append(character)
                    out.insert(prefix)
                }
            }
            return out
        }
        placePrefixes = prefixes(places)
        knownOrganizationPrefixes = prefixes(knownOrganizations)
        hasPrefixIndex = true
    }

    /// False when no key of ``places`` starts with `key` (so no longer token sequence can be a place name).
    @inline(__always)
    func mayBePlacePrefix(_ key: String) -> Bool { !hasPrefixIndex || placePrefixes.contains(key) }

    /// False when no key of ``knownOrganizations`` starts with `key`.
    @inline(__always)
    func mayBeKnownOrganizationPrefix(_ key: String) -> Bool { !hasPrefixIndex || knownOrganizationPrefixes.contains(key) }

    /// Loads every table this index reads from the package resources; tables that are not bundled are skipped.
    public static func bundled() -> RecognitionLexicon {
        var tables: [String: Lexicon] = [:]
        for name in tableNames {
            if let table = try? Lexicon.bundled(name) { tables[name] = table }
        }
        return RecognitionLexicon(tables: tables)
    }

    /// Token texts joined by single spaces, with punctuation split off the way the tokenizer does.
    static func spaceJoined(_ name: String) -> String {
        name.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// A rough token count of a name: words and dots.
    static func tokenEstimate(_ name: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in name.unicodeScalars {
            if scalar == " " { inWord = false; continue }
            if scalar == "." || scalar == "-" || scalar == "/" { count += 1; inWord = false; continue }
            if !inWord { count += 1; inWord = true }
        }
        return max(1, count)
    }

    // MARK: - Queries

    /// The role entry of a token, by exact form or by a known role at the end of a compound.
    func role(_ text: String) -> (lemma: String, gender: String, modifier: String?)? {
        if memoKey == 0 { return computeRole(text) }
        let memo = LookupMemo.current(memoKey)
        return LookupMemo.lookup(&memo.roles, text) { computeRole(text) }
    }

    private func computeRole(_ text: String) -> (lemma: String, gender: String, modifier: String?)? {
        if let entry = roles[text] { return (entry.lemma, entry.gender, nil) }
        for (prefix, canonical) in roleModifierPrefixes where text.hasPrefix(prefix) && text.count > prefix.count + 3 {
            var rest = String(text.dropFirst(prefix.count))
            if rest.hasPrefix("-") { rest.removeFirst() }
            let capitalised = rest.prefix(1).uppercased() + rest.dropFirst()
            if let entry = roles[capitalised] ?? roles[rest] { return (entry.lemma, entry.gender, canonical) }
        }
        guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return nil }
        // `Lianda-Chef`, `Siemens-CEO`: a role word of fewer than five letters after a hyphen (the suffix table below holds
        // only forms of five letters or more, so `Chef` alone would never end a compound).
        if text.utf8.contains(0x2D), let dash = text.lastIndex(of: "-"), dash > text.startIndex,
           case let rest = String(text[text.index(after: dash)...]), rest.utf8.count < 5, let entry = roles[rest] {
            return (String(text[...dash]) + entry.lemma, entry.gender, nil)
        }
        let lower = text.fastLowercased
        let simple = lower.isSimpleText
        let lowerCount = simple ? lower.simpleCount : lower.count
        let word = Array(lower.utf8)
        // The table bound once (reading it through the class at every entry copies its arrays).
        let suffixBytes = byteTables()?.roleSuffixes
        // For a simple word only the suffixes ending in its last byte, and those compared as strings, can match.
        let indices = simple ? suffixBytes?.candidates(word, endingLengths: [0]) : nil
        for k in indices ?? Array(roleSuffixes.indices) {
            // Simple texts on both sides: bytes (and scalars for characters); otherwise `Character`s.
            if simple, let match = suffixBytes?.match(k, word, endingLength: 0) {
                guard match.matched, lowerCount > match.scalars + 2 else { continue }
            } else {
                let suffix = roleSuffixes[k].suffix
                guard lower.hasSuffix(suffix), lowerCount > suffix.count + 2 else { continue }
            }
            let (suffix, entry) = roleSuffixes[k]
            // Compound: keep the whole token as the lemma, with the lemma's ending.
            let stem = text.dropLast(suffix.count)
            // After a hyphen the role starts a word of its own: `SPD-Fraktionschef`.
            let lemmaTail = stem.hasSuffix("-") ? entry.lemma : entry.lemma.fastLowercased
            return (String(stem) + lemmaTail, entry.gender, nil)
        }
        return nil
    }

    /// The organisation cue suffix a token ends with (allowing genitive `-s`/`-es`), with the nominative form of the token.
    func orgHead(_ text: String) -> String? {
        if memoKey == 0 { return computeOrgHead(text) }
        let memo = LookupMemo.current(memoKey)
        return LookupMemo.lookup(&memo.orgHeads, text) { computeOrgHead(text) }
    }

    /// The endings an organisation head may carry after its suffix, in the order they are tried.
    private static let orgHeadEndings = ["", "s", "es"]
    /// The endings an event head may carry after its noun, in the order they are tried.
    private static let eventHeadEndings = ["", "s", "es", "n"]
    /// The byte (and character) counts of ``eventHeadEndings``.
    private static let eventHeadEndingLengths = [0, 1, 2, 1]

    private func computeOrgHead(_ text: String) -> String? {
        if legalForms.contains(Self.compactKey(text)) { return nil }
        let lower = text.fastLowercased
        let simple = lower.isSimpleText
        let word = Array(lower.utf8)
        let endsWithS = word.last == UInt8(ascii: "s")
        let endsWithEs = endsWithS && word.count >= 2 && word[word.count - 2] == UInt8(ascii: "e")
        // The table bound once (reading it through the class at every entry copies its arrays).
        let suffixBytes = byteTables()?.orgSuffixes
        // For a simple word only the suffixes that may end it before an ending (by their last byte), and those compared
        // as strings, can match: the others are passed over unread.
        let indices = simple ? suffixBytes?.candidates(word, endingLengths: [0, 1, 2]) : nil
        for k in indices ?? Array(orgSuffixes.indices) {
            let suffix = orgSuffixes[k]
            let bytewise = simple && suffixBytes?.isSimple(k) == true
            // The endings `""`, `"s"`, `"es"` in turn: ending `e` has `e` bytes and characters.
            for e in 0..<3
            where bytewise
                ? (e == 0 || (e == 1 ? endsWithS : endsWithEs))
                    && suffixBytes!.match(k, word, endingLength: e)?.matched == true
                : lower.hasSuffix(suffix + Self.orgHeadEndings[e]) {
                let ending = Self.orgHeadEndings[e]
                let nominativeLength = text.count - ending.count
                if ending.isEmpty && lower.count == suffix.count && !orgWords.contains(text) && !orgWords.contains(cap(text)) { continue }
                return String(text.prefix(nominativeLength))
            }
        }
        if orgWords.contains(text) { return text }
        return nil
    }

    /// The event noun a token ends with (allowing `-s`/`-es`/`-n` endings), with the token's nominative form.
    func eventHead(_ text: String) -> String? {
        if memoKey == 0 { return computeEventHead(text) }
        let memo = LookupMemo.current(memoKey)
        return LookupMemo.lookup(&memo.eventHeads, text) { computeEventHead(text) }
    }

    private func computeEventHead(_ text: String) -> String? {
        let lower = text.fastLowercased
        let simple = lower.isSimpleText
        let word = Array(lower.utf8)
        let last = word.last
        let endsWithEs = last == UInt8(ascii: "s") && word.count >= 2 && word[word.count - 2] == UInt8(ascii: "e")
        // The table bound once (reading it through the class at every entry copies its arrays).
        let suffixBytes = byteTables()?.eventNouns
        // As for organisation heads: only the nouns that may end a simple word before an ending, and those compared as strings.
        let indices = simple ? suffixBytes?.candidates(word, endingLengths: [0, 1, 2]) : nil
        for k in indices ?? Array(eventNouns.indices) {
            let noun = eventNouns[k]
            let bytewise = simple && suffixBytes?.isSimple(k) == true
            // The endings `""`, `"s"`, `"es"`, `"n"` in turn (ASCII: as many characters as bytes).
            for e in 0..<4
            where bytewise
                ? (e == 0 || (e == 1 ? last == UInt8(ascii: "s") : e == 3 ? last == UInt8(ascii: "n") : endsWithEs))
                    && suffixBytes!.match(k, word, endingLength: Self.eventHeadEndingLengths[e])?.matched == true
                : lower.hasSuffix(noun + Self.eventHeadEndings[e]) {
                return String(text.prefix(text.count - Self.eventHeadEndingLengths[e]))
            }
        }
        // A day named after a country, a region or a theme, written with a hyphen: `China-Tag`, `Bayern-Tag`.
        if word.count > 5, lower.hasSimpleSuffix("-tag"), let first = text.utf8.first, first >= 0x41 && first <= 0x5A || first >= 0xC3 {
            return text
        }
        return nil
    }

    /// True when a capitalised word `text` can be a surname: no function word, title, role, organisation or event
    /// head, organisation cue word, place cue, nor a country or state adjective (unless a known surname).
    func isSurnameText(_ text: String) -> Bool {
        if memoKey == 0 { return computeIsSurnameText(text) }
        let memo = LookupMemo.current(memoKey)
        return LookupMemo.lookup(&memo.surnameTexts, text) { computeIsSurnameText(text) }
    }

    /// True when a stem of ``adjectiveStems`` begins the lower-cased word `lower`.
    ///
    /// A simple text (one scalar per character) has far fewer prefixes than there are stems, so each prefix that ends
    /// on a scalar boundary is looked up in the set; other texts compare every stem with `hasPrefix`.
    func startsWithAdjectiveStem(_ lower: String) -> Bool {
        guard lower.isSimpleText else { return adjectiveStems.contains { lower.hasPrefix($0) } }
        if adjectiveStems.contains("") { return true }
        let bytes = lower.utf8
        var end = bytes.startIndex
        while end < bytes.endIndex {
            end = bytes.index(after: end)
            // A prefix ends only before a byte that starts a scalar.
            while end < bytes.endIndex && bytes[end] & 0xC0 == 0x80 { end = bytes.index(after: end) }
            if adjectiveStems.contains(String(lower[..<end])) { return true }
        }
        return false
    }

    private func computeIsSurnameText(_ text: String) -> Bool {
        if isFunctionWord(text) || titles.contains(Self.compactKey(text)) { return false }
        if role(text) != nil || orgHead(text) != nil || eventHead(text) != nil { return false }
        if orgWords.contains(text) || placeCues[text] != nil { return false }
        let lower = text.fastLowercased
        if startsWithAdjectiveStem(lower) && !surnames.contains(text.titleCasedIfUpper) {
            return false
        }
        return true
    }

    /// The agreement noun a token ends with.
    func agreementHead(_ text: String) -> String? {
        if memoKey == 0 { return computeAgreementHead(text) }
        let memo = LookupMemo.current(memoKey)
        return LookupMemo.lookup(&memo.agreementHeads, text) { computeAgreementHead(text) }
    }

    private func computeAgreementHead(_ text: String) -> String? {
        let lower = text.fastLowercased
        let simple = lower.isSimpleText
        // A simple word: only the nouns ending in its last two bytes (or of one byte), and those compared as strings.
        if simple, let nouns = byteTables()?.agreementNouns, nouns.count == agreementNouns.count {
            let word = Array(lower.utf8)
            for k in nouns.candidates(word, endingLengths: [0]) {
                if nouns.isSimple(k) ? nouns.match(k, word, endingLength: 0)?.matched == true : lower.hasSuffix(agreementNouns[k]) {
                    return text
                }
            }
            return nil
        }
        for noun in agreementNouns where simple && noun.isSimpleText ? lower.hasSimpleSuffix(noun) : lower.hasSuffix(noun) {
            return text
        }
        return nil
    }

    /// Gender of a head noun (`m`/`f`/`n`), by the longest known suffix; feminine by default for `-ung`, `-schaft` etc.
    func gender(ofHead text: String) -> String {
        if memoKey == 0 { return computeGender(ofHead: text) }
        let memo = LookupMemo.current(memoKey)
        return LookupMemo.lookup(&memo.genders, text) { computeGender(ofHead: text) }
    }

    private func computeGender(ofHead text: String) -> String {
        let lower = text.fastLowercased
        let simple = lower.isSimpleText
        for (suffix, gender) in headGenders where simple && suffix.isSimpleText ? lower.hasSimpleSuffix(suffix) : lower.hasSuffix(suffix) {
            return gender
        }
        return "f"
    }

    /// True when the token is a function word (case-insensitive).
    func isFunctionWord(_ text: String) -> Bool {
        if memoKey == 0 { return functionWords.contains(text.fastLowercased) }
        let memo = LookupMemo.current(memoKey)
        return LookupMemo.lookup(&memo.functionWords, text) { functionWords.contains(text.fastLowercased) }
    }

    /// The place a genitive form names (`Chinas` → China, `Pekings` → Peking), unless the base is ambiguous.
    func genitivePlace(_ text: String) -> PlaceInfo? {
        guard text.hasSuffix("s"), text.count > 3 else { return nil }
        guard let entry = places[String(text.dropLast())] else { return nil }
        return entry.ambiguous ? nil : entry
    }

    /// The lower-cased form of a token text and its ``WordBit`` facts (see ``TokenView/has(_:_:)``).
    func wordInfo(_ text: String) -> WordInfo {
        let lower = TokenView.lowercase(text)
        var bits: UInt64 = 0
        if isFunctionWord(text) { bits |= WordBit.functionWord }
        let compact = Self.compactKey(text)
        if titles.contains(compact) { bits |= WordBit.title }
        if role(text) != nil { bits |= WordBit.role }
        if multiWordRoleStarts.contains(text) { bits |= WordBit.multiWordRoleStart }
        if givenNames.contains(text) { bits |= WordBit.givenName | WordBit.givenLead }
        if text.contains("-") && givenNames.contains(String(text.split(separator: "-").first ?? "")) { bits |= WordBit.givenLead }
        if places[text] != nil { bits |= WordBit.place }
        if surnames.contains(text.titleCasedIfUpper) { bits |= WordBit.surnameTitled }
        if surnames.contains(text) { bits |= WordBit.surname }
        if isSurnameText(text) { bits |= WordBit.surnameText }
        if orgHead(text) != nil { bits |= WordBit.orgHead }
        if placeCues[text] != nil { bits |= WordBit.placeCue }
        if eventHead(text) != nil { bits |= WordBit.eventHead }
        if orgWords.contains(text) { bits |= WordBit.orgWord }
        if mayBePlacePrefix(text)
            || (text.hasSuffix("en") && text.count > 5 && mayBePlacePrefix(String(text.dropLast()))) { bits |= WordBit.placeStart }
        if genitivePlace(text) != nil { bits |= WordBit.genitivePlace }
        if MentionRecognizer.isAdjectiveForm(text) { bits |= WordBit.adjective }
        if signingVerbs.contains(lower) { bits |= WordBit.signingVerb }
        if SentenceGuard.negation.contains(lower) || SentenceGuard.conditional.contains(lower) {
            bits |= WordBit.nonFactual | WordBit.nonFactualEvent
        }
        if SentenceGuard.modal.contains(lower) { bits |= WordBit.nonFactual }
        if membershipCues[lower] == "member" || lower.hasPrefix("mitglied") && !lower.hasPrefix("mitgliedschaft") {
            bits |= WordBit.membership
        }
        if placeCues[MentionRecognizer.cueNominative[text] ?? text] != nil || text.hasSuffix("-Kreis") { bits |= WordBit.cueStart }
        if let tables = byteTables() {
            // The same answers from the prefix indexes, built once.
            if tables.legalFormStarts.mayStart(compact) { bits |= WordBit.legalStart }
            if tables.titleStarts.mayStart(compact) { bits |= WordBit.titleStart }
            if tables.roleModifierAfterStarts.mayStart(compact) { bits |= WordBit.roleModifierAfterStart }
        } else {
            if Self.mayStartKey(compact, of: legalForms) { bits |= WordBit.legalStart }
            if Self.mayStartKey(compact, of: titles) { bits |= WordBit.titleStart }
            if Self.mayStartKey(compact, of: roleModifiersAfter.keys) { bits |= WordBit.roleModifierAfterStart }
        }
        if let first = text.unicodeScalars.first, first.properties.isUppercase { bits |= WordBit.capitalized }
        var letters = 0
        var anyLower = false
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { anyLower = true; break }
            letters += 1
        }
        if !anyLower && letters >= 2 { bits |= WordBit.allUpper }
        let print = WordInfo.fingerprint(lower)
        if print != nil { bits |= WordBit.simpleLower }
        if roleModifiersBefore[lower] != nil { bits |= WordBit.roleModifierBefore }
        if agreementHead(text) != nil { bits |= WordBit.agreementHead }
        if mayBeKnownOrganizationPrefix(text) { bits |= WordBit.knownOrganizationStart }
        if MentionRecognizer.mediaCues.contains(text) { bits |= WordBit.mediaCue }
        if tradeFairs[text] != nil { bits |= WordBit.tradeFairStart }
        if DatePhrases.prepositions.contains(lower) { bits |= WordBit.datePreposition }
        if DatePhrases.months[lower] != nil { bits |= WordBit.month }
        if print == nil || lower.contains("partner") || lower.contains("schwester") || lower.contains("freundschaft") {
            bits |= WordBit.partnerish
        }
        return WordInfo(lower: lower, bits: bits, print: print ?? 0)
    }

    /// False only when no key of `keys` can equal a key that starts with `compact` (the compact key of a token that
    /// ``TokenView/matchCompact(_:_:maxTokens:)`` extends with the following tokens). A string canonically equal to a
    /// key whose scalars all lie below U+0300 (such a key is its own NFC form) starts, in NFC, with all bytes of an ASCII
    /// `compact` but the last one (only the last can compose with combining marks that follow), and with all of them when
    /// the key is ASCII; every other case answers true.
    ///
    /// A non-ASCII `compact` that is a ``Swift/String/isSimpleText`` (its own NFC form, every scalar a starter) keeps, in the
    /// NFC of any text it starts, all its scalars but the last; such a text can only be canonically equal to a key with a
    /// byte from 0xCC on, or to a non-ASCII simple key (its own NFC form) starting with those bytes.
    static func mayStartKey(_ compact: String, of keys: some Sequence<String>) -> Bool {
        if compact.isEmpty { return true }
        if compact.utf8.contains(where: { $0 >= 0x80 }) {
            guard compact.isSimpleText else { return true }
            let head = KeyStarts.withoutLastScalar(Array(compact.utf8))
            for key in keys {
                let bytes = Array(key.utf8)
                if bytes.contains(where: { $0 >= 0xCC }) { return true }
                if bytes.allSatisfy({ $0 < 0x80 }) { continue }
                if bytes.count >= head.count && Array(bytes[0..<head.count]) == head { return true }
            }
            return false
        }
        var compact = compact
        return compact.withUTF8 { bytes in
            for key in keys {
                let answer: Bool? = key.utf8.withContiguousStorageIfAvailable { keyBytes in
                    mayStart(keyBytes, with: bytes)
                }
                if let answer {
                    if answer { return true }
                } else if mayStart(Array(key.utf8), with: bytes) {
                    return true
                }
            }
            return false
        }
    }

    /// The ``mayStartKey(_:of:)`` test of one key's bytes against the bytes of an ASCII compact key.
    @inline(__always)
    private static func mayStart(_ key: some RandomAccessCollection<UInt8>, with bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var ascii = true
        for byte in key {
            if byte >= 0xCC { return true }
            if byte >= 0x80 { ascii = false }
        }
        let length = ascii ? bytes.count : bytes.count - 1
        guard key.count >= length else { return false }
        var k = 0
        var index = key.startIndex
        while k < length {
            if key[index] != bytes[k] { return false }
            k += 1
            index = key.index(after: index)
        }
        return true
    }

    private func cap(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}

extension String {
    func trimmingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}

/// The UTF-8 bytes of a list of suffixes, laid out flat, for byte-wise suffix tests of simple texts (see
/// ``Swift/String/isSimpleText``: there a `Character` is one scalar and comparing characters is comparing bytes).
struct SuffixBytes: Sendable {
    /// The bytes of every simple entry, one after the other.
    private var data: [UInt8] = []
    /// Per entry: the offset of its bytes in ``data``.
    private var starts: [Int] = []
    /// Per entry: its byte count, or -1 when it is no simple text.
    private var lengths: [Int] = []
    /// Per entry: its scalar count (its `Character` count when simple).
    private var scalars: [Int] = []
    /// Per last two bytes (the one before the last in the high byte): the simple entries of two or more bytes ending in
    /// them, in order.
    private var byLastTwoBytes: [UInt16: [Int]] = [:]
    /// Per byte value: the simple entries of one byte that are that byte, in order.
    private var byOneByte: [[Int]] = Array(repeating: [], count: 256)
    /// The entries that are no simple text or empty, in order (any word may end with them).
    private var unindexed: [Int] = []

    /// The bytes of `entries`.
    init(_ entries: [String]) {
        for entry in entries {
            let k = lengths.count
            starts.append(data.count)
            if entry.isSimpleText {
                let bytes = Array(entry.utf8)
                lengths.append(bytes.count)
                scalars.append(entry.simpleCount)
                data.append(contentsOf: bytes)
                if bytes.count >= 2 {
                    byLastTwoBytes[UInt16(bytes[bytes.count - 2]) << 8 | UInt16(bytes[bytes.count - 1]), default: []].append(k)
                } else if let only = bytes.first {
                    byOneByte[Int(only)].append(k)
                } else {
                    unindexed.append(k)
                }
            } else {
                lengths.append(-1)
                scalars.append(0)
                unindexed.append(k)
            }
        }
    }

    /// In order and without repeats, the entries that may end `word` right before an ending of one of `endingLengths`
    /// bytes: every entry that is no simple text or empty, and every simple entry whose last bytes are the word's bytes
    /// there. A simple entry left out has no ``match(_:_:endingLength:)`` with any of those ending lengths.
    func candidates(_ word: [UInt8], endingLengths: [Int]) -> [Int] {
        var out = unindexed
        var seen: [Int] = []
        for length in endingLengths where word.count > length && !seen.contains(length) {
            seen.append(length)
            let last = word.count - length - 1
            out.append(contentsOf: byOneByte[Int(word[last])])
            if last >= 1, let two = byLastTwoBytes[UInt16(word[last - 1]) << 8 | UInt16(word[last])] { out.append(contentsOf: two) }
        }
        out.sort()
        var unique: [Int] = []
        unique.reserveCapacity(out.count)
        for k in out where unique.last != k { unique.append(k) }
        return unique
    }

    /// True when simple entry `k` is a prefix of `word` (bytes).
    func isPrefix(_ k: Int, of word: [UInt8]) -> Bool {
        let n = lengths[k]
        guard n >= 0, n <= word.count else { return false }
        let start = starts[k]
        var i = 0
        while i < n {
            if word[i] != data[start + i] { return false }
            i += 1
        }
        return true
    }

    /// Number of entries.
    var count: Int { lengths.count }

    /// True when entry `k` exists and is a simple text.
    func isSimple(_ k: Int) -> Bool { k < lengths.count && lengths[k] >= 0 }

    /// For a simple entry `k`: whether its bytes end `word` right before the last `endingLength` bytes, and its
    /// character count; nil when the entry is unknown or no simple text.
    func match(_ k: Int, _ word: [UInt8], endingLength: Int) -> (matched: Bool, scalars: Int)? {
        guard k < lengths.count else { return nil }
        let n = lengths[k]
        guard n >= 0 else { return nil }
        let end = word.count - endingLength
        guard n <= end else { return (false, scalars[k]) }
        let start = starts[k]
        var i = n - 1
        while i >= 0 {
            if word[end - n + i] != data[start + i] { return (false, scalars[k]) }
            i -= 1
        }
        return (true, scalars[k])
    }
}

/// ``RecognitionLexicon/mayStartKey(_:of:)`` over one list of keys, answered from byte prefixes gathered once.
///
/// For an ASCII compact key of `n` bytes, a key with a byte from 0xCC on answers true; an ASCII key answers true when
/// the `n` bytes are a prefix of it, any other key when the first `n - 1` bytes are. So the answer is whether some key
/// has such a byte, the `n` bytes are one of the prefixes of the ASCII keys, or the first `n - 1` bytes are one of the
/// prefixes (the empty one included) of the other keys.
struct KeyStarts: Sendable {
    /// True when some key has a byte from 0xCC on.
    private var anyComplex = false
    /// Every byte prefix, from one byte to the whole key, of the ASCII keys.
    private var asciiPrefixes = Set<[UInt8]>()
    /// Every byte prefix, from none to the whole key, of the other keys.
    private var otherPrefixes = Set<[UInt8]>()

    /// The prefixes of `keys`.
    init(_ keys: some Sequence<String>) {
        for key in keys {
            let bytes = Array(key.utf8)
            if bytes.contains(where: { $0 >= 0xCC }) { anyComplex = true; continue }
            let ascii = bytes.allSatisfy { $0 < 0x80 }
            for length in (ascii ? 1 : 0)...bytes.count {
                if ascii { asciiPrefixes.insert(Array(bytes[0..<length])) } else { otherPrefixes.insert(Array(bytes[0..<length])) }
            }
        }
    }

    /// ``RecognitionLexicon/mayStartKey(_:of:)`` of `compact` over the keys.
    func mayStart(_ compact: String) -> Bool {
        let bytes = Array(compact.utf8)
        if bytes.isEmpty || anyComplex { return true }
        if bytes.contains(where: { $0 >= 0x80 }) {
            // Only a non-ASCII simple key can start like a non-ASCII simple text: with all its scalars but the last.
            if bytes.contains(where: { $0 >= 0xCC || $0 == 0x0D }) { return true }
            return otherPrefixes.contains(Self.withoutLastScalar(bytes))
        }
        if asciiPrefixes.contains(bytes) { return true }
        return otherPrefixes.contains(Array(bytes.dropLast()))
    }

    /// The UTF-8 bytes `bytes` without their last scalar.
    static func withoutLastScalar(_ bytes: [UInt8]) -> [UInt8] {
        var end = bytes.count - 1
        while end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return Array(bytes[0..<max(end, 0)])
    }
}

/// The byte tables of a lexicon's suffix and stem lists, built once with the lists.
final class LexiconByteTables: Sendable {
    /// ``RecognitionLexicon/mayStartKey(_:of:)`` over the legal forms.
    let legalFormStarts: KeyStarts
    /// ``RecognitionLexicon/mayStartKey(_:of:)`` over the titles.
    let titleStarts: KeyStarts
    /// ``RecognitionLexicon/mayStartKey(_:of:)`` over the keys of the role modifiers after a role.
    let roleModifierAfterStarts: KeyStarts
    /// Bytes of the role suffixes.
    let roleSuffixes: SuffixBytes
    /// Bytes of the organisation suffixes.
    let orgSuffixes: SuffixBytes
    /// The organisation suffixes of six or more letters, in the same order.
    let longOrgSuffixes: [String]
    /// Bytes of ``longOrgSuffixes``.
    let longOrgSuffixBytes: SuffixBytes
    /// Bytes of the event nouns.
    let eventNouns: SuffixBytes
    /// Bytes of the agreement nouns (none unless given).
    let agreementNouns: SuffixBytes

    /// The tables of the given lists.
    /// (The key-start indexes default to no keys: only the lexicon's own tables answer those questions.)
    init(roleSuffixes: [String], orgSuffixes: [String], eventNouns: [String],
         legalFormStarts: KeyStarts = KeyStarts([String]()), titleStarts: KeyStarts = KeyStarts([String]()),
         roleModifierAfterStarts: KeyStarts = KeyStarts([String]()), agreementNouns: [String] = []) {
        self.legalFormStarts = legalFormStarts
        self.titleStarts = titleStarts
        self.roleModifierAfterStarts = roleModifierAfterStarts
        self.roleSuffixes = SuffixBytes(roleSuffixes)
        self.orgSuffixes = SuffixBytes(orgSuffixes)
        longOrgSuffixes = orgSuffixes.filter { $0.count >= 6 }
        longOrgSuffixBytes = SuffixBytes(longOrgSuffixes)
        self.eventNouns = SuffixBytes(eventNouns)
        self.agreementNouns = SuffixBytes(agreementNouns)
    }
}
