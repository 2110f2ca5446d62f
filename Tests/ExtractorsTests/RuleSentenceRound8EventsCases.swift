import GraphCore
import Testing
@testable import Extractors

// Round eight, events, membership and founding: constructions found missing on the development corpus
// `Tests/Fixtures/press/dev7` (an event calendar, a conference announcement, a report after a forum, a network's new members,
// an anniversary, a trade-fair release, a city newsletter, a news agency report on a partner-town meeting). The sentences
// here are new ones with other names; each group has negative cases.

/// Event calendars: a date line above the event's line and `Ort:` below it, or one line `DATE: EVENT, PLACE` / `EVENT: DATE, PLACE`.
let round8EventsCalendarCases: [RuleCase] = [
    RuleCase("Donnerstag, 6. November 2025, 18 Uhr\nKamingespräch mit der Landrätin\nOrt: Rathaus Lörrach\n",
             ["startDate(Kamingespräch mit der Landrätin | 2025-11-06)", "location(Kamingespräch mit der Landrätin | Rathaus Lörrach)"]),
    RuleCase("Samstag, 14.06.2025, ab 11 Uhr\nSommerfest der Freundschaftsgesellschaft\nOrt: Stadtpark, Gießen\n",
             ["startDate(Sommerfest der Freundschaftsgesellschaft | 2025-06-14)", "location(Sommerfest der Freundschaftsgesellschaft | Gießen)"]),
    RuleCase("3. bis 5. Oktober 2025\nWorkshop „Batterien für Busse“\nOrt: Stadthalle Göttingen\n",
             ["startDate(Workshop \"Batterien für Busse\" | 2025-10-03)", "location(Workshop \"Batterien für Busse\" | Göttingen)"]),
    RuleCase("Dienstag, 16.09.2025: Themenabend „Wohnen in Shanghai“, Volkshochschule Kiel\n",
             ["startDate(Themenabend \"Wohnen in Shanghai\" | 2025-09-16)", "location(Themenabend \"Wohnen in Shanghai\" | Volkshochschule Kiel)"]),
    RuleCase("Herbstsitzung des Beirats: 4./5. November 2025, Wetzlar\n",
             ["startDate(Herbstsitzung des Beirats | 2025-11-04)", "location(Herbstsitzung des Beirats | Wetzlar)"]),
    RuleCase("Ende Mai 2025: Jahrestagung des Freundeskreises, Ort: Rathaus Gotha\n",
             ["startDate(Jahrestagung des Freundeskreises | 2025-05)", "location(Jahrestagung des Freundeskreises | Rathaus Gotha)"]),
    // A date line above a line that names no event, and a line that names a deadline, give no event.
    RuleCase("Mittwoch, 12.03.2025\nBitte melden Sie sich rechtzeitig an.\nOrt: Rathaus Lörrach\n", [], none: [.startDate, .location]),
    RuleCase("Anmeldeschluss: 30. Juni 2025\n", [], none: [.startDate]),
    RuleCase("Seit 2019: Mitglied im Netzwerk\n", [], none: [.startDate]),
]

/// A bare event noun after `dem` refers back to the event named before; a town elsewhere in the sentence does not name it.
let round8EventsReferenceCases: [RuleCase] = [
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Deutsch-Chinesische Hafenforum statt. An dem Forum nahmen der Konsul in Hamburg, Li Wen, und Anna Roth teil.",
             ["attendee(3. Deutsch-Chinesisches Hafenforum | Li Wen)", "attendee(3. Deutsch-Chinesisches Hafenforum | Anna Roth)"]),
    RuleCase("Das 2. Deutsch-Polnische Energieforum fand am 3. Juni 2025 in Görlitz statt. An dem Treffen nahmen Jan Nowak und Eva Kurz aus Dresden teil.",
             ["attendee(2. Deutsch-Polnisches Energieforum | Jan Nowak)", "attendee(2. Deutsch-Polnisches Energieforum | Eva Kurz)"]),
    RuleCase("Die IHK Kassel organisierte in Freiburg eine Exkursion am 3. Mai 2025.", ["startDate(Exkursion in Freiburg | 2025-05-03)"]),
    // No event before: nothing to attend.
    RuleCase("An dem Forum nahmen der Konsul in Hamburg, Li Wen, und Anna Roth teil.", [], none: [.attendee]),
]

/// Members of an association named by a definite noun or a possessive after its name.
let round8EventsMembershipCases: [RuleCase] = [
    RuleCase("Der Städtebund Oberrhein zählt 30 Mitglieder. Dem Bund gehören unter anderem Kehl, Lahr und Offenburg an.",
             ["memberOf(Kehl | Städtebund Oberrhein)", "memberOf(Lahr | Städtebund Oberrhein)", "memberOf(Offenburg | Städtebund Oberrhein)"]),
    RuleCase("Der Verband Solarindustrie Thüringen e. V. wurde 2015 gegründet. Im März trat die Stadt Weimar dem Verband bei.",
             ["memberOf(Weimar | Verband Solarindustrie Thüringen e. V.)"]),
    RuleCase("Der Freundeskreis Kiel–Qingdao e. V. lud zur Versammlung ein. Als neues Mitglied begrüßte der Verein die Stadt Eckernförde.",
             ["memberOf(Eckernförde | Freundeskreis Kiel-Qingdao e. V.)"]),
    RuleCase("Der Verband Batterie Nord e. V. hat 60 Mitglieder. Zu seinen Mitgliedern zählen die Lenz Akku GmbH und die Stadt Husum.",
             ["memberOf(Lenz Akku GmbH | Verband Batterie Nord e. V.)", "memberOf(Husum | Verband Batterie Nord e. V.)"]),
    RuleCase("Das Netzwerk Ostseehäfen wächst. Das Netzwerk zählt 20 Mitglieder. Zu den Mitgliedern zählen die Städte Wismar und Stralsund.",
             ["memberOf(Wismar | Netzwerk Ostseehäfen)", "memberOf(Stralsund | Netzwerk Ostseehäfen)"]),
    RuleCase("Das Netzwerk Ostseehäfen wächst. Die Mitgliedsstädte Wismar, Stralsund und Greifswald bilden eine Arbeitsgruppe.",
             ["memberOf(Wismar | Netzwerk Ostseehäfen)", "memberOf(Stralsund | Netzwerk Ostseehäfen)", "memberOf(Greifswald | Netzwerk Ostseehäfen)"]),
    RuleCase("Der Verband Solarindustrie Thüringen e. V. tagte in Erfurt. Eng arbeitet er mit der Lenz Akku GmbH zusammen, die seit 2019 Mitglied des Verbands ist.",
             ["memberOf(Lenz Akku GmbH | Verband Solarindustrie Thüringen e. V.)"]),
    // A wish, a guest, and a noun with no association named before are no membership.
    RuleCase("Der Städtebund Oberrhein tagte. Die Stadt Kehl will dem Bund beitreten.", [], none: [.memberOf]),
    RuleCase("Die Stadt Kehl trat dem Verband bei.", [], none: [.memberOf]),
    RuleCase("Der Städtebund Oberrhein tagte. Die Stadt Kehl nahm als Gast an der Sitzung teil.", [], none: [.memberOf]),
    RuleCase("Zu den Mitgliedern zählen die Städte Wismar und Stralsund.", [], none: [.memberOf]),
    // A name after the noun is another association than the one named before.
    RuleCase("Der Verband Batterie Nord e. V. tagte. Die Stadt Husum ist Mitglied im Verein „Freunde des Watts e. V.“.",
             ["memberOf(Husum | Freunde des Watts e. V.)"]),
]

/// Founding: `ORG besteht seit YEAR` with the organisation as the subject; `die YEAR gegründete ORG` keeps its year when the
/// sentence names other dates; `ORG wurde vor N Jahren gegründet` with the document's year.
let round8EventsFoundingCases: [RuleCase] = [
    RuleCase("Der Freundeskreis Jena-Pécs e. V. besteht seit 1992 und zählt 80 Mitglieder.",
             ["foundingDate(Freundeskreis Jena-Pécs e. V. | 1992)"]),
    RuleCase("Die Deutsch-Vietnamesische Handelskammer besteht bereits seit 2004.", ["foundingDate(Deutsch-Vietnamesische Handelskammer | 2004)"]),
    RuleCase("Die 1998 gegründete Brandt & Sohn Feinmechanik GmbH stellt vom 31. März bis 4. April 2025 in Hannover aus.",
             ["foundingDate(Brandt & Sohn Feinmechanik GmbH | 1998)"]),
    RuleCase("Die 2003 gegründete Yantai Lianhe Trading Co., Ltd. eröffnete am 2. Mai 2025 ein Büro.", ["foundingDate(Yantai Lianhe Trading Co., Ltd. | 2003)"]),
    // `vor N Jahren` counts back from the document's year (the dateline's here).
    RuleCase("Jena, 3. Mai 2025 – Der Freundeskreis Jena-Pécs e. V. wurde vor 30 Jahren gegründet.",
             ["foundingDate(Freundeskreis Jena-Pécs e. V. | 1995)"]),
    RuleCase("Jena, 3. Mai 2025 – Die Nordwind Consult GmbH wurde vor 12 Jahren in Jena gegründet.",
             ["foundingDate(Nordwind Consult GmbH | 2013)"]),
    RuleCase("Der Freundeskreis Jena-Pécs e. V. wurde vor 30 Jahren gegründet.", [], none: [.foundingDate]),
    // Something else that exists since a year, and an organisation that is not the subject, are not founded then.
    RuleCase("Die Kooperation mit der IHK Erfurt besteht seit 2010.", [], none: [.foundingDate]),
    RuleCase("Die Partnerschaft zwischen Jena und Pécs besteht seit 1992.", [], none: [.foundingDate]),
]

/// Guests listed after a copula, present-tense participation with a noun that refers back, English conference names, a
/// heading that names the event of the paragraph below, a fronted event with its date before `lud … ein`, and the frame of
/// `im Rahmen der Messe`.
let round8EventsGuestCases: [RuleCase] = [
    RuleCase("Das 3. Deutsch-Chinesische Hafenforum fand am 4. Mai 2025 in Kiel statt. Gäste waren u. a. Konsul Li Wen und Vertreter der Stadt Qingdao.",
             ["attendee(3. Deutsch-Chinesisches Hafenforum | Li Wen)", "attendee(3. Deutsch-Chinesisches Hafenforum | Qingdao)"]),
    RuleCase("Das 3. Deutsch-Chinesische Hafenforum fand am 4. Mai 2025 in Kiel statt. Zu Gast waren Anna Roth, Präsidentin der Hochschule Kiel, und Vertreter der Partnerstädte Gdynia und Aarhus.",
             ["attendee(3. Deutsch-Chinesisches Hafenforum | Anna Roth)", "attendee(3. Deutsch-Chinesisches Hafenforum | Gdynia)",
              "attendee(3. Deutsch-Chinesisches Hafenforum | Aarhus)"]),
    RuleCase("Am 2. April 2025 lädt die IHK Kiel zum 2. Deutsch-Dänischen Energieforum ein. Teilnehmer sind Jan Ott vom Verband Windenergie Nord und Eva Kurz.",
             ["attendee(2. Deutsch-Dänisches Energieforum | Jan Ott)", "attendee(2. Deutsch-Dänisches Energieforum | Eva Kurz)"]),
    RuleCase("Vom 3. bis 7. Mai 2026 organisiert die IHK Köln eine Unternehmerreise nach Suzhou. An der Reise nehmen Landrat Tim Kolb und Jan Ott teil.",
             ["attendee(Unternehmerreise nach Suzhou | Tim Kolb)", "attendee(Unternehmerreise nach Suzhou | Jan Ott)"]),
    RuleCase("Die 2. Sino-German Battery Conference findet am 8. Mai 2025 in Wuxi statt.",
             ["startDate(2. Sino-German Battery Conference | 2025-05-08)", "location(2. Sino-German Battery Conference | Wuxi)"]),
    RuleCase("Unternehmerreise nach Chengdu\n\nVom 3. bis 8. Mai 2026 reisen zwölf Firmen aus dem Kreis Lippe nach Chengdu. Organisiert wird die Reise von der IHK Lippe zu Detmold.",
             ["startDate(Unternehmerreise nach Chengdu | 2026-05-03)", "organizer(Unternehmerreise nach Chengdu | IHK Lippe zu Detmold)"]),
    RuleCase("Zum 4. Deutsch-Chinesischen Mittelstandsforum am 9. Mai 2025 in Kassel lud die IHK Kassel-Marburg rund 100 Gäste ein.",
             ["organizer(4. Deutsch-Chinesisches Mittelstandsforum | IHK Kassel-Marburg)"]),
    RuleCase("Im Rahmen der Hannover Messe lädt die Lenz Pumpen GmbH am 2. April 2025 zu einem Fachgespräch „Wasser für Städte“ ein.",
             ["startDate(Fachgespräch \"Wasser für Städte\" | 2025-04-02)"]),
    // No event before, a guest list of another kind, and a plan: no attendees.
    RuleCase("Gäste waren u. a. Konsul Li Wen und Vertreter der Stadt Qingdao.", [], none: [.attendee]),
    RuleCase("Das 3. Deutsch-Chinesische Hafenforum fand am 4. Mai 2025 in Kiel statt. Gäste waren Anna Roth, Präsidentin der Hochschule Kiel.",
             ["attendee(3. Deutsch-Chinesisches Hafenforum | Anna Roth)"]),
    RuleCase("Vom 3. bis 7. Mai 2026 organisiert die IHK Köln eine Unternehmerreise nach Suzhou. An der Reise wollen Tim Kolb und Jan Ott teilnehmen.",
             [], none: [.attendee]),
    RuleCase("Unternehmerreise nach Chengdu\n\nDie Anmeldung ist bis zum 3. Mai 2026 möglich.", [], none: [.startDate]),
]

/// A company referred to as `die Agentur`, one more member after `…, außerdem der X`, a quoted title
/// that ends in a question mark, and a calendar line with the weekday after the colon.
let round8EventsMoreCases: [RuleCase] = [
    RuleCase("Partner ist die Haitong Consulting Co., Ltd. aus Ningbo. Die 2004 gegründete Agentur vermittelt Investoren.",
             ["foundingDate(Haitong Consulting Co., Ltd. | 2004)"]),
    RuleCase("Die Brenner Logistik GmbH baut in Kassel. Die 1998 gegründete Agentur beschäftigt 80 Menschen.",
             ["foundingDate(Brenner Logistik GmbH | 1998)"]),
    RuleCase("Die Brenner Logistik GmbH und die Yibin Glass Group bauen ein Lager. Die 1998 gegründete Agentur wächst.", [],
             none: [.foundingDate]),
    // An apposition names another company: the noun does not refer back, the founding is the named one's.
    RuleCase("Die Brenner Logistik GmbH baut in Kassel. Die 2024 gegründete Agentur, die Brenner Digital GmbH, wächst.",
             ["foundingDate(Brenner Digital GmbH | 2024)"]),
    RuleCase("Das Netzwerk Ostseehäfen tagte in Rostock. Im Mai trat die Stadt Wismar dem Netzwerk bei, außerdem der Landkreis Vorpommern-Greifswald.",
             ["memberOf(Wismar | Netzwerk Ostseehäfen)", "memberOf(Landkreis Vorpommern-Greifswald | Netzwerk Ostseehäfen)"]),
    RuleCase("Im Rahmen der Hannover Messe lädt die Lenz Pumpen GmbH am 2. April 2025 zu einem Fachgespräch „Wohin steuert China?“ ein.",
             ["startDate(Fachgespräch \"Wohin steuert China?\" | 2025-04-02)"]),
    RuleCase("Fachtag „Wasser in der Stadt“: Dienstag, 16.09.2025, Rathaus Erlangen\n",
             ["startDate(Fachtag \"Wasser in der Stadt\" | 2025-09-16)", "location(Fachtag \"Wasser in der Stadt\" | Rathaus Erlangen)"]),
    // A real question stays silent.
    RuleCase("Findet das 6. Deutsch-Chinesische Mittelstandsforum am 3. Mai 2026 in Ulm statt?", [], none: [.startDate]),
]

/// A member that belongs to an association named by a resolved short noun, and the town that closes an event's venue.
let round8EventsVenueCases: [RuleCase] = [
    RuleCase("Der Verband Batterie Nord e. V. hat 60 Mitglieder. Zu seinen Mitgliedern zählt die Stadt Husum. Seit Mai gehört auch die Hochschule Flensburg dem Verband an.",
             ["memberOf(Husum | Verband Batterie Nord e. V.)", "memberOf(Hochschule Flensburg | Verband Batterie Nord e. V.)"]),
    RuleCase("Das 3. Deutsch-Chinesische Hafenforum fand am 4. Mai 2025 im Rathaus Bamberg statt.",
             ["location(3. Deutsch-Chinesisches Hafenforum | Rathaus Bamberg)"]),
    RuleCase("Das 3. Deutsch-Chinesische Hafenforum fand am 4. Mai 2025 in der Stadthalle Göttingen statt.",
             ["location(3. Deutsch-Chinesisches Hafenforum | Göttingen)"]),
    // A venue whose name ends in no town, and an organisation the event is not in, are no place.
    RuleCase("Das 3. Deutsch-Chinesische Hafenforum fand am 4. Mai 2025 im Haus der Wirtschaft statt.", [], none: [.location]),
    RuleCase("Das 3. Deutsch-Chinesische Hafenforum fand am 4. Mai 2025 mit der IHK Kiel statt.", [], none: [.location]),
]

/// All cases of round eight on events, membership and founding.
let round8EventsRuleCases = round8EventsCalendarCases + round8EventsReferenceCases + round8EventsMembershipCases
    + round8EventsFoundingCases + round8EventsGuestCases + round8EventsMoreCases
    + round8EventsVenueCases

@Test("round eight events, membership and founding cases", arguments: round8EventsRuleCases)
func round8EventsRuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
