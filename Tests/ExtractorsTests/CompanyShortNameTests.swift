import GraphCore
import Testing
@testable import Extractors

// A company introduced with its full name and legal form, later named by its first word alone or its name without
// the legal form; a chamber named by its abbreviation alone; and Markdown list
// entries led by a bold date, each a sentence of its own. The sentences are made up for these tests.

/// Facts about a company named by its first word alone, and cases where the word stands for no company.
let companyShortNameCases: [RuleCase] = [
    RuleCase("Die Talvera Optics Co., Ltd. liefert Linsen nach Jena. Talvera wurde 2011 gegründet.",
             ["foundingDate(Talvera Optics Co., Ltd. | 2011)"]),
    RuleCase("Die Brummer Kältetechnik GmbH eröffnet ein Büro in Chengdu. Brummer, ein Zulieferer der Autoindustrie, wurde 1987 gegründet.",
             ["foundingDate(Brummer Kältetechnik GmbH | 1987)"]),
    // Two companies open with the same word: the short name is unclear.
    RuleCase("Die Talvera Optics GmbH und die Talvera Glas AG stellen in Hannover aus. Talvera wurde 2011 gegründet.", [],
             none: [.foundingDate]),
    // A place's adjective opening a company's name is no short name of it.
    RuleCase("Die Weimarer Glas GmbH stellt aus. Weimarer Betriebe wurden 1990 gegründet.", [], none: [.foundingDate]),
    // After an article the word is a common noun.
    RuleCase("Die Feder Software GmbH zieht nach Köln. Die Feder im Hafen wurde 1990 gegründet.", [], none: [.foundingDate]),
    // The whole name without its legal form (round ten), also after a place in parentheses.
    RuleCase("Die Kestner Medical GmbH liefert nach Wuhan. Kestner Medical wurde 1998 gegründet.",
             ["foundingDate(Kestner Medical GmbH | 1998)"]),
    RuleCase("Die Lianyi Drive Technology (Suzhou) Co., Ltd. baut in Bochum. Lianyi Drive Technology wurde 2009 gegründet.",
             ["foundingDate(Lianyi Drive Technology (Suzhou) Co., Ltd. | 2009)"]),
    RuleCase("Seit 2015 liefert die Brenner Antriebstechnik AG nach Ningbo. Die 1921 gegründete Brenner Antriebstechnik hat ihren Sitz in Kassel.",
             ["location(Brenner Antriebstechnik AG | Kassel)"]),
    // A chamber's abbreviation alone names the one chamber of that kind the document writes out (round ten).
    RuleCase("Die Industrie- und Handelskammer Chemnitz lädt ein. Das Forum Sachsen findet am 4. Mai 2025 statt. Veranstalter ist die IHK.",
             ["organizer(Forum Sachsen | Industrie- und Handelskammer Chemnitz)"]),
    RuleCase("Die Handwerkskammer Dresden berät Betriebe. Die HWK wurde 1900 gegründet.",
             ["foundingDate(Handwerkskammer Dresden | 1900)"]),
    RuleCase("Die Industrie- und Handelskammer Erfurt und die Industrie- und Handelskammer Suhl laden ein. Die IHK wurde 1990 gegründet.",
             [], none: [.foundingDate]),
    // Two companies share the name without legal form: it stands for neither.
    RuleCase("Die Nordlicht Solar GmbH und die Nordlicht Solar AG stellen aus. Nordlicht Solar wurde 2003 gegründet.", [],
             none: [.foundingDate]),
]

@Test("company short names", arguments: companyShortNameCases)
func companyShortNameCase(_ example: RuleCase) {
    checkRuleCase(example)
}

/// The entity of the company whose label starts with `prefix`.
private func company(_ extraction: DocumentExtraction, _ prefix: String) -> EntityMention? {
    extraction.entities.first { $0.kind == .organization && $0.label.hasPrefix(prefix) }
}

@Test("a company's first word alone is a mention of it")
func companyFirstWordMention() {
    let extraction = extract("Die Quandor Medizintechnik GmbH baut in Suzhou ein Werk. Quandor hält daran 60 Prozent.")
    #expect(company(extraction, "Quandor Medizintechnik")?.surfaceForms.contains("Quandor") == true)
    #expect(!extraction.entities.contains { $0.label == "Quandor" })
}

@Test("a joint venture named after both parents claims no short name")
func jointVentureShortName() {
    let extraction = extract("Die Quandor Medizintechnik GmbH und die Ruixin Instruments Co., Ltd. gründen die Quandor Ruixin Devices Co., Ltd. Quandor hält daran 60 Prozent, Ruixin den Rest.")
    #expect(company(extraction, "Quandor Medizintechnik")?.surfaceForms.contains("Quandor") == true)
    #expect(company(extraction, "Ruixin Instruments")?.surfaceForms.contains("Ruixin") == true)
    #expect(company(extraction, "Quandor Ruixin")?.surfaceForms.contains("Quandor") != true)
}

@Test("a person's surname that opens a company's name stays the person")
func surnameBeforeCompanyShortName() {
    let extraction = extract("Die Ortwein Logistik GmbH zieht nach Kassel. Geschäftsführerin ist Petra Ortwein. Ortwein lobte die Stadt.")
    #expect(company(extraction, "Ortwein Logistik")?.surfaceForms.contains("Ortwein") != true)
}

@Test("Markdown list entries led by a bold date or a number end their sentence")
func markdownDatedListEntries() {
    let text = ReadingSupport.markdown("""
        ## Veranstaltungen

        - **4. Juni:** Empfang der Delegation aus Harbin im Rathaus, ausgerichtet vom Partnerschaftsverein e. V.
        - **7.–9. Juni 2026** Fachmesse Umwelttechnik in der Stadthalle, Veranstalter: Messe Beispielstadt GmbH
        * __12.06.2026__: Konzert im Park
        - 3 Schulen nehmen teil,
        - das Goethe-Gymnasium
        """)
    #expect(text == """
        Veranstaltungen

        4. Juni: Empfang der Delegation aus Harbin im Rathaus, ausgerichtet vom Partnerschaftsverein e. V.

        7.–9. Juni 2026 Fachmesse Umwelttechnik in der Stadthalle, Veranstalter: Messe Beispielstadt GmbH

        12.06.2026: Konzert im Park

        3 Schulen nehmen teil,

        das Goethe-Gymnasium
        """)
    let analysis = TextAnalyzer.analyze(text)
    #expect(analysis.sentences.count == 5, "\(analysis.sentences.map { analysis.text(of: $0) })")
}
