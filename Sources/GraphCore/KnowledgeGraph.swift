import Dispatch

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
    /// The slug of each label key (the slug of every label and alias that lands in it).
    private var keySlugs: [String] = []
    /// The key of each (group, slug).
    private var keyOfName: [KeyName: UInt32] = [:]
    /// The key of each (group, interned string), so that a label is slugged once.
    private var keyOfString = PackedKeyTable()

    /// Distinct facts as documents state them (subject and object by label key), with their occurrences.
    private var facts: [FoldedFact] = []
    /// The folded fact of each key.
    private var factOfKey = PackedKeyTable()
    /// Every occurrence of a fact, in the order added; each names its folded fact.
    private var occurrences: [Occurrence] = []
    /// Distinct literal objects.
    private var literals = ValueTable<Literal>()
    /// Distinct postal addresses.
    private var addresses = ValueTable<PostalAddress>()
    /// Distinct (rule, confidence) pairs of evidence.
    private var ruleTags = ValueTable<RuleTag>()
    /// The tag of each (rule, confidence bits) pair.
    private var tagOfRule = PackedKeyTable()

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
        // The interned aliases of all mentions, mention after mention; mention m's start at aliasStart[m].
        var aliasIDs: [UInt32] = []
        var aliasStart: [Int] = []
        aliasStart.reserveCapacity(extraction.entities.count + 1)
        // Mentions and facts are read in place (not copied out of their arrays).
        var formIDs: [UInt32] = []
        extraction.entities.withUnsafeBufferPointer { mentions in
            for m in mentions.indices {
                let group = mentions[m].kind.resolutionGroup
                let label = strings.intern(mentions[m].label)
                let k = key(group: group, string: label)
                keyOfMention.append(k)
                aliasStart.append(aliasIDs.count)
                for alias in mentions[m].aliases { aliasIDs.append(strings.intern(alias)) }
                formIDs.removeAll(keepingCapacity: true)
                for form in mentions[m].surfaceForms { formIDs.append(strings.intern(form)) }
                var extra: UInt8 = 0
                for kind in mentions[m].extraKinds { extra |= 1 << KnowledgeGraph.kindIndex(kind) }
                keys[Int(k)].note(kind: mentions[m].kind, quality: mentions[m].quality, label: label,
                                  aliases: aliasIDs[aliasStart[m]...], forms: formIDs[...], extra: extra)
            }
            aliasStart.append(aliasIDs.count)
            // Aliases of a mention with a full or derived label claim their key for the mention's key.
            for m in mentions.indices where mentions[m].quality > .short {
                let group = mentions[m].kind.resolutionGroup
                for alias in aliasIDs[aliasStart[m] ..< aliasStart[m + 1]] {
                    let a = key(group: group, string: alias)
                    keys[Int(a)].claim(by: keyOfMention[m])
                }
            }
        }

        // Facts whose shape fits and whose entity indices exist; the confidence threshold applies at resolution.
        let count = extraction.entities.count
        var lastQuote: String? = nil
        var lastQuoteID: UInt32 = 0
        extraction.facts.withUnsafeBufferPointer { candidates in
            for c in candidates.indices where candidates[c].relation.accepts(candidates[c].object) {
                let subject = candidates[c].subject
                guard subject >= 0 && subject < count else { continue }
                let object: FoldedObject
                switch candidates[c].object {
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
                let factKey = FoldedFactKey(relation: candidates[c].relation, subject: keyOfMention[subject], object: object)
                let f: UInt32
                let (high, low) = factKey.packed
                if let existing = factOfKey.value(high, low) {
                    f = existing
                } else {
                    f = UInt32(facts.count)
                    factOfKey.insert(high, low, value: f)
                    facts.append(FoldedFact(key: factKey))
                }
                let tag = ruleTag(rule: strings.intern(candidates[c].evidence.rule), confidence: candidates[c].evidence.confidence)
                // Facts of one sentence follow each other: their quote is interned once.
                if lastQuote.map({ StringTable.sameBytes($0, candidates[c].evidence.quote) }) != true {
                    lastQuote = candidates[c].evidence.quote
                    lastQuoteID = strings.intern(candidates[c].evidence.quote)
                }
                occurrences.append(Occurrence(document: slot, quote: lastQuoteID, tag: tag, fact: f,
                                              begin: candidates[c].evidence.begin, end: candidates[c].evidence.end))
            }
        }
    }

    /// The interned (rule, confidence) pair, found by the two numbers in ``tagOfRule`` (a NaN confidence, never
    /// equal to itself, always takes the value table's path).
    private mutating func ruleTag(rule: UInt32, confidence: Double) -> UInt32 {
        guard !confidence.isNaN else { return ruleTags.intern(RuleTag(rule: rule, confidence: confidence)) }
        // 0 and -0 are equal confidences: one key.
        let bits = confidence == 0 ? 0 : confidence.bitPattern
        if let tag = tagOfRule.value(UInt64(rule), bits) { return tag }
        let tag = ruleTags.intern(RuleTag(rule: rule, confidence: confidence))
        tagOfRule.insert(UInt64(rule), bits, value: tag)
        return tag
    }

    /// The key of `string` (an interned label or alias) in resolution group `group`.
    private mutating func key(group: Int, string: UInt32) -> UInt32 {
        let cacheKey = UInt64(group) << 32 | UInt64(string)
        if let k = keyOfString.value(cacheKey, 0) { return k }
        let name = KeyName(group: UInt8(group), slug: Slug.make(strings[string]))
        let k: UInt32
        if let existing = keyOfName[name] {
            k = existing
        } else {
            k = UInt32(keys.count)
            keyOfName[name] = k
            keys.append(LabelKey())
            keySlugs.append(name.slug)
        }
        keyOfString.insert(cacheKey, 0, value: k)
        return k
    }

    /// Resolves entities and merges facts; facts below `minConfidence` are dropped first. With `threads` ≥ 2 the
    /// facts' sources are gathered on two threads; the result is the same.
    public func resolve(minConfidence: Double = 0, threads: Int = 1) -> ResolvedGraph {
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

        let (entities, entityOfKey) = resolveEntities()
        let facts = resolveFacts(entityOfKey: entityOfKey, entities: entities, documentOfSlot: documentOfSlot,
                                 minConfidence: minConfidence, threads: threads)
        return ResolvedGraph(documents: documents, entities: entities, facts: facts)
    }

    /// The entities sorted by IRI, and the entity of each label key (-1 for keys that are only aliases).
    private func resolveEntities() -> (entities: [ResolvedEntity], entityOfKey: [Int]) {
        // 1. Mentions with the same label slug in one group are already one key.
        // 2. Aliases claimed by exactly one label key join the key whose label is that alias.
        var sets = UnionFind(count: keys.count)
        for (a, key) in keys.enumerated() where key.isLabel {
            if case .one(let claimer) = key.claim { sets.union(Int(claimer), a) }
        }
        // Gather groups (label keys only: alias keys without a mention of their own are no entity), numbered in
        // the order of their first key; each group's keys in key order.
        var groupOfRoot = [Int32](repeating: -1, count: keys.count)
        var groupOfKey = [Int32](repeating: -1, count: keys.count)
        var groupCount = 0
        for (k, key) in keys.enumerated() where key.isLabel {
            let root = sets.find(k)
            if groupOfRoot[root] < 0 {
                groupOfRoot[root] = Int32(groupCount)
                groupCount += 1
            }
            groupOfKey[k] = groupOfRoot[root]
        }
        // The keys of each group, contiguous: group g's keys are groupKeys[groupStart[g] ..< groupStart[g + 1]].
        var groupStart = [Int](repeating: 0, count: groupCount + 1)
        for g in groupOfKey where g >= 0 { groupStart[Int(g) + 1] += 1 }
        for g in 0..<groupCount { groupStart[g + 1] += groupStart[g] }
        var fill = groupStart
        var groupKeys = [Int](repeating: 0, count: groupStart[groupCount])
        for (k, g) in groupOfKey.enumerated() where g >= 0 {
            groupKeys[fill[Int(g)]] = k
            fill[Int(g)] += 1
        }

        var drafts: [ResolvedEntity] = []
        drafts.reserveCapacity(groupCount)
        var scores = LabelScores()
        var nameIDs: [UInt32] = []
        var nameStamp = [Int32](repeating: -1, count: strings.count)
        for g in 0..<groupCount {
            var kindCount = SIMD8<Int32>()
            var extraMask: UInt8 = 0
            scores.removeAll()
            nameIDs.removeAll(keepingCapacity: true)
            for k in groupKeys[groupStart[g] ..< groupStart[g + 1]] {
                let key = keys[k]
                kindCount &+= key.kindCounts
                for tally in key.labels { scores.add(tally, key: k, strings: strings) }
                for name in key.names.ids where nameStamp[Int(name)] != Int32(g) {
                    nameStamp[Int(name)] = Int32(g)
                    nameIDs.append(name)
                }
                extraMask |= key.extraKinds
            }
            // The most frequent kind; on a tie the first in the kinds' order.
            var kindIndex = 0
            for i in 0..<EntityKind.allCases.count where kindCount[i] > kindCount[kindIndex] { kindIndex = i }
            let kind = EntityKind.allCases[kindIndex]
            let best = scores.best()
            let label = best.label
            var extra: [EntityKind] = []
            for (i, k) in EntityKind.allCases.enumerated() where i != kindIndex && (kindCount[i] > 0 || extraMask & (1 << i) != 0) {
                extra.append(k)
            }
            // Every other name, once per canonically equivalent spelling (the first by ID), sorted.
            nameIDs.sort()
            var names: [String] = []
            names.reserveCapacity(nameIDs.count)
            for id in nameIDs {
                let name = strings[id]
                if !name.isEmpty && name != label { names.append(name) }
            }
            names.sort()
            if names.count > 1 {
                var unique = 1
                for i in 1..<names.count where names[i] != names[unique - 1] {
                    names.swapAt(unique, i)
                    unique += 1
                }
                names.removeSubrange(unique...)
            }
            // The label's key has the label's slug.
            let iri = IRI(trusted: base.string + kind.pathSegment + "/" + keySlugs[best.key])
            drafts.append(ResolvedEntity(iri: iri, kind: kind, extraKinds: extra, label: label, altLabels: names))
        }
        let draftOrder = drafts.withUnsafeBufferPointer { drafts in
            drafts.indices.sorted { a, b in
                drafts[a].iri != drafts[b].iri ? drafts[a].iri < drafts[b].iri : drafts[a].label < drafts[b].label
            }
        }
        // Two groups can only share an IRI if their labels collide after slugging across kinds of one group; merge them.
        var entities: [ResolvedEntity] = []
        entities.reserveCapacity(drafts.count)
        var entityOfGroup = [Int](repeating: -1, count: groupCount)
        for g in draftOrder {
            let draft = drafts[g]
            if let last = entities.last, last.iri == draft.iri {
                let merged = Set(last.altLabels).union(draft.altLabels).union([draft.label]).subtracting([last.label])
                entities[entities.count - 1] = ResolvedEntity(iri: last.iri, kind: last.kind,
                                                              extraKinds: Array(Set(last.extraKinds).union(draft.extraKinds)).sorted(),
                                                              label: last.label, altLabels: merged.sorted())
            } else {
                entities.append(draft)
            }
            entityOfGroup[g] = entities.count - 1
        }
        var entityOfKey = [Int](repeating: -1, count: keys.count)
        for (k, g) in groupOfKey.enumerated() where g >= 0 { entityOfKey[k] = entityOfGroup[Int(g)] }
        return (entities, entityOfKey)
    }

    /// The facts at or above `minConfidence`, merged by (relation, subject, object) and sorted by subject, relation
    /// and object; roles merge by their slug without hyphens.
    private func resolveFacts(entityOfKey: [Int], entities: [ResolvedEntity], documentOfSlot: [Int],
                              minConfidence: Double, threads: Int) -> [ResolvedFact] {
        // The rank of each evidence tag's rule in name order, for the order of a fact's sources.
        let ruleRank = strings.ranks(of: ruleTags.values.map(\.rule))
        let tagRank = ruleTags.values.map { ruleRank[Int($0.rule)]! }
        let tagKept = ruleTags.values.map { $0.confidence >= minConfidence }

        // Merged facts: their keys, and per merged fact the chain of folded facts (in fact order) it gathers.
        var mergedIndex = PackedKeyTable()
        var mergedKeys: [MergedFactKey] = []
        var mergedFirst: [Int32] = []
        var mergedLast: [Int32] = []
        var nextFolded = [Int32](repeating: -1, count: facts.count)
        var keptCount = [Int32](repeating: 0, count: facts.count)
        // Roles: the key of each role form, the distinct role keys, and how often each spelling of a key is stated.
        var roleKeyOfForm: [UInt32: Int32] = [:]
        var roleKeyIndex: [String: Int32] = [:]
        var roleKeys: [String] = []
        var roleForms: [[String: Int]] = []
        // The occurrences at or above the threshold, by folded fact (each fact's in the order added): one pass in
        // order over the occurrences, not one walk per fact.
        for occurrence in occurrences where tagKept[Int(occurrence.tag)] { keptCount[Int(occurrence.fact)] += 1 }
        var keptStart = [Int](repeating: 0, count: facts.count + 1)
        for f in facts.indices { keptStart[f + 1] = keptStart[f] + Int(keptCount[f]) }
        var keptOccurrences = [UInt32](repeating: 0, count: keptStart[facts.count])
        do {
            var fill = keptStart
            for (o, occurrence) in occurrences.enumerated() where tagKept[Int(occurrence.tag)] {
                keptOccurrences[fill[Int(occurrence.fact)]] = UInt32(o)
                fill[Int(occurrence.fact)] += 1
            }
        }
        for (f, fact) in facts.enumerated() {
            let kept = keptCount[f]
            if kept == 0 { continue }
            let key = fact.key
            var subject = entityOfKey[Int(key.subject)]
            let object: MergedObject
            switch key.object {
            case .entity(let k):
                let other = entityOfKey[Int(k)]
                if other == subject { continue }  // merged into itself
                if key.relation == .partnerOf && other < subject {
                    object = .entity(Int32(subject))
                    subject = other
                } else {
                    object = .entity(Int32(other))
                }
            case .literal(let l):
                object = .literal(l)
            case .post(let role, let organization):
                // Spelling variants of one role ("Chef-Repräsentant", "Chefrepräsentant") are one post.
                let form = strings[role]
                let roleKey: Int32
                if let known = roleKeyOfForm[role] {
                    roleKey = known
                } else {
                    let text = String(Slug.make(form).filter { $0 != "-" })
                    if let index = roleKeyIndex[text] {
                        roleKey = index
                    } else {
                        roleKey = Int32(roleKeys.count)
                        roleKeyIndex[text] = roleKey
                        roleKeys.append(text)
                        roleForms.append([:])
                    }
                    roleKeyOfForm[role] = roleKey
                }
                roleForms[Int(roleKey)][form, default: 0] += Int(kept)
                var org = organization.map { entityOfKey[Int($0)] } ?? -1
                if org == subject { org = -1 }
                object = .post(role: roleKey, organization: Int32(org))
            case .address(let a):
                object = .address(a)
            }
            let mergedKey = MergedFactKey(relation: key.relation, subject: Int32(subject), object: object)
            let (high, low) = mergedKey.packed
            if let m = mergedIndex.value(high, low) {
                nextFolded[Int(mergedLast[Int(m)])] = Int32(f)
                mergedLast[Int(m)] = Int32(f)
            } else {
                mergedIndex.insert(high, low, value: UInt32(mergedKeys.count))
                mergedKeys.append(mergedKey)
                mergedFirst.append(Int32(f))
                mergedLast.append(Int32(f))
            }
        }
        let roleDisplay = roleForms.enumerated().map { r, forms in
            forms.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? roleKeys[r]
        }

        // The resolved objects, and the merged facts in order of subject, relation and object.
        let objects: [ResolvedObject] = mergedKeys.map { key in
            switch key.object {
            case .entity(let e): return .entity(Int(e))
            case .literal(let l): return .literal(literals[l])
            case .post(let role, let org): return .post(role: roleDisplay[Int(role)], organization: org < 0 ? nil : Int(org))
            case .address(let a): return .address(addresses[a])
            }
        }
        // The order of objects (see ``ObjectOrder``) as integers: literals, roles (by display label) and addresses
        // ranked once by their values, so that sorting the facts compares numbers, not strings.
        let literalRank = Self.ranks(of: mergedKeys.compactMap { key -> UInt32? in
            if case .literal(let l) = key.object { return l } else { return nil }
        }, count: literals.values.count, by: literals.values)
        let addressRank = Self.ranks(of: mergedKeys.compactMap { key -> UInt32? in
            if case .address(let a) = key.object { return a } else { return nil }
        }, count: addresses.values.count, by: addresses.values)
        let roleRank = Self.ranks(of: (0 ..< UInt32(roleDisplay.count)).map { $0 }, count: roleDisplay.count, by: roleDisplay)
        let sortKeys: [FactSortKey] = mergedKeys.map { key in
            let relation = Int32(KnowledgeGraph.relationIndex(key.relation))
            switch key.object {
            case .entity(let e): return FactSortKey(subject: key.subject, relation: relation, kind: 0, first: Int(e), second: 0)
            case .literal(let l): return FactSortKey(subject: key.subject, relation: relation, kind: 1, first: literalRank[Int(l)], second: 0)
            case .post(let role, let org):
                return FactSortKey(subject: key.subject, relation: relation, kind: 2, first: roleRank[Int(role)], second: Int(org))
            case .address(let a): return FactSortKey(subject: key.subject, relation: relation, kind: 3, first: addressRank[Int(a)], second: 0)
            }
        }
        let factOrder = sortKeys.indices.sorted { a, b in sortKeys[a] < sortKeys[b] }

        // The tables the source order reads, as locals: the sort's closure captures these, not the whole graph.
        let occurrences = self.occurrences
        let ruleTags = self.ruleTags
        let strings = self.strings
        /// Initialises `out[i]` with the merged fact `factOrder[i]` for each `i` in `range`: its kept sources in order.
        func build(_ range: Range<Int>, into out: UnsafeMutablePointer<ResolvedFact>) {
            var list: [UInt32] = []
            for i in range {
                let m = factOrder[i]
                // The kept occurrences of every folded fact merged here.
                list.removeAll(keepingCapacity: true)
                // Folded facts in fact order, each one's occurrences latest first.
                var f = mergedFirst[m]
                while f >= 0 {
                    list.append(contentsOf: keptOccurrences[keptStart[Int(f)] ..< keptStart[Int(f) + 1]].reversed())
                    f = nextFolded[Int(f)]
                }
                // Sources in document order, then by offsets and rule; the same evidence in one document counts once.
                // (A single source, the usual case, needs no sorting.)
                if list.count > 1 {
                    list.sort { a, b in
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
                }
                var sources: [FactSource] = []
                sources.reserveCapacity(list.count)
                var previous: Occurrence? = nil
                for o in list {
                    let occurrence = occurrences[Int(o)]
                    if let previous, previous.sameEvidence(as: occurrence) { continue }
                    previous = occurrence
                    let tag = ruleTags[occurrence.tag]
                    sources.append(FactSource(document: documentOfSlot[Int(occurrence.document)],
                                              evidence: Evidence(quote: strings[occurrence.quote], begin: occurrence.begin,
                                                                 end: occurrence.end, rule: strings[tag.rule],
                                                                 confidence: tag.confidence)))
                }
                let key = mergedKeys[m]
                (out + i).initialize(to: ResolvedFact(relation: key.relation, subject: Int(key.subject), object: objects[m],
                                                      sources: sources))
            }
        }
        // With two threads, each builds one half of the facts in place (the same facts in the same places).
        let count = factOrder.count
        return [ResolvedFact](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let out = buffer.baseAddress, count > 0 else { return }
            if threads >= 2 && count >= Self.factsPerThreadMinimum * 2 {
                let middle = count / 2
                withoutActuallyEscaping({ (part: Int) in build(part == 0 ? 0 ..< middle : middle ..< count, into: out) }) { body in
                    // The halves are disjoint and the tables `build` reads are not changed while it runs.
                    let halves = DisjointParts(body)
                    DispatchQueue.concurrentPerform(iterations: 2) { part in halves.run(part) }
                }
            } else {
                build(0 ..< count, into: out)
            }
            initialized = count
        }
    }

    /// Fewer facts than twice this are resolved on one thread (starting a second one would cost more than it saves).
    static let factsPerThreadMinimum = 2048
}

/// Work split into parts that touch disjoint memory and only read shared state, run on several threads at once.
private struct DisjointParts: @unchecked Sendable {
    /// Runs one part.
    let run: (Int) -> Void

    init(_ run: @escaping (Int) -> Void) { self.run = run }
}

/// The position of a merged fact in the graph's order: subject, relation, then the object (see ``ObjectOrder``) as
/// its kind and one or two numbers (an entity index; the rank of a literal or address; a role's rank and the
/// organisation, -1 for none).
private struct FactSortKey: Comparable {
    let subject: Int32
    let relation: Int32
    let kind: Int32
    let first: Int
    let second: Int

    static func < (a: FactSortKey, b: FactSortKey) -> Bool {
        if a.subject != b.subject { return a.subject < b.subject }
        if a.relation != b.relation { return a.relation < b.relation }
        if a.kind != b.kind { return a.kind < b.kind }
        if a.first != b.first { return a.first < b.first }
        return a.second < b.second
    }
}

extension KnowledgeGraph {
    /// The rank of each of `ids` (indices into `values`, `count` of them) in the order of their values: values that
    /// neither precedes the other share a rank. Entries for other indices are 0.
    fileprivate static func ranks<Value: Comparable>(of ids: [UInt32], count: Int, by values: [Value]) -> [Int] {
        var used = [Bool](repeating: false, count: count)
        var distinct: [Int] = []
        for id in ids where !used[Int(id)] {
            used[Int(id)] = true
            distinct.append(Int(id))
        }
        return values.withUnsafeBufferPointer { values in
            distinct.sort { values[$0] < values[$1] }
            var rank = [Int](repeating: 0, count: count)
            var r = 0
            for (i, id) in distinct.enumerated() {
                if i > 0 && values[distinct[i - 1]] < values[id] { r += 1 }
                rank[id] = r
            }
            return rank
        }
    }
}

/// The object of a fact after entity resolution, by entity index, interned value or role key.
private enum MergedObject: Hashable, Sendable {
    case entity(Int32)
    case literal(UInt32)
    case post(role: Int32, organization: Int32)
    case address(UInt32)
}

/// What facts merge by: relation, resolved subject and resolved object.
private struct MergedFactKey: Hashable, Sendable {
    let relation: Relation
    let subject: Int32
    let object: MergedObject

    /// The key as two words, equal exactly when the keys are: subject, relation and object kind in the first; the
    /// object's value (a post's role and organisation) in the second.
    var packed: (high: UInt64, low: UInt64) {
        let kind: UInt64
        let low: UInt64
        switch object {
        case .entity(let e): kind = 0; low = UInt64(UInt32(bitPattern: e))
        case .literal(let l): kind = 1; low = UInt64(l)
        case .post(let role, let organization):
            kind = 2; low = UInt64(UInt32(bitPattern: role)) | UInt64(UInt32(bitPattern: organization)) << 32
        case .address(let a): kind = 3; low = UInt64(a)
        }
        return (UInt64(UInt32(bitPattern: subject)) | UInt64(KnowledgeGraph.relationIndex(relation)) << 32 | kind << 40, low)
    }
}

/// The labels of one entity's keys with their best quality and total count; canonically equivalent labels
/// (equal as `String`s) are one label, spelt as the first one seen.
private struct LabelScores {
    /// One distinct label.
    struct Entry {
        let label: String
        /// The key the label was first seen in (its slug is the label's slug).
        let key: Int
        let id: UInt32
        var quality: LabelQuality
        var count: Int
    }

    /// The labels in order of first appearance.
    private(set) var entries: [Entry] = []
    /// Entry by label, once there are many (a linear scan is cheaper for the usual one to three labels).
    private var index: [String: Int]? = nil

    mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
        index = nil
    }

    /// Adds a label tally of key `key`.
    mutating func add(_ tally: LabelTally, key: Int, strings: StringTable) {
        var found = -1
        if let index {
            found = index[strings[tally.label]] ?? -1
        } else {
            for (i, entry) in entries.enumerated() where entry.id == tally.label {
                found = i
                break
            }
            if found < 0 {
                let label = strings[tally.label]
                for (i, entry) in entries.enumerated() where entry.label == label {
                    found = i
                    break
                }
            }
        }
        if found >= 0 {
            entries[found].quality = max(entries[found].quality, tally.quality)
            entries[found].count += Int(tally.count)
            return
        }
        let label = strings[tally.label]
        entries.append(Entry(label: label, key: key, id: tally.label, quality: tally.quality, count: Int(tally.count)))
        if index != nil {
            index![label] = entries.count - 1
        } else if entries.count == 16 {
            var built: [String: Int] = [:]
            for (i, entry) in entries.enumerated() { built[entry.label] = i }
            index = built
        }
    }

    /// The canonical label: best quality, then most frequent, then longest, then first in reverse string order.
    func best() -> Entry {
        entries.max { a, b in
            if a.quality != b.quality { return a.quality < b.quality }
            if a.count != b.count { return a.count < b.count }
            if a.label.count != b.label.count { return a.label.count < b.label.count }
            return a.label > b.label
        }!
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

/// A set of interned string IDs in order of insertion: a linear scan while small, a hash set once large.
private struct IDSet: Sendable {
    /// The IDs, each once, in order of insertion.
    private(set) var ids: [UInt32] = []
    /// The IDs as a set, once there are many.
    private var index: Set<UInt32>? = nil

    /// Adds `id` unless present.
    mutating func insert(_ id: UInt32) {
        if index != nil {
            if index!.insert(id).inserted { ids.append(id) }
            return
        }
        for known in ids where known == id { return }
        ids.append(id)
        if ids.count == 32 { index = Set(ids) }
    }
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
    var names = IDSet()
    /// Extra kinds mentions gave, one bit per kind.
    var extraKinds: UInt8 = 0
    /// The label keys whose mentions name this key as an alias.
    var claim = Claim.none

    /// True when some mention has this key's slug as its label.
    var isLabel: Bool { !labels.isEmpty }

    /// Counts one mention of kind `kind` and quality `quality` whose label, aliases and surface forms are the interned
    /// `label`, `aliases` and `forms`, and whose extra kinds are `extra` (one bit per kind).
    mutating func note(kind: EntityKind, quality: LabelQuality, label: UInt32, aliases: ArraySlice<UInt32>,
                       forms: ArraySlice<UInt32>, extra: UInt8) {
        kindCounts[KnowledgeGraph.kindIndex(kind)] &+= 1
        if let i = labels.firstIndex(where: { $0.label == label }) {
            labels[i].quality = max(labels[i].quality, quality)
            labels[i].count += 1
        } else {
            labels.append(LabelTally(label: label, quality: quality, count: 1))
        }
        names.insert(label)
        for alias in aliases { names.insert(alias) }
        for form in forms { names.insert(form) }
        extraKinds |= extra
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
    /// The position of `relation` in ``Relation/allCases``.
    static func relationIndex(_ relation: Relation) -> Int {
        switch relation {
        case .holdsRole: return 0
        case .memberOf: return 1
        case .containedInPlace: return 2
        case .location: return 3
        case .partnerOf: return 4
        case .foundingDate: return 5
        case .alias: return 6
        case .signatory: return 7
        case .signingDate: return 8
        case .startDate: return 9
        case .organizer: return 10
        case .attendee: return 11
        case .email: return 12
        case .telephone: return 13
        case .faxNumber: return 14
        case .url: return 15
        case .address: return 16
        }
    }

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

    /// The key as two words, equal exactly when the keys are: subject, relation and object kind in the first;
    /// the object's value (and a post's organisation + 1, or 0) in the second.
    var packed: (high: UInt64, low: UInt64) {
        let kind: UInt64
        let low: UInt64
        switch object {
        case .entity(let k): kind = 0; low = UInt64(k)
        case .literal(let l): kind = 1; low = UInt64(l)
        case .post(let role, let organization): kind = 2; low = UInt64(role) | (organization.map { UInt64($0) + 1 } ?? 0) << 32
        case .address(let a): kind = 3; low = UInt64(a)
        }
        return (UInt64(subject) | UInt64(KnowledgeGraph.relationIndex(relation)) << 32 | kind << 40, low)
    }
}

/// A distinct fact as documents state it.
private struct FoldedFact: Sendable {
    let key: FoldedFactKey
}

/// A rule and its confidence, interned together.
private struct RuleTag: Hashable, Sendable {
    let rule: UInt32
    let confidence: Double
}

/// One document's support for a folded fact, compactly.
private struct Occurrence: Sendable {
    /// The document slot.
    let document: UInt32
    /// The interned quote.
    let quote: UInt32
    /// The interned rule and confidence.
    let tag: UInt32
    /// The folded fact it supports.
    let fact: UInt32
    /// Offset of the quote's first Unicode scalar.
    let begin: Int
    /// Offset just past the quote.
    let end: Int

    /// True when both are the same evidence in the same document.
    func sameEvidence(as other: Occurrence) -> Bool {
        document == other.document && begin == other.begin && end == other.end && tag == other.tag && quote == other.quote
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
