import GraphCore
import Testing
@testable import Extractors

// Round four of marked German examples: place names written with `ß` in German but `ss` in GeoNames (and the
// Swiss spelling with `ss` of names the gazetteer writes with `ß`), with negative examples.

/// Gazetteer names in both spellings: `ß` in German texts, `ss` in Swiss texts.
let round4PlaceSpellingCases: [RuleCase] = [
    RuleCase("Die Stadt Meißen und die Stadt Fellbach sind seit 1990 Partnerstädte.",
             ["partnerOf(Meißen | Fellbach)"]),
    RuleCase("Die Stadt Meissen und die Stadt Fellbach sind seit 1990 Partnerstädte.",
             ["partnerOf(Meißen | Fellbach)"]),
    RuleCase("Die Stadt Giessen und die Stadt Wenatchee sind seit 1977 Partnerstädte.",
             ["partnerOf(Gießen | Wenatchee)"]),
    RuleCase("Die Stadt Meißen und die Stadt Fellbach wollen Partnerstädte werden.", [], none: [.partnerOf]),
    RuleCase("Meißner Porzellan war auf dem Empfang in Weimar ein beliebtes Gastgeschenk.", [], none: [.partnerOf]),
]

/// A definite head noun alone (`des Handelsministeriums`, `der Handwerkskammer`) refers back to the one organisation of the
/// last sentences (or of the heading) named with it (`die Kammer` for a `…kammer`); two candidates or a distant mention leave it unresolved.
let round4DefiniteHeadCases: [RuleCase] = [
    RuleCase("Das Handelsministerium der Provinz Zhejiang schickte eine Delegation nach Kiel. Es sprach Li Ming, Direktor des Handelsministeriums.",
             ["holdsRole(Li Ming | Direktor | Handelsministerium der Provinz Zhejiang)"]),
    RuleCase("Die Handwerkskammer Dresden lud zum Sommerfest. Präsidentin der Handwerkskammer ist Karin Wolf.",
             ["holdsRole(Karin Wolf | Präsidentin | Handwerkskammer Dresden)"]),
    RuleCase("Die Handwerkskammer Dresden und die Handwerkskammer Leipzig luden zum Sommerfest. Präsidentin der Handwerkskammer ist Karin Wolf.",
             [], none: [.holdsRole]),
    RuleCase("Die Industrie- und Handelskammer Cottbus lud zum Sommerfest. Es sprach Karin Wolf, Präsidentin der Kammer.",
             ["holdsRole(Karin Wolf | Präsidentin | Industrie- und Handelskammer Cottbus)"]),
    RuleCase("Rundbrief der Deutsch-Koreanischen Gesellschaft Bonn e. V.\n\nFrühjahr 2024\n\nNeuer Vorstand\n\nIm März fand die Versammlung statt. Es gab Kuchen. Am 4. März 2024 wurde Jana Beck zur Vorsitzenden der Gesellschaft gewählt.",
             ["holdsRole(Jana Beck | Vorsitzende | Deutsch-Koreanische Gesellschaft Bonn e. V.)"]),
    RuleCase("Die Deutsch-Chinesische Gesellschaft Kiel und die Deutsch-Polnische Gesellschaft Kiel feierten gemeinsam. Es sprach Karin Wolf, Präsidentin der Gesellschaft.",
             [], none: [.holdsRole]),
    RuleCase("Das Handelsministerium der Provinz Zhejiang und das Handelsministerium der Provinz Hunan schickten Gäste nach Kiel. Es sprach Li Ming, Direktor des Handelsministeriums.",
             [], none: [.holdsRole]),
    RuleCase("Das Handelsministerium der Provinz Zhejiang schickte eine Delegation nach Kiel. Die Gäste besichtigten den Hafen. Am Abend gab es ein Konzert. Danach ging es weiter nach Lübeck. Am Montag folgte Rostock. Es sprach Li Ming, Direktor des Handelsministeriums.",
             [], none: [.holdsRole]),
    RuleCase("Es sprach Li Ming, Direktor des Handelsministeriums. Das Handelsministerium der Provinz Zhejiang schickte eine Delegation nach Kiel.",
             [], none: [.holdsRole]),
]

/// A capitalised possessive before a role (`Ihr Rektor, NAME`) names the one organisation just mentioned.
let round4PossessiveRoleCases: [RuleCase] = [
    RuleCase("Auch die Technische Universität Ilmenau macht mit: Ihr Rektor, Prof. Dr. Jens Haupt, stellte das Programm vor.",
             ["holdsRole(Jens Haupt | Rektor | Technische Universität Ilmenau)"]),
    RuleCase("Die Handwerkskammer Dresden lud zum Sommerfest. Ihr Präsident, Uwe Lenz, begrüßte die Gäste.",
             ["holdsRole(Uwe Lenz | Präsident | Handwerkskammer Dresden)"]),
    RuleCase("Das Wirtschaftsministerium arbeitet dabei mit der Handwerkskammer Cottbus zusammen. Ihr Präsident, Uwe Lenz, lobte das Vorhaben.",
             ["holdsRole(Uwe Lenz | Präsident | Handwerkskammer Cottbus)"]),
    RuleCase("Die Handwerkskammer Cottbus lud ein. Sein Präsident, Uwe Lenz, lobte das Vorhaben.", [], none: [.holdsRole]),
    RuleCase("Die Handwerkskammer Dresden und die Handwerkskammer Leipzig luden ein. Ihr Präsident, Uwe Lenz, begrüßte die Gäste.",
             [], none: [.holdsRole]),
    RuleCase("Die Handwerkskammer Dresden ehrte Anna Roth. Ihr Geschäftsführer, Uwe Lenz, gratulierte.",
             [], none: [.holdsRole]),
]

/// `Beide Städte gehören … an`: the two places of the previous sentence are members.
let round4PairMembershipCases: [RuleCase] = [
    RuleCase("Görlitz und Breslau arbeiten eng zusammen. Beide Städte gehören dem Städtebund Oberlausitz an.",
             ["memberOf(Görlitz | Städtebund Oberlausitz)", "memberOf(Breslau | Städtebund Oberlausitz)"]),
    RuleCase("Görlitz, Zittau und Breslau arbeiten eng zusammen. Beide Städte gehören dem Städtebund Oberlausitz an.",
             [], none: [.memberOf]),
    RuleCase("Görlitz und Breslau arbeiten eng zusammen. Beide Städte wollen dem Städtebund Oberlausitz angehören.",
             [], none: [.memberOf]),
]

/// All round-four cases.
let round4RuleCases = round4PlaceSpellingCases + round4DefiniteHeadCases + round4PossessiveRoleCases
    + round4PairMembershipCases

@Test("round four rule cases", arguments: round4RuleCases)
func round4RuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
