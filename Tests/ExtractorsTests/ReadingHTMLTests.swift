import Testing
@testable import Extractors

struct HTMLCase: CustomTestStringConvertible, Sendable {
    let label: String
    let source: String
    let expected: String
    var testDescription: String { label }
}

@Suite("HTML text extraction")
struct ReadingHTMLTests {
    static let cases: [HTMLCase] = [
        HTMLCase(label: "blocks separated, head noise dropped",
                 source: "<html><head><title>Presse</title><style>p{color:red}</style><script>var x = 'Skript';</script></head><body><nav><a href='/'>Startseite</a></nav><h1>Neue Kooperation</h1><p>Die Stadt <b>Leipzig</b> und  die\n   Provinz <a href='#'>Hubei</a> arbeiten zusammen.</p></body></html>",
                 expected: "Presse\n\nNeue Kooperation\n\nDie Stadt Leipzig und die Provinz Hubei arbeiten zusammen."),
        HTMLCase(label: "title repeated by h1 appears once",
                 source: "<html><head><title>Gemeinsame Erklärung</title></head><body><h1>Gemeinsame Erklärung</h1><p>Text.</p></body></html>",
                 expected: "Gemeinsame Erklärung\n\nText."),
        HTMLCase(label: "entities decoded",
                 source: "<p>Müller &amp; Partner &ndash; Ihr Partner f&uuml;r &#8222;Handel&#8220; &lt;3&gt;</p>",
                 expected: "Müller & Partner – Ihr Partner für „Handel“ <3>"),
        HTMLCase(label: "nested inline elements",
                 source: "<p><span><em>Sehr <strong>wichtige</strong></em> Nachricht</span> aus CO<sub>2</sub>-Sicht, m<sup>2</sup></p>",
                 expected: "Sehr wichtige Nachricht aus CO2-Sicht, m2"),
        HTMLCase(label: "table cells become blocks",
                 source: "<table><tr><th>Stadt</th><th>Partnerstadt</th></tr><tr><td>Duisburg</td><td>Wuhan</td></tr></table>",
                 expected: "Stadt\n\nPartnerstadt\n\nDuisburg\n\nWuhan"),
        HTMLCase(label: "list items and divs",
                 source: "<div>Vorspann<ul><li>Hafen</li><li>Logistik <i>und</i> Bahn</li></ul>Nachsatz</div>",
                 expected: "Vorspann\n\nHafen\n\nLogistik und Bahn\n\nNachsatz"),
        HTMLCase(label: "br is a line end",
                 source: "<p>Rathausplatz 1<br>04109 Leipzig <br/> Deutschland</p>",
                 expected: "Rathausplatz 1\n04109 Leipzig\nDeutschland"),
        HTMLCase(label: "unclosed tags recovered",
                 source: "<p>Erster Absatz<p>Zweiter <b>fett<p>Dritter",
                 expected: "Erster Absatz\n\nZweiter fett\n\nDritter"),
        HTMLCase(label: "page header and footer dropped, article header kept",
                 source: "<body><header><p>Menü</p></header><article><header><h1>Titel der Meldung</h1></header><p>Inhalt.</p><footer>Stand: Mai</footer></article><footer>Impressum</footer></body>",
                 expected: "Titel der Meldung\n\nInhalt.\n\nStand: Mai"),
        HTMLCase(label: "forms, buttons, asides, frames, templates, noscript, svg dropped",
                 source: "<body><p>Bleibt.</p><form><label>Suche</label><input value='x'></form><button>Teilen</button><aside>Werbung</aside><iframe src='x'>Rahmen</iframe><template><p>Vorlage</p></template><noscript>Bitte Skripte erlauben</noscript><svg><text>Grafik</text></svg><div role='navigation'>Seitenmenü</div><p hidden>Unsichtbar</p></body>",
                 expected: "Bleibt."),
        HTMLCase(label: "pre keeps whitespace",
                 source: "<pre>Zeile 1\n  eingerückt</pre><p>danach</p>",
                 expected: "Zeile 1\n  eingerückt\n\ndanach"),
        HTMLCase(label: "comments dropped", source: "<p>Vor<!-- Kommentar -->her</p>", expected: "Vorher"),
        HTMLCase(label: "only scripts gives no text", source: "<script>alert(1)</script>", expected: ""),
    ]

    @Test("HTML blocks, inline text and dropped elements", arguments: cases)
    func extracts(_ example: HTMLCase) throws {
        #expect(try ReadingSupport.html(example.source) == example.expected)
    }

    @Test("Deeply nested elements are parsed and walked without recursion", arguments: [300, 10_000, 100_000])
    func deepNesting(depth: Int) throws {
        var source = "<html><body>"
        for _ in 0..<depth { source += "<div><span>" }
        source += "tief unten"
        for _ in 0..<depth { source += "</span></div>" }
        source += "<p>danach</p></body></html>"
        let text = try ReadingSupport.html(source)
        #expect(text.hasPrefix("tief unten"))
        #expect(text.hasSuffix("danach"))
    }

    @Test("An HTML press release fixture")
    func fixture() throws {
        let document = try DocumentReader.read(path: ReadingSupport.fixtures + "/pressemitteilung.html")
        #expect(document.format == .html)
        #expect(document.warnings.isEmpty)
        #expect(document.text == """
            Rostock und Dalian unterzeichnen Absichtserklärung

            Rostock, 12.\u{A0}Mai\u{A0}2023

            Die Hansestadt Rostock und die Stadt Dalian wollen beim Thema CO2-Reduktion enger zusammenarbeiten.

            Hafenwirtschaft

            Erneuerbare Energien

            Kontakt: Pressestelle
            Telefon 0381\u{A0}000000
            """)
    }

    @Test("A declared ISO-8859-1 charset is used for bytes that are not UTF-8, read as Windows-1252")
    func declaredCharset() throws {
        var bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Gr".utf8)
        bytes += [0xFC, 0xDF, 0x65, 0x20, 0x80, 0x20, 0x84]
        bytes += Array("Zitat".utf8) + [0x93] + Array("</p></body></html>".utf8)
        let document = try DocumentReader.read(bytes: bytes, name: "alt.html", format: .html)
        #expect(document.text == "Grüße € „Zitat“")
        #expect(document.encoding == .declared)
        #expect(document.warnings.count == 1)
        #expect(document.warnings.first?.hasPrefix("alt.html: ") == true)
    }

    @Test("Valid UTF-8 wins over a wrong charset declaration")
    func utf8OverDeclaration() throws {
        let source = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Köln grüßt</p></body></html>"
        let document = try DocumentReader.read(bytes: Array(source.utf8), name: "neu.html", format: .html)
        #expect(document.text == "Köln grüßt")
        #expect(document.warnings.isEmpty)
    }

    @Test("Undeclared non-UTF-8 HTML is read as Windows-1252")
    func undeclaredWindows1252() throws {
        let bytes = Array("<p>K".utf8) + [0xF6] + Array("ln ".utf8) + [0x80] + Array("</p>".utf8)
        let document = try DocumentReader.read(bytes: bytes, name: "ohne.htm", format: .html)
        #expect(document.text == "Köln €")
        #expect(document.encoding == .windows1252)
        #expect(document.warnings == ["ohne.htm: not valid UTF-8, decoded as Windows-1252"])
    }

    @Test("UTF-16 HTML with a byte-order mark is decoded before parsing")
    func utf16HTML() throws {
        let source = "<html><head><meta charset=\"utf-16\"></head><body><p>Grüße aus Köln</p><p>€</p></body></html>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in source.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let document = try DocumentReader.read(bytes: bytes, name: "breit.html", format: .html)
        #expect(document.text == "Grüße aus Köln\n\n€")
        #expect(document.encoding == .utf16LittleEndian)
    }

    @Test("A false UTF-8 declaration on Windows-1252 bytes falls back to Windows-1252")
    func falseUTF8Declaration() throws {
        let bytes = Array("<html><head><meta charset=\"UTF-8\"></head><body><p>Gr".utf8) + [0xFC, 0xDF, 0x65, 0x20, 0x80]
            + Array("</p><p>Zweiter Absatz</p></body></html>".utf8)
        let document = try DocumentReader.read(bytes: bytes, name: "falsch.html", format: .html)
        #expect(document.text == "Grüße €\n\nZweiter Absatz")
        #expect(document.encoding == .windows1252)
        #expect(document.warnings == ["falsch.html: not valid UTF-8, decoded as Windows-1252"])
    }
}
