import GraphCore

/// A property graph reconstructed from the contract's triples: what GraphML and DOT draw.
///
/// Nodes are the subjects typed with one of the contract's entity classes; their names,
/// literal facts (dates, contact data, addresses) and role labels of posts without an
/// organisation become node data. Relation triples between two entity nodes become edges,
/// posts become `holdsRole` edges person → organisation, and `ge:signatory` is drawn
/// party → agreement. Provenance (`rdf:Statement` nodes, `prov:wasDerivedFrom`) becomes
/// the document names and quotes of nodes and edges. Ids (`n0`, `e0`, …) follow a fixed
/// order: nodes by IRI, edges by source, target, relation and role.
public struct PropertyGraph: Sendable {
    /// One key/value pair of node data.
    public struct Datum: Hashable, Sendable {
        /// The data key, e.g. `email` or `foundingDate`.
        public let key: String
        /// The value; several values of one key are joined by ` | `.
        public let value: String
    }

    /// An entity.
    public struct Node: Hashable, Sendable {
        /// The id in the output, `n` + index.
        public let id: String
        /// The entity's IRI.
        public let iri: IRI
        /// The entity's kind (the first in `EntityKind` order among its types).
        public let kind: EntityKind
        /// The `rdfs:label`, or the IRI when there is none.
        public let label: String
        /// The `skos:altLabel`s, sorted.
        public let altLabels: [String]
        /// Role labels of posts the entity holds outside any organisation node, sorted.
        public let roles: [String]
        /// Literal facts keyed by the predicate's local name, in the order of ``PropertyGraph/dataKeys``.
        public let data: [Datum]
        /// Names of the documents that state something about the entity, sorted.
        public let sources: [String]
    }

    /// A relation between two nodes.
    public struct Edge: Hashable, Sendable {
        /// The id in the output, `e` + index.
        public let id: String
        /// Index of the source node in ``PropertyGraph/nodes``.
        public let source: Int
        /// Index of the target node.
        public let target: Int
        /// The relation: the predicate's local name (`memberOf`, `location`, …) or `holdsRole`.
        public let relation: String
        /// For `holdsRole`, the role label.
        public let role: String?
        /// Names of the documents that state the relation, sorted.
        public let sources: [String]
        /// The sentences that state it, in source order, without repeats.
        public let quotes: [String]
    }

    /// The nodes, sorted by IRI.
    public let nodes: [Node]
    /// The edges, sorted by source, target, relation and role.
    public let edges: [Edge]
    /// The keys used in ``Node/data`` by any node, in a fixed order: the contract's literal facts first, then others sorted.
    public let dataKeys: [String]

    /// The contract's entity classes and the kind each stands for.
    static let entityClasses: [IRI: EntityKind] = {
        var table: [IRI: EntityKind] = [:]
        for kind in EntityKind.allCases { table[kind.classIRI] = kind }
        return table
    }()

    /// Node and edge data keys the writers use themselves; a literal fact with one of these names gets `_` appended.
    static let reservedKeys: Set<String> = ["iri", "label", "type", "altLabels", "roles", "source", "relation", "role", "quote"]

    /// The literal facts of the contract, in the order their keys are declared.
    static let knownDataKeys = ["foundingDate", "startDate", "signingDate", "email", "telephone", "faxNumber", "url", "address"]
}

/// Collects triples and builds the ``PropertyGraph``; the one reconstruction GraphML and DOT share.
public struct PropertyGraphBuilder {
    private var store = InternedTriples()

    /// An empty builder.
    public init() {}

    /// Adds one triple (duplicates count once).
    public mutating func add(_ triple: Triple) {
        store.add(triple)
    }

    /// The property graph of every triple added so far.
    public func build() -> PropertyGraph {
        let terms = store.terms
        func id(_ term: Term) -> UInt32? { store.id(of: term) }
        let typeID = id(.iri(RDF.type)), labelID = id(.iri(RDFS.label)), altLabelID = id(.iri(SKOS.altLabel))
        let derivedID = id(.iri(PROV.wasDerivedFrom)), nameID = id(.iri(SCHEMA.name))
        let statementClassID = id(.iri(RDF.Statement))
        let stSubjectID = id(.iri(RDF.subject)), stPredicateID = id(.iri(RDF.predicate)), stObjectID = id(.iri(RDF.object))
        let quoteID = id(.iri(GE.quote)), postClassID = id(.iri(ORG.Post))
        let roleID = id(.iri(ORG.role)), postInID = id(.iri(ORG.postIn)), holdsID = id(.iri(ORG.holds))
        let addressID = id(.iri(SCHEMA.address)), signatoryID = id(.iri(GE.signatory))
        let streetID = id(.iri(SCHEMA.streetAddress)), postalCodeID = id(.iri(SCHEMA.postalCode))
        let localityID = id(.iri(SCHEMA.addressLocality))

        // Pass 1: per-subject index of everything the reconstruction looks up.
        var kinds: [UInt32: EntityKind] = [:]
        var isStatement: Set<UInt32> = [], isPost: Set<UInt32> = []
        var bySubject: [UInt32: [InternedTriples.IDTriple]] = [:]
        for t in store.triples {
            bySubject[t.subject, default: []].append(t)
            guard t.predicate == typeID, case .iri(let cls) = terms[Int(t.object)] else { continue }
            if let kind = PropertyGraph.entityClasses[cls] {
                if let old = kinds[t.subject], old < kind { continue }
                kinds[t.subject] = kind
            } else if t.object == statementClassID {
                isStatement.insert(t.subject)
            } else if t.object == postClassID {
                isPost.insert(t.subject)
            }
        }
        func values(_ subject: UInt32, _ predicate: UInt32?) -> [UInt32] {
            guard let predicate else { return [] }
            return (bySubject[subject] ?? []).filter { $0.predicate == predicate }.map(\.object)
        }
        func text(_ termID: UInt32) -> String {
            switch terms[Int(termID)] {
            case .iri(let iri): return iri.string
            case .blank(let node): return "_:" + node.label
            case .literal(let literal): return literal.lexical
            }
        }
        func documentName(_ doc: UInt32) -> String { values(doc, nameID).map(text).sorted().first ?? text(doc) }

        // Provenance: statement nodes by the triple they describe.
        struct Provenance { var documents: Set<String> = []; var quotes: [String] = [] }
        var provenance: [InternedTriples.IDTriple: Provenance] = [:]
        var nodeDocuments: [UInt32: Set<String>] = [:]
        // Sorted by their text as before, each text made once.
        let statementTexts = isStatement.map { (id: $0, text: text($0)) }.sorted { $0.text < $1.text }
        for st in statementTexts.map(\.id) {
            guard let s = values(st, stSubjectID).first, let p = values(st, stPredicateID).first,
                  let o = values(st, stObjectID).first else { continue }
            let docs = values(st, derivedID).map(documentName)
            var entry = provenance[InternedTriples.IDTriple(subject: s, predicate: p, object: o)] ?? Provenance()
            entry.documents.formUnion(docs)
            for quote in values(st, quoteID).map(text) where !entry.quotes.contains(quote) { entry.quotes.append(quote) }
            provenance[InternedTriples.IDTriple(subject: s, predicate: p, object: o)] = entry
            nodeDocuments[s, default: []].formUnion(docs)
        }

        // Nodes, by IRI (blank-node entities after IRIs).
        let rank = store.ranks()
        let entityIDs = kinds.keys.sorted { rank[Int($0)] < rank[Int($1)] }
        var nodeIndex: [UInt32: Int] = [:]
        for (i, e) in entityIDs.enumerated() { nodeIndex[e] = i }

        struct EdgeDraft { var source: Int; var target: Int; var relation: String; var role: String?; var provenance: Provenance }
        var edges: [EdgeDraft] = []
        var roles: [Int: Set<String>] = [:]
        var data: [Int: [String: Set<String>]] = [:]
        for (i, e) in entityIDs.enumerated() {
            nodeDocuments[e, default: []].formUnion(values(e, derivedID).map(documentName))
            for t in bySubject[e] ?? [] {
                if t.predicate == typeID || t.predicate == labelID || t.predicate == altLabelID || t.predicate == derivedID { continue }
                let predicateName = PropertyGraphBuilder.localName(text(t.predicate))
                let prov = provenance[t] ?? Provenance()
                if let target = nodeIndex[t.object] {
                    if t.predicate == signatoryID {
                        edges.append(EdgeDraft(source: target, target: i, relation: predicateName, role: nil, provenance: prov))
                    } else {
                        edges.append(EdgeDraft(source: i, target: target, relation: predicateName, role: nil, provenance: prov))
                    }
                } else if t.predicate == holdsID, isPost.contains(t.object) {
                    let post = t.object
                    let role = values(post, roleID).map { r in values(r, labelID).map(text).sorted().first ?? PropertyGraphBuilder.localName(text(r)) }
                        .sorted().first ?? "post"
                    var postProv = prov
                    postProv.documents.formUnion(values(post, derivedID).map(documentName))
                    nodeDocuments[e, default: []].formUnion(postProv.documents)
                    let organisations = values(post, postInID).compactMap { nodeIndex[$0] }
                    if organisations.isEmpty {
                        roles[i, default: []].insert(role)
                    }
                    for org in organisations {
                        edges.append(EdgeDraft(source: i, target: org, relation: Relation.holdsRole.rawValue, role: role, provenance: postProv))
                    }
                } else if t.predicate == addressID {
                    let street = values(t.object, streetID).map(text).sorted().first ?? ""
                    let code = values(t.object, postalCodeID).map(text).sorted().first ?? ""
                    let locality = values(t.object, localityID).map(text).sorted().first ?? ""
                    let parts = [street, [code, locality].filter { !$0.isEmpty }.joined(separator: " ")].filter { !$0.isEmpty }
                    data[i, default: [:]]["address", default: []].insert(parts.isEmpty ? text(t.object) : parts.joined(separator: ", "))
                } else {
                    // Literal facts (and links to anything that is not an entity) become node data.
                    data[i, default: [:]][PropertyGraphBuilder.dataKey(predicateName), default: []].insert(text(t.object))
                }
            }
        }

        let nodes: [PropertyGraph.Node] = entityIDs.enumerated().map { i, e in
            let iri: IRI
            switch terms[Int(e)] {
            case .iri(let value): iri = value
            default: iri = KnowledgeGraph.defaultBase  // blank-node entities do not occur in the contract; keep a valid IRI
            }
            let label = values(e, labelID).map(text).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.first ?? text(e)
            let nodeData = (data[i] ?? [:]).map { key, set in
                PropertyGraph.Datum(key: key, value: PropertyGraphBuilder.sorted(set).joined(separator: " | "))
            }.sorted { a, b in
                let x = PropertyGraph.knownDataKeys.firstIndex(of: a.key) ?? Int.max
                let y = PropertyGraph.knownDataKeys.firstIndex(of: b.key) ?? Int.max
                return x != y ? x < y : a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
            }
            return PropertyGraph.Node(id: "n" + String(i), iri: iri, kind: kinds[e]!, label: label,
                                      altLabels: PropertyGraphBuilder.sorted(Set(values(e, altLabelID).map(text))),
                                      roles: PropertyGraphBuilder.sorted(roles[i] ?? []), data: nodeData,
                                      sources: PropertyGraphBuilder.sorted(nodeDocuments[e] ?? []))
        }

        // Edges: merge drafts of the same (source, target, relation, role), then number them.
        var merged: [String: EdgeDraft] = [:]
        for draft in edges {
            let key = String(draft.source) + " " + String(draft.target) + " " + draft.relation + " " + (draft.role ?? "")
            if var old = merged[key] {
                old.provenance.documents.formUnion(draft.provenance.documents)
                for q in draft.provenance.quotes where !old.provenance.quotes.contains(q) { old.provenance.quotes.append(q) }
                merged[key] = old
            } else {
                merged[key] = draft
            }
        }
        let sortedEdges = merged.values.sorted { a, b in
            if a.source != b.source { return a.source < b.source }
            if a.target != b.target { return a.target < b.target }
            if a.relation != b.relation { return a.relation.utf8.lexicographicallyPrecedes(b.relation.utf8) }
            return (a.role ?? "").utf8.lexicographicallyPrecedes((b.role ?? "").utf8)
        }
        let finalEdges = sortedEdges.enumerated().map { i, d in
            PropertyGraph.Edge(id: "e" + String(i), source: d.source, target: d.target, relation: d.relation, role: d.role,
                               sources: PropertyGraphBuilder.sorted(d.provenance.documents), quotes: d.provenance.quotes)
        }

        var keys = Set(nodes.flatMap { $0.data.map(\.key) })
        var dataKeys: [String] = []
        for key in PropertyGraph.knownDataKeys where keys.remove(key) != nil { dataKeys.append(key) }
        dataKeys += PropertyGraphBuilder.sorted(keys)
        return PropertyGraph(nodes: nodes, edges: finalEdges, dataKeys: dataKeys)
    }

    /// The part of an IRI after its last `#` or `/` (the whole IRI if that part is empty).
    static func localName(_ iri: String) -> String {
        let utf8 = iri.utf8
        guard let cut = utf8.lastIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "/") }),
              utf8.index(after: cut) != utf8.endIndex else { return iri }
        return String(iri[utf8.index(after: cut)...])
    }

    /// `name` as a GraphML key name (an NMTOKEN): every byte outside `[A-Za-z0-9._-]` becomes `_`.
    static func dataKey(_ name: String) -> String {
        let bytes = name.utf8.map { byte -> UInt8 in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"): return byte
            default: return UInt8(ascii: "_")
            }
        }
        let key = bytes.isEmpty ? "_" : String(decoding: bytes, as: UTF8.self)
        return PropertyGraph.reservedKeys.contains(key) ? key + "_" : key
    }

    /// Strings in byte order (independent of locale and hashing).
    static func sorted<S: Sequence<String>>(_ strings: S) -> [String] {
        strings.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
