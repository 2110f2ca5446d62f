import OrderedCollections

/// An entity after resolution across all documents.
public struct ResolvedEntity: Hashable, Sendable {
    /// The entity's stable IRI: base + kind segment + slug of the canonical label.
    public let iri: IRI
    /// The kind.
    public let kind: EntityKind
    /// Further kinds other mentions gave it (never the same as `kind`).
    public let extraKinds: [EntityKind]
    /// The one canonical display label.
    public let label: String
    /// Every other name seen for it, sorted.
    public let altLabels: [String]
}

/// The object of a resolved fact.
public enum ResolvedObject: Hashable, Sendable {
    /// An entity, by index into ``ResolvedGraph/entities``.
    case entity(Int)
    /// A literal.
    case literal(Literal)
    /// A post with its role label and the organisation or place it is in.
    case post(role: String, organization: Int?)
    /// A postal address.
    case address(PostalAddress)
}

/// One document's support for a fact.
public struct FactSource: Hashable, Sendable {
    /// Index into ``ResolvedGraph/documents``.
    public let document: Int
    /// The evidence in that document.
    public let evidence: Evidence
}

/// A fact after resolution: entity indices are global, and every document that states it is listed.
public struct ResolvedFact: Hashable, Sendable {
    /// The relation.
    public let relation: Relation
    /// The subject, by index into ``ResolvedGraph/entities``.
    public let subject: Int
    /// The object.
    public let object: ResolvedObject
    /// Every document and sentence that states it, in document order.
    public let sources: [FactSource]
}

/// The whole resolved graph, in a deterministic order that does not depend on the order of the inputs.
public struct ResolvedGraph: Sendable {
    /// The documents, sorted by name then content hash.
    public let documents: [DocumentInfo]
    /// The entities, sorted by IRI.
    public let entities: [ResolvedEntity]
    /// The facts, sorted by subject, relation and object.
    public let facts: [ResolvedFact]
}

/// Collects per-document extractions and resolves their entities across the corpus.
///
/// Mentions of the same resolution group (persons, organisations, places, events,
/// agreements) merge when their labels have the same slug, or when one's label is an
/// alias (an acronym) that exactly one other entity claims. The canonical label is the
/// best-quality, most frequent label; every other name becomes an `skos:altLabel`.
/// Nothing here depends on the order in which documents were added.
public struct KnowledgeGraph: Sendable {
    private var extractions: [DocumentExtraction] = []
    /// The base IRI under which entity IRIs are minted.
    public let base: IRI

    /// The default base IRI of the contract.
    public static let defaultBase = IRI(trusted: "https://w3id.org/graph-export/id/")

    /// An empty graph minting IRIs under `base`, which must end in `/` or `#`.
    public init(base: IRI = KnowledgeGraph.defaultBase) throws(GraphCoreError) {
        guard base.string.hasSuffix("/") || base.string.hasSuffix("#") else { throw .baseIRIWithoutSeparator(base.string) }
        self.base = base
    }

    /// Adds one document's extraction.
    public mutating func add(_ extraction: DocumentExtraction) {
        extractions.append(extraction)
    }

    /// Number of documents added so far.
    public var documentCount: Int { extractions.count }

    /// Resolves entities and merges facts; facts below `minConfidence` are dropped first.
    public func resolve(minConfidence: Double = 0) -> ResolvedGraph {
        // Documents in a fixed order, whatever order they were added in.
        let order = extractions.indices.sorted { a, b in
            let x = extractions[a].document, y = extractions[b].document
            return (x.name, x.contentHash) < (y.name, y.contentHash)
        }
        var documents: [DocumentInfo] = []
        var seenHashes: Set<String> = []
        var docIndexOfExtraction = [Int](repeating: -1, count: extractions.count)
        for i in order {
            let doc = extractions[i].document
            // The same bytes under two names count once (the first name in sorted order).
            if seenHashes.insert(doc.contentHash).inserted {
                docIndexOfExtraction[i] = documents.count
                documents.append(doc)
            }
        }

        // Flatten mentions.
        var mentions: [EntityMention] = []
        var firstMention = [Int](repeating: 0, count: extractions.count)
        for i in order where docIndexOfExtraction[i] >= 0 {
            firstMention[i] = mentions.count
            mentions.append(contentsOf: extractions[i].entities)
        }
        var sets = UnionFind(count: mentions.count)
        func key(_ group: Int, _ name: String) -> String { "\(group)|\(Slug.make(name))" }

        // 1. Same label slug within a resolution group.
        var byLabelKey: [String: Int] = [:]
        for (m, mention) in mentions.enumerated() {
            let k = key(mention.kind.resolutionGroup, mention.label)
            if let other = byLabelKey[k] { sets.union(m, other) } else { byLabelKey[k] = m }
        }
        // 2. Aliases claimed by exactly one label group join the group whose label is that alias.
        var claims: [String: Set<Int>] = [:]
        for (m, mention) in mentions.enumerated() where mention.quality > .short {
            for alias in mention.aliases {
                claims[key(mention.kind.resolutionGroup, alias), default: []].insert(sets.find(m))
            }
        }
        for (k, roots) in claims.sorted(by: { $0.key < $1.key }) where roots.count == 1 {
            if let other = byLabelKey[k] { sets.union(roots.first!, other) }
        }
        // Gather groups.
        var members: [Int: [Int]] = [:]
        for m in mentions.indices { members[sets.find(m), default: []].append(m) }
        struct Draft { var entity: ResolvedEntity; var root: Int }
        var drafts: [Draft] = []
        for (root, ms) in members {
            var kindCount: [EntityKind: Int] = [:]
            var labelScore: [String: (LabelQuality, Int)] = [:]
            var names: Set<String> = []
            var extra: Set<EntityKind> = []
            for m in ms {
                let mention = mentions[m]
                kindCount[mention.kind, default: 0] += 1
                let old = labelScore[mention.label] ?? (.short, 0)
                labelScore[mention.label] = (max(old.0, mention.quality), old.1 + 1)
                names.insert(mention.label)
                names.formUnion(mention.aliases)
                names.formUnion(mention.surfaceForms)
                extra.formUnion(mention.extraKinds)
            }
            let kind = kindCount.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
            let label = labelScore.max { a, b in
                if a.value.0 != b.value.0 { return a.value.0 < b.value.0 }
                if a.value.1 != b.value.1 { return a.value.1 < b.value.1 }
                if a.key.count != b.key.count { return a.key.count < b.key.count }
                return a.key > b.key
            }!.key
            for k in kindCount.keys where k != kind { extra.insert(k) }
            extra.remove(kind)
            names.remove(label)
            names = names.filter { !$0.isEmpty }
            let iri = IRI(trusted: base.string + kind.pathSegment + "/" + Slug.make(label))
            drafts.append(Draft(entity: ResolvedEntity(iri: iri, kind: kind, extraKinds: extra.sorted(), label: label,
                                                       altLabels: names.sorted()), root: root))
        }
        drafts.sort { $0.entity.iri < $1.entity.iri }
        // Two groups can only share an IRI if their labels collide after slugging across kinds of one group; merge them.
        var entities: [ResolvedEntity] = []
        var entityOfRoot: [Int: Int] = [:]
        for draft in drafts {
            if let last = entities.last, last.iri == draft.entity.iri {
                let merged = Set(last.altLabels).union(draft.entity.altLabels).union([draft.entity.label]).subtracting([last.label])
                entities[entities.count - 1] = ResolvedEntity(iri: last.iri, kind: last.kind,
                                                              extraKinds: Array(Set(last.extraKinds).union(draft.entity.extraKinds)).sorted(),
                                                              label: last.label, altLabels: merged.sorted())
            } else {
                entities.append(draft.entity)
            }
            entityOfRoot[draft.root] = entities.count - 1
        }
        func entityOf(extraction i: Int, local: Int) -> Int { entityOfRoot[sets.find(firstMention[i] + local)]! }

        // Facts: merge by (relation, subject, object); roles merge by their slug without hyphens.
        struct FactKey: Hashable { let relation: Relation; let subject: Int; let object: ResolvedObject }
        var sources: OrderedDictionary<FactKey, Set<FactSource>> = [:]
        var roleForms: [String: [String: Int]] = [:]
        for i in order where docIndexOfExtraction[i] >= 0 {
            let extraction = extractions[i]
            let doc = docIndexOfExtraction[i]
            // A fact whose object does not fit its relation (a damaged store record, a faulty rule) is left out.
            for fact in extraction.facts where fact.evidence.confidence >= minConfidence && fact.relation.accepts(fact.object) {
                guard extraction.entities.indices.contains(fact.subject) else { continue }
                let subject = entityOf(extraction: i, local: fact.subject)
                var object: ResolvedObject
                switch fact.object {
                case .entity(let local):
                    guard extraction.entities.indices.contains(local) else { continue }
                    object = .entity(entityOf(extraction: i, local: local))
                    if case .entity(subject) = object { continue }  // merged into itself
                case .literal(let literal):
                    object = .literal(literal)
                case .post(let role, let organization):
                    // Spelling variants of one role ("Chef-Repräsentant", "Chefrepräsentant") are one post.
                    let roleKey = String(Slug.make(role).filter { $0 != "-" })
                    roleForms[roleKey, default: [:]][role, default: 0] += 1
                    var org: Int? = nil
                    if let organization, extraction.entities.indices.contains(organization) {
                        org = entityOf(extraction: i, local: organization)
                        if org == subject { org = nil }
                    }
                    object = .post(role: roleKey, organization: org)
                case .address(let address):
                    object = .address(address)
                }
                var subjectIndex = subject
                if fact.relation == .partnerOf, case .entity(let other) = object, other < subject {
                    object = .entity(subject)
                    subjectIndex = other
                }
                sources[FactKey(relation: fact.relation, subject: subjectIndex, object: object), default: []]
                    .insert(FactSource(document: doc, evidence: fact.evidence))
            }
        }
        let roleDisplay = roleForms.mapValues { forms in
            forms.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
        }
        var facts: [ResolvedFact] = sources.map { key, set in
            var object = key.object
            if case .post(let roleKey, let org) = object { object = .post(role: roleDisplay[roleKey] ?? roleKey, organization: org) }
            let sorted = set.sorted { a, b in
                (a.document, a.evidence.begin, a.evidence.end, a.evidence.rule) < (b.document, b.evidence.begin, b.evidence.end, b.evidence.rule)
            }
            return ResolvedFact(relation: key.relation, subject: key.subject, object: object, sources: sorted)
        }
        facts.sort { a, b in
            if a.subject != b.subject { return a.subject < b.subject }
            if a.relation != b.relation { return a.relation < b.relation }
            return ObjectOrder.less(a.object, b.object, entities)
        }
        return ResolvedGraph(documents: documents, entities: entities, facts: facts)
    }
}

/// A total order on resolved objects, so that output never depends on hashing.
enum ObjectOrder {
    static func less(_ a: ResolvedObject, _ b: ResolvedObject, _ entities: [ResolvedEntity]) -> Bool {
        func rank(_ o: ResolvedObject) -> Int {
            switch o {
            case .entity: return 0
            case .literal: return 1
            case .post: return 2
            case .address: return 3
            }
        }
        switch (a, b) {
        case (.entity(let x), .entity(let y)): return x < y
        case (.literal(let x), .literal(let y)): return x < y
        case (.post(let r1, let o1), .post(let r2, let o2)):
            if r1 != r2 { return r1 < r2 }
            return (o1 ?? -1) < (o2 ?? -1)
        case (.address(let x), .address(let y)): return x < y
        default: return rank(a) < rank(b)
        }
    }
}

/// Disjoint sets with path compression; the smaller index becomes the root so results are order-independent.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var root = x
        while parent[root] != root { root = parent[root] }
        var node = x
        while parent[node] != root {
            let next = parent[node]
            parent[node] = root
            node = next
        }
        return root
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra == rb { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }
}
