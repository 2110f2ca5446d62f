import GraphCore
import Testing
@testable import Extractors

/// German date expressions, year resolution, relative dates and datelines.
struct TextDatesTests {
    /// Renders the matches of a sentence: `text=value` with `?` for a missing year, `~` for a bare year,
    /// `R` for a range, `rel` for relative expressions.
    static func render(_ sentence: String) -> String {
        let a = TextAnalyzer.analyze(sentence)
        var out: [String] = []
        for s in a.sentences {
            for m in GermanDates.find(in: s) {
                let text = a.slice(s.tokens[m.tokenRange.lowerBound].start, s.tokens[m.tokenRange.upperBound - 1].end)
                var value: String
                if m.relative != nil {
                    value = "rel"
                } else if let d = m.date {
                    value = d.description
                } else {
                    value = "?"
                    if let month = m.month { value += "-\(month)" }
                    if let day = m.day { value += "-\(day)" }
                }
                if m.bare { value += "~" }
                if m.isRange { value += "R" }
                out.append("\(text)=\(value)")
            }
        }
        return out.joined(separator: "; ")
    }

    static let cases: [(String, String)] = [
        ("Die Messe beginnt am 16. Oktober 2020 in Essen.", "16. Oktober 2020=2020-10-16"),
        ("Die Sitzung ist am 16. Oktober.", "16. Oktober=?-10-16"),
        ("Die Gäste kommen am Freitag, den 16. Oktober, nach Kiel.", "Freitag, den 16. Oktober=?-10-16"),
        ("Der Rat tagte am 16.10.2020 im Rathaus.", "16.10.2020=2020-10-16"),
        ("Unterzeichnet wurde am 29.09.2021.", "29.09.2021=2021-09-29"),
        ("Das Interview lief am 30.8.2020 im Radio.", "30.8.2020=2020-08-30"),
        ("Kurzform 05.03.19 im Protokoll.", "05.03.19=2019-03-05"),
        ("Die Kammer wurde im April 2016 gegründet.", "April 2016=2016-04"),
        ("Im November 2017 reiste die Delegation nach Wuxi.", "November 2017=2017-11"),
        ("Der Plan gilt seit Sept. 2019 und endet im Jan. 2024.", "Sept. 2019=2019-09; Jan. 2024=2024-01"),
        ("Bereits seit 2015 arbeiten beide Städte zusammen.", "2015=2015~"),
        ("Im Jahr 2012 begann die Partnerschaft.", "2012=2012~"),
        ("2018 haben wir ein Büro in Nanjing eröffnet.", "2018=2018~"),
        ("Bis 2030 soll der Hafen klimaneutral sein.", "2030=2030~"),
        ("Die Firma hat 2000 Mitarbeiter und 1500 Kunden.", ""),
        ("Die Halle bietet Platz für 2500 Besucher.", ""),
        ("Mitte 2021 startet das Projekt.", "Mitte 2021=2021-06"),
        ("Ende März legt der Ausschuss den Bericht vor.", "Ende März=?-3"),
        ("Anfang Februar 2023 folgt die Eröffnung.", "Anfang Februar 2023=2023-02"),
        ("Die Konferenz läuft vom 3. bis 5. Mai 2022 in Dresden.", "3. bis 5. Mai 2022=2022-05-03R"),
        ("Die Tage der offenen Tür sind vom 3. Mai bis 5. Juni 2022.", "3. Mai bis 5. Juni 2022=2022-05-03R"),
        ("Der Austausch findet im Mai statt.", "Mai=?-5"),
        ("August Meier begrüßte die Gäste.", ""),
        ("Die Frist endet am 31.02.2020 nicht.", ""),
        ("Der 30. Februar ist kein Tag.", ""),
        ("Am 29.02.2020 war Schalttag, am 29.02.2021 nicht.", "29.02.2020=2020-02-29"),
        ("Das Treffen war gestern.", "gestern=rel"),
        ("Letzte Woche besuchte uns der Konsul.", "Letzte Woche=rel"),
        ("Im letzten September kamen Gäste aus Taizhou.", "letzten September=rel"),
        ("Im vergangenen Jahr wuchs der Umsatz.", "vergangenen Jahr=rel"),
        ("Der Umsatz beträgt 1,4 Mio. Euro.", ""),
    ]

    @Test(arguments: cases)
    func findsDates(input: String, expected: String) {
        #expect(Self.render(input) == expected)
    }

    static func firstMatch(_ text: String) -> DateMatch? {
        let a = TextAnalyzer.analyze(text)
        return a.sentences.lazy.flatMap { GermanDates.find(in: $0) }.first
    }

    static let resolutionCases: [(String, String, String?)] = [
        // sentence, reference (ISO), expected resolution (nil: cannot resolve)
        ("Die Sitzung ist am 16. Oktober.", "2020-09-29", "2020-10-16"),
        ("Die Sitzung ist am 16. Oktober.", "-", nil),
        ("Ende März legt der Ausschuss vor.", "2021-02-01", "2021-03"),
        ("Die Firma wurde im April 2016 gegründet.", "-", "2016-04"),
        ("Das Treffen war gestern.", "2021-03-01", "2021-02-28"),
        ("Das Treffen war gestern.", "-", nil),
        ("Heute tagt der Rat.", "2022-05-03", "2022-05-03"),
        ("Letzte Woche besuchte uns der Konsul.", "2021-01-04", "2020-12"),
        ("Im letzten September kamen Gäste.", "2020-03-10", "2019-09"),
        ("Im letzten September kamen Gäste.", "2020-11-10", "2020-09"),
        ("Im vergangenen Jahr wuchs der Umsatz.", "2021-06-01", "2020"),
        ("Im vergangenen Jahr wuchs der Umsatz.", "-", nil),
        ("Im nächsten Jahr folgt der Gegenbesuch.", "2021", "2022"),
        ("Im kommenden Monat folgt der Bericht.", "2021-12-15", "2022-01"),
        ("Gestern kam der Bericht.", "2021", nil),
    ]

    static func parse(_ iso: String) -> CalendarDate? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard !parts.isEmpty else { return nil }
        return CalendarDate(year: parts[0], month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
    }

    @Test(arguments: resolutionCases)
    func resolvesWithReference(sentence: String, reference: String, expected: String?) throws {
        let match = try #require(Self.firstMatch(sentence))
        #expect(match.resolved(reference: Self.parse(reference))?.description == expected)
    }

    @Test func needsYearAndPrecision() throws {
        let noYear = try #require(Self.firstMatch("Am 16. Oktober tagt der Rat."))
        #expect(noYear.needsYear && noYear.precision == .day && noYear.date == nil)
        let month = try #require(Self.firstMatch("Ende März tagt der Rat."))
        #expect(month.needsYear && month.precision == .month && month.part == .end)
        let bare = try #require(Self.firstMatch("Seit 2017 wächst die Stadt."))
        #expect(bare.bare && bare.precision == .year && !bare.needsYear)
        let relative = try #require(Self.firstMatch("Gestern tagte der Rat."))
        #expect(!relative.needsYear && relative.relative == .days(-1))
    }

    static let datelineCases: [(String, String?)] = [
        ("\n\nBerlin, den 29.09.2021\n\n## Pressemitteilung\n\nDer Rat tagte.", "2021-09-29"),
        ("Hannover, 3. Mai 2022\n\nDie Stadt lädt ein.", "2022-05-03"),
        ("Frankfurt am Main, 7. Juni 2019 - Die Kammer meldet Rekorde.", "2019-06-07"),
        ("12.03.2022 - Die Kammer informiert über Exporte.", "2022-03-12"),
        ("Kammer-Newsletter - September 2020\n\nLiebe Mitglieder,\n\nes gibt Neues.", "2020-09"),
        ("Der Rat tagte am 16.10.2020 im Rathaus.\n\nEr beschloss den Haushalt.", nil),
        ("Neue Partnerschaft\n\nDie Stadt Bonn hat im April 2016 einen Vertrag geschlossen.", nil),
    ]

    @Test(arguments: datelineCases)
    func datelineDate(text: String, expected: String?) {
        #expect(GermanDates.datelineDate(TextAnalyzer.analyze(text))?.description == expected)
    }

    @Test func civilDayArithmeticRoundTrips() {
        for days in stride(from: -800_000, to: 800_000, by: 997) {
            let (y, m, d) = GermanDates.civil(fromDays: days)
            #expect(GermanDates.days(fromCivil: y, m, d) == days)
        }
        #expect(GermanDates.days(fromCivil: 1970, 1, 1) == 0)
        #expect(GermanDates.days(fromCivil: 2000, 3, 1) - GermanDates.days(fromCivil: 2000, 2, 28) == 2)
    }
}
