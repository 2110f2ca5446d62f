/// One entity as one document mentions it, before resolution across documents.
public struct EntityMention: Hashable, Sendable {
    /// The entity's kind.
    public var kind: EntityKind
    /// The canonical label this document gives it: nominative, without titles.
    public var label: String
    /// How good `label` is as the display name.
    public var quality: LabelQuality
    /// Other names that identify the entity on their own (acronyms, full variants): merge keys and `skos:altLabel`.
    public var aliases: [String]
    /// Forms seen in the text that do not identify it on their own (inflected forms, surnames): `skos:altLabel` only.
    public var surfaceForms: [String]
    /// Additional types (a member city may also be an organisation).
    public var extraKinds: [EntityKind]

    /// A mention.
    public init(kind: EntityKind, label: String, quality: LabelQuality = .full, aliases: [String] = [],
                surfaceForms: [String] = [], extraKinds: [EntityKind] = []) {
        self.kind = kind
        self.label = label
        self.quality = quality
        self.aliases = aliases
        self.surfaceForms = surfaceForms
        self.extraKinds = extraKinds
    }
}

/// The object of a candidate fact.
public enum FactObject: Hashable, Sendable {
    /// Another entity of the same document, by index into ``DocumentExtraction/entities``.
    case entity(Int)
    /// A literal value (dates, e-mail, phone, URL, alias).
    case literal(Literal)
    /// A post: the role's label and, where the text names it, the organisation or place (entity index).
    case post(role: String, organization: Int?)
    /// A postal address.
    case address(PostalAddress)
}

/// A fact one rule found in one document, with its evidence.
public struct CandidateFact: Hashable, Sendable {
    /// The relation.
    public var relation: Relation
    /// The subject, by index into ``DocumentExtraction/entities``.
    public var subject: Int
    /// The object.
    public var object: FactObject
    /// The sentence, offsets, rule and confidence.
    public var evidence: Evidence

    /// A candidate fact.
    public init(relation: Relation, subject: Int, object: FactObject, evidence: Evidence) {
        self.relation = relation
        self.subject = subject
        self.object = object
        self.evidence = evidence
    }
}

/// Everything extracted from one document: what GraphCore resolves across the corpus.
public struct DocumentExtraction: Sendable {
    /// The document.
    public var document: DocumentInfo
    /// The entities it mentions (one per entity after in-document coreference).
    public var entities: [EntityMention]
    /// The facts it states.
    public var facts: [CandidateFact]

    /// An extraction result.
    public init(document: DocumentInfo, entities: [EntityMention] = [], facts: [CandidateFact] = []) {
        self.document = document
        self.entities = entities
        self.facts = facts
    }
}
