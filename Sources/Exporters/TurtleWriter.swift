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
    private var store = TurtleTriples(syntax: TurtleSyntax(prefixes: []))

    /// A writer that sends its bytes to `output`.
    public init(output: ByteOutput) {
        buffer = ByteBuffer(output: output)
    }

    /// Records the prefixes to declare; a prefix whose name is not a valid PN_PREFIX, or that repeats an earlier name, is skipped.
    public mutating func start(prefixes: [Prefix]) throws(GraphCoreError) {
        try state.start("TurtleWriter")
        self.prefixes = TurtleSyntax.declarable(prefixes)
        store = TurtleTriples(syntax: TurtleSyntax(prefixes: self.prefixes))
    }

    /// Keeps the triple for `finish()`.
    public mutating func write(_ triple: Triple) throws(GraphCoreError) {
        try state.checkWrite("TurtleWriter")
        store.add(triple)
    }

    /// Writes the prefixes and every subject block, and flushes.
    public mutating func finish() throws(GraphCoreError) {
        try state.finish("TurtleWriter")
        TurtleSyntax.appendPrefixes(prefixes, to: &buffer)
        var referencedAsObject = [Bool](repeating: false, count: store.table.count)
        for t in store.triples { referencedAsObject[Int(t.object)] = true }
        let blocks = TurtleBlocks(table: store.table, referencedAsObject: referencedAsObject)
        try blocks.write(store.triples, indent: "", to: &buffer)
        try buffer.flush()
    }
}

/// Writes id triples as Turtle subject blocks (shared by the Turtle and TriG writers).
///
/// Subjects in term order (IRIs by string, then blank nodes by label); `a` first, then
/// `rdfs:label`, `skos:altLabel`, then the other predicates by IRI; objects sorted; `;` and
/// `,` abbreviations. A blank node never used as an object is written `[]`. Duplicate triples
/// are written once. Terms are copied from their Turtle forms, rendered once per term.
struct TurtleBlocks {
    /// The terms with their Turtle forms.
    let table: TermTable
    /// Every term's position in term order.
    let rank: [UInt32]
    /// The term ids in term order.
    let order: [Int]
    /// Per term: used as an object somewhere in the document.
    let referencedAsObject: [Bool]
    /// Sort key of every term in predicate position: its predicate group, then its rank.
    private let predicateKey: [UInt32]
    /// The id of `rdf:type`, written `a`, if it occurs.
    private let typeID: UInt32?
    /// Where each term's Turtle form lies in the table's bytes, by rank (one compact lookup per written object).
    private let renderedByRank: [ByteRange]

    /// Blocks over the terms of `table` with the object-use flags of the whole document.
    init(table: TermTable, referencedAsObject: [Bool]) {
        self.table = table
        (self.rank, self.order) = table.ranks()
        self.referencedAsObject = referencedAsObject
        self.typeID = table.id(of: RDF.type)
        let labelID = table.id(of: RDFS.label), altLabelID = table.id(of: SKOS.altLabel)
        var keys = [UInt32](repeating: 3 << 29, count: table.count)
        if let typeID { keys[Int(typeID)] = 0 }
        if let labelID { keys[Int(labelID)] = 1 << 29 }
        if let altLabelID { keys[Int(altLabelID)] = 2 << 29 }
        for id in keys.indices { keys[id] += rank[id] }
        self.predicateKey = keys
        self.renderedByRank = order.map { table.records[$0].rendered }
    }

    /// Appends the Turtle form of term `id`; subjects that are blank nodes never used as objects become `[]`.
    func appendTerm(_ id: UInt32, subject: Bool, arena: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        if subject, !referencedAsObject[Int(id)], table.records[Int(id)].kind == .blank {
            out.appendStatic("[]")
            return
        }
        let range = table.rendered(id)
        out.append(bytes: UnsafeBufferPointer(rebasing: arena[range.start..<(range.start + range.count)]))
    }

    /// Appends the Turtle form of term `id` (see ``appendTerm(_:subject:arena:to:)``).
    func appendTerm(_ id: UInt32, subject: Bool, to out: inout ByteBuffer) {
        table.bytes.withUnsafeBufferPointer { appendTerm(id, subject: subject, arena: $0, to: &out) }
    }

    /// Sorts `triples` and writes one block per subject, each line prefixed by `indent`, flushing as chunks fill.
    ///
    /// Every triple becomes the key (predicate key << 32 | object rank), placed in its subject's run; runs are
    /// in subject order. A document with many triples per term is bucketed by subject rank (linear time),
    /// a small one (a named graph of TriG) is sorted directly. Each run is then sorted, and equal keys (duplicate
    /// triples) are written once.
    func write(_ unsorted: [InternedTriples.IDTriple], indent: StaticString, to buffer: inout ByteBuffer) throws(GraphCoreError) {
        var keys = [UInt64](repeating: 0, count: unsorted.count)
        var subjects: [(rank: UInt32, end: Int)] = []
        rank.withUnsafeBufferPointer { rank in
            predicateKey.withUnsafeBufferPointer { predicateKey in
                keys.withUnsafeMutableBufferPointer { keys in
                    @inline(__always) func key(_ t: InternedTriples.IDTriple) -> UInt64 {
                        UInt64(predicateKey[Int(t.predicate)]) << 32 | UInt64(rank[Int(t.object)])
                    }
                    if unsorted.count * 4 >= rank.count {
                        // Counting sort by subject rank.
                        var start = [Int](repeating: 0, count: rank.count + 1)
                        for t in unsorted { start[Int(rank[Int(t.subject)]) + 1] += 1 }
                        for r in 0..<rank.count { start[r + 1] += start[r] }
                        var fill = start
                        for t in unsorted {
                            let r = Int(rank[Int(t.subject)])
                            keys[fill[r]] = key(t)
                            fill[r] += 1
                        }
                        for r in 0..<rank.count where start[r] < start[r + 1] { subjects.append((UInt32(r), start[r + 1])) }
                    } else {
                        var all = unsorted.map { t in (subject: rank[Int(t.subject)], key: key(t)) }
                        all.sort { $0.subject != $1.subject ? $0.subject < $1.subject : $0.key < $1.key }
                        for (i, entry) in all.enumerated() {
                            keys[i] = entry.key
                            if i + 1 == all.count || all[i + 1].subject != entry.subject { subjects.append((entry.subject, i + 1)) }
                        }
                    }
                    var begin = 0
                    for subject in subjects {
                        var run = UnsafeMutableBufferPointer(rebasing: keys[begin..<subject.end])
                        run.sort()
                        begin = subject.end
                    }
                }
            }
        }

        let rankMask: UInt64 = (1 << 29) - 1
        let result: Result<Void, GraphCoreError> = table.bytes.withUnsafeBufferPointer { arena in
            order.withUnsafeBufferPointer { order in
                var index = 0
                for subject in subjects {
                    let end = subject.end
                    buffer.append(UInt8(ascii: "\n"))
                    buffer.appendStatic(indent)
                    appendTerm(UInt32(order[Int(subject.rank)]), subject: true, arena: arena, to: &buffer)
                    var firstPredicate = true
                    while index < end {
                        let predicateKey = keys[index] >> 32
                        let predicate = UInt32(order[Int(predicateKey & rankMask)])
                        if firstPredicate {
                            buffer.append(UInt8(ascii: " "))
                            firstPredicate = false
                        } else {
                            buffer.appendStatic(" ;\n    ")
                            buffer.appendStatic(indent)
                        }
                        if predicate == typeID {
                            buffer.append(UInt8(ascii: "a"))
                        } else {
                            appendTerm(predicate, subject: false, arena: arena, to: &buffer)
                        }
                        var firstObject = true
                        while index < end, keys[index] >> 32 == predicateKey {
                            let key = keys[index]
                            buffer.appendStatic(firstObject ? " " : ", ")
                            firstObject = false
                            let range = renderedByRank[Int(UInt32(truncatingIfNeeded: key))]
                            buffer.append(bytes: UnsafeBufferPointer(rebasing: arena[range.start..<(range.start + range.count)]))
                            index += 1
                            while index < end, keys[index] == key { index += 1 }  // a duplicate triple
                        }
                    }
                    buffer.appendStatic(" .\n")
                    do throws(GraphCoreError) { try buffer.flushIfNeeded() } catch { return .failure(error) }
                }
                return .success(())
            }
        }
        try result.get()
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

    /// Appends one `@prefix name: <namespace> .` line per prefix (names already checked by ``declarable(_:)``).
    static func appendPrefixes(_ prefixes: [Prefix], to buffer: inout ByteBuffer) {
        for prefix in prefixes {
            buffer.appendStatic("@prefix ")
            buffer.appendVerbatim(prefix.name)  // checked by declarable: PN_PREFIX characters only
            buffer.appendStatic(": ")
            NTriplesSyntax.appendIRI(prefix.namespace, to: &buffer)
            buffer.appendStatic(" .\n")
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

    /// The prefixes a Turtle or TriG document can declare: valid PN_PREFIX names, the first binding of each name.
    static func declarable(_ prefixes: [Prefix]) -> [Prefix] {
        var names: Set<String> = []
        return prefixes.filter { isValidPrefixName($0.name) && names.insert($0.name).inserted }
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
