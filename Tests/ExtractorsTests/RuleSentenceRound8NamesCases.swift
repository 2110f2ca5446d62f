import GraphCore
import Testing
@testable import Extractors

// Round eight, organisation names and agreements: constructions found missing on the development corpus
// `Tests/Fixtures/press/dev5` (a law firm's deal news, an investment agency's memorandum, a trade-fair organiser, a Chinese
// group buying a German company, a ministry's joint declaration, a business newspaper, a district's newsletter, a chamber's
// web page). The sentences here are new ones with other names; each group has negative cases.

/// Firms named after their partners with `&`, with a firm word after them or a firm noun before them.
let round8NamesFirmCases: [RuleCase] = [
    RuleCase("Die Kölner Kanzlei Hartwig & Sun Rechtsanwälte berät chinesische Investoren.",
             ["location(Hartwig & Sun Rechtsanwälte | Köln)"]),
    RuleCase("Die Hamburger Beratungsgesellschaft Lorenz & Qian Consulting GmbH begleitete den Kauf.",
             ["location(Lorenz & Qian Consulting GmbH | Hamburg)"]),
    RuleCase("Beraten wurde die Käuferin von der Anwaltskanzlei Overbeck & Tan aus Münster.", ["location(Overbeck & Tan | Münster)"]),
    RuleCase("Die Kanzlei Lenz & Partner wurde 2001 in Köln gegründet und unterhält seit 2015 ein Büro in Shanghai.",
             ["foundingDate(Lenz & Partner | 2001)", "location(Lenz & Partner | Shanghai)"]),
    // Two nouns joined by `&` with neither a firm word nor a firm noun name no firm.
    RuleCase("Die Abteilung Forschung & Entwicklung aus Kiel wächst.", [], none: [.location]),
]

/// A noun describing the company before its name is not part of the name; a subsidiary named with a place in parentheses.
let round8NamesDescriptionCases: [RuleCase] = [
    RuleCase("Der Maschinenbaukonzern Sanhe Heavy Industry Group aus Xuzhou übernimmt die Mehrheit.",
             ["location(Sanhe Heavy Industry Group | Xuzhou)"]),
    RuleCase("Die Tochtergesellschaft Lanxin Europe GmbH hat ihren Sitz in Duisburg.", ["location(Lanxin Europe GmbH | Duisburg)"]),
    RuleCase("Die Hengli Hydraulics (Deutschland) GmbH mit Sitz in Bochum wurde 2020 gegründet.",
             ["location(Hengli Hydraulics (Deutschland) GmbH | Bochum)", "foundingDate(Hengli Hydraulics (Deutschland) GmbH | 2020)"]),
    RuleCase("Die Weber Sensorik (Suzhou) Co., Ltd. hat ihren Sitz in Suzhou.", ["location(Weber Sensorik (Suzhou) Co., Ltd. | Suzhou)"]),
    // The short name of a Chinese company after its city is the company's, not its German subsidiary's.
    RuleCase("Die Ningbo Dongfang Technology Co., Ltd. gründete die Dongfang Technology (Deutschland) GmbH. Dongfang betreibt Werke in Ningbo und Wuxi.",
             ["location(Ningbo Dongfang Technology Co., Ltd. | Ningbo)", "location(Ningbo Dongfang Technology Co., Ltd. | Wuxi)"]),
    // A description without a name, and a town's adjective before a person, give no seat.
    RuleCase("Der Maschinenbaukonzern aus Xuzhou übernimmt die Mehrheit.", [], none: [.location]),
    RuleCase("Der Düsseldorfer Unternehmer Max Klein gründete eine Firma.", [], none: [.location]),
]

/// Seats: a town's adjective before a company noun, `(Sitz: TOWN)`, premises kept in a town.
let round8NamesSeatCases: [RuleCase] = [
    RuleCase("Die Münchner Firma Kessler Antriebe GmbH liefert nach China.", ["location(Kessler Antriebe GmbH | München)"]),
    RuleCase("Die Dresdner Kanzlei Vogt & Lin berät Mittelständler.", ["location(Vogt & Lin | Dresden)"]),
    RuleCase("Die Eckert Sensorik GmbH (Sitz: Jena) liefert Sensoren.", ["location(Eckert Sensorik GmbH | Jena)"]),
    RuleCase("Die Pohl Logistik GmbH beschäftigt 300 Mitarbeiter und betreibt Lager in Bremen.", [], none: [.location]),
    RuleCase("Die Kölner Innenstadt war voll.", [], none: [.location]),
]

/// Organisations that end in a district, banks and clusters named after a region, well-known agencies.
let round8NamesOrganizationCases: [RuleCase] = [
    RuleCase("Die WFG Kreis Borken hat ihren Sitz in Ahaus.", ["location(WFG Kreis Borken | Ahaus)"]),
    RuleCase("Die Wirtschaftsförderungsgesellschaft für den Kreis Wesel mbH hat ihren Sitz in Wesel.",
             ["location(Wirtschaftsförderungsgesellschaft für den Kreis Wesel mbH | Wesel)"]),
    RuleCase("Die Sparkasse Westmünsterland mit Sitz in Dülmen fördert den Austausch.", ["location(Sparkasse Westmünsterland | Dülmen)"]),
    RuleCase("Invest in Bavaria hat seinen Sitz in München.", ["location(Invest in Bavaria | München)"]),
    RuleCase("Die EU-Kammer mit Sitz in Peking vertritt 1700 Unternehmen.", ["location(Europäische Handelskammer in China | Peking)"]),
    RuleCase("Das BAFA mit Sitz in Eschborn prüft die Übernahme.", ["location(Bundesamt für Wirtschaft und Ausfuhrkontrolle | Eschborn)"]),
    RuleCase("Die Industrie- und Handelskammer Siegen begrüßte die Übernahme. IHK-Hauptgeschäftsführer Klaus Wendt sprach von einem guten Signal.",
             ["holdsRole(Klaus Wendt | Hauptgeschäftsführer | Industrie- und Handelskammer Siegen)"]),
    RuleCase("Im Kreis Borken gibt es 17 Städte.", [], none: [.location]),
]

/// Signing: parties with appositions, an agreement named again, a weekday or month as the date, the role of a signatory.
let round8NamesSigningCases: [RuleCase] = [
    RuleCase("Den Liefervertrag unterzeichneten Li Hua, Vorstandsvorsitzender der Ruifeng Group, und Anna Kolb, Geschäftsführerin der Kolb Elektronik GmbH, am 4. März 2026 in Jena.",
             ["signatory(Liefervertrag zwischen Li Hua und Anna Kolb | Li Hua)", "signatory(Liefervertrag zwischen Li Hua und Anna Kolb | Anna Kolb)",
              "location(Liefervertrag zwischen Li Hua und Anna Kolb | Jena)", "signingDate(Liefervertrag zwischen Li Hua und Anna Kolb | 2026-03-04)"]),
    RuleCase("Die Kolb Elektronik GmbH (Sitz: Jena) und die Ruifeng Group unterzeichneten am 4. März 2026 einen Liefervertrag.",
             ["signatory(Liefervertrag zwischen Kolb Elektronik GmbH und Ruifeng Group | Kolb Elektronik GmbH)",
              "signatory(Liefervertrag zwischen Kolb Elektronik GmbH und Ruifeng Group | Ruifeng Group)",
              "signingDate(Liefervertrag zwischen Kolb Elektronik GmbH und Ruifeng Group | 2026-03-04)"]),
    RuleCase("Die Stadt Gera und die Stadt Wuxi unterzeichneten am 2. März 2026 eine Absichtserklärung. Die Absichtserklärung unterzeichneten Oberbürgermeister Tim Roth und Bürgermeister Li Gang.",
             ["signatory(Absichtserklärung zwischen Gera und Wuxi | Gera)", "signatory(Absichtserklärung zwischen Gera und Wuxi | Wuxi)",
              "signatory(Absichtserklärung zwischen Gera und Wuxi | Tim Roth)", "signatory(Absichtserklärung zwischen Gera und Wuxi | Li Gang)",
              "signingDate(Absichtserklärung zwischen Gera und Wuxi | 2026-03-02)"]),
    RuleCase("Kiel, 6. März 2026 – Die Stadt Kiel und die Stadt Qingdao unterzeichneten am Montag eine Absichtserklärung.",
             ["signatory(Absichtserklärung zwischen Kiel und Qingdao | Kiel)", "signatory(Absichtserklärung zwischen Kiel und Qingdao | Qingdao)",
              "signingDate(Absichtserklärung zwischen Kiel und Qingdao | 2026-03-02)"]),
    RuleCase("Kiel, 6. März 2026 – Ein Rahmenvertrag wurde am Mittwoch von der Stadt Kiel und der Stadt Dalian unterzeichnet.",
             ["signatory(Rahmenvertrag zwischen Kiel und Dalian | Kiel)", "signatory(Rahmenvertrag zwischen Kiel und Dalian | Dalian)",
              "signingDate(Rahmenvertrag zwischen Kiel und Dalian | 2026-03-04)"]),
    RuleCase("Im Oktober 2025 hatte die Stadt Kiel mit der Stadt Qingdao einen Rahmenvertrag geschlossen.",
             ["signatory(Rahmenvertrag zwischen Kiel und Qingdao | Kiel)", "signatory(Rahmenvertrag zwischen Kiel und Qingdao | Qingdao)",
              "signingDate(Rahmenvertrag zwischen Kiel und Qingdao | 2025-10)"]),
    // Two contracts with an indefinite article are two agreements; a plan for Monday has no signing date.
    RuleCase("Die Stadt Kiel und die Stadt Qingdao unterzeichneten einen Vertrag. Die Stadt Kiel und die Stadt Dalian unterzeichneten einen Vertrag.",
             ["signatory(Vertrag zwischen Kiel und Qingdao | Kiel)", "signatory(Vertrag zwischen Kiel und Qingdao | Qingdao)",
              "signatory(Vertrag zwischen Kiel und Dalian | Kiel)", "signatory(Vertrag zwischen Kiel und Dalian | Dalian)"]),
    RuleCase("Kiel, 6. März 2026 – Kiel und Qingdao unterzeichnen am Montag eine Absichtserklärung.", [], none: [.signingDate]),
]

/// `Für ORG unterschrieb ROLE NAME`: the signatory's post in the organisation it signs for.
let round8NamesOnBehalfCases: [RuleCase] = [
    RuleCase("Für die Stadtwerke Kiel unterschrieb Geschäftsführer Jan Pohl, für die Hafen Kiel GmbH Vorstand Eva Lind.",
             ["holdsRole(Jan Pohl | Geschäftsführer | Stadtwerke Kiel)", "holdsRole(Eva Lind | Vorstand | Hafen Kiel GmbH)"]),
    RuleCase("Für die IHK Kiel unterzeichnete ihr Präsident Klaus Brandt.", ["holdsRole(Klaus Brandt | Präsident | IHK Kiel)"]),
    RuleCase("Die WFG Kreis Borken unterzeichnete eine Absichtserklärung. Für die WFG unterschrieb Geschäftsführerin Daniela Kamp.",
             ["holdsRole(Daniela Kamp | Geschäftsführerin | WFG Kreis Borken)"]),
    // Signing for something that is no organisation names no post in it.
    RuleCase("Für die Übergabe unterschrieb Geschäftsführer Jan Pohl.", ["holdsRole(Jan Pohl | Geschäftsführer)"]),
]

/// Trade fairs named by their brand, also in lower case and with a region; an event of a relative clause keeps no date.
let round8NamesFairCases: [RuleCase] = [
    RuleCase("Die bauma China findet vom 24. bis 27. November 2026 in Shanghai statt.",
             ["startDate(bauma China | 2026-11-24)", "location(bauma China | Shanghai)"]),
    RuleCase("Die transport logistic China 2026 findet vom 24. bis 26. Juni 2026 in Shanghai statt.",
             ["startDate(transport logistic China 2026 | 2026-06-24)", "location(transport logistic China 2026 | Shanghai)"]),
    RuleCase("Die analytica findet vom 24. bis 27. März 2026 in München statt.",
             ["startDate(analytica | 2026-03-24)", "location(analytica | München)"]),
    RuleCase("Am 14. Januar 2026 unterzeichneten die Stadt Kiel und die Stadt Qingdao einen Vertrag, der die Zusammenarbeit bei der bauma China regelt.",
             [], none: [.startDate]),
    RuleCase("Der bauma-Stand am 3. Mai 2026 war voll.", [], none: [.startDate]),
]

/// Law firms' career titles.
let round8NamesTitleCases: [RuleCase] = [
    RuleCase("Zum Team gehörten Counsel Dr. Eva Stein und Associate Jan Ott.",
             ["holdsRole(Eva Stein | Counsel)", "holdsRole(Jan Ott | Associate)"]),
]

/// All cases of round eight on organisation names and agreements.
let round8NamesRuleCases = round8NamesFirmCases + round8NamesDescriptionCases + round8NamesSeatCases + round8NamesOrganizationCases
    + round8NamesSigningCases + round8NamesOnBehalfCases + round8NamesFairCases + round8NamesTitleCases

@Test("round eight organisation names and agreements cases", arguments: round8NamesRuleCases)
func round8NamesRuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
