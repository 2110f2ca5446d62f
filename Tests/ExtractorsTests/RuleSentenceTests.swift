import GraphCore
import Testing
@testable import Extractors

/// A marked example: a German text, the facts it must yield, and the relations for which it must yield nothing else.
struct RuleCase: CustomStringConvertible, Sendable {
    let text: String
    let expected: [String]
    let none: [Relation]
    init(_ text: String, _ expected: [String], none: [Relation] = []) {
        self.text = text
        self.expected = expected
        self.none = none
    }
    var description: String { String(text.prefix(60)) }
}

/// Role constructions: apposition, role before name, signature blocks, parties, captions.
let roleCases: [RuleCase] = [
    RuleCase("Oberbürgermeisterin Anna Roth begrüßte die Delegation aus Suzhou im Rathaus.",
             ["holdsRole(Anna Roth | Oberbürgermeisterin)"]),
    RuleCase("Landrat Klaus Meier eröffnete den Abend.", ["holdsRole(Klaus Meier | Landrat)"]),
    RuleCase("Marta Nowak, Vizepräsidentin der Handelskammer Breslau, sprach über Logistik.",
             ["holdsRole(Marta Nowak | Vizepräsidentin | Handelskammer Breslau)"]),
    RuleCase("Der Botschafter Japans, Taro Sato, besuchte die Messe in Düsseldorf.",
             ["holdsRole(Taro Sato | Botschafter | Japan)"]),
    RuleCase("Staatssekretär a. D. Gerhard Lenz sprach ein Grußwort.",
             ["holdsRole(Gerhard Lenz | Staatssekretär a. D.)"]),
    RuleCase("Li Ming, stellvertretender Direktor der Stadtregierung Chengdu, stellte die Pläne vor.",
             ["holdsRole(Li Ming | stellvertretender Direktor | Stadtregierung Chengdu)"]),
    RuleCase("Jean Dupont, Bürgermeister der Stadt Nantes und Präsident des Städtenetzwerks Loire, dankte allen.",
             ["holdsRole(Jean Dupont | Bürgermeister | Nantes)", "holdsRole(Jean Dupont | Präsident | Städtenetzwerk Loire)"]),
    RuleCase("Wei FANG, Generalkonsul der Volksrepublik China, überreichte die Urkunde.",
             ["holdsRole(Wei Fang | Generalkonsul | China)"]),
    RuleCase("Karin Busch, Geschäftsführerin der Wirtschaftsförderung Lausitz GmbH, moderierte.",
             ["holdsRole(Karin Busch | Geschäftsführerin | Wirtschaftsförderung Lausitz GmbH)"]),
    RuleCase("Es sprachen Bürgermeister Tomasz Zieliński und Rechtsanwältin Eva Brandt.",
             ["holdsRole(Tomasz Zieliński | Bürgermeister)", "holdsRole(Eva Brandt | Rechtsanwältin)"]),
    RuleCase("Mit freundlichen Grüßen\n\nJan Kowalczyk\n\nKarin Busch\n\nPräsident\n\nGeschäftsführerin\n",
             ["holdsRole(Jan Kowalczyk | Präsident)", "holdsRole(Karin Busch | Geschäftsführerin)"]),
    RuleCase("Landrätin Petra Weiß (CDU) unterzeichnete das Papier.",
             ["memberOf(Petra Weiß | Christlich Demokratische Union Deutschlands)"]),
    RuleCase("Auf dem Foto: Dr. Ewa Lis, Generalkonsulat der Republik Polen, und Peter Brand.",
             ["memberOf(Ewa Lis | Generalkonsulat der Republik Polen)"], none: [.holdsRole]),
    RuleCase("Die Stadt Kiel lud zu einem Empfang ein.", [], none: [.holdsRole]),
    RuleCase("Nguyen Van An, Direktor des Investitionsamts Da Nang, erläuterte die Förderprogramme.",
             ["holdsRole(Nguyen Van An | Direktor | Investitionsamt Da Nang)"]),
    RuleCase("Prof. Dr. Sabine Krüger, Präsidentin der Hochschule Zittau, begrüßte die Gäste aus Wrocław.",
             ["holdsRole(Sabine Krüger | Präsidentin | Hochschule Zittau)"]),
]

/// Membership, with the constructions that are no membership.
let membershipCases: [RuleCase] = [
    RuleCase("Der Deutsch-Dänischen Städteallianz gehören Kiel, Lübeck und Flensburg an.",
             ["memberOf(Kiel | Deutsch-Dänische Städteallianz)", "memberOf(Lübeck | Deutsch-Dänische Städteallianz)",
              "memberOf(Flensburg | Deutsch-Dänische Städteallianz)"]),
    RuleCase("Der Deutsch-Polnische Städteverband wurde 2009 gegründet. Ihm gehören heute Görlitz, Cottbus und Zgorzelec an.",
             ["memberOf(Görlitz | Deutsch-Polnischer Städteverband)", "memberOf(Cottbus | Deutsch-Polnischer Städteverband)",
              "foundingDate(Deutsch-Polnischer Städteverband | 2009)"]),
    RuleCase("Görlitz und Cottbus sind Mitglieder des Deutsch-Polnischen Städteverbands.",
             ["memberOf(Görlitz | Deutsch-Polnischer Städteverband)", "memberOf(Cottbus | Deutsch-Polnischer Städteverband)"]),
    RuleCase("Erfurt ist Mitglied der Deutsch-Vietnamesischen Städteallianz.",
             ["memberOf(Erfurt | Deutsch-Vietnamesische Städteallianz)"]),
    RuleCase("Im Mai trat Rostock dem Deutsch-Chinesischen Hafenverband bei.",
             ["memberOf(Rostock | Deutsch-Chinesischer Hafenverband)"]),
    RuleCase("Mitglieder der Deutsch-Japanischen Wirtschaftsallianz sind Bochum, Hagen und Herne.",
             ["memberOf(Bochum | Deutsch-Japanische Wirtschaftsallianz)", "memberOf(Hagen | Deutsch-Japanische Wirtschaftsallianz)",
              "memberOf(Herne | Deutsch-Japanische Wirtschaftsallianz)"]),
    RuleCase("Bremen und Oldenburg wollen Mitglieder des Deutsch-Chinesischen Hafenverbands werden.", [], none: [.memberOf]),
    RuleCase("Dortmund hat im Deutsch-Chinesischen Hafenverband Gaststatus.", [], none: [.memberOf]),
    RuleCase("Leipzig ist kein Mitglied des Deutsch-Polnischen Städteverbands.", [], none: [.memberOf]),
    RuleCase("Möchte Halle dem Deutsch-Polnischen Städteverband beitreten?", [], none: [.memberOf]),
    RuleCase("Falls der Rat zustimmt, tritt Jena dem Deutsch-Polnischen Städteverband bei.", [], none: [.memberOf]),
    RuleCase("Magdeburg plant, dem Deutsch-Polnischen Städteverband beizutreten.", [], none: [.memberOf]),
]

/// Containment of places.
let containmentCases: [RuleCase] = [
    RuleCase("Neue Partnerstadt ist Jiangmen (Provinz Guangdong).", ["containedInPlace(Jiangmen | Guangdong)"]),
    RuleCase("Die Stadt Yangzhou in der Provinz Jiangsu zählt 4,5 Millionen Einwohner.",
             ["containedInPlace(Yangzhou | Jiangsu)"]),
    RuleCase("Die Region Oberlausitz (Bautzen und Görlitz) wirbt um Fachkräfte.",
             ["containedInPlace(Bautzen | Region Oberlausitz)", "containedInPlace(Görlitz | Region Oberlausitz)"]),
    RuleCase("Die Delegation besuchte den Bezirk Mokotów, ein Bezirk der Stadt Warschau.",
             ["containedInPlace(Bezirk Mokotów | Warschau)"]),
    RuleCase("Die Städte Landshut, Dingolfing und Straubing bilden die Region Niederbayern-Mitte.",
             ["containedInPlace(Landshut | Region Niederbayern-Mitte)", "containedInPlace(Dingolfing | Region Niederbayern-Mitte)",
              "containedInPlace(Straubing | Region Niederbayern-Mitte)"]),
    RuleCase("Unternehmen aus China und Deutschland trafen sich.", [], none: [.containedInPlace]),
    RuleCase("Das Bergische Städtedreieck (Remscheid, Solingen und Wuppertal) wirbt gemeinsam.",
             ["containedInPlace(Remscheid | Bergisches Städtedreieck)", "containedInPlace(Solingen | Bergisches Städtedreieck)",
              "containedInPlace(Wuppertal | Bergisches Städtedreieck)"]),
]

/// Seats, founding, acronyms.
let organizationCases: [RuleCase] = [
    RuleCase("Die Wirtschaftsförderung Lausitz GmbH mit Sitz in Cottbus berät Investoren aus Polen.",
             ["location(Wirtschaftsförderung Lausitz GmbH | Cottbus)"]),
    // An office is a location of the organisation (graph contract: seat, office, premises).
    RuleCase("Die Deutsch-Französische Handelskammer (AHK Frankreich) hat ein Büro in Lyon.",
             ["location(Deutsch-Französische Handelskammer | Lyon)"]),
    RuleCase("Die Agentur für Wirtschaftsförderung (AWF) in Kassel stellt das Programm vor.",
             ["location(Agentur für Wirtschaftsförderung | Kassel)", "alias(Agentur für Wirtschaftsförderung | AWF)"]),
    RuleCase("Der Deutsch-Vietnamesische Wirtschaftsverein wurde im März 2012 in Leipzig gegründet.",
             ["foundingDate(Deutsch-Vietnamesischer Wirtschaftsverein | 2012-03)"]),
    RuleCase("Die Sächsische Energieagentur (SAENA) informiert. Die SAENA berät Kommunen.",
             ["alias(Sächsische Energieagentur | SAENA)"]),
    RuleCase("Die Polnische Investitionsagentur soll im nächsten Jahr gegründet werden.", [], none: [.foundingDate]),
    RuleCase("Das Deutsch-Japanische Zentrum Berlin (JDZB) feiert sein Jubiläum.",
             ["alias(Deutsch-Japanisches Zentrum Berlin | JDZB)"]),
    RuleCase("Die Stiftung Deutsch-Polnische Zusammenarbeit (SDPZ) fördert Schulprojekte.",
             ["alias(Stiftung Deutsch-Polnische Zusammenarbeit | SDPZ)"]),
]

/// Partnerships.
let partnershipCases: [RuleCase] = [
    RuleCase("Seit 1997 sind Erfurt und Kalisz Partnerstädte.", ["partnerOf(Erfurt | Kalisz)"]),
    RuleCase("Die Städtepartnerschaft zwischen Mainz und Dijon feiert ihr Jubiläum.", ["partnerOf(Mainz | Dijon)"]),
    RuleCase("Würzburg unterhält seit 1988 eine Städtepartnerschaft mit Otsu.", ["partnerOf(Würzburg | Otsu)"]),
    RuleCase("Karlsruhe und Haiphong planen eine Partnerschaft.", [], none: [.partnerOf]),
    RuleCase("Ist Halle die Partnerstadt von Ulm?", [], none: [.partnerOf]),
    RuleCase("Ludwigsburg und Montbéliard sind nicht mehr Partnerstädte.", [], none: [.partnerOf]),
]

/// Signings.
let signingCases: [RuleCase] = [
    RuleCase("Rostock, 14. Mai 2024\n\nAm 12. Mai unterzeichneten die Stadt Rostock und die Provinz Liaoning in Dalian ein Kooperationsabkommen.",
             ["signatory(Kooperationsabkommen zwischen Rostock und Liaoning | Rostock)",
              "signatory(Kooperationsabkommen zwischen Rostock und Liaoning | Liaoning)",
              "location(Kooperationsabkommen zwischen Rostock und Liaoning | Dalian)",
              "signingDate(Kooperationsabkommen zwischen Rostock und Liaoning | 2024-05-12)"]),
    RuleCase("Die Absichtserklärung soll im Herbst von Kiel und Qingdao unterzeichnet werden.", [], none: [.signatory]),
    RuleCase("Kiel und Qingdao haben die Vereinbarung nicht unterzeichnet.", [], none: [.signatory]),
    RuleCase("Die Handwerkskammer Dresden und die Industrie- und Handelskammer Breslau unterzeichneten in Görlitz eine Vereinbarung.",
             ["signatory(Vereinbarung zwischen Handwerkskammer Dresden und Industrie- und Handelskammer Breslau | Handwerkskammer Dresden)",
              "signatory(Vereinbarung zwischen Handwerkskammer Dresden und Industrie- und Handelskammer Breslau | Industrie- und Handelskammer Breslau)",
              "location(Vereinbarung zwischen Handwerkskammer Dresden und Industrie- und Handelskammer Breslau | Görlitz)"]),
]

/// Events.
let eventCases: [RuleCase] = [
    RuleCase("Hannover, 2. Mai 2023\n\nDie 3. Jahrestagung des Deutsch-Japanischen Städteverbands findet am 16. Oktober in Kassel statt.",
             ["startDate(3. Jahrestagung des Deutsch-Japanischen Städteverbands | 2023-10-16)",
              "location(3. Jahrestagung des Deutsch-Japanischen Städteverbands | Kassel)"]),
    RuleCase("Beim 2. Deutsch-Vietnamesischen Wirtschaftsforum am 4. Juni 2022 in Hanoi sprachen Vertreter beider Länder.",
             ["startDate(2. Deutsch-Vietnamesisches Wirtschaftsforum | 2022-06-04)",
              "location(2. Deutsch-Vietnamesisches Wirtschaftsforum | Hanoi)"]),
    RuleCase("Die IHK Trier hatte am 3. März 2022 zu einem Online-Seminar über den französischen Markt eingeladen.",
             ["organizer(Online-Seminar | IHK Trier)", "startDate(Online-Seminar | 2022-03-03)"]),
    RuleCase("Eine Konferenz fand statt.", [], none: [.startDate, .location]),
    RuleCase("Im Juni 2019 organisierte die Sächsische Energieagentur in Breslau eine Exkursion.",
             ["organizer(Exkursion in Breslau | Sächsische Energieagentur)", "startDate(Exkursion in Breslau | 2019-06)",
              "location(Exkursion in Breslau | Breslau)"]),
    RuleCase("Köln, 1. März 2021\n\nAm 5. Februar hatte Landrätin Eva Brandt nach Bergheim eingeladen. Es gab Vorträge. An dem Treffen nahmen Jan Kowalczyk und Marta Nowak teil.",
             ["startDate(Treffen in Bergheim | 2021-02-05)", "organizer(Treffen in Bergheim | Eva Brandt)",
              "location(Treffen in Bergheim | Bergheim)", "attendee(Treffen in Bergheim | Jan Kowalczyk)",
              "attendee(Treffen in Bergheim | Marta Nowak)"]),
    RuleCase("Die Energieagentur Schleswig-Holstein (EASH) und die Stadt Gdynia trafen sich am 7. Juli 2021 in Kiel zu einem Austausch.",
             ["startDate(Treffen von EASH und Gdynia | 2021-07-07)", "location(Treffen von EASH und Gdynia | Kiel)",
              "attendee(Treffen von EASH und Gdynia | Energieagentur Schleswig-Holstein)", "attendee(Treffen von EASH und Gdynia | Gdynia)"]),
    RuleCase("Die 5. Plenarversammlung der ISP findet nicht am 3. Mai 2022 in Bonn statt.", [], none: [.startDate, .location]),
]

/// Contact blocks.
let contactCases: [RuleCase] = [
    RuleCase("Kontakt:\nAnsprechpartner: Jonas Weber\nAgentur Ost GmbH\nLindenallee 5\n01067 Dresden\nE-Mail: info@agentur-ost.example\nTel.: +49 (351) 12 34 56 – 7\nFax: +49 (351) 12 34 56 – 9\nwww.agentur-ost.example\n",
             ["email(Agentur Ost GmbH | info@agentur-ost.example)", "telephone(Agentur Ost GmbH | +49 351 12 34 56-7)",
              "faxNumber(Agentur Ost GmbH | +49 351 12 34 56-9)", "address(Agentur Ost GmbH | Lindenallee 5, 01067 Dresden)",
              "url(Agentur Ost GmbH | http://www.agentur-ost.example)",
              "holdsRole(Jonas Weber | Ansprechpartner | Agentur Ost GmbH)"]),
    RuleCase("Pressekontakt:\nClaudia Hoffmann\nTelefon: 0761 201-1234\nE-Mail: presse@freiburg.example\n",
             ["telephone(Claudia Hoffmann | 0761 201-1234)", "email(Claudia Hoffmann | presse@freiburg.example)"]),
    RuleCase("Schreiben Sie uns an info@beispiel.example, wir antworten gern.", [], none: [.email]),
]

/// Label canonicalisation and coreference, checked through facts.
let labelCases: [RuleCase] = [
    RuleCase("Anna Roth, Sprecherin des Bergischen Zukunftsverbands, sprach.",
             ["holdsRole(Anna Roth | Sprecherin | Bergischer Zukunftsverband)"]),
    RuleCase("Klaus Meier, Leiter der Chinesisch-Deutschen Innovationsallianz, sprach.",
             ["holdsRole(Klaus Meier | Leiter | Chinesisch-Deutsche Innovationsallianz)"]),
    RuleCase("Paul Henry, Direktor der Deutschen Energie-Agentur (dena), sprach. Später trat die dena dem Deutsch-Französischen Klimanetzwerk bei.",
             ["holdsRole(Paul Henry | Direktor | Deutsche Energie-Agentur)", "alias(Deutsche Energie-Agentur | dena)",
              "memberOf(Deutsche Energie-Agentur | Deutsch-Französisches Klimanetzwerk)"]),
]

/// Every case, for one parameterised test.
let allRuleCases = roleCases + membershipCases + containmentCases + organizationCases + partnershipCases + signingCases
    + eventCases + contactCases + labelCases + moreRuleCases

@Test("rule cases", arguments: allRuleCases)
func ruleCase(_ example: RuleCase) {
    checkRuleCase(example)
}

@Test func ruleCaseCount() {
    #expect(allRuleCases.count >= 150)
}
