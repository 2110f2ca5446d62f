import GraphCore

/// An entity as the relation commands see it: its IRI, types, label and other names.
public struct GraphEntity: Hashable, Sendable {
    /// The entity's IRI.
    public let iri: IRI
    /// Its `rdf:type`s, sorted.
    public let types: [IRI]
    /// Its `rdfs:label` (the IRI's last segment when it has none).
    public let label: String
    /// Its `skos:altLabel`s, sorted.
    public let altLabels: [String]
}

/// The object of a fact: another entity (by index) or a value.
public enum RelationObject: Hashable, Sendable {
    /// An entity, by index into ``RelationGraph/entities``.
    case entity(Int)
    /// A literal value (a date, an e-mail address, a role without an organisation, an address).
    case value(String)
}

/// One document that states a fact, with the sentence quoted.
public struct FactEvidence: Hashable, Sendable {
    /// The document's name (`schema:name`), or its IRI when it has none.
    public let document: String
    /// The quoted sentence, when the graph carries one.
    public let quote: String?
}

/// A fact between an entity and another entity or a value, with its sources.
public struct GraphFact: Hashable, Sendable {
    /// The subject, by index into ``RelationGraph/entities``.
    public let subject: Int
    /// The relation's name as the contract names it (`holdsRole`, `memberOf`, …) or the predicate's local name.
    public let relation: String
    /// The object.
    public let object: RelationObject
    /// For `holdsRole`, the role's label; nil otherwise.
    public let role: String?
    /// Every document that states it.
    public let sources: [FactEvidence]
}

/// The entity/fact view of a graph, rebuilt from the contract's RDF shapes.
///
/// Entities are the nodes with an `rdfs:label` and an entity class (person,
/// organisation, place, event, agreement, or any class other than the auxiliary ones:
/// posts, roles, statements, documents, addresses). A post (`org:holds`) becomes one
/// `holdsRole` fact from the person to the organisation or place of the post (or to
/// the role as a value when the post names none). Addresses become one value.
/// Sources come from the `rdf:Statement` nodes (document name and quote), and from
/// `prov:wasDerivedFrom` on n-ary nodes when a fact has no statement.
public struct RelationGraph: Sendable {
    /// The entities, sorted by IRI.
    public let entities: [GraphEntity]
    /// The facts, sorted by subject, relation and object.
    public let facts: [GraphFact]
    private let indexOfIRI: [IRI: Int]

    /// Rebuilds the view from triples in the contract's shapes.
    public init(triples: [Triple]) {
        let auxiliary: Set<IRI> = [ORG.Post, ORG.Role, RDF.Statement, SCHEMA.CreativeWork, SCHEMA.PostalAddress]
        let skipped: Set<IRI> = [RDF.type, RDFS.label, SKOS.altLabel, PROV.wasDerivedFrom, GE.quote, GE.rule, GE.confidence,
                                 GE.beginIndex, GE.endIndex, GE.contentHash, SCHEMA.name, SCHEMA.datePublished,
                                 RDF.subject, RDF.predicate, RDF.object, ORG.heldBy, ORG.role, ORG.postIn,
                                 SCHEMA.streetAddress, SCHEMA.postalCode, SCHEMA.addressLocality]
        var types: [Term: Set<IRI>] = [:]
        var labels: [Term: String] = [:]
        var alts: [Term: Set<String>] = [:]
        var bySubject: [Term: [Triple]] = [:]
        for t in triples {
            bySubject[t.subject, default: []].append(t)
            if t.predicate == RDF.type, let c = t.object.iri { types[t.subject, default: []].insert(c) }
            else if t.predicate == RDFS.label, let l = t.object.literal {
                if let old = labels[t.subject] { if l.lexical < old { labels[t.subject] = l.lexical } } else { labels[t.subject] = l.lexical }
            } else if t.predicate == SKOS.altLabel, let l = t.object.literal { alts[t.subject, default: []].insert(l.lexical) }
        }
        func first(_ s: Term, _ p: IRI) -> Term? {
            bySubject[s]?.filter { $0.predicate == p }.map(\.object).min()
        }
        // Entities.
        var entityTerms: [IRI] = []
        for (term, classes) in types {
            guard let iri = term.iri, labels[term] != nil || !classes.isDisjoint(with: Set(EntityKind.allCases.map(\.classIRI))) else { continue }
            if !classes.isDisjoint(with: auxiliary) { continue }
            entityTerms.append(iri)
        }
        entityTerms.sort()
        var index: [IRI: Int] = [:]
        var entities: [GraphEntity] = []
        for iri in entityTerms {
            let term = Term.iri(iri)
            index[iri] = entities.count
            let label = labels[term] ?? String(iri.string.split(separator: "/").last ?? Substring(iri.string))
            entities.append(GraphEntity(iri: iri, types: (types[term] ?? []).sorted(), label: label,
                                        altLabels: (alts[term] ?? []).subtracting([label]).sorted()))
        }
        // Documents and statement sources.
        var documentName: [Term: String] = [:]
        for t in triples where t.predicate == SCHEMA.name {
            if let l = t.object.literal, types[t.subject]?.contains(SCHEMA.CreativeWork) == true { documentName[t.subject] = l.lexical }
        }
        func documentLabel(_ doc: Term) -> String {
            if let name = documentName[doc] { return name }
            if let iri = doc.iri { return iri.string }
            return "?"
        }
        struct Key: Hashable { let s: Term; let p: IRI; let o: Term }
        var evidence: [Key: Set<FactEvidence>] = [:]
        for (node, classes) in types where classes.contains(RDF.Statement) {
            guard let s = first(node, RDF.subject), let p = first(node, RDF.predicate)?.iri, let o = first(node, RDF.object) else { continue }
            let quote = first(node, GE.quote)?.literal?.lexical
            let docs = bySubject[node]?.filter { $0.predicate == PROV.wasDerivedFrom }.map(\.object) ?? []
            for doc in docs { evidence[Key(s: s, p: p, o: o), default: []].insert(FactEvidence(document: documentLabel(doc), quote: quote)) }
            if docs.isEmpty, let quote { evidence[Key(s: s, p: p, o: o), default: []].insert(FactEvidence(document: "?", quote: quote)) }
        }
        func derived(_ node: Term) -> Set<FactEvidence> {
            Set((bySubject[node] ?? []).filter { $0.predicate == PROV.wasDerivedFrom }.map { FactEvidence(document: documentLabel($0.object), quote: nil) })
        }
        func sorted(_ set: Set<FactEvidence>) -> [FactEvidence] {
            set.sorted { ($0.document, $0.quote ?? "") < ($1.document, $1.quote ?? "") }
        }
        let relationNames = Dictionary(uniqueKeysWithValues: Relation.allCases.filter { $0 != .holdsRole && $0 != .alias }.map { ($0.predicate, $0.rawValue) })
        // Facts.
        var facts: Set<GraphFact> = []
        for (s, iri) in entityTerms.enumerated() {
            let subject = Term.iri(iri)
            for t in bySubject[subject] ?? [] where !skipped.contains(t.predicate) {
                var sources = evidence[Key(s: subject, p: t.predicate, o: t.object)] ?? []
                if t.predicate == ORG.holds {
                    let post = t.object
                    let role = first(post, ORG.role).flatMap { labels[$0] ?? $0.iri.map { String($0.string.split(separator: "/").last ?? "") } } ?? "?"
                    if sources.isEmpty { sources = derived(post) }
                    let object: RelationObject
                    if let org = first(post, ORG.postIn)?.iri, let o = index[org] { object = .entity(o) } else { object = .value(role) }
                    facts.insert(GraphFact(subject: s, relation: Relation.holdsRole.rawValue, object: object, role: role, sources: sorted(sources)))
                    continue
                }
                if sources.isEmpty { sources = derived(subject) }
                let name = relationNames[t.predicate] ?? Self.localName(t.predicate)
                let object: RelationObject
                switch t.object {
                case .iri(let o) where index[o] != nil:
                    object = .entity(index[o]!)
                case .literal(let l):
                    object = .value(l.lexical)
                default:
                    if t.predicate == SCHEMA.address {
                        let parts = [SCHEMA.streetAddress, SCHEMA.postalCode, SCHEMA.addressLocality].compactMap { first(t.object, $0)?.literal?.lexical }
                        object = .value(parts.joined(separator: ", "))
                    } else if let o = t.object.iri {
                        object = .value(o.string)
                    } else {
                        continue
                    }
                }
                facts.insert(GraphFact(subject: s, relation: name, object: object, role: nil, sources: sorted(sources)))
            }
        }
        let entityList = entities
        self.entities = entities
        self.indexOfIRI = index
        self.facts = facts.sorted { a, b in
            if a.subject != b.subject { return a.subject < b.subject }
            if a.relation != b.relation { return a.relation < b.relation }
            return Self.objectKey(a.object, entityList) + (a.role ?? "") < Self.objectKey(b.object, entityList) + (b.role ?? "")
        }
    }

    /// The view of a resolved graph, through the same triples the exporters write.
    public init(resolved: ResolvedGraph, mapper: RDFMapper = RDFMapper()) throws(GraphCoreError) {
        var triples: [Triple] = []
        try mapper.emit(resolved) { (t: Triple) throws(GraphCoreError) in triples.append(t) }
        self.init(triples: triples)
    }

    /// The index of the entity with this IRI.
    public func index(of iri: IRI) -> Int? { indexOfIRI[iri] }

    /// The last segment of an IRI after `#` or `/`.
    static func localName(_ iri: IRI) -> String {
        let s = iri.string
        if let hash = s.lastIndex(of: "#") { return String(s[s.index(after: hash)...]) }
        if let slash = s.lastIndex(of: "/") { return String(s[s.index(after: slash)...]) }
        return s
    }

    private static func objectKey(_ object: RelationObject, _ entities: [GraphEntity]) -> String {
        switch object {
        case .entity(let i): return "0" + entities[i].iri.string
        case .value(let v): return "1" + v
        }
    }
}
