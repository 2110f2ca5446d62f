import GraphCore

/// The compact binary form of one document's extraction, as the store keeps it in `documents.extraction`.
///
/// Layout (format 1; integers are unsigned LEB128 varints unless said otherwise):
///
/// ```
/// u8 format (= 1)
/// varint stringCount, then per string: varint byteCount, UTF-8 bytes    -- each distinct string once
/// date: u8 precision (0 none, 1 year, 2 year-month, 3 day), then year [month [day]]
/// varint entityCount, per entity:
///     s kind, s label, u8 quality, varint n + n×s aliases, varint n + n×s surfaceForms, varint n + n×s extraKinds
/// varint factCount, per fact:
///     s relation, varint subject, u8 objectTag + payload,
///     s quote, varint begin, varint end, s rule, u64 little-endian confidence (IEEE 754 bits)
/// objectTag 0 entity: varint index | 1 literal: s lexical, s datatype, varint language (0 none, else s+1)
///           2 post: s role, varint organization (0 none, else index+1) | 3 address: s street, s postalCode, s locality
/// ```
///
/// `s` is a varint index into the string table. Kinds and relations are stored by their raw
/// names, so reordering the Swift enums never changes the meaning of stored data. The document's
/// name and content hash are columns of the row, not part of the blob.
public enum ExtractionCodec {
    /// The format byte this codec writes and reads.
    public static let format: UInt8 = 1

    /// Encodes everything of `extraction` except the document's name and content hash.
    public static func encode(_ extraction: DocumentExtraction) -> [UInt8] {
        var body = Writer()
        if let date = extraction.document.datePublished {
            let precision: UInt8 = date.day != nil ? 3 : (date.month != nil ? 2 : 1)
            body.byte(precision)
            body.varint(UInt64(date.year))
            if let month = date.month { body.varint(UInt64(month)) }
            if let day = date.day { body.varint(UInt64(day)) }
        } else {
            body.byte(0)
        }
        body.varint(UInt64(extraction.entities.count))
        for entity in extraction.entities {
            body.string(entity.kind.rawValue)
            body.string(entity.label)
            body.byte(UInt8(entity.quality.rawValue))
            body.strings(entity.aliases)
            body.strings(entity.surfaceForms)
            body.strings(entity.extraKinds.map(\.rawValue))
        }
        body.varint(UInt64(extraction.facts.count))
        for fact in extraction.facts {
            body.string(fact.relation.rawValue)
            body.varint(UInt64(fact.subject))
            switch fact.object {
            case .entity(let index):
                body.byte(0)
                body.varint(UInt64(index))
            case .literal(let literal):
                body.byte(1)
                body.string(literal.lexical)
                body.string(literal.datatype.string)
                if let language = literal.language { body.varint(UInt64(body.intern(language)) + 1) } else { body.varint(0) }
            case .post(let role, let organization):
                body.byte(2)
                body.string(role)
                body.varint(organization.map { UInt64($0) + 1 } ?? 0)
            case .address(let address):
                body.byte(3)
                body.string(address.street)
                body.string(address.postalCode)
                body.string(address.locality)
            }
            let evidence = fact.evidence
            body.string(evidence.quote)
            body.varint(UInt64(evidence.begin))
            body.varint(UInt64(evidence.end))
            body.string(evidence.rule)
            var bits = evidence.confidence.bitPattern
            for _ in 0..<8 {
                body.byte(UInt8(truncatingIfNeeded: bits))
                bits >>= 8
            }
        }
        var out = Writer()
        out.byte(format)
        out.varint(UInt64(body.table.count))
        for string in body.table {
            var string = string
            string.withUTF8 { bytes in
                out.varint(UInt64(bytes.count))
                out.bytes.append(contentsOf: bytes)
            }
        }
        out.bytes.append(contentsOf: body.bytes)
        return out.bytes
    }

    /// Decodes a blob written by ``encode(_:)`` for the document `name` with `contentHash`.
    public static func decode(_ bytes: [UInt8], name: String, contentHash: String) throws(DecodeFailure) -> DocumentExtraction {
        var reader = Reader(bytes: bytes)
        let version = try reader.byte()
        guard version == format else { throw DecodeFailure("unknown record format \(version)") }
        let stringCount = try reader.count()
        var table: [String] = []
        table.reserveCapacity(stringCount)
        for _ in 0..<stringCount {
            let length = try reader.count()
            table.append(try reader.utf8(length))
        }
        func string() throws(DecodeFailure) -> String {
            let index = try reader.count()
            guard index < table.count else { throw DecodeFailure("string index \(index) out of range") }
            return table[index]
        }
        func strings() throws(DecodeFailure) -> [String] {
            let n = try reader.count()
            var result: [String] = []
            for _ in 0..<n { result.append(try string()) }
            return result
        }
        func kind(_ raw: String) throws(DecodeFailure) -> EntityKind {
            guard let kind = EntityKind(rawValue: raw) else { throw DecodeFailure("unknown entity kind \(raw.debugDescription)") }
            return kind
        }

        var date: CalendarDate? = nil
        let precision = try reader.byte()
        if precision > 0 {
            guard precision <= 3 else { throw DecodeFailure("bad date precision \(precision)") }
            let year = try reader.count()
            var month: Int? = nil, day: Int? = nil
            if precision >= 2 { month = try reader.count() }
            if precision == 3 { day = try reader.count() }
            guard let valid = CalendarDate(year: year, month: month, day: day) else { throw DecodeFailure("impossible date") }
            date = valid
        }
        let entityCount = try reader.count()
        var entities: [EntityMention] = []
        entities.reserveCapacity(entityCount)
        for _ in 0..<entityCount {
            let k = try kind(try string())
            let label = try string()
            let qualityRaw = try reader.byte()
            guard let quality = LabelQuality(rawValue: Int(qualityRaw)) else { throw DecodeFailure("unknown label quality \(qualityRaw)") }
            let aliases = try strings()
            let surfaceForms = try strings()
            var extraKinds: [EntityKind] = []
            for raw in try strings() { extraKinds.append(try kind(raw)) }
            entities.append(EntityMention(kind: k, label: label, quality: quality, aliases: aliases,
                                          surfaceForms: surfaceForms, extraKinds: extraKinds))
        }
        let factCount = try reader.count()
        var facts: [CandidateFact] = []
        facts.reserveCapacity(factCount)
        for _ in 0..<factCount {
            let relationName = try string()
            guard let relation = Relation(rawValue: relationName) else {
                throw DecodeFailure("unknown relation \(relationName.debugDescription)")
            }
            let subject = try reader.count()
            let object: FactObject
            let tag = try reader.byte()
            switch tag {
            case 0:
                object = .entity(try reader.count())
            case 1:
                let lexical = try string()
                let datatypeText = try string()
                let languageIndex = try reader.count()
                if languageIndex > 0 {
                    guard languageIndex - 1 < table.count else { throw DecodeFailure("string index out of range") }
                    do {
                        object = .literal(try Literal(lexical, language: table[languageIndex - 1]))
                    } catch {
                        throw DecodeFailure("bad language tag")
                    }
                } else {
                    guard let datatype = try? IRI(validating: datatypeText) else { throw DecodeFailure("bad datatype IRI") }
                    object = .literal(Literal(lexical, datatype: datatype))
                }
            case 2:
                let role = try string()
                let organization = try reader.count()
                object = .post(role: role, organization: organization == 0 ? nil : organization - 1)
            case 3:
                let street = try string(), postalCode = try string(), locality = try string()
                object = .address(PostalAddress(street: street, postalCode: postalCode, locality: locality))
            default:
                throw DecodeFailure("unknown fact object tag \(tag)")
            }
            let quote = try string()
            let begin = try reader.count()
            let end = try reader.count()
            let rule = try string()
            var bits: UInt64 = 0
            for shift in stride(from: 0, to: 64, by: 8) { bits |= UInt64(try reader.byte()) << UInt64(shift) }
            facts.append(CandidateFact(relation: relation, subject: subject, object: object,
                                       evidence: Evidence(quote: quote, begin: begin, end: end, rule: rule,
                                                          confidence: Double(bitPattern: bits))))
        }
        guard reader.atEnd else { throw DecodeFailure("\(bytes.count - reader.position) bytes after the last fact") }
        return DocumentExtraction(document: DocumentInfo(name: name, contentHash: contentHash, datePublished: date),
                                  entities: entities, facts: facts)
    }

    /// Why a blob could not be decoded.
    public struct DecodeFailure: Error, Equatable, Sendable, CustomStringConvertible {
        /// What was wrong.
        public let reason: String
        init(_ reason: String) { self.reason = reason }
        /// The reason.
        public var description: String { reason }
    }

    /// Appends bytes, varints and interned strings.
    private struct Writer {
        var bytes: [UInt8] = []
        var table: [String] = []
        var index: [String: Int] = [:]

        mutating func byte(_ value: UInt8) { bytes.append(value) }

        mutating func varint(_ value: UInt64) {
            var v = value
            while v >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
                v >>= 7
            }
            bytes.append(UInt8(v))
        }

        mutating func intern(_ string: String) -> Int {
            if let i = index[string] { return i }
            index[string] = table.count
            table.append(string)
            return table.count - 1
        }

        mutating func string(_ value: String) { varint(UInt64(intern(value))) }

        mutating func strings(_ values: [String]) {
            varint(UInt64(values.count))
            for value in values { string(value) }
        }
    }

    /// Reads bytes and varints with bounds checks.
    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        var atEnd: Bool { position == bytes.count }

        mutating func byte() throws(DecodeFailure) -> UInt8 {
            guard position < bytes.count else { throw DecodeFailure("record ends early") }
            position += 1
            return bytes[position - 1]
        }

        mutating func varint() throws(DecodeFailure) -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let b = try byte()
                guard shift < 64 else { throw DecodeFailure("varint too long") }
                value |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return value }
                shift += 7
            }
        }

        /// A varint used as a count or index: must fit the remaining record (a guard against absurd allocations).
        mutating func count() throws(DecodeFailure) -> Int {
            let value = try varint()
            guard value <= UInt64(Int32.max) else { throw DecodeFailure("number \(value) out of range") }
            return Int(value)
        }

        mutating func utf8(_ length: Int) throws(DecodeFailure) -> String {
            guard length <= bytes.count - position else { throw DecodeFailure("record ends early") }
            let slice = bytes[position..<position + length]
            position += length
            guard let text = String(validating: slice, as: UTF8.self) else { throw DecodeFailure("invalid UTF-8 in a string") }
            return text
        }
    }
}
