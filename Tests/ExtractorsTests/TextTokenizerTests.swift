import Testing
@testable import Extractors

/// Tokenisation: words, numbers, addresses, abbreviations, punctuation and symbols.
struct TextTokenizerTests {
    static func render(_ tokens: [Token]) -> String {
        tokens.map { t -> String in
            let kind: String
            switch t.kind {
            case .word: kind = "w"
            case .number: kind = "n"
            case .punctuation: kind = "p"
            case .symbol: kind = "s"
            case .email: kind = "e"
            case .url: kind = "u"
            }
            return "\(t.text)/\(kind)"
        }.joined(separator: " ")
    }

    static let cases: [(String, String)] = [
        ("Die Städtepartnerschaft mit Wuhan", "Die/w Städtepartnerschaft/w mit/w Wuhan/w"),
        ("Das NRW-Büro senkt den CO2-Ausstoß im B2B-Geschäft", "Das/w NRW-Büro/w senkt/w den/w CO2-Ausstoß/w im/w B2B-Geschäft/w"),
        ("Umsatz 2016: 1,4 Mrd. Euro", "Umsatz/w 2016/n :/p 1,4/n Mrd./w Euro/w"),
        ("1.000 Gäste und 12.500,75 €", "1.000/n Gäste/w und/w 12.500,75/n €/s"),
        ("am 16. Oktober", "am/w 16/n ./p Oktober/w"),
        ("am 29.09.2021 in Köln", "am/w 29/n ./p 09/n ./p 2021/n in/w Köln/w"),
        ("Schreiben Sie an presse@rathaus-muster.de.", "Schreiben/w Sie/w an/w presse@rathaus-muster.de/e ./p"),
        ("Infos: https://www.stadt.example/de/aktuell?id=4.", "Infos/w :/p https://www.stadt.example/de/aktuell?id=4/u ./p"),
        ("(siehe www.kammer-beispiel.de)", "(/p siehe/w www.kammer-beispiel.de/u )/p"),
        ("Portal isa-portal.de/de oder", "Portal/w isa-portal.de/de/u oder/w"),
        ("[Link](http://www.beispiel.de)", "[/p Link/w ]/p (/p http://www.beispiel.de/u )/p"),
        ("Dr. Anna Kühn und Prof. Dr. Li Wei", "Dr./w Anna/w Kühn/w und/w Prof./w Dr./w Li/w Wei/w"),
        ("z. B. Solar, u.a. Wind, bzw. Wasser", "z./w B./w Solar/w ,/p u.a./w Wind/w ,/p bzw./w Wasser/w"),
        ("Staatssekretär a. D. und Minister a.D.", "Staatssekretär/w a./w D./w und/w Minister/w a.D./w"),
        ("Förderverein e. V. und Sportclub e.V.", "Förderverein/w e./w V./w und/w Sportclub/w e.V./w"),
        ("Hans A. Berger", "Hans/w A./w Berger/w"),
        ("Dipl.-Ing. Petra Ost", "Dipl.-Ing./w Petra/w Ost/w"),
        ("Hauptstr. 5 und Kirchstr. 7", "Hauptstr./w 5/n und/w Kirchstr./w 7/n"),
        ("Energie- und Klimaschutz-Thema", "Energie/w -/p und/w Klimaschutz-Thema/w"),
        ("Wie geht's? Gut!", "Wie/w geht's/w ?/p Gut/w !/p"),
        ("Tel.: +49 (30) 12 34 - 56", "Tel./w :/p +/s 49/n (/p 30/n )/p 12/n 34/n -/p 56/n"),
        ("Müller & Söhne, 5 % mehr", "Müller/w &/s Söhne/w ,/p 5/n %/s mehr/w"),
        ("ein 5-jähriges Programm, 3D-Druck und 2020er Jahre", "ein/w 5-jähriges/w Programm/w ,/p 3D-Druck/w und/w 2020er/w Jahre/w"),
        ("2020-2022 … fertig", "2020/n -/p 2022/n …/p fertig/w"),
        ("Xi’an und Ürümqi", "Xi'an/w und/w Ürümqi/w"),
        ("**Kontakt:**", "*/s */s Kontakt/w :/p */s */s"),
    ]

    @Test(arguments: cases)
    func tokenises(input: String, expected: String) {
        let normalized = TextNormalizer.normalize(input)
        let tokens = TextAnalyzer.shared.tokenizer.tokenize(normalized.bytes, from: 0, to: normalized.bytes.count)
        #expect(Self.render(tokens) == expected)
    }

    @Test func offsetsAndSpacing() {
        let tokens = TextAnalyzer.tokenize("Rat (Köln).")
        #expect(tokens.map(\.start) == [0, 4, 5, 10, 11])
        #expect(tokens.map(\.end) == [3, 5, 10, 11, 12])
        #expect(tokens.map(\.spaceBefore) == [true, true, false, false, false])
    }

    @Test func sentenceInitialCapitalisedAbbreviation() {
        #expect(Self.render(TextAnalyzer.tokenize("Vgl. Anlage")) == "Vgl./w Anlage/w")
        #expect(Self.render(TextAnalyzer.tokenize("Das Ende. Neu")) == "Das/w Ende/w ./p Neu/w")
    }
}

/// The bundled abbreviation lexicon loads and feeds the tokeniser.
struct TextAbbreviationLexiconTests {
    @Test func bundledLexiconLoads() throws {
        let analyzer = try TextAnalyzer.bundled()
        let abbreviations = analyzer.tokenizer.abbreviations
        #expect(abbreviations.contains("Dr."))
        #expect(abbreviations.contains("z.B."))
        #expect(abbreviations.sequences.contains(["a.", "D."]))
        #expect(abbreviations.sentenceFinal.contains("usw."))
        #expect(abbreviations.contains("Hauptstr."))
        #expect(!abbreviations.contains("Haus."))
    }
}
