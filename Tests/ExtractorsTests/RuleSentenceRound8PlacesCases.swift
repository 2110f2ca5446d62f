import GraphCore
import Testing
@testable import Extractors

// Round eight, places: constructions found missing on the development corpus `Tests/Fixtures/press/dev6` (a town's
// partnership jubilee, a district's newsletter, a news agency report on a Chinese delegation, a company release with a
// full contact block, an association's Markdown newsletter, a city's partnership page in HTML, a local newspaper report).
// The sentences here are new ones with other names; each group has negative cases.

/// Partner lists: unknown foreign towns coordinated with a known place, with a country in parentheses or twice `in COUNTRY`;
/// multiword names (`St Ives`, `Le Pecq`, `Bad Ischl`, `Kiryat Ono`, `Ústí nad Labem`).
let round8PlacesListCases: [RuleCase] = [
    RuleCase("Die Stadt Meckenheim pflegt Partnerschaften mit Le Mée-sur-Seine (Frankreich), Kiryat Ono (Israel) und Bad Ischl (Österreich).",
             ["partnerOf(Meckenheim | Le Mée-sur-Seine)", "partnerOf(Meckenheim | Kiryat Ono)", "partnerOf(Meckenheim | Bad Ischl)",
              "containedInPlace(Le Mée-sur-Seine | Frankreich)", "containedInPlace(Kiryat Ono | Israel)",
              "containedInPlace(Bad Ischl | Österreich)"]),
    RuleCase("Die Gemeinde Wachtberg unterhält Partnerschaften mit Erfurt, Trebbin und Verneuil.",
             ["partnerOf(Wachtberg | Erfurt)", "partnerOf(Wachtberg | Trebbin)", "partnerOf(Wachtberg | Verneuil)"]),
    RuleCase("Die Stadt Sprockhövel pflegt Partnerschaften mit St Ives in England und Grodków in Polen.",
             ["partnerOf(Sprockhövel | St Ives)", "partnerOf(Sprockhövel | Grodków)", "containedInPlace(St Ives | England)",
              "containedInPlace(Grodków | Polen)"]),
    RuleCase("Partnerstädte der Gemeinde Rheurdt sind Zalaszentgrót (Ungarn), Le Pecq (Frankreich) und Ústí nad Labem.",
             ["partnerOf(Rheurdt | Zalaszentgrót)", "partnerOf(Rheurdt | Le Pecq)", "partnerOf(Rheurdt | Ústí nad Labem)"]),
    RuleCase("Partnerstädte der Stadt Bad Salzuflen sind Millau (Frankreich), Leicester und Stoke Poges.",
             ["partnerOf(Bad Salzuflen | Millau)", "partnerOf(Bad Salzuflen | Leicester)", "partnerOf(Bad Salzuflen | Stoke Poges)"]),
    // Plural nouns in a partner list are no towns; a list without a known place or a country names none.
    RuleCase("Die Stadt Meckenheim pflegt Partnerschaften mit Schulen, Vereinen und der Stadt Erfurt.", [],
             none: [.partnerOf, .containedInPlace]),
    RuleCase("Die Stadt Meckenheim pflegt Partnerschaften mit Brauereien, Sportvereinen und Chören.", [], none: [.partnerOf]),
    RuleCase("Die Gemeinde Wachtberg unterhält Partnerschaften mit Schulen in Frankreich.", [], none: [.partnerOf]),
]

/// The partner and its owner: a lower-case adjective before the cue, the town rather than its council, the owner named
/// in the sentence before, two towns sealing a partnership, a county between two coordinated towns.
let round8PlacesPartnerCases: [RuleCase] = [
    RuleCase("Der Stadtrat von Melle hat am Montag die Partnerschaft mit der polnischen Stadt Środa Śląska beschlossen.",
             ["partnerOf(Melle | Środa Śląska)"]),
    RuleCase("Der Gemeinderat der Stadt Lauffen hat die Partnerschaft mit der französischen Gemeinde Saint-Just beschlossen.",
             ["partnerOf(Lauffen | Saint-Just)"]),
    RuleCase("Der Kreistag des Landkreises Rastatt beschloss die Partnerschaft mit der ungarischen Stadt Pécs.",
             ["partnerOf(Landkreis Rastatt | Fünfkirchen)"]),
    RuleCase("Die Stadt Nidda hat drei Partnerstädte. Seit vielen Jahren bestehen Partnerschaften mit Mazères (Frankreich) und Fünfkirchen.",
             ["partnerOf(Nidda | Mazères)", "partnerOf(Nidda | Fünfkirchen)"]),
    RuleCase("Eine Delegation aus der Stadt Jiaxing hat am Dienstag Schwabach besucht und eine Städtepartnerschaft besiegelt.",
             ["partnerOf(Jiaxing | Schwabach)"]),
    RuleCase("Im Rathaus besiegelten die Gemeinde Vaterstetten im Landkreis Ebersberg und die Südtiroler Gemeinde Kastelruth ihre Partnerschaft.",
             ["partnerOf(Vaterstetten | Kastelruth)", "containedInPlace(Vaterstetten | Landkreis Ebersberg)"]),
    RuleCase("Am Samstag besiegelten die Stadt Bocholt im Kreis Borken und die Stadt Rossendale ihre Partnerschaft.",
             ["partnerOf(Bocholt | Rossendale)"]),
    // Plans are no partnerships.
    RuleCase("Die Stadt Nidda und die Stadt Mazères wollen eine Partnerschaft eingehen.", [], none: [.partnerOf]),
    RuleCase("Die Partnerschaft mit der Stadt Yiwu soll im Herbst besiegelt werden.", [], none: [.partnerOf]),
    RuleCase("Die Stadt Dreieich und die Stadt Jiaxing streben eine Partnerschaft an.", [], none: [.partnerOf]),
    RuleCase("Eine Delegation aus Jiaxing hat Schwabach, Nürnberg und Fürth besucht und eine Partnerschaft besiegelt.", [], none: [.partnerOf]),
]

/// Twinned towns without a partnership noun: `verschwistert`, `partnerschaftlich verbunden`, `verbunden` with a partnership
/// noun in the sentence.
let round8PlacesTwinningCases: [RuleCase] = [
    RuleCase("Die Stadt Lauf ist seit 1990 mit Brive in Frankreich verschwistert.", ["partnerOf(Lauf | Brive)"]),
    RuleCase("Rinteln ist seit 1972 mit Montreuil-Bellay in Frankreich verschwistert.",
             ["partnerOf(Rinteln | Montreuil-Bellay)", "containedInPlace(Montreuil-Bellay | Frankreich)"]),
    RuleCase("Die Stadt Uelzen ist mit der Stadt Barnstaple partnerschaftlich verbunden.", ["partnerOf(Uelzen | Barnstaple)"]),
    RuleCase("Weingarten ist mit der Stadt Bad Radkersburg verbunden; diese Partnerschaft besteht seit 1986.",
             ["partnerOf(Weingarten | Bad Radkersburg)"]),
    // A road or a friendship is no partnership; a plan to twin is none.
    RuleCase("Die Stadt Lauf ist mit der Stadt Nürnberg durch eine Straßenbahn verbunden.", [], none: [.partnerOf]),
    RuleCase("Die Stadt Lauf ist mit der Stadt Brive freundschaftlich verbunden.", [], none: [.partnerOf]),
    RuleCase("Die Stadt Lauf will mit der Stadt Brive verschwistert werden.", [], none: [.partnerOf]),
]

/// Small towns known from a cue: a dateline, `im … Kreis`, a town noun in apposition; counties named by a compound or an
/// `-isch` adjective; containment after `ebenfalls`, `in der` with a region, a district in a country.
let round8PlacesTownCases: [RuleCase] = [
    RuleCase("Laichingen, 3. März 2025 – Die Firma Walz Metall GmbH aus Laichingen im Alb-Donau-Kreis hat 40 neue Mitarbeiter.",
             ["containedInPlace(Laichingen | Alb-Donau-Kreis)"]),
    RuleCase("Die Brauerei liegt in Burscheid im Rheinisch-Bergischen Kreis.", ["containedInPlace(Burscheid | Rheinisch-Bergischer Kreis)"]),
    RuleCase("Der Verein aus Eitorf im Rhein-Sieg-Kreis lud zum Sommerfest ein.", ["containedInPlace(Eitorf | Rhein-Sieg-Kreis)"]),
    RuleCase("Das Werk steht in Haining, einer Stadt in der Provinz Zhejiang.", ["containedInPlace(Haining | Zhejiang)"]),
    RuleCase("Der Hafen liegt in Jiangyin, einer Stadt im Süden der Provinz Jiangsu.", ["containedInPlace(Jiangyin | Jiangsu)"]),
    RuleCase("Die Gruppe reiste weiter nach Shaoxing, ebenfalls in der Provinz Zhejiang.", ["containedInPlace(Shaoxing | Zhejiang)"]),
    RuleCase("Die Partnerstadt Honfleur in der Normandie feiert ein Jubiläum.", ["containedInPlace(Honfleur | Normandie)"]),
    RuleCase("Im Gespräch ist eine Freundschaft mit dem Bezirk Minhang in Shanghai.", ["containedInPlace(Bezirk Minhang | Shanghai)"]),
    RuleCase("Die Delegation kam aus dem Bezirk Pudong in Shanghai und reiste weiter.", ["containedInPlace(Bezirk Pudong | Shanghai)"]),
    RuleCase("Vertreten waren der Bezirk Haidian in Peking, der Bezirk Tábor in Tschechien und der Bezirk Spandau in Berlin.",
             ["containedInPlace(Bezirk Haidian | Peking)", "containedInPlace(Bezirk Tábor | Tschechien)", "containedInPlace(Bezirk Spandau | Berlin)"]),
    RuleCase("Der Landkreis Harz in Magdeburg wurde ausgezeichnet.", [], none: [.containedInPlace]),
    RuleCase("Der Kreistag beschloss die Partnerschaft mit dem Bezirk Tábor in Tschechien.", ["containedInPlace(Bezirk Tábor | Tschechien)"]),
    RuleCase("Zu Gast war der Bürgermeister der Partnerstadt Ladispoli in Latium.", ["containedInPlace(Ladispoli | Latium)"]),
    RuleCase("Der Rat hat die Stadt Vitré in Frankreich besucht.", ["containedInPlace(Vitré | Frankreich)"]),
    RuleCase("Auch die Nachbargemeinde Pullach im Landkreis München feierte mit.", ["containedInPlace(Pullach | Landkreis München)"]),
    RuleCase("Die Nachbarstadt Karben ist seit 1987 mit Saint-Égrève in Frankreich verschwistert.", ["partnerOf(Karben | Saint-Égrève)"]),
    RuleCase("Die Nachbarkommune Lohmar im Rhein-Sieg-Kreis meldete Zuwachs.", ["containedInPlace(Lohmar | Rhein-Sieg-Kreis)"]),
    // A common noun before `im Kreis` or a comma is no town.
    RuleCase("Die Nachbarstadt im Landkreis München meldete Zuwachs.", [], none: [.containedInPlace]),
    RuleCase("Das Unternehmen im Kreis Kleve wächst.", [], none: [.containedInPlace]),
    RuleCase("Das Projekt, eine Gemeinde in der Provinz Zhejiang zu unterstützen, läuft.", [], none: [.containedInPlace]),
    RuleCase("Mitarbeiter aus Betrieben im Rhein-Sieg-Kreis nahmen teil.", [], none: [.containedInPlace]),
]

/// Contact values inside a sentence, a trunk zero in parentheses, an imprint block with bar-separated numbers.
let round8PlacesContactCases: [RuleCase] = [
    RuleCase("Anmeldungen nimmt Kassenwart Jonas Brehm unter der Nummer 0521 88 14 entgegen.", ["telephone(Jonas Brehm | 0521 88 14)"]),
    RuleCase("Ansprechpartnerin ist die Vorsitzende Ilse Horn, erreichbar unter 06031 4471 oder per E-Mail an horn@verein-nidda.example.",
             ["telephone(Ilse Horn | 06031 4471)", "email(Ilse Horn | horn@verein-nidda.example)"]),
    RuleCase("Interessierte melden sich bei Projektleiterin Sara Kühn unter Telefon 0911 231-4455 oder per Mail an kuehn@ihk-nbg.example.",
             ["telephone(Sara Kühn | 0911 231-4455)", "email(Sara Kühn | kuehn@ihk-nbg.example)"]),
    RuleCase("Fragen beantwortet Tim Vogt, Tel. 0231 50-2211, Fax 0231 50-2299.",
             ["telephone(Tim Vogt | 0231 50-2211)", "faxNumber(Tim Vogt | 0231 50-2299)"]),
    RuleCase("Pressekontakt:\nLena Ort\nOrt Maschinenbau GmbH\nTel.: +49 (0)7361 5540-12\nFax: +49 (0)7361 5540-99\n",
             ["telephone(Ort Maschinenbau GmbH | +49 7361 5540-12)", "faxNumber(Ort Maschinenbau GmbH | +49 7361 5540-99)"]),
    RuleCase("Impressum\nVerein Städtefreunde Nidda e. V.\nMarkt 4, 63667 Nidda\nTel. 06043 8000-0 | Fax 06043 8000-9\n",
             ["telephone(Verein Städtefreunde Nidda e. V. | 06043 8000-0)", "faxNumber(Verein Städtefreunde Nidda e. V. | 06043 8000-9)"]),
    // Prices and counts are no numbers to call; nobody named, nobody reachable.
    RuleCase("Die Stadt Nidda fördert Vereine mit Beträgen unter 05000 Euro.", [], none: [.telephone]),
    RuleCase("Die Karten kosten unter 20 Euro, sagte Jonas Brehm.", [], none: [.telephone]),
    RuleCase("Anmeldungen sind unter 0521 88 14 möglich.", [], none: [.telephone]),
]

/// All cases of the places part of round eight.
let round8PlacesRuleCases = round8PlacesListCases + round8PlacesPartnerCases + round8PlacesTwinningCases + round8PlacesTownCases
    + round8PlacesContactCases

@Test("round eight places cases", arguments: round8PlacesRuleCases)
func round8PlacesRuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
