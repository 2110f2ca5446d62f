import GraphCore
import Testing
@testable import Extractors

// Round nine (lead): founding dates and association names that the earlier rounds did not cover, written for this
// table (no corpus sentence). Each group has negative cases.

/// Founding participles: inverted passives, `gegr.`, appositions with the year first, `ins Leben gerufene`.
let round9FoundingParticipleCases: [RuleCase] = [
    RuleCase("Gegründet wurde die Deutsch-Chinesische Gesellschaft Gotha e. V. im Jahr 2004.",
             ["foundingDate(Deutsch-Chinesische Gesellschaft Gotha e. V. | 2004)"]),
    RuleCase("Gegründet wurde die Hansen Messtechnik GmbH 1988 in Flensburg.",
             ["foundingDate(Hansen Messtechnik GmbH | 1988)"]),
    RuleCase("Gegründet wurden die Stadtwerke Suhl GmbH bereits 1991.", ["foundingDate(Stadtwerke Suhl GmbH | 1991)"]),
    RuleCase("Die Gesellschaft für Chinesisch-Deutschen Austausch Kassel e. V. (gegr. 1986) lädt zum Sommerfest.",
             ["foundingDate(Gesellschaft für Chinesisch-Deutschen Austausch Kassel e. V. | 1986)"]),
    RuleCase("Die Lorenz Feinguss GmbH, gegr. 1951, liefert Bauteile nach Tianjin.", ["foundingDate(Lorenz Feinguss GmbH | 1951)"]),
    RuleCase("Die Lindner Hydraulik AG, 1962 in Würzburg gegründet, beschäftigt heute 800 Mitarbeiter.",
             ["foundingDate(Lindner Hydraulik AG | 1962)"]),
    RuleCase("Die Ostsee Windtechnik GmbH, 2009 gegründet, hat einen Auftrag aus Dalian erhalten.",
             ["foundingDate(Ostsee Windtechnik GmbH | 2009)"]),
    RuleCase("Die 2014 ins Leben gerufene Deutsch-Chinesische Wirtschaftsvereinigung Bremen e. V. zählt 60 Mitglieder.",
             ["foundingDate(Deutsch-Chinesische Wirtschaftsvereinigung Bremen e. V. | 2014)"]),
    RuleCase("Die Werner Kunststofftechnik GmbH wurde 1978 in Gera gegründet.", ["foundingDate(Werner Kunststofftechnik GmbH | 1978)"]),
    RuleCase("Der 2014 ins Leben gerufene Deutsch-Chinesische Verein Bremen zählt 60 Mitglieder.",
             ["foundingDate(Deutsch-Chinesischer Verein Bremen | 2014)"]),
    RuleCase("Der 1998 in Jena gegründete Thüringische Verband Kleiner Unternehmen hat 80 Mitglieder.",
             ["foundingDate(Thüringischer Verband Kleiner Unternehmen | 1998)"]),
    RuleCase("Die 2019 ins Leben gerufene Stiftung Brückenbau Weimar vergibt Stipendien.",
             ["foundingDate(Stiftung Brückenbau Weimar | 2019)"]),
    // A year and a verb between the comma and the participle, a year of something else, and `gerufen` without
    // `ins Leben` date nothing.
    RuleCase("Die Lindner Hydraulik AG, die 1962 eine Halle kaufte und 1970 umgebaut wurde, ist in Würzburg ansässig.", [],
             none: [.foundingDate]),
    RuleCase("Die 2019 zur Versammlung gerufenen Mitglieder der IHK Erfurt stimmten zu.", [], none: [.foundingDate]),
    RuleCase("Gegründet wurde im Jahr 2004 nichts Neues, sagte der Sprecher der IHK Gera.", [], none: [.foundingDate]),
]

/// The founding noun as the subject: `Die Gründung der ORG erfolgte DATE`, `Das Gründungsjahr der ORG ist YEAR`.
let round9FoundingNounCases: [RuleCase] = [
    RuleCase("Die Gründung der Handelskammer Thüringen-Shaanxi erfolgte im Oktober 2014.",
             ["foundingDate(Handelskammer Thüringen-Shaanxi | 2014-10)"]),
    RuleCase("Die Gründung des Deutsch-Chinesischen Kulturvereins Leipzig e. V. erfolgte bereits 1993.",
             ["foundingDate(Deutsch-Chinesischer Kulturverein Leipzig e. V. | 1993)"]),
    RuleCase("Das Gründungsjahr der Deutsch-Chinesischen Akademie Dresden ist 2016.",
             ["foundingDate(Deutsch-Chinesische Akademie Dresden | 2016)"]),
    RuleCase("Gründungsjahr der Brandt Sensorik GmbH ist 1997.", ["foundingDate(Brandt Sensorik GmbH | 1997)"]),
    // A founding of something else, and a date that is no founding, date nothing.
    RuleCase("Die Gründung der Tochter in Shanghai durch die Brandt Sensorik GmbH erfolgte 2012.", [], none: [.foundingDate]),
    RuleCase("Die Gründung der Brandt Sensorik GmbH liegt lange zurück.", [], none: [.foundingDate]),
]

/// Anniversaries of the organisation itself: `feiert ihr 50-jähriges Bestehen`, `blickt auf eine 25-jährige Geschichte
/// zurück` (the year of the celebration less the years).
let round9FoundingAnniversaryCases: [RuleCase] = [
    RuleCase("Halle, 12. März 2025 – Die Weber Antriebstechnik GmbH feiert in diesem Jahr ihr 50-jähriges Bestehen.",
             ["foundingDate(Weber Antriebstechnik GmbH | 1975)"]),
    RuleCase("Die Deutsch-Chinesische Gesellschaft Erlangen e. V. feiert 2026 ihr 40-jähriges Jubiläum.",
             ["foundingDate(Deutsch-Chinesische Gesellschaft Erlangen e. V. | 1986)"]),
    RuleCase("Kiel, 2. Juni 2024 – Der Freundeskreis Kiel-Qingdao e. V. blickt auf eine 25-jährige Geschichte zurück.",
             ["foundingDate(Freundeskreis Kiel-Qingdao e. V. | 1999)"]),
    RuleCase("Görlitz, 5. Mai 2025 – Die Sommer Textil GmbH beging am Freitag ihr 100-jähriges Firmenjubiläum.",
             ["foundingDate(Sommer Textil GmbH | 1925)"]),
    // The years of a partnership, a look ahead without `zurück`, and a subject that does not open the sentence date nothing.
    RuleCase("Halle, 12. März 2025 – Der Freundeskreis Halle-Jiaxing e. V. feiert das 30-jährige Bestehen der Städtepartnerschaft.",
             [], none: [.foundingDate]),
    RuleCase("Halle, 12. März 2025 – Der Freundeskreis Halle-Jiaxing e. V. blickt auf eine 30-jährige Zukunft.", [], none: [.foundingDate]),
    RuleCase("Halle, 12. März 2025 – Mit Gästen aus Jiaxing feiert der Freundeskreis Halle-Jiaxing e. V. sein 30-jähriges Bestehen.",
             [], none: [.foundingDate]),
]

/// Coming into being and existing since: `ORG entstand 2010`, `Seit 1996 gibt es den ORG`.
let round9FoundingExistenceCases: [RuleCase] = [
    RuleCase("Die Stiftung Seidenstraße Halle entstand 2010 aus einer Bürgerinitiative.",
             ["foundingDate(Stiftung Seidenstraße Halle | 2010)"]),
    RuleCase("Der Deutsch-Chinesische Unternehmerverband Ruhr e. V. entstand im Jahr 2002.",
             ["foundingDate(Deutsch-Chinesischer Unternehmerverband Ruhr e. V. | 2002)"]),
    RuleCase("Die Nordlicht Solar GmbH entstand im März 2011 als Ausgründung der Universität Rostock.",
             ["foundingDate(Nordlicht Solar GmbH | 2011-03)"]),
    // The year of a byline that ends with the date (a newsletter's line under its title).
    RuleCase("Verbandsnachrichten 2/2026\n\nVerband der Sinologen Thüringens e. V., Weimar, 28. Februar 2026\n\nDie Brandt Sensorik GmbH wurde vor 30 Jahren gegründet.\n",
             ["foundingDate(Brandt Sensorik GmbH | 1996)"]),
    RuleCase("Anmeldung: Verband der Sinologen Thüringens, Weimar, 28. Februar 2026\n\nDie Brandt Sensorik GmbH wurde vor 30 Jahren gegründet.\n",
             [], none: [.foundingDate]),
    RuleCase("Der Vortrag findet in Weimar statt, 28. Februar 2026\n\nDie Brandt Sensorik GmbH wurde vor 30 Jahren gegründet.\n",
             [], none: [.foundingDate]),
    RuleCase("Seit 1996 gibt es den Arbeitskreis China der IHK Halle-Dessau.",
             ["foundingDate(Arbeitskreis China der IHK Halle-Dessau | 1996)"]),
    RuleCase("Seit 2008 gibt es die Deutsch-Chinesische Gesellschaft Bamberg e. V.",
             ["foundingDate(Deutsch-Chinesische Gesellschaft Bamberg e. V. | 2008)"]),
    // An idea that came into being at an organisation, and a partnership that exists since a year, date nothing.
    RuleCase("Die Idee entstand 2010 bei der IHK Halle-Dessau.", [], none: [.foundingDate]),
    RuleCase("Seit 1996 gibt es eine Partnerschaft mit der IHK Halle-Dessau.", [], none: [.foundingDate]),
]

/// Association names: a genitive of members or a field (`Verband der Elektrotechnik`, `Landesverband Mitteldeutscher
/// Exporteure`), a proper name after `Initiative` or `Landratsamt`, and a firm named after its founder at the sentence start.
let round9AssociationNameCases: [RuleCase] = [
    RuleCase("Der Verband der Sinologen Thüringens mit Sitz in Weimar hat 40 Mitglieder.",
             ["location(Verband der Sinologen Thüringens | Weimar)"]),
    RuleCase("Die Vereinigung der Sächsischen Wirtschaft mit Sitz in Dresden begrüßt das Abkommen.",
             ["location(Vereinigung der Sächsischen Wirtschaft | Dresden)"]),
    RuleCase("Das Bildungswerk der Bayerischen Wirtschaft mit Sitz in München bietet Sprachkurse an.",
             ["location(Bildungswerk der Bayerischen Wirtschaft | München)"]),
    RuleCase("Der Landesverband Mitteldeutscher Exporteure wurde 1994 gegründet.",
             ["foundingDate(Landesverband Mitteldeutscher Exporteure | 1994)"]),
    RuleCase("Die Arbeitsgemeinschaft Deutsch-Chinesischer Städtepartnerschaften wurde 2001 in Kassel gegründet.",
             ["foundingDate(Arbeitsgemeinschaft Deutsch-Chinesischer Städtepartnerschaften | 2001)"]),
    RuleCase("Der Verein der Freunde Jenas e. V. wurde 1990 gegründet.", ["foundingDate(Verein der Freunde Jenas e. V. | 1990)"]),
    RuleCase("Die Initiative China-Kompetenz Sachsen wurde 2012 gegründet.",
             ["foundingDate(Initiative China-Kompetenz Sachsen | 2012)"]),
    RuleCase("Das Landratsamt Erzgebirgskreis mit Sitz in Annaberg-Buchholz empfing die Gäste.",
             ["location(Landratsamt Erzgebirgskreis | Annaberg-Buchholz)"]),
    // A genitive of a place cue or a region, a genitive place and a time word after the cue name nothing.
    RuleCase("Der Präsident des Vereins der Stadt sprach in Weimar.", [], none: [.location, .holdsRole]),
    RuleCase("Auf Initiative Chinas wurde das Forum 2019 gegründet.", [], none: [.foundingDate]),
    RuleCase("Die Initiative Anfang 2020 wurde 2019 gegründet.", [], none: [.foundingDate]),
]

/// Contact details: house numbers with a letter, and a footer line of items between bars without a header.
let round9ContactCases: [RuleCase] = [
    RuleCase("Kontakt:\nDeutsch-Chinesische Gesellschaft Halle e. V.\nGroße Ulrichstraße 17a\n06108 Halle (Saale)\n",
             ["address(Deutsch-Chinesische Gesellschaft Halle e. V. | Große Ulrichstraße 17a, 06108 Halle (Saale))"]),
    RuleCase("Pressekontakt:\nBrenner Logistik GmbH\nAm Hafen 3 b\n28217 Bremen\n",
             ["address(Brenner Logistik GmbH | Am Hafen 3 b, 28217 Bremen)"]),
    RuleCase("Sächsische Exportagentur GmbH | Petersstraße 2 | 04109 Leipzig | Tel. 0341 22 33 44 | www.exportagentur-sachsen.example\n",
             ["address(Sächsische Exportagentur GmbH | Petersstraße 2, 04109 Leipzig)",
              "telephone(Sächsische Exportagentur GmbH | 0341 22 33 44)"]),
    RuleCase("Hafenforum Rostock GmbH | Am Strande 1 | 18055 Rostock | info@hafenforum.example\n",
             ["address(Hafenforum Rostock GmbH | Am Strande 1, 18055 Rostock)", "email(Hafenforum Rostock GmbH | info@hafenforum.example)"]),
    // Numbers between bars, and a single bar, are no contact footer; a room number is no house number.
    RuleCase("Die Zahlen für 2024 | 2025 | 2026 lauten 10000 | 20000 | 30000.\n", [], none: [.address, .telephone]),
    RuleCase("Brenner Logistik GmbH | 28217 Bremen\n", [], none: [.address]),
    RuleCase("Kontakt:\nBrenner Logistik GmbH\nRaum 12a\n", [], none: [.address]),
    RuleCase("Kontakt:\nBrenner Logistik GmbH\nIm Mai 2025\n28217 Bremen\n", [], none: [.address]),
]

/// Speakers named in an event's programme or announcement attend it.
let round9AnnouncedSpeakerCases: [RuleCase] = [
    RuleCase("Am 14. Mai 2025 findet das 4. Hafenforum in Emden statt. Es sprechen Oberbürgermeister Tim Kruithoff und Generalkonsul Li Wen.",
             ["attendee(4. Hafenforum | Tim Kruithoff)", "attendee(4. Hafenforum | Li Wen)"]),
    RuleCase("Das 2. Deutsch-Chinesische Gesundheitsforum beginnt am 3. Juni 2025 in Ulm. Grußworte sprechen Landrat Heiner Scheffold und Konsulin Zhao Mei.",
             ["attendee(2. Deutsch-Chinesisches Gesundheitsforum | Heiner Scheffold)", "attendee(2. Deutsch-Chinesisches Gesundheitsforum | Zhao Mei)"]),
    RuleCase("Die 5. Logistikkonferenz tagt am 9. Oktober 2025 in Duisburg. Referenten sind Prof. Dr. Jan Ohlsen und Chen Hao, Direktor der Hafengruppe.",
             ["attendee(5. Logistikkonferenz | Jan Ohlsen)", "attendee(5. Logistikkonferenz | Chen Hao)"]),
    RuleCase("Der 3. Mittelstandstag findet am 20. Mai 2025 in Gera statt. Als Redner werden Ministerin Heike Werner und Botschafter Deng Hongbo erwartet.",
             ["attendee(3. Mittelstandstag | Heike Werner)", "attendee(3. Mittelstandstag | Deng Hongbo)"]),
    RuleCase("Das 6. Wasserstoffforum fand am 2. April 2025 in Kiel statt. Auf dem Podium diskutierten Anna Lenz und Prof. Dr. Wang Jun.",
             ["attendee(6. Wasserstoffforum | Anna Lenz)", "attendee(6. Wasserstoffforum | Wang Jun)"]),
    RuleCase("Das 2. Kulturforum beginnt am 5. März 2025 in Jena. Moderiert wird das Forum von Dr. Katrin Vogt.",
             ["attendee(2. Kulturforum | Katrin Vogt)"]),
    RuleCase("Das 7. Städteforum tagt am 4. Juli 2025 in Gotha. Die Begrüßung übernimmt Oberbürgermeister Knut Kreuch.",
             ["attendee(7. Städteforum | Knut Kreuch)"]),
    RuleCase("Das 1. Innovationsforum fand am 8. Mai 2025 in Aachen statt. Zu den Teilnehmern zählten Ingrid Haas und Sun Li.",
             ["attendee(1. Innovationsforum | Ingrid Haas)", "attendee(1. Innovationsforum | Sun Li)"]),
    // A verb of speaking in another sense, a negated or asked announcement, and no event in reach give nothing.
    RuleCase("Das 4. Hafenforum findet am 14. Mai 2025 in Emden statt. Die Zahlen sprechen für Anna Lenz.", [], none: [.attendee]),
    RuleCase("Das 4. Hafenforum findet am 14. Mai 2025 in Emden statt. Es sprechen nicht Anna Lenz und Wu Jun.", [], none: [.attendee]),
    RuleCase("Das 4. Hafenforum findet am 14. Mai 2025 in Emden statt. Referenten sind noch offen, sagte Anna Lenz?", [], none: [.attendee]),
    RuleCase("Es sprechen Oberbürgermeister Tim Kruithoff und Generalkonsul Li Wen.", [], none: [.attendee]),
]

/// All cases of round nine of the lead.
let round9LeadRuleCases = round9FoundingParticipleCases + round9FoundingNounCases + round9FoundingAnniversaryCases
    + round9FoundingExistenceCases + round9AssociationNameCases + round9ContactCases + round9AnnouncedSpeakerCases

@Test("round nine lead cases", arguments: round9LeadRuleCases)
func round9LeadRuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
