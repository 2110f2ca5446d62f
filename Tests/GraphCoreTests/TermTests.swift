import Testing
@testable import GraphCore

@Suite("IRIs, literals and blank nodes")
struct TermTests {
    @Test("valid IRIs are accepted", arguments: [
        "https://w3id.org/graph-export/id/",
        "http://example.org/a#b",
        "urn:uuid:1234",
        "https://example.org/K%C3%B6ln",
        "https://example.org/köln",
        "mailto:isa@example.org",
    ])
    func validIRIs(_ text: String) throws {
        let iri = try IRI(validating: text)
        #expect(iri.string == text)
    }

    @Test("IRIs with forbidden characters are rejected", arguments: [
        "", "no-scheme", "://x", "1http://x", "http://a b", "http://a<b", "http://a>b", "http://a\"b",
        "http://a{b", "http://a}b", "http://a|b", "http://a^b", "http://a`b", "http://a\\b", "http://a\nb", "http://a\u{7F}",
    ])
    func invalidIRIs(_ text: String) {
        #expect(throws: GraphCoreError.invalidIRI(text)) { try IRI(validating: text) }
    }

    @Test("language tags", arguments: [("de", true), ("de-DE", true), ("zh-Hans-CN", true), ("", false), ("de_DE", false), ("1de", false), ("de-", false)])
    func languageTags(_ tag: String, _ valid: Bool) {
        #expect(Literal.isValidLanguageTag(tag) == valid)
    }

    @Test("blank node labels", arguments: [("st1", true), ("a_b-c", true), ("", false), ("-a", false), ("a b", false), ("ä", false)])
    func blankNodes(_ label: String, _ valid: Bool) {
        #expect(BlankNode.isValid(label) == valid)
    }

    @Test("terms order IRIs before blank nodes before literals")
    func termOrder() throws {
        let terms: [Term] = [.literal(Literal("a")), .blank(try BlankNode(validating: "b")), .iri(try IRI(validating: "http://z"))]
        #expect(terms.sorted().map { $0.iri != nil } == [true, false, false])
        #expect(terms.sorted().last?.literal == Literal("a"))
    }
}

@Suite("Slugs")
struct SlugTests {
    @Test("German names become readable ASCII slugs", arguments: [
        ("Köln", "koeln"),
        ("Düsseldorf", "duesseldorf"),
        ("Straße", "strasse"),
        ("PKS Kommunikations- und Strategieberatung GmbH", "pks-kommunikations-und-strategieberatung-gmbh"),
        ("Rüsselsheim am Main", "ruesselsheim-am-main"),
        ("Chinesisch-Deutsche Industriestädteallianz", "chinesisch-deutsche-industriestaedteallianz"),
        ("  AHK China/Guangzhou  ", "ahk-china-guangzhou"),
        ("Łódź", "lodz"),
        ("Saint-Étienne", "saint-etienne"),
        ("Ha\u{AD}nnover", "hannover"),
        ("Germany Trade & Invest", "germany-trade-invest"),
    ])
    func readable(_ name: String, _ slug: String) {
        #expect(Slug.make(name) == slug)
    }

    @Test("names that lose information get a stable hash", arguments: ["佛山", "Foshan 佛山", "", "!!!", String(repeating: "Verband ", count: 20)])
    func hashed(_ name: String) {
        let slug = Slug.make(name)
        #expect(slug.count >= 8)
        #expect(slug.hasSuffix(Slug.shortHash(name)))
        #expect(slug == Slug.make(name))
        #expect(slug.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D })
    }

    @Test("every slug is IRI-safe")
    func iriSafe() throws {
        for name in ["a\"b", "x<y>z", "{}|^`\\", "tab\there", "new\nline", "ä ö ü ß", "😀 emoji"] {
            _ = try IRI(validating: "https://example.org/" + Slug.make(name))
        }
    }
}

@Suite("SHA-256")
struct SHA256Tests {
    @Test("FIPS 180-4 test vectors", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func vectors(_ input: String, _ digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }

    @Test("a million a's")
    func million() {
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("lengths around the block boundary agree with incremental hashing", arguments: [55, 56, 57, 63, 64, 65, 119, 120, 128])
    func incremental(_ n: Int) {
        let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        var hasher = SHA256()
        hasher.update(bytes[..<(n / 2)])
        hasher.update(bytes[(n / 2)...])
        #expect(hasher.finalizeHex() == SHA256.hex(bytes))
    }
}

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("precision decides the datatype", arguments: [
        (2016, nil, nil, "2016", "gYear"), (2016, 4, nil, "2016-04", "gYearMonth"), (2020, 10, 16, "2020-10-16", "date"),
    ] as [(Int, Int?, Int?, String, String)])
    func literals(_ y: Int, _ m: Int?, _ d: Int?, _ text: String, _ type: String) throws {
        let date = try #require(CalendarDate(year: y, month: m, day: d))
        #expect(date.literal.lexical == text)
        #expect(date.literal.datatype.string == XSD.namespace.string + type)
    }

    @Test("impossible dates are rejected", arguments: [(2021, 2, 29), (2020, 13, 1), (2020, 4, 31), (0, 1, 1)])
    func impossible(_ y: Int, _ m: Int, _ d: Int) {
        #expect(CalendarDate(year: y, month: m, day: d) == nil)
    }

    @Test("leap day")
    func leap() { #expect(CalendarDate(year: 2020, month: 2, day: 29) != nil) }
}
