import GraphCore
import Testing
@testable import Extractors

// Round eight, found by the lead on press releases written for probing (not in the repository); the sentences here
// are new ones with other names. Each group has negative cases.

/// `die Provinzhauptstadt CITY` after the province was named in this or one of the two sentences before.
let round8CapitalCases: [RuleCase] = [
    RuleCase("Die Delegation kam aus der Provinz Hubei. Die Provinzhauptstadt Wuhan ist seit 1982 Partnerstadt von Duisburg.",
             ["containedInPlace(Wuhan | Hubei)"]),
    RuleCase("Guangdong ist die bevölkerungsreichste Provinz Chinas. In der Provinzhauptstadt Guangzhou leben über 18 Millionen Menschen.",
             ["containedInPlace(Guangzhou | Guangdong)"]),
    RuleCase("Die Firma liefert seit Jahren nach Sichuan. Ein Büro in der Provinzhauptstadt Chengdu folgt im Herbst.",
             ["containedInPlace(Chengdu | Sichuan)"]),
    // No province named before: nothing to attach the capital to.
    RuleCase("Die Gäste besuchten die Provinzhauptstadt Hefei.", [], none: [.containedInPlace]),
    // Two provinces named before: which one is unclear.
    RuleCase("Die Reise führte durch Hunan und Hubei. In der Provinzhauptstadt Changsha endete sie.", [], none: [.containedInPlace]),
]

/// Every round-eight lead case.
let round8LeadCases = round8CapitalCases

@Test("round eight lead cases", arguments: round8LeadCases)
func round8LeadCase(_ example: RuleCase) {
    checkRuleCase(example)
}
