/// How provenance is written beside the truthy facts.
public enum ProvenanceMode: String, CaseIterable, Sendable {
    /// Reified `rdf:Statement` nodes for relation triples and `prov:wasDerivedFrom` on n-ary nodes (the contract's default).
    case statements
    /// Only the truthy facts and the document nodes.
    case none
    /// One named graph per document (TriG, N-Quads): the graph named by the document IRI holds the
    /// truthy triples of the facts that document states; the default graph holds entity
    /// descriptions, roles, addresses and the document nodes. No statement nodes.
    case graphs
}

/// Turns a ``ResolvedGraph`` into the triples of the graph contract and feeds them to a ``GraphSink``.
///
/// Entities get their types, one `rdfs:label` and their `skos:altLabel`s; relations become
/// truthy triples (posts, events and agreements as n-ary nodes); every document becomes a
/// `schema:CreativeWork`; with ``ProvenanceMode/statements`` each relation triple is
/// described by an `rdf:Statement` node per source sentence, and n-ary nodes carry
/// `prov:wasDerivedFrom` themselves.
public struct RDFMapper: Sendable {
    /// The base IRI of entities, posts, roles, addresses and documents.
    public let base: IRI
    /// The provenance rendering.
    public let provenance: ProvenanceMode

    /// A mapper minting auxiliary IRIs under `base`.
    public init(base: IRI = KnowledgeGraph.defaultBase, provenance: ProvenanceMode = .statements) {
        self.base = base
        self.provenance = provenance
    }

    /// The prefixes to declare: the standard ones plus `id:` for the base.
    public var prefixes: [Prefix] { StandardPrefixes.all + [Prefix("id", base)] }

    /// The IRI of a document: base + `doc/` + the first 16 hex digits of its content hash.
    public func documentIRI(_ document: DocumentInfo) -> IRI {
        IRI(trusted: base.string + "doc/" + String(document.contentHash.prefix(16)))
    }

    /// The IRI of a role: base + `role/` + slug.
    public func roleIRI(_ role: String) -> IRI { IRI(trusted: base.string + "role/" + Slug.make(role)) }

    /// Writes the whole graph: `start`, every triple, `finish`.
    ///
    /// A ``TermIDSink`` is handed term ids instead of `Triple`s: each entity, document, rule, confidence, number and
    /// role term is interned once (the first time it occurs) and its id reused, with the same effect.
    public func write<S: GraphSink>(_ graph: ResolvedGraph, to sink: inout S) throws(GraphCoreError) {
        try sink.start(prefixes: prefixes)
        if sink is any TermIDSink {
            try emitIDs(graph, to: &sink)
        } else {
            try emit(graph) { (triple: Triple) throws(GraphCoreError) in try sink.write(triple) }
        }
        try sink.finish()
    }

    /// Hands `sink` (a ``TermIDSink``) every triple as ids through an ``IDReceiver``.
    ///
    /// Not inlined into ``write(_:to:)``: the receiver and the mapping's own tables are freed when this returns, before
    /// the sink's `finish()` needs its memory.
    @inline(never)
    private func emitIDs<S: GraphSink>(_ graph: ResolvedGraph, to sink: inout S) throws(GraphCoreError) {
        var receiver = IDReceiver(sink: sink as! any TermIDSink, entities: graph.entities.count, documents: graph.documents.count)
        var failure: GraphCoreError? = nil
        do throws(GraphCoreError) { try emitCore(graph, quads: false, &receiver) } catch { failure = error }
        sink = receiver.sink as! S  // also after a failure: the caller's sink is the one written to
        if let failure { throw failure }
    }

    /// Writes the whole graph as quads: `start`, every triple with its graph, `finish`.
    ///
    /// With ``ProvenanceMode/graphs`` each fact's triples go into the named graph of every
    /// document that states it; everything else goes into the default graph (see ``emitQuads(_:_:)``).
    public func writeQuads<S: QuadSink>(_ graph: ResolvedGraph, to sink: inout S) throws(GraphCoreError) {
        try sink.start(prefixes: prefixes)
        try emitQuads(graph) { (triple: Triple, name: IRI?) throws(GraphCoreError) in try sink.write(triple, in: name) }
        try sink.finish()
    }

    /// Calls `body` with every triple of the graph, in a deterministic order.
    ///
    /// With ``ProvenanceMode/graphs`` (which has no triple-only rendering) a fact's triples are
    /// written once and no provenance at all: use ``emitQuads(_:_:)`` for the named graphs.
    public func emit(_ graph: ResolvedGraph, _ body: (Triple) throws(GraphCoreError) -> Void) throws(GraphCoreError) {
        try emitTriples(graph, quads: false) { (triple: Triple, _: IRI?) throws(GraphCoreError) in try body(triple) }
    }

    /// Appends every triple of the graph, in the order of ``emit(_:_:)``, to `batch`, and calls `full` with the batch
    /// each time it holds `size` triples; `full` takes the batch and leaves an empty one (its last triples stay in
    /// `batch`). Each entity, document, rule, confidence, number, role and predicate is numbered at its first
    /// occurrence and referred to by its number afterwards (see ``TripleBatch``), across all batches of the call.
    public func emit(_ graph: ResolvedGraph, batchesOf size: Int, into batch: inout TripleBatch,
                     full: (inout TripleBatch) throws(GraphCoreError) -> Void) throws(GraphCoreError) {
        let result: Result<Void, GraphCoreError> = withoutActuallyEscaping(full) { full in
            var receiver = BatchReceiver(batch: batch, size: max(1, size), entities: graph.entities.count,
                                         documents: graph.documents.count, full: full)
            batch = TripleBatch()
            defer { batch = receiver.batch }
            do throws(GraphCoreError) { try emitCore(graph, quads: false, &receiver); return .success(()) } catch { return .failure(error) }
        }
        try result.get()
    }

    /// Calls `body` with every triple of the graph and the graph it belongs to (nil: the default graph).
    ///
    /// With ``ProvenanceMode/graphs``, the truthy triples of each fact (the relation triple; for a
    /// post also its `org:Post` node) are given once per stating document, named by the
    /// ``documentIRI(_:)``; entity types, labels, alternative labels, roles, addresses and the
    /// document nodes are given in the default graph. With the other modes every triple is in the
    /// default graph, exactly as ``emit(_:_:)`` gives them.
    public func emitQuads(_ graph: ResolvedGraph, _ body: (Triple, IRI?) throws(GraphCoreError) -> Void) throws(GraphCoreError) {
        try emitTriples(graph, quads: true, body)
    }

    /// ``emitCore(_:quads:_:)`` calling `body` with each triple as a `Triple`.
    private func emitTriples(_ graph: ResolvedGraph, quads: Bool,
                             _ body: (Triple, IRI?) throws(GraphCoreError) -> Void) throws(GraphCoreError) {
        let result: Result<Void, GraphCoreError> = withoutActuallyEscaping(body) { body in
            var receiver = TripleReceiver(body: body)
            do throws(GraphCoreError) { try emitCore(graph, quads: quads, &receiver); return .success(()) } catch { return .failure(error) }
        }
        try result.get()
    }

    /// Which term a mapped term is, for a receiver that keeps the id of each such term (``IDReceiver``): equal keys
    /// always come with equal terms.
    enum TermKey {
        /// A term without a key (interned at every occurrence).
        case none
        /// The IRI of entity number `i`.
        case entity(Int)
        /// The IRI of document number `d`.
        case document(Int)
        /// The literal of the rule with this number.
        case rule(Int32)
        /// The confidence literal of this many hundredths.
        case confidence(Int)
        /// The `xsd:integer` literal of this non-negative value.
        case integer(Int)
        /// The IRI of the role with this number.
        case role(Int)
        /// An IRI also used as a predicate.
        case predicate
    }

    /// Where ``emitCore(_:quads:_:)`` sends each triple: its terms with their keys, and its graph (nil: the default).
    ///
    /// The predicate and the object are given as closures, evaluated only when the receiver needs their values; a
    /// predicate slot (0..<``predicateSlots``, or -1 for none) names a predicate that always comes with the same IRI.
    protocol MappedTripleReceiver {
        /// Accepts the triple (`s`, `p`, `o`) in `graph`.
        mutating func accept(_ s: Term, _ sKey: TermKey, _ p: @autoclosure () -> IRI, _ pSlot: Int,
                             _ o: @autoclosure () -> Term, _ oKey: TermKey, in graph: IRI?) throws(GraphCoreError)
        /// Accepts the ten triples of the statement node labelled `label` (ASCII, valid during the call) in the default
        /// graph, exactly as ``accept(_:_:_:_:_:_:in:)`` would be called for each in turn (the default): type, the
        /// described triple's `subject`, `predicate` and `object`, the source document, the `quote`, the rule, the
        /// confidence and the offsets, with the plain numbers in `numbers`.
        ///
        /// The parts are passed as arguments (borrowed for the call), not gathered into a value that would retain and
        /// release each of them once more per node.
        mutating func acceptStatement(label: UnsafeBufferPointer<UInt8>, subject: Term, subjectKey: TermKey, predicate: IRI,
                                      object: Term, objectKey: TermKey, documentIRI: IRI, quote: String, ruleTerm: Term,
                                      numbers: StatementNumbers) throws(GraphCoreError)
    }

    /// The number of predicate slots (the predicates of a statement node, in the order of
    /// ``MappedTripleReceiver/acceptStatement(_:)``).
    static let predicateSlots = 10

    /// The plain numbers of one `rdf:Statement` node (see ``MappedTripleReceiver/acceptStatement(label:subject:subjectKey:predicate:object:objectKey:documentIRI:quote:ruleTerm:numbers:)``):
    /// no reference-counted parts, so passing them costs no retain.
    struct StatementNumbers {
        /// The source document's index.
        let document: Int
        /// The rule's number (in order of first use).
        let rule: Int32
        /// The confidence in hundredths (the index of its literal in ``RDFMapper/confidenceTerms``).
        let confidence: Int
        /// The offsets of the quote in the document.
        let begin: Int
        let end: Int
    }

    /// Appends each triple to a ``TripleBatch``, numbering each keyed term the first time it occurs and giving a
    /// reference to its number at every later occurrence (see ``TripleBatch``), and hands a full batch to a closure.
    struct BatchReceiver: MappedTripleReceiver {
        /// The batch being filled.
        var batch: TripleBatch
        /// Triples per batch.
        let size: Int
        /// Takes a full batch and leaves an empty one in its place.
        let full: (inout TripleBatch) throws(GraphCoreError) -> Void
        /// The next number to give.
        private var next: UInt32 = 0
        /// The number of each keyed term and predicate given so far.
        private var numbers: KeyedNumbers

        init(batch: consuming TripleBatch, size: Int, entities: Int, documents: Int,
             full: @escaping (inout TripleBatch) throws(GraphCoreError) -> Void) {
            self.batch = batch
            self.size = size
            self.full = full
            self.numbers = KeyedNumbers(entities: entities, documents: documents)
        }

        /// Gives the next number.
        @inline(__always)
        private static func give(_ next: inout UInt32) -> UInt32 {
            next += 1
            return next - 1
        }

        /// The part of an IRI used as a predicate, numbered by its bytes among the first ``KnownIRIs/limit``.
        @inline(__always)
        private mutating func predicatePart(_ iri: IRI) -> TripleBatch.Part {
            if let number = numbers.knownIRIs.value(of: iri) { return .reference(number) }
            guard !numbers.knownIRIs.isFull else { return .term(.iri(iri)) }
            numbers.knownIRIs.add(iri, next)
            return .numbered(.iri(iri), Self.give(&next))
        }

        /// The part of the predicate `iri` in `slot` (-1: none).
        @inline(__always)
        private mutating func predicatePart(_ iri: () -> IRI, _ slot: Int) -> TripleBatch.Part {
            guard slot >= 0 else { return predicatePart(iri()) }
            let (number, fresh) = numbers.predicate(slot, &next, Self.give)
            return fresh ? .numbered(.iri(iri()), number) : .reference(number)
        }

        /// The part of `term` with key `key`: a reference once numbered, else the term with a new number.
        @inline(__always)
        private mutating func part(_ term: () -> Term, _ key: TermKey) -> TripleBatch.Part {
            if case .predicate = key {
                let value = term()
                guard case .iri(let iri) = value else { return .term(value) }
                return predicatePart(iri)
            }
            guard let (number, fresh) = numbers.number(key, &next, Self.give) else { return .term(term()) }
            return fresh ? .numbered(term(), number) : .reference(number)
        }

        @inline(__always)
        mutating func accept(_ s: Term, _ sKey: TermKey, _ p: @autoclosure () -> IRI, _ pSlot: Int,
                             _ o: @autoclosure () -> Term, _ oKey: TermKey, in graph: IRI?) throws(GraphCoreError) {
            let subject: TripleBatch.Part
            if case .blank = s { subject = .term(s) } else { subject = part({ s }, sKey) }
            let predicate = predicatePart(p, pSlot)
            let object = part(o, oKey)
            try add(subject, predicate, object)
        }

        /// Appends one triple and hands the batch over when it is full.
        @inline(__always)
        private mutating func add(_ s: TripleBatch.Part, _ p: TripleBatch.Part, _ o: TripleBatch.Part) throws(GraphCoreError) {
            batch.append(s, p, o)
            if batch.count >= size { try full(&batch) }
        }

        /// The ten triples appended straight from their parts: the label's bytes and the quote's string go into the
        /// batch without a `Term` being made, the other terms are numbered as in ``accept(_:_:_:_:_:_:in:)``.
        mutating func acceptStatement(label: UnsafeBufferPointer<UInt8>, subject: Term, subjectKey: TermKey, predicate: IRI,
                                      object: Term, objectKey: TermKey, documentIRI: IRI, quote: String, ruleTerm: Term,
                                      numbers n: StatementNumbers) throws(GraphCoreError) {
            let st = TripleBatch.Part.blank(label)
            try add(st, predicatePart({ RDF.type }, 0), predicatePart(RDF.Statement))
            try add(st, predicatePart({ RDF.subject }, 1), part({ subject }, subjectKey))
            try add(st, predicatePart({ RDF.predicate }, 2), predicatePart(predicate))
            try add(st, predicatePart({ RDF.object }, 3), part({ object }, objectKey))
            try add(st, predicatePart({ PROV.wasDerivedFrom }, 4), part({ .iri(documentIRI) }, .document(n.document)))
            try add(st, predicatePart({ GE.quote }, 5), .string(quote))
            try add(st, predicatePart({ GE.rule }, 6), part({ ruleTerm }, .rule(n.rule)))
            try add(st, predicatePart({ GE.confidence }, 7),
                    part({ RDFMapper.confidenceTerms[n.confidence] }, .confidence(n.confidence)))
            try add(st, predicatePart({ GE.beginIndex }, 8), part({ RDFMapper.integerTerm(n.begin) }, .integer(n.begin)))
            try add(st, predicatePart({ GE.endIndex }, 9), part({ RDFMapper.integerTerm(n.end) }, .integer(n.end)))
        }
    }

    /// Per key kind, the number + 1 a receiver gave each keyed term and each predicate slot (0: none yet), so that each
    /// such term is numbered (``BatchReceiver``) or interned (``IDReceiver``) once.
    struct KeyedNumbers {
        private var entities: [UInt32]
        private var documents: [UInt32]
        private var rules: [UInt32] = []
        private var confidences = [UInt32](repeating: 0, count: 101)
        private var integers: [UInt32] = []
        private var roles: [UInt32] = []
        private var predicates = [UInt32](repeating: 0, count: RDFMapper.predicateSlots)
        /// IRIs used as predicates (predicate position without a slot, or ``TermKey/predicate``) with their numbers.
        var knownIRIs = KnownIRIs()
        /// Integers from this value on are not kept.
        private static var integerLimit: Int { 1 << 20 }

        /// Tables sized for this many entities and documents.
        init(entities: Int, documents: Int) {
            self.entities = [UInt32](repeating: 0, count: entities)
            self.documents = [UInt32](repeating: 0, count: documents)
        }

        /// The number in `table` at `index`, made by `make` on first sight (`fresh`).
        @inline(__always)
        private static func number<Context>(_ table: inout [UInt32], _ index: Int, _ context: inout Context,
                                            _ make: (inout Context) -> UInt32) -> (number: UInt32, fresh: Bool) {
            if index < table.count, table[index] != 0 { return (table[index] - 1, false) }
            let number = make(&context)
            if index >= table.count { table.append(contentsOf: repeatElement(0, count: index + 1 - table.count)) }
            table[index] = number + 1
            return (number, true)
        }

        /// The number of the term with `key`, made by `make` on first sight, or nil for a key that is not kept
        /// (``TermKey/none``, ``TermKey/predicate``, integers from ``integerLimit`` on).
        @inline(__always)
        mutating func number<Context>(_ key: TermKey, _ context: inout Context,
                                      _ make: (inout Context) -> UInt32) -> (number: UInt32, fresh: Bool)? {
            switch key {
            case .none, .predicate: return nil
            case .entity(let i): return Self.number(&entities, i, &context, make)
            case .document(let d): return Self.number(&documents, d, &context, make)
            case .rule(let r): return Self.number(&rules, Int(r), &context, make)
            case .confidence(let c): return Self.number(&confidences, c, &context, make)
            case .integer(let value):
                return value >= 0 && value < Self.integerLimit ? Self.number(&integers, value, &context, make) : nil
            case .role(let r): return Self.number(&roles, r, &context, make)
            }
        }

        /// The number of the predicate in `slot`, made by `make` on first sight.
        @inline(__always)
        mutating func predicate<Context>(_ slot: Int, _ context: inout Context,
                                         _ make: (inout Context) -> UInt32) -> (number: UInt32, fresh: Bool) {
            Self.number(&predicates, slot, &context, make)
        }
    }

    /// IRIs used as predicates, each with a receiver's value (an id or a number), found by their bytes among the first
    /// ``limit``: a short list whose UTF-8 lengths are compared before any bytes.
    struct KnownIRIs {
        /// The UTF-8 length, IRI string and value of each entry, in order of addition.
        private var counts: [Int] = []
        private var iris: [String] = []
        private var values: [UInt32] = []
        /// The most entries kept.
        static var limit: Int { 64 }

        /// True when no more entries are kept.
        var isFull: Bool { counts.count >= Self.limit }

        /// The value of the entry with `iri`'s bytes, if any.
        @inline(__always)
        func value(of iri: IRI) -> UInt32? {
            let count = iri.string.utf8.count
            for i in counts.indices where counts[i] == count && StringTable.sameBytes(iris[i], iri.string) { return values[i] }
            return nil
        }

        /// Adds `iri` (not kept yet) with `value`.
        mutating func add(_ iri: IRI, _ value: UInt32) {
            counts.append(iri.string.utf8.count)
            iris.append(iri.string)
            values.append(value)
        }
    }

    /// Hands each triple to a closure as a `Triple`.
    struct TripleReceiver: MappedTripleReceiver {
        /// The closure.
        let body: (Triple, IRI?) throws(GraphCoreError) -> Void

        @inline(__always)
        mutating func accept(_ s: Term, _ sKey: TermKey, _ p: @autoclosure () -> IRI, _ pSlot: Int,
                             _ o: @autoclosure () -> Term, _ oKey: TermKey, in graph: IRI?) throws(GraphCoreError) {
            try body(Triple(s, p(), o()), graph)
        }
    }

    /// Hands each triple to a ``TermIDSink`` as ids, interning each keyed term once (the first time it occurs, in
    /// triple order, so the sink sees terms first in the order the triples would show them).
    ///
    /// Not generic over the sink, so that the mapping is specialised for this receiver whatever the sink's type.
    struct IDReceiver: MappedTripleReceiver {
        /// The sink.
        var sink: any TermIDSink
        /// The id of each keyed term and predicate interned so far.
        private var numbers: KeyedNumbers

        init(sink: any TermIDSink, entities: Int, documents: Int) {
            self.sink = sink
            self.numbers = KeyedNumbers(entities: entities, documents: documents)
        }

        /// The id of an IRI used as a predicate, kept by its bytes among the first ``KnownIRIs/limit``.
        @inline(__always)
        private mutating func predicateID(_ iri: IRI) -> UInt32 {
            if let id = numbers.knownIRIs.value(of: iri) { return id }
            let id = sink.predicateID(iri)
            if !numbers.knownIRIs.isFull { numbers.knownIRIs.add(iri, id) }
            return id
        }

        /// The id of the predicate `iri` in `slot` (-1: none).
        @inline(__always)
        private mutating func predicateID(_ iri: () -> IRI, _ slot: Int) -> UInt32 {
            guard slot >= 0 else { return predicateID(iri()) }
            return numbers.predicate(slot, &sink) { $0.predicateID(iri()) }.number
        }

        /// The id of `term` with key `key`, interned on first sight.
        @inline(__always)
        private mutating func id(_ term: () -> Term, _ key: TermKey) -> UInt32 {
            if case .predicate = key {
                let value = term()
                guard case .iri(let iri) = value else { return sink.termID(value) }
                return predicateID(iri)
            }
            return numbers.number(key, &sink) { $0.termID(term()) }?.number ?? sink.termID(term())
        }

        /// The ten triples' ids, interned in triple order as ``accept(_:_:_:_:_:_:in:)`` would, handed to the sink in one
        /// call with the label's bytes (no `BlankNode` string, no `Term` for a cached part).
        mutating func acceptStatement(label: UnsafeBufferPointer<UInt8>, subject: Term, subjectKey: TermKey, predicate: IRI,
                                      object: Term, objectKey: TermKey, documentIRI: IRI, quote: String, ruleTerm: Term,
                                      numbers n: StatementNumbers) throws(GraphCoreError) {
            let p0 = predicateID({ RDF.type }, 0)
            let o0 = predicateID(RDF.Statement)
            let p1 = predicateID({ RDF.subject }, 1)
            let o1 = id({ subject }, subjectKey)
            let p2 = predicateID({ RDF.predicate }, 2)
            let o2 = predicateID(predicate)
            let p3 = predicateID({ RDF.object }, 3)
            let o3 = id({ object }, objectKey)
            let p4 = predicateID({ PROV.wasDerivedFrom }, 4)
            let o4 = id({ .iri(documentIRI) }, .document(n.document))
            let p5 = predicateID({ GE.quote }, 5)
            let o5 = sink.termID(.literal(Literal(quote)))
            let p6 = predicateID({ GE.rule }, 6)
            let o6 = id({ ruleTerm }, .rule(n.rule))
            let p7 = predicateID({ GE.confidence }, 7)
            let o7 = id({ RDFMapper.confidenceTerms[n.confidence] }, .confidence(n.confidence))
            let p8 = predicateID({ GE.beginIndex }, 8)
            let o8 = id({ RDFMapper.integerTerm(n.begin) }, .integer(n.begin))
            let p9 = predicateID({ GE.endIndex }, 9)
            let o9 = id({ RDFMapper.integerTerm(n.end) }, .integer(n.end))
            var pairs = (p0, o0, p1, o1, p2, o2, p3, o3, p4, o4, p5, o5, p6, o6, p7, o7, p8, o8, p9, o9)
            let failure: GraphCoreError? = withUnsafeBytes(of: &pairs) { raw in
                do throws(GraphCoreError) {
                    try sink.write(blankLabel: label, pairs: raw.bindMemory(to: UInt32.self))
                    return nil
                } catch {
                    return error
                }
            }
            if let failure { throw failure }
        }

        @inline(__always)
        mutating func accept(_ s: Term, _ sKey: TermKey, _ p: @autoclosure () -> IRI, _ pSlot: Int,
                             _ o: @autoclosure () -> Term, _ oKey: TermKey, in graph: IRI?) throws(GraphCoreError) {
            if case .blank(let node) = s {
                let predicate = predicateID(p, pSlot)
                let object = id(o, oKey)
                try sink.write(blankSubject: node, predicateID: predicate, objectID: object)
            } else {
                let subject = id({ s }, sKey)
                let predicate = predicateID(p, pSlot)
                let object = id(o, oKey)
                try sink.write(subjectID: subject, predicateID: predicate, objectID: object)
            }
        }
    }

    private func emitCore<R: MappedTripleReceiver>(_ graph: ResolvedGraph, quads: Bool,
                                                   _ receiver: inout R) throws(GraphCoreError) {
        let docIRIs = graph.documents.map(documentIRI)
        var scratch = StatementScratch(documents: provenance == .statements ? docIRIs : [])
        // Entity IRIs in a compact array (objects are read by index, in no particular order).
        let nodes = graph.entities.map(\.iri)
        func node(_ i: Int) -> Term { .iri(nodes[i]) }
        let named = quads && provenance == .graphs
        /// A triple that belongs to the default graph.
        func plain(_ s: Term, _ sKey: TermKey, _ p: IRI, _ o: Term, _ oKey: TermKey = .none) throws(GraphCoreError) {
            try receiver.accept(s, sKey, p, -1, o, oKey, in: nil)
        }
        /// A triple of `fact`: once per stating document in graphs mode, else once in the default graph.
        func stated(_ s: Term, _ sKey: TermKey, _ p: IRI, _ o: Term, _ oKey: TermKey, _ fact: ResolvedFact) throws(GraphCoreError) {
            guard named else { return try receiver.accept(s, sKey, p, -1, o, oKey, in: nil) }
            for d in Set(fact.sources.map(\.document)).sorted() { try receiver.accept(s, sKey, p, -1, o, oKey, in: docIRIs[d]) }
        }

        // Entities with their names and n-ary provenance. The facts of each subject, in graph order (a counting sort
        // of fact indices by subject). Entities and facts are read in place (not copied out of their arrays).
        let entityCount = graph.entities.count
        var subjectStart = [Int](repeating: 0, count: entityCount + 1)
        var factsOfSubject: [Int] = []
        // Events and agreements are derived from every document with a fact about them, as subject or as object.
        var naryDocuments: [Int: Set<Int>] = [:]
        graph.entities.withUnsafeBufferPointer { entities in
            graph.facts.withUnsafeBufferPointer { facts in
                for f in facts.indices where facts[f].subject >= 0 && facts[f].subject < entityCount {
                    subjectStart[facts[f].subject + 1] += 1
                }
                for i in 0..<entityCount { subjectStart[i + 1] += subjectStart[i] }
                factsOfSubject = [Int](repeating: 0, count: subjectStart[entityCount])
                var fill = subjectStart
                for f in facts.indices where facts[f].subject >= 0 && facts[f].subject < entityCount {
                    factsOfSubject[fill[facts[f].subject]] = f
                    fill[facts[f].subject] += 1
                }
                func noteNary(_ e: Int, _ f: Int) {
                    let kind = entities[e].kind
                    guard kind == .event || kind == .agreement else { return }
                    for source in facts[f].sources { naryDocuments[e, default: []].insert(source.document) }
                }
                for f in facts.indices {
                    noteNary(facts[f].subject, f)
                    switch facts[f].object {
                    case .entity(let o): noteNary(o, f)
                    case .post(_, let o?): noteNary(o, f)
                    default: break
                    }
                }
            }
        }
        var roles: Set<String> = []
        /// The role IRI term of each role spelling, by the spelling's exact bytes.
        var roleNumbers = StringTable()
        var roleTerms: [Term] = []
        var addresses: Set<IRI> = []
        var addressLinks: Set<AddressLink> = []
        var iriScratch = IRIScratch()
        for i in 0..<entityCount {
            let entity = graph.entities[i]
            let s = node(i)
            let sKey = TermKey.entity(i)
            try plain(s, sKey, RDF.type, .iri(entity.kind.classIRI))
            for extra in entity.extraKinds { try plain(s, sKey, RDF.type, .iri(extra.classIRI)) }
            try plain(s, sKey, RDFS.label, .literal(Literal(entity.label)))
            for alt in entity.altLabels { try plain(s, sKey, SKOS.altLabel, .literal(Literal(alt))) }
            if provenance == .statements, entity.kind == .event || entity.kind == .agreement {
                for d in (naryDocuments[i] ?? []).sorted() { try plain(s, sKey, PROV.wasDerivedFrom, .iri(docIRIs[d]), .document(d)) }
            }
            for f in factsOfSubject[subjectStart[i] ..< subjectStart[i + 1]] {
                let fact = graph.facts[f]
                switch fact.object {
                case .entity(let o):
                    try stated(s, sKey, fact.relation.predicate, node(o), .entity(o), fact)
                    try statements(fact, s, sKey, fact.relation.predicate, node(o), .entity(o), docIRIs, &scratch, &receiver)
                case .literal(let literal):
                    // An alias is already written as one of the entity's altLabels; only its provenance is new.
                    let written = fact.relation == .alias && (entity.altLabels.contains(literal.lexical) || entity.label == literal.lexical)
                    if !written || named { try stated(s, sKey, fact.relation.predicate, .literal(literal), .none, fact) }
                    try statements(fact, s, sKey, fact.relation.predicate, .literal(literal), .none, docIRIs, &scratch, &receiver)
                case .post(let role, let org):
                    let post = postIRI(person: entity, role: role, organization: org.map { graph.entities[$0] }, &iriScratch)
                    let roleNumber = Int(roleNumbers.intern(role))
                    if roleNumber == roleTerms.count {
                        roles.insert(role)
                        roleTerms.append(.iri(roleIRI(role)))
                    }
                    let p = Term.iri(post)
                    try stated(s, sKey, ORG.holds, p, .none, fact)
                    try stated(p, .none, RDF.type, .iri(ORG.Post), .none, fact)
                    try stated(p, .none, ORG.heldBy, s, sKey, fact)
                    try stated(p, .none, ORG.role, roleTerms[roleNumber], .role(roleNumber), fact)
                    if let org { try stated(p, .none, ORG.postIn, node(org), .entity(org), fact) }
                    if provenance == .statements {
                        if fact.sources.count == 1 {
                            let d = fact.sources[0].document
                            try plain(p, .none, PROV.wasDerivedFrom, .iri(docIRIs[d]), .document(d))
                        } else {
                            for d in Set(fact.sources.map(\.document)).sorted() {
                                try plain(p, .none, PROV.wasDerivedFrom, .iri(docIRIs[d]), .document(d))
                            }
                        }
                    }
                    try statements(fact, s, sKey, ORG.holds, p, .none, docIRIs, &scratch, &receiver)
                case .address(let address):
                    let a = addressIRI(address, &iriScratch)
                    // Addresses that differ only in what the slug drops (punctuation, spacing) share one IRI: the
                    // entity's link to it is written once per graph, and a statement node once.
                    let aTerm = Term.iri(a)
                    if named {
                        for d in Set(fact.sources.map(\.document)).sorted()
                        where addressLinks.insert(AddressLink(entity: i, address: a, document: d)).inserted {
                            try receiver.accept(s, sKey, SCHEMA.address, -1, aTerm, .none, in: docIRIs[d])
                        }
                    } else if addressLinks.insert(AddressLink(entity: i, address: a, document: -1)).inserted {
                        try receiver.accept(s, sKey, SCHEMA.address, -1, aTerm, .none, in: nil)
                    }
                    if addresses.insert(a).inserted {
                        try plain(aTerm, .none, RDF.type, .iri(SCHEMA.PostalAddress))
                        try plain(aTerm, .none, SCHEMA.streetAddress, .literal(Literal(address.street)))
                        try plain(aTerm, .none, SCHEMA.postalCode, .literal(Literal(address.postalCode)))
                        try plain(aTerm, .none, SCHEMA.addressLocality, .literal(Literal(address.locality)))
                    }
                    try statements(fact, s, sKey, SCHEMA.address, aTerm, .none, docIRIs, &scratch, acrossFacts: true, &receiver)
                }
            }
        }
        for role in roles.sorted() {
            let r = Term.iri(roleIRI(role))
            try plain(r, .none, RDF.type, .iri(ORG.Role))
            try plain(r, .none, RDFS.label, .literal(Literal(role)))
        }
        for (d, document) in graph.documents.enumerated() {
            let s = Term.iri(docIRIs[d])
            let sKey = TermKey.document(d)
            try plain(s, sKey, RDF.type, .iri(SCHEMA.CreativeWork))
            try plain(s, sKey, SCHEMA.name, .literal(Literal(document.name)))
            if let date = document.datePublished { try plain(s, sKey, SCHEMA.datePublished, .literal(date.literal)) }
            try plain(s, sKey, GE.contentHash, .literal(Literal("sha256:" + document.contentHash)))
        }
    }

    /// The IRI of a post: base + `post/` + slug of person, role and organisation.
    func postIRI(person: ResolvedEntity, role: String, organization: ResolvedEntity?) -> IRI {
        var scratch = IRIScratch()
        return postIRI(person: person, role: role, organization: organization, &scratch)
    }

    /// ``postIRI(person:role:organization:)`` built in `scratch`'s buffers: `base + "post/" + Slug.make(person.label
    /// + " " + role [+ " " + organization.label]) + "-" + Slug.shortHash(person.iri + " " + role [+ " " +
    /// organization.iri])`, without the intermediate strings.
    func postIRI(person: ResolvedEntity, role: String, organization: ResolvedEntity?,
                 _ scratch: inout IRIScratch) -> IRI {
        // The readable part alone could collide for two persons of the same label in different kinds; the hash cannot.
        var hash = FNV1a()
        for byte in person.iri.string.utf8 { hash.combine(byte) }
        hash.combine(UInt8(ascii: " "))
        for byte in role.utf8 { hash.combine(byte) }
        scratch.name.removeAll(keepingCapacity: true)
        scratch.name.append(contentsOf: person.label.utf8)
        scratch.name.append(UInt8(ascii: " "))
        scratch.name.append(contentsOf: role.utf8)
        if let organization {
            hash.combine(UInt8(ascii: " "))
            for byte in organization.iri.string.utf8 { hash.combine(byte) }
            scratch.name.append(UInt8(ascii: " "))
            scratch.name.append(contentsOf: organization.label.utf8)
        }
        scratch.startIRI(base: base, kind: "post/")
        scratch.out.append(UInt8(ascii: "-"))
        Slug.appendEightHexDigits(hash.folded, to: &scratch.out)
        return IRI(trusted: String(decoding: scratch.out, as: UTF8.self))
    }

    /// The IRI of an address: base + `address/` + slug of `street postalCode locality`, built in `scratch`'s buffers.
    func addressIRI(_ address: PostalAddress, _ scratch: inout IRIScratch) -> IRI {
        scratch.name.removeAll(keepingCapacity: true)
        scratch.name.append(contentsOf: address.street.utf8)
        scratch.name.append(UInt8(ascii: " "))
        scratch.name.append(contentsOf: address.postalCode.utf8)
        scratch.name.append(UInt8(ascii: " "))
        scratch.name.append(contentsOf: address.locality.utf8)
        scratch.startIRI(base: base, kind: "address/")
        return IRI(trusted: String(decoding: scratch.out, as: UTF8.self))
    }

    /// Reused byte buffers for minting post and address IRIs: the name to slug, and the IRI.
    struct IRIScratch {
        /// The UTF-8 bytes of the name.
        var name: [UInt8] = []
        /// The UTF-8 bytes of the IRI.
        var out: [UInt8] = []

        /// Sets ``out`` to `base` + `kind` + the slug of ``name`` (the caller appends any suffix).
        mutating func startIRI(base: IRI, kind: StaticString) {
            out.removeAll(keepingCapacity: true)
            out.append(contentsOf: base.string.utf8)
            kind.withUTF8Buffer { out.append(contentsOf: $0) }
            name.withUnsafeBufferPointer { Slug.append(slugOf: $0, to: &out) }
        }
    }

    /// Reused state of one mapping run for the statement nodes: the id bytes, written into one buffer, the
    /// documents' keys and the rule literals, each made once per distinct value.
    private struct StatementScratch {
        /// The id text of the current statement, as UTF-8 bytes.
        var id: [UInt8] = []
        /// The label of the current statement node, as UTF-8 bytes (see ``RDFMapper/statementLabel(_:into:)``).
        var label: [UInt8] = []
        /// The sources already written for the current fact (only for facts with several sources). The id is the
        /// fact's part (the same for all its sources) + `document|begin|end|rule`, where no document IRI contains `|`
        /// and begin and end are numbers: two ids are equal exactly when these keys are.
        var seen: [SourceKey] = []
        /// ``seen`` as a set, for facts with many sources.
        var seenSet: Set<SourceKey> = []
        /// Statement labels already written for facts whose objects can share an IRI (addresses).
        var sharedLabels: Set<String> = []
        /// Per document index, the first document index with the same IRI (documents whose IRIs are equal are one
        /// document in a statement id).
        let documentKeys: [Int32]
        /// The number and literal term of each rule name, by name.
        var rules: [String: (number: Int32, term: Term)] = [:]

        init(documents: [IRI]) {
            var first: [String: Int32] = [:]
            first.reserveCapacity(documents.count)
            var keys: [Int32] = []
            keys.reserveCapacity(documents.count)
            for (d, iri) in documents.enumerated() {
                if let known = first[iri.string] {
                    keys.append(known)
                } else {
                    first[iri.string] = Int32(d)
                    keys.append(Int32(d))
                }
            }
            documentKeys = keys
            id.reserveCapacity(512)
        }

        /// The rule names seen, by their exact bytes, and the number and term of each (``rules``' entry).
        var ruleSpellings = StringTable()
        var ruleOfSpelling: [(number: Int32, term: Term)] = []

        /// The number (in order of first use) and cached literal term of `rule`; spellings equal as `String`s share
        /// one entry (the first spelling's term).
        mutating func rule(_ rule: String) -> (number: Int32, term: Term) {
            let spelling = Int(ruleSpellings.intern(rule))
            if spelling < ruleOfSpelling.count { return ruleOfSpelling[spelling] }
            let entry: (number: Int32, term: Term)
            if let known = rules[rule] {
                entry = known
            } else {
                entry = (Int32(rules.count), Term.literal(Literal(rule)))
                rules[rule] = entry
            }
            ruleOfSpelling.append(entry)
            return entry
        }

        /// Notes the source `key` of the current fact (of `count` sources); false when the fact already had it.
        mutating func insert(_ key: SourceKey, count: Int) -> Bool {
            if count > 16 { return seenSet.insert(key).inserted }
            for other in seen where other == key { return false }
            seen.append(key)
            return true
        }

        /// Forgets the sources of the previous fact.
        mutating func resetSources() {
            if !seen.isEmpty { seen.removeAll(keepingCapacity: true) }
            if !seenSet.isEmpty { seenSet.removeAll(keepingCapacity: true) }
        }
    }

    /// One entity's link to an address IRI in one graph (document index, or -1 for the default graph).
    private struct AddressLink: Hashable {
        let entity: Int
        let address: IRI
        let document: Int
    }

    /// What tells the statement nodes of one fact apart: the variable end of the statement id (the document by the
    /// first document with its IRI, the rule by its number).
    private struct SourceKey: Hashable {
        let document: Int32
        let rule: Int32
        let begin: Int
        let end: Int
    }

    private func statements<R: MappedTripleReceiver>(_ fact: ResolvedFact, _ s: Term, _ sKey: TermKey, _ p: IRI, _ o: Term,
                                                     _ oKey: TermKey, _ docIRIs: [IRI], _ scratch: inout StatementScratch,
                                                     acrossFacts: Bool = false, _ receiver: inout R) throws(GraphCoreError) {
        guard provenance == .statements else { return }
        // Repeated sources of one fact give one statement node; a fact with one source needs no check.
        let count = fact.sources.count
        let single = count == 1
        if !single { scratch.resetSources() }
        // The same text as `"\(s)|\(p)|\(o)|\(document)|\(begin)|\(end)|\(rule)"`, built without reflection:
        // the part up to the document is the same for every source of the fact.
        scratch.id.removeAll(keepingCapacity: true)
        Self.appendDescription(s, to: &scratch.id)
        scratch.id.append(contentsOf: "|<".utf8)
        scratch.id.append(contentsOf: p.string.utf8)
        scratch.id.append(contentsOf: ">|".utf8)
        Self.appendDescription(o, to: &scratch.id)
        scratch.id.append(UInt8(ascii: "|"))
        let factPart = scratch.id.count
        try fact.sources.withUnsafeBufferPointer { (sources: UnsafeBufferPointer<FactSource>) throws(GraphCoreError) in
            for j in 0 ..< count {
                let document = sources[j].document
                let begin = sources[j].evidence.begin
                let end = sources[j].evidence.end
                let rule = scratch.rule(sources[j].evidence.rule)
                scratch.id.removeSubrange(factPart...)
                scratch.id.append(contentsOf: docIRIs[document].string.utf8)
                scratch.id.append(UInt8(ascii: "|"))
                Self.appendDecimal(begin, to: &scratch.id)
                scratch.id.append(UInt8(ascii: "|"))
                Self.appendDecimal(end, to: &scratch.id)
                scratch.id.append(UInt8(ascii: "|"))
                scratch.id.append(contentsOf: sources[j].evidence.rule.utf8)
                guard single || scratch.insert(SourceKey(document: scratch.documentKeys[document], rule: rule.number,
                                                         begin: begin, end: end), count: count) else { continue }
                Self.statementLabel(scratch.id, into: &scratch.label)
                // Facts whose objects share one IRI (see the addresses) can state the same node: it is written once.
                guard !acrossFacts || scratch.sharedLabels.insert(String(decoding: scratch.label, as: UTF8.self)).inserted else { continue }
                let confidence = Self.confidenceIndex(sources[j].evidence.confidence)
                let numbers = StatementNumbers(document: document, rule: rule.number, confidence: confidence, begin: begin, end: end)
                try scratch.label.withUnsafeBufferPointer { (label) throws(GraphCoreError) in
                    try receiver.acceptStatement(label: label, subject: s, subjectKey: sKey, predicate: p, object: o, objectKey: oKey,
                                                 documentIRI: docIRIs[document], quote: sources[j].evidence.quote,
                                                 ruleTerm: rule.term, numbers: numbers)
                }
            }
        }
    }

    /// Sets `label` to the bytes of ``statementLabel(_:)`` of `id`, without making a `String` (unless the id is not
    /// valid UTF-8, which the text fallback handles).
    static func statementLabel(_ id: [UInt8], into label: inout [UInt8]) {
        let hashes = id.withUnsafeBufferPointer { Slug.foldedHashes(utf8: $0) }
        guard let backward = hashes.backward else {
            label.removeAll(keepingCapacity: true)
            label.append(contentsOf: id.withUnsafeBufferPointer(statementLabel).utf8)
            return
        }
        if label.count != 18 { label = [UInt8](repeating: 0, count: 18) }
        label.withUnsafeMutableBufferPointer { out in
            out[0] = UInt8(ascii: "s")
            out[1] = UInt8(ascii: "t")
            Slug.writeEightHexDigits(hashes.forward, to: out, at: 2)
            Slug.writeEightHexDigits(backward, to: out, at: 10)
        }
    }

    /// The label of the statement node whose id text has the UTF-8 bytes `id`:
    /// `"st" + Slug.shortHash(id) + Slug.shortHashOfReversed(id)`, hashed from the bytes.
    static func statementLabel(_ id: UnsafeBufferPointer<UInt8>) -> String {
        let (forward, reversed) = Slug.foldedHashes(utf8: id)
        guard let backward = reversed else {
            let text = String(decoding: id, as: UTF8.self)
            return "st" + Slug.shortHash(text) + Slug.shortHashOfReversed(text)
        }
        return String(unsafeUninitializedCapacity: 18) { out in
            out[0] = UInt8(ascii: "s")
            out[1] = UInt8(ascii: "t")
            Slug.writeEightHexDigits(forward, to: out, at: 2)
            Slug.writeEightHexDigits(backward, to: out, at: 10)
            return 18
        }
    }

    /// Appends the UTF-8 bytes of `String(value)`.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        guard value >= 0 else { return out.append(contentsOf: String(value).utf8) }
        var digits = 1
        var rest = value / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let start = out.count
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
        var v = value
        var i = start + digits - 1
        while i >= start {
            out[i] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
            v /= 10
            i -= 1
        }
    }

    /// The `xsd:integer` literal of `value`.
    static func integerTerm(_ value: Int) -> Term { .literal(Literal(decimal(value), datatype: XSD.integer)) }

    /// `String(value)`, written digit by digit (small values stay in the string's inline storage).
    static func decimal(_ value: Int) -> String {
        guard value >= 0 else { return String(value) }
        return String(unsafeUninitializedCapacity: 20) { out in
            var digits = 1
            var rest = value / 10
            while rest > 0 { digits += 1; rest /= 10 }
            var v = value
            var i = digits - 1
            while i >= 0 {
                out[i] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
                v /= 10
                i -= 1
            }
            return digits
        }
    }

    /// Appends what `"\(term)"` (Swift's default description of the enum) gives, e.g. `iri(<http://…>)` or
    /// `literal(GraphCore.Literal(lexical: "…", datatype: <…>, language: nil))`, as UTF-8 bytes; statement labels
    /// hash this text.
    static func appendDescription(_ term: Term, to out: inout [UInt8]) {
        switch term {
        case .iri(let iri):
            out.append(contentsOf: "iri(<".utf8)
            out.append(contentsOf: iri.string.utf8)
            out.append(contentsOf: ">)".utf8)
        case .blank(let node):
            out.append(contentsOf: "blank(GraphCore.BlankNode(label: ".utf8)
            out.append(contentsOf: node.label.debugDescription.utf8)
            out.append(contentsOf: "))".utf8)
        case .literal(let literal):
            out.append(contentsOf: "literal(GraphCore.Literal(lexical: ".utf8)
            appendDebugDescription(literal.lexical, to: &out)
            out.append(contentsOf: ", datatype: <".utf8)
            out.append(contentsOf: literal.datatype.string.utf8)
            out.append(contentsOf: ">, language: ".utf8)
            if let language = literal.language {
                out.append(contentsOf: "Optional(".utf8)
                out.append(contentsOf: language.debugDescription.utf8)
                out.append(contentsOf: ")".utf8)
            } else {
                out.append(contentsOf: "nil".utf8)
            }
            out.append(contentsOf: "))".utf8)
        }
    }

    /// Appends `string.debugDescription` as UTF-8 bytes; printable ASCII without quotes or backslashes (which it
    /// leaves as they are) is copied between double quotes without building the escaped string.
    static func appendDebugDescription(_ string: String, to out: inout [UInt8]) {
        let plain = string.utf8.allSatisfy { byte in
            byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "\\")
        }
        if plain {
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: string.utf8)
            out.append(UInt8(ascii: "\""))
        } else {
            out.append(contentsOf: string.debugDescription.utf8)
        }
    }

    /// The index in ``confidenceTerms`` of a confidence's `xsd:decimal` literal: two decimals, clamped to 0...1.
    private static func confidenceIndex(_ value: Double) -> Int {
        let clamped = min(1, max(0, value))
        return Int((clamped * 100).rounded())
    }

    /// The confidence literal terms for the hundredths 0...100.
    static let confidenceTerms: [Term] = (0...100).map { hundredths in
        .literal(Literal(confidenceText(hundredths: hundredths), datatype: XSD.decimal))
    }

    private static func confidenceText(hundredths: Int) -> String {
        return hundredths == 100 ? "1.00" : "0." + (hundredths < 10 ? "0" : "") + String(hundredths)
    }
}

extension RDFMapper.MappedTripleReceiver {
    /// The ten triples of a statement node, one ``accept(_:_:_:_:_:_:in:)`` each: type, subject, predicate, object,
    /// source document, quote, rule, confidence, begin and end (predicate slots 0 to 9).
    mutating func acceptStatement(label: UnsafeBufferPointer<UInt8>, subject: Term, subjectKey: RDFMapper.TermKey, predicate: IRI,
                                  object: Term, objectKey: RDFMapper.TermKey, documentIRI: IRI, quote: String, ruleTerm: Term,
                                  numbers n: RDFMapper.StatementNumbers) throws(GraphCoreError) {
        let st = Term.blank(BlankNode(trusted: String(decoding: label, as: UTF8.self)))
        try accept(st, .none, RDF.type, 0, .iri(RDF.Statement), .predicate, in: nil)
        try accept(st, .none, RDF.subject, 1, subject, subjectKey, in: nil)
        try accept(st, .none, RDF.predicate, 2, .iri(predicate), .predicate, in: nil)
        try accept(st, .none, RDF.object, 3, object, objectKey, in: nil)
        try accept(st, .none, PROV.wasDerivedFrom, 4, .iri(documentIRI), .document(n.document), in: nil)
        try accept(st, .none, GE.quote, 5, .literal(Literal(quote)), .none, in: nil)
        try accept(st, .none, GE.rule, 6, ruleTerm, .rule(n.rule), in: nil)
        try accept(st, .none, GE.confidence, 7, RDFMapper.confidenceTerms[n.confidence], .confidence(n.confidence), in: nil)
        try accept(st, .none, GE.beginIndex, 8, RDFMapper.integerTerm(n.begin), .integer(n.begin), in: nil)
        try accept(st, .none, GE.endIndex, 9, RDFMapper.integerTerm(n.end), .integer(n.end), in: nil)
    }
}
