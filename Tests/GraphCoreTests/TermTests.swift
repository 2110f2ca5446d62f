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

    @Test("known answers around the 56- and 64-byte padding boundaries", arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
    ])
    func boundaries(_ n: Int, _ digest: String) {
        let bytes = [UInt8](repeating: 0x61, count: n)
        #expect(SHA256.hex(bytes) == digest)
        #expect(SHA256.hex(bytes[...]) == digest)
        #expect(SHA256.hex(String(repeating: "a", count: n).utf8) == digest)
        #expect(SHA256.hex(bytes.lazy.map { $0 }) == digest)  // not contiguous: the copying path
        var hasher = SHA256()
        for byte in bytes { hasher.update(CollectionOfOne(byte)) }
        #expect(hasher.finalizeHex() == digest)
    }

    @Test("chunked updates of every split size give the one-shot digest")
    func chunked() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let digest = "89f4ff56a25dd1db06a4ce6033603775d705fb96f30f8693733fef602a1ca532"
        #expect(SHA256.hex(bytes) == digest)
        for chunk in [1, 3, 63, 64, 65, 127, 200, 999] {
            var hasher = SHA256()
            var start = 0
            while start < bytes.count {
                let end = min(start + chunk, bytes.count)
                hasher.update(bytes[start..<end])
                start = end
            }
            #expect(hasher.finalizeHex() == digest, "chunk \(chunk)")
        }
        var raw = SHA256()
        bytes.withUnsafeBytes { raw.update(rawBytes: $0) }
        let digestBytes = raw.finalize()
        #expect(digestBytes.count == 32)
        #expect(digestBytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() == digest)
    }

    @Test("multi-byte UTF-8 text")
    func utf8Text() {
        #expect(SHA256.hex(Array(String(repeating: "ä", count: 40).utf8)) == "437be29e05e3f0b33b700ccb5e1b196d32e6f05be6e1af59dfc61811d4047127")
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
