import Testing
@testable import Extractors

struct MarkdownCase: CustomTestStringConvertible, Sendable {
    let label: String
    let source: String
    let expected: String
    var testDescription: String { label }
}

@Suite("Markdown stripping")
struct ReadingMarkdownTests {
    static let cases: [MarkdownCase] = [
        MarkdownCase(label: "ATX heading", source: "# Neue Partnerschaft\nDie Stadt Musterhausen kooperiert.",
                     expected: "Neue Partnerschaft\n\nDie Stadt Musterhausen kooperiert."),
        MarkdownCase(label: "ATX heading with closing hashes", source: "## Ergebnisse ##\nViel erreicht.",
                     expected: "Ergebnisse\n\nViel erreicht."),
        MarkdownCase(label: "hash glued to a word is text", source: "#Hashtag bleibt", expected: "#Hashtag bleibt"),
        MarkdownCase(label: "setext heading", source: "Kooperation vereinbart\n=====\n\nText folgt.",
                     expected: "Kooperation vereinbart\n\nText folgt."),
        MarkdownCase(label: "setext level two", source: "Hintergrund\n-----------\nDie Allianz wächst.",
                     expected: "Hintergrund\n\nDie Allianz wächst."),
        MarkdownCase(label: "emphasis markers", source: "Die **Handelskammer** lädt *alle* Mitglieder zum __Austausch__ und _Essen_ ein.",
                     expected: "Die Handelskammer lädt alle Mitglieder zum Austausch und Essen ein."),
        MarkdownCase(label: "strong emphasis spanning lines", source: "**Erste Zeile\nzweite Zeile**",
                     expected: "Erste Zeile\nzweite Zeile"),
        MarkdownCase(label: "bold around German quotes", source: "**„Ein wichtiger Schritt“**, betonte er.",
                     expected: "„Ein wichtiger Schritt“, betonte er."),
        MarkdownCase(label: "nested emphasis", source: "***sehr*** wichtig und **ganz *besonders* gut**",
                     expected: "sehr wichtig und ganz besonders gut"),
        MarkdownCase(label: "gender star stays", source: "Alle Bürger*innen und Unternehmer*innen sind eingeladen.",
                     expected: "Alle Bürger*innen und Unternehmer*innen sind eingeladen."),
        MarkdownCase(label: "intraword underscore stays", source: "Datei partner_liste_2023.csv liegt bei.",
                     expected: "Datei partner_liste_2023.csv liegt bei."),
        MarkdownCase(label: "lone asterisk stays", source: "Preis * Menge = Umsatz", expected: "Preis * Menge = Umsatz"),
        MarkdownCase(label: "inline link", source: "Mehr unter [Stadtportal Beispielstadt](https://www.beispielstadt.de/presse \"Presse\").",
                     expected: "Mehr unter Stadtportal Beispielstadt."),
        MarkdownCase(label: "link with parentheses in URL", source: "Siehe [Wiki](https://de.example.org/wiki/Köln_(Stadt)) dazu.",
                     expected: "Siehe Wiki dazu."),
        MarkdownCase(label: "mailto link", source: "Kontakt: [presse@beispielstadt.de](mailto:presse@beispielstadt.de)",
                     expected: "Kontakt: presse@beispielstadt.de"),
        MarkdownCase(label: "emphasis inside link", source: "[**Programm** ansehen](programm.pdf)", expected: "Programm ansehen"),
        MarkdownCase(label: "autolink", source: "Anmeldung: <https://anmeldung.beispiel.de/forum?id=3>",
                     expected: "Anmeldung: https://anmeldung.beispiel.de/forum?id=3"),
        MarkdownCase(label: "mailto autolink", source: "Schreiben Sie an <mailto:info@verband.example>.",
                     expected: "Schreiben Sie an info@verband.example."),
        MarkdownCase(label: "e-mail autolink", source: "Fragen an <info@verband.example>", expected: "Fragen an info@verband.example"),
        MarkdownCase(label: "reference link", source: "Siehe [Jahresbericht][1].\n\n[1]: https://example.org/bericht",
                     expected: "Siehe Jahresbericht."),
        MarkdownCase(label: "shortcut reference link", source: "Der [Stadtrat] tagt.\n\n[stadtrat]: https://example.org/rat",
                     expected: "Der Stadtrat tagt."),
        MarkdownCase(label: "brackets without link stay", source: "Die Quote [vorläufig] steigt.", expected: "Die Quote [vorläufig] steigt."),
        MarkdownCase(label: "image becomes alt text", source: "![Rathaus von Dresden](bilder/rathaus.jpg)", expected: "Rathaus von Dresden"),
        MarkdownCase(label: "inline code", source: "Das Kürzel `ISA` steht für die `` `Allianz` ``.",
                     expected: "Das Kürzel ISA steht für die `Allianz`."),
        MarkdownCase(label: "subscript tag", source: "Die CO<sub>2</sub>-Bilanz sank deutlich.", expected: "Die CO2-Bilanz sank deutlich."),
        MarkdownCase(label: "tags with attributes and br", source: "<span class=\"x\">Rathaus</span><br/>Markt 1",
                     expected: "Rathaus\nMarkt 1"),
        MarkdownCase(label: "less-than in text stays", source: "Wenn a < b und 3<4 gilt", expected: "Wenn a < b und 3<4 gilt"),
        MarkdownCase(label: "HTML comment removed", source: "Text<!-- intern:\nnicht zeigen -->weiter", expected: "Textweiter"),
        MarkdownCase(label: "bullet and ordered lists", source: "Teilnehmer:\n\n- Stadt Aachen\n* Kreis Viersen\n+ Essen\n1. Wuppertal\n2) Bochum",
                     expected: "Teilnehmer:\n\nStadt Aachen\nKreis Viersen\nEssen\nWuppertal\nBochum"),
        MarkdownCase(label: "task list", source: "- [x] Vertrag unterzeichnet\n- [ ] Besuch geplant",
                     expected: "Vertrag unterzeichnet\nBesuch geplant"),
        MarkdownCase(label: "date at line start is not a list", source: "Die Versammlung tagt.\n\n9. Oktober 2022 in Halle",
                     expected: "Die Versammlung tagt.\n\n9. Oktober 2022 in Halle"),
        MarkdownCase(label: "hard line breaks", source: "Stadtverwaltung Beispielhausen  \nPresseamt\\\nRathausplatz 1",
                     expected: "Stadtverwaltung Beispielhausen\nPresseamt\nRathausplatz 1"),
        MarkdownCase(label: "entities", source: "Müller &amp; Söhne&nbsp;GmbH: 5&#8239;% mehr, &#x20AC; &euro; &ouml;&#150; &bogus; &",
                     expected: "Müller & Söhne\u{A0}GmbH: 5\u{202F}% mehr, € € ö– &bogus; &"),
        MarkdownCase(label: "blockquote", source: "> „Wir freuen uns“, sagte die Bürgermeisterin.\n> Zweite Zeile",
                     expected: "„Wir freuen uns“, sagte die Bürgermeisterin.\nZweite Zeile"),
        MarkdownCase(label: "horizontal rules", source: "Erster Teil\n\n---\n\nZweiter Teil\n\n* * *\n\nDritter Teil",
                     expected: "Erster Teil\n\nZweiter Teil\n\nDritter Teil"),
        MarkdownCase(label: "fenced code kept verbatim", source: "Vorher\n```text\nkein *Markup* hier\n```\nNachher",
                     expected: "Vorher\n\nkein *Markup* hier\n\nNachher"),
        MarkdownCase(label: "table cells", source: "| Stadt | Partner |\n|:---|---:|\n| Köln | **Peking** |",
                     expected: "Stadt\nPartner\nKöln\nPeking"),
        MarkdownCase(label: "backslash escapes", source: "5 \\* 3 ergibt 15 und \\_nicht kursiv\\_", expected: "5 * 3 ergibt 15 und _nicht kursiv_"),
        MarkdownCase(label: "strikethrough", source: "Der Termin ist ~~Montag~~ Dienstag.", expected: "Der Termin ist Montag Dienstag."),
        MarkdownCase(label: "paragraphs kept", source: "Absatz eins\nmit zwei Zeilen.\n\n\n\nAbsatz zwei.",
                     expected: "Absatz eins\nmit zwei Zeilen.\n\nAbsatz zwei."),
        MarkdownCase(label: "lines of no-break spaces separate paragraphs", source: "Liebe Freunde,\n\u{A0}\nwir melden uns.\n \u{A0} \nGruß",
                     expected: "Liebe Freunde,\n\nwir melden uns.\n\nGruß"),
        MarkdownCase(label: "empty input", source: "", expected: ""),
    ]

    @Test("Markdown markup is removed, text kept", arguments: cases)
    func strips(_ example: MarkdownCase) {
        #expect(ReadingSupport.markdown(example.source) == example.expected)
    }

    @Test("A Markdown press release fixture")
    func fixture() throws {
        let path = ReadingSupport.fixtures + "/pressemitteilung.md"
        let document = try DocumentReader.read(path: path)
        #expect(document.format == .markdown)
        #expect(document.warnings.isEmpty)
        #expect(document.text == """
            Kooperation vereinbart

            Die Hansestadt Rostock und die Stadt Dalian unterzeichnen eine Absichtserklärung.

            Hintergrund

            Die Zusammenarbeit umfasst:

            Hafenwirtschaft
            erneuerbare Energien
            CO2-Reduktion

            „Ein guter Tag für beide Städte“, sagte der Oberbürgermeister.

            Kontakt: Pressestelle
            Telefon 0381 000000
            https://www.rostock.example/presse
            """)
    }

    @Test("Markdown sniffing for .txt files")
    func sniffing() {
        #expect(DocumentFormat.looksLikeMarkdown(Array("## Titel\n\n**Fett** und [Link](https://x.example)".utf8)))
        #expect(!DocumentFormat.looksLikeMarkdown(Array("Ein ganz normaler Text mit # Raute.".utf8)))
        #expect(!DocumentFormat.looksLikeMarkdown(Array("# Nur eine Überschrift\nund Text".utf8)))
    }
}

@Suite("Markdown on hostile input")
struct ReadingMarkdownHostileTests {
    @Test("Unmatched brackets, backticks, tags and stars stay text and take linear time", arguments: [
        "[", "`", "``", "*", "_", "<a href=\"", "[x](", "![", "&#", "**x", "\\",
    ])
    func unmatched(piece: String) {
        let source = String(repeating: piece + "Wort ", count: 20_000)
        let clock = ContinuousClock()
        var output = ""
        let elapsed = clock.measure { output = ReadingSupport.markdown(source) }
        #expect(elapsed < .seconds(20))
        // Every word survives: nothing swallowed, nothing duplicated.
        #expect(output.components(separatedBy: "Wort").count - 1 == 20_000)
    }

    @Test("Deeply nested links do not exhaust the stack")
    func nestedLinks() {
        let source = String(repeating: "[", count: 5_000) + "Kern" + String(repeating: "](u)", count: 5_000)
        let output = ReadingSupport.markdown(source)
        let links = output.components(separatedBy: "](u)").count - 1
        #expect(output.contains("Kern"))
        // The outer links lose their markup; below the depth limit the link text stays as written.
        #expect(links > 4_900 && links < 5_000)
    }
}
