import GraphCore
import Testing
@testable import Extractors

// Round ten (events): who organises, hosts and attends events, in constructions of real press releases that the earlier rounds did
// not cover, written for this table (no corpus sentence). Each group has negative cases.

/// Events named by a bare noun that their organiser owns or invites to: `Zu ihrem Neujahrsempfang hatte die Stadt X eingeladen`,
/// `unserem Innovationstag`, `der Mitgliederversammlung unseres Vereins`, `lud … zu einem Empfang ein`.
let round10EventsOwnCases: [RuleCase] = [
    RuleCase("Zu ihrem traditionellen Sommerempfang hatte die Stadt Bottrop am 4. Juli 2025 rund 300 Gäste eingeladen.",
             ["organizer(Sommerempfang in Bottrop | Bottrop)", "startDate(Sommerempfang in Bottrop | 2025-07-04)"]),
    RuleCase("Die IHK Kassel-Marburg lädt am 12. März 2026 zu ihrem Jahresempfang nach Kassel ein.",
             ["organizer(Jahresempfang in Kassel | IHK Kassel-Marburg)", "startDate(Jahresempfang in Kassel | 2026-03-12)", "location(Jahresempfang in Kassel | Kassel)"]),
    RuleCase("Die Lippe Sensorik GmbH zieht Bilanz. Über 200 Gäste kamen am 5. Mai 2025 zu unserem Innovationstag nach Paderborn.",
             ["organizer(Innovationstag in Paderborn | Lippe Sensorik GmbH)", "startDate(Innovationstag in Paderborn | 2025-05-05)", "location(Innovationstag in Paderborn | Paderborn)"]),
    RuleCase("Rundbrief der Deutsch-Chinesischen Gesellschaft Kiel e. V.\n\nDie diesjährige Mitgliederversammlung unseres Vereins fand am 8. März 2025 im Kieler Rathaus statt.",
             ["organizer(Mitgliederversammlung von Deutsch-Chinesische Gesellschaft Kiel e. V. | Deutsch-Chinesische Gesellschaft Kiel e. V.)", "startDate(Mitgliederversammlung von Deutsch-Chinesische Gesellschaft Kiel e. V. | 2025-03-08)"]),
    RuleCase("Die Wirtschaftsförderung Bocholt hatte am 3. Mai 2025 gemeinsam mit der Handwerkskammer Münster zu einem Unternehmerfrühstück eingeladen.",
             ["organizer(Unternehmerfrühstück von Wirtschaftsförderung Bocholt | Wirtschaftsförderung Bocholt)", "organizer(Unternehmerfrühstück von Wirtschaftsförderung Bocholt | Handwerkskammer Münster)", "startDate(Unternehmerfrühstück von Wirtschaftsförderung Bocholt | 2025-05-03)"]),
    RuleCase("Am Abend lud Oberbürgermeister Jan Rautenberg die Gäste zu einem Empfang in Görlitz ein.",
             ["organizer(Empfang in Görlitz | Jan Rautenberg)"]),
    RuleCase("Zum Abschluss lud Bautzens Oberbürgermeisterin Eva Sorge die Delegation zu einem Empfang ins Alte Rathaus ein.",
             ["organizer(Empfang in Bautzen | Eva Sorge)"]),
    RuleCase("Die Stadt Bottrop blickt gern auf ihren Neujahrsempfang zurück.",
             [], none: [.organizer, .startDate]),
    RuleCase("Lädt die Stadt Bottrop am 4. Juli 2025 zu ihrem Sommerempfang ein?",
             [], none: [.organizer, .startDate]),
    RuleCase("Am 4. Juli 2025 sprach die Stadt Bottrop über einen Empfang.",
             [], none: [.organizer]),
    RuleCase("Die Lippe Sensorik GmbH zieht Bilanz. „Unser Sommerfest am 5. Mai 2025 in Paderborn war ein Erfolg“, sagte Anna Roth.",
             [], none: [.organizer]),
]

/// The leader of a delegation attends the event reported: `unter Leitung von`, `Angeführt wurde die Delegation von`, `An der Spitze der
/// Delegation stand`.
let round10EventsLeaderCases: [RuleCase] = [
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Eine Delegation aus Qingdao unter Leitung von Vizebürgermeister Li Wen war angereist.",
             ["attendee(3. Hafenforum | Li Wen)", "attendee(3. Hafenforum | Qingdao)"]),
    RuleCase("Vom 3. bis 8. Mai 2026 fand die Unternehmerreise nach Chengdu statt. Angeführt wurde die Delegation von IHK-Präsident Jan Rau.",
             ["attendee(Unternehmerreise nach Chengdu | Jan Rau)"]),
    RuleCase("Vom 3. bis 8. Mai 2026 fand die Unternehmerreise nach Chengdu statt. Die Delegation wurde von Landrätin Eva Brandt angeführt.",
             ["attendee(Unternehmerreise nach Chengdu | Eva Brandt)"]),
    RuleCase("Vom 3. bis 8. Mai 2026 fand die Unternehmerreise nach Chengdu statt. An der Spitze der Delegation stand Staatssekretär Karl Weber.",
             ["attendee(Unternehmerreise nach Chengdu | Karl Weber)"]),
    RuleCase("Das Projekt unter Leitung von Professorin Anna Roth startet 2026.",
             [], none: [.attendee]),
    RuleCase("Eine Delegation unter Leitung von Bürgermeister Jan Rau reiste nach Wuhan.",
             [], none: [.attendee]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Im Juni reist eine Delegation unter Leitung von Bürgermeister Jan Rau nach Wuhan.",
             [], none: [.attendee]),
]

/// Guests who followed the invitation or travelled to the event: `Der Einladung folgten`, `folgte der Einladung`, `angereist war`.
let round10EventsAcceptedCases: [RuleCase] = [
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Der Einladung folgten Konsul Li Wen und Landrätin Eva Roth.",
             ["attendee(3. Hafenforum | Li Wen)", "attendee(3. Hafenforum | Eva Roth)"]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Auch Landtagspräsidentin Anna Berg folgte der Einladung.",
             ["attendee(3. Hafenforum | Anna Berg)"]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Aus Shanghai angereist war Vizebürgermeister Zhou Bin.",
             ["attendee(3. Hafenforum | Zhou Bin)"]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Der Einladung folgten keine Vertreter der Stadt Lübeck.",
             [], none: [.attendee]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Die Stadt Kiel folgte der Empfehlung von Anna Berg.",
             [], none: [.attendee]),
]

/// Guest lists: `Unter den Gästen begrüßte X A und B`, `Vertreten waren die Städte A, B, auf chinesischer Seite C`, `Zu Gast war`,
/// `…; mit dabei war`.
let round10EventsGuestCases: [RuleCase] = [
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Unter den Gästen begrüßte die Oberbürgermeisterin den Konsul Li Wen und die Präsidentin der Hochschule Kiel, Anna Berg.",
             ["attendee(3. Hafenforum | Li Wen)", "attendee(3. Hafenforum | Anna Berg)"]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Vertreten waren die Städte Bonn, Köln und Aachen, auf chinesischer Seite Wuhan und Chengdu.",
             ["attendee(3. Hafenforum | Bonn)", "attendee(3. Hafenforum | Köln)", "attendee(3. Hafenforum | Aachen)", "attendee(3. Hafenforum | Wuhan)", "attendee(3. Hafenforum | Chengdu)"]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Zu Gast war eine Jugendmannschaft der Sportschule Shenyang.",
             ["attendee(3. Hafenforum | Sportschule Shenyang)"]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Geleitet wurde es von der Stadt Kiel; mit dabei war auch Landrätin Eva Roth.",
             ["attendee(3. Hafenforum | Eva Roth)"]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Vertreten waren viele Städte.",
             [], none: [.attendee]),
]

/// Hosts: `Gastgeberin des Abends war`, `war die Stadt X Gastgeberin des …`, `Veranstalter des Workshops waren …; als Mitveranstalterin
/// war …`, `eine gemeinsame Veranstaltung von`, `unserem Mitveranstalter, der X`.
let round10EventsHostCases: [RuleCase] = [
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Gastgeberin des Abends war Oberbürgermeisterin Anna Berg.",
             ["organizer(3. Hafenforum | Anna Berg)"]),
    RuleCase("Am 23. Juni 2025 war die Stadt Rostock Gastgeberin des 2. Ostseeforums.",
             ["organizer(2. Ostseeforum | Rostock)"]),
    RuleCase("Am 3. Mai 2025 fand in Jena das 4. Optikforum statt. Veranstalter des Forums waren das Institut für Photonik der Universität Jena und die IHK Ostthüringen.",
             ["organizer(4. Optikforum | Institut für Photonik der Universität Jena)", "organizer(4. Optikforum | IHK Ostthüringen)"]),
    RuleCase("Am 3. Mai 2025 fand der Workshop „Meer und Klima“ in Rostock statt. Veranstalter des Workshops waren die Universität Rostock und die Hochschule Wismar; als Mitveranstalterin war die Stadt Rostock beteiligt.",
             ["organizer(Workshop \"Meer und Klima\" | Universität Rostock)", "organizer(Workshop \"Meer und Klima\" | Hochschule Wismar)", "organizer(Workshop \"Meer und Klima\" | Rostock)"]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Das Forum ist eine gemeinsame Veranstaltung von der Stadt Kiel und der IHK Kiel.",
             ["organizer(3. Hafenforum | Kiel)", "organizer(3. Hafenforum | IHK Kiel)"]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Unser Dank gilt unserem Mitveranstalter, der Wirtschaftsförderung Kiel.",
             ["organizer(3. Hafenforum | Wirtschaftsförderung Kiel)"]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Gastgeberin des Abends war gut gelaunt.",
             [], none: [.organizer]),
    RuleCase("Das Projekt ist eine gemeinsame Initiative von der Stadt Kiel und der IHK Kiel.",
             [], none: [.organizer]),
]

/// Organisers named by participles and clauses: `die von X gemeinsam mit Y organisierte Reise`, `Organisiert hatte das Turnier X`,
/// `EVENT …, zu dem X eingeladen hatte`, `Die Reise hatten wir … organisiert`, `Im Mai richtet X das Fest aus`, a district in the genitive.
let round10EventsOrganizerCases: [RuleCase] = [
    RuleCase("Die von der IHK Chemnitz gemeinsam mit der Wirtschaftsförderung Sachsen organisierte Unternehmerreise nach Chengdu endete am 18. Mai 2025.",
             ["organizer(Unternehmerreise nach Chengdu | IHK Chemnitz)", "organizer(Unternehmerreise nach Chengdu | Wirtschaftsförderung Sachsen)"]),
    RuleCase("Die von der Universität Rostock veranstaltete Deutsch-Chinesische Sommerschule begann am 14. Juli 2025.",
             ["organizer(Deutsch-Chinesische Sommerschule | Universität Rostock)"]),
    RuleCase("Im Mai 2026 richtet Zibo das Internationale Keramikfestival aus.",
             ["organizer(Internationale Keramikfestival | Zibo)"]),
    RuleCase("Die Delegationsreise des Lahn-Dill-Kreises nach Jiangsu begann am 14. Juli 2025.",
             ["organizer(Delegationsreise des Lahn-Dill-Kreises | Lahn-Dill-Kreis)"]),
    RuleCase("Am 2. August 2025 richtete der TTC Blau-Gold Kiel e. V. ein Freundschaftsturnier aus. Organisiert hatte das Turnier Jugendwart Felix Brand.",
             ["organizer(Freundschaftsturnier | TTC Blau-Gold Kiel e. V.)", "organizer(Freundschaftsturnier | Felix Brand)", "startDate(Freundschaftsturnier | 2025-08-02)"]),
    RuleCase("In Chongqing stand ein Kooperationsforum auf dem Programm, zu dem die Handelskammer Chongqing gemeinsam mit der AHK China eingeladen hatte.",
             ["organizer(Kooperationsforum in Chongqing | Handelskammer Chongqing)", "organizer(Kooperationsforum in Chongqing | AHK China)"]),
    RuleCase("Rundbrief des Freundeskreises Kiel-Qingdao e. V.\n\nBürgerreise nach Qingdao\n\nVom 3. bis 13. Oktober 2025 reisten 20 Mitglieder nach Qingdao. Die Reise hatten wir in Zusammenarbeit mit der Stadtregierung Qingdao organisiert.",
             ["organizer(Bürgerreise nach Qingdao | Freundeskreis Kiel-Qingdao e. V.)", "organizer(Bürgerreise nach Qingdao | Stadtregierung Qingdao)"]),
    RuleCase("Die von der IHK Chemnitz geplante Unternehmerreise nach Chengdu fällt aus.",
             [], none: [.organizer]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Organisiert hatte sich die Gruppe selbst.",
             [], none: [.organizer]),
]

/// Speakers: `Eröffnet wurde der Workshop von X`, `Die Keynotes hielten A und B`, `Als Gastredner sprach X`, `Die Siegerehrung nahm X vor`,
/// `Auf dem Podium sprachen A und B`.
let round10EventsSpeakerCases: [RuleCase] = [
    RuleCase("Am 3. Mai 2025 fand der Workshop „Meer und Klima“ in Rostock statt. Eröffnet wurde der Workshop von Rektorin Anna Berg.",
             ["attendee(Workshop \"Meer und Klima\" | Anna Berg)"]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Die Keynotes hielten Prof. Wang Jun und Dr. Ewa Nowak.",
             ["attendee(3. Hafenforum | Wang Jun)", "attendee(3. Hafenforum | Ewa Nowak)"]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Als Gastredner sprach Prof. Dr. Jörg Albers über Antriebe.",
             ["attendee(3. Hafenforum | Jörg Albers)"]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Die Siegerehrung nahm Oberbürgermeister Lars Hellmann vor.",
             ["attendee(3. Hafenforum | Lars Hellmann)"]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Auf dem Podium sprachen Bürgermeister Volker Hesse und Xu Dawei.",
             ["attendee(3. Hafenforum | Volker Hesse)", "attendee(3. Hafenforum | Xu Dawei)"]),
    RuleCase("Am 4. Mai 2025 fand in Kiel das 3. Hafenforum statt. Die Keynotes hielten wir kurz.",
             [], none: [.attendee]),
]

/// All cases of round ten on events.
let round10EventsRuleCases = round10EventsOwnCases + round10EventsLeaderCases + round10EventsAcceptedCases + round10EventsGuestCases + round10EventsHostCases + round10EventsOrganizerCases + round10EventsSpeakerCases

@Test("round ten events cases", arguments: round10EventsRuleCases)
func round10EventsRuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
