import GraphCore
import Testing
@testable import Extractors

// Round three of marked German examples: constructions from newspaper reports, agency notices, chamber newsletters,
// city-hall pages, jubilee announcements, MoU signings, programmes and district press releases. Every construction has
// positive and negative examples (plans, negations, questions, unknown organisations).

/// Foreign office titles, family names first, copula and election roles, names after a role phrase.
let round3RoleCases: [RuleCase] = [
    RuleCase("Der Marschall der Woiwodschaft Großpolen, Marek Woźniak, eröffnete die Messe in Posen.",
             ["holdsRole(Marek Woźniak | Marschall | Großpolen)"]),
    RuleCase("Die Vizemarschallin der Woiwodschaft Pommern, Ewa Kowalska, sprach über Häfen.",
             ["holdsRole(Ewa Kowalska | Vizemarschallin | Pommern)"]),
    RuleCase("Der Woiwode von Schlesien, Jan Nowicki, war ebenfalls angereist.",
             ["holdsRole(Jan Nowicki | Woiwode | Schlesien)"]),
    RuleCase("Der Präfekt des Départements Haut-Rhin, Louis Martin, begrüßte die Gäste aus Freiburg.",
             ["holdsRole(Louis Martin | Präfekt | Haut-Rhin)"]),
    RuleCase("Starost Piotr Zając unterzeichnete für den polnischen Landkreis.",
             ["holdsRole(Piotr Zając | Starost)"]),
    RuleCase("Kreisrätin Monika Brandt (SPD) lobte die Zusammenarbeit.",
             ["holdsRole(Monika Brandt | Kreisrätin)", "memberOf(Monika Brandt | Sozialdemokratische Partei Deutschlands)"]),
    RuleCase("Auch Honorarkonsul Peter Lindner nahm an dem Empfang teil.",
             ["holdsRole(Peter Lindner | Honorarkonsul)"]),
    RuleCase("Der Vertrag wurde von Vorstandsvorsitzendem Klaus Berger unterzeichnet.",
             ["holdsRole(Klaus Berger | Vorstandsvorsitzender)"]),
    RuleCase("Eine Delegation unter Leitung von Nguyen Thi Lan, Direktorin der Handelskammer Hanoi, besuchte Dresden.",
             ["holdsRole(Nguyen Thi Lan | Direktorin | Handelskammer Hanoi)"]),
    RuleCase("Begrüßt wurden die Gäste von Tran Van Minh, Präsident der Vietnamesischen Handelsagentur.",
             ["holdsRole(Tran Van Minh | Präsident | Vietnamesische Handelsagentur)"]),
    RuleCase("Vorsitzende des Deutsch-Japanischen Vereins Kassel e. V. ist Dr. Ute Krämer.",
             ["holdsRole(Ute Krämer | Vorsitzende | Deutsch-Japanischer Verein Kassel e. V.)"]),
    RuleCase("Neuer Geschäftsführer der Handwerkskammer Halle ist Jan Otto.",
             ["holdsRole(Jan Otto | Geschäftsführer | Handwerkskammer Halle)"]),
    RuleCase("Sabine Kurz ist seit 2021 Präsidentin der Handwerkskammer Cottbus.",
             ["holdsRole(Sabine Kurz | Präsidentin | Handwerkskammer Cottbus)"]),
    RuleCase("Leiter der Delegation ist Kenta Mori.", [], none: [.holdsRole]),
    RuleCase("Neue Präsidentin der Handwerkskammer Gera soll Petra Lang werden.", [], none: [.holdsRole]),
    RuleCase("Anna Roth ist nicht mehr Präsidentin der Handwerkskammer Suhl.", [], none: [.holdsRole]),
    RuleCase("Auf der Versammlung wurde Dr. Eva Lang zur Vorsitzenden der Deutsch-Polnischen Gesellschaft Jena gewählt.",
             ["holdsRole(Eva Lang | Vorsitzende | Deutsch-Polnische Gesellschaft Jena)"]),
    RuleCase("Jonas Fuchs wurde zum Präsidenten der Handwerkskammer Erfurt ernannt.",
             ["holdsRole(Jonas Fuchs | Präsident | Handwerkskammer Erfurt)"]),
    RuleCase("Im Herbst soll Jonas Fuchs zum Präsidenten der Handwerkskammer Erfurt gewählt werden.", [], none: [.holdsRole]),
    RuleCase("An der Unterzeichnung nahm auch die Generalkonsulin der Bundesrepublik Deutschland in Osaka, Heidi Brandl, teil.",
             ["holdsRole(Heidi Brandl | Generalkonsulin | Deutschland)"]),
    RuleCase("Die Botschafterin der Französischen Republik, Claire Dubois, hielt die Festrede.",
             ["holdsRole(Claire Dubois | Botschafterin | Frankreich)"]),
    RuleCase("Grußworte sprachen Vu Duc Thanh, Botschafter der Sozialistischen Republik Vietnam, und Landrat Ralf Ott.",
             ["holdsRole(Vu Duc Thanh | Botschafter | Vietnam)", "holdsRole(Ralf Ott | Landrat)"]),
    RuleCase("Die Stadt Chemnitz und die Stadt Łódź sprachen über Kultur, Bildung und Sport.", [], none: [.holdsRole, .partnerOf]),
    RuleCase("Im Mai kamen die Gäste aus Hanoi, Hue und Da Nang.", [], none: [.holdsRole]),
]

/// Partnerships: coordinated `die Stadt X` phrases, `zwischen … besteht`, headings, lists and possessives.
let round3PartnershipCases: [RuleCase] = [
    RuleCase("Die Stadt Gotha und die Stadt Kielce sind seit 1997 Partnerstädte.", ["partnerOf(Gotha | Kielce)"]),
    RuleCase("Der Landkreis Görlitz und der Landkreis Jelenia Góra sind seit Mittwoch Partnerkreise.",
             ["partnerOf(Landkreis Görlitz | Landkreis Jelenia Góra)"]),
    RuleCase("Zwischen Erfurt und der polnischen Stadt Kalisz besteht seit 1986 eine Städtepartnerschaft.",
             ["partnerOf(Erfurt | Kalisz)"]),
    RuleCase("Zwischen Wiesbaden und Breslau besteht eine enge Freundschaft.", [], none: [.partnerOf]),
    RuleCase("Zwischen Kiel und Danzig soll eine Städtepartnerschaft entstehen.", [], none: [.partnerOf]),
    RuleCase("25 Jahre Städtepartnerschaft Gotha – Kielce", ["partnerOf(Gotha | Kielce)"]),
    RuleCase("Städtepartnerschaft Dresden–Breslau: Ein Rückblick", ["partnerOf(Dresden | Breslau)"]),
    RuleCase("Städtepartnerschaft Dresden – Ideen für Breslau", [], none: [.partnerOf]),
    RuleCase("Würzburg unterhält Partnerschaften mit Caen, Padua und Ōtsu.",
             ["partnerOf(Würzburg | Caen)", "partnerOf(Würzburg | Padua)", "partnerOf(Würzburg | Otsu)"]),
    RuleCase("Gotha und Kielce feiern am Sonntag das 25-jährige Bestehen ihrer Städtepartnerschaft.",
             ["partnerOf(Gotha | Kielce)"]),
    RuleCase("Mit einem Bürgerfest feiern Jena und Erlangen am Samstag ihre Städtepartnerschaft.",
             ["partnerOf(Jena | Erlangen)"]),
    RuleCase("Jena und Erlangen wollen ihre Partnerschaft vertiefen.", [], none: [.partnerOf]),
    RuleCase("Gotha und Kielce feiern ihr Stadtfest.", [], none: [.partnerOf]),
    RuleCase("Feiern Gotha und Kielce ihre Städtepartnerschaft?", [], none: [.partnerOf]),
]

/// Short names and organisation names.
let round3OrganizationCases: [RuleCase] = [
    RuleCase("Die Deutsch-Tschechische Industrie- und Handelskammer (AHK Tschechien) hat ihren Sitz in Prag. Die AHK Tschechien berät Zulieferer.",
             ["alias(Deutsch-Tschechische Industrie- und Handelskammer | AHK Tschechien)",
              "location(Deutsch-Tschechische Industrie- und Handelskammer | Prag)"]),
    RuleCase("Die Deutsche Industrie- und Handelskammer in Korea (AHK Korea) lud zum Branchentreff.",
             ["alias(Deutsche Industrie- und Handelskammer in Korea | AHK Korea)"]),
    RuleCase("Die Handwerkskammer Leipzig (Abteilung Außenwirtschaft) informiert.", [], none: [.alias]),
    RuleCase("Die Deutsch-Französische Gesellschaft Trier e. V. (DFG) lädt ein.",
             ["alias(Deutsch-Französische Gesellschaft Trier e. V. | DFG)"]),
    RuleCase("Das Konzert wird vom Deutsch-Polnischen Kulturverein Görlitz e. V. (DPK) organisiert.",
             ["alias(Deutsch-Polnischer Kulturverein Görlitz e. V. | DPK)"]),
    RuleCase("Die Wirtschaftsförderung Region Hannover GmbH (WRH) wurde 2002 gegründet.",
             ["alias(Wirtschaftsförderung Region Hannover GmbH | WRH)", "foundingDate(Wirtschaftsförderung Region Hannover GmbH | 2002)"]),
    RuleCase("Tobias Wendt, Landesdirektor der Konrad-Adenauer-Stiftung, eröffnete das Seminar.",
             ["holdsRole(Tobias Wendt | Landesdirektor | Konrad-Adenauer-Stiftung)"]),
    RuleCase("Lena Vogt, Referentin der Friedrich-Ebert-Stiftung für die Zusammenarbeit, berichtete.",
             ["holdsRole(Lena Vogt | Referentin | Friedrich-Ebert-Stiftung für die Zusammenarbeit)"]),
    RuleCase("Kontakt: Amt für Europa, Marktplatz 1, 04109 Leipzig, Telefon 0341 123-4567, europa@leipzig.example",
             ["address(Amt für Europa | Marktplatz 1, 04109 Leipzig)", "telephone(Amt für Europa | 0341 123-4567)",
              "email(Amt für Europa | europa@leipzig.example)"]),
]

/// Membership with proper names after network cues, coordinated groups and accession.
let round3MembershipCases: [RuleCase] = [
    RuleCase("Die Stadt Nürnberg ist Mitglied im Netzwerk Eurocities.", ["memberOf(Nürnberg | Netzwerk Eurocities)"]),
    RuleCase("Görlitz ist seit 2015 Mitglied im Städtebund Oberlausitz.", ["memberOf(Görlitz | Städtebund Oberlausitz)"]),
    RuleCase("Die Handwerkskammer Cottbus ist dem Netzwerk Wirtschaft Ost beigetreten.",
             ["memberOf(Handwerkskammer Cottbus | Netzwerk Wirtschaft Ost)"]),
    RuleCase("Der Landkreis Meißen ist Mitglied im Deutschen Landkreistag und im Sächsischen Landkreistag.",
             ["memberOf(Landkreis Meißen | Deutscher Landkreistag)", "memberOf(Landkreis Meißen | Sächsischer Landkreistag)"]),
    RuleCase("Die Stadt Oppeln will Mitglied im Netzwerk Eurocities werden.", [], none: [.memberOf]),
    RuleCase("Ist Plauen Mitglied im Städtebund Vogtland?", [], none: [.memberOf]),
    RuleCase("Im Netzwerk Unternehmen treffen sich Gründer.", [], none: [.memberOf]),
    RuleCase("Das Netzwerk Innovation ist ein Projekt der Stadt.", [], none: [.memberOf]),
]

/// Containment stated with `liegen`, places named alone after a cue, numbered headings.
let round3PlaceCases: [RuleCase] = [
    RuleCase("Kielce liegt in der Woiwodschaft Heiligkreuz.", ["containedInPlace(Kielce | Heiligkreuz)"]),
    RuleCase("Die Partnerstadt Bogatynia feiert Geburtstag. Bogatynia liegt in der Woiwodschaft Niederschlesien.",
             ["containedInPlace(Bogatynia | Niederschlesien)"]),
    RuleCase("Matsuyama liegt in der Präfektur Ehime.", ["containedInPlace(Matsuyama | Ehime)"]),
    RuleCase("Görlitz liegt in der Nähe von Zittau.", [], none: [.containedInPlace]),
    RuleCase("Breslau liegt in Europa.", [], none: [.containedInPlace]),
    RuleCase("Die Gäste kamen aus Niederschlesien und Kleinpolen.", [], none: [.containedInPlace, .memberOf]),
    RuleCase("1. Neue Leitung\n\n2. Wirtschaftsforum in Posen\n\n3. Personalien\n", [], none: [.location, .startDate]),
]

/// Events with `lädt … ein` and co-organisers; contact and address blocks.
let round3EventContactCases: [RuleCase] = [
    RuleCase("Am 12. Juni 2024 lädt die Handwerkskammer Dresden gemeinsam mit der Botschaft der Republik Polen zum 3. Deutsch-Polnischen Wirtschaftsforum ein.",
             ["organizer(3. Deutsch-Polnisches Wirtschaftsforum | Handwerkskammer Dresden)",
              "organizer(3. Deutsch-Polnisches Wirtschaftsforum | Botschaft der Republik Polen)",
              "startDate(3. Deutsch-Polnisches Wirtschaftsforum | 2024-06-12)"]),
    RuleCase("Pressestelle Landratsamt Görlitz\nBahnhofstraße 24\n02826 Görlitz\nTelefon: 03581 663-0\nE-Mail: presse@lra.example\n",
             ["telephone(Pressestelle Landratsamt Görlitz | 03581 663-0)", "email(Pressestelle Landratsamt Görlitz | presse@lra.example)",
              "address(Pressestelle Landratsamt Görlitz | Bahnhofstraße 24, 02826 Görlitz)"]),
    RuleCase("Ihr Team Außenwirtschaft\nIHK Zwickau\nStraße der Einheit 12\n08056 Zwickau\nTel. 0375 814-2200\n",
             ["address(IHK Zwickau | Straße der Einheit 12, 08056 Zwickau)", "telephone(IHK Zwickau | 0375 814-2200)"]),
    RuleCase("Germany Trade and Invest (GTAI) berät Investoren.\n\nPressekontakt:\nGermany Trade & Invest\nE-Mail: presse@gtai.example\n",
             ["email(Germany Trade & Invest | presse@gtai.example)"]),
    RuleCase("Ansprechpartnerin im Amt für Europa ist Julia Krause.",
             ["holdsRole(Julia Krause | Ansprechpartnerin | Amt für Europa)"], none: [.email, .telephone]),
    RuleCase("Kontakt: Julia Krause, Tel. 0341 555-1212, E-Mail: krause@stadt.example",
             ["telephone(Julia Krause | 0341 555-1212)", "email(Julia Krause | krause@stadt.example)"]),
    RuleCase("Die Handwerkskammer Leipzig\nhat im Jahr 2023 rund 120 Betriebe beraten.", [], none: [.address, .telephone]),
]

/// All round-three cases.
let round3RuleCases = round3RoleCases + round3PartnershipCases + round3OrganizationCases + round3MembershipCases + round3PlaceCases
    + round3EventContactCases

@Test("round three rule cases", arguments: round3RuleCases)
func round3RuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}

@Test func round3CaseCount() {
    #expect(round3RuleCases.count >= 60)
}
