import GraphCore
import Testing
@testable import Extractors

// Round seven: constructions of press releases in styles the earlier rounds did not cover (a trade fair, a savings bank,
// a research institute, a district, a state chancellery, a foreign company's European headquarters), found on a
// development corpus written for this round outside the repository; the sentences here are new ones with other names.
// Each group has negative cases.

/// The passive of leading an organisation: `ORG wird von ROLE NAME geleitet`, `geleitet von`, the relative clause.
let round7LeadershipCases: [RuleCase] = [
    RuleCase("Die Kessler Antriebe GmbH wird von Geschäftsführerin Anna Lorenz geleitet.",
             ["holdsRole(Anna Lorenz | Geschäftsführerin | Kessler Antriebe GmbH)"]),
    RuleCase("Die Weiss Sensorik GmbH, eine Tochter des Konzerns aus Wuxi, wird seit 2022 von Geschäftsführer Tang Hao geführt.",
             ["holdsRole(Tang Hao | Geschäftsführer | Weiss Sensorik GmbH)"]),
    RuleCase("Das Konfuzius-Institut Paderborn wird geleitet von Direktorin Ruth Neumann.",
             ["holdsRole(Ruth Neumann | Direktorin | Konfuzius-Institut Paderborn)"]),
    RuleCase("Gegründet wurde die Linde Kältetechnik GmbH, die von Geschäftsführer Ole Brandt geleitet wird, im Jahr 1990.",
             ["holdsRole(Ole Brandt | Geschäftsführer | Linde Kältetechnik GmbH)"]),
    // Not the subject: the organisation is a complement, or the passive is about a meeting or a delegation (the post
    // stays without an organisation).
    RuleCase("Die Gespräche mit der Kessler Antriebe GmbH wurden von Bürgermeister Jens Hahn geführt.",
             ["holdsRole(Jens Hahn | Bürgermeister)"]),
    RuleCase("Die Delegation wurde von Bürgermeisterin Petra Voss geleitet.", ["holdsRole(Petra Voss | Bürgermeisterin)"]),
    RuleCase("Die Firma Kessler Antriebe GmbH lädt ein, geleitet wird die Runde von Moderatorin Eva Sommer.",
             ["holdsRole(Eva Sommer | Moderatorin)"]),
    // A negation states nothing about the organisation.
    RuleCase("Die Kessler Antriebe GmbH wird nicht von Geschäftsführerin Anna Lorenz geleitet.",
             ["holdsRole(Anna Lorenz | Geschäftsführerin)"]),
]

/// A research institute named by its society and acronym (`Fraunhofer IKTS`) is an organisation, not a person, so a post
/// `am Fraunhofer …` has it as its organisation.
let round7InstituteCases: [RuleCase] = [
    RuleCase("Jonas Hahn, Gruppenleiter am Fraunhofer IKTS, sprach in Dresden.",
             ["holdsRole(Jonas Hahn | Gruppenleiter | Fraunhofer IKTS)"]),
    RuleCase("Das Fraunhofer IPK hat seinen Sitz in Berlin.", ["location(Fraunhofer IPK | Berlin)"]),
    // The physicist's name is no organisation: no post in it, no seat.
    RuleCase("Lea Brandt, Gruppenleiterin, hielt einen Vortrag über Joseph von Fraunhofer in Straubing.", [],
             none: [.location, .memberOf]),
]

/// A name without its legal form (in a heading or a later sentence) is the document's one name with it.
let round7LegalFormCases: [RuleCase] = [
    RuleCase("Messe Erfurt wirbt in Wuhan um Aussteller. Die Messe Erfurt GmbH hat ihren Sitz in Erfurt.",
             ["location(Messe Erfurt GmbH | Erfurt)"]),
    RuleCase("Die Lianda Motor Group AG baut ein Werk. Gao Peng, Geschäftsführer der Lianda Motor Group, sprach in Wuhan.",
             ["holdsRole(Gao Peng | Geschäftsführer | Lianda Motor Group AG)"]),
    // Two companies that differ only in their legal forms: the short name is neither of them.
    RuleCase("Die Messe Erfurt GmbH und die Messe Erfurt AG wachsen. Die Messe Erfurt hat ihren Sitz in Erfurt.",
             ["location(Messe Erfurt | Erfurt)"]),
]

/// All round-seven cases.
let round7RuleCases = round7LeadershipCases + round7InstituteCases + round7LegalFormCases

@Test("round seven development corpus cases", arguments: round7RuleCases)
func round7RuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
