import GraphCore
import Testing
@testable import Extractors

// Round seven, third part: constructions found missing on the development corpus `Tests/Fixtures/press/dev3` (a consulate's
// web news, a district office, a trade-fair release, an institute's anniversary, a regional newspaper, a business development
// newsletter, a town council's decision, a school exchange). The sentences here are new ones with other names; each group has
// negative cases.

/// Partnerships: towns listed with their country after `Partnerschaften mit`, a `Städtefreundschaft` as the bond.
let round7Dev3PartnershipCases: [RuleCase] = [
    RuleCase("Die Stadt Bensheim pflegt Partnerschaften mit Beaune in Frankreich und Mohács in Ungarn.",
             ["partnerOf(Bensheim | Beaune)", "partnerOf(Bensheim | Mohács)",
              "containedInPlace(Beaune | Frankreich)", "containedInPlace(Mohács | Ungarn)"]),
    RuleCase("Seit 2012 sind Speyer und die Stadt Ningbo durch eine Städtefreundschaft verbunden.", ["partnerOf(Speyer | Ningbo)"]),
    // A plan names no partner; a friendship to be examined is none yet.
    RuleCase("Die Stadt Bensheim plant weitere Partnerschaften in Frankreich.", [], none: [.partnerOf]),
    RuleCase("Speyer und Ningbo wollen eine Städtefreundschaft prüfen.", [], none: [.partnerOf]),
]

/// A town right before `in COUNTRY`, not the start of a route.
let round7Dev3CountryCases: [RuleCase] = [
    RuleCase("Zu Gast waren Vertreter aus Gliwice in Polen und aus Ostrava in Tschechien.",
             ["containedInPlace(Gleiwitz | Polen)", "containedInPlace(Ostrau | Tschechien)"]),
    RuleCase("Der Güterzug fuhr von Duisburg in Polen ein.", [], none: [.containedInPlace]),
]

/// Journeys and meetings named by `…reise` and `…stammtisch`: the destination in the name is the event's place.
let round7Dev3EventCases: [RuleCase] = [
    RuleCase("Vom 3. bis 7. Mai 2026 organisiert die IHK Köln eine Unternehmerreise nach Suzhou.",
             ["location(Unternehmerreise nach Suzhou | Suzhou)", "startDate(Unternehmerreise nach Suzhou | 2026-05-03)"]),
    RuleCase("Die Handwerkskammer Trier lädt am 4. Juni 2026 zu einer Informationsreise nach Breslau ein.",
             ["location(Informationsreise nach Breslau | Breslau)", "startDate(Informationsreise nach Breslau | 2026-06-04)",
              "organizer(Informationsreise nach Breslau | Handwerkskammer Trier)"]),
    RuleCase("Der nächste Unternehmerstammtisch findet am 12. März 2026 in Bochum statt.",
             ["startDate(Unternehmerstammtisch in Bochum | 2026-03-12)", "location(Unternehmerstammtisch in Bochum | Bochum)"]),
    // A price list and a journey back home are no events.
    RuleCase("Die Preise steigen seit dem 3. Mai 2026 in Bochum.", [], none: [.startDate, .location]),
]

/// A contact block opened by `Für Fragen steht ORG zur Verfügung:`.
let round7Dev3ContactCases: [RuleCase] = [
    RuleCase("Für Rückfragen steht die Wirtschaftsförderung Lausitz GmbH zur Verfügung:\nTel.: 0355 207-0\nE-Mail: info@wf-lausitz.example\n",
             ["telephone(Wirtschaftsförderung Lausitz GmbH | 0355 207-0)", "email(Wirtschaftsförderung Lausitz GmbH | info@wf-lausitz.example)"]),
    RuleCase("Für Fragen steht Ihnen Dr. Jana Ulrich gern zur Verfügung:\nTel.: 0351 488-12\n", ["telephone(Jana Ulrich | 0351 488-12)"]),
    // Nobody named: the block has no owner.
    RuleCase("Für Fragen steht das Team gern zur Verfügung:\nTel.: 0231 1234-5\n", [], none: [.telephone]),
]

/// Roles: school and plant roles, the district's chief official, a field after `für` and a department before the
/// organisation.
let round7Dev3RoleCases: [RuleCase] = [
    RuleCase("Lehrerin Anna Berg begleitet die Gruppe nach Hefei.", ["holdsRole(Anna Berg | Lehrerin)"]),
    RuleCase("Werkleiter Jan Ott führte die Gäste durch die Halle.", ["holdsRole(Jan Ott | Werkleiter)"]),
    RuleCase("Die Erste Landesbeamtin des Landkreises Tübingen, Dr. Eva Roth, eröffnete die Sitzung.",
             ["holdsRole(Eva Roth | erste Landesbeamtin | Landkreis Tübingen)"]),
    RuleCase("Die Prorektorin für Forschung der Universität Kassel, Prof. Dr. Ina Weber, begrüßte die Gäste.",
             ["holdsRole(Ina Weber | Prorektorin | Universität Kassel)"]),
    RuleCase("Jan Roth, Professor für Informatik an der Universität Passau, hielt den Vortrag.",
             ["holdsRole(Jan Roth | Professor | Universität Passau)"]),
    RuleCase("Li Na, Leiterin der Handelsabteilung der Botschaft der Volksrepublik China, sprach über Investitionen.",
             ["holdsRole(Li Na | Leiterin | Botschaft der Volksrepublik China)"]),
    // A field without an organisation after it keeps the post without one; an unknown genitive that is no department names none.
    RuleCase("Tom Weiss, Beauftragter für Europa, sprach.", [], none: [.memberOf]),
]

/// Signing inside a relative clause after a copula, a month before the place, a company's town after `Co., Ltd.`.
let round7Dev3SigningCases: [RuleCase] = [
    RuleCase("Grundlage ist ein Vertrag, den Landrat Tim Kolb und der Bürgermeister von Wuxi, Li Gang, im Mai in Wuxi unterzeichnet hatten.",
             ["signatory(Vertrag zwischen Tim Kolb und Li Gang | Tim Kolb)", "signatory(Vertrag zwischen Tim Kolb und Li Gang | Li Gang)",
              "location(Vertrag zwischen Tim Kolb und Li Gang | Wuxi)"]),
    RuleCase("Die Hanwei Textile Co., Ltd. aus Ningbo hat in Hamburg ein Büro eröffnet.",
             ["location(Hanwei Textile Co., Ltd. | Ningbo)", "location(Hanwei Textile Co., Ltd. | Hamburg)"]),
    RuleCase("Die Haitong Valves Co., Ltd. aus Wenzhou hat in Krefeld ein Verbindungsbüro eröffnet.",
             ["location(Haitong Valves Co., Ltd. | Wenzhou)", "location(Haitong Valves Co., Ltd. | Krefeld)"]),
    RuleCase("Die Lenz Pumpen GmbH hat in Suzhou eine Niederlassung eröffnet.", ["location(Lenz Pumpen GmbH | Suzhou)"]),
    RuleCase("Die Tianli Motor GmbH hat in Weil am Rhein eine Vertriebsniederlassung eröffnet.", ["location(Tianli Motor GmbH | Weil am Rhein)"]),
    // The finite verb right after the subject, or before it when something else opens the sentence.
    RuleCase("Die Kröger Antriebe GmbH eröffnete in Changzhou eine Vertriebsniederlassung.", ["location(Kröger Antriebe GmbH | Changzhou)"]),
    RuleCase("Im Frühjahr eröffnete die Jinhai Optics GmbH in Jena ein Verbindungsbüro.", ["location(Jinhai Optics GmbH | Jena)"]),
    RuleCase("Die Wendt Logistik AG eröffnete ein Büro in Taicang.", ["location(Wendt Logistik AG | Taicang)"]),
    RuleCase("Die Agentur Nordost GmbH eröffnete in Rostock ein Netzwerk.", [], none: [.location]),
    RuleCase("Mit Hilfe der IHK Kiel eröffnete die Stadt Kiel in Wuhan ein Büro.", [], none: [.location]),
    // The town opens nothing, and a network opened in a town is no premises of the organisation before it.
    RuleCase("Mit Hilfe der IHK Kiel hat die Stadt Kiel in Wuhan ein Büro eröffnet.", [], none: [.location]),
    RuleCase("Die Agentur Nordost GmbH hat in Rostock ein Netzwerk eröffnet.", [], none: [.location]),
    // A contract that was only discussed has no signatories.
    RuleCase("Grundlage ist ein Vertrag, den Landrat Tim Kolb und Li Gang im Mai besprochen hatten.", [], none: [.signatory]),
]

/// All cases of the third part of round seven.
let round7Dev3RuleCases = round7Dev3PartnershipCases + round7Dev3CountryCases + round7Dev3EventCases + round7Dev3ContactCases
    + round7Dev3RoleCases + round7Dev3SigningCases

@Test("round seven third development corpus cases", arguments: round7Dev3RuleCases)
func round7Dev3RuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
