import GraphCore
import Testing
@testable import Extractors

// Round ten (places): seats of organisations, places of events, containment of places and founding dates in the forms
// that the earlier rounds did not cover, written for this table (no corpus sentence). Each group has negative cases.

/// A town between commas after a company's name in a list: `die X GmbH, Minden, die Y AG, Paderborn, sowie …`.
let round10ListedTownCases: [RuleCase] = [
    RuleCase("Neu im Netzwerk sind die Brauer Hydraulik GmbH, Herford, und die Kellner Optik AG, Jena.",
             ["location(Brauer Hydraulik GmbH | Herford)", "location(Kellner Optik AG | Jena)"]),
    RuleCase("Ausgestellt haben die Sandtner Kunststoffe KG, Passau, die Vogt Elektronik GmbH, Erfurt, sowie die Pietsch Maschinenbau AG, Gera.",
             ["location(Sandtner Kunststoffe KG | Passau)", "location(Vogt Elektronik GmbH | Erfurt)",
              "location(Pietsch Maschinenbau AG | Gera)"]),
    RuleCase("Gefördert werden die Wendel Sensorik GmbH, Kiel, sowie die Hoyer Werkzeuge KG, Lübeck.",
             ["location(Wendel Sensorik GmbH | Kiel)", "location(Hoyer Werkzeuge KG | Lübeck)"]),
    // A list of towns after the name, towns joined without an article, and a name without a legal form give no seat.
    RuleCase("Die Reise der Brauer Hydraulik GmbH führt über Shanghai, Peking, Wuhan und Chengdu.", [], none: [.location]),
    RuleCase("Die Brauer Hydraulik GmbH, Herford und Bielefeld stellten gemeinsam aus.", [], none: [.location]),
    RuleCase("Zu Gast waren Vertreter der Universität, Jena, und der Stadt.", [], none: [.location]),
]

/// Districts and towns: `einem Bezirk der Hafenstadt Y`, `Stadtbezirk X von Y`, `X, der zur Millionenstadt Y gehört`, `eine
/// Industriestadt mit N Einwohnern in der Provinz Y`.
let round10ContainmentCases: [RuleCase] = [
    RuleCase("Das Werk steht in Pudong, einem Bezirk der Hafenstadt Shanghai.", ["containedInPlace(Pudong | Shanghai)"]),
    RuleCase("Die Schule liegt in Huangpu, einem Stadtbezirk der Metropole Shanghai.", ["containedInPlace(Huangpu | Shanghai)"]),
    RuleCase("Die Firma produziert im Stadtbezirk Tiexi von Shenyang.", ["containedInPlace(Stadtbezirk Tiexi | Shenyang)"]),
    RuleCase("Die Gäste besuchten den Bezirk Xigong der Stadt Luoyang.", ["containedInPlace(Bezirk Xigong | Luoyang)"]),
    RuleCase("Das Büro liegt im Stadtbezirk Shunde, der zur Millionenstadt Foshan gehört.",
             ["containedInPlace(Stadtbezirk Shunde | Foshan)"]),
    RuleCase("Die Delegation kam aus Kunshan, das zur Stadt Suzhou gehört.", ["containedInPlace(Kunshan | Suzhou)"]),
    RuleCase("Das Labor steht in Yuyao, die zur Provinz Zhejiang gehört.", ["containedInPlace(Yuyao | Zhejiang)"]),
    RuleCase("Zhuzhou ist eine Industriestadt mit knapp vier Millionen Einwohnern in der zentralchinesischen Provinz Hunan.",
             ["containedInPlace(Zhuzhou | Hunan)"]),
    RuleCase("Weifang ist eine Stadt mit rund neun Millionen Einwohnern in der Provinz Shandong.",
             ["containedInPlace(Weifang | Shandong)"]),
    // A partner town, a district's neighbour and a town's size without an area give nothing.
    RuleCase("Die Gäste kamen aus Kunshan, das zur Partnerstadt Suzhou gehört.", [], none: [.containedInPlace]),
    RuleCase("Das Werk steht in Beilun, einem Nachbarn der Hafenstadt Ningbo.", [], none: [.containedInPlace]),
    RuleCase("Zhuzhou ist eine Industriestadt mit knapp vier Millionen Einwohnern.", [], none: [.containedInPlace]),
]

/// A sentence that opens with a town noun refers to the one town of the sentence before.
let round10TownReferenceCases: [RuleCase] = [
    RuleCase("Höhepunkt ist der Auftritt eines Chors aus Luoyang. Die Stadt im Westen der Provinz Henan gilt als alte Kaiserstadt.",
             ["containedInPlace(Luoyang | Henan)"]),
    RuleCase("Die Delegation kam aus Yantai. Die Hafenstadt liegt in der Provinz Shandong.", ["containedInPlace(Yantai | Shandong)"]),
    RuleCase("Das Werk entsteht in Zhuzhou. Die Industriestadt in der Provinz Hunan ist für Schienenfahrzeuge bekannt.",
             ["containedInPlace(Zhuzhou | Hunan)"]),
    // Two towns in the sentence before, and a town noun with a name of its own, give nothing by this rule.
    RuleCase("Die Gäste kamen aus Luoyang und Kaifeng. Die Stadt im Westen der Provinz Henan ist alt.", [], none: [.containedInPlace]),
    RuleCase("Die Gäste kamen aus Luoyang. Die Stadt liegt am Fluss.", [], none: [.containedInPlace]),
]

/// Seats stated in a relative clause, a participle phrase or with a region's adjective.
let round10SeatCases: [RuleCase] = [
    RuleCase("Für den Vertrieb ist die Lanner Valves Inc. zuständig, ansässig in Charlotte.", ["location(Lanner Valves Inc. | Charlotte)"]),
    RuleCase("Die Aufträge vergibt die Kessler Bau GmbH, ansässig in Rostock.", ["location(Kessler Bau GmbH | Rostock)"]),
    RuleCase("Eingeladen hat die Deutsch-Chinesische Gesellschaft Hunan, die in Changsha, der Hauptstadt der Provinz Hunan, ansässig ist.",
             ["location(Deutsch-Chinesische Gesellschaft Hunan | Changsha)", "containedInPlace(Changsha | Hunan)"]),
    RuleCase("Mitveranstalter ist der Verein China-Brücke Ruhr e. V., der 2013 gegründet wurde und in Bochum ansässig ist.",
             ["location(Verein China-Brücke Ruhr e. V. | Bochum)", "foundingDate(Verein China-Brücke Ruhr e. V. | 2013)"]),
    RuleCase("Die Delegation besichtigte die Steinbach Fräswerkzeuge GmbH im oberbayerischen Landsberg am Lech.",
             ["location(Steinbach Fräswerkzeuge GmbH | Landsberg am Lech)"]),
    RuleCase("Am Montag stellte die Kühne Automation GmbH im westfälischen Ahlen ihre Pläne vor.",
             ["location(Kühne Automation GmbH | Ahlen)"]),
    RuleCase("Die Universität Bayreuth hat ihren Hauptcampus in Bayreuth.", ["location(Universität Bayreuth | Bayreuth)"]),
    // `ansässig` without `in`, a town in the apposition of a person, and a region's adjective before a non-town give nothing.
    RuleCase("Für den Vertrieb ist die Lanner Valves Inc. zuständig, ansässig ist sie nicht.", [], none: [.location]),
    RuleCase("Die Kessler Bau GmbH liefert Beton, sagte Anna Kuhn, ansässig in Rostock.", [], none: [.location]),
    RuleCase("Die Kühne Automation GmbH im westfälischen Raum liefert Roboter.", [], none: [.location]),
]

/// A describing noun as the subject of founding, existing and premises (`Das Familienunternehmen, gegründet 1958,`, `Die
/// Gütersloher Firma besteht seit 1921`, `Das 1972 gegründete Familienunternehmen betreibt ein Werk im Stadtbezirk …`).
let round10DescribedSubjectCases: [RuleCase] = [
    RuleCase("Die Brandes Fördertechnik GmbH liefert nach China. Das Familienunternehmen, gegründet 1958, beschäftigt 300 Menschen.",
             ["foundingDate(Brandes Fördertechnik GmbH | 1958)"]),
    RuleCase("Die Gäste besuchten die Lakemann Kunststoff KG in Gütersloh. Die Gütersloher Firma besteht seit 1921.",
             ["foundingDate(Lakemann Kunststoff KG | 1921)", "location(Lakemann Kunststoff KG | Gütersloh)"]),
    RuleCase("Aussteller waren die Horn Sensorik GmbH, Reutlingen, und die Kiesel Pumpen AG aus Ulm. Das Reutlinger Unternehmen, das 1994 gegründet wurde, sucht Partner.",
             ["foundingDate(Horn Sensorik GmbH | 1994)"]),
    RuleCase("Die Gruppe besuchte die Steinbach Werkzeugbau GmbH. Das 1972 gegründete Familienunternehmen betreibt seit 2015 ein Werk im Stadtbezirk Tiexi von Shenyang.",
             ["foundingDate(Steinbach Werkzeugbau GmbH | 1972)", "location(Steinbach Werkzeugbau GmbH | Stadtbezirk Tiexi)"]),
    RuleCase("Der Freundeskreis Hameln-Zibo e. V. lädt ein. Der Verein wurde im Herbst 2006 ins Leben gerufen.",
             ["foundingDate(Freundeskreis Hameln-Zibo e. V. | 2006)"]),
    RuleCase("Zu Gast war die Tongji-Universität aus Shanghai. Die 1907 gegründete Universität hat ihren Hauptcampus in Shanghai.",
             ["foundingDate(Tongji-Universität | 1907)"]),
    // Two companies before, and a partnership that exists since a year, date nothing here.
    RuleCase("Die Horn Sensorik GmbH und die Kiesel Pumpen AG stellten aus. Das Unternehmen wurde 1994 gegründet.", [], none: [.foundingDate]),
    RuleCase("Die Lakemann Kunststoff KG stellte aus. Die Partnerschaft besteht seit 2009.", [], none: [.foundingDate]),
]

/// An organisation in an apposition that celebrates its anniversary, and a pronoun standing for the organisation that
/// opened the sentence before.
let round10AppositionAndPronounCases: [RuleCase] = [
    RuleCase("Unser Mitglied, die Linde Präzisionsguss GmbH in Weinheim, feiert 2026 ihr 50-jähriges Firmenjubiläum.",
             ["foundingDate(Linde Präzisionsguss GmbH | 1976)"]),
    RuleCase("Ein Partner der ersten Stunde, die Huber Antriebe AG, feiert 2025 ihr 100-jähriges Bestehen.",
             ["foundingDate(Huber Antriebe AG | 1925)"]),
    RuleCase("Der Gastgeber, der Freundeskreis Celle-Yangzhou e. V., beging 2024 sein 20-jähriges Jubiläum.",
             ["foundingDate(Freundeskreis Celle-Yangzhou e. V. | 2004)"]),
    RuleCase("Die Hochschule Harz wurde 1991 gegründet. Neben dem Campus in Wernigerode unterhält sie einen Standort in Halberstadt.",
             ["location(Hochschule Harz | Wernigerode)", "location(Hochschule Harz | Halberstadt)"]),
    RuleCase("Die Wegner Logistik GmbH wächst. Inzwischen betreibt sie Büros in Duisburg und Dortmund.",
             ["location(Wegner Logistik GmbH | Duisburg)", "location(Wegner Logistik GmbH | Dortmund)"]),
    RuleCase("Die Firma Kolb Elektronik GmbH wurde 1990 gegründet. Heute unterhält sie ein Büro in Shenzhen.",
             ["location(Kolb Elektronik GmbH | Shenzhen)"]),
    // A guest in the apposition, and a pronoun after a sentence that a person opens, give nothing.
    RuleCase("Unser Gast, die Linde Präzisionsguss GmbH, feiert mit uns das 30-jährige Bestehen der Partnerschaft.", [],
             none: [.foundingDate]),
    RuleCase("Anna Roth leitet das Projekt. Neben dem Büro in Hof unterhält sie Kontakte in Selb.", [], none: [.location]),
]

/// Places of events: a time between the date and the venue of a calendar line; a town in a relative clause about an
/// organisation is not the event's.
let round10EventPlaceCases: [RuleCase] = [
    RuleCase("Mitgliederversammlung: Freitag, 20. März 2026, 19 Uhr, Volkshochschule Mannheim\n",
             ["location(Mitgliederversammlung | Volkshochschule Mannheim)"]),
    RuleCase("Jahresversammlung: Montag, 4. Mai 2026, 18 Uhr, Stadthalle Göttingen\n",
             ["location(Jahresversammlung | Göttingen)"]),
    RuleCase("Zum Festakt kommt auch die Gesellschaft für Freundschaft Hunan, die in Changsha ansässig ist.",
             ["location(Gesellschaft für Freundschaft Hunan | Changsha)"]),
]

/// All cases of round ten on places.
let round10PlacesRuleCases = round10ListedTownCases + round10ContainmentCases + round10TownReferenceCases + round10SeatCases
    + round10DescribedSubjectCases + round10AppositionAndPronounCases + round10EventPlaceCases

@Test("round ten places cases", arguments: round10PlacesRuleCases)
func round10PlacesRuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
