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
///
/// ``add(_:)`` folds each extraction in at once and keeps nothing of it but compact,
/// interned records: per label key (resolution group + slug) the tallies resolution needs,
/// and per distinct fact its occurrences (document, sentence, offsets, rule, confidence).
/// Memory therefore grows with the distinct entities, facts and sentences, not with the
/// number of documents added. Documents with the same content hash are one document: the
/// first extraction added for a hash gives its content, the smallest name names it (an
/// extraction is a function of the document's bytes). Nothing here depends on the order in
/// which documents were added.
public struct KnowledgeGraph: Sendable {
    /// The base IRI under which entity IRIs are minted.
    public let base: IRI

    /// Labels, aliases, surface forms, role labels, quotes and rule names, interned by their exact bytes.
    private var strings = StringTable()
    /// Documents by slot (the order in which distinct content hashes were added).
    private var documentSlots: [DocumentSlot] = []
    /// The slot of each content hash.
    private var slotOfHash: [String: UInt32] = [:]
    /// Extractions added, copies included.
    private var added = 0

    /// Label keys (resolution group + slug of a label or alias) and what their mentions said.
    private var keys: [LabelKey] = []
    /// The key of each (group, slug).
    private var keyOfName: [KeyName: UInt32] = [:]
    /// The key of each (group, interned string), so that a label is slugged once.
    private var keyOfString: [UInt64: UInt32] = [:]

    /// Distinct facts as documents state them (subject and object by label key), with their occurrences.
    private var facts: [FoldedFact] = []
    /// The folded fact of each key.
    private var factOfKey: [FoldedFactKey: UInt32] = [:]
    /// Every occurrence of a fact; each links to the previous occurrence of the same fact.
    private var occurrences: [Occurrence] = []
    /// Distinct literal objects.
    private var literals = ValueTable<Literal>()
    /// Distinct postal addresses.
    private var addresses = ValueTable<PostalAddress>()
    /// Distinct (rule, confidence) pairs of evidence.
    private var ruleTags = ValueTable<RuleTag>()

    /// The default base IRI of the contract.
    public static let defaultBase = IRI(trusted: "https://w3id.org/graph-export/id/")

    /// An empty graph minting IRIs under `base`, which must end in `/` or `#`.
    public init(base: IRI = KnowledgeGraph.defaultBase) throws(GraphCoreError) {
        guard base.string.hasSuffix("/") || base.string.hasSuffix("#") else { throw .baseIRIWithoutSeparator(base.string) }
        self.base = base
    }

    /// Number of documents added so far.
    public var documentCount: Int { added }

    /// Adds one document's extraction: folds its mentions and facts into the graph and keeps no reference to it.
    public mutating func add(_ extraction: DocumentExtraction) {
        added += 1
        let doc = extraction.document
        if let slot = slotOfHash[doc.contentHash] {
            // The same bytes under another name: one document, named by its smallest name.
            if doc.name < documentSlots[Int(slot)].name { documentSlots[Int(slot)].name = doc.name }
            return
        }
        let slot = UInt32(documentSlots.count)
        slotOfHash[doc.contentHash] = slot
        documentSlots.append(DocumentSlot(name: doc.name, contentHash: doc.contentHash, datePublished: doc.datePublished))

        // Mentions: each lands in the key of its label.
        var keyOfMention: [UInt32] = []
        keyOfMention.reserveCapacity(extraction.entities.count)
        for mention in extraction.entities {
            let group = mention.kind.resolutionGroup
            let label = strings.intern(mention.label)
            let k = key(group: group, string: label)
            keyOfMention.append(k)
            keys[Int(k)].note(mention, label: label, strings: &strings)
        }
        // Aliases of a mention with a full or derived label claim their key for the mention's key.
        for (m, mention) in extraction.entities.enumerated() where mention.quality > .short {
            let group = mention.kind.resolutionGroup
            for alias in mention.aliases {
                let a = key(group: group, string: strings.intern(alias))
                keys[Int(a)].claim(by: keyOfMention[m])
            }
        }

        // Facts whose shape fits and whose entity indices exist; the confidence threshold applies at resolution.
        let count = extraction.entities.count
        for fact in extraction.facts where fact.relation.accepts(fact.object) {
            guard fact.subject >= 0 && fact.subject < count else { continue }
            let object: FoldedObject
            switch fact.object {
            case .entity(let local):
                guard local >= 0 && local < count else { continue }
                object = .entity(keyOfMention[local])
            case .literal(let literal):
                object = .literal(literals.intern(literal))
            case .post(let role, let organization):
                var org: UInt32? = nil
                if let organization, organization >= 0 && organization < count { org = keyOfMention[organization] }
                object = .post(role: strings.intern(role), organization: org)
            case .address(let address):
                object = .address(addresses.intern(address))
            }
            let factKey = FoldedFactKey(relation: fact.relation, subject: keyOfMention[fact.subject], object: object)
            let f: UInt32
            if let existing = factOfKey[factKey] {
                f = existing
            } else {
                f = UInt32(facts.count)
                factOfKey[factKey] = f
                facts.append(FoldedFact(key: factKey, last: Occurrence.chainEnd))
            }
            let evidence = fact.evidence
            let tag = ruleTags.intern(RuleTag(rule: strings.intern(evidence.rule), confidence: evidence.confidence))
            occurrences.append(Occurrence(document: slot, quote: strings.intern(evidence.quote), tag: tag,
                                          previous: facts[Int(f)].last, begin: evidence.begin, end: evidence.end))
            facts[Int(f)].last = UInt32(occurrences.count - 1)
        }
    }

    /// The key of `string` (an interned label or alias) in resolution group `group`.
    private mutating func key(group: Int, string: UInt32) -> UInt32 {
        let cacheKey = UInt64(group) << 32 | UInt64(string)
        if let k = keyOfString[cacheKey] { return k }
        let name = KeyName(group: UInt8(group), slug: Slug.make(strings[string]))
        let k: UInt32
        if let existing = keyOfName[name] {
            k = existing
        } else {
            k = UInt32(keys.count)
            keyOfName[name] = k
            keys.append(LabelKey())
        }
        keyOfString[cacheKey] = k
        return k
    }

    /// Resolves entities and merges facts; facts below `minConfidence` are dropped first.
    public func resolve(minConfidence: Double = 0) -> ResolvedGraph {
        // Documents sorted by name then content hash.
        let order = documentSlots.indices.sorted { a, b in
            let x = documentSlots[a], y = documentSlots[b]
            return (x.name, x.contentHash) < (y.name, y.contentHash)
        }
        var documentOfSlot = [Int](repeating: 0, count: documentSlots.count)
        var documents: [DocumentInfo] = []
        documents.reserveCapacity(order.count)
        for slot in order {
            let d = documentSlots[slot]
            documentOfSlot[slot] = documents.count
            documents.append(DocumentInfo(name: d.name, contentHash: d.contentHash, datePublished: d.datePublished))
        }

        // 1. Mentions with the same label slug in one group are already one key.
        // 2. Aliases claimed by exactly one label key join the key whose label is that alias.
        var sets = UnionFind(count: keys.count)
        for (a, key) in keys.enumerated() where key.isLabel {
            if case .one(let claimer) = key.claim { sets.union(Int(claimer), a) }
        }
        // Gather groups (label keys only: alias keys without a mention of their own are no entity).
        var members: [Int: [Int]] = [:]
        for (k, key) in keys.enumerated() where key.isLabel { members[sets.find(k), default: []].append(k) }
        struct Draft { var entity: ResolvedEntity; var root: Int }
        var drafts: [Draft] = []
        drafts.reserveCapacity(members.count)
        for (root, ks) in members {
            var kindCount = [Int](repeating: 0, count: EntityKind.allCases.count)
            var labelScore: [String: (LabelQuality, Int)] = [:]
            var names: Set<String> = []
            var extraMask: UInt8 = 0
            for k in ks {
                let key = keys[k]
                for i in kindCount.indices { kindCount[i] += Int(key.kindCounts[i]) }
                for tally in key.labels {
                    let label = strings[tally.label]
                    let old = labelScore[label] ?? (.short, 0)
                    labelScore[label] = (max(old.0, tally.quality), old.1 + Int(tally.count))
                }
                for name in key.names { names.insert(strings[name]) }
                extraMask |= key.extraKinds
            }
            // The most frequent kind; on a tie the first in the kinds' order.
            var kindIndex = 0
            for i in kindCount.indices where kindCount[i] > kindCount[kindIndex] { kindIndex = i }
            let kind = EntityKind.allCases[kindIndex]
            let label = labelScore.max { a, b in
                if a.value.0 != b.value.0 { return a.value.0 < b.value.0 }
                if a.value.1 != b.value.1 { return a.value.1 < b.value.1 }
                if a.key.count != b.key.count { return a.key.count < b.key.count }
                return a.key > b.key
            }!.key
            var extra: [EntityKind] = []
            for (i, k) in EntityKind.allCases.enumerated() where i != kindIndex && (kindCount[i] > 0 || extraMask & (1 << i) != 0) {
                extra.append(k)
            }
            names.remove(label)
            names = names.filter { !$0.isEmpty }
            let iri = IRI(trusted: base.string + kind.pathSegment + "/" + Slug.make(label))
            drafts.append(Draft(entity: ResolvedEntity(iri: iri, kind: kind, extraKinds: extra, label: label,
                                                       altLabels: names.sorted()), root: root))
        }
        drafts.sort { $0.entity.iri != $1.entity.iri ? $0.entity.iri < $1.entity.iri : $0.entity.label < $1.entity.label }
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
        var entityOfKey = [Int](repeating: -1, count: keys.count)
        for (k, key) in keys.enumerated() where key.isLabel { entityOfKey[k] = entityOfRoot[sets.find(k)]! }

        // The rank of each evidence tag's rule in name order, for the order of a fact's sources.
        let ruleRank = strings.ranks(of: ruleTags.values.map(\.rule))
        let tagRank = ruleTags.values.map { ruleRank[Int($0.rule)]! }
        // Facts: merge by (relation, subject, object); roles merge by their slug without hyphens.
        struct FactKey: Hashable { let relation: Relation; let subject: Int; let object: ResolvedObject }
        var factIndex: [FactKey: Int] = [:]
        var merged: [(key: FactKey, occurrences: [UInt32])] = []
        var roleForms: [String: [String: Int]] = [:]
        var roleKeyOfForm: [UInt32: String] = [:]
        for fact in facts {
            // Occurrences at or above the threshold.
            var kept: [UInt32] = []
            var o = fact.last
            while o != Occurrence.chainEnd {
                let occurrence = occurrences[Int(o)]
                if ruleTags[occurrence.tag].confidence >= minConfidence { kept.append(o) }
                o = occurrence.previous
            }
            if kept.isEmpty { continue }
            let key = fact.key
            let subject = entityOfKey[Int(key.subject)]
            var object: ResolvedObject
            switch key.object {
            case .entity(let k):
                object = .entity(entityOfKey[Int(k)])
                if case .entity(subject) = object { continue }  // merged into itself
            case .literal(let l):
                object = .literal(literals[l])
            case .post(let role, let organization):
                // Spelling variants of one role ("Chef-Repräsentant", "Chefrepräsentant") are one post.
                let form = strings[role]
                let roleKey: String
                if let known = roleKeyOfForm[role] {
                    roleKey = known
                } else {
                    roleKey = String(Slug.make(form).filter { $0 != "-" })
                    roleKeyOfForm[role] = roleKey
                }
                roleForms[roleKey, default: [:]][form, default: 0] += kept.count
                var org = organization.map { entityOfKey[Int($0)] }
                if org == subject { org = nil }
                object = .post(role: roleKey, organization: org)
            case .address(let a):
                object = .address(addresses[a])
            }
            var subjectIndex = subject
            if key.relation == .partnerOf, case .entity(let other) = object, other < subject {
                object = .entity(subject)
                subjectIndex = other
            }
            let factKey = FactKey(relation: key.relation, subject: subjectIndex, object: object)
            if let i = factIndex[factKey] {
                merged[i].occurrences.append(contentsOf: kept)
            } else {
                factIndex[factKey] = merged.count
                merged.append((factKey, kept))
            }
        }
        let roleDisplay = roleForms.mapValues { forms in
            forms.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
        }
        var resolvedFacts: [ResolvedFact] = []
        resolvedFacts.reserveCapacity(merged.count)
        for (key, list) in merged {
            var object = key.object
            if case .post(let roleKey, let org) = object { object = .post(role: roleDisplay[roleKey] ?? roleKey, organization: org) }
            // Sources in document order, then by offsets and rule; the same evidence in one document counts once.
            // (A single source, the usual case, needs no sorting.)
            let sorted = list.count < 2 ? list : list.sorted { a, b in
                let x = occurrences[Int(a)], y = occurrences[Int(b)]
                let dx = documentOfSlot[Int(x.document)], dy = documentOfSlot[Int(y.document)]
                if dx != dy { return dx < dy }
                if x.begin != y.begin { return x.begin < y.begin }
                if x.end != y.end { return x.end < y.end }
                let rx = tagRank[Int(x.tag)], ry = tagRank[Int(y.tag)]
                if rx != ry { return rx < ry }
                let cx = ruleTags[x.tag].confidence, cy = ruleTags[y.tag].confidence
                if cx != cy { return cx < cy }
                return x.quote != y.quote && strings[x.quote] < strings[y.quote]
            }
            var sources: [FactSource] = []
            sources.reserveCapacity(sorted.count)
            var previous: Occurrence? = nil
            for o in sorted {
                let occurrence = occurrences[Int(o)]
                if let previous, previous.sameEvidence(as: occurrence) { continue }
                previous = occurrence
                let tag = ruleTags[occurrence.tag]
                sources.append(FactSource(document: documentOfSlot[Int(occurrence.document)],
                                          evidence: Evidence(quote: strings[occurrence.quote], begin: occurrence.begin,
                                                             end: occurrence.end, rule: strings[tag.rule],
                                                             confidence: tag.confidence)))
            }
            resolvedFacts.append(ResolvedFact(relation: key.relation, subject: key.subject, object: object, sources: sources))
        }
        resolvedFacts.sort { a, b in
            if a.subject != b.subject { return a.subject < b.subject }
            if a.relation != b.relation { return a.relation < b.relation }
            return ObjectOrder.less(a.object, b.object, entities)
        }
        return ResolvedGraph(documents: documents, entities: entities, facts: resolvedFacts)
    }
}

/// A document as the graph keeps it until resolution.
private struct DocumentSlot: Sendable {
    /// The smallest name the document was added under.
    var name: String
    /// SHA-256 of its bytes.
    let contentHash: String
    /// The date it states.
    let datePublished: CalendarDate?
}

/// A resolution group and a slug: what mentions share to be one entity.
private struct KeyName: Hashable, Sendable {
    let group: UInt8
    let slug: String
}

/// Which label keys claim a key as their alias.
private enum Claim: Sendable {
    /// None.
    case none
    /// Exactly this one.
    case one(UInt32)
    /// Two or more.
    case several
}

/// One label of a key: how often mentions gave it and its best quality.
private struct LabelTally: Sendable {
    let label: UInt32
    var quality: LabelQuality
    var count: Int32
}

/// What the mentions of one label key said, and which keys claim it as an alias.
private struct LabelKey: Sendable {
    /// Mentions per kind, in the order of ``EntityKind/allCases``.
    var kindCounts = SIMD8<Int32>()
    /// The labels mentions gave, with count and best quality.
    var labels: [LabelTally] = []
    /// Labels, aliases and surface forms seen.
    var names: Set<UInt32> = []
    /// Extra kinds mentions gave, one bit per kind.
    var extraKinds: UInt8 = 0
    /// The label keys whose mentions name this key as an alias.
    var claim = Claim.none

    /// True when some mention has this key's slug as its label.
    var isLabel: Bool { !labels.isEmpty }

    /// Counts one mention whose label is the interned `label`.
    mutating func note(_ mention: EntityMention, label: UInt32, strings: inout StringTable) {
        kindCounts[KnowledgeGraph.kindIndex(mention.kind)] &+= 1
        if let i = labels.firstIndex(where: { $0.label == label }) {
            labels[i].quality = max(labels[i].quality, mention.quality)
            labels[i].count += 1
        } else {
            labels.append(LabelTally(label: label, quality: mention.quality, count: 1))
        }
        names.insert(label)
        for alias in mention.aliases { names.insert(strings.intern(alias)) }
        for form in mention.surfaceForms { names.insert(strings.intern(form)) }
        for kind in mention.extraKinds { extraKinds |= 1 << KnowledgeGraph.kindIndex(kind) }
    }

    /// Records that a mention of key `claimer` names this key as its alias.
    mutating func claim(by claimer: UInt32) {
        switch claim {
        case .none: claim = .one(claimer)
        case .one(let other) where other != claimer: claim = .several
        default: break
        }
    }
}

extension KnowledgeGraph {
    /// The position of `kind` in ``EntityKind/allCases``.
    static func kindIndex(_ kind: EntityKind) -> Int {
        switch kind {
        case .person: return 0
        case .organization: return 1
        case .city: return 2
        case .administrativeArea: return 3
        case .country: return 4
        case .event: return 5
        case .agreement: return 6
        }
    }
}

/// The object of a fact before resolution, by label key or interned value.
private enum FoldedObject: Hashable, Sendable {
    case entity(UInt32)
    case literal(UInt32)
    case post(role: UInt32, organization: UInt32?)
    case address(UInt32)
}

/// A fact as documents state it: relation, subject key, object.
private struct FoldedFactKey: Hashable, Sendable {
    let relation: Relation
    let subject: UInt32
    let object: FoldedObject
}

/// A distinct fact and its most recent occurrence.
private struct FoldedFact: Sendable {
    let key: FoldedFactKey
    var last: UInt32
}

/// A rule and its confidence, interned together.
private struct RuleTag: Hashable, Sendable {
    let rule: UInt32
    let confidence: Double
}

/// One document's support for a folded fact, compactly.
private struct Occurrence: Sendable {
    /// No occurrence (the end of a chain).
    static let chainEnd = UInt32.max
    /// The document slot.
    let document: UInt32
    /// The interned quote.
    let quote: UInt32
    /// The interned rule and confidence.
    let tag: UInt32
    /// The previous occurrence of the same fact, or ``chainEnd``.
    let previous: UInt32
    /// Offset of the quote's first Unicode scalar.
    let begin: Int
    /// Offset just past the quote.
    let end: Int

    /// True when both are the same evidence in the same document.
    func sameEvidence(as other: Occurrence) -> Bool {
        document == other.document && begin == other.begin && end == other.end && tag == other.tag && quote == other.quote
    }
}

/// A string exactly as given: equal only when the UTF-8 bytes are (Swift's `String` equality is canonical equivalence,
/// but slugs are made from the exact scalars).
private struct ExactString: Hashable, Sendable {
    let string: String

    static func == (lhs: ExactString, rhs: ExactString) -> Bool { lhs.string.utf8.elementsEqual(rhs.string.utf8) }

    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Strings interned to dense integer IDs by their exact bytes.
struct StringTable: Sendable {
    private var strings: [String] = []
    private var ids: [ExactString: UInt32] = [:]

    /// The ID of `string`, adding it when new.
    mutating func intern(_ string: String) -> UInt32 {
        let key = ExactString(string: string)
        if let id = ids[key] { return id }
        let id = UInt32(strings.count)
        strings.append(string)
        ids[key] = id
        return id
    }

    /// The string of `id`.
    subscript(id: UInt32) -> String { strings[Int(id)] }

    /// The rank of each of `ids` in the order of their strings (equal strings share a rank).
    func ranks(of ids: [UInt32]) -> [Int: Int] {
        let distinct = Array(Set(ids)).sorted { strings[Int($0)] < strings[Int($1)] }
        var rank: [Int: Int] = [:]
        var r = 0
        for (i, id) in distinct.enumerated() {
            if i > 0 && strings[Int(distinct[i - 1])] != strings[Int(id)] { r += 1 }
            rank[Int(id)] = r
        }
        return rank
    }
}

/// Values interned to dense integer IDs.
struct ValueTable<Value: Hashable & Sendable>: Sendable {
    /// The values, by ID.
    private(set) var values: [Value] = []
    private var ids: [Value: UInt32] = [:]

    /// The ID of `value`, adding it when new.
    mutating func intern(_ value: Value) -> UInt32 {
        if let id = ids[value] { return id }
        let id = UInt32(values.count)
        values.append(value)
        ids[value] = id
        return id
    }

    /// The value of `id`.
    subscript(id: UInt32) -> Value { values[Int(id)] }
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
