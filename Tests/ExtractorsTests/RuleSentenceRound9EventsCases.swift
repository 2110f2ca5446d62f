import GraphCore
import Testing
@testable import Extractors

// Round nine, events: who organises and who attends them, their dates and places. Constructions found missing on the
// development corpus `Tests/Fixtures/press/dev8` (a city's announcement, an association's event notice with an info box and a
// calendar, a consulate's web page, a news agency report, a company's invitation, a university's report, a chamber's Markdown
// newsletter, a ministry's release). The sentences here are new ones with other names; each group has negative cases.

/// Guest lists after `Unter den Gästen/Rednern waren …` and `Mit dabei waren …`: persons read through their roles, and
/// organisations or towns that are items of their own.
let round9EventsGuestCases: [RuleCase] = [
    RuleCase("Das 4. Deutsch-Chinesische Umweltforum fand am 6. Mai 2025 in Kassel statt. Unter den Gästen waren die Präsidentin der Universität Kassel, Lea Brandt, der Präses der Handelskammer Bremen, Ulf Maas, und der Landrat des Kreises Kassel, Jens Rüter.",
             ["attendee(4. Deutsch-Chinesisches Umweltforum | Lea Brandt)", "attendee(4. Deutsch-Chinesisches Umweltforum | Ulf Maas)",
              "attendee(4. Deutsch-Chinesisches Umweltforum | Jens Rüter)"]),
    RuleCase("Am 12. März 2025 tagte in Jena die 2. Deutsch-Chinesische Solarkonferenz. Unter den Rednern befanden sich Bürgermeisterin Ute Harms und der Konsul Li Ming.",
             ["attendee(2. Deutsch-Chinesische Solarkonferenz | Ute Harms)", "attendee(2. Deutsch-Chinesische Solarkonferenz | Li Ming)"]),
    RuleCase("Die 3. Sächsisch-Chinesische Wasserkonferenz fand am 2. Juni 2025 in Leipzig statt. Mit dabei waren der Vizegouverneur der Provinz Hubei, Wang Qiang, und die Staatssekretärin Eva Lindner.",
             ["attendee(3. Sächsisch-Chinesische Wasserkonferenz | Wang Qiang)", "attendee(3. Sächsisch-Chinesische Wasserkonferenz | Eva Lindner)"]),
    RuleCase("Das 2. Deutsch-Chinesische Bauforum fand am 3. Mai 2025 in Gera statt. Unter den Gästen waren die IHK Ostthüringen zu Gera und die Stadt Zwickau.",
             ["attendee(2. Deutsch-Chinesisches Bauforum | IHK Ostthüringen zu Gera)", "attendee(2. Deutsch-Chinesisches Bauforum | Zwickau)"]),
    // No event before: nobody attends.
    RuleCase("Unter den Gästen waren die Präsidentin der Universität Kassel, Lea Brandt, und Ulf Maas.", [], none: [.attendee]),
    RuleCase("Mit dabei waren Lea Brandt und Ulf Maas.", [], none: [.attendee]),
]

/// Hosts and co-organisers: `X wird Gastgeber des EVENT`, `Mitveranstalter ist X`, `Gastgeber war ROLE NAME`, `Veranstalter sind A
/// und B, auf chinesischer Seite C`.
let round9EventsHostCases: [RuleCase] = [
    RuleCase("Die Stadt Erfurt wird Gastgeber des 5. Deutsch-Chinesischen Kulturforums.",
             ["organizer(5. Deutsch-Chinesisches Kulturforum | Erfurt)"]),
    RuleCase("Die Hansestadt Rostock war 2024 Gastgeberin der 3. Ostsee-China-Konferenz.",
             ["organizer(3. Ostsee-China-Konferenz | Rostock)"]),
    RuleCase("Das 6. Deutsch-Chinesische Hafenforum fand am 4. Mai 2025 in Kiel statt. Mitveranstalter ist die Deutsch-Chinesische Gesellschaft Kiel e. V.",
             ["organizer(6. Deutsch-Chinesisches Hafenforum | Deutsch-Chinesische Gesellschaft Kiel e. V.)"]),
    RuleCase("Das 6. Deutsch-Chinesische Hafenforum fand am 4. Mai 2025 in Kiel statt. Gastgeber war Oberbürgermeister Kurt Lang.",
             ["organizer(6. Deutsch-Chinesisches Hafenforum | Kurt Lang)"]),
    RuleCase("Der 2. Deutsch-Chinesische Energiedialog fand am 4. Mai 2025 in Kiel statt. Veranstalter sind die Stadt Kiel und die IHK Kiel, auf chinesischer Seite die Handelskammer Qingdao.",
             ["organizer(2. Deutsch-Chinesischer Energiedialog | Kiel)", "organizer(2. Deutsch-Chinesischer Energiedialog | IHK Kiel)",
              "organizer(2. Deutsch-Chinesischer Energiedialog | Handelskammer Qingdao)"]),
    // No event: no host.
    RuleCase("Gastgeber war Oberbürgermeister Kurt Lang.", [], none: [.organizer]),
]

/// The info box below an event's title (`Datum:`, `Termin:`, `Wann:`, `Ort:`, `Wo:`, `Veranstalter:`, `Mitveranstalter:`, also as
/// a Markdown list and as a long date line joined to the next), and `Tagungsort ist …`.
let round9EventsInfoBoxCases: [RuleCase] = [
    RuleCase("Fachtag „Wasser für Städte“\n\nDatum: Dienstag, 4. November 2025, 10 Uhr\nOrt: Rathaus Kassel\nVeranstalter: IHK Kassel-Marburg\n",
             ["startDate(Fachtag \"Wasser für Städte\" | 2025-11-04)", "location(Fachtag \"Wasser für Städte\" | Rathaus Kassel)",
              "organizer(Fachtag \"Wasser für Städte\" | IHK Kassel-Marburg)"]),
    RuleCase("Fachgespräch „Batterien aus Sachsen“\n\n- **Termin:** Freitag, 7. März 2025, 14 bis 18 Uhr\n- **Ort:** Stadthalle Zwickau\n- **Mitveranstalter:** Hochschule Zwickau\n",
             ["startDate(Fachgespräch \"Batterien aus Sachsen\" | 2025-03-07)", "location(Fachgespräch \"Batterien aus Sachsen\" | Zwickau)",
              "organizer(Fachgespräch \"Batterien aus Sachsen\" | Hochschule Zwickau)"]),
    RuleCase("Forum „Häfen der Zukunft“\n\nWann: Mittwoch, 21. Mai 2025, 9.30 bis 17.30 Uhr, Einlass ab 9 Uhr\nWo: Nürnberg\n",
             ["startDate(Forum \"Häfen der Zukunft\" | 2025-05-21)", "location(Forum \"Häfen der Zukunft\" | Nürnberg)"]),
    RuleCase("Das 3. Deutsch-Chinesische Wasserforum wurde am 4. Mai 2025 eröffnet. Tagungsort ist das Rathaus Bamberg.",
             ["location(3. Deutsch-Chinesisches Wasserforum | Rathaus Bamberg)"]),
    // Lines below running text belong to no box; a place without an event names no venue.
    RuleCase("Die Stadt Trier lädt zum Empfang. Bitte melden Sie sich an.\nDatum: 3. Mai 2025\nOrt: Trier\n", [], none: [.startDate, .location]),
    RuleCase("Tagungsort ist das Rathaus Bamberg.", [], none: [.location]),
]

/// Organisers named after a fronted event (`Das Fachforum „X“ richtet die Hochschule Y aus`), in a relative clause (`EVENT, die
/// X ausrichtet`, `EVENT, das von X veranstaltet wird`), before the inviting company (`Gemeinsam mit X lädt Y zum EVENT ein`), in
/// passives with a dative class noun and a second clause, after a pronoun (`Ausgerichtet wurde sie von X`), and in `Organisiert
/// wird die Reise in Zusammenarbeit mit X`.
let round9EventsOrganizerCases: [RuleCase] = [
    RuleCase("Den 3. Deutsch-Chinesischen Logistiktag organisiert die IHK Duisburg gemeinsam mit der Universität Duisburg-Essen.",
             ["organizer(3. Deutsch-Chinesischer Logistiktag | IHK Duisburg)",
              "organizer(3. Deutsch-Chinesischer Logistiktag | Universität Duisburg-Essen)"]),
    RuleCase("Das Forum „Wasser und Stadt“ richtet die Universität Jena aus, den Workshop „Solarstrom“ veranstaltet die Hochschule Nordhausen.",
             ["organizer(Forum \"Wasser und Stadt\" | Universität Jena)", "organizer(Workshop \"Solarstrom\" | Hochschule Nordhausen)"]),
    RuleCase("Im Juni nimmt die Delegation an der Fachkonferenz „Grüner Stahl“ teil, die die Technische Universität Braunschweig gemeinsam mit der Universität Hefei ausrichtet.",
             ["organizer(Fachkonferenz \"Grüner Stahl\" | Technische Universität Braunschweig)", "organizer(Fachkonferenz \"Grüner Stahl\" | Universität Hefei)"]),
    RuleCase("Am 4. Mai 2025 beginnt in Ulm das 2. Deutsch-Chinesische Bahnforum, das von der Stadt Ulm veranstaltet wird.",
             ["organizer(2. Deutsch-Chinesisches Bahnforum | Ulm)"]),
    RuleCase("Am 3. Mai 2025 findet in Kiel das 3. Hafenforum statt, das von der IHK Kiel und der Stadt Kiel organisiert wird.",
             ["organizer(3. Hafenforum | IHK Kiel)", "organizer(3. Hafenforum | Kiel)"]),
    RuleCase("Gemeinsam mit der Universität Kassel lädt die Brenner Logistik GmbH am 3. März 2026 zum Innovationstag „Häfen“ nach Kassel ein.",
             ["organizer(Innovationstag \"Häfen\" | Brenner Logistik GmbH)", "organizer(Innovationstag \"Häfen\" | Universität Kassel)"]),
    RuleCase("In Kooperation mit der IHK Trier veranstaltet die Stadt Trier am 4. Mai 2025 das 2. Deutsch-Luxemburgische Moselforum.",
             ["organizer(2. Deutsch-Luxemburgisches Moselforum | Trier)", "organizer(2. Deutsch-Luxemburgisches Moselforum | IHK Trier)"]),
    RuleCase("Die 3. Deutsch-Chinesische Umweltkonferenz fand am 4. Mai 2025 in Gera statt. Die Konferenz wird von den Städten Gera und Jena getragen; ausgerichtet wurde sie von der IHK Ostthüringen zu Gera.",
             ["organizer(3. Deutsch-Chinesische Umweltkonferenz | Gera)", "organizer(3. Deutsch-Chinesische Umweltkonferenz | Jena)",
              "organizer(3. Deutsch-Chinesische Umweltkonferenz | IHK Ostthüringen zu Gera)"]),
    RuleCase("Die 7. Deutsch-Chinesische Sommerschule Robotik fand im Juli 2025 in Ilmenau statt. Ausgerichtet wurde sie von der Technischen Universität Ilmenau.",
             ["organizer(7. Deutsch-Chinesische Sommerschule | Technische Universität Ilmenau)"]),
    RuleCase("Vom 3. bis 8. Mai 2026 führt eine Unternehmerreise der IHK Kiel nach Qingdao. Organisiert wird die Reise in Zusammenarbeit mit der Stadt Kiel.",
             ["organizer(Unternehmerreise der IHK Kiel | IHK Kiel)", "organizer(Unternehmerreise der IHK Kiel | Kiel)"]),
    // `richtet sich an`, a verb that organises nothing, and a pronoun with no event before give no organiser.
    RuleCase("Das 3. Hafenforum fand am 4. Mai 2025 in Kiel statt. Die Konferenz richtet sich an Unternehmen aus Sachsen.", [], none: [.organizer]),
    RuleCase("Am 3. Mai 2025 findet in Kiel das 3. Hafenforum statt, das die Stadt Kiel besucht.", [], none: [.organizer]),
    RuleCase("Ausgerichtet wurde sie von der Technischen Universität Ilmenau.", [], none: [.organizer]),
]

/// The owner of an event in the genitive organises it (`der Jahresempfang der Stadt Hamm`); an assembly of a body does not.
let round9EventsOwnerCases: [RuleCase] = [
    RuleCase("Am 23. Januar 2025 fand der Jahresempfang der Stadt Hamm im Kurhaus statt.", ["organizer(Jahresempfang der Stadt Hamm | Hamm)"]),
    RuleCase("Die IHK Magdeburg lädt ein. Vom 8. bis 14. September 2025 führt eine Delegationsreise der IHK Magdeburg nach Shenyang.",
             ["organizer(Delegationsreise der IHK Magdeburg | IHK Magdeburg)", "startDate(Delegationsreise der IHK Magdeburg | 2025-09-08)"]),
    RuleCase("Vom 3. bis 8. Mai 2026 führt eine Unternehmerreise der IHK Kiel nach Qingdao.", ["organizer(Unternehmerreise der IHK Kiel | IHK Kiel)"]),
    RuleCase("Die Vollversammlung der IHK Chemnitz hat am 24. Juni 2026 Anna Roth zur Präsidentin gewählt.", [], none: [.organizer]),
]

/// Dates and places: a definite noun that refers back to a named event which takes place, place pairs in names, calendar lines
/// with a dash, a headline event dated by a range below it, a visit after adverbs, English fair names.
let round9EventsDateCases: [RuleCase] = [
    RuleCase("Beim 6. Wirtschaftsdialog Sachsen–Hubei ging es um Wasserstoff. Der Dialog fand am 16. Juni 2025 im Alten Rathaus Bamberg statt.",
             ["startDate(6. Wirtschaftsdialog Sachsen-Hubei | 2025-06-16)", "location(6. Wirtschaftsdialog Sachsen-Hubei | Alten Rathaus Bamberg)"]),
    RuleCase("Das 2. Deutsch-Chinesische Hafenforum brachte 80 Firmen zusammen. Das Forum tagte am 3. März 2025 im Rathaus Bamberg.",
             ["startDate(2. Deutsch-Chinesisches Hafenforum | 2025-03-03)", "location(2. Deutsch-Chinesisches Hafenforum | Rathaus Bamberg)"]),
    RuleCase("Das 2. Forum Niedersachsen-Anhui fand am 3. Mai 2025 in Hannover statt.",
             ["startDate(2. Forum Niedersachsen-Anhui | 2025-05-03)", "location(2. Forum Niedersachsen-Anhui | Hannover)"]),
    RuleCase("Termine\n\n14. Oktober 2025 – Stammtisch China-Business, Erlangen, organisiert von der Regionalgruppe Erlangen\n27. November 2025 – Jahresmitgliederversammlung, Fürth (Stadthalle)\n",
             ["startDate(Stammtisch China-Business | 2025-10-14)", "location(Stammtisch China-Business | Erlangen)",
              "organizer(Stammtisch China-Business | Regionalgruppe Erlangen)", "startDate(Jahresmitgliederversammlung | 2025-11-27)",
              "location(Jahresmitgliederversammlung | Fürth)"]),
    RuleCase("Die Stadt Kiel wird Gastgeber des 3. Deutsch-Chinesischen Hafenforums\n\nVom 3. bis 5. Juni 2026 treffen sich in Kiel Vertreter von 40 Häfen.",
             ["startDate(3. Deutsch-Chinesisches Hafenforum | 2026-06-03)", "organizer(3. Deutsch-Chinesisches Hafenforum | Kiel)"]),
    RuleCase("Eine Delegation der Stadt Wuhan besuchte dabei auch die Hannover Messe.", ["attendee(Hannover Messe | Wuhan)"]),
    RuleCase("Die Firma besuchte im Mai 2025 die China International Industry Fair in Shanghai.",
             ["location(China International Industry Fair | Shanghai)"]),
    RuleCase("Die Delegation reist am Montag nach Braunschweig. Dort nimmt sie an der Fachkonferenz „Grüner Stahl“ teil.",
             ["location(Fachkonferenz \"Grüner Stahl\" | Braunschweig)"]),
    RuleCase("Die Gäste fahren danach nach Jena. Dort besuchen sie das 2. Deutsch-Chinesische Optikforum.",
             ["location(2. Deutsch-Chinesisches Optikforum | Jena)"]),
    RuleCase("Am Freitag reiste die Gruppe nach Erfurt. Dort begann am 4. Mai 2025 die 3. Deutsch-Chinesische Wasserstoffkonferenz.",
             ["location(3. Deutsch-Chinesische Wasserstoffkonferenz | Erfurt)"]),
    // Two towns before: `Dort` names neither; the day an event ends is not its start.
    RuleCase("Die Delegation reiste von Kiel nach Lübeck und Rostock. Dort nahm sie an der Fachkonferenz „Grüner Stahl“ teil.", [],
             none: [.location]),
    RuleCase("Die 3. Unternehmerreise nach Chengdu endet am 9. Mai 2025 in Hefei.", [], none: [.startDate]),
    // A definite noun with no event before, and a headline whose paragraph opens with another date, give no date.
    RuleCase("Der Dialog fand am 16. Juni 2025 statt.", [], none: [.startDate]),
    RuleCase("Kiel wird Gastgeber des 3. Deutsch-Chinesischen Hafenforums\n\nAm 3. Mai 2025 beschloss der Rat einen Haushalt.", [], none: [.startDate]),
]

/// A bare compound event noun with a definite article that an organisation organises on a given day.
let round9EventsOrganizedCases: [RuleCase] = [
    RuleCase("Am 14. März 2026 richtet die Deutsch-Chinesische Gesellschaft Kiel das Laternenfest im Rathaus Kiel aus.",
             ["startDate(Laternenfest | 2026-03-14)", "organizer(Laternenfest | Deutsch-Chinesische Gesellschaft Kiel)",
              "location(Laternenfest | Rathaus Kiel)"]),
    RuleCase("Das Abschlusssymposium am 25. Juli 2025 richtete die Universität Rostock aus.",
             ["startDate(Abschlusssymposium | 2025-07-25)", "organizer(Abschlusssymposium | Universität Rostock)"]),
    RuleCase("Die Hochschule Wismar organisiert am 5. Juni 2025 das Drachenbootfest.",
             ["startDate(Drachenbootfest | 2025-06-05)", "organizer(Drachenbootfest | Hochschule Wismar)"]),
    RuleCase("Am 14. März 2026 richtet die Universität Kiel das Laternenfest aus. Mitveranstalter ist die Stadt Kiel.",
             ["organizer(Laternenfest | Universität Kiel)", "organizer(Laternenfest | Kiel)"]),
    // No day, an assembly of a body, and an indefinite noun delimit no event.
    RuleCase("Die IHK Kiel veranstaltet das Laternenfest.", [], none: [.organizer, .startDate]),
    RuleCase("Die IHK Kiel veranstaltet am 3. Mai 2025 die Jahreshauptversammlung.", [], none: [.organizer, .startDate]),
    RuleCase("Am 3. Mai 2025 veranstaltet die IHK Kiel einen Vortragsabend.", [], none: [.organizer, .startDate]),
]

/// All cases of round nine on events.
let round9EventsRuleCases = round9EventsGuestCases + round9EventsHostCases + round9EventsInfoBoxCases + round9EventsOrganizerCases
    + round9EventsOwnerCases + round9EventsDateCases + round9EventsOrganizedCases

@Test("round nine events cases", arguments: round9EventsRuleCases)
func round9EventsRuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
