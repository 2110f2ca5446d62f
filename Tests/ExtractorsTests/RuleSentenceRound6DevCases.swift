import GraphCore
import Testing
@testable import Extractors

// Round six, third part: constructions of press releases that the event and people tables of this round still missed,
// found on a development corpus of releases written for the project (`Tests/Fixtures/press/dev`); the sentences here are
// new ones with other names. Each group has negative cases.

/// Organisation names: a `für` complement after the place, `IHK zu CITY`, the English `City` inside a name.
let round6DevOrganizationCases: [RuleCase] = [
    RuleCase("Die IHK Würzburg für Mainfranken (IHK) lädt zum Exporttag ein.",
             ["alias(IHK Würzburg für Mainfranken | IHK)"]),
    RuleCase("Die Industrie- und Handelskammer Passau für Niederbayern hat ihren Sitz in Passau.",
             ["location(Industrie- und Handelskammer Passau für Niederbayern | Passau)"]),
    RuleCase("Die IHK zu Rostock hat ihren Sitz in Rostock.", ["location(IHK zu Rostock | Rostock)"]),
    RuleCase("Die Stadt Weimar ist dem Sino-German Smart City Alliance beigetreten.",
             ["memberOf(Weimar | Sino-German Smart City Alliance)"]),
    // `City` alone after a place stays a place word: no organisation `Leipzig City Network`.
    RuleCase("Die Stadt Weimar ist dem Netzwerk Eurocities beigetreten.", ["memberOf(Weimar | Netzwerk Eurocities)"]),
]

/// Members admitted after a participle and a colon, plural class nouns in the list.
let round6DevMembershipCases: [RuleCase] = [
    RuleCase("Der Städtebund Hanse-Asien hat drei neue Mitglieder aufgenommen: die Städte Wismar und Stralsund sowie die chinesische Stadt Ningde.",
             ["memberOf(Wismar | Städtebund Hanse-Asien)", "memberOf(Stralsund | Städtebund Hanse-Asien)",
              "memberOf(Ningde | Städtebund Hanse-Asien)"]),
    RuleCase("Das Netzwerk Ostsee-China hat zwei neue Mitglieder gewonnen: Greifswald und Dalian.",
             ["memberOf(Greifswald | Netzwerk Ostsee-China)", "memberOf(Dalian | Netzwerk Ostsee-China)"]),
    RuleCase("Das Netzwerk Ostsee-China will im Herbst neue Mitglieder aufnehmen: Greifswald und Dalian.", [], none: [.memberOf]),
]

/// Partnerships as the means of a bond; containment in `eine der Städte der Provinz` and `der Hauptstadt der Provinz`.
let round6DevPlaceCases: [RuleCase] = [
    RuleCase("Seit 1999 sind Marburg und die chinesische Stadt Yangzhou durch eine Städtepartnerschaft verbunden.",
             ["partnerOf(Marburg | Yangzhou)"]),
    RuleCase("Marburg und Yangzhou sind nicht durch eine Städtepartnerschaft verbunden.", [], none: [.partnerOf]),
    RuleCase("Yangzhou, eine der ältesten Städte der Provinz Jiangsu, liegt am Kaiserkanal.",
             ["containedInPlace(Yangzhou | Jiangsu)"]),
    RuleCase("Xi’an, eine der ältesten Städte Chinas, empfing die Gäste.", [], none: [.containedInPlace]),
    RuleCase("Die Gruppe reiste in die Provinz Hubei. Am Dienstag folgte ein Besuch in Wuhan, der Hauptstadt der Provinz.",
             ["containedInPlace(Wuhan | Hubei)"]),
    RuleCase("Die Gruppe besuchte die Provinzen Hubei und Hunan. In Wuhan, der Hauptstadt der Provinz, gab es Gespräche.",
             [], none: [.containedInPlace]),
]

/// Events named as a hyphenated day; a person after a role and a colon in a contact line.
let round6DevEventAndContactCases: [RuleCase] = [
    RuleCase("Der Indien-Tag der Kammer findet am 12. Mai 2026 in Gießen statt.",
             ["startDate(Indien-Tag | 2026-05-12)", "location(Indien-Tag | Gießen)"]),
    RuleCase("Ansprechpartnerin: Miriam Roth, Tel. 0641 7954-12, m.roth@kammer.example",
             ["holdsRole(Miriam Roth | Ansprechpartnerin)", "telephone(Miriam Roth | 0641 7954-12)",
              "email(Miriam Roth | m.roth@kammer.example)"]),
]

/// All round-six development cases.
let round6DevRuleCases = round6DevOrganizationCases + round6DevMembershipCases + round6DevPlaceCases + round6DevEventAndContactCases
    + round6DevRoleCases

@Test("round six development corpus cases", arguments: round6DevRuleCases)
func round6DevRuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}

/// The organisation a signer acts for (`Für X unterzeichnete der ROLE NAME`), former posts after `zuvor`, and founding
/// dates of a company referred to as `das 1952 gegründete Unternehmen`.
let round6DevRoleCases: [RuleCase] = [
    RuleCase("Für die Kranz Optik GmbH unterzeichnete der Geschäftsführer Paul Stein, für die Yibin Glass Group der Vorsitzende Liu Bo.",
             ["holdsRole(Paul Stein | Geschäftsführer | Kranz Optik GmbH)", "holdsRole(Liu Bo | Vorsitzender | Yibin Glass Group)"],
             none: [.signatory]),
    RuleCase("Der Preis für die Kranz Optik GmbH ging an Paul Stein.", [], none: [.holdsRole]),
    RuleCase("Xu Lan war zuvor stellvertretende Direktorin des Handelsamts der Stadt Ningbo.",
             ["holdsRole(Xu Lan | stellvertretende Direktorin | Handelsamt der Stadt Ningbo)"]),
    RuleCase("Die Kranz Optik GmbH baut ein Werk in Suhl. Das 1952 gegründete Unternehmen beschäftigt 200 Menschen.",
             ["foundingDate(Kranz Optik GmbH | 1952)"]),
    RuleCase("Die Kranz Optik GmbH und die Yibin Glass Group bauen ein Werk. Das 1952 gegründete Unternehmen wächst.", [],
             none: [.foundingDate]),
]
