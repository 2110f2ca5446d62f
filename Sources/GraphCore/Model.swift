/// The kinds of entity the contract knows, each with its RDF class and IRI path segment.
public enum EntityKind: String, CaseIterable, Comparable, Hashable, Sendable {
    /// A named person (`schema:Person`).
    case person
    /// A company, agency, ministry, alliance, association, government, university or office (`org:Organization`).
    case organization
    /// A city, municipality or city district (`schema:City`).
    case city
    /// A province, Bundesland, Landkreis, region (`schema:AdministrativeArea`).
    case administrativeArea
    /// A country (`schema:Country`).
    case country
    /// A conference, meeting, fair, seminar or plenary (`schema:Event`).
    case event
    /// A declaration of intent, memorandum or contract (`ge:Agreement`).
    case agreement

    /// The `rdf:type` written for this kind.
    public var classIRI: IRI {
        switch self {
        case .person: return SCHEMA.Person
        case .organization: return ORG.Organization
        case .city: return SCHEMA.City
        case .administrativeArea: return SCHEMA.AdministrativeArea
        case .country: return SCHEMA.Country
        case .event: return SCHEMA.Event
        case .agreement: return GE.Agreement
        }
    }

    /// The path segment of entity IRIs of this kind, e.g. `city` in `…/id/city/koeln`.
    public var pathSegment: String {
        switch self {
        case .person: return "person"
        case .organization: return "organization"
        case .city: return "city"
        case .administrativeArea: return "area"
        case .country: return "country"
        case .event: return "event"
        case .agreement: return "agreement"
        }
    }

    /// Kinds whose mentions may be merged with each other (all places form one group).
    public var resolutionGroup: Int {
        switch self {
        case .person: return 0
        case .organization: return 1
        case .city, .administrativeArea, .country: return 2
        case .event: return 3
        case .agreement: return 4
        }
    }

    /// True for cities, administrative areas and countries.
    public var isPlace: Bool { resolutionGroup == 2 }

    private var order: Int { EntityKind.allCases.firstIndex(of: self)! }
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool { lhs.order < rhs.order }
}

/// The relations of the contract, named as the scorer names them.
public enum Relation: String, CaseIterable, Comparable, Hashable, Sendable {
    /// Person holds a role (post), optionally in an organisation or place.
    case holdsRole
    /// A city in an alliance; a person in a body without a named role.
    case memberOf
    /// A place lies in a larger place.
    case containedInPlace
    /// Seat of an organisation; place of an event or a signing.
    case location
    /// A formal, symmetric partnership.
    case partnerOf
    /// When an organisation was founded.
    case foundingDate
    /// An acronym or variant name, as `skos:altLabel`.
    case alias
    /// A party that signs an agreement.
    case signatory
    /// When an agreement was signed.
    case signingDate
    /// When an event starts.
    case startDate
    /// Who organises an event.
    case organizer
    /// Who attends an event.
    case attendee
    /// An e-mail address.
    case email
    /// A telephone number.
    case telephone
    /// A fax number.
    case faxNumber
    /// A web address.
    case url
    /// A postal address.
    case address

    /// The predicate of the truthy triple (for `holdsRole`, `org:holds`; for `alias`, `skos:altLabel`).
    public var predicate: IRI {
        switch self {
        case .holdsRole: return ORG.holds
        case .memberOf: return ORG.memberOf
        case .containedInPlace: return SCHEMA.containedInPlace
        case .location: return SCHEMA.location
        case .partnerOf: return GE.partnerOf
        case .foundingDate: return SCHEMA.foundingDate
        case .alias: return SKOS.altLabel
        case .signatory: return GE.signatory
        case .signingDate: return GE.signingDate
        case .startDate: return SCHEMA.startDate
        case .organizer: return SCHEMA.organizer
        case .attendee: return SCHEMA.attendee
        case .email: return SCHEMA.email
        case .telephone: return SCHEMA.telephone
        case .faxNumber: return SCHEMA.faxNumber
        case .url: return SCHEMA.url
        case .address: return SCHEMA.address
        }
    }

    /// True when `object` has the shape this relation takes: a post for `holdsRole`, an address for `address`,
    /// a literal for dates, contact details and aliases, an entity for the others.
    public func accepts(_ object: FactObject) -> Bool {
        switch (self, object) {
        case (.holdsRole, .post): return true
        case (.address, .address): return true
        case (.foundingDate, .literal), (.signingDate, .literal), (.startDate, .literal), (.alias, .literal),
             (.email, .literal), (.telephone, .literal), (.faxNumber, .literal), (.url, .literal):
            return true
        case (.memberOf, .entity), (.containedInPlace, .entity), (.location, .entity), (.partnerOf, .entity),
             (.signatory, .entity), (.organizer, .entity), (.attendee, .entity):
            return true
        default: return false
        }
    }

    private var order: Int { Relation.allCases.firstIndex(of: self)! }
    public static func < (lhs: Relation, rhs: Relation) -> Bool { lhs.order < rhs.order }
}

/// A calendar date as precise as the text states it: a year, a month of a year, or a day.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year (four digits in practice).
    public let year: Int
    /// The month 1…12, when stated.
    public let month: Int?
    /// The day 1…31, when stated (only with a month).
    public let day: Int?

    /// A date; returns nil for impossible values (month 13, 31 February, a day without a month).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month else { return nil }
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            guard (1...days).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601: `2016`, `2016-04` or `2016-04-01`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        var text = pad(year, 4)
        if let month { text += "-" + pad(month, 2) }
        if let day { text += "-" + pad(day, 2) }
        return text
    }

    /// The literal with the XSD datatype of its precision (`xsd:gYear`, `xsd:gYearMonth`, `xsd:date`).
    public var literal: Literal {
        let datatype = day != nil ? XSD.date : (month != nil ? XSD.gYearMonth : XSD.gYear)
        return Literal(description, datatype: datatype)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}

/// A postal address as a contact block states it.
public struct PostalAddress: Hashable, Comparable, Sendable {
    /// Street and number, e.g. `Reinhardtstraße 34`.
    public let street: String
    /// The postcode, e.g. `10117`.
    public let postalCode: String
    /// The locality, e.g. `Berlin`.
    public let locality: String

    /// An address.
    public init(street: String, postalCode: String, locality: String) {
        self.street = street
        self.postalCode = postalCode
        self.locality = locality
    }

    public static func < (lhs: PostalAddress, rhs: PostalAddress) -> Bool {
        (lhs.street, lhs.postalCode, lhs.locality) < (rhs.street, rhs.postalCode, rhs.locality)
    }
}

/// A source document as the graph knows it: its name, content hash and the date it states.
public struct DocumentInfo: Hashable, Sendable {
    /// The file name (or path or URL) as given on the command line; `-` for standard input.
    public let name: String
    /// SHA-256 of the document's bytes, 64 hex digits.
    public let contentHash: String
    /// The date the document states for itself (dateline), when it states one.
    public let datePublished: CalendarDate?

    /// A document record.
    public init(name: String, contentHash: String, datePublished: CalendarDate?) {
        self.name = name
        self.contentHash = contentHash
        self.datePublished = datePublished
    }
}

/// Where a fact comes from: the sentence, its position, the rule and the rule's confidence.
public struct Evidence: Hashable, Sendable {
    /// The sentence (or line of a contact block) that states the fact.
    public let quote: String
    /// Offset of the quote's first Unicode scalar in the document's text.
    public let begin: Int
    /// Offset just past the quote's last Unicode scalar.
    public let end: Int
    /// The name of the rule that produced the fact.
    public let rule: String
    /// The rule's prior confidence, 0…1.
    public let confidence: Double

    /// An evidence record.
    public init(quote: String, begin: Int, end: Int, rule: String, confidence: Double) {
        self.quote = quote
        self.begin = begin
        self.end = end
        self.rule = rule
        self.confidence = confidence
    }
}

/// How good a mention's label is as the canonical display name of its entity.
public enum LabelQuality: Int, Comparable, Hashable, Sendable {
    /// A short form: an acronym, a surname, a name without its legal form.
    case short = 0
    /// A full name recovered from an inflected form (genitive, dative) by the extractor.
    case derived = 1
    /// A full name seen in the nominative (or invariant) form.
    case full = 2

    public static func < (lhs: LabelQuality, rhs: LabelQuality) -> Bool { lhs.rawValue < rhs.rawValue }
}
