import GraphCore
import Testing
@testable import Extractors

// Round nine, partnerships and memberships: constructions found missing on the development corpus
// `Tests/Fixtures/press/dev10` (a city's friendship town and partner list, a news agency report on regional partnerships, a
// university's partnership page in HTML, a newspaper report on a school partnership, an association's Markdown newsletter, a
// network of towns, a company release, a consulate's report). The sentences here are new ones with other names; each group
// has negative cases.

/// Partnerships that ended, lapsed or rest, and a delegation visit: no partnership.
let round9PartnershipsEndedCases: [RuleCase] = [
    RuleCase("Die Partnerschaft mit der russischen Stadt Pskow wurde im Jahr 2022 beendet.", [], none: [.partnerOf]),
    RuleCase("Die 1990 geschlossene Partnerschaft zwischen Wittlich und der Stadt Rybnik war 2015 ausgelaufen.", [], none: [.partnerOf]),
    RuleCase("Seit dem Krieg ruht die Städtepartnerschaft zwischen Hannover und Perm.", [], none: [.partnerOf]),
    RuleCase("Eine Delegation aus der Provinz Yunnan besuchte am Montag die Stadt Jena.", [], none: [.partnerOf]),
]

/// Partnerships of institutions (`Schulpartnerschaft`, `Hochschulpartnerschaft`) join organisations, never a town after `mit`.
let round9PartnershipsInstitutionCases: [RuleCase] = [
    RuleCase("Das Goethe-Gymnasium Gera hat eine Schulpartnerschaft mit Nanjing vereinbart.", [], none: [.partnerOf]),
    RuleCase("Die Hochschule Harz und die Tongji-Universität haben eine Hochschulpartnerschaft vereinbart.", ["partnerOf(Hochschule Harz | Tongji-Universität)"]),
    RuleCase("Die Universität Rostock unterhält eine Hochschulpartnerschaft mit der Shanghai Jiao Tong University.", ["partnerOf(Universität Rostock | Shanghai Jiao Tong University)"]),
    RuleCase("Zu Gast war die Hochschule Bremen, die eine Hochschulpartnerschaft mit der Tianjin University unterhält.", ["partnerOf(Hochschule Bremen | Tianjin University)"]),
]

/// The partner after `mit` before the determiner of the partnership noun, the subject in the same clause.
let round9PartnershipsPartnerBeforeNounCases: [RuleCase] = [
    RuleCase("Niedersachsen pflegt mit der Provinz Anhui eine Partnerschaft.", ["partnerOf(Niedersachsen | Anhui)"]),
    RuleCase("Die Stadt Lübeck hat mit Wismar eine Städtepartnerschaft geschlossen.", ["partnerOf(Lübeck | Wismar)"]),
    RuleCase("Bayern und Sachsen tagten in Hof, Thüringen unterhält mit der Provinz Shaanxi eine enge Partnerschaft.", ["partnerOf(Thüringen | Shaanxi)"]),
]

/// A plural partner noun with its owner in the genitive, the list after a dash, the copula or a colon.
let round9PartnershipsGenitiveListCases: [RuleCase] = [
    RuleCase("Die Partnerstädte Bochums – Sheffield, Donezk und Nordhausen – schickten Grüße.", ["partnerOf(Bochum | Sheffield)", "partnerOf(Bochum | Donezk)", "partnerOf(Bochum | Nordhausen)"]),
    RuleCase("Die Partnerstädte Kiels sind Brest, Coventry und Vaasa.", ["partnerOf(Kiel | Brest)", "partnerOf(Kiel | Coventry)", "partnerOf(Kiel | Vaasa)"]),
    RuleCase("Die Partnerstädte Triers: Metz, Gloucester und Pula.", ["partnerOf(Trier | Metz)", "partnerOf(Trier | Gloucester)", "partnerOf(Trier | Pula)"]),
]

/// A town in apposition with `Partnerstadt von` without an article.
let round9PartnershipsAppositionCases: [RuleCase] = [
    RuleCase("Worthington, Partnerstadt von Crailsheim seit 1949, schickte eine Delegation.", ["partnerOf(Worthington | Crailsheim)"]),
    RuleCase("Die Delegation besuchte auch Xiamen, Partnerstadt von Trier, und reiste dann weiter.", ["partnerOf(Xiamen | Trier)"]),
    RuleCase("Auch Ningbo, Partnerstadt von Kassel, stellte sich vor.", ["partnerOf(Ningbo | Kassel)"]),
]

/// A partner noun whose copula closes a subordinate clause.
let round9PartnershipsFinalCopulaCases: [RuleCase] = [
    RuleCase("Der Konsul erinnerte daran, dass die Provinz Liaoning Partnerregion des Landes Bremen ist.", ["partnerOf(Liaoning | Bremen)"]),
    RuleCase("Bekannt ist, dass die Stadt Nanjing Partnerstadt der Stadt Leipzig ist.", ["partnerOf(Nanjing | Leipzig)"]),
    RuleCase("Er betonte, dass die Provinz Shandong, zu der Qingdao gehört, Partnerprovinz des Freistaats Bayern ist.", ["partnerOf(Shandong | Bayern)"]),
]

/// Named partners among the partner towns or partner institutions of an owner.
let round9PartnershipsPartnersAmongCases: [RuleCase] = [
    RuleCase("Die Hochschule Bremen wächst. Zu ihren Partnerhochschulen zählen die Tongji-Universität und die Tianjin University.", ["partnerOf(Hochschule Bremen | Tongji-Universität)", "partnerOf(Hochschule Bremen | Tianjin University)"]),
    RuleCase("Zu den Partnerstädten der Stadt Kassel gehören unter anderem Ningbo und Florenz.", ["partnerOf(Kassel | Ningbo)", "partnerOf(Kassel | Florenz)"]),
    RuleCase("Die Universität Rostock feiert. Zu ihren chinesischen Partnerhochschulen gehört die Tongji-Universität in Shanghai und die Tianjin University.", ["partnerOf(Universität Rostock | Tongji-Universität)", "partnerOf(Universität Rostock | Tianjin University)"]),
    RuleCase("Zu den Partnern zählen die Stadt Kassel und die Stadt Jena.", [], none: [.partnerOf]),
]

/// The subject among the (founding) members of an organisation.
let round9PartnershipsMembersAmongCases: [RuleCase] = [
    RuleCase("Salzgitter und Wolfsburg gehören zu den Gründungsmitgliedern des Netzwerks Wasserstoff Nord.", ["memberOf(Salzgitter | Netzwerk Wasserstoff Nord)", "memberOf(Wolfsburg | Netzwerk Wasserstoff Nord)"]),
    RuleCase("Das Netzwerk Ostseehäfen tagte. Seit 2020 zählt auch die Stadt Wismar zu den Mitgliedern des Netzwerks.", ["memberOf(Wismar | Netzwerk Ostseehäfen)"]),
    RuleCase("Die Hochschule Harz gehört zu den Mitgliedern der Deutsch-Chinesischen Hochschulallianz.", ["memberOf(Hochschule Harz | Deutsch-Chinesische Hochschulallianz)"]),
    RuleCase("Die Stadt Jena gehört zu den Städten, die eine Mitgliedschaft prüfen.", [], none: [.memberOf]),
]

/// An organisation counts the named members among its members.
let round9PartnershipsCountsAmongCases: [RuleCase] = [
    RuleCase("Das Netzwerk Ostseehäfen tagte. Das Netzwerk zählt außerdem die Hochschule Wismar zu seinen Mitgliedern.", ["memberOf(Hochschule Wismar | Netzwerk Ostseehäfen)"]),
    RuleCase("Der Verband Batterie Nord e. V. zählt seit Mai auch die Stadt Husum zu seinen Mitgliedern.", ["memberOf(Husum | Verband Batterie Nord e. V.)"]),
    RuleCase("Die Mittelstandsallianz China zählt die Lenz Akku GmbH und die Stadt Coburg zu ihren Mitgliedern.", ["memberOf(Lenz Akku GmbH | Mittelstandsallianz China)", "memberOf(Coburg | Mittelstandsallianz China)"]),
    RuleCase("Die Stadt Husum zählt die Lenz Akku GmbH zu ihren wichtigsten Arbeitgebern.", [], none: [.memberOf]),
]

/// An association comprises the named towns, districts and organisations.
let round9PartnershipsComprisesCases: [RuleCase] = [
    RuleCase("Das Bündnis Wasserstoff Küste wächst. Das Bündnis umfasst damit die Städte Emden, Leer und Aurich sowie den Landkreis Wittmund.", ["memberOf(Emden | Bündnis Wasserstoff Küste)", "memberOf(Leer | Bündnis Wasserstoff Küste)", "memberOf(Aurich | Bündnis Wasserstoff Küste)", "memberOf(Landkreis Wittmund | Bündnis Wasserstoff Küste)"]),
    RuleCase("Der Städteverbund Mittelrhein umfasst die Städte Koblenz, Boppard und Bingen.", ["memberOf(Koblenz | Städteverbund Mittelrhein)", "memberOf(Boppard | Städteverbund Mittelrhein)", "memberOf(Bingen | Städteverbund Mittelrhein)"]),
    RuleCase("Das Netzwerk Ostseehäfen tagte in Rostock. Das Netzwerk umfasst inzwischen Wismar und Stralsund.", ["memberOf(Wismar | Netzwerk Ostseehäfen)", "memberOf(Stralsund | Netzwerk Ostseehäfen)"]),
    RuleCase("Die Region Ostwestfalen umfasst die Städte Bielefeld und Herford.", [], none: [.memberOf]),
]

/// `Neu im Verein ist …`: new members after a fronted `neu`.
let round9PartnershipsNewInCases: [RuleCase] = [
    RuleCase("Das Netzwerk Ostseehäfen tagte in Rostock. Neu im Netzwerk sind die Städte Wismar und Stralsund.", ["memberOf(Wismar | Netzwerk Ostseehäfen)", "memberOf(Stralsund | Netzwerk Ostseehäfen)"]),
    RuleCase("Neu im Verband Batterie Nord e. V. ist die Lenz Akku GmbH aus Husum.", ["memberOf(Lenz Akku GmbH | Verband Batterie Nord e. V.)"]),
    RuleCase("Der Freundeskreis Kiel–Qingdao e. V. lud ein. Neues Mitglied im Verein ist die Stadt Eckernförde.", ["memberOf(Eckernförde | Freundeskreis Kiel-Qingdao e. V.)"]),
    RuleCase("Neu im Verein\nDie Stadt Eckernförde lädt ein.", [], none: [.memberOf]),
]

/// A joining without a named association, and an admission into an association named by a definite noun.
let round9PartnershipsAccessionCases: [RuleCase] = [
    RuleCase("Das Bündnis Wasserstoff Küste wächst. Bereits im Dezember war der Landkreis Leer beigetreten.", ["memberOf(Landkreis Leer | Bündnis Wasserstoff Küste)"]),
    RuleCase("Der Verband Batterie Nord e. V. tagte in Kiel. Die Stadt Husum ist im Mai beigetreten.", ["memberOf(Husum | Verband Batterie Nord e. V.)"]),
    RuleCase("Der Verband Batterie Nord e. V. tagte in Kiel. Die Stadt Husum wurde im Mai in den Verband aufgenommen.", ["memberOf(Husum | Verband Batterie Nord e. V.)"]),
    RuleCase("Die Stadt Husum ist im Mai beigetreten.", [], none: [.memberOf]),
    RuleCase("Der Verband Batterie Nord tagte. Die Stadt Husum will beitreten.", [], none: [.memberOf]),
]

/// A membership after a `seit`-phrase, and a subject named by a definite noun or a pronoun.
let round9PartnershipsCopulaCases: [RuleCase] = [
    RuleCase("Die Lenz Akku GmbH ist seit ihrer Gründung Mitglied im Verband Batterie Nord e. V.", ["memberOf(Lenz Akku GmbH | Verband Batterie Nord e. V.)"]),
    RuleCase("Der Verband Batterie Nord e. V. tagte in Kiel. Der Verband ist seinerseits Mitglied im Ostasiatischen Verein.", ["memberOf(Verband Batterie Nord e. V. | Ostasiatischer Verein)"]),
    RuleCase("Die Hochschule Harz wächst. Seit 2021 ist sie außerdem Mitglied im Netzwerk Ostseehäfen.", ["memberOf(Hochschule Harz | Netzwerk Ostseehäfen)"]),
    RuleCase("Anna Roth lud ein. Seit 2021 ist sie außerdem Mitglied im Netzwerk Ostseehäfen.", [], none: [.memberOf]),
]

/// Members in a relative clause with `angehören`.
let round9PartnershipsRelativeCases: [RuleCase] = [
    RuleCase("Die Stadt Coburg ist Mitglied im Netzwerk Mittelstand China, dem auch die Hochschule Hof und die Stadt Bamberg angehören.", ["memberOf(Coburg | Netzwerk Mittelstand China)", "memberOf(Hochschule Hof | Netzwerk Mittelstand China)", "memberOf(Bamberg | Netzwerk Mittelstand China)"]),
    RuleCase("Gastgeber war der Verband Batterie Nord e. V., dem seit Mai auch die Stadt Husum angehört.", ["memberOf(Husum | Verband Batterie Nord e. V.)"]),
    RuleCase("Die Hochschule Hof arbeitet im Konsortium „Kompetenz Oberfranken“, dem auch die Universität Bayreuth angehört.", ["memberOf(Universität Bayreuth | Kompetenz Oberfranken)"]),
]

/// A class noun and a quoted name after `dem`; the group of another membership in the same sentence is no member.
let round9PartnershipsQuotedCases: [RuleCase] = [
    RuleCase("Die Stadt Rostock ist Mitglied der Union of the Baltic Cities und gehört dem Städtebund „Die Hanse“ an.", ["memberOf(Rostock | Union of the Baltic Cities)", "memberOf(Rostock | Die Hanse)"]),
    RuleCase("Die Stadt Stralsund gehört dem Netzwerk „Ostseehäfen“ an.", ["memberOf(Stralsund | Ostseehäfen)"]),
]

/// Plural membership nouns without their organisation, and admissions with an adverb before the members.
let round9PartnershipsPluralCases: [RuleCase] = [
    RuleCase("Der Verband Batterie Nord e. V. zählt 60 Mitglieder. Zu den Mitgliedsunternehmen gehören unter anderem die Lenz Akku GmbH und die Nordsolar AG.", ["memberOf(Lenz Akku GmbH | Verband Batterie Nord e. V.)", "memberOf(Nordsolar AG | Verband Batterie Nord e. V.)"]),
    RuleCase("Der Verband Batterie Nord e. V. tagte. Als Mitglied aufgenommen wurde außerdem die Stadt Husum.", ["memberOf(Husum | Verband Batterie Nord e. V.)"]),
    RuleCase("Der Verband Batterie Nord e. V. tagte. Einstimmig aufgenommen wurde auch die Lenz Akku GmbH.", ["memberOf(Lenz Akku GmbH | Verband Batterie Nord e. V.)"]),
]

/// All cases of round nine on partnerships and memberships.
let round9PartnershipsRuleCases = round9PartnershipsEndedCases
    + round9PartnershipsInstitutionCases
    + round9PartnershipsPartnerBeforeNounCases
    + round9PartnershipsGenitiveListCases
    + round9PartnershipsAppositionCases
    + round9PartnershipsFinalCopulaCases
    + round9PartnershipsPartnersAmongCases
    + round9PartnershipsMembersAmongCases
    + round9PartnershipsCountsAmongCases
    + round9PartnershipsComprisesCases
    + round9PartnershipsNewInCases
    + round9PartnershipsAccessionCases
    + round9PartnershipsCopulaCases
    + round9PartnershipsRelativeCases
    + round9PartnershipsQuotedCases
    + round9PartnershipsPluralCases

@Test("round nine partnership and membership cases", arguments: round9PartnershipsRuleCases)
func round9PartnershipsRuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
