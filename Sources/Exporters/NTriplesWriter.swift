import GraphCore

/// Writes N-Triples: one triple per line, streamed, handed to the output in 64 KiB chunks.
///
/// Nothing is kept in memory beyond the pending chunk. Literals carry `^^<datatype>`
/// except plain `xsd:string`; language-tagged strings are written `"…"@de`. Prefixes are
/// accepted and ignored (N-Triples has none). Blank nodes keep their labels.
public struct NTriplesWriter: GraphSink {
    private var buffer: ByteBuffer
    private var state = SinkState()

    /// A writer that sends its bytes to `output`.
    public init(output: ByteOutput) {
        buffer = ByteBuffer(output: output)
    }

    /// Begins the document; N-Triples declares no prefixes, so `prefixes` is ignored.
    public mutating func start(prefixes: [Prefix]) throws(GraphCoreError) {
        try state.start("NTriplesWriter")
    }

    /// Writes the triple as one line and flushes if a chunk is full.
    public mutating func write(_ triple: Triple) throws(GraphCoreError) {
        try state.checkWrite("NTriplesWriter")
        NTriplesSyntax.appendTerm(triple.subject, to: &buffer)
        buffer.append(UInt8(ascii: " "))
        NTriplesSyntax.appendIRI(triple.predicate, to: &buffer)
        buffer.append(UInt8(ascii: " "))
        NTriplesSyntax.appendTerm(triple.object, to: &buffer)
        buffer.appendStatic(" .\n")
        try buffer.flushIfNeeded()
    }

    /// Flushes the remaining bytes.
    public mutating func finish() throws(GraphCoreError) {
        try state.finish("NTriplesWriter")
        try buffer.flush()
    }
}

/// Term syntax shared by N-Triples and (for full IRIs and blank nodes) Turtle.
enum NTriplesSyntax {
    /// `<iri>`.
    static func appendIRI<B: ByteAppending>(_ iri: IRI, to out: inout B) {
        out.append(UInt8(ascii: "<"))
        RDFEscaping.appendIRIBody(iri.string, to: &out)
        out.append(UInt8(ascii: ">"))
    }

    /// `_:label`.
    static func appendBlank<B: ByteAppending>(_ node: BlankNode, to out: inout B) {
        out.appendStatic("_:")
        out.appendVerbatim(node.label)  // validated by BlankNode: [A-Za-z0-9_-] only
    }

    /// `"lexical"`, `"lexical"@lang` or `"lexical"^^<datatype>`.
    static func appendLiteral<B: ByteAppending>(_ literal: Literal, to out: inout B) {
        out.append(UInt8(ascii: "\""))
        RDFEscaping.appendStringLiteralBody(literal.lexical, to: &out)
        out.append(UInt8(ascii: "\""))
        if let language = literal.language {
            out.append(UInt8(ascii: "@"))
            out.appendVerbatim(language)  // validated by Literal: [A-Za-z]+(-[A-Za-z0-9]+)*
        } else if literal.datatype != XSD.string {
            out.appendStatic("^^")
            appendIRI(literal.datatype, to: &out)
        }
    }

    /// Any term in N-Triples syntax.
    static func appendTerm<B: ByteAppending>(_ term: Term, to out: inout B) {
        switch term {
        case .iri(let iri): appendIRI(iri, to: &out)
        case .blank(let node): appendBlank(node, to: &out)
        case .literal(let literal): appendLiteral(literal, to: &out)
        }
    }
}

/// The start → write* → finish protocol every sink enforces, reported as `GraphCoreError.sinkMisuse`.
struct SinkState {
    private enum Phase { case fresh, open, finished }
    private var phase = Phase.fresh

    mutating func start(_ writer: String) throws(GraphCoreError) {
        guard phase == .fresh else { throw .sinkMisuse("\(writer): start called twice") }
        phase = .open
    }

    func checkWrite(_ writer: String) throws(GraphCoreError) {
        switch phase {
        case .fresh: throw .sinkMisuse("\(writer): write before start")
        case .finished: throw .sinkMisuse("\(writer): write after finish")
        case .open: return
        }
    }

    mutating func finish(_ writer: String) throws(GraphCoreError) {
        switch phase {
        case .fresh: throw .sinkMisuse("\(writer): finish before start")
        case .finished: throw .sinkMisuse("\(writer): finish called twice")
        case .open: phase = .finished
        }
    }
}

/// The triples of a whole graph with every term interned once: what the grouping writers keep in memory.
///
/// Duplicate triples are stored once. Ids are dense `UInt32`s in first-seen order; nothing
/// that depends on that order reaches the output, because writers sort by term.
struct InternedTriples {
    /// One triple as three term ids.
    struct IDTriple: Hashable {
        var subject: UInt32
        var predicate: UInt32
        var object: UInt32
    }

    /// Every term by id, as first seen.
    private(set) var terms: [Term] = []
    /// The terms interned by their bytes (ids are the indices of `terms`).
    private var table = TermTable(syntax: nil)
    /// The distinct triples added so far.
    private var seen = IDTripleSet()
    /// The distinct triples in the order first added.
    var triples: [IDTriple] { seen.members }

    /// The id of `term`, interning it on first sight.
    mutating func intern(_ term: Term) -> UInt32 {
        let id = table.intern(term)
        if Int(id) == terms.count { terms.append(term) }
        return id
    }

    /// The id of a term already interned, if any.
    func id(of term: Term) -> UInt32? { table.lookup(term) }

    /// The subject of the last added triple and its id: mappers write runs of triples about one subject.
    private var lastSubject: (term: Term, id: UInt32)? = nil
    /// Predicates seen so far with their ids, tried before the term dictionary (a graph has few predicates).
    private var predicateIDs: [(iri: IRI, id: UInt32)] = []

    /// Adds a triple unless it is already present.
    mutating func add(_ triple: Triple) {
        let subject: UInt32
        if let last = lastSubject, last.term == triple.subject { subject = last.id } else {
            subject = intern(triple.subject)
            lastSubject = (triple.subject, subject)
        }
        let t = IDTriple(subject: subject, predicate: predicateID(triple.predicate), object: intern(triple.object))
        seen.insert(t)
    }

    /// The id of a predicate: a short list of the predicates seen so far, compared by their UTF-8 length first.
    private mutating func predicateID(_ iri: IRI) -> UInt32 {
        let count = iri.string.utf8.count
        for entry in predicateIDs where entry.iri.string.utf8.count == count && entry.iri == iri { return entry.id }
        let id = intern(.iri(iri))
        if predicateIDs.count < 64 { predicateIDs.append((iri, id)) }
        return id
    }

    /// For every term id, its position in the total order of terms (IRIs by string, then blank nodes, then literals).
    func ranks() -> [UInt32] { table.ranks().rank }
}

/// A set of id triples in insertion order: open addressing on an integer hash of the ids, no `Hasher`.
struct IDTripleSet {
    /// Index + 1 in `members` of the triple in each slot; 0 is empty.
    private var slots = [UInt32](repeating: 0, count: 1 << 12)
    /// The triples in the set, in insertion order.
    private(set) var members: [InternedTriples.IDTriple] = []

    /// The slot hash of a triple.
    @inline(__always)
    private static func hash(_ t: InternedTriples.IDTriple) -> Int {
        var h = UInt64(t.subject) &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ UInt64(t.predicate)) &* 0xC2B2_AE3D_27D4_EB4F
        h = (h ^ UInt64(t.object)) &* 0x1656_67B1_9E37_79F9
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// Inserts `t`; false when it was already present.
    @discardableResult
    mutating func insert(_ t: InternedTriples.IDTriple) -> Bool {
        let mask = slots.count - 1
        var i = IDTripleSet.hash(t) & mask
        while slots[i] != 0 {
            if members[Int(slots[i] - 1)] == t { return false }
            i = (i + 1) & mask
        }
        members.append(t)
        if members.count * 2 > slots.count { grow() } else { slots[i] = UInt32(members.count) }
        return true
    }

    /// Doubles the slots and re-places every member.
    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (n, t) in members.enumerated() {
            var i = IDTripleSet.hash(t) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = UInt32(n + 1)
        }
    }
}
