import GraphCore

/// Writes pretty Turtle, grouped by subject; needs the whole graph, so everything is written in `finish()`.
///
/// Triples are kept interned (each term once, triples as id triples, duplicates dropped).
/// `finish()` declares the prefixes given to `start`, then writes one block per subject:
/// IRIs sorted by string, then blank nodes by label; `a` (rdf:type) first, then
/// `rdfs:label`, `skos:altLabel`, then the other predicates by IRI; objects sorted; `;` and
/// `,` abbreviations. IRIs become prefixed names where the local part is a plain PN_LOCAL
/// (else `<IRI>`); `xsd:integer` and `xsd:decimal` are written as bare numbers when the
/// lexical form is exactly Turtle's INTEGER or DECIMAL. A blank node that never appears as an
/// object (the provenance `rdf:Statement` nodes) is written as `[]`, any other keeps its
/// label `_:…`. The bytes depend only on the set of triples and the prefixes, never on the
/// order of `write` calls.
public struct TurtleWriter: GraphSink {
    private var buffer: ByteBuffer
    private var state = SinkState()
    private var prefixes: [Prefix] = []
    private var store = InternedTriples()

    /// A writer that sends its bytes to `output`.
    public init(output: ByteOutput) {
        buffer = ByteBuffer(output: output)
    }

    /// Records the prefixes to declare; a prefix whose name is not a valid PN_PREFIX, or that repeats an earlier name, is skipped.
    public mutating func start(prefixes: [Prefix]) throws(GraphCoreError) {
        try state.start("TurtleWriter")
        var names: Set<String> = []
        for prefix in prefixes where TurtleSyntax.isValidPrefixName(prefix.name) && names.insert(prefix.name).inserted {
            self.prefixes.append(prefix)
        }
    }

    /// Keeps the triple for `finish()`.
    public mutating func write(_ triple: Triple) throws(GraphCoreError) {
        try state.checkWrite("TurtleWriter")
        store.add(triple)
    }

    /// Writes the prefixes and every subject block, and flushes.
    public mutating func finish() throws(GraphCoreError) {
        try state.finish("TurtleWriter")
        for prefix in prefixes {
            buffer.appendStatic("@prefix ")
            buffer.appendVerbatim(prefix.name)  // checked in start: PN_PREFIX characters only
            buffer.appendStatic(": ")
            NTriplesSyntax.appendIRI(prefix.namespace, to: &buffer)
            buffer.appendStatic(" .\n")
        }

        let rank = store.ranks()
        var referencedAsObject = [Bool](repeating: false, count: store.terms.count)
        for t in store.triples { referencedAsObject[Int(t.object)] = true }
        var blocks = TurtleBlocks(terms: store.terms, rank: rank, referencedAsObject: referencedAsObject,
                                  syntax: TurtleSyntax(prefixes: prefixes))
        try blocks.write(store.triples, indent: "", to: &buffer)
        try buffer.flush()
    }
}

/// Writes id triples as Turtle subject blocks (shared by the Turtle and TriG writers).
///
/// Subjects in term order (IRIs by string, then blank nodes by label); `a` first, then
/// `rdfs:label`, `skos:altLabel`, then the other predicates by IRI; objects sorted; `;` and
/// `,` abbreviations. A blank node never used as an object is written `[]`.
struct TurtleBlocks {
    let terms: [Term]
    let rank: [UInt32]
    let referencedAsObject: [Bool]
    let syntax: TurtleSyntax
    /// Sort key of every term in predicate position.
    private let predicateKey: [UInt32]
    private var abbreviated: [UInt32: [UInt8]] = [:]

    /// Blocks over interned `terms` with their sort `rank` and the object-use flags of the whole document.
    init(terms: [Term], rank: [UInt32], referencedAsObject: [Bool], syntax: TurtleSyntax) {
        self.terms = terms
        self.rank = rank
        self.referencedAsObject = referencedAsObject
        self.syntax = syntax
        self.predicateKey = terms.indices.map { TurtleSyntax.predicateOrder(terms[$0]) + rank[$0] }
    }

    /// Appends the shortest form of term `id`; subjects that are blank nodes never used as objects become `[]`.
    mutating func appendTerm(_ id: UInt32, subject: Bool, to out: inout ByteBuffer) {
        if let cached = abbreviated[id] { out.append(contentsOf: cached); return }
        var bytes: [UInt8] = []
        let term = terms[Int(id)]
        if subject, case .blank = term, !referencedAsObject[Int(id)] {
            bytes.appendStatic("[]")
        } else {
            syntax.appendTerm(term, to: &bytes)
        }
        // Cache IRIs and blank nodes only: they repeat; literals mostly do not.
        if term.literal == nil { abbreviated[id] = bytes }
        out.append(contentsOf: bytes)
    }

    /// Sorts `triples` and writes one block per subject, each line prefixed by `indent`, flushing as chunks fill.
    mutating func write(_ unsorted: [InternedTriples.IDTriple], indent: StaticString, to buffer: inout ByteBuffer) throws(GraphCoreError) {
        let rank = self.rank, predicateKey = self.predicateKey
        let triples = unsorted.sorted { a, b in
            if a.subject != b.subject { return rank[Int(a.subject)] < rank[Int(b.subject)] }
            if a.predicate != b.predicate { return predicateKey[Int(a.predicate)] < predicateKey[Int(b.predicate)] }
            return rank[Int(a.object)] < rank[Int(b.object)]
        }

        var index = 0
        while index < triples.count {
            let subject = triples[index].subject
            buffer.append(UInt8(ascii: "\n"))
            buffer.appendStatic(indent)
            appendTerm(subject, subject: true, to: &buffer)
            var firstPredicate = true
            while index < triples.count, triples[index].subject == subject {
                let predicate = triples[index].predicate
                if firstPredicate {
                    buffer.append(UInt8(ascii: " "))
                    firstPredicate = false
                } else {
                    buffer.appendStatic(" ;\n    ")
                    buffer.appendStatic(indent)
                }
                if terms[Int(predicate)] == .iri(RDF.type) {
                    buffer.append(UInt8(ascii: "a"))
                } else {
                    appendTerm(predicate, subject: false, to: &buffer)
                }
                var firstObject = true
                while index < triples.count, triples[index].subject == subject, triples[index].predicate == predicate {
                    buffer.appendStatic(firstObject ? " " : ", ")
                    firstObject = false
                    appendTerm(triples[index].object, subject: false, to: &buffer)
                    index += 1
                }
            }
            buffer.appendStatic(" .\n")
            try buffer.flushIfNeeded()
        }
    }
}

/// Turtle term syntax: prefixed names, bare numbers, full IRIs and quoted literals.
struct TurtleSyntax {
    let prefixes: [Prefix]

    /// Writes `term` in its shortest unambiguous Turtle form.
    func appendTerm<B: ByteAppending>(_ term: Term, to out: inout B) {
        switch term {
        case .iri(let iri): appendIRI(iri, to: &out)
        case .blank(let node): NTriplesSyntax.appendBlank(node, to: &out)
        case .literal(let literal):
            if literal.language == nil,
               (literal.datatype == XSD.integer && TurtleSyntax.isInteger(literal.lexical))
                || (literal.datatype == XSD.decimal && TurtleSyntax.isDecimal(literal.lexical)) {
                out.appendVerbatim(literal.lexical)  // digits, sign and one dot only: checked just above
                return
            }
            out.append(UInt8(ascii: "\""))
            RDFEscaping.appendStringLiteralBody(literal.lexical, to: &out)
            out.append(UInt8(ascii: "\""))
            if let language = literal.language {
                out.append(UInt8(ascii: "@"))
                out.appendVerbatim(language)  // validated by Literal
            } else if literal.datatype != XSD.string {
                out.appendStatic("^^")
                appendIRI(literal.datatype, to: &out)
            }
        }
    }

    /// `prefix:local` with the longest matching namespace whose remainder is a plain PN_LOCAL, else `<iri>`.
    func appendIRI<B: ByteAppending>(_ iri: IRI, to out: inout B) {
        var best: (prefix: Prefix, length: Int)? = nil
        for prefix in prefixes {
            let namespace = prefix.namespace.string
            guard iri.string.utf8.starts(with: namespace.utf8), namespace.utf8.count > (best?.length ?? -1) else { continue }
            let local = iri.string.utf8.dropFirst(namespace.utf8.count)
            if TurtleSyntax.isPlainLocalName(local) { best = (prefix, namespace.utf8.count) }
        }
        guard let best else {
            NTriplesSyntax.appendIRI(iri, to: &out)
            return
        }
        out.appendVerbatim(best.prefix.name)  // PN_PREFIX, checked in TurtleWriter.start
        out.append(UInt8(ascii: ":"))
        out.appendVerbatim(String(iri.string.utf8.dropFirst(best.length))!)  // PN_LOCAL, checked above
    }

    /// Sort key base for predicates: rdf:type, rdfs:label, skos:altLabel, then everything else.
    static func predicateOrder(_ term: Term) -> UInt32 {
        switch term {
        case .iri(RDF.type): return 0
        case .iri(RDFS.label): return 1 << 29
        case .iri(SKOS.altLabel): return 2 << 29
        default: return 3 << 29
        }
    }

    /// True for `[+-]?[0-9]+`, Turtle's INTEGER.
    static func isInteger(_ text: String) -> Bool {
        var digits = 0
        for (i, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "+"), UInt8(ascii: "-"): if i != 0 { return false }
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            default: return false
            }
        }
        return digits > 0
    }

    /// True for `[+-]?[0-9]+\.[0-9]+`: Turtle's DECIMAL with at least one digit before the dot
    /// (`.5` is valid DECIMAL too, but is written quoted to stay clear of the statement terminator).
    static func isDecimal(_ text: String) -> Bool {
        var sawDot = false
        var digitsBefore = 0
        var digitsAfter = 0
        for (i, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "+"), UInt8(ascii: "-"): if i != 0 { return false }
            case UInt8(ascii: "."): if sawDot { return false }; sawDot = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"): if sawDot { digitsAfter += 1 } else { digitsBefore += 1 }
            default: return false
            }
        }
        return sawDot && digitsBefore > 0 && digitsAfter > 0
    }

    /// True for a PN_PREFIX made of ASCII: empty, or a letter, then letters, digits, `_`, `-`, `.`, not ending in `.`.
    static func isValidPrefixName(_ name: String) -> Bool {
        var last: UInt8 = 0
        for (i, byte) in name.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): break
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if i == 0 { return false }
            default: return false
            }
            last = byte
        }
        return last != UInt8(ascii: ".")
    }

    /// True for the ASCII subset of PN_LOCAL that needs no escapes: empty, or `[A-Za-z0-9_]`
    /// followed by `[A-Za-z0-9_.-]*`, not ending in `.`.
    static func isPlainLocalName<C: Collection>(_ local: C) -> Bool where C.Element == UInt8 {
        var last: UInt8 = 0
        var first = true
        for byte in local {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): break
            case UInt8(ascii: "-"), UInt8(ascii: "."): if first { return false }
            default: return false
            }
            first = false
            last = byte
        }
        return last != UInt8(ascii: ".")
    }
}
