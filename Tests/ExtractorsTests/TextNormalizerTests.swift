import Testing
@testable import Extractors

/// Normalisation: character classes, offsets back into the original, hyphen rejoining.
struct TextNormalizerTests {
    static let characterCases: [(String, String)] = [
        ("„Wir freuen uns“, sagte sie.", "\"Wir freuen uns\", sagte sie."),
        ("«Partnerschaft» und »Freundschaft«", "\"Partnerschaft\" und \"Freundschaft\""),
        ("‚Kleine‘ Lösung", "'Kleine' Lösung"),
        ("Das geht’s an", "Das geht's an"),
        ("1990–2000", "1990-2000"),
        ("Die Stadt – so der Rat – wächst", "Die Stadt - so der Rat - wächst"),
        ("Minus−Zeichen und Strich—Punkt", "Minus-Zeichen und Strich-Punkt"),
        ("10\u{00A0}000\u{202F}Einwohner", "10 000 Einwohner"),
        ("Rat\u{2009}haus", "Rat haus"),
        ("Wirt\u{00AD}schafts\u{00AD}förderung", "Wirtschaftsförderung"),
        ("Null\u{200B}breite\u{200D}Zeichen\u{FEFF}", "NullbreiteZeichen"),
        ("Wort\u{2060}verbinder", "Wortverbinder"),
        ("Zeile eins\r\nZeile zwei\rZeile drei", "Zeile eins\nZeile zwei\nZeile drei"),
    ]

    @Test(arguments: characterCases)
    func characterClasses(input: String, expected: String) {
        #expect(TextNormalizer.normalize(input).text == expected)
    }

    static let hyphenCases: [(String, String)] = [
        // Joined: stray hyphen inside a word, or line-end hyphen, second part lower-case.
        ("Die Gemeinden wollen partizi-pieren.", "Die Gemeinden wollen partizipieren."),
        ("Die Wirtschaftsförderung und die Promo-tion Agentur", "Die Wirtschaftsförderung und die Promotion Agentur"),
        ("Die Kreisstädte-allianz tagt. Die Kreisstädteallianz wächst.", "Die Kreisstädteallianz tagt. Die Kreisstädteallianz wächst."),
        ("eine enge Zusammen-\narbeit beider Rathäuser", "eine enge Zusammenarbeit beider Rathäuser"),
        ("die Bürger-  \n  versammlung", "die Bürgerversammlung"),
        // Kept: second part upper-case (a line break inside a compound is dropped, the hyphen stays).
        ("Das Partner-Sekretariat in Köln", "Das Partner-Sekretariat in Köln"),
        ("Ein Klimaschutz-\nKonzept", "Ein Klimaschutz-Konzept"),
        ("Der Vize-Direktor und der Chef-Planer aus Nordrhein-Westfalen", "Der Vize-Direktor und der Chef-Planer aus Nordrhein-Westfalen"),
        ("Top-Down und Bottom-Up", "Top-Down und Bottom-Up"),
        // Kept: truncated compounds and conjunctions.
        ("Verkehrs- und Umweltamt", "Verkehrs- und Umweltamt"),
        ("die Verkehrs-\nund Umweltpolitik", "die Verkehrs-\nund Umweltpolitik"),
        // Kept: genuine lower-case compounds.
        ("die deutsch-polnische Grenze", "die deutsch-polnische Grenze"),
        ("Die Französisch-deutsche Runde", "Die Französisch-deutsche Runde"),
        ("im nordrhein-westfälischen Landtag", "im nordrhein-westfälischen Landtag"),
        ("das nötige Know-how", "das nötige Know-how"),
        ("CO2-neutral bis 2040", "CO2-neutral bis 2040"),
        ("EU-weit gefördert", "EU-weit gefördert"),
        ("x-mal versucht", "x-mal versucht"),
        ("eine rot-grüne Mehrheit", "eine rot-grüne Mehrheit"),
        ("die sino-japanische Achse", "die sino-japanische Achse"),
        ("der sächsisch-\nböhmische Raum", "der sächsisch-böhmische Raum"),
        // Kept: syllables of hyphenated given names on one line.
        ("Es sprach Kim Min-jun aus Seoul.", "Es sprach Kim Min-jun aus Seoul."),
        ("Park Ji-hoon und Lee Seo-yeon", "Park Ji-hoon und Lee Seo-yeon"),
        // Kept: repeated hyphenated spelling, addresses.
        ("Die Ober-liga spielt. Die Ober-liga gewinnt.", "Die Ober-liga spielt. Die Ober-liga gewinnt."),
        ("Schreiben Sie an info@stadt-werke.de oder www.stadt-werke.de", "Schreiben Sie an info@stadt-werke.de oder www.stadt-werke.de"),
        ("Mehr unter https://rat-haus.example.org/aktuell", "Mehr unter https://rat-haus.example.org/aktuell"),
    ]

    @Test(arguments: hyphenCases)
    func hyphenRejoining(input: String, expected: String) {
        #expect(TextNormalizer.normalize(input).text == expected)
    }

    @Test func lexiconAttestationJoinsBlockedForm() {
        let text = "die sino-logischen Studien"
        #expect(TextNormalizer.normalize(text).text == text)
        #expect(TextNormalizer.normalize(text, knownWords: ["Sinologischen"]).text == "die sinologischen Studien")
        #expect(TextNormalizer.normalize(text, attested: { $0 == "sinologischen" }).text == "die sinologischen Studien")
    }

    @Test func shortCapitalisedSyllableJoinsOnlyWhenAttested() {
        #expect(TextNormalizer.normalize("die Stadt Hal-le").text == "die Stadt Hal-le")
        #expect(TextNormalizer.normalize("die Stadt Hal-le", knownWords: ["halle"]).text == "die Stadt Halle")
        #expect(TextNormalizer.normalize("Hal-le und Halle").text == "Halle und Halle")
    }

    static let offsetSamples: [String] = [
        "„Die Städtepartnerschaft“ – seit 1998 – lebt.\r\nDer Rat\u{00A0}tagt am 3.\u{00A0}Mai.",
        "Zusammen-\narbeit mit Xi’an und 西安 (Shaanxi)\u{00AD}\u{200B}: Größe\u{2029}Ende 😀 gut",
        "Industriestädte-allianz und Industriestädteallianz, e\u{0301}cole, ‚Kiez‘ — Kultur.",
    ]

    @Test(arguments: offsetSamples)
    func offsetMapPointsIntoOriginal(text: String) {
        let n = TextNormalizer.normalize(text)
        let original = Array(text.unicodeScalars)
        #expect(n.originalScalarOffsets.count == n.bytes.count + 1)
        #expect(n.originalScalarOffsets.last == Int32(original.count))
        // Offsets never decrease.
        #expect(zip(n.originalScalarOffsets, n.originalScalarOffsets.dropFirst()).allSatisfy { $0 <= $1 })
        // Every ASCII letter or digit and every non-ASCII letter maps back to the same character.
        var i = 0
        while i < n.bytes.count {
            let (scalar, length) = UTF8Scan.decode(n.bytes, i)
            if scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39) {
                #expect(original[Int(n.originalScalarOffsets[i])] == scalar, "byte \(i)")
            }
            i += length
        }
    }

    @Test func randomSubstringsMapBackToSameText() {
        let text = "Die Hansestadt\u{00A0}Rostock und die Stadt Dalian (大连) – Partner seit 1988 – planen „Projekte“ für Ökologie und Straßenbau."
        let n = TextNormalizer.normalize(text)
        let original = Array(text.unicodeScalars)
        var generator = SplitMix64(seed: 0x5EED)
        var checked = 0
        for _ in 0..<200 {
            var a = Int.random(in: 0..<n.bytes.count, using: &generator)
            var b = Int.random(in: 0...n.bytes.count, using: &generator)
            if a > b { swap(&a, &b) }
            // Only scalar boundaries.
            if a < n.bytes.count && n.bytes[a] & 0xC0 == 0x80 { continue }
            if b < n.bytes.count && n.bytes[b] & 0xC0 == 0x80 { continue }
            let normalizedSlice = String(decoding: n.bytes[a..<b], as: UTF8.self)
            let begin = Int(n.originalScalarOffsets[a])
            let end = Int(n.originalScalarOffsets[b])
            var back = String.UnicodeScalarView()
            back.append(contentsOf: original[begin..<end])
            // The only differences are the mapped character classes.
            let unified = TextNormalizer.normalize(String(back)).text
            #expect(unified == normalizedSlice, "\(a)..<\(b)")
            checked += 1
        }
        #expect(checked > 50)
    }

    @Test func joinedWordOffsetsSkipTheBreak() {
        let text = "Zusammen-\narbeit"
        let n = TextNormalizer.normalize(text)
        #expect(n.text == "Zusammenarbeit")
        // `a` of `arbeit` is scalar 10 of the original.
        #expect(n.originalScalarOffsets[8] == 10)
        #expect(n.originalScalarOffsets[n.bytes.count] == 16)
    }
}

/// A deterministic random number generator for reproducible tests.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
