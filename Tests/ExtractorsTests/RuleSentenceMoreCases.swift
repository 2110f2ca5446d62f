import GraphCore
@testable import Extractors

// More marked German examples in the styles of city-hall news, chamber and agency notices and newspaper reports,
// for German–Chinese, –Japanese, –Polish, –French, –Vietnamese, –Czech and –Korean cooperation. Every rule has
// positive and negative examples (wishes, guest status, plans, negations, questions, quoted opinions).

/// Roles in more styles.
let moreRoleCases: [RuleCase] = [
    RuleCase("Bürgermeister Pierre Lefèvre aus Besançon dankte der Stadtverwaltung für den Empfang.",
             ["holdsRole(Pierre Lefèvre | Bürgermeister)"]),
    RuleCase("Yuki Tanaka, Generalkonsulin von Japan in Düsseldorf, eröffnete die Ausstellung.",
             ["holdsRole(Yuki Tanaka | Generalkonsulin | Japan)"]),
    RuleCase("Tran Thi Mai, Direktorin der Handelskammer Hanoi, stellte das Förderprogramm vor.",
             ["holdsRole(Tran Thi Mai | Direktorin | Handelskammer Hanoi)"]),
    RuleCase("Die Präsidentin der Handwerkskammer Chemnitz, Birgit Lang, überreichte die Urkunden.",
             ["holdsRole(Birgit Lang | Präsidentin | Handwerkskammer Chemnitz)"]),
    RuleCase("Oberbürgermeister a. D. Heinz Kramer erinnerte an die Anfänge der Partnerschaft.",
             ["holdsRole(Heinz Kramer | Oberbürgermeister a. D.)"]),
    RuleCase("Wang Lei, stellvertretende Bürgermeisterin der Stadt Wuxi, unterzeichnete für die chinesische Seite.",
             ["holdsRole(Wang Lei | stellvertretende Bürgermeisterin | Wuxi)"]),
    RuleCase("Katarzyna Wiśniewska, Geschäftsführerin der Deutsch-Polnischen Industrie- und Handelskammer, sprach über Fachkräfte.",
             ["holdsRole(Katarzyna Wiśniewska | Geschäftsführerin | Deutsch-Polnische Industrie- und Handelskammer)"]),
    RuleCase("Das Grußwort sprach Landrätin Sabine Vogt (SPD).",
             ["holdsRole(Sabine Vogt | Landrätin)", "memberOf(Sabine Vogt | Sozialdemokratische Partei Deutschlands)"]),
    RuleCase("Die Stadtverwaltung teilt mit, dass die Bibliothek am Montag geschlossen bleibt.", [], none: [.holdsRole]),
    RuleCase("Der neue Bürgermeister soll im Herbst gewählt werden.", [], none: [.holdsRole]),
    RuleCase("Kim Min-jun, Präsident der Koreanischen Handelsagentur, besuchte die Messe in Leipzig.",
             ["holdsRole(Kim Min-jun | Präsident | Koreanische Handelsagentur)"]),
    RuleCase("Mit freundlichen Grüßen\n\nMonika Hartmann\n\nBürgermeisterin\n",
             ["holdsRole(Monika Hartmann | Bürgermeisterin)"]),
    RuleCase("Im Bild: Tomasz Lewandowski, Handelskammer Stettin, und Gäste aus Rostock.",
             ["memberOf(Tomasz Lewandowski | Handelskammer Stettin)"], none: [.holdsRole]),
    RuleCase("Ministerpräsident Georg Faber (CSU) reiste nach Tokio.",
             ["holdsRole(Georg Faber | Ministerpräsident)", "memberOf(Georg Faber | Christlich-Soziale Union in Bayern)"]),
    RuleCase("Die Delegation (Stand: Mai) umfasst zwölf Personen.", [], none: [.memberOf, .holdsRole]),
]

/// Membership: coordinated lists, accession, copula, dative, and what is no membership.
let moreMembershipCases: [RuleCase] = [
    RuleCase("Dem Deutsch-Französischen Städtebund gehören Saarbrücken, Metz und Nancy an.",
             ["memberOf(Saarbrücken | Deutsch-Französischer Städtebund)", "memberOf(Metz | Deutsch-Französischer Städtebund)",
              "memberOf(Nancy | Deutsch-Französischer Städtebund)"]),
    RuleCase("Auch Jena ist seit 2019 Mitglied des Deutsch-Vietnamesischen Hochschulverbunds.",
             ["memberOf(Jena | Deutsch-Vietnamesischer Hochschulverbund)"]),
    RuleCase("Im März ist Cottbus dem Deutsch-Polnischen Energieverband beigetreten.",
             ["memberOf(Cottbus | Deutsch-Polnischer Energieverband)"]),
    RuleCase("Die Stadt Zwickau trat 2021 der Deutsch-Tschechischen Wirtschaftsallianz bei.",
             ["memberOf(Zwickau | Deutsch-Tschechische Wirtschaftsallianz)"]),
    RuleCase("Mitglieder der Deutsch-Koreanischen Technologieallianz sind Aachen, Bochum und Dortmund.",
             ["memberOf(Aachen | Deutsch-Koreanische Technologieallianz)", "memberOf(Bochum | Deutsch-Koreanische Technologieallianz)",
              "memberOf(Dortmund | Deutsch-Koreanische Technologieallianz)"]),
    RuleCase("Das Städtenetzwerk „Mainbogen“ mit Hattersheim/Raunheim/Flörsheim wirbt um Investoren aus Asien.",
             ["memberOf(Hattersheim | Mainbogen)", "memberOf(Raunheim | Mainbogen)", "memberOf(Flörsheim | Mainbogen)"]),
    RuleCase("Kassel möchte Mitglied der Deutsch-Japanischen Städteallianz werden.", [], none: [.memberOf]),
    RuleCase("Regensburg hat in der Deutsch-Tschechischen Wirtschaftsallianz Beobachterstatus.", [], none: [.memberOf]),
    RuleCase("Ob Rostock dem Deutsch-Chinesischen Hafenverband beitritt, ist offen.", [], none: [.memberOf]),
    RuleCase("Ist Potsdam Mitglied der Deutsch-Polnischen Städteallianz?", [], none: [.memberOf]),
    RuleCase("Halle ist nicht Mitglied des Deutsch-Vietnamesischen Hochschulverbunds.", [], none: [.memberOf]),
    RuleCase("Der Stadtrat von Gera beantragt die Aufnahme in den Deutsch-Tschechischen Städtebund.", [], none: [.memberOf]),
    RuleCase("„Wir wären gern Mitglied der Allianz“, sagte der Bürgermeister von Suhl.", [], none: [.memberOf]),
    RuleCase("Die Mitgliedschaft von Plauen in der Deutsch-Tschechischen Wirtschaftsallianz soll 2025 beginnen.", [],
             none: [.memberOf]),
    RuleCase("Dortmund, Essen und Bochum sind Mitglieder des Deutsch-Chinesischen Logistikverbands.",
             ["memberOf(Dortmund | Deutsch-Chinesischer Logistikverband)", "memberOf(Essen | Deutsch-Chinesischer Logistikverband)",
              "memberOf(Bochum | Deutsch-Chinesischer Logistikverband)"]),
]

/// Containment and seats.
let moreContainmentCases: [RuleCase] = [
    RuleCase("Partnerstadt von Wolfsburg ist Changchun (Provinz Jilin).", ["containedInPlace(Changchun | Jilin)"]),
    RuleCase("Die Delegation kam aus Nagoya in der Präfektur Aichi.", ["containedInPlace(Nagoya | Aichi)"]),
    RuleCase("Die Stadt Kattowitz in der Woiwodschaft Schlesien wirbt um deutsche Zulieferer.",
             ["containedInPlace(Kattowitz | Schlesien)"]),
    RuleCase("Die Gäste kamen aus Peking und Shanghai.", [], none: [.containedInPlace]),
    RuleCase("Die Städte Dessau, Köthen und Bernburg bilden die Region Anhalt-Mitte.",
             ["containedInPlace(Dessau | Region Anhalt-Mitte)", "containedInPlace(Köthen | Region Anhalt-Mitte)",
              "containedInPlace(Bernburg | Region Anhalt-Mitte)"]),
    RuleCase("Die Region Lausitz (Cottbus und Senftenberg) präsentierte sich in Breslau.",
             ["containedInPlace(Cottbus | Region Lausitz)", "containedInPlace(Senftenberg | Region Lausitz)"]),
    RuleCase("Die Wirtschaftsförderung Erzgebirge GmbH mit Sitz in Annaberg-Buchholz lädt ein.",
             ["location(Wirtschaftsförderung Erzgebirge GmbH | Annaberg-Buchholz)"]),
    RuleCase("Die Deutsch-Japanische Gesellschaft hat ihren Sitz in Hamburg.",
             ["location(Deutsch-Japanische Gesellschaft | Hamburg)"]),
    RuleCase("Die Deutsch-Französische Handelskammer wird ein Büro in Straßburg eröffnen.", [], none: [.location]),
    RuleCase("Die Investitionsagentur Tschechien plant eine Niederlassung in München.", [], none: [.location]),
]

/// Founding dates and acronyms.
let moreOrganizationCases: [RuleCase] = [
    RuleCase("Die Deutsch-Polnische Wirtschaftsvereinigung wurde 1996 in Frankfurt (Oder) gegründet.",
             ["foundingDate(Deutsch-Polnische Wirtschaftsvereinigung | 1996)"]),
    RuleCase("Der Deutsch-Japanische Wirtschaftskreis, gegründet 1988, zählt heute 300 Mitglieder.",
             ["foundingDate(Deutsch-Japanischer Wirtschaftskreis | 1988)"]),
    RuleCase("Ein Deutsch-Vietnamesischer Fachverband soll gegründet werden.", [], none: [.foundingDate]),
    RuleCase("Wird die Deutsch-Koreanische Innovationsagentur noch in diesem Jahr gegründet?", [], none: [.foundingDate]),
    RuleCase("Die Tschechisch-Deutsche Handelskammer (CDHK) veröffentlicht ihren Jahresbericht.",
             ["alias(Tschechisch-Deutsche Handelskammer | CDHK)"]),
    RuleCase("Die Japanische Außenhandelsorganisation (JETRO) berät Mittelständler.",
             ["alias(Japanische Außenhandelsorganisation | JETRO)"]),
    RuleCase("Das Treffen (vgl. Seite 3) war gut besucht.", [], none: [.alias]),
    RuleCase("Die Sächsische Aufbaubank (SAB) mit Sitz in Leipzig fördert Innovationen.",
             ["alias(Sächsische Aufbaubank | SAB)", "location(Sächsische Aufbaubank | Leipzig)"]),
]

/// Partnerships and signings.
let moreAgreementCases: [RuleCase] = [
    RuleCase("Seit 1963 sind Ludwigsburg und Montbéliard Partnerstädte.", ["partnerOf(Ludwigsburg | Montbéliard)"]),
    RuleCase("Die Städtepartnerschaft zwischen Braunschweig und Kasan besteht seit 1988.", ["partnerOf(Braunschweig | Kasan)"]),
    RuleCase("Hoi An ist Partnerstadt von Wernigerode.", ["partnerOf(Hoi An | Wernigerode)"]),
    RuleCase("Offenbach und Yokohama prüfen eine Städtepartnerschaft.", [], none: [.partnerOf]),
    RuleCase("Eine Partnerschaft zwischen Trier und Nagaoka wird angestrebt.", [], none: [.partnerOf]),
    RuleCase("Wäre eine Partnerschaft zwischen Gera und Pilsen sinnvoll?", [], none: [.partnerOf]),
    RuleCase("Die Stadt Chemnitz und die Stadt Ústí nad Labem unterzeichneten in Chemnitz eine Absichtserklärung.",
             ["signatory(Absichtserklärung zwischen Chemnitz und Ústí nad Labem | Chemnitz)",
              "signatory(Absichtserklärung zwischen Chemnitz und Ústí nad Labem | Ústí nad Labem)"]),
    RuleCase("Die Handelskammer Hamburg und die Handelskammer Osaka wollen eine Vereinbarung unterzeichnen.", [],
             none: [.signatory]),
    RuleCase("Ob die Vereinbarung mit Da Nang unterzeichnet wird, entscheidet der Rat.", [], none: [.signatory]),
    // `in Gdynia` is the agency's seat, not the place of signing.
    RuleCase("Die Wirtschaftsförderung Nord und die Agentur für regionale Entwicklung in Gdynia unterzeichneten im März eine Absichtserklärung.",
             ["location(Agentur für regionale Entwicklung | Gdynia)"]),
]

/// Events: dates, places, organisers, hosts, speakers, attendees.
let moreEventCases: [RuleCase] = [
    RuleCase("Dresden, 12. April 2024\n\nDas 4. Deutsch-Tschechische Wirtschaftsforum findet am 18. Juni in Pilsen statt.",
             ["startDate(4. Deutsch-Tschechisches Wirtschaftsforum | 2024-06-18)",
              "location(4. Deutsch-Tschechisches Wirtschaftsforum | Pilsen)"]),
    RuleCase("Das 5. Deutsch-Japanische Wirtschaftsforum findet nicht am 2. März 2023 in Osaka statt.", [],
             none: [.startDate, .location]),
    RuleCase("Die Deutsch-Polnische Wirtschaftskammer (DPWK) lädt ein. Die DPWK-Jahrestagung findet am 5. Mai 2023 in Stettin statt.",
             ["organizer(DPWK-Jahrestagung | Deutsch-Polnische Wirtschaftskammer)",
              "startDate(DPWK-Jahrestagung | 2023-05-05)", "location(DPWK-Jahrestagung | Stettin)"]),
    RuleCase("Der 3. Deutsch-Vietnamesische Unternehmertag fand am 4. Mai 2022 in Leipzig statt. Gastgeber war die Handwerkskammer Leipzig.",
             ["organizer(3. Deutsch-Vietnamesischer Unternehmertag | Handwerkskammer Leipzig)"]),
    RuleCase("Das 2. Deutsch-Französische Energieforum fand am 9. Juni 2021 in Lyon statt. Die Stadt Lyon war Gastgeberin.",
             ["organizer(2. Deutsch-Französisches Energieforum | Lyon)"]),
    RuleCase("Der 6. Sächsisch-Polnische Wirtschaftstag fand am 7. Mai 2022 in Görlitz statt. Die Teilnehmer waren zu Gast bei der Handwerkskammer Dresden.",
             ["organizer(6. Sächsisch-Polnischer Wirtschaftstag | Handwerkskammer Dresden)"]),
    RuleCase("Der 7. Deutsch-Japanische Städtetag fand am 3. Mai 2022 in Bonn statt. Gastgeber soll im nächsten Jahr die Stadt Kobe sein.",
             [], none: [.organizer]),
    RuleCase("Das 2. Textilforum fand am 3. Mai 2023 in Lodz statt. Bürgermeister Jan Nowak eröffnete das Forum.",
             ["attendee(2. Textilforum | Jan Nowak)"]),
    RuleCase("Die 8. Regionalkonferenz fand am 4. April 2022 in Passau statt. Anschließend berichtete Eva Brandt über die Projekte.",
             ["attendee(8. Regionalkonferenz | Eva Brandt)"]),
    RuleCase("Die 9. Hafenkonferenz fand am 2. Juni 2022 in Kiel statt. Prof. Li Wei hielt einen Vortrag über Logistik.",
             ["attendee(9. Hafenkonferenz | Li Wei)"]),
    RuleCase("Die 4. Städtekonferenz fand am 6. Juli 2022 in Erfurt statt. „Wir brauchen mehr Austausch“, so Anna Roth.",
             [], none: [.attendee]),
    RuleCase("Die 3. Wasserstoffkonferenz findet am 4. Mai 2023 in Rostock statt. Bürgermeisterin Anna Roth soll die Konferenz eröffnen.",
             [], none: [.attendee]),
    RuleCase("An dem 2. Deutsch-Koreanischen Innovationstag am 5. Mai 2022 in Bonn nahmen Marta Nowak und Paul Henry teil.",
             ["attendee(2. Deutsch-Koreanischer Innovationstag | Marta Nowak)", "attendee(2. Deutsch-Koreanischer Innovationstag | Paul Henry)"]),
    RuleCase("Die 3. Deutsch-Chinesische Gesundheitskonferenz am 5. Mai 2022 in Wuhan wurde abgesagt. Jan Kowalczyk nahm nicht teil.",
             [], none: [.attendee]),
    RuleCase("Köln, 1. März 2021\n\nDie 2. Videokonferenz der Partnerstädte fand am 3. Februar statt. Die 2. Partner-Videokonferenz war ein Erfolg.",
             ["startDate(2. Partner-Videokonferenz | 2021-02-03)"]),
    RuleCase("Das 5. Deutsch-Vietnamesische Wirtschaftsforum fand am 11. Oktober 2023 in Leipzig statt. Rund 200 Gäste nahmen teil. Gastgeber war die Industrie- und Handelskammer zu Leipzig. Kammerpräsident Karl Brenner eröffnete das Forum.",
             ["organizer(5. Deutsch-Vietnamesisches Wirtschaftsforum | Industrie- und Handelskammer zu Leipzig)",
              "attendee(5. Deutsch-Vietnamesisches Wirtschaftsforum | Karl Brenner)"]),
    RuleCase("Im Mai 2019 veranstaltete die Handelskammer Hanoi in Leipzig ein Unternehmerforum.",
             ["organizer(Unternehmerforum in Leipzig | Handelskammer Hanoi)", "startDate(Unternehmerforum in Leipzig | 2019-05)"]),
    RuleCase("Der 2. Deutsch-Polnische Umwelttag am 8. Mai 2021 in Stettin wurde von der Stadt Stettin organisiert.",
             ["organizer(2. Deutsch-Polnischer Umwelttag | Stettin)"]),
    RuleCase("Görlitz, 2. Februar 2022\n\nAm 20. Januar hatte Bürgermeister Jan Nowak nach Bautzen eingeladen.",
             ["startDate(Treffen in Bautzen | 2022-01-20)", "organizer(Treffen in Bautzen | Jan Nowak)",
              "location(Treffen in Bautzen | Bautzen)"]),
    RuleCase("Die Stadt Erfurt und die Stadt Vilnius trafen sich am 3. März 2022 in Erfurt zu einem Austausch.",
             ["startDate(Treffen von Erfurt und Vilnius | 2022-03-03)", "attendee(Treffen von Erfurt und Vilnius | Erfurt)",
              "attendee(Treffen von Erfurt und Vilnius | Vilnius)"]),
]

/// Contact blocks in more formats.
let moreContactCases: [RuleCase] = [
    RuleCase("Kontakt:\nHandwerkskammer Dresden\nAm Lagerplatz 8\n01099 Dresden\nTel.: 0351 4640-0\nE-Mail: info@hwk.example\n",
             ["email(Handwerkskammer Dresden | info@hwk.example)", "telephone(Handwerkskammer Dresden | 0351 4640-0)",
              "address(Handwerkskammer Dresden | Am Lagerplatz 8, 01099 Dresden)"]),
    RuleCase("Ansprechpartnerin: Julia Neumann\nE-Mail: neumann@stadt.example\nTelefon: 0341 123-456\n",
             ["email(Julia Neumann | neumann@stadt.example)", "telephone(Julia Neumann | 0341 123-456)"]),
    RuleCase("Die Stadt erreichte bis Ende 2022 eine Quote von 12,5 Prozent.", [], none: [.telephone, .email]),
]

/// Recognition through facts: well-known organisations, media, listed towns, translated names, offices, place labels.
let moreRecognitionCases: [RuleCase] = [
    RuleCase("Maria Klein, Beraterin der Europäischen Kommission, sprach über Handelsfragen.",
             ["holdsRole(Maria Klein | Beraterin | Europäische Kommission)"]),
    RuleCase("Anna Roth, Sprecherin des Internationalen Währungsfonds, erläuterte die Prognose.",
             ["holdsRole(Anna Roth | Sprecherin | Internationaler Währungsfonds)"]),
    RuleCase("Jonas Weber, Referent des DAAD, stellte Stipendien vor.",
             ["holdsRole(Jonas Weber | Referent | Deutscher Akademischer Austauschdienst)"]),
    RuleCase("Li Na, Korrespondentin der Nachrichtenagentur Xinhua, berichtete aus Berlin.",
             ["holdsRole(Li Na | Korrespondentin | Xinhua)"]),
    RuleCase("Das Büro der Vietnam Trade Promotion Agency (VIETRADE) in Berlin berät Firmen. Die Vietnamesische Handelsförderungsagentur hat ein Büro in Berlin.",
             ["alias(Vietnam Trade Promotion Agency | VIETRADE)"]),
    RuleCase("Die DPS-Geschäftsstelle in Görlitz berät Mitglieder. Die DPS-Verwaltung in Görlitz ist telefonisch erreichbar.",
             ["location(DPS-Geschäftsstelle | Görlitz)"]),
    RuleCase("Die Firma hat ein Büro in Frankfurt.", [], none: [.containedInPlace]),
]

/// All additional cases.
let moreRuleCases = moreRoleCases + moreMembershipCases + moreContainmentCases + moreOrganizationCases + moreAgreementCases
    + moreEventCases + moreContactCases + moreRecognitionCases
