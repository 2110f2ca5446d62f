import Foundation
import GraphCore
import Testing
@testable import Extractors

// The byte and bit shortcuts of the extraction hot paths give the answers of the plain tests they replace.

@Test("ampersand forms by bytes equal Foundation's replacement", arguments: [
    "Germany Trade & Invest", "A&B", "&", "Handel & Wandel & Co", "Société & Cie", "e\u{301} & Partner", "ohne Zeichen",
])
func ampersandForms(_ text: String) {
    for word in ["and", "und"] {
        #expect(ContactBlockReader.replacingAmpersands(in: text, with: word) == text.replacingOccurrences(of: "&", with: word))
    }
}

@Test("office labels: the byte prefilter lets every office label through", arguments: [
    ("ISA-Sekretariat", true), ("ISA-Generalsekretariat", true), ("ISA-Geschäftsstelle", true), ("AB-Verwaltung", true),
    ("ISA Sekretariat", false), ("Sekretariat", false), ("ISA-Verwaltungen", false), ("Stadt Leipzig", false),
    ("Ve\u{301}-Verwaltung", true),
])
func officePrefilter(_ label: String, _ mayBe: Bool) {
    #expect(Coreference.mayBeOffice(label) == mayBe)
}

@Test("membership words: the word bit equals the lexicon test")
func membershipBit() {
    let lexicon = RecognitionLexicon.shared
    for word in ["Mitglied", "Mitglieder", "Mitgliedsstädte", "Mitgliedschaft", "Mitgliedschaften", "Mitgliedsstadt", "Stadt",
                 "mitglied", "Beitritt", "MITGLIED"] {
        let lower = TokenView.lowercase(word)
        let plain = lexicon.membershipCues[lower] == "member" || lower.hasPrefix("mitglied") && !lower.hasPrefix("mitgliedschaft")
        #expect((lexicon.wordInfo(word).bits & WordBit.membership != 0) == plain, "\(word)")
    }
}

@Test("titles: the titleStart bit never hides a title match")
func titleStartBit() {
    let lexicon = RecognitionLexicon.shared
    let text = "Prof. Dr. Anna Roth und Dipl.-Ing. Jan Nowak sowie Dr. h. c. Li Wei trafen Mag. Eva Lang."
    let analyzed = TextAnalyzer.shared.analyze(text, knownWords: lexicon.knownWords,
                                               knownWordsAreLowercase: lexicon.knownWordsAreLowercase)
    for sentence in analyzed.sentences {
        let view = TokenView(tokens: sentence.tokens, lexicon: lexicon)
        for i in 0..<view.count {
            #expect(view.matchTitle(i, lexicon.titles) == view.matchCompact(i, lexicon.titles, maxTokens: 3), "token \(i)")
        }
    }
}

@Test("key starts: the prefix indexes give mayStartKey's answers")
func keyStartsIndex() {
    let lexicon = RecognitionLexicon.shared
    let lists: [[String]] = [Array(lexicon.legalForms), Array(lexicon.titles), Array(lexicon.roleModifiersAfter.keys),
                             ["GmbH", "e.V.", "Straße", "Sté", "x"], []]
    var compacts = ["G", "Gm", "GmbH", "GmbHx", "e", "e.", "e.V.", "Dr", "Dr.", "Prof.", "S", "St", "Str", "Stra", "Sté", "a",
                    "zz", "", "é", "Dipl.-Ing.", "h.c.", "x", "xy", "AG", "KG", "Co", "mbH", "für", "Bürger", "ü", "Öl", "Straß",
                    "Straßé", "Stü", "e\u{301}", "Société", "S.à", "S.àr.l."]
    for list in lists { for key in list.prefix(50) { compacts.append(key); compacts.append(String(key.prefix(2))) } }
    for list in lists {
        let index = KeyStarts(list)
        for compact in compacts {
            #expect(index.mayStart(compact) == RecognitionLexicon.mayStartKey(compact, of: list), "\(compact)")
        }
    }
}

@Test("word lists: firstWord over a WordList equals the plain scan")
func wordListFirstWord() {
    let lexicon = RecognitionLexicon.shared
    let tokens = Tokenizer(abbreviations: Abbreviations()).tokenize(
        "Die Stadt Jena trat im Mai dem Netzwerk bei , wurde gegründet und ist Mitglied ; Café e\u{301}tait Über ÜBER über")
    let view = TokenView(tokens: tokens, lexicon: lexicon)
    let lists: [[String]] = [["trat", "traten"], ["bei"], ["gegründet", "ins leben gerufen"], ["über"], ["café"],
                             ["étais", "e\u{301}tait"], ["était"], ["nichts", "da"], ["ist", "wurde", "die"], [""], []]
    for words in lists {
        let list = WordList(words)
        // The per-token tests (which pass over candidates of another length) agree with the string comparison, also
        // for a decomposed token and a precomposed candidate.
        for i in -1...view.count {
            let inRange = i >= 0 && i < view.count
            #expect(view.isAny(i, words) == (inRange && view.isWord(i) && words.contains(view.lower(i))), "\(words) at \(i)")
            #expect(view.lowerIsAny(i, words) == (inRange && words.contains(view.lower(i))), "\(words) at \(i)")
        }
        for from in 0...view.count {
            let plain = (from..<view.count).first { i in view.isWord(i) && words.contains(view.lower(i)) }
            #expect(view.firstWord(in: list, from: from, upper: view.count) == plain, "\(words) from \(from)")
            #expect(view.firstWord(in: words, from: from, upper: view.count) == plain, "\(words) from \(from)")
        }
    }
}

@Test("punctuation: isPunct by bytes equals the string test")
func punctuationBytes() {
    let lexicon = RecognitionLexicon.shared
    var tokens = Tokenizer(abbreviations: Abbreviations()).tokenize("( A ) . , ; - – „ “ ? ! / K")
    tokens.append(Token(text: "\u{037E}", kind: .punctuation, start: 0, end: 2, spaceBefore: true))
    tokens.append(Token(text: "\u{212A}", kind: .symbol, start: 0, end: 3, spaceBefore: true))
    let view = TokenView(tokens: tokens, lexicon: lexicon)
    for p in ["(", ")", ".", ",", ";", "-", "–", "„", "“", "?", "!", "/", "K", "A", "x", ""] {
        for i in -1...view.count {
            let plain = i >= 0 && i < view.count && tokens[i].kind != .word && tokens[i].kind != .number && tokens[i].text == p
            #expect(view.isPunct(i, p) == plain, "\(p) at \(i)")
        }
    }
}

@Test("spans: sortByStart equals the stable sort")
func sortByStartEqualsSort() {
    func span(_ start: Int, _ label: String) -> MentionSpan {
        MentionSpan(sentence: 0, start: start, end: start + 1, kind: .organization, label: label, quality: .full)
    }
    let cases: [[MentionSpan]] = [[], [span(0, "a")], [span(0, "a"), span(0, "b"), span(2, "c")],
                                  [span(3, "a"), span(1, "b"), span(1, "c"), span(0, "d")], [span(1, "a"), span(0, "b"), span(1, "c")]]
    for spans in cases {
        var fast = spans
        fast.sortByStart()
        #expect(fast == spans.sorted { $0.start < $1.start })
    }
}

@Test("characters: atMostTwoCharacters equals count <= 2", arguments: [
    "", "a", "ab", "abc", "abcd", "abcde", "a\r\n", "\r\n\r\n", "a\r\nb", "é", "e\u{301}", "e\u{301}e\u{301}", "über", "Ü", "Dr",
])
func atMostTwoCharacters(_ text: String) {
    let ascii = text.utf8.allSatisfy { $0 < 0x80 }
    #expect(MentionRecognizer.atMostTwoCharacters(text, ascii: ascii) == (text.count <= 2))
}

@Test("legal forms: the byte strip of a simple label equals the split and joined one", arguments: [
    "Messe Leipzig GmbH", "Hunan Greenvolt Technology Co., Ltd.", "Muster  Beratung   GmbH", " Muster GmbH ", ", GmbH", "GmbH",
    "Muster Beratung und Service GmbH & Co. KG", "Verein e. V.", "Verein e.\u{00A0}V.", "Stadt Leipzig", "A B C D E F AG",
    "Müller & Söhne GmbH", "Muster, GmbH", "Nur,", "x AG AG",
])
func legalFormStrip(_ label: String) {
    let lexicon = RecognitionLexicon.shared
    #expect(label.isSimpleText)
    if label.utf8.contains(0x20) {
        #expect(Coreference.simpleWithoutLegalForm(label, lexicon) == Coreference.splitWithoutLegalForm(label, lexicon), "\(label)")
    }
}

@Test("join: the counted copy equals the tokens appended one by one")
func joinEqualsAppending() {
    let lexicon = RecognitionLexicon.shared
    let text = "Die Stadtverwaltung Zhangjiagang-Süd (ZJG) und Prof. Dr. Anna Roth trafen sich in Düsseldorf–Nord, 3. Mai 2022."
    let analyzed = TextAnalyzer.shared.analyze(text, knownWords: lexicon.knownWords,
                                               knownWordsAreLowercase: lexicon.knownWordsAreLowercase)
    for sentence in analyzed.sentences {
        let view = TokenView(tokens: sentence.tokens, lexicon: lexicon)
        for a in -2...(view.count + 1) {
            for b in (a - 1)...(view.count + 2) {
                var plain = ""
                var i = max(0, a)
                while i < min(b, view.count) {
                    if i > a && view.tokens[i].spaceBefore { plain += " " }
                    plain += view.tokens[i].text
                    i += 1
                }
                #expect(Array(view.join(a, b).utf8) == Array(plain.utf8), "\(a)..<\(b)")
            }
        }
    }
}

@Test("adjective stems: the prefix lookup equals comparing every stem", arguments: [
    "chinesisch", "chinesischen", "deutsch", "deutsche", "bayerischen", "sächsische", "sa\u{0308}chsische", "süd",
    "müller", "schmidt", "wang", "ostchinesischen", "europäisch", "ö", "o\u{0308}sterreichischen", "österreichischen",
    "x", "rheinland-pfälzischen", "zhejiang", "the", "łódź", "straße", "strasse", "hanseatischen",
])
func adjectiveStemLookup(word: String) {
    let lexicon = RecognitionLexicon.shared
    let plain = lexicon.adjectiveStems.contains { word.hasPrefix($0) }
    #expect(lexicon.startsWithAdjectiveStem(word) == plain, "\(word)")
}
