#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `a.utf8.lexicographicallyPrecedes(b.utf8)`, with `memcmp` on contiguous storage (IRIs share long prefixes).
@inline(__always)
func utf8Precedes(_ a: String, _ b: String) -> Bool {
    let fast: Bool?? = a.utf8.withContiguousStorageIfAvailable { pa in
        b.utf8.withContiguousStorageIfAvailable { pb -> Bool in
            let n = min(pa.count, pb.count)
            if n > 0 {
                let c = memcmp(pa.baseAddress!, pb.baseAddress!, n)
                if c != 0 { return c < 0 }
            }
            return pa.count < pb.count
        }
    }
    if let fast, let result = fast { return result }
    return a.utf8.lexicographicallyPrecedes(b.utf8)
}

/// An absolute IRI that is safe to write between angle brackets in Turtle and N-Triples.
///
/// The only ways to make one are ``init(validating:)``, which rejects anything the
/// IRIREF production forbids, and the vocabulary and identity helpers in GraphCore, which
/// build IRIs from validated prefixes and slugs. No space, quote, angle bracket or
/// control character ever reaches an `IRI`.
public struct IRI: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The IRI as a string, without angle brackets.
    public let string: String

    /// Validates `string` as an absolute IRI (scheme, colon, no forbidden characters).
    public init(validating string: String) throws(GraphCoreError) {
        guard IRI.isValid(string) else { throw .invalidIRI(string) }
        self.string = string
    }

    /// Builds an IRI from parts that GraphCore has already validated (prefix + slug).
    init(trusted string: String) {
        assert(IRI.isValid(string), "not a valid IRI: \(string)")
        self.string = string
    }

    /// The IRI with `suffix` appended; the suffix must itself be IRI-safe (a slug or a local name).
    public func appending(_ suffix: String) throws(GraphCoreError) -> IRI {
        try IRI(validating: string + suffix)
    }

    /// True when `string` has a scheme and contains none of the characters IRIREF forbids.
    public static func isValid(_ string: String) -> Bool {
        var sawColon = false
        var index = 0
        for byte in string.utf8 {
            switch byte {
            case 0x00...0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"),
                 UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "\\"), 0x7F:
                return false
            case UInt8(ascii: ":"):
                if index == 0 { return false }
                sawColon = true
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                break
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if !sawColon && index == 0 { return false }
            default:
                if !sawColon { return false }
            }
            index += 1
        }
        return sawColon
    }

    public static func < (lhs: IRI, rhs: IRI) -> Bool { utf8Precedes(lhs.string, rhs.string) }

    public var description: String { "<\(string)>" }
}

/// An RDF literal: a lexical form with a datatype, or a language-tagged string.
public struct Literal: Hashable, Comparable, Sendable {
    /// The lexical form, any Unicode text.
    public let lexical: String
    /// The datatype; `xsd:string` for plain strings, `rdf:langString` with a language tag.
    public let datatype: IRI
    /// The BCP 47 language tag, lower-cased, for language-tagged strings.
    public let language: String?

    /// A plain `xsd:string` literal.
    public init(_ lexical: String) {
        self.lexical = lexical
        self.datatype = XSD.string
        self.language = nil
    }

    /// A typed literal such as `"2016-04"^^xsd:gYearMonth`.
    public init(_ lexical: String, datatype: IRI) {
        self.lexical = lexical
        self.datatype = datatype
        self.language = nil
    }

    /// A language-tagged string such as `"Stadt"@de`; the tag must match `[A-Za-z]+(-[A-Za-z0-9]+)*`.
    public init(_ lexical: String, language: String) throws(GraphCoreError) {
        guard Literal.isValidLanguageTag(language) else { throw .invalidLanguageTag(language) }
        self.lexical = lexical
        self.datatype = RDF.langString
        self.language = language.lowercased()
    }

    /// A literal from parts already validated: with a language, `datatype` is `rdf:langString` and the tag is
    /// valid and lower-cased (as a literal made by one of the public initialisers has them).
    init(trustedLexical lexical: String, datatype: IRI, language: String?) {
        assert(language.map { Literal.isValidLanguageTag($0) && $0 == $0.lowercased() && datatype == RDF.langString } ?? true)
        self.lexical = lexical
        self.datatype = datatype
        self.language = language
    }

    /// True for tags of the shape `[A-Za-z]+(-[A-Za-z0-9]+)*`.
    public static func isValidLanguageTag(_ tag: String) -> Bool {
        var first = true
        var partLength = 0
        for byte in tag.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): partLength += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if first { return false }
                partLength += 1
            case UInt8(ascii: "-"):
                if partLength == 0 { return false }
                first = false
                partLength = 0
            default: return false
            }
        }
        return partLength > 0
    }

    public static func < (lhs: Literal, rhs: Literal) -> Bool {
        if lhs.lexical != rhs.lexical { return utf8Precedes(lhs.lexical, rhs.lexical) }
        if lhs.datatype != rhs.datatype { return lhs.datatype < rhs.datatype }
        return (lhs.language ?? "") < (rhs.language ?? "")
    }
}

/// A blank node label; only `[A-Za-z0-9_-]`, starting with a letter or digit, so that every syntax accepts it.
public struct BlankNode: Hashable, Comparable, Sendable {
    /// The label without `_:`.
    public let label: String

    /// Validates a blank node label.
    public init(validating label: String) throws(GraphCoreError) {
        guard BlankNode.isValid(label) else { throw .invalidBlankNode(label) }
        self.label = label
    }

    init(trusted label: String) {
        assert(BlankNode.isValid(label))
        self.label = label
    }

    /// True for a non-empty label of ASCII letters, digits, `_` and `-` that starts with a letter or digit.
    public static func isValid(_ label: String) -> Bool {
        var first = true
        for byte in label.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "_"), UInt8(ascii: "-"): if first { return false }
            default: return false
            }
            first = false
        }
        return !first
    }

    /// Labels are ASCII (see ``isValid(_:)``), so byte order is the order of `String`'s `<`.
    public static func < (lhs: BlankNode, rhs: BlankNode) -> Bool { utf8Precedes(lhs.label, rhs.label) }
}

/// An RDF term: the subject or object of a triple.
public enum Term: Hashable, Comparable, Sendable {
    /// A named node.
    case iri(IRI)
    /// A blank node.
    case blank(BlankNode)
    /// A literal (objects only).
    case literal(Literal)

    /// The IRI, when the term is one.
    public var iri: IRI? { if case .iri(let iri) = self { return iri } else { return nil } }
    /// The literal, when the term is one.
    public var literal: Literal? { if case .literal(let literal) = self { return literal } else { return nil } }

    private var rank: Int {
        switch self {
        case .iri: return 0
        case .blank: return 1
        case .literal: return 2
        }
    }

    public static func < (lhs: Term, rhs: Term) -> Bool {
        switch (lhs, rhs) {
        case (.iri(let a), .iri(let b)): return a < b
        case (.blank(let a), .blank(let b)): return a < b
        case (.literal(let a), .literal(let b)): return a < b
        default: return lhs.rank < rhs.rank
        }
    }
}

/// One RDF triple. The subject is never a literal (the initialisers in GraphCore guarantee it).
public struct Triple: Hashable, Sendable {
    /// The subject: an IRI or a blank node.
    public let subject: Term
    /// The predicate.
    public let predicate: IRI
    /// The object.
    public let object: Term

    /// A triple; traps if `subject` is a literal, which no GraphCore mapping produces.
    public init(_ subject: Term, _ predicate: IRI, _ object: Term) {
        precondition(subject.literal == nil, "a literal cannot be a subject")
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }
}
