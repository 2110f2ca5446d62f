import GraphCore
import Testing
@testable import Extractors

// Round ten: memberships and partnerships as real press releases state them (joining nouns, belonging to networks,
// descriptions of members, unions in apposition, friendly relations, partnerships with a genitive owner, counted partner
// lists). Sentences written for this table (no corpus sentence); each group has negative cases.

/// Joining stated by a noun: `der Beitritt des X zum Y`, `Mit der Aufnahme der X zählt der Y …`, `die Aufnahme der X in den Y`.
let round10AccessionNounCases: [RuleCase] = [
    RuleCase("Der Rat stimmte dem Beitritt der Stadt Wesel zum Regionalverband Niederrhein zu.", ["memberOf(Wesel | Regionalverband Niederrhein)"]),
    RuleCase("Mit der Aufnahme der Gemeinde Tarp zählt der Regionalverband Angeln nun 30 Mitglieder.", ["memberOf(Tarp | Regionalverband Angeln)"]),
    RuleCase("Die Aufnahme der Hochschule Coburg in den Verbund Oberfranken Digital erfolgte im März.", ["memberOf(Hochschule Coburg | Verbund Oberfranken Digital)"]),
    RuleCase("Erding, 4. Mai 2025 – Der Landkreis Erding pflegt Kontakte nach China. Der Kreistag billigte am Montag den Beitritt des Landkreises zum Netzwerk Bayern-China.", ["memberOf(Landkreis Erding | Netzwerk Bayern-China)"]),
    RuleCase("Die Stadt Lemgo hat einen Antrag auf Aufnahme in den Verband Lippe gestellt.", [], none: [.memberOf]),
    RuleCase("Über den Beitritt der Stadt Hameln zum Verband Weserbergland wird im Mai beraten.", [], none: [.memberOf]),
    RuleCase("Die Aufnahme der Produktion durch die Kramer Antriebe GmbH in Wuxi begann 2024.", [], none: [.memberOf]),
]

/// Belonging to a network without a membership noun: `ist Teil des …`, `gehört zum …`, `ist an dem Konsortium … beteiligt`, `ist Partner im …`.
let round10NetworkBelongingCases: [RuleCase] = [
    RuleCase("Auch die Technische Hochschule Wildau ist Teil des Netzwerks Brandenburg Digital.", ["memberOf(Technische Hochschule Wildau | Netzwerk Brandenburg Digital)"]),
    RuleCase("Seit 2018 gehört die Stadt Bocholt zum Städtenetzwerk Westmünsterland.", ["memberOf(Bocholt | Städtenetzwerk Westmünsterland)"]),
    RuleCase("Die Leibniz Universität Hannover ist an dem Konsortium Nordlicht Wasserstoff beteiligt.", ["memberOf(Leibniz Universität Hannover | Konsortium Nordlicht Wasserstoff)"]),
    RuleCase("Die Handwerkskammer Trier ist Partner im Enterprise Europe Network.", ["memberOf(Handwerkskammer Trier | Enterprise Europe Network)"]),
    RuleCase("Die Sanhua Holding ist an der Weber Pumpen GmbH beteiligt.", [], none: [.memberOf]),
    RuleCase("Ein Teil der Mitglieder des Verbands Ostsee kam aus Rostock.", [], none: [.memberOf]),
    RuleCase("Zum Netzwerk Brandenburg Digital reiste auch die Technische Hochschule Wildau.", [], none: [.memberOf]),
]

/// A fronted `Als Mitglied des …` phrase with the member as the subject after the verb.
let round10AsMemberCases: [RuleCase] = [
    RuleCase("Als Mitglied des Clusters Smart Logistik präsentiert die Hafen Emden GmbH ihre Projekte.", ["memberOf(Hafen Emden GmbH | Cluster Smart Logistik)"]),
    RuleCase("Als neues Mitglied im Verband Deutscher Sensorhersteller stellt die Kramer Messtechnik GmbH in Halle 4 aus.", ["memberOf(Kramer Messtechnik GmbH | Verband Deutscher Sensorhersteller)"]),
    RuleCase("Als Mitgliedsunternehmen der Initiative Wasserstoff Nord beteiligt sich die Nordwind Energie AG an dem Projekt.", ["memberOf(Nordwind Energie AG | Initiative Wasserstoff Nord)"]),
    RuleCase("Als Mitglied des Vorstands sprach Anna Berger über die Zukunft der Kramer Messtechnik GmbH.", [], none: [.memberOf]),
    RuleCase("Als Mitglied kommt die Stadt Husum für den Verband Nordfriesland infrage.", [], none: [.memberOf]),
]

/// An association described in apposition as a union of named towns or companies.
let round10UnionAppositionCases: [RuleCase] = [
    RuleCase("Die Stadt Cottbus ist Mitglied im Netzwerk Lausitzer Wege, einem Bündnis der Städte Görlitz und Bautzen.", ["memberOf(Cottbus | Netzwerk Lausitzer Wege)", "memberOf(Görlitz | Netzwerk Lausitzer Wege)", "memberOf(Bautzen | Netzwerk Lausitzer Wege)"]),
    RuleCase("Gastgeber war der Regionalverband Saar, ein Zusammenschluss der Städte Merzig und Saarlouis.", ["memberOf(Merzig | Regionalverband Saar)", "memberOf(Saarlouis | Regionalverband Saar)"]),
    RuleCase("Die Tagung fand beim Netzwerk Lippe Digital, einem Verbund von 60 Unternehmen und den Städten Detmold und Lemgo, statt.", ["memberOf(Detmold | Netzwerk Lippe Digital)", "memberOf(Lemgo | Netzwerk Lippe Digital)"]),
    RuleCase("Die Tagung organisierte der Verband Oberrhein, ein Zusammenschluss von 24 Kommunen aus Baden und dem Elsass.", [], none: [.memberOf]),
]

/// `freundschaftliche Beziehungen` between towns and regions.
let round10FriendlyRelationsCases: [RuleCase] = [
    RuleCase("Seit 1994 unterhält Jena freundschaftliche Beziehungen zu Erlangen.", ["partnerOf(Jena | Erlangen)"]),
    RuleCase("Die Provinz Hubei und der Freistaat Sachsen pflegen seit 2007 freundschaftliche Beziehungen.", ["partnerOf(Hubei | Sachsen)"]),
    RuleCase("Zwischen Rostock und Dalian bestehen seit 2014 partnerschaftliche Beziehungen.", ["partnerOf(Rostock | Dalian)"]),
    RuleCase("Sinsheim unterhält seit 1998 freundschaftliche Beziehungen zur ungarischen Stadt Pécs.", ["partnerOf(Sinsheim | Fünfkirchen)"]),
    RuleCase("Deutschland und China pflegen freundschaftliche Beziehungen.", [], none: [.partnerOf]),
    RuleCase("Jena will künftig freundschaftliche Beziehungen zu Erlangen aufbauen.", [], none: [.partnerOf]),
    RuleCase("Die Beziehungen zwischen Jena und Erlangen gelten als gut.", [], none: [.partnerOf]),
]

/// Partnerships whose owner follows the noun in the genitive.
let round10PartnershipGenitiveCases: [RuleCase] = [
    RuleCase("Der Botschafter würdigte die Partnerschaft der Stadt Halle mit Jiaxing.", ["partnerOf(Halle | Jiaxing)"]),
    RuleCase("Er lobte die Partnerschaft Münchens mit Peking, die 2006 begründet wurde.", ["partnerOf(München | Peking)"]),
    RuleCase("Das Büro betreut auch die übrigen Partnerschaften Kassels, etwa mit Florenz und Mulhouse.", ["partnerOf(Kassel | Florenz)", "partnerOf(Kassel | Mülhausen)"]),
    RuleCase("Die Freundschaftsstadt Ingolstadts, Foshan, schickte eine Delegation nach Bayern.", ["partnerOf(Ingolstadt | Foshan)"]),
    RuleCase("Die geplante Partnerschaft der Stadt Halle mit Jiaxing kommt nicht voran.", [], none: [.partnerOf]),
    RuleCase("Die Partnerschaft der Stadt Halle mit Jiaxing wurde 2019 beendet.", [], none: [.partnerOf]),
]

/// Partnerships counted and then listed after a colon, `darunter` or on the lines below.
let round10CountedPartnersCases: [RuleCase] = [
    RuleCase("Dresden pflegt Partnerschaften mit fünf Städten: Breslau, Straßburg, Salzburg, Florenz und Rotterdam.", ["partnerOf(Dresden | Breslau)", "partnerOf(Dresden | Straßburg)", "partnerOf(Dresden | Salzburg)", "partnerOf(Dresden | Florenz)", "partnerOf(Dresden | Rotterdam)"]),
    RuleCase("Die Universität Bremen unterhält Partnerschaften mit sechs Hochschulen in China, darunter die Tongji-Universität und die Zhejiang University.", ["partnerOf(Universität Bremen | Tongji-Universität)", "partnerOf(Universität Bremen | Zhejiang University)"]),
    RuleCase("Die Hochschule Emden/Leer pflegt Partnerschaften mit drei Hochschulen in China:\n- die Tongji-Universität\n- die Jiangsu University\n", ["partnerOf(Hochschule Emden/Leer | Tongji-Universität)", "partnerOf(Hochschule Emden/Leer | Jiangsu University)"]),
    RuleCase("Die Partnerschaften mit drei Städten: Breslau, Straßburg und Salzburg wurden 2020 beendet.", [], none: [.partnerOf]),
    RuleCase("Passau pflegt Kontakte mit fünf Städten: Krems, Linz und Budweis.", [], none: [.partnerOf]),
]

/// Members named by a description (`Die Stadt`, `das Unternehmen`) and joining by `sich anschließen`.
let round10DescribedMemberCases: [RuleCase] = [
    RuleCase("Offenburg, 3. Mai 2025 – Die Stadt ist zudem Mitglied im Rat der Gemeinden und Regionen Europas.", ["memberOf(Offenburg | Rat der Gemeinden und Regionen Europas)"]),
    RuleCase("Wetzlar, 3. Mai 2025 – Die Stadt gehört seit 2019 dem Städtenetzwerk „Mittelhessen Kommunal“ an.", ["memberOf(Wetzlar | Mittelhessen Kommunal)"]),
    RuleCase("Die Brandt Sensorik GmbH baut ihr Werk aus. Zugleich wurde das Unternehmen als Mitglied in die Deutsche Handelskammer in China aufgenommen.", ["memberOf(Brandt Sensorik GmbH | Deutsche Handelskammer in China)"]),
    RuleCase("Außerdem hat sich die Stadt Herford dem Regionalverband Ostwestfalen angeschlossen.", ["memberOf(Herford | Regionalverband Ostwestfalen)"]),
    RuleCase("Die Gemeinde Tarp schließt sich der Initiative Klimaküste an.", ["memberOf(Tarp | Initiative Klimaküste)"]),
    RuleCase("Die Brandt Sensorik GmbH schloss sich 2019 dem Verband Deutscher Sensorhersteller an.", ["memberOf(Brandt Sensorik GmbH | Verband Deutscher Sensorhersteller)"]),
    RuleCase("Die Stadt Herford hat sich der Meinung des Landkreises Herford angeschlossen.", [], none: [.memberOf]),
    RuleCase("Die Brandt Sensorik GmbH hat ihr Werk an das Netz der Stadtwerke Herford angeschlossen.", [], none: [.memberOf]),
]

/// Memberships in relative clauses: `deren Mitglied A ist`, `A, die dem X angehört`, a group with its acronym.
let round10RelativeMembershipCases: [RuleCase] = [
    RuleCase("Augsburg, 3. Mai 2025 – Der Generalkonsul traf Vertreter der Bayerisch-Chinesischen Gesellschaft, deren Mitglied die Stadt Augsburg seit 2010 ist.", ["memberOf(Augsburg | Bayerisch-Chinesische Gesellschaft)"]),
    RuleCase("Er sprach vor dem Verband Deutscher Sensorhersteller, dessen Mitglieder die Brandt Sensorik GmbH und die Kramer Messtechnik GmbH sind.", ["memberOf(Brandt Sensorik GmbH | Verband Deutscher Sensorhersteller)", "memberOf(Kramer Messtechnik GmbH | Verband Deutscher Sensorhersteller)"]),
    RuleCase("Die Kessler Gusstechnik AG, die seit diesem Frühjahr dem Netzwerk Sachsen Automotive angehört, liefert nach China.", ["memberOf(Kessler Gusstechnik AG | Netzwerk Sachsen Automotive)"]),
    RuleCase("Die Stadt Zwickau, die dem Regionalverband Westsachsen seit 2001 angehört, lädt ein.", ["memberOf(Zwickau | Regionalverband Westsachsen)"]),
    RuleCase("Die Vorsitzende sprach beim Ostasiatischen Verein (OAV), dem der Deutsch-Chinesische Wirtschaftskreis Lippe e. V. seit 2018 angehört.", ["memberOf(Deutsch-Chinesischer Wirtschaftskreis Lippe e. V. | Ostasiatischer Verein)"]),
    RuleCase("Die Kessler Gusstechnik AG, die dem Netzwerk Sachsen Automotive nicht angehört, liefert nach China.", [], none: [.memberOf]),
]

/// Members listed after a count, a relative pronoun, `Neu dabei sind` or on the lines below.
let round10MemberListCases: [RuleCase] = [
    RuleCase("Das Netzwerk „Wasserstoff Ostfriesland“ wurde 2022 gegründet. Dem 2022 gegründeten Zusammenschluss gehören 14 Kommunen an, darunter die Städte Emden und Aurich.", ["memberOf(Emden | Wasserstoff Ostfriesland)", "memberOf(Aurich | Wasserstoff Ostfriesland)"]),
    RuleCase("Das Netzwerk Sachsen Automotive zählt 37 Mitgliedsunternehmen. Zu ihnen gehören die Kessler Gusstechnik AG und die Brandt Sensorik GmbH.", ["memberOf(Kessler Gusstechnik AG | Netzwerk Sachsen Automotive)", "memberOf(Brandt Sensorik GmbH | Netzwerk Sachsen Automotive)"]),
    RuleCase("Der Regionalverband Ostwestfalen zählt jetzt 63 Mitglieder. Unter ihnen sind 41 Unternehmen, etwa die Brandt Sensorik GmbH.", ["memberOf(Brandt Sensorik GmbH | Regionalverband Ostwestfalen)"]),
    RuleCase("Die Hochschule Osnabrück ist am Konsortium Sino-German Network beteiligt. Zu dessen Gründungsmitgliedern gehören die Hochschule Bremen und die Fachhochschule Münster.", ["memberOf(Hochschule Osnabrück | Konsortium Sino-German Network)", "memberOf(Hochschule Bremen | Konsortium Sino-German Network)", "memberOf(Fachhochschule Münster | Konsortium Sino-German Network)"]),
    RuleCase("Das Netzwerk Sachsen Automotive hat neue Mitglieder gewonnen. Neu dabei sind unter anderem die Kessler Gusstechnik AG und die Brandt Sensorik GmbH.", ["memberOf(Kessler Gusstechnik AG | Netzwerk Sachsen Automotive)", "memberOf(Brandt Sensorik GmbH | Netzwerk Sachsen Automotive)"]),
    RuleCase("Der Verband Ostwestfalen e. V. informiert.\nDer Vorstand hat folgende Unternehmen als neue Mitglieder aufgenommen:\n- Brandt Sensorik GmbH, Bielefeld\n- Kramer Messtechnik GmbH, Herford\n", ["memberOf(Brandt Sensorik GmbH | Verband Ostwestfalen e. V.)", "memberOf(Kramer Messtechnik GmbH | Verband Ostwestfalen e. V.)"]),
    RuleCase("Der Verband Ostwestfalen zählt 63 Mitglieder. Zu ihnen will auch die Stadt Lemgo gehören.", [], none: [.memberOf]),
]

/// Partner nouns of universities, town adjectives before a partner's name, a fronted partner with `Mit`.
let round10PartnerWordCases: [RuleCase] = [
    RuleCase("Die Universität Kassel und die Huangshan University sind seit 2012 Partnerhochschulen.", ["partnerOf(Universität Kassel | Huangshan University)"]),
    RuleCase("Der Kreistag des Rhein-Neckar-Kreises bestätigte die Partnerschaft mit dem Shanghaier Stadtbezirk Jiading.", ["partnerOf(Rhein-Neckar-Kreis | Stadtbezirk Jiading)"]),
    RuleCase("Mit Altenburg in Thüringen ist die Stadt Offenburg seit 1990 durch eine Städtefreundschaft verbunden.", ["partnerOf(Offenburg | Altenburg)"]),
    RuleCase("Mit Altenburg ist die Stadt Offenburg über die Autobahn verbunden.", [], none: [.partnerOf]),
]

/// All cases of round ten on memberships and partnerships.
let round10MembersRuleCases = round10AccessionNounCases
    + round10NetworkBelongingCases
    + round10AsMemberCases
    + round10UnionAppositionCases
    + round10FriendlyRelationsCases
    + round10PartnershipGenitiveCases
    + round10CountedPartnersCases
    + round10DescribedMemberCases
    + round10RelativeMembershipCases
    + round10MemberListCases
    + round10PartnerWordCases

@Test("round ten membership and partnership cases", arguments: round10MembersRuleCases)
func round10MembersRuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
