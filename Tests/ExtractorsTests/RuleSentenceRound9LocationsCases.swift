import GraphCore
import Testing
@testable import Extractors

// Round nine, seats and locations of organisations and containment of places: constructions found missing on the
// development corpus `Tests/Fixtures/press/dev9` (a chamber newsletter on new settlements, a Chinese company's European
// headquarters, a Chinese city's representative office in HTML, a news agency report on a moved seat, a local newspaper
// report, an association's Markdown newsletter, a Mittelstand company's release with an imprint, a city press office).
// The sentences here are new ones with other names; each group has negative cases.

/// Settling and being resident: `siedelt sich in X an`, `hat sich in X niedergelassen`, `ist in X ansässig`, `ist in X zu
/// Hause`, `ist mit einer Niederlassung in X vertreten`.
let round9SettlementCases: [RuleCase] = [
    RuleCase("Die Lianhe Robotics GmbH siedelt sich in Ludwigsburg an.", ["location(Lianhe Robotics GmbH | Ludwigsburg)"]),
    RuleCase("Neu in der Region: Die Ningbo Weida Motor Co., Ltd. siedelt sich im Frühjahr in Heilbronn an.",
             ["location(Ningbo Weida Motor Co., Ltd. | Heilbronn)"]),
    RuleCase("Im vergangenen Jahr hat sich die Brenk Medizintechnik GmbH in Rottweil angesiedelt.",
             ["location(Brenk Medizintechnik GmbH | Rottweil)"]),
    RuleCase("Die Haitong Valves GmbH hat sich 2021 in Krefeld niedergelassen.", ["location(Haitong Valves GmbH | Krefeld)"]),
    RuleCase("Die Sanhe Optics AG lässt sich in Jena nieder.", ["location(Sanhe Optics AG | Jena)"]),
    RuleCase("Die Kessler Gießtechnik KG ist seit 1953 in Aalen zu Hause.", ["location(Kessler Gießtechnik KG | Aalen)"]),
    RuleCase("Seit 2019 ist die Jinling Precision Co., Ltd. mit einer Niederlassung in Pforzheim vertreten.",
             ["location(Jinling Precision Co., Ltd. | Pforzheim)"]),
    RuleCase("Die Weber Antriebe GmbH ist in Bocholt ansässig und beschäftigt 300 Menschen.", ["location(Weber Antriebe GmbH | Bocholt)"]),
    RuleCase("Begleitet wurde die Gruppe von der Lenz Sensorik GmbH, die in Villingen-Schwenningen ansässig ist.",
             ["location(Lenz Sensorik GmbH | Villingen-Schwenningen)"]),
    // A plan, a negation, a presence at a fair and a place with no organisation state no seat.
    RuleCase("Die Lianhe Robotics GmbH will sich in Ludwigsburg ansiedeln.", [], none: [.location]),
    RuleCase("Die Weber Antriebe GmbH ist nicht in Bocholt ansässig.", [], none: [.location]),
    RuleCase("Die Weber Antriebe GmbH ist auf der Messe in Hannover vertreten.", [], none: [.location]),
    RuleCase("Viele Familien siedeln sich in Ludwigsburg an.", [], none: [.location]),
]

/// A seat moved to a town: `verlegt seinen Sitz nach X`, `hat ihre Zentrale nach X verlagert`.
let round9RelocationCases: [RuleCase] = [
    RuleCase("Die Brenner Logistik GmbH verlegt ihren Firmensitz von Hanau nach Offenbach.",
             ["location(Brenner Logistik GmbH | Offenbach)"]),
    RuleCase("Im Sommer verlegt die Huaxing Europe GmbH ihre Europazentrale nach Düsseldorf.",
             ["location(Huaxing Europe GmbH | Düsseldorf)"]),
    RuleCase("Die Sanhe Optics AG hat ihre Zentrale 2024 nach Erfurt verlagert.", ["location(Sanhe Optics AG | Erfurt)"]),
    // Production, a date or an event moved somewhere are no seat.
    RuleCase("Die Brenner Logistik GmbH verlegt die Produktion nach Zwickau.", [], none: [.location]),
    RuleCase("Die Sanhe Optics AG verlegt den Termin nach Ostern.", [], none: [.location]),
]

/// Premises kept in towns, in other word orders and in lists.
let round9PremisesCases: [RuleCase] = [
    RuleCase("Neben dem Stammwerk unterhält die Kolb Pumpen GmbH auch Vertriebsbüros in Mailand, Lyon und Posen.",
             ["location(Kolb Pumpen GmbH | Mailand)", "location(Kolb Pumpen GmbH | Lyon)", "location(Kolb Pumpen GmbH | Posen)"]),
    RuleCase("Ein zweites Werk betreibt die Taiyue Heavy Machinery Co., Ltd. in Datong.",
             ["location(Taiyue Heavy Machinery Co., Ltd. | Datong)"]),
    RuleCase("Die Jiangnan Cable Co., Ltd. wurde 2004 gegründet und beschäftigt 900 Mitarbeiter an Standorten in Wuxi, Changzhou und Nantong.",
             ["location(Jiangnan Cable Co., Ltd. | Wuxi)", "location(Jiangnan Cable Co., Ltd. | Changzhou)",
              "location(Jiangnan Cable Co., Ltd. | Nantong)"]),
    RuleCase("Die Bruckner Messtechnik KG wurde 1962 gegründet und hat inzwischen Standorte in Tuttlingen und Rottweil.",
             ["location(Bruckner Messtechnik KG | Tuttlingen)", "location(Bruckner Messtechnik KG | Rottweil)"]),
    RuleCase("Die Yuntong Rail Co., Ltd. aus Chongqing baut ihren Standort in Duisburg aus.",
             ["location(Yuntong Rail Co., Ltd. | Duisburg)", "location(Yuntong Rail Co., Ltd. | Chongqing)"]),
    RuleCase("Die Hafen Logistik AG erweitert ihr Lager in Bremerhaven.", [], none: [.location]),
    // Customers, deliveries and a bridge are no premises; a plan is no fact.
    RuleCase("Die Kolb Pumpen GmbH beliefert Kunden in Wuxi und Nanjing.", [], none: [.location]),
    RuleCase("Die Hafen Logistik AG baut eine Brücke in Bremerhaven.", [], none: [.location]),
    RuleCase("Die Kolb Pumpen GmbH plant Standorte in Mailand und Lyon.", [], none: [.location]),
]

/// `hat seinen Standort in X`, `hat ihren Sitz am … in X`, `hat ihr Büro in der Hamburger …`, and a describing noun or
/// `Die Gesellschaft` for the company named just before.
let round9PossessedSeatCases: [RuleCase] = [
    RuleCase("Das Verbindungsbüro der Stadt Hefei hat seinen Standort in Offenbach am Main.",
             ["location(Verbindungsbüro der Stadt Hefei | Offenbach am Main)"]),
    RuleCase("Die Zhongxin Lidar Europe GmbH hat ihren Sitz am Hammfelddamm in Neuss.", ["location(Zhongxin Lidar Europe GmbH | Neuss)"]),
    RuleCase("Die Hanse Kühltechnik GmbH hat ihren Europasitz seit 2020 auf dem Logport-Gelände in Duisburg.",
             ["location(Hanse Kühltechnik GmbH | Duisburg)"]),
    RuleCase("Wir begrüßen die Qilin Robotics GmbH als neues Mitglied. Die Gesellschaft hat ihr Büro in der Hamburger HafenCity.",
             ["location(Qilin Robotics GmbH | Hamburg)"]),
    RuleCase("Auch die Bremer Lagerhaus AG unterstützt das Vorhaben. Der Hafenbetreiber hat eine eigene Repräsentanz in Tianjin.",
             ["location(Bremer Lagerhaus AG | Tianjin)"]),
    // A person's office is no organisation's seat; two companies before the noun leave it open.
    RuleCase("Herr Maier hat sein Büro in Bonn.", [], none: [.location]),
    RuleCase("Die Lenz GmbH und die Kolb AG unterzeichneten. Das Unternehmen hat seinen Standort in Kassel.", [], none: [.location]),
]

/// Described companies: the town's adjective before a genitive noun, a town whose name is also a word, the English
/// `-based`, and names without a legal form after the noun.
let round9DescribedCompanyCases: [RuleCase] = [
    RuleCase("Der Esslinger Ableger übernimmt die Fertigung des Leonberger Werkzeugbauers Kübler & Sohn GmbH.",
             ["location(Kübler & Sohn GmbH | Leonberg)"]),
    RuleCase("Der Kieler Schiffbauzulieferer Nordwind Systeme GmbH erhielt einen Auftrag aus Dalian.",
             ["location(Nordwind Systeme GmbH | Kiel)"]),
    RuleCase("Die Qilin Robotics GmbH ist die Tochter des Shenzhen-based Roboterherstellers Qilin Intelligent Co., Ltd.",
             ["location(Qilin Intelligent Co., Ltd. | Shenzhen)"]),
    RuleCase("Der Bergheimer Zulieferer Hensch Hydraulik liefert seit Jahren Zylinder nach Shanxi.",
             ["location(Hensch Hydraulik | Bergheim)"]),
    RuleCase("Am Rande traf die Gruppe Vertreter der Firma Meiyuan Medical aus Xiamen.", ["location(Meiyuan Medical | Xiamen)"]),
    // A town's adjective before a role or an event, and a month after the noun, name no company's seat.
    RuleCase("Der Kölner Oberbürgermeister Hans Lenz begrüßte die Gäste.", [], none: [.location]),
    RuleCase("Der Hersteller Ende März meldete Kurzarbeit an.", [], none: [.location]),
]

/// Other seats: an attributed subject opening an office, a copula before the name, an office in a relative clause after an
/// apposition, a contact block's address, a subsidiary's town inside its name.
let round9OtherSeatCases: [RuleCase] = [
    RuleCase("Auch in der Gegenrichtung tut sich etwas: Die in Waiblingen ansässige Fenz Antriebe GmbH hat im Februar ein Vertriebsbüro in Suzhou eröffnet.",
             ["location(Fenz Antriebe GmbH | Waiblingen)", "location(Fenz Antriebe GmbH | Suzhou)"]),
    RuleCase("Forschungspartner ist das Fraunhofer-Institut für Werkstoffmechanik in Freiburg.",
             ["location(Fraunhofer-Institut für Werkstoffmechanik | Freiburg)"]),
    RuleCase("Pressekontakt:\nLenz Sensorik GmbH\nBahnhofstraße 12\n78532 Tuttlingen\nTelefon: +49 7461 9650-0\n",
             ["location(Lenz Sensorik GmbH | Tuttlingen)"]),
    RuleCase("Kontakt: Förderverein Nordlicht e. V., Marktplatz 3, 24103 Kiel, info@nordlicht.example", ["location(Förderverein Nordlicht e. V. | Kiel)"]),
    RuleCase("Die Tochter Kolb Conveyor Systems (Kunshan) Co., Ltd. bezieht eine zweite Halle.",
             ["location(Kolb Conveyor Systems (Kunshan) Co., Ltd. | Kunshan)"]),
    // A person's contact block gives no location; a country in a name's parentheses is no seat.
    RuleCase("Pressekontakt:\nJulia Hartwig\nBahnhofstraße 12\n78532 Tuttlingen\nTelefon: +49 7461 9650-0\n", [], none: [.location]),
    RuleCase("Die Xinrui Technology (Deutschland) GmbH wächst.", [], none: [.location]),
]

/// Containment: a town noun in apposition with `der`/`die`, compass parts with a genitive or `von`, `ebenfalls in` a known
/// province, a province in parentheses after an office's town, `gehört zur Stadt`, an apposition after the closing participle.
let round9ContainmentCases: [RuleCase] = [
    RuleCase("Die Reederei hat eine Vertretung in Xiamen, der Hafenstadt in der Provinz Fujian.", ["containedInPlace(Xiamen | Fujian)"]),
    RuleCase("Die Kammer arbeitet mit Suzhou, der Industriemetropole in der Provinz Jiangsu, zusammen.",
             ["containedInPlace(Suzhou | Jiangsu)"]),
    RuleCase("Die Firma hat eine Vertretung in Ningbo eröffnet, der Hafenstadt in der Provinz Zhejiang.",
             ["containedInPlace(Ningbo | Zhejiang)"]),
    RuleCase("Chongqing, die regierungsunmittelbare Stadt im Südwesten Chinas, ist Ausgangspunkt vieler Züge.",
             ["containedInPlace(Chongqing | China)"]),
    RuleCase("Xiangcheng ist ein Stadtbezirk im Norden von Suzhou.", ["containedInPlace(Xiangcheng | Suzhou)"]),
    RuleCase("Gefragt ist der Stadtbezirk Pidu im Norden Chengdus.", ["containedInPlace(Stadtbezirk Pidu | Chengdu)"]),
    RuleCase("Ein zweites Werk steht in Datong, ebenfalls in Shanxi.", ["containedInPlace(Datong | Shanxi)"]),
    RuleCase("Das Verbindungsbüro der Stadt Hefei (Provinz Anhui) lädt ein.", ["containedInPlace(Hefei | Anhui)"]),
    RuleCase("Kunshan (Provinz Jiangsu) gehört zur Stadt Suzhou.", ["containedInPlace(Kunshan | Suzhou)", "containedInPlace(Kunshan | Jiangsu)"]),
    // A partner town in apposition, a town near another and a compass word without a place contain nothing.
    RuleCase("Die Stadt pflegt Kontakte nach Wuhan, der Partnerstadt in der Provinz Hubei.", [], none: [.containedInPlace]),
    RuleCase("Taicang liegt im Norden von Shanghai.", [], none: [.containedInPlace]),
    RuleCase("Das Werk in Rostock im Norden wächst.", [], none: [.containedInPlace]),
]

/// All cases of round nine on seats, locations and containment.
let round9LocationsRuleCases = round9SettlementCases + round9RelocationCases + round9PremisesCases + round9PossessedSeatCases
    + round9DescribedCompanyCases + round9OtherSeatCases + round9ContainmentCases

@Test("round nine seats, locations and containment cases", arguments: round9LocationsRuleCases)
func round9LocationsRuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
