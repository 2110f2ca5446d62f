#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
///
/// Triples about blank nodes (most of a graph with provenance: the statement nodes) are not
/// kept in memory: each run of them about one subject goes to an anonymous temporary file as
/// (predicate id, object id) pairs, and only the label and the run's place in the file are kept.
/// `finish()` writes the blocks of IRI subjects, then reads the runs back by label and writes the
/// blank-node blocks exactly as if they had been kept.
public struct TurtleWriter: TripleBatchSink, TermIDSink {
    private var buffer: ByteBuffer
    /// Where the bytes go (``buffer`` is flushed before blocks rendered apart are written here directly).
    private let output: ByteOutput
    /// Threads `finish()` may render blocks on (1 or 2).
    private let threads: Int
    /// The spill's batch and read window sizes (see ``BlankSubjectSpill``); tests make them small.
    var spillLimits = (batchTriples: BlankSubjectSpill.defaultBatchTriples, readWindow: BlankSubjectSpill.defaultReadWindow)
    private var state = SinkState()
    private var prefixes: [Prefix] = []
    private var store = TurtleTriples(syntax: TurtleSyntax(prefixes: []))
    /// The runs of triples about blank nodes, created with the first one.
    private var spill: BlankSubjectSpill? = nil
    /// The ids of the terms numbered in the batches written so far (see ``TripleBatch``).
    private var numbers = TermNumbers()

    /// A writer that sends its bytes to `output`; with `threads` ≥ 2, `finish()` renders blocks on two threads.
    ///
    /// The bytes are the same for any number of threads.
    public init(output: ByteOutput, threads: Int = 1) {
        buffer = ByteBuffer(output: output)
        self.output = output
        self.threads = min(max(1, threads), 2)
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
        if case .blank(let node) = triple.subject {
            let ids = store.predicateAndObject(triple)
            if spill == nil { spill = try BlankSubjectSpill(batchTriples: spillLimits.batchTriples, readWindow: spillLimits.readWindow) }
            try spill!.add(node, predicate: ids.predicate, object: ids.object)
        } else {
            store.add(triple)
        }
    }

    /// Keeps every triple of `batch` for `finish()`, read in place: the same as writing each triple.
    ///
    /// Numbered terms are interned once and their references resolved through ``numbers``.
    public mutating func write(_ batch: TripleBatch) throws(GraphCoreError) {
        try state.checkWrite("TurtleWriter")
        try batch.forEach { (triple) throws(GraphCoreError) in
            if triple.subject.kind == .blank {
                let predicate = numbers.id(triple.predicate) { store.predicateID($0) }
                let object = numbers.id(triple.object) { store.intern($0) }
                if spill == nil { spill = try BlankSubjectSpill(batchTriples: spillLimits.batchTriples, readWindow: spillLimits.readWindow) }
                try spill!.add(label: triple.subject.text, predicate: predicate, object: object)
            } else {
                let subject = numbers.id(triple.subject) { store.subjectID($0) }
                let predicate = numbers.id(triple.predicate) { store.predicateID($0) }
                let object = numbers.id(triple.object) { store.intern($0) }
                store.add(InternedTriples.IDTriple(subject: subject, predicate: predicate, object: object))
            }
        }
    }

    /// The id of `term` in this document's term table (see ``TermIDSink``).
    public mutating func termID(_ term: Term) -> UInt32 {
        store.intern(term)
    }

    /// The id of `iri` in predicate position (see ``TermIDSink``).
    public mutating func predicateID(_ iri: IRI) -> UInt32 {
        store.predicateID(iri)
    }

    /// Keeps the triple of these ids for `finish()`: the same as writing the triple they stand for.
    public mutating func write(subjectID: UInt32, predicateID: UInt32, objectID: UInt32) throws(GraphCoreError) {
        try state.checkWrite("TurtleWriter")
        store.add(InternedTriples.IDTriple(subject: subjectID, predicate: predicateID, object: objectID))
    }

    /// Spills the triple about `blankSubject` with these ids: the same as writing the triple they stand for.
    public mutating func write(blankSubject: BlankNode, predicateID: UInt32, objectID: UInt32) throws(GraphCoreError) {
        try state.checkWrite("TurtleWriter")
        if spill == nil { spill = try BlankSubjectSpill(batchTriples: spillLimits.batchTriples, readWindow: spillLimits.readWindow) }
        try spill!.add(blankSubject, predicate: predicateID, object: objectID)
    }

    /// Spills the triples about the blank node labelled `label` with the id pairs `pairs`: the same as writing the
    /// triples they stand for, one after another.
    public mutating func write(blankLabel label: UnsafeBufferPointer<UInt8>, pairs: UnsafeBufferPointer<UInt32>) throws(GraphCoreError) {
        try state.checkWrite("TurtleWriter")
        if spill == nil { spill = try BlankSubjectSpill(batchTriples: spillLimits.batchTriples, readWindow: spillLimits.readWindow) }
        try spill!.add(label: label, pairs: pairs)
    }

    /// Writes the prefixes and every subject block, and flushes.
    public mutating func finish() throws(GraphCoreError) {
        try state.finish("TurtleWriter")
        TurtleSyntax.appendPrefixes(prefixes, to: &buffer)
        var referencedAsObject = [Bool](repeating: false, count: store.table.count)
        for t in store.triples { referencedAsObject[Int(t.object)] = true }
        let blocks = TurtleBlocks(table: store.table, referencedAsObject: referencedAsObject)
        try buffer.flush()
        try blocks.write(blocks.sorted(store.triples), threads: threads, to: output)  // the sorted keys are freed here
        // The blank-node labels are sorted only now, so that their order never shares memory with the sorted keys.
        try spill?.write(blocks, threads: threads, to: output)
        spill = nil
    }
}

/// The triples about blank nodes of a Turtle document, kept in an anonymous temporary file until `finish()`.
///
/// Each run of consecutive triples about one blank node is a fragment: its (predicate id, object id)
/// pairs, 8 bytes per triple, appended to the file; in memory stay only the label bytes and the
/// fragment's offset and triple count. The file is unlinked as soon as it is created and closed
/// when the last copy of this value goes away. A value type, so that appending costs no exclusivity checks.
struct BlankSubjectSpill {
    /// The temporary file's descriptor, closed when the last copy of the spill goes away.
    private final class File {
        let descriptor: Int32
        init(_ descriptor: Int32) { self.descriptor = descriptor }
        deinit { close(descriptor) }
    }

    /// One run of triples about one blank node.
    private struct Fragment {
        /// Where the label lies in ``labels``.
        var labelStart: Int
        /// Byte offset of the run's first pair in the file.
        var offset: Int
        /// The label's length in bytes.
        var labelCount: UInt32
        /// The number of triples in the run.
        var count: UInt32
    }

    private let file: File
    /// The path named in error messages.
    private let path: String
    private var buffer: ByteBuffer
    /// Bytes appended to the file so far (flushed or pending).
    private var written = 0
    /// The labels of all fragments, one after another (ASCII, see ``BlankNode/isValid(_:)``).
    private var labels: [UInt8] = []
    private var fragments: [Fragment] = []

    /// Creates and unlinks a temporary file in `$TMPDIR` (else `/tmp`); `batchTriples` and `readWindow` are for tests.
    init(batchTriples: Int = BlankSubjectSpill.defaultBatchTriples, readWindow: Int = BlankSubjectSpill.defaultReadWindow) throws(GraphCoreError) {
        self.batchTriples = max(1, batchTriples)
        self.readWindow = max(8, readWindow)
        var directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        if directory.isEmpty { directory = "/tmp" }
        var template = Array((directory + "/graph-export-turtle-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd < 0 {
            throw .fileOperationFailed(path: directory, operation: "create temporary file", reason: String(cString: strerror(errno)))
        }
        let name = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        unlink(name)
        file = File(fd)
        path = name
        buffer = ByteBuffer(output: DescriptorOutput(descriptor: fd, path: name), chunk: 1 << 20)
    }

    /// Appends one triple about `subject`, extending the open fragment when the subject is the same.
    mutating func add(_ subject: BlankNode, predicate: UInt32, object: UInt32) throws(GraphCoreError) {
        let failure: GraphCoreError? = TermTable.withBytes(subject.label) { label in
            do throws(GraphCoreError) { try add(label: label, predicate: predicate, object: object); return nil } catch { return error }
        }
        if let failure { throw failure }
    }

    /// Counts `count` more triples in the open fragment, opening a new one first when its label is not `label`.
    @inline(__always)
    private mutating func openFragment(label: UnsafeBufferPointer<UInt8>, adding count: UInt32) {
        // The open fragment's label is compared by bytes (labels are ASCII, so equal labels have equal bytes).
        let same: Bool
        if let last = fragments.last, Int(last.labelCount) == label.count {
            same = label.count == 0
                || labels.withUnsafeBufferPointer { memcmp($0.baseAddress! + last.labelStart, label.baseAddress!, label.count) == 0 }
        } else {
            same = false
        }
        if !same {
            let start = labels.count
            labels.append(contentsOf: label)
            fragments.append(Fragment(labelStart: start, offset: written, labelCount: UInt32(labels.count - start), count: 0))
        }
        fragments[fragments.count - 1].count += count
    }

    /// Appends one triple about the blank node with this (ASCII) label, as ``add(_:predicate:object:)`` does.
    mutating func add(label: UnsafeBufferPointer<UInt8>, predicate: UInt32, object: UInt32) throws(GraphCoreError) {
        openFragment(label: label, adding: 1)
        withUnsafeBytes(of: (predicate.littleEndian, object.littleEndian)) { buffer.append(contentsOf: $0) }
        written += 8
        try buffer.flushIfNeeded()
    }

    /// Appends the triples about the blank node with this (ASCII) label whose (predicate, object) ids are `pairs`
    /// (predicate, object, …), as one ``add(label:predicate:object:)`` per pair does, with one label comparison.
    mutating func add(label: UnsafeBufferPointer<UInt8>, pairs: UnsafeBufferPointer<UInt32>) throws(GraphCoreError) {
        let count = pairs.count / 2
        guard count > 0 else { return }
        openFragment(label: label, adding: UInt32(count))
        #if _endian(little)
        buffer.append(contentsOf: UnsafeRawBufferPointer(start: pairs.baseAddress, count: count * 8))
        #else
        for i in 0..<count {
            withUnsafeBytes(of: (pairs[2 * i].littleEndian, pairs[2 * i + 1].littleEndian)) { buffer.append(contentsOf: $0) }
        }
        #endif
        written += 8 * count
        try buffer.flushIfNeeded()
    }

    /// The default of ``batchTriples``: 16 MB of pairs.
    static let defaultBatchTriples = 1 << 21
    /// The default of ``readWindow``.
    static let defaultReadWindow = 1 << 20
    /// Blank-node blocks rendered as one piece (see ``OrderedRendering``).
    static let groupsPerPiece = 1024
    /// Triples read back from the file at a time: the fragments of consecutive labels up to this many (at least one
    /// label's) are gathered in one pass over the file.
    private let batchTriples: Int
    /// Bytes read from the file at once while gathering a batch.
    private let readWindow: Int

    /// Writes one block per blank node in label order, the fragments of one label merged, after the IRI subjects' blocks.
    ///
    /// A label used as an object somewhere is interned in `blocks`' table (blank subjects never are) and is written
    /// `_:label`; any other is written `[]`. Each block's keys are sorted exactly as ``TurtleBlocks/write(_:indent:to:)`` sorts them.
    /// The labels are sorted, then cut into batches of consecutive labels; each batch's fragments are read back in file
    /// order (large sequential reads, not one read per fragment) into one buffer where every label's pairs lie together,
    /// and its blocks are rendered on `threads` threads (one or two) and written to `output` in order.
    mutating func write(_ blocks: TurtleBlocks, threads: Int, to output: ByteOutput) throws(GraphCoreError) {
        try flush()
        try write(blocks, order: order(), threads: threads, to: output)
    }

    /// Hands the pending pairs to the file (before ``order()`` and reading back).
    mutating func flush() throws(GraphCoreError) {
        try buffer.flush()
    }

    /// The fragments in label order (see ``order()``).
    struct LabelOrder {
        /// Fragment indices sorted by label.
        var byLabel: [Int]
        /// Each fragment's position in ``byLabel``.
        var place: [UInt32]
        /// Per label, the end of its fragments in ``byLabel``.
        var groupEnds: [UInt32]
    }

    /// A fragment's sort key: its label's first eight bytes as one integer, and the fragment's index.
    private struct LabelKey {
        var prefix: UInt64
        var index: Int

        /// The first eight bytes of `fragment`'s label, big-endian, zero-padded.
        @inline(__always)
        static func prefix(of fragment: Fragment, in labels: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var prefix: UInt64 = 0
            let count = Int(fragment.labelCount)
            for k in 0..<8 {
                prefix <<= 8
                if k < count { prefix |= UInt64(labels[fragment.labelStart + k]) }
            }
            return prefix
        }
    }

    /// The fragments sorted by label (fragments of one label in the order they were written).
    func order() -> LabelOrder {
        let byLabel: [Int] = labels.withUnsafeBufferPointer { labels in
            fragments.withUnsafeBufferPointer { fragments in
                // Sorted by (label bytes, fragment index), mostly on integers: a key holds a label's first eight bytes
                // big-endian (zero-padded; labels have no zero byte, so a shorter label sorts first, as bytewise),
                // and only keys with equal prefixes compare the rest of their labels.
                var keys = fragments.indices.map { LabelKey(prefix: LabelKey.prefix(of: fragments[$0], in: labels), index: $0) }
                keys.sort { a, b in
                    if a.prefix != b.prefix { return a.prefix < b.prefix }
                    let x = fragments[a.index], y = fragments[b.index]
                    if x.labelCount > 8 && y.labelCount > 8 {
                        let n = Int(min(x.labelCount, y.labelCount)) - 8
                        let c = memcmp(labels.baseAddress! + x.labelStart + 8, labels.baseAddress! + y.labelStart + 8, n)
                        if c != 0 { return c < 0 }
                    }
                    if x.labelCount != y.labelCount { return x.labelCount < y.labelCount }
                    return a.index < b.index
                }
                return keys.map(\.index)
            }
        }
        var place = [UInt32](repeating: 0, count: fragments.count)
        for (position, fragment) in byLabel.enumerated() { place[fragment] = UInt32(position) }
        var groupEnds: [UInt32] = []
        labels.withUnsafeBufferPointer { labels in
            func sameLabel(_ a: Fragment, _ b: Fragment) -> Bool {
                a.labelCount == b.labelCount
                    && (a.labelCount == 0 || memcmp(labels.baseAddress! + a.labelStart, labels.baseAddress! + b.labelStart, Int(a.labelCount)) == 0)
            }
            for position in byLabel.indices.dropFirst() where !sameLabel(fragments[byLabel[position]], fragments[byLabel[position - 1]]) {
                groupEnds.append(UInt32(position))
            }
            if !byLabel.isEmpty { groupEnds.append(UInt32(byLabel.count)) }
        }
        return LabelOrder(byLabel: byLabel, place: place, groupEnds: groupEnds)
    }

    /// ``write(_:threads:to:)`` with the label order already computed by ``order()``.
    func write(_ blocks: TurtleBlocks, order: LabelOrder, threads: Int, to output: ByteOutput) throws(GraphCoreError) {
        let byLabel = order.byLabel, place = order.place, groupEnds = order.groupEnds
        var pairs: [UInt32] = []
        var pairStart: [Int] = []
        var group = 0
        while group < groupEnds.count {
            // The batch: labels group..<groupEnd, fragments (in label order) first..<last.
            let first = group == 0 ? 0 : Int(groupEnds[group - 1])
            var groupEnd = group
            var triples = 0
            repeat {
                let start = groupEnd == 0 ? 0 : Int(groupEnds[groupEnd - 1])
                for position in start..<Int(groupEnds[groupEnd]) { triples += Int(fragments[byLabel[position]].count) }
                groupEnd += 1
            } while groupEnd < groupEnds.count && triples < batchTriples
            let last = Int(groupEnds[groupEnd - 1])
            pairStart.removeAll(keepingCapacity: true)
            var total = 0
            for position in first..<last {
                pairStart.append(total)
                total += 2 * Int(fragments[byLabel[position]].count)
            }
            pairStart.append(total)
            pairs.removeAll(keepingCapacity: true)
            pairs.append(contentsOf: repeatElement(0, count: total))
            try gather(positions: first..<last, place: place, starts: pairStart, into: &pairs)
            try render(blocks, groups: group..<groupEnd, groupEnds: groupEnds, firstPosition: first, byLabel: byLabel,
                       pairs: pairs, pairStart: pairStart, threads: threads, to: output)
            group = groupEnd
        }
    }

    /// Reads the pairs of the fragments at label-order `positions` into `pairs`, each at `starts[position - first]`.
    ///
    /// The fragments are visited in file order, through a window of ``readWindow`` bytes read at once.
    private func gather(positions: Range<Int>, place: [UInt32], starts: [Int], into pairs: inout [UInt32]) throws(GraphCoreError) {
        var window = [UInt8](repeating: 0, count: min(readWindow, max(written, 1)))
        var windowStart = 0
        var windowEnd = 0
        let ok: Bool = window.withUnsafeMutableBytes { window in
            pairs.withUnsafeMutableBytes { target in
                for (index, fragment) in fragments.enumerated() {
                    let position = Int(place[index])
                    guard positions.contains(position) else { continue }
                    var offset = fragment.offset
                    var remaining = 8 * Int(fragment.count)
                    var destination = 4 * starts[position - positions.lowerBound]
                    while remaining > 0 {
                        if offset < windowStart || offset >= windowEnd {
                            let count = min(window.count, written - offset)
                            guard readFully(UnsafeMutableRawBufferPointer(rebasing: window[0..<count]), at: offset) else { return false }
                            windowStart = offset
                            windowEnd = offset + count
                        }
                        let take = min(remaining, windowEnd - offset)
                        memcpy(target.baseAddress! + destination, window.baseAddress! + (offset - windowStart), take)
                        offset += take
                        destination += take
                        remaining -= take
                    }
                }
                return true
            }
        }
        if !ok { throw .fileOperationFailed(path: path, operation: "read", reason: String(cString: strerror(errno))) }
    }

    /// Renders the blocks of labels `groups` from their gathered `pairs` and writes them to `output` in order.
    private func render(_ blocks: TurtleBlocks, groups: Range<Int>, groupEnds: [UInt32], firstPosition: Int, byLabel: [Int],
                        pairs: [UInt32], pairStart: [Int], threads: Int, to output: ByteOutput) throws(GraphCoreError) {
        let table = blocks.table
        let pieces = (groups.count + Self.groupsPerPiece - 1) / Self.groupsPerPiece
        let result: Result<Void, GraphCoreError> = table.bytes.withUnsafeBufferPointer { arena in
            labels.withUnsafeBufferPointer { labels in
                fragments.withUnsafeBufferPointer { fragments in
                    pairs.withUnsafeBufferPointer { pairs in
                        func renderPiece(_ piece: Int, _ out: inout [UInt8]) {
                            var keys: [UInt64] = []
                            let begin = groups.lowerBound + piece * Self.groupsPerPiece
                            for group in begin..<min(begin + Self.groupsPerPiece, groups.upperBound) {
                                let start = group == 0 ? 0 : Int(groupEnds[group - 1])
                                let fragment = fragments[byLabel[start]]
                                let subject = UnsafeBufferPointer(rebasing: labels[fragment.labelStart..<(fragment.labelStart + Int(fragment.labelCount))])
                                keys.removeAll(keepingCapacity: true)
                                var p = pairStart[start - firstPosition]
                                let end = pairStart[Int(groupEnds[group]) - firstPosition]
                                while p < end {
                                    keys.append(blocks.key(predicate: UInt32(littleEndian: pairs[p]), object: UInt32(littleEndian: pairs[p + 1])))
                                    p += 2
                                }
                                keys.sort()
                                out.append(UInt8(ascii: "\n"))
                                if let id = table.blankID(label: subject) {
                                    let range = table.rendered(id)
                                    out.appendBytes(UnsafeBufferPointer(rebasing: arena[range.start..<(range.start + range.count)]))
                                } else {
                                    out.appendStatic("[]")
                                }
                                keys.withUnsafeBufferPointer { blocks.appendPredicates($0, indent: "", arena: arena, to: &out) }
                            }
                        }
                        return OrderedRendering.write(count: pieces, threads: threads, to: output, render: renderPiece)
                    }
                }
            }
        }
        try result.get()
    }

    /// Reads exactly `target.count` bytes at `offset`; false on an error or an early end of file (errno set).
    private func readFully(_ target: UnsafeMutableRawBufferPointer, at offset: Int) -> Bool {
        var done = 0
        while done < target.count {
            let n = pread(file.descriptor, target.baseAddress! + done, target.count - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            if n == 0 {
                errno = EIO
                return false
            }
            done += n
        }
        return true
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
        self.renderedByRank = order.map { table.rendered(UInt32($0)) }
    }

    /// Appends the Turtle form of term `id`; subjects that are blank nodes never used as objects become `[]`.
    func appendTerm<B: ByteAppending>(_ id: UInt32, subject: Bool, arena: UnsafeBufferPointer<UInt8>, to out: inout B) {
        if subject, !referencedAsObject[Int(id)], table.kind(id) == .blank {
            out.appendStatic("[]")
            return
        }
        let range = table.rendered(id)
        out.appendBytes(UnsafeBufferPointer(rebasing: arena[range.start..<(range.start + range.count)]))
    }

    /// Appends the Turtle form of term `id` (see ``appendTerm(_:subject:arena:to:)``).
    func appendTerm(_ id: UInt32, subject: Bool, to out: inout ByteBuffer) {
        table.bytes.withUnsafeBufferPointer { appendTerm(id, subject: subject, arena: $0, to: &out) }
    }

    /// Sorts `triples` and writes one block per subject, each line prefixed by `indent`, flushing as chunks fill.
    func write(_ unsorted: [InternedTriples.IDTriple], indent: StaticString, to buffer: inout ByteBuffer) throws(GraphCoreError) {
        let runs = sorted(unsorted)
        let result: Result<Void, GraphCoreError> = table.bytes.withUnsafeBufferPointer { arena in
            for index in runs.subjects.indices {
                render(runs, subjects: index..<(index + 1), indent: indent, arena: arena, to: &buffer)
                do throws(GraphCoreError) { try buffer.flushIfNeeded() } catch { return .failure(error) }
            }
            return .success(())
        }
        try result.get()
    }

    /// Subject blocks rendered as one piece by ``write(_:threads:to:)``.
    static let subjectsPerPiece = 512

    /// Writes the blocks of `runs` (no indent) to `output` in pieces, rendered on `threads` threads (one or two).
    func write(_ runs: SubjectRuns, threads: Int, to output: ByteOutput) throws(GraphCoreError) {
        let pieces = (runs.subjects.count + Self.subjectsPerPiece - 1) / Self.subjectsPerPiece
        let result: Result<Void, GraphCoreError> = table.bytes.withUnsafeBufferPointer { arena in
            func renderPiece(_ piece: Int, _ out: inout [UInt8]) {
                let begin = piece * Self.subjectsPerPiece
                render(runs, subjects: begin..<min(begin + Self.subjectsPerPiece, runs.subjects.count), indent: "", arena: arena, to: &out)
            }
            return OrderedRendering.write(count: pieces, threads: threads, to: output, render: renderPiece)
        }
        try result.get()
    }

    /// The keys of a document's triples grouped into runs by subject, in subject order, each run sorted.
    struct SubjectRuns {
        /// Every triple's key (predicate key << 32 | object rank), run after run.
        var keys: [UInt64] = []
        /// Per run: the subject's rank and the end of its keys.
        var subjects: [(rank: UInt32, end: Int)] = []
    }

    /// Sorts `triples` into subject runs (see ``render(_:subjects:indent:arena:to:)``).
    ///
    /// Every triple becomes the key (predicate key << 32 | object rank), placed in its subject's run; runs are
    /// in subject order. A document with many triples per term is bucketed by subject rank (linear time),
    /// a small one (a named graph of TriG) is sorted directly. Each run is then sorted; equal keys (duplicate
    /// triples) are written once by ``appendPredicates(_:indent:arena:to:)``.
    func sorted(_ unsorted: [InternedTriples.IDTriple]) -> SubjectRuns {
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
        return SubjectRuns(keys: keys, subjects: subjects)
    }

    /// Appends the blocks of the runs `subjects` (indices into `runs.subjects`), each line prefixed by `indent`.
    func render<B: ByteAppending>(_ runs: SubjectRuns, subjects: Range<Int>, indent: StaticString, arena: UnsafeBufferPointer<UInt8>,
                                  to out: inout B) {
        runs.keys.withUnsafeBufferPointer { keys in
            var begin = subjects.lowerBound == 0 ? 0 : runs.subjects[subjects.lowerBound - 1].end
            for index in subjects {
                let subject = runs.subjects[index]
                out.append(UInt8(ascii: "\n"))
                out.appendStatic(indent)
                appendTerm(UInt32(order[Int(subject.rank)]), subject: true, arena: arena, to: &out)
                appendPredicates(UnsafeBufferPointer(rebasing: keys[begin..<subject.end]), indent: indent, arena: arena, to: &out)
                begin = subject.end
            }
        }
    }

    /// The sort key of one triple of a block: predicate key << 32 | object rank (see ``write(_:indent:to:)``).
    @inline(__always)
    func key(predicate: UInt32, object: UInt32) -> UInt64 {
        UInt64(predicateKey[Int(predicate)]) << 32 | UInt64(rank[Int(object)])
    }

    /// Writes one block's predicates and objects after its subject, from its sorted keys, and ends it with ` .`.
    ///
    /// Keys of one predicate are consecutive; equal keys (duplicate triples) are written once. A first pass adds up
    /// the room the block can take (touching each object's first byte, independent loads the processor overlaps,
    /// instead of one cache miss after another while copying); the block is then written in place with plain copies
    /// (``ByteAppending/appendInPlace(upTo:_:)``), not one append per run.
    func appendPredicates<B: ByteAppending>(_ keys: UnsafeBufferPointer<UInt64>, indent: StaticString,
                                            arena: UnsafeBufferPointer<UInt8>, to buffer: inout B) {
        let rankMask: UInt64 = (1 << 29) - 1
        let end = keys.count
        guard end > 0 else { return buffer.appendStatic(" .\n") }
        let indentCount = indent.utf8CodeUnitCount
        renderedByRank.withUnsafeBufferPointer { rendered in
            // Per object: its form and at most two separator bytes; per predicate: " ;\n    ", the indent and its form;
            // " .\n" at the end. A byte more per form that starts with an odd byte (the touch): a harmless margin.
            var room = 3
            var previous = UInt64.max
            for key in keys {
                let range = rendered[Int(UInt32(truncatingIfNeeded: key))]
                room &+= range.count &+ 2 &+ (range.count > 0 ? Int(arena[range.start] & 1) : 0)
                let predicateKey = key >> 32
                if predicateKey != previous {
                    previous = predicateKey
                    room &+= 7 &+ indentCount &+ table.rendered(UInt32(order[Int(predicateKey & rankMask)])).count
                }
            }
            buffer.appendInPlace(upTo: room) { start in
                var out = start
                @inline(__always) func copy(_ from: UnsafePointer<UInt8>, _ count: Int) {
                    if count > 0 { memcpy(out, from, count) }
                    out += count
                }
                @inline(__always) func copy(_ text: StaticString) { copy(text.utf8Start, text.utf8CodeUnitCount) }
                let base = arena.baseAddress ?? UnsafePointer(start)  // an empty arena: every form is empty
                var index = 0
                var firstPredicate = true
                while index < end {
                    let predicateKey = keys[index] >> 32
                    let predicate = UInt32(order[Int(predicateKey & rankMask)])
                    if firstPredicate {
                        out.pointee = UInt8(ascii: " ")
                        out += 1
                        firstPredicate = false
                    } else {
                        copy(" ;\n    ")
                        copy(indent)
                    }
                    if predicate == typeID {
                        out.pointee = UInt8(ascii: "a")
                        out += 1
                    } else {
                        let range = table.rendered(predicate)
                        copy(base + range.start, range.count)
                    }
                    var firstObject = true
                    while index < end, keys[index] >> 32 == predicateKey {
                        let key = keys[index]
                        if firstObject {
                            out.pointee = UInt8(ascii: " ")
                            out += 1
                            firstObject = false
                        } else {
                            out[0] = UInt8(ascii: ",")
                            out[1] = UInt8(ascii: " ")
                            out += 2
                        }
                        let range = rendered[Int(UInt32(truncatingIfNeeded: key))]
                        copy(base + range.start, range.count)
                        index += 1
                        while index < end, keys[index] == key { index += 1 }  // a duplicate triple
                    }
                }
                copy(" .\n")
                return out - start
            }
        }
    }
}

/// Turtle term syntax: prefixed names, bare numbers, full IRIs and quoted literals.
struct TurtleSyntax {
    let prefixes: [Prefix]
    /// The UTF-8 bytes of each prefix's namespace, in the order of ``prefixes``.
    private let namespaces: [[UInt8]]

    /// The syntax declaring `prefixes` (already checked by ``declarable(_:)``).
    init(prefixes: [Prefix]) {
        self.prefixes = prefixes
        namespaces = prefixes.map { Array($0.namespace.string.utf8) }
    }

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
    ///
    /// Namespaces are matched on the IRI's bytes with `memcmp`, and the local part is appended from them.
    func appendIRI<B: ByteAppending>(_ iri: IRI, to out: inout B) {
        let written: Bool = TermTable.withBytes(iri.string) { bytes in
            var best: (index: Int, length: Int)? = nil
            for (index, namespace) in namespaces.enumerated() {
                let length = namespace.count
                guard length <= bytes.count, length > (best?.length ?? -1),
                      length == 0 || namespace.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, length) == 0 })
                else { continue }
                if TurtleSyntax.isPlainLocalName(UnsafeBufferPointer(rebasing: bytes[length...])) { best = (index, length) }
            }
            guard let best else { return false }
            out.appendVerbatim(prefixes[best.index].name)  // PN_PREFIX, checked in TurtleWriter.start
            out.append(UInt8(ascii: ":"))
            out.appendBytes(UnsafeBufferPointer(rebasing: bytes[best.length...]))  // PN_LOCAL, checked above
            return true
        }
        if !written { NTriplesSyntax.appendIRI(iri, to: &out) }
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
