/// Triples encoded as the UTF-8 bytes of their terms in one buffer, to move them between threads.
///
/// A batch owns plain bytes and no `String`s, so handing one to another thread shares no reference counts:
/// the producing thread copies each term's bytes once, and a ``TripleBatchSink`` on the consuming thread reads
/// them in place (``forEach(_:)``) without building `Term` values. ``EncodedTerm/term`` rebuilds a term when it
/// is needed, equal to the one appended.
///
/// Layout, per triple: subject, predicate, object, each a kind byte and a length-prefixed UTF-8 run; a literal
/// adds its datatype IRI and, when tagged, its language tag as further runs.
///
/// A producer that repeats terms (an entity, a document, a rule name in every statement node) may number them
/// (``append(_:_:_:)`` with ``Part``s): the first occurrence of a number carries the term's bytes and the number
/// (a marker byte and four bytes before the term), every later one only the number (``EncodedTerm/Kind/reference``,
/// five bytes). Numbers hold across the batches of one stream, so a consumer of numbered batches keeps what each
/// number stood for (see ``TermNumbers``).
public struct TripleBatch: Sendable {
    /// The encoded triples.
    private var bytes: [UInt8] = []
    /// The number of triples.
    public private(set) var count = 0

    /// An empty batch with room for about `capacity` bytes.
    public init(reservingBytes capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// True when no triple was appended.
    public var isEmpty: Bool { count == 0 }

    /// The number of encoded bytes.
    public var byteCount: Int { bytes.count }

    /// Empties the batch, keeping its storage for reuse.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        count = 0
    }

    /// Appends `triple`.
    public mutating func append(_ triple: Triple) {
        append(triple.subject)
        bytes.append(EncodedTerm.Kind.iri.rawValue)
        appendRun(triple.predicate.string)
        append(triple.object)
        count += 1
    }

    /// One term of a triple appended with ``append(_:_:_:)``.
    public enum Part {
        /// The term itself, unnumbered.
        case term(Term)
        /// The term, given number `number` for later references (its first occurrence in the stream).
        case numbered(Term, UInt32)
        /// The term given number `number` earlier in the stream.
        case reference(UInt32)
        /// The blank node with this label (valid ASCII label bytes, read during the append only).
        case blank(UnsafeBufferPointer<UInt8>)
        /// The `xsd:string` literal with this lexical form.
        case string(String)
    }

    /// Appends the triple of these parts (see the numbering above); the predicate part must be an IRI.
    @inline(__always)
    public mutating func append(_ subject: Part, _ predicate: Part, _ object: Part) {
        append(subject)
        append(predicate)
        append(object)
        count += 1
    }

    /// Appends one part: a term, a numbered term (marker, number, term) or a reference (kind, number).
    @inline(__always)
    private mutating func append(_ part: Part) {
        switch part {
        case .term(let term):
            append(term)
        case .numbered(let term, let number):
            bytes.append(EncodedTerm.numberedMarker)
            withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
            append(term)
        case .reference(let number):
            bytes.append(EncodedTerm.Kind.reference.rawValue)
            withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
        case .blank(let label):
            bytes.append(EncodedTerm.Kind.blank.rawValue)
            appendRun(label)
        case .string(let lexical):
            bytes.append(EncodedTerm.Kind.literal.rawValue)
            appendRun(lexical)
            appendRun(XSD.string.string)
        }
    }

    /// Appends one term: its kind, then its runs.
    private mutating func append(_ term: Term) {
        switch term {
        case .iri(let iri):
            bytes.append(EncodedTerm.Kind.iri.rawValue)
            appendRun(iri.string)
        case .blank(let node):
            bytes.append(EncodedTerm.Kind.blank.rawValue)
            appendRun(node.label)
        case .literal(let literal):
            if let language = literal.language {
                bytes.append(EncodedTerm.Kind.taggedLiteral.rawValue)
                appendRun(literal.lexical)
                appendRun(literal.datatype.string)
                appendRun(language)
            } else {
                bytes.append(EncodedTerm.Kind.literal.rawValue)
                appendRun(literal.lexical)
                appendRun(literal.datatype.string)
            }
        }
    }

    /// Appends the length of `text`'s UTF-8 form (four bytes, little-endian), then the bytes.
    @inline(__always)
    private mutating func appendRun(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ appendRun($0) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { appendRun($0) }
        }
    }

    /// Appends the length of `run` (four bytes, little-endian), then its bytes.
    @inline(__always)
    private mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) {
        withUnsafeBytes(of: UInt32(run.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: run)
    }

    /// Calls `body` with every triple in the order appended; the views are valid only during the call.
    public func forEach<E: Error>(_ body: (EncodedTriple) throws(E) -> Void) throws(E) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(E) in
            var reader = Reader(buffer: buffer)
            for _ in 0..<count {
                let subject = reader.term()
                let predicate = reader.term()
                let object = reader.term()
                try body(EncodedTriple(subject: subject, predicate: predicate, object: object))
            }
        }
    }

    /// Reads runs and terms in order.
    private struct Reader {
        let buffer: UnsafeBufferPointer<UInt8>
        var offset = 0

        /// The next length-prefixed run.
        @inline(__always)
        mutating func run() -> UnsafeBufferPointer<UInt8> {
            let length = Int(UInt32(littleEndian: UnsafeRawPointer(buffer.baseAddress! + offset).loadUnaligned(as: UInt32.self)))
            let start = offset + 4
            offset = start + length
            return UnsafeBufferPointer(rebasing: buffer[start..<offset])
        }

        /// The next four-byte number.
        @inline(__always)
        mutating func number() -> UInt32 {
            let value = UInt32(littleEndian: UnsafeRawPointer(buffer.baseAddress! + offset).loadUnaligned(as: UInt32.self))
            offset += 4
            return value
        }

        /// The next term.
        @inline(__always)
        mutating func term() -> EncodedTerm {
            var number = EncodedTerm.unnumbered
            if buffer[offset] == EncodedTerm.numberedMarker {
                offset += 1
                number = self.number()
            }
            let kind = EncodedTerm.Kind(rawValue: buffer[offset])!
            offset += 1
            if kind == .reference {
                return EncodedTerm(kind: kind, text: UnsafeBufferPointer(start: nil, count: 0), datatype: nil, language: nil,
                                   number: self.number())
            }
            let text = run()
            switch kind {
            case .iri, .blank:
                return EncodedTerm(kind: kind, text: text, datatype: nil, language: nil, number: number)
            case .literal:
                return EncodedTerm(kind: kind, text: text, datatype: run(), language: nil, number: number)
            case .taggedLiteral:
                let datatype = run()
                return EncodedTerm(kind: kind, text: text, datatype: datatype, language: run(), number: number)
            case .reference:
                preconditionFailure("read above")
            }
        }
    }
}

/// One triple of a ``TripleBatch``, read in place.
public struct EncodedTriple {
    /// The subject (an IRI or a blank node).
    public let subject: EncodedTerm
    /// The predicate (an IRI).
    public let predicate: EncodedTerm
    /// The object.
    public let object: EncodedTerm

    /// The triple as `Triple`, equal to the one appended (for a batch without references, see ``TripleBatch``).
    public var triple: Triple {
        Triple(subject.term, IRI(trusted: String(decoding: predicate.text, as: UTF8.self)), object.term)
    }
}

/// One term of a ``TripleBatch``, read in place: the UTF-8 bytes of its parts.
public struct EncodedTerm {
    /// What a term is, as stored in a batch.
    public enum Kind: UInt8 {
        /// A named node: `text` is the IRI.
        case iri = 0
        /// A blank node: `text` is the label.
        case blank = 1
        /// A literal without a language tag: `text` is the lexical form, `datatype` the datatype IRI.
        case literal = 2
        /// A language-tagged literal: `text`, `datatype` (`rdf:langString`) and `language`.
        case taggedLiteral = 3
        /// A term given earlier in the stream under ``EncodedTerm/number``: `text` is empty.
        case reference = 4
    }

    /// The byte before a numbered term: its number follows, then the term.
    static let numberedMarker: UInt8 = 5
    /// ``number`` of a term that has none.
    public static let unnumbered = UInt32.max

    /// The kind of term.
    public let kind: Kind
    /// The IRI, the blank node label or the literal's lexical form.
    public let text: UnsafeBufferPointer<UInt8>
    /// A literal's datatype IRI; nil for IRIs and blank nodes.
    public let datatype: UnsafeBufferPointer<UInt8>?
    /// A tagged literal's language tag (lower-cased); nil otherwise.
    public let language: UnsafeBufferPointer<UInt8>?
    /// The term's number: the one it is given for later references, the one a reference names, or ``unnumbered``.
    public let number: UInt32

    /// The term as `Term`, equal to the one appended; a reference has no bytes to rebuild a term from.
    public var term: Term {
        precondition(kind != .reference, "a reference names a term given earlier in the stream")
        let string = String(decoding: text, as: UTF8.self)
        switch kind {
        case .iri:
            return .iri(IRI(trusted: string))
        case .blank:
            return .blank(BlankNode(trusted: string))
        case .literal, .taggedLiteral, .reference:
            let datatype = IRI(trusted: String(decoding: self.datatype!, as: UTF8.self))
            return .literal(Literal(trustedLexical: string, datatype: datatype,
                                    language: language.map { String(decoding: $0, as: UTF8.self) }))
        }
    }
}

/// A sink that reads a ``TripleBatch`` in place, which is cheaper than being handed each triple as a `Triple`.
///
/// A producer that moves triples to another thread hands such a sink whole batches; it hands any other sink
/// `Triple`s. Writing a batch must have exactly the effect of writing its triples one by one, in order; a reference
/// stands for the term its number was given to in an earlier triple of the same sink (see ``TermNumbers``).
public protocol TripleBatchSink: GraphSink {
    /// Accepts every triple of `batch`, in order.
    mutating func write(_ batch: TripleBatch) throws(GraphCoreError)
}

extension TripleBatchSink {
    /// Writes `triples` in order as batches of `size` triples (the last one may hold fewer).
    public mutating func write<S: Sequence<Triple>>(_ triples: S, inBatchesOf size: Int) throws(GraphCoreError) {
        var batch = TripleBatch()
        for triple in triples {
            batch.append(triple)
            if batch.count >= size {
                try write(batch)
                batch.removeAll()
            }
        }
        if !batch.isEmpty { try write(batch) }
    }
}

/// A sink that interns terms to integer ids and accepts triples of ids, so that a producer repeating a term (an
/// entity, a document, a rule name) has it interned once instead of once per triple.
///
/// Writing the triple `(s, p, o)` through ids must have exactly the effect of ``GraphSink/write(_:)``: the producer
/// asks for the ids of the subject (unless it is a blank node), the predicate and the object in this order, the
/// first time each term occurs, and may reuse an id for a later occurrence of the same term (same bytes).
public protocol TermIDSink: GraphSink {
    /// The id of `term` (interned on first sight): equal terms get equal ids.
    mutating func termID(_ term: Term) -> UInt32
    /// The id of `iri` in predicate position: the id ``termID(_:)`` gives `.iri(iri)`.
    mutating func predicateID(_ iri: IRI) -> UInt32
    /// Accepts the triple of these ids (an IRI subject), as ``GraphSink/write(_:)`` accepts it.
    mutating func write(subjectID: UInt32, predicateID: UInt32, objectID: UInt32) throws(GraphCoreError)
    /// Accepts the triple about the blank node `subject` (not interned) with these ids, as ``GraphSink/write(_:)`` does.
    mutating func write(blankSubject: BlankNode, predicateID: UInt32, objectID: UInt32) throws(GraphCoreError)
    /// Accepts the triples about the blank node labelled `label` (valid label bytes) with the ids in `pairs`
    /// (predicate, object, predicate, object, …), as ``write(blankSubject:predicateID:objectID:)`` for each pair in turn.
    mutating func write(blankLabel label: UnsafeBufferPointer<UInt8>, pairs: UnsafeBufferPointer<UInt32>) throws(GraphCoreError)
}

extension TermIDSink {
    /// One ``write(blankSubject:predicateID:objectID:)`` per pair, with the label made a `BlankNode` once.
    public mutating func write(blankLabel label: UnsafeBufferPointer<UInt8>, pairs: UnsafeBufferPointer<UInt32>) throws(GraphCoreError) {
        let node = BlankNode(trusted: String(decoding: label, as: UTF8.self))
        var i = 0
        while i + 1 < pairs.count {
            try write(blankSubject: node, predicateID: pairs[i], objectID: pairs[i + 1])
            i += 2
        }
    }
}

/// What each term number of a stream of numbered ``TripleBatch``es stands for, in a consumer's own ids.
public struct TermNumbers: Sendable {
    /// id + 1 of each number (0: not given yet).
    private var ids: [UInt32] = []

    /// An empty table.
    public init() {}

    /// The consumer's id of `term`: the id recorded for a reference's number; else `make(term)`, recorded under the
    /// term's number when it has one.
    @inline(__always)
    public mutating func id(_ term: EncodedTerm, make: (EncodedTerm) -> UInt32) -> UInt32 {
        if term.kind == .reference {
            let number = Int(term.number)
            precondition(number < ids.count && ids[number] != 0, "a reference to a number not given before")
            return ids[number] - 1
        }
        let id = make(term)
        if term.number != EncodedTerm.unnumbered {
            let number = Int(term.number)
            if number >= ids.count { ids.append(contentsOf: repeatElement(0, count: number + 1 - ids.count)) }
            ids[number] = id + 1
        }
        return id
    }
}
