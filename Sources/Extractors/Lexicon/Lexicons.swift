import Foundation
import GraphCore

/// All bundled lexicons, validated and turned into lookup tables for the extractors.
///
/// Load once with `Lexicons.bundled()` (backed by the lazily initialised `Lexicons.shared`).
/// Every key is the exact, case-sensitive form as written in text.
public struct Lexicons: Sendable {
    /// The lexicon files this type reads, without extension.
    public static let fileNames = [
        "titles", "roles", "role_modifiers", "org_cues", "place_cues", "states_de", "provinces_cn",
        "countries", "exonyms", "gazetteer", "regions_other", "given_names", "surnames",
    ]

    /// Role forms (`Bürgermeisterinnen`) → their entry with lemma, gender and class.
    public let roles: [String: RoleEntry]
    /// Role modifier forms (`stellv.`, `Vize-`, `a. D.`) → their entry.
    public let roleModifiers: [String: RoleModifier]
    /// Every title form (`Dr.`, `Herr`, `Graf`).
    public let titles: Set<String>
    /// Title forms → their kind.
    public let titleKinds: [String: TitleKind]
    /// Whole-token organisation cues (`Ministerium`, `IHK`).
    public let orgWords: Set<String>
    /// Lowercase compound endings that mark an organisation (`gesellschaft`), longest first.
    public let orgSuffixes: [String]
    /// Legal forms (`GmbH`, `Co., Ltd.`), longest first so that a scan can take the longest match.
    public let legalForms: [String]
    /// Cue words before a place name → the kind they give it (`Provinz` → `.administrativeArea`).
    public let placeCues: [String: EntityKind]
    /// Every place name and variant → the preferred entry (see `placeCandidates` for all of them).
    public let places: [String: PlaceEntry]
    /// Every place name and variant → all entries with that name, preferred first: countries, then
    /// German states and Chinese provinces, then cities by population (a city-state's city entry
    /// goes before its state entry), then other regions.
    public let placeCandidates: [String: [PlaceEntry]]
    /// Country adjective stems (`chinesisch`) → the German country name (`China`).
    public let countryAdjectives: [String: String]
    /// Bundesland adjective stems (`nordrhein-westfälisch`) → the state name.
    public let stateAdjectives: [String: String]
    /// ISO 3166-1 alpha-2 codes → German country names (`CN` → `China`).
    public let countryNames: [String: String]
    /// The 16 Bundesländer in file order.
    public let germanStates: [String]
    /// The Chinese provincial-level divisions → their type.
    public let chineseProvinces: [String: ProvinceType]
    /// Local or other names (`Beijing`, `Warszawa`) → the German exonym (`Peking`, `Warschau`).
    public let exonyms: [String: String]
    /// Given names that mark a person.
    public let givenNames: Set<String>
    /// Family names (Chinese, Vietnamese, Korean, Japanese) that mark a person.
    public let surnames: Set<String>

    /// The bundled lexicons, loaded once on first use (a `static let` is initialised lazily and thread-safely).
    public static let shared: Result<Lexicons, ExtractorsError> = {
        do throws(ExtractorsError) {
            return .success(try Lexicons(loader: Lexicon.bundled))
        } catch {
            return .failure(error)
        }
    }()

    /// The bundled lexicons (loaded once; later calls return the same tables).
    public static func bundled() throws(ExtractorsError) -> Lexicons {
        try shared.get()
    }

    /// Builds the tables from lexicons given by `loader` (called once per name in `fileNames`).
    public init(loader: (String) throws(ExtractorsError) -> Lexicon) throws(ExtractorsError) {
        var roles: [String: RoleEntry] = [:]
        let roleFile = try loader("roles")
        try Self.each(roleFile, columns: 4...4, unique: true) { (row: Row) throws(ExtractorsError) in
            let entry = RoleEntry(form: row[0], lemma: try row.required(1, "lemma"),
                                  gender: try row.value(2, RoleGender.self), roleClass: try row.value(3, RoleClass.self))
            roles[entry.form] = entry
        }
        self.roles = roles

        var modifiers: [String: RoleModifier] = [:]
        try Self.each(try loader("role_modifiers"), columns: 3...3, unique: true) { (row: Row) throws(ExtractorsError) in
            modifiers[row[0]] = RoleModifier(form: row[0], canonical: try row.required(1, "canonical"),
                                             position: try row.value(2, RoleModifierPosition.self))
        }
        self.roleModifiers = modifiers

        var titleKinds: [String: TitleKind] = [:]
        try Self.each(try loader("titles"), columns: 2...2, unique: true) { (row: Row) throws(ExtractorsError) in
            titleKinds[row[0]] = try row.value(1, TitleKind.self)
        }
        self.titleKinds = titleKinds
        self.titles = Set(titleKinds.keys)

        var orgWords: Set<String> = []
        var suffixes: [String] = []
        var legal: [String] = []
        try Self.each(try loader("org_cues"), columns: 2...2, unique: true) { (row: Row) throws(ExtractorsError) in
            switch try row.value(1, OrgCueMatch.self) {
            case .word, .name: orgWords.insert(row[0])
            case .legal: legal.append(row[0])
            case .suffix:
                if row[0].lowercased() != row[0] { throw row.error("suffix \"\(row[0])\" must be lowercase") }
                suffixes.append(row[0])
            }
        }
        self.orgWords = orgWords
        self.orgSuffixes = Self.longestFirst(suffixes)
        self.legalForms = Self.longestFirst(legal)

        var placeCues: [String: EntityKind] = [:]
        try Self.each(try loader("place_cues"), columns: 2...2, unique: true) { (row: Row) throws(ExtractorsError) in
            switch row[1] {
            case "city": placeCues[row[0]] = .city
            case "area": placeCues[row[0]] = .administrativeArea
            case "country": placeCues[row[0]] = .country
            default: throw row.error("unknown kind \"\(row[1])\" (expected city, area or country)")
            }
        }
        self.placeCues = placeCues

        var builder = PlaceTableBuilder()

        var countryNames: [String: String] = [:]
        var countryAdjectives: [String: String] = [:]
        try Self.each(try loader("countries"), columns: 1...4, unique: true) { (row: Row) throws(ExtractorsError) in
            let code = row[3]
            if !code.isEmpty {
                guard Self.isCountryCode(code) else { throw row.error("\"\(code)\" is not an ISO 3166-1 alpha-2 code") }
                if let other = countryNames[code] { throw row.error("code \(code) already used by \(other)") }
                countryNames[code] = row[0]
            }
            let entry = PlaceEntry(name: row[0], kind: .country, countryCode: code, containedIn: nil,
                                   population: nil, isAmbiguous: false, source: .country)
            builder.add(entry, names: [row[0]] + row.list(1), rank: 0)
            for stem in row.list(2) where countryAdjectives[stem] == nil { countryAdjectives[stem] = row[0] }
        }
        self.countryNames = countryNames
        self.countryAdjectives = countryAdjectives

        // Gazetteer first (not yet added), to know which states are city-states.
        let gazetteer = try loader("gazetteer")
        var cityStates: Set<String> = []
        var gazetteerRows: [(entry: PlaceEntry, names: [String], flagged: Bool)] = []
        try Self.each(gazetteer, columns: 4...6, unique: false) { (row: Row) throws(ExtractorsError) in
            let code = row[1]
            guard Self.isCountryCode(code) else { throw row.error("\"\(code)\" is not an ISO 3166-1 alpha-2 code") }
            guard let population = Int(row[3]), population >= 0 else {
                throw row.error("population \"\(row[3])\" is not a non-negative integer")
            }
            var flagged = false
            for flag in row.list(5) {
                guard flag == "ambiguous" else { throw row.error("unknown flag \"\(flag)\" (expected ambiguous)") }
                flagged = true
            }
            let admin1 = row[2]
            if admin1 == row[0] { cityStates.insert(admin1) }
            let entry = PlaceEntry(name: row[0], kind: .city, countryCode: code, containedIn: admin1.isEmpty ? nil : admin1,
                                   population: population, isAmbiguous: flagged, source: .gazetteer)
            gazetteerRows.append((entry, [row[0]] + row.list(4), flagged))
        }

        var states: [String] = []
        var stateAdjectives: [String: String] = [:]
        try Self.each(try loader("states_de"), columns: 1...3, unique: true) { (row: Row) throws(ExtractorsError) in
            states.append(row[0])
            let entry = PlaceEntry(name: row[0], kind: .administrativeArea, countryCode: "DE", containedIn: nil,
                                   population: nil, isAmbiguous: false, source: .germanState)
            builder.add(entry, names: [row[0]] + row.list(1), rank: cityStates.contains(row[0]) ? 3 : 1)
            for stem in row.list(2) where stateAdjectives[stem] == nil { stateAdjectives[stem] = row[0] }
        }
        self.germanStates = states
        self.stateAdjectives = stateAdjectives

        var provinces: [String: ProvinceType] = [:]
        try Self.each(try loader("provinces_cn"), columns: 3...3, unique: true) { (row: Row) throws(ExtractorsError) in
            let type = try row.value(2, ProvinceType.self)
            provinces[row[0]] = type
            let code: String
            switch row[0] {
            case "Hongkong": code = "HK"
            case "Macao": code = "MO"
            case "Taiwan": code = "TW"
            default: code = "CN"
            }
            let isCity = type == .municipality || type == .sar
            let entry = PlaceEntry(name: row[0], kind: isCity ? .city : .administrativeArea, countryCode: code,
                                   containedIn: nil, population: nil, isAmbiguous: false, source: .chineseProvince)
            builder.add(entry, names: [row[0]] + row.list(1), rank: cityStates.contains(row[0]) ? 3 : 1)
        }
        self.chineseProvinces = provinces

        for (entry, names, flagged) in gazetteerRows {
            builder.add(entry, names: names, rank: 2)
            if flagged { builder.ambiguousKeys.insert(entry.name) }
            for name in names where name.unicodeScalars.count <= 3 { builder.ambiguousKeys.insert(name) }
        }

        try Self.each(try loader("regions_other"), columns: 4...4, unique: false) { (row: Row) throws(ExtractorsError) in
            guard Self.isCountryCode(row[1]) else { throw row.error("\"\(row[1])\" is not an ISO 3166-1 alpha-2 code") }
            _ = try row.value(3, RegionKind.self)
            let entry = PlaceEntry(name: row[0], kind: .administrativeArea, countryCode: row[1], containedIn: nil,
                                   population: nil, isAmbiguous: false, source: .otherRegion)
            builder.add(entry, names: [row[0]] + row.list(2), rank: 4)
        }
        let (places, candidates) = builder.build()
        self.places = places
        self.placeCandidates = candidates

        var exonyms: [String: String] = [:]
        try Self.each(try loader("exonyms"), columns: 2...2, unique: true) { (row: Row) throws(ExtractorsError) in
            let others = row.list(1)
            if others.isEmpty { throw row.error("no other names for \"\(row[0])\"") }
            for other in others where other != row[0] && exonyms[other] == nil { exonyms[other] = row[0] }
        }
        self.exonyms = exonyms

        var given: Set<String> = []
        try Self.each(try loader("given_names"), columns: 2...2, unique: true) { (row: Row) throws(ExtractorsError) in
            guard Self.nameOrigins.contains(row[1]) else { throw row.error("unknown origin \"\(row[1])\"") }
            given.insert(row[0])
        }
        self.givenNames = given

        var surnames: Set<String> = []
        try Self.each(try loader("surnames"), columns: 2...2, unique: true) { (row: Row) throws(ExtractorsError) in
            guard Self.nameOrigins.contains(row[1]) else { throw row.error("unknown origin \"\(row[1])\"") }
            surnames.insert(row[0])
        }
        self.surnames = surnames
    }

    /// The origin codes allowed in `given_names.tsv` and `surnames.tsv`.
    static let nameOrigins: Set<String> = ["de", "cn", "jp", "kr", "pl", "fr", "vn", "en", "other"]

    /// True for two ASCII capital letters.
    static func isCountryCode(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        return bytes.count == 2 && bytes.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// Sorts by descending length in Unicode scalars, then by the string itself (deterministic).
    static func longestFirst(_ forms: [String]) -> [String] {
        forms.sorted { a, b in
            let la = a.unicodeScalars.count, lb = b.unicodeScalars.count
            return la != lb ? la > lb : a < b
        }
    }

    /// Calls `body` for each row of `lexicon` after checking its column count and, when `unique`, that its first column is new.
    static func each(_ lexicon: Lexicon, columns: ClosedRange<Int>, unique: Bool,
                     _ body: (Row) throws(ExtractorsError) -> Void) throws(ExtractorsError) {
        var firstLine: [String: Int] = [:]
        for index in lexicon.rows.indices {
            let row = Row(lexicon: lexicon, index: index)
            let count = lexicon.rows[index].count
            if count > columns.upperBound {
                throw row.error("\(count) columns, expected at most \(columns.upperBound)")
            }
            if count < columns.lowerBound {
                throw row.error("\(count) columns, expected at least \(columns.lowerBound)")
            }
            if unique {
                if let line = firstLine[row[0]] { throw row.error("duplicate entry \"\(row[0])\" (first on line \(line))") }
                firstLine[row[0]] = row.line
            }
            try body(row)
        }
    }
}

/// One row of a lexicon with its line number, for validated field access.
struct Row {
    let lexicon: Lexicon
    let index: Int

    /// The 1-based line number in the file.
    var line: Int { index < lexicon.lineNumbers.count ? lexicon.lineNumbers[index] : 0 }

    /// Column `column`, or the empty string when the row is shorter.
    subscript(_ column: Int) -> String { Lexicon.field(lexicon.rows[index], column) }

    /// An error naming the file and line.
    func error(_ reason: String) -> ExtractorsError {
        .lexiconMalformed(name: lexicon.name, line: line, reason: reason)
    }

    /// Column `column`, which must not be empty.
    func required(_ column: Int, _ what: String) throws(ExtractorsError) -> String {
        let value = self[column]
        if value.isEmpty { throw error("empty \(what) (column \(column + 1))") }
        return value
    }

    /// Column `column` as a value of the enum `type`.
    func value<E: RawRepresentable & CaseIterable>(_ column: Int, _ type: E.Type) throws(ExtractorsError) -> E
    where E.RawValue == String {
        let raw = self[column]
        guard let value = E(rawValue: raw) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw error("unknown value \"\(raw)\" in column \(column + 1) (expected one of \(allowed))")
        }
        return value
    }

    /// Column `column` split at `|`, trimmed, without empty parts.
    func list(_ column: Int) -> [String] {
        let value = self[column]
        if value.isEmpty { return [] }
        return value.split(separator: "|").map { Lexicon.trimmed($0) }.filter { !$0.isEmpty }
    }
}

/// Collects place names with their ranks and builds the ordered candidate lists.
struct PlaceTableBuilder {
    private var candidates: [String: [(entry: PlaceEntry, rank: Int, order: Int)]] = [:]
    private var order = 0
    /// Names that are also common words, given names or surnames, or 3 letters or shorter.
    var ambiguousKeys: Set<String> = []

    /// Adds `entry` under each of `names` (each name once).
    mutating func add(_ entry: PlaceEntry, names: [String], rank: Int) {
        var seen: Set<String> = []
        for name in names where seen.insert(name).inserted {
            candidates[name, default: []].append((entry, rank, order))
        }
        order += 1
    }

    /// The preferred entry per name and all entries per name, preferred first.
    func build() -> ([String: PlaceEntry], [String: [PlaceEntry]]) {
        var best: [String: PlaceEntry] = [:]
        var all: [String: [PlaceEntry]] = [:]
        for (name, list) in candidates {
            let sorted = list.sorted { a, b in
                if a.rank != b.rank { return a.rank < b.rank }
                let pa = a.entry.population ?? 0, pb = b.entry.population ?? 0
                if pa != pb { return pa > pb }
                return a.order < b.order
            }
            let ambiguous = ambiguousKeys.contains(name)
            let entries = sorted.map { ambiguous ? $0.entry.markedAmbiguous() : $0.entry }
            all[name] = entries
            best[name] = entries[0]
        }
        return (best, all)
    }
}
