import GraphCore

/// The grammatical gender a role form marks (`roles.tsv` column 3).
public enum RoleGender: String, Sendable, Hashable, CaseIterable {
    /// Masculine (`m`): `Bürgermeister`, `Vorsitzender`.
    case masculine = "m"
    /// Feminine (`f`): `Bürgermeisterin`.
    case feminine = "f"
    /// Not marked by the form (`n`): `Vorsitzende`, `Vorstandsmitglied`, `CEO`.
    case unmarked = "n"
}

/// The field a role belongs to (`roles.tsv` column 4).
public enum RoleClass: String, Sendable, Hashable, CaseIterable {
    /// Elected and governmental offices.
    case politics
    /// Company and association positions.
    case business
    /// Diplomatic posts.
    case diplomacy
    /// Public administration posts.
    case administration
    /// Academic positions.
    case science
    /// Legal professions.
    case law
    /// Everything else (`Sprecher`, `Leiter`, `Vorsitzender`).
    case other
}

/// One form of a role noun from `roles.tsv`.
public struct RoleEntry: Sendable, Hashable {
    /// The form as written in text, e.g. `Bürgermeisterinnen`.
    public let form: String
    /// The nominative singular of the same gender, e.g. `Bürgermeisterin`.
    public let lemma: String
    /// The gender the form marks.
    public let gender: RoleGender
    /// The field of the role.
    public let roleClass: RoleClass

    /// A role form.
    public init(form: String, lemma: String, gender: RoleGender, roleClass: RoleClass) {
        self.form = form
        self.lemma = lemma
        self.gender = gender
        self.roleClass = roleClass
    }
}

/// Where a role modifier stands relative to the role noun (`role_modifiers.tsv` column 3).
public enum RoleModifierPosition: String, Sendable, Hashable, CaseIterable {
    /// A separate word before the role: `stellvertretender Generalsekretär`.
    case before
    /// Glued to the role, with or without hyphen: `Vize-Präsident`, `Vizepräsident`.
    case prefix
    /// After the role: `Staatssekretär a. D.`.
    case after
}

/// A word that modifies a role noun, from `role_modifiers.tsv`.
public struct RoleModifier: Sendable, Hashable {
    /// The form as written, e.g. `stellv.`.
    public let form: String
    /// The canonical form, e.g. `stellvertretender`.
    public let canonical: String
    /// Where the modifier stands.
    public let position: RoleModifierPosition

    /// A role modifier.
    public init(form: String, canonical: String, position: RoleModifierPosition) {
        self.form = form
        self.canonical = canonical
        self.position = position
    }
}

/// The kind of a title from `titles.tsv`.
public enum TitleKind: String, Sendable, Hashable, CaseIterable {
    /// Degrees and academic titles: `Dr.`, `Prof.`, `Dipl.-Ing.`.
    case academic
    /// Forms of address: `Herr`, `Frau`, `Mr.`.
    case honorific
    /// Nobility ranks before a name: `Graf`, `Freiherr`.
    case nobility
}

/// How an organisation cue from `org_cues.tsv` matches.
public enum OrgCueMatch: String, Sendable, Hashable, CaseIterable {
    /// A legal form closing an organisation name (`GmbH`, `Co., Ltd.`).
    case legal
    /// A whole token (`Ministerium`, `IHK`).
    case word
    /// A whole token that also takes a proper name right after it (`Netzwerk Eurocities`, `Hochschule Harz`).
    case name
    /// The lowercase end of a compound token (`gesellschaft`).
    case suffix
}

/// The type of a Chinese provincial-level division (`provinces_cn.tsv` column 3).
public enum ProvinceType: String, Sendable, Hashable, CaseIterable {
    /// A province.
    case province
    /// A direct-administered municipality (Peking, Shanghai, Tianjin, Chongqing): typed as a city.
    case municipality
    /// An autonomous region.
    case autonomousRegion = "autonomous-region"
    /// A special administrative region (Hongkong, Macao): typed as a city.
    case sar
}

/// The kind of a division in `regions_other.tsv` (column 4).
public enum RegionKind: String, Sendable, Hashable, CaseIterable {
    /// A Japanese prefecture.
    case prefecture
    /// A Polish voivodeship.
    case voivodeship
    /// A region of France or Italy, or a country of the United Kingdom.
    case region
    /// An Austrian Land.
    case state
    /// A Swiss canton.
    case canton
    /// A province (South Korea).
    case province
    /// A metropolitan city with provincial rank (South Korea).
    case metropolitanCity = "metropolitan-city"
    /// A special city with provincial rank (Seoul, Sejong).
    case specialCity = "special-city"
}

/// The lexicon a place entry comes from.
public enum PlaceSource: String, Sendable, Hashable, CaseIterable {
    /// `countries.tsv`.
    case country
    /// `states_de.tsv`.
    case germanState
    /// `provinces_cn.tsv`.
    case chineseProvince
    /// `gazetteer.tsv`.
    case gazetteer
    /// `regions_other.tsv`.
    case otherRegion
}

/// A known place: a country, state, province, region or city.
public struct PlaceEntry: Sendable, Hashable {
    /// The canonical German display name, e.g. `Köln`, `Peking`, `Nordrhein-Westfalen`.
    public let name: String
    /// `.city`, `.administrativeArea` or `.country`.
    public let kind: EntityKind
    /// ISO 3166-1 alpha-2 code of the country the place lies in (of the country itself for countries).
    public let countryCode: String
    /// The German name of the containing state or province (gazetteer admin1), or nil.
    public let containedIn: String?
    /// The GeoNames population for gazetteer cities, nil otherwise.
    public let population: Int?
    /// True when the name under which the entry was looked up is also a common word, given name or surname.
    public let isAmbiguous: Bool
    /// The lexicon the entry comes from.
    public let source: PlaceSource

    /// A place entry.
    public init(name: String, kind: EntityKind, countryCode: String, containedIn: String?, population: Int?,
                isAmbiguous: Bool, source: PlaceSource) {
        self.name = name
        self.kind = kind
        self.countryCode = countryCode
        self.containedIn = containedIn
        self.population = population
        self.isAmbiguous = isAmbiguous
        self.source = source
    }

    /// The same entry with the ambiguity flag set.
    func markedAmbiguous() -> PlaceEntry {
        PlaceEntry(name: name, kind: kind, countryCode: countryCode, containedIn: containedIn,
                   population: population, isAmbiguous: true, source: source)
    }
}
