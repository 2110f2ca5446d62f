import Testing
@testable import Extractors

/// Sentence splitting: abbreviations, ordinals, initials, datelines, line rules, blank-line lists, columns.
struct TextSentenceTests {
    /// Renders sentences as `S:text` (sentence) or `L:text` (line), joined by ` | `; line breaks inside become spaces.
    static func render(_ text: String) -> String {
        let a = TextAnalyzer.analyze(text)
        return a.sentences.map { s in
            (s.isLine ? "L:" : "S:") + a.text(of: s).split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
        }.joined(separator: " | ")
    }

    static let cases: [(String, String)] = [
        ("Der Rat tagte lange. Am Ende stand ein Beschluss! Wer zahlt? Die Stadt.",
         "S:Der Rat tagte lange. | S:Am Ende stand ein Beschluss! | S:Wer zahlt? | S:Die Stadt."),
        ("Es sprach Dr. Meier vom Amt. Danach Prof. Dr. Hu.",
         "S:Es sprach Dr. Meier vom Amt. | S:Danach Prof. Dr. Hu."),
        ("Gefördert werden z. B. Radwege, u. a. in Kassel. Der Bund zahlt.",
         "S:Gefördert werden z. B. Radwege, u. a. in Kassel. | S:Der Bund zahlt."),
        ("Der Verein e. V. lädt ein. Minister a. D. Klaus Rehm spricht.",
         "S:Der Verein e. V. lädt ein. | S:Minister a. D. Klaus Rehm spricht."),
        ("Die Messe findet am 16. Oktober statt. Sie endet am 18. Okt. 2023 in Leipzig.",
         "S:Die Messe findet am 16. Oktober statt. | S:Sie endet am 18. Okt. 2023 in Leipzig."),
        ("Die 9. Vollversammlung der Kammer tagte. Zum 14. Fünfjahresplan gab es Fragen.",
         "S:Die 9. Vollversammlung der Kammer tagte. | S:Zum 14. Fünfjahresplan gab es Fragen."),
        ("Unser Team belegte Platz 3. Die Sieger kamen aus Jena.",
         "S:Unser Team belegte Platz 3. | S:Die Sieger kamen aus Jena."),
        ("Die Firma wurde 2019 gegründet. 2021 kam ein Werk dazu.",
         "S:Die Firma wurde 2019 gegründet. | S:2021 kam ein Werk dazu."),
        ("Es gratulierte Stephan B. Hollmann, Leiter der Kammer.",
         "S:Es gratulierte Stephan B. Hollmann, Leiter der Kammer."),
        ("Der Vertrag vom 29.09.2021 gilt. Er wurde am 1.10.2021 veröffentlicht.",
         "S:Der Vertrag vom 29.09.2021 gilt. | S:Er wurde am 1.10.2021 veröffentlicht."),
        ("Er sagte: \"Wir sind bereit.\" Dann ging er.",
         "S:Er sagte: \"Wir sind bereit.\" | S:Dann ging er."),
        ("Es gibt Äpfel, Birnen usw. Die Ernte war gut.",
         "S:Es gibt Äpfel, Birnen usw. | S:Die Ernte war gut."),
        ("Warten… Dann kam der Bus.", "S:Warten… | S:Dann kam der Bus."),
        ("Kontakt per Mail an info@stadt.de. Wir antworten schnell.",
         "S:Kontakt per Mail an info@stadt.de. | S:Wir antworten schnell."),
        ("Die Stadt bzw. der Kreis zahlt. Das Land hilft.",
         "S:Die Stadt bzw. der Kreis zahlt. | S:Das Land hilft."),
        ("Die Halle Nr. 5 ist geöffnet. Der Eintritt ist frei.",
         "S:Die Halle Nr. 5 ist geöffnet. | S:Der Eintritt ist frei."),
        ("Die Kirche St. Marien wurde saniert. Sie ist alt.",
         "S:Die Kirche St. Marien wurde saniert. | S:Sie ist alt."),
        ("Die Muster Logistik GmbH & Co. KG investiert in Posen. Das Werk entsteht 2025.",
         "S:Die Muster Logistik GmbH & Co. KG investiert in Posen. | S:Das Werk entsteht 2025."),
        ("Der Förderverein Städtepartnerschaft e. V. lädt ein. Gäste sind willkommen.",
         "S:Der Förderverein Städtepartnerschaft e. V. lädt ein. | S:Gäste sind willkommen."),
        ("Am 1. Juli reist Prof. Dr. Hans J. Keller nach Kyoto. Er bleibt bis zum 3. August.",
         "S:Am 1. Juli reist Prof. Dr. Hans J. Keller nach Kyoto. | S:Er bleibt bis zum 3. August."),
        ("Die Partnerschaft besteht seit dem 12. Jh. nicht. Das ist neu.",
         "S:Die Partnerschaft besteht seit dem 12. Jh. nicht. | S:Das ist neu."),
        ("Das Projekt kostet ca. 3 Mio. Euro. Der Bund trägt die Hälfte.",
         "S:Das Projekt kostet ca. 3 Mio. Euro. | S:Der Bund trägt die Hälfte."),
        // Line rules.
        ("Die Delegation reiste nach Hannover, um dort mit den Partnern\nzusammenzukommen.",
         "S:Die Delegation reiste nach Hannover, um dort mit den Partnern zusammenzukommen."),
        ("Neue Partnerschaft mit Chengdu\nDie Stadt Bonn hat einen Vertrag unterzeichnet.",
         "L:Neue Partnerschaft mit Chengdu | S:Die Stadt Bonn hat einen Vertrag unterzeichnet."),
        ("Die Gäste kamen aus Shenyang.\nSie blieben drei Tage.",
         "S:Die Gäste kamen aus Shenyang. | S:Sie blieben drei Tage."),
        ("Unsere Themen:\nEnergie und Verkehr",
         "L:Unsere Themen: | L:Energie und Verkehr"),
        ("Ansprechpartner: Jonas Weber\nWirtschaftsförderung Musterstadt\nMarktplatz 1\n12345 Musterstadt\n+49 123 4567\npresse@musterstadt.de",
         "L:Ansprechpartner: Jonas Weber | L:Wirtschaftsförderung Musterstadt | L:Marktplatz 1 | L:12345 Musterstadt | L:+49 123 4567 | L:presse@musterstadt.de"),
        ("Das Programm ist auf vier Jahre angelegt und wird mit einem Fördervolumen in Höhe von\n2,5 Millionen Euro ausgestattet.",
         "S:Das Programm ist auf vier Jahre angelegt und wird mit einem Fördervolumen in Höhe von 2,5 Millionen Euro ausgestattet."),
        ("## Rathaus aktuell\n# Neue Wege\nDer Rat tagt.",
         "L:## Rathaus aktuell | L:# Neue Wege | S:Der Rat tagt."),
        ("Im Gespräch mit\nBürgermeisterin Lena Roth ging es um Radwege.",
         "S:Im Gespräch mit Bürgermeisterin Lena Roth ging es um Radwege."),
        ("Zur Feier am 3.\nMai kamen viele.", "S:Zur Feier am 3. Mai kamen viele."),
        // Blank lines and lists.
        ("Der Rat beschloss das Budget\n\nDie Verwaltung setzt es um.",
         "L:Der Rat beschloss das Budget | S:Die Verwaltung setzt es um."),
        ("Mitglieder sind Kiel, Lübeck,\n\nFlensburg und Husum.",
         "S:Mitglieder sind Kiel, Lübeck, Flensburg und Husum."),
        ("Beteiligt sind die Städte Gera und\n\nJena.", "S:Beteiligt sind die Städte Gera und Jena."),
        ("Erster Absatz endet hier.\n\n\n\nZweiter Absatz.", "S:Erster Absatz endet hier. | S:Zweiter Absatz."),
        ("Ende des Textes.\n-\nNeue Rubrik", "S:Ende des Textes. | L:Neue Rubrik"),
        // Columns.
        ("Maria Schulz          Chen Hao\n\nOberbürgermeisterin     Generalkonsul a.D.",
         "L:Maria Schulz | L:Chen Hao | L:Oberbürgermeisterin | L:Generalkonsul a.D."),
        ("Links\tRechts", "L:Links | L:Rechts"),
        // Datelines.
        ("Köln, den 12.03.2022\n\nDie Kammer informiert.", "L:Köln, den 12.03.2022 | S:Die Kammer informiert."),
        ("Hannover, 3. Mai 2022 - Die Stadt empfängt Gäste aus Hefei.",
         "L:Hannover, 3. Mai 2022 | S:Die Stadt empfängt Gäste aus Hefei."),
        ("12.03.2022 - Die Kammer informiert über Exporte.",
         "L:12.03.2022 | S:Die Kammer informiert über Exporte."),
        ("Warschau, 7. Juni 2023 – Die Stadt Posen eröffnet ein Büro in Leipzig.",
         "L:Warschau, 7. Juni 2023 | S:Die Stadt Posen eröffnet ein Büro in Leipzig."),
        ("Dresden, den 1. März 2021\n\nDie Handwerkskammer informiert.",
         "L:Dresden, den 1. März 2021 | S:Die Handwerkskammer informiert."),
        // Datelines of place names alone, at the start of a paragraph (the normaliser has made dashes `-`).
        ("Suhl/Yibin – Die Firma Kranz Optik GmbH und die Yibin Glass Co. haben einen Vertrag unterzeichnet.",
         "L:Suhl/Yibin | S:Die Firma Kranz Optik GmbH und die Yibin Glass Co. haben einen Vertrag unterzeichnet."),
        ("Frankfurt am Main (ots) - Der Verband begrüßt die Einigung mit Peking.",
         "L:Frankfurt am Main (ots) | S:Der Verband begrüßt die Einigung mit Peking."),
        ("Rostock/Dalian (dpa/mv) – Der Hafen meldet einen Rekord.",
         "L:Rostock/Dalian (dpa/mv) | S:Der Hafen meldet einen Rekord."),
        ("Frankfurt an der Oder (AFP/dpa) - Die Firma zieht nach Suzhou.",
         "L:Frankfurt an der Oder (AFP/dpa) | S:Die Firma zieht nach Suzhou."),
        ("Kassel – Oberbürgermeister Jan Pohl empfing Gäste.\n\nLeipzig – ein Standort mit Zukunft.",
         "L:Kassel | S:Oberbürgermeister Jan Pohl empfing Gäste. | S:Leipzig - ein Standort mit Zukunft."),
        // Not datelines: an inserted phrase between dashes, a title with a hyphen, a heading, a dash later on.
        ("Anna Vogt – Leiterin des Amtes – sprach zuerst.", "S:Anna Vogt - Leiterin des Amtes - sprach zuerst."),
        ("Dr.-Ing. Uwe Reiß, Direktor der Kammer, sprach.", "S:Dr.-Ing. Uwe Reiß, Direktor der Kammer, sprach."),
        ("Gera – Taizhou: Neue Wege", "L:Gera - Taizhou: Neue Wege"),
        ("Die Stadt teilte mit – Der Rat tagt heute.", "S:Die Stadt teilte mit - Der Rat tagt heute."),
        ("Er kam. Weimar – Die Stadt lädt ein.", "S:Er kam. | S:Weimar - Die Stadt lädt ein."),
        // A list of dates: the date and its colon stay with the entry.
        ("Termine:\n\n- 23. September 2025: Wirtschaftstag in Görlitz\n- 4. Oktober 2025: Webinar der Kammer",
         "L:Termine: | L:- 23. September 2025: Wirtschaftstag in Görlitz | L:- 4. Oktober 2025: Webinar der Kammer"),
    ]

    @Test(arguments: cases)
    func splits(input: String, expected: String) {
        #expect(Self.render(input) == expected)
    }

    @Test func sentenceOffsetsCoverTokens() {
        let a = TextAnalyzer.analyze("Erster Satz.  Zweiter Satz!\n\nDritter")
        #expect(a.sentences.count == 3)
        for s in a.sentences {
            #expect(s.start == s.tokens.first?.start)
            #expect(s.end == s.tokens.last?.end)
        }
        #expect(a.text(of: a.sentences[1]) == "Zweiter Satz!")
        let range = a.originalRange(a.sentences[2].start, a.sentences[2].end)
        #expect(range.begin == 29 && range.end == 36)
    }

    @Test func provenancePointsIntoOriginalAfterRejoining() {
        let original = "„Die Zusammen-\narbeit“ – sagt er – wächst."
        let a = TextAnalyzer.analyze(original)
        #expect(a.text == "\"Die Zusammenarbeit\" - sagt er - wächst.")
        let word = a.sentences[0].tokens.first { $0.text == "Zusammenarbeit" }!
        let r = a.originalRange(word.start, word.end)
        let scalars = Array(original.unicodeScalars)
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[r.begin..<r.end])
        #expect(String(s) == "Zusammen-\narbeit")
    }
}
