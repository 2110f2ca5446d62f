import Foundation
import Testing
@testable import Extractors

/// The byte-scanning fast paths of the text front end give what the `String`, Foundation and Unicode-property
/// versions they replace give.
struct TextByteScanTests {
    /// Words of several scripts and cases, with Latin-1 letters, combining marks and symbols.
    static let words = [
        "", "a", "A", "ab", "AB", "Ab", "aB", "ISA", "NRW-Büro", "CO2", "B2B", "Über", "über", "ÄÖÜ", "äöü", "ß", "ẞX",
        "Straße", "ÉCOLE", "École", "×A", "÷", "ªB", "ºA", "Ω", "ΩΔ", "ωδ", "北京", "ZHU", "Zhu", "e\u{301}", "E\u{301}T",
        "İstanbul", "ǅA", "Ⅻ", "ⅫⅢ", "3D", "-", ".", "…", "„", "\u{212A}M", "Mio.", "z.B.", "a.D.", "ÀÞ", "àþ", "ÿ",
    ]

    @Test func tokenShapeMatchesUnicodeProperties() {
        for word in TextByteScanTests.words {
            let token = Token(text: word, kind: .word, start: 0, end: word.utf8.count, spaceBefore: true)
            let first = word.unicodeScalars.first
            #expect(token.isCapitalized == (first?.properties.isUppercase ?? false), "\(word)")
            #expect(token.hasLowerInitial == (first?.properties.isLowercase ?? false), "\(word)")
            var letters = 0
            var allUpper = true
            for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
                if scalar.properties.isLowercase { allUpper = false }
                letters += 1
            }
            #expect(token.isAllUpper == (allUpper && letters >= 2), "\(word)")
            #expect(token.isASCII == word.utf8.allSatisfy { $0 < 0x80 }, "\(word)")
            if let lead = word.utf8.first, lead < 0x80 {
                #expect(token.isChar(lead) == (word.utf8.count == 1), "\(word)")
            }
        }
    }

    @Test func tokensFromBytesEqualTokensFromText() {
        for word in TextByteScanTests.words {
            let bytes = Array(("x " + word + " y").utf8)
            let end = 2 + word.utf8.count
            let fromBytes = Token(bytes: bytes, kind: .word, start: 2, end: end, spaceBefore: true)
            let fromText = Token(text: word, kind: .word, start: 2, end: end, spaceBefore: true)
            #expect(fromBytes == fromText, "\(word)")
            #expect(fromBytes.shape == fromText.shape && fromBytes.ascii == fromText.ascii, "\(word)")
        }
    }

    @Test func lexiconTrimmingMatchesFoundation() throws {
        let fields = [
            "", " ", "\t", " a ", "\u{A0}b\u{A0}", "\u{2003}c\u{200B}", "\u{3000}d e\u{202F}", " \u{301}f ", "g\u{1680}",
            "\u{FEFF}h", "i\u{85}", "\u{2028}j", "k\u{205F}\t", "straße ", "\u{200A}\u{200B}\u{2009}",
        ]
        for field in fields {
            #expect(Lexicon.trimmed(Substring(field)) == field.trimmingCharacters(in: .whitespaces), "\(Array(field.unicodeScalars))")
        }
        let text = "# header\n a \t b\u{A0}\t\n\n \t\n#x\tnot a row\nc\td\te\r\nf\tg\n\u{3000}h\u{3000}\ti"
        let lexicon = try Lexicon(name: "t", text: text)
        var expected: [[String]] = []
        var lines: [Int] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            expected.append(line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) })
            lines.append(number)
        }
        #expect(lexicon.rows == expected)
        #expect(lexicon.lineNumbers == lines)
    }

    @Test func wordFilterKeepsEveryListedWord() {
        let list = ["Januar", "März", "den", "usw.", "etc.", "x\u{212A}", "a\u{37E}"]
        let exact = WordFilter(list, folding: false)
        let folded = WordFilter(list, folding: true)
        for word in list {
            #expect(exact.mayContain(word))
            #expect(folded.mayContain(word.lowercased()))
            #expect(folded.mayContain(word.uppercased()) || !word.utf8.allSatisfy { $0 < 0x80 })
        }
        // The ASCII forms that `String` equality matches through canonical equivalence.
        #expect(exact.mayContain("xK"))
        #expect(exact.mayContain("a;"))
        #expect(!exact.mayContain("Februar"))
    }

    @Test func abbreviationsMatchTheSetBasedTest() throws {
        let abbreviations = Abbreviations(lexicon: try Lexicon.bundled("abbreviations"))
        for text in ["Dr.", "dr.", "Vgl.", "vgl.", "A.", "Ä.", "Hauptstr.", "HAUPTSTR.", "str.", "Str.", "usw.", "Usw.", "z.B.",
                     "Z.B.", "Mio.", "Haus.", "e.V.", "Prof.", "Präs.", "AB."] {
            var reference = abbreviations.tokens.contains(text)
            let scalars = text.unicodeScalars
            if scalars.count == 2, let first = scalars.first, first.properties.isUppercase, scalars.last == "." { reference = true }
            if let first = text.first, first.isUppercase, abbreviations.tokens.contains(first.lowercased() + text.dropFirst()) {
                reference = true
            }
            let lower = text.lowercased()
            for s in abbreviations.suffixes where lower.hasSuffix(s) && lower.count > s.count { reference = true }
            #expect(abbreviations.contains(text) == reference, "\(text)")
        }
    }

    @Test func dateStartFilterPassesEveryStartWord() {
        for word in GermanDates.startWords {
            guard word.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            for form in [word, word.capitalized, word.uppercased()] {
                let token = Token(text: form, kind: .word, start: 0, end: form.utf8.count, spaceBefore: true)
                #expect(GermanDates.mayStartDate(token), "\(form)")
            }
        }
        let sentence = TextAnalyzer.tokenize("Berlin, den 29.09.2021 - Die Stadt lädt am Freitag, den 3. Mai 2022 ein.")
        let match = GermanDates.datelineMatch(sentence)
        #expect(match?.year == 2021 && match?.month == 9 && match?.day == 29)
        #expect(match?.tokenRange == 2..<8)
    }
}
