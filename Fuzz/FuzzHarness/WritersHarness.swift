import Exporters
import GraphCore

/// Arbitrary entity names, roles and literals built from the input bytes → KnowledgeGraph → RDFMapper → every writer.
///
/// Returns the broken invariants (see ``OutputChecks``); with `saveTo`, every output is also stored there under
/// the input's SHA-256, so that third-party validators can check it.
public enum WritersHarness {
    /// Builds a graph from `data`, writes it in every format and returns the broken invariants.
    public static func run(_ data: [UInt8], saveTo directory: String? = nil) -> [String] {
        var input = FuzzInput(data)
        var graph: KnowledgeGraph
        do { graph = try KnowledgeGraph() } catch { return ["default base rejected: \(error)"] }
        let documents = 1 + input.byte() % 2
        for d in 0..<documents {
            graph.add(input.extraction(index: d))
        }
        let resolved = graph.resolve(minConfidence: Double(input.byte() % 4) / 4)
        let provenance = ProvenanceMode.allCases[input.byte() % ProvenanceMode.allCases.count]
        return OutputChecks.writeAll(resolved, name: outputName(data), saveTo: directory, mapper: RDFMapper(provenance: provenance))
    }

    /// The file name (without extension) the outputs of `data` are saved under: its SHA-256.
    public static func outputName(_ data: [UInt8]) -> String { SHA256.hex(data) }
}

/// Reads the fuzz input as a stream of choices; past its end every read gives zero.
struct FuzzInput {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func byte() -> Int {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return Int(bytes[position])
    }

    /// Characters that are hard for some output syntax: controls, XML-forbidden code points, separators, quotes.
    static let hardScalars: [UInt32] = [
        0x00, 0x01, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xAD,
        0x200B, 0x200D, 0x2028, 0x2029, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0xFDD0, 0xD7FF, 0xE000, 0x1F600,
        0x10FFFF, 0x22, 0x5C, 0x3C, 0x3E, 0x26, 0x27, 0x7B, 0x7D, 0x7C, 0x5E, 0x60, 0x23, 0x25, 0x3A, 0x40,
        0xE4, 0xDF, 0x4E2D, 0x0301,
    ]

    /// A string of up to 31 characters: ASCII bytes as they are, bytes ≥ 0x80 pick a hard scalar.
    mutating func string() -> String {
        let length = byte() % 32
        var scalars = String.UnicodeScalarView()
        for _ in 0..<length {
            let b = byte()
            let value: UInt32 = b < 0x80 ? UInt32(b) : FuzzInput.hardScalars[(b - 0x80) % FuzzInput.hardScalars.count]
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    mutating func literal() -> Literal {
        let lexical = string()
        switch byte() % 4 {
        case 0:
            let tags = ["de", "en", "zh-Hans", "de-DE"]
            return (try? Literal(lexical, language: tags[byte() % tags.count])) ?? Literal(lexical)
        case 1:
            return CalendarDate(year: 1900 + byte() * 2, month: byte() % 14, day: byte() % 33)?.literal ?? Literal(lexical)
        default:
            return Literal(lexical)
        }
    }

    mutating func extraction(index: Int) -> DocumentExtraction {
        let name = string()
        let date = CalendarDate(year: 1990 + byte() % 40, month: byte() % 13, day: byte() % 32)
        let document = DocumentInfo(name: name, contentHash: SHA256.hex(Array(name.utf8) + [UInt8(index)]), datePublished: date)
        let kinds = EntityKind.allCases
        var entities: [EntityMention] = []
        for _ in 0..<(1 + byte() % 6) {
            let kind = kinds[byte() % kinds.count]
            var label = string()
            if label.isEmpty { label = "X" }
            let aliases = (0..<(byte() % 3)).map { _ in string() }.filter { !$0.isEmpty }
            let surface = (0..<(byte() % 2)).map { _ in string() }.filter { !$0.isEmpty }
            let extra = byte() % 4 == 0 ? [kinds[byte() % kinds.count]] : []
            let quality = LabelQuality(rawValue: byte() % 3) ?? .full
            entities.append(EntityMention(kind: kind, label: label, quality: quality, aliases: aliases,
                                          surfaceForms: surface, extraKinds: extra))
        }
        let relations = Relation.allCases
        var facts: [CandidateFact] = []
        for _ in 0..<(byte() % 8) {
            let relation = relations[byte() % relations.count]
            let subject = byte() % entities.count
            let object: FactObject
            switch byte() % 4 {
            case 0: object = .entity(byte() % entities.count)
            case 1: object = .literal(literal())
            case 2:
                let role = string()
                object = .post(role: role.isEmpty ? "Leiter" : role, organization: byte() % 2 == 0 ? byte() % entities.count : nil)
            default: object = .address(PostalAddress(street: string(), postalCode: string(), locality: string()))
            }
            let quote = string()
            let begin = byte() * 7
            let evidence = Evidence(quote: quote, begin: begin, end: begin + quote.unicodeScalars.count,
                                    rule: "fuzz-" + string(), confidence: Double(byte()) / 255)
            facts.append(CandidateFact(relation: relation, subject: subject, object: object, evidence: evidence))
        }
        return DocumentExtraction(document: document, entities: entities, facts: facts)
    }
}
