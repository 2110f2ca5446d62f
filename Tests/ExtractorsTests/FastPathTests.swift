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
