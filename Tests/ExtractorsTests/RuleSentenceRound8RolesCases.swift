import GraphCore
import Testing
@testable import Extractors

// Round eight, roles: who holds which post where, for constructions found missing on the development corpus
// `Tests/Fixtures/press/dev4` (an association's board election, an embassy reception, business news on management
// changes, a Chinese company's release with English titles, a chamber's personnel news, a city's report on a delegation,
// a news agency report from a trade fair). The sentences here are new ones with other names; each group has negative cases.

/// A definite description names the organisation just named: `Geschäftsführer des Unternehmens`, `der Kammer`, `des Verbands`.
let round8DefiniteOrganizationCases: [RuleCase] = [
    RuleCase("Die Kessler Maschinenbau GmbH stellte ihre Bilanz vor. Geschäftsführer des Unternehmens ist seit Januar Jonas Weber.",
             ["holdsRole(Jonas Weber | Geschäftsführer | Kessler Maschinenbau GmbH)"]),
    RuleCase("Die Handwerkskammer Erfurt stellte ihre Bilanz vor. Präsident der Kammer ist Stefan Kühn.",
             ["holdsRole(Stefan Kühn | Präsident | Handwerkskammer Erfurt)"]),
    RuleCase("Der Bundesverband Windtechnik e. V. tagte in Kassel. Geschäftsführerin des Verbands ist Anke Moll.",
             ["holdsRole(Anke Moll | Geschäftsführerin | Bundesverband Windtechnik e. V.)"]),
    RuleCase("Vorstandsvorsitzender der Hallberg AG ist seit dem 1. April Dr. Jan Ott.",
             ["holdsRole(Jan Ott | Vorstandsvorsitzender | Hallberg AG)"]),
    RuleCase("Geschäftsführerin der Sunwei Europe GmbH in Düsseldorf ist Jana Roth.",
             ["holdsRole(Jana Roth | Geschäftsführerin | Sunwei Europe GmbH)"]),
    // No company named before: the description refers to nothing, and a town is no company.
    RuleCase("Geschäftsführer des Unternehmens ist Jonas Weber.", [], none: [.holdsRole]),
    RuleCase("Die Stadt Jena stellte den Haushalt vor. Geschäftsführer des Unternehmens ist Jonas Weber.", [], none: [.holdsRole]),
]

/// Officers of the organisation whose board the text has just elected: `Präsident ist nun …`, `Dem Vorstand gehören …
/// an`, `Im Amt bestätigt wurden die Vizepräsidentinnen A und B`.
let round8BoardCases: [RuleCase] = [
    RuleCase("Die Deutsch-Chinesische Gesellschaft Trier e. V. hat am Samstag einen neuen Vorstand gewählt. Präsidentin ist nun Dr. Ulrike Brandt.",
             ["holdsRole(Ulrike Brandt | Präsidentin | Deutsch-Chinesische Gesellschaft Trier e. V.)"]),
    RuleCase("Die Chinesisch-Deutsche Unternehmervereinigung Hamburg e. V. wählte einen neuen Vorstand. Dem Vorstand gehören Präsident Wang Hong, Schatzmeisterin Eva Kolb und Schriftführer Tim Rose an.",
             ["holdsRole(Wang Hong | Präsident | Chinesisch-Deutsche Unternehmervereinigung Hamburg e. V.)",
              "holdsRole(Eva Kolb | Schatzmeisterin | Chinesisch-Deutsche Unternehmervereinigung Hamburg e. V.)",
              "holdsRole(Tim Rose | Schriftführer | Chinesisch-Deutsche Unternehmervereinigung Hamburg e. V.)"]),
    RuleCase("Der Freundeskreis Zwickau-Jining e. V. hat gewählt. Vorsitzender ist nun Karl Brückner. Er ist Inhaber der Brückner Druck GmbH. Im Amt bestätigt wurden die Vizepräsidentinnen Anna Roth und Lea Sommer.",
             ["holdsRole(Karl Brückner | Vorsitzender | Freundeskreis Zwickau-Jining e. V.)",
              "holdsRole(Karl Brückner | Inhaber | Brückner Druck GmbH)",
              "holdsRole(Anna Roth | Vizepräsidentin | Freundeskreis Zwickau-Jining e. V.)",
              "holdsRole(Lea Sommer | Vizepräsidentin | Freundeskreis Zwickau-Jining e. V.)"]),
    // No election before: the post has no organisation; a list of names after a role each keep their own role; an
    // election by nobody named states no post.
    RuleCase("Die Sparkasse Trier lud zum Empfang. Präsidentin ist nun Dr. Ulrike Brandt.", ["holdsRole(Ulrike Brandt | Präsidentin)"]),
    RuleCase("Dem Beirat gehören Vorsitzende Anna Roth, Schatzmeister Tim Kolb und Beisitzerin Lea Sommer an.",
             ["holdsRole(Anna Roth | Vorsitzende)", "holdsRole(Tim Kolb | Schatzmeister)", "holdsRole(Lea Sommer | Beisitzerin)"]),
    RuleCase("Die Delegierten haben Eva Lang zur Präsidentin gewählt.", [], none: [.holdsRole]),
]

/// The town of a dateline for `der Stadt`, a Chinese province for `der Provinz` beside a German state.
let round8PlaceReferenceCases: [RuleCase] = [
    RuleCase("Görlitz, 4. Mai 2026 – Der Verein Brückenschlag e. V. feierte sein Jubiläum. Grußworte sprach der Oberbürgermeister der Stadt, Jan Berg.",
             ["holdsRole(Jan Berg | Oberbürgermeister | Görlitz)"]),
    RuleCase("Lahr, 3. Juni 2026. Das Festival begann am Abend. Es sprach die Bürgermeisterin der Stadt, Eva Hoch.",
             ["holdsRole(Eva Hoch | Bürgermeisterin | Lahr)"]),
    RuleCase("Die Ministerin aus Sachsen besuchte den Stand der Provinz Hubei. Dort empfing sie der Vizegouverneur der Provinz, Zhao Lei.",
             ["holdsRole(Zhao Lei | Vizegouverneur | Hubei)"]),
    // Without a dateline the town is unknown.
    RuleCase("Das Festival begann am Abend. Es sprach die Bürgermeisterin der Stadt, Eva Hoch.", [], none: [.holdsRole]),
]

/// Compound roles: a short role after a company's first word (`Weigand-Chef`), a chamber's acronym (`IHK-Präsident`) for
/// the chamber just named.
let round8CompoundCases: [RuleCase] = [
    RuleCase("Die Weigand Textil AG meldet einen Rekordumsatz. Weigand-Chef Peter Nolte zeigte sich zufrieden.",
             ["holdsRole(Peter Nolte | Chef | Weigand Textil AG)"]),
    RuleCase("Die Hanwei Motor Co., Ltd. eröffnet ein Büro in Köln. Hanwei-Chef Zhou Ping sagte, Köln sei ideal.",
             ["holdsRole(Zhou Ping | Chef | Hanwei Motor Co., Ltd.)"]),
    RuleCase("Die Industrie- und Handelskammer Ulm lud zum Neujahrsempfang. IHK-Präsident Jan Ebner sprach über China.",
             ["holdsRole(Jan Ebner | Präsident | Industrie- und Handelskammer Ulm)"]),
    // A first word that names no organisation of the text stays part of the role.
    RuleCase("Lindner-Chef Max Ott sprach.", ["holdsRole(Max Ott | Lindner-Chef)"]),
]

/// Diplomats: a nationality adjective before the role and `in COUNTRY` before the name; the role named again.
let round8DiplomatCases: [RuleCase] = [
    RuleCase("Der chinesische Botschafter in Deutschland, Wu Tao, eröffnete die Ausstellung.",
             ["holdsRole(Wu Tao | Botschafter | Deutschland)"]),
    RuleCase("Der chinesische Generalkonsul in Hamburg, Zhang Jun, besuchte den Hafen.", ["holdsRole(Zhang Jun | Generalkonsul | China)"]),
    RuleCase("Die polnische Botschafterin in Deutschland, Anna Nowak, sprach ein Grußwort.",
             ["holdsRole(Anna Nowak | Botschafterin | Deutschland)"]),
    // The role named again without its country is the same post (no second post without organisation).
    RuleCase("Der chinesische Botschafter in Deutschland, Wu Tao, eröffnete die Ausstellung. Botschafter Wu dankte den Gästen.",
             ["holdsRole(Wu Tao | Botschafter | Deutschland)"]),
    RuleCase("Der Leiter der Kulturabteilung der Botschaft der Volksrepublik China, Botschaftsrat Li Wen, eröffnete den Abend.",
             ["holdsRole(Li Wen | Leiter | Botschaft der Volksrepublik China)", "holdsRole(Li Wen | Botschaftsrat)"]),
]

/// The subject of a copula standing for the one person of the sentence before: `Sie`, `Der 52-Jährige`,
/// `Die 41-jährige Ingenieurin`; a role and name as the subject.
let round8SubjectCases: [RuleCase] = [
    RuleCase("Neue Geschäftsführerin der Kessler GmbH ist Anna Roth. Sie war zuvor Vertriebsleiterin der Brandt AG.",
             ["holdsRole(Anna Roth | Geschäftsführerin | Kessler GmbH)", "holdsRole(Anna Roth | Vertriebsleiterin | Brandt AG)"]),
    RuleCase("Der Verwaltungsrat berief Dr. Tim Vogt. Der 52-Jährige ist Geschäftsführer der Nordwerk GmbH.",
             ["holdsRole(Tim Vogt | Geschäftsführer | Nordwerk GmbH)"]),
    RuleCase("Der Verwaltungsrat berief Dr. Marie Lenz. Die 41-jährige Ingenieurin ist Werkleiterin der Nordwerk GmbH.",
             ["holdsRole(Marie Lenz | Werkleiterin | Nordwerk GmbH)"]),
    RuleCase("Die Hanwei Motor Co., Ltd. eröffnet ein Büro in Köln. Hanwei-Chefin Li Na war zuvor Vertriebsleiterin der Brandt AG.",
             ["holdsRole(Li Na | Chefin | Hanwei Motor Co., Ltd.)", "holdsRole(Li Na | Vertriebsleiterin | Brandt AG)"]),
    // Two persons before: `Sie` is not resolved.
    RuleCase("Anna Roth und Tim Kolb kamen. Sie ist Geschäftsführerin der Brandt AG.", [], none: [.holdsRole]),
]

/// Other ways of naming the organisation: `Geleitet wird ORG von ROLE NAME`, `Vertreter der ORG, darunter ROLE, NAME`,
/// an English region after an English title, agencies whose names hold a country or region, a contact block's organisation line.
let round8OrganizationSourceCases: [RuleCase] = [
    RuleCase("Geleitet wird die Tianli Europe GmbH von Geschäftsführer Wang Bo.", ["holdsRole(Wang Bo | Geschäftsführer | Tianli Europe GmbH)"]),
    RuleCase("Die Gäste trafen Vertreter der Universität Bayreuth, darunter die Kanzlerin, Dr. Sabine Ort.",
             ["holdsRole(Sabine Ort | Kanzlerin | Universität Bayreuth)"]),
    RuleCase("Die Gäste trafen Vertreter der Universität Bayreuth, darunter die Bürgermeisterin der Stadt Hof, Anna Roth.",
             ["holdsRole(Anna Roth | Bürgermeisterin | Hof)"]),
    RuleCase("Chen Yu ist General Manager Europe der Huaxin Tech GmbH.", ["holdsRole(Chen Yu | General Manager Europe | Huaxin Tech GmbH)"]),
    RuleCase("Für Germany Trade & Invest sprach Senior Manager Jan Ott.", ["holdsRole(Jan Ott | Senior Manager | Germany Trade & Invest)"]),
    RuleCase("Projektleiterin Eva Roth von Invest in Bavaria begleitete die Gruppe.",
             ["holdsRole(Eva Roth | Projektleiterin | Invest in Bavaria)"]),
    RuleCase("Pressekontakt:\nSunwei Europe GmbH\nJana Roth, Head of Communications\n",
             ["holdsRole(Jana Roth | Head of Communications | Sunwei Europe GmbH)"]),
    // A meeting led is no organisation; an agency's name makes no country an organisation.
    RuleCase("Geleitet wird die Sitzung von Bürgermeister Jan Ott.", ["holdsRole(Jan Ott | Bürgermeister)"]),
    RuleCase("Für Germany Trade & Invest sprach Senior Manager Jan Ott.", ["holdsRole(Jan Ott | Senior Manager | Germany Trade & Invest)"],
             none: [.location, .memberOf]),
]

/// All role cases of round eight.
let round8RolesRuleCases = round8DefiniteOrganizationCases + round8BoardCases + round8PlaceReferenceCases + round8CompoundCases
    + round8DiplomatCases + round8SubjectCases + round8OrganizationSourceCases

@Test("round eight role cases", arguments: round8RolesRuleCases)
func round8RolesRuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
