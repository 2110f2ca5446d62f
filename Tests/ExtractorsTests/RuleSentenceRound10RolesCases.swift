import GraphCore
import Testing
@testable import Extractors

// Round ten: persons' roles, signatories and signing dates in constructions the earlier rounds did not cover, written for
// this table (no corpus sentence). Each group has negative cases.

/// The day of a signing outside the signing clause: `heute`/`gestern` in a dated release, and a sentence of its own before or
/// after the signing (`Die Unterzeichnung fand am DATE statt`).
let round10SigningDayCases: [RuleCase] = [
    RuleCase("Gera, 14. April 2026 – Die Stadt Gera und die Stadt Luoyang unterzeichneten heute eine Absichtserklärung.",
             ["signatory(Absichtserklärung zwischen Gera und Luoyang | Gera)", "signatory(Absichtserklärung zwischen Gera und Luoyang | Luoyang)",
              "signingDate(Absichtserklärung zwischen Gera und Luoyang | 2026-04-14)"]),
    RuleCase("Kassel, 3. März 2025 – Die Universität Kassel und die Hunan University haben gestern einen Kooperationsvertrag unterzeichnet.",
             ["signatory(Kooperationsvertrag zwischen Universität Kassel und Hunan University | Universität Kassel)",
              "signatory(Kooperationsvertrag zwischen Universität Kassel und Hunan University | Hunan University)",
              "signingDate(Kooperationsvertrag zwischen Universität Kassel und Hunan University | 2025-03-02)"]),
    RuleCase("Zum Abschluss unterschrieben die Stadt Halle und die Stadt Jiaxing ein Arbeitsprogramm. Die Unterzeichnung fand am 24. Februar 2026 im Rathaus statt.",
             ["signatory(Arbeitsprogramm zwischen Halle und Jiaxing | Halle)", "signatory(Arbeitsprogramm zwischen Halle und Jiaxing | Jiaxing)",
              "signingDate(Arbeitsprogramm zwischen Halle und Jiaxing | 2026-02-24)"]),
    RuleCase("Die feierliche Unterzeichnung erfolgte am 5. Mai 2025 in der Aula. Die Hochschule Coburg und die Tongji-Universität unterzeichneten eine Kooperationsvereinbarung.",
             ["signatory(Kooperationsvereinbarung zwischen Hochschule Coburg und Tongji-Universität | Hochschule Coburg)",
              "signatory(Kooperationsvereinbarung zwischen Hochschule Coburg und Tongji-Universität | Tongji-Universität)",
              "signingDate(Kooperationsvereinbarung zwischen Hochschule Coburg und Tongji-Universität | 2025-05-05)"]),
    RuleCase("Esslingen, 12. März 2026 – Der Landkreis Esslingen und die Stadt Nanjing unterzeichneten heute im Landratsamt eine Vereinbarung.",
             ["signatory(Vereinbarung zwischen Landkreis Esslingen und Nanjing | Landkreis Esslingen)",
              "signatory(Vereinbarung zwischen Landkreis Esslingen und Nanjing | Nanjing)",
              "signingDate(Vereinbarung zwischen Landkreis Esslingen und Nanjing | 2026-03-12)",
              "location(Vereinbarung zwischen Landkreis Esslingen und Nanjing | Esslingen)"]),
    RuleCase("Jena, 2. Mai 2025 – Im Neuen Rathaus unterzeichneten die Stadt Jena und die Stadt Hefei gestern eine Absichtserklärung.",
             ["signatory(Absichtserklärung zwischen Jena und Hefei | Jena)", "signatory(Absichtserklärung zwischen Jena und Hefei | Hefei)",
              "signingDate(Absichtserklärung zwischen Jena und Hefei | 2025-05-01)", "location(Absichtserklärung zwischen Jena und Hefei | Jena)"]),
    // `heute` without a dated release, `bis heute`, and a planned signing in the next sentence date nothing.
    RuleCase("Die Stadt Gera und die Stadt Luoyang unterzeichneten heute eine Absichtserklärung.",
             ["signatory(Absichtserklärung zwischen Gera und Luoyang | Gera)", "signatory(Absichtserklärung zwischen Gera und Luoyang | Luoyang)"],
             none: [.signingDate]),
    RuleCase("Gera, 14. April 2026 – Die Stadt Gera und die Stadt Luoyang unterzeichneten 2019 eine Absichtserklärung, die bis heute gilt.",
             [], none: [.signingDate]),
    RuleCase("Die Stadt Gera und die Stadt Luoyang unterzeichneten eine Absichtserklärung. Die Unterzeichnung eines Vertrags ist für den 3. Mai 2026 geplant.",
             [], none: [.signingDate]),
]

/// Passives with `unterschrieben`, agreements named by a synonym (`das Abkommen` after `eine Vereinbarung`) or a pronoun
/// (`unterzeichneten es`), and persons who sign for a side (`für die IHK deren Präsident NAME`).
let round10SignatoryCases: [RuleCase] = [
    RuleCase("Der Liefervertrag wurde von Geschäftsführer Jan Roth und der Vorstandsvorsitzenden der Hebei Steel Group, Wang Fang, unterschrieben.",
             ["signatory(Liefervertrag zwischen Jan Roth und Wang Fang | Jan Roth)", "signatory(Liefervertrag zwischen Jan Roth und Wang Fang | Wang Fang)"]),
    RuleCase("Unterschrieben wurde die Absichtserklärung von Landrätin Eva Kolb und Bürgermeister Li Wei.",
             ["signatory(Absichtserklärung zwischen Eva Kolb und Li Wei | Eva Kolb)", "signatory(Absichtserklärung zwischen Eva Kolb und Li Wei | Li Wei)"]),
    RuleCase("Eine Vereinbarung haben die Hochschule Zittau und die Tianjin University geschlossen. Unterschrieben wurde das Abkommen von Rektor Jens Pohl und Vizepräsidentin Sun Mei.",
             ["signatory(Vereinbarung zwischen Hochschule Zittau und Tianjin University | Hochschule Zittau)",
              "signatory(Vereinbarung zwischen Hochschule Zittau und Tianjin University | Tianjin University)",
              "signatory(Vereinbarung zwischen Hochschule Zittau und Tianjin University | Jens Pohl)",
              "signatory(Vereinbarung zwischen Hochschule Zittau und Tianjin University | Sun Mei)"]),
    RuleCase("Kiel und Qingdao unterzeichnen Memorandum\nHöhepunkt der Reise war ein Memorandum über Messen. Am 3. Juni 2025 unterzeichneten es für die IHK Kiel deren Präsident Ole Hansen und für den CCPIT Qingdao dessen Vorsitzender Liu Bo.",
             ["signatory(Memorandum zwischen Kiel und Qingdao | Kiel)", "signatory(Memorandum zwischen Kiel und Qingdao | Qingdao)",
              "signatory(Memorandum zwischen Kiel und Qingdao | Ole Hansen)", "signatory(Memorandum zwischen Kiel und Qingdao | Liu Bo)",
              "signingDate(Memorandum zwischen Kiel und Qingdao | 2025-06-03)"]),
    RuleCase("Die Stadt Suhl und die Stadt Anshan unterzeichneten einen Freundschaftsvertrag. Für die chinesische Seite unterschrieb deren Vizebürgermeisterin Zhao Lan.",
             ["signatory(Freundschaftsvertrag zwischen Suhl und Anshan | Suhl)", "signatory(Freundschaftsvertrag zwischen Suhl und Anshan | Anshan)",
              "signatory(Freundschaftsvertrag zwischen Suhl und Anshan | Zhao Lan)"]),
    // `unterschrieben` as the past tense of the parties is no passive; a pronoun without an agreement before it, and a
    // synonym after two agreements, sign nothing more.
    RuleCase("Die Stadt Suhl und die Stadt Anshan unterschrieben einen Freundschaftsvertrag.",
             ["signatory(Freundschaftsvertrag zwischen Suhl und Anshan | Suhl)", "signatory(Freundschaftsvertrag zwischen Suhl und Anshan | Anshan)"]),
    RuleCase("Am 3. Juni 2025 unterzeichneten es für die IHK Kiel deren Präsident Ole Hansen und Liu Bo.", [], none: [.signatory]),
]

/// Lists of persons named after their roles (`die ROLE der ORG, NAME, der ROLE der ORG, NAME`) and copula clauses after a
/// name (`Schatzmeister bleibt NAME, neue Schriftführerin ist NAME`): the role belongs to the name after it.
let round10RoleListCases: [RuleCase] = [
    RuleCase("Anwesend waren die Leiterin des Ordnungsamts Gera, Dr. Ute Sommer, der Geschäftsführer der Stadtwerke Gera AG, Tim Vogt, und weitere Gäste.",
             ["holdsRole(Ute Sommer | Leiterin | Ordnungsamt Gera)", "holdsRole(Tim Vogt | Geschäftsführer | Stadtwerke Gera AG)"]),
    RuleCase("Es sprachen der Präsident der IHK Erfurt, Klaus Brandt, die Rektorin der Universität Erfurt, Prof. Dr. Lisa Horn, und der Landrat.",
             ["holdsRole(Klaus Brandt | Präsident | IHK Erfurt)", "holdsRole(Lisa Horn | Rektorin | Universität Erfurt)"]),
    RuleCase("Gekommen waren die Direktorin der Stadtbibliothek Jena, Anke Roth, der Vorsitzende des Vereins Jena-Nanning e. V., Paul Frey, sowie Gäste aus Nanning.",
             ["holdsRole(Anke Roth | Direktorin | Stadtbibliothek Jena)", "holdsRole(Paul Frey | Vorsitzender | Verein Jena-Nanning e. V.)"]),
    RuleCase("Schatzmeister bleibt Jonas Keil, neue Schriftführerin ist Mia Brandl.",
             ["holdsRole(Jonas Keil | Schatzmeister)", "holdsRole(Mia Brandl | Schriftführerin)"]),
    RuleCase("Vorsitzende bleibt Anna Lenz, neuer Kassenwart ist Tom Feld.",
             ["holdsRole(Anna Lenz | Vorsitzende)", "holdsRole(Tom Feld | Kassenwart)"]),
    RuleCase("Präsident bleibt Uwe Brandt, Vizepräsidentin ist Dr. Jana Wolf.",
             ["holdsRole(Uwe Brandt | Präsident)", "holdsRole(Jana Wolf | Vizepräsidentin)"]),
    // A list of names each with its role after it keeps the roles with the names before them.
    RuleCase("Es sprachen Klaus Brandt, Präsident der IHK Erfurt, Lisa Horn, Rektorin der Universität Erfurt, und der Landrat.",
             ["holdsRole(Klaus Brandt | Präsident | IHK Erfurt)", "holdsRole(Lisa Horn | Rektorin | Universität Erfurt)"]),
]

/// The organisation of a role: a relative possessive right after a name (`für die X GmbH deren Geschäftsführerin NAME`), the
/// district of a district office (`des Landkreises`), a German state's adjective (`ehemaliger bayerischer Wirtschaftsminister`),
/// and the field of a German role before its organisation (`Leiterin Einkauf bei der X AG`).
let round10RoleOrganizationCases: [RuleCase] = [
    RuleCase("Den Vertrag unterzeichneten für die Brenner Logistik GmbH deren Geschäftsführerin Eva Stahl und Li Wei.",
             ["holdsRole(Eva Stahl | Geschäftsführerin | Brenner Logistik GmbH)"]),
    RuleCase("Grußworte sprachen für den Verein Ostbrücke e. V. dessen Vorsitzender Jan Rauch und die Landrätin.",
             ["holdsRole(Jan Rauch | Vorsitzender | Verein Ostbrücke e. V.)"]),
    RuleCase("Es unterschrieben für die Gesellschaft für Technische Zusammenarbeit (GTZ) deren Direktorin Maria Lenz und Wang Bo.",
             ["holdsRole(Maria Lenz | Direktorin | Gesellschaft für Technische Zusammenarbeit)"]),
    RuleCase("Der Landkreis Görlitz empfing eine Delegation aus Shaoxing. Begrüßt wurde sie vom Ersten Beigeordneten des Landkreises, Jörg Hansel.",
             ["holdsRole(Jörg Hansel | erster Beigeordneter | Landkreis Görlitz)"]),
    RuleCase("Der Bezirk Jiangning und Esslingen arbeiten zusammen. Es sprach der Bezirksvorsteher von Jiangning, Xu Ming.",
             ["holdsRole(Xu Ming | Bezirksvorsteher | Bezirk Jiangning)"]),
    RuleCase("Der Landkreis Harz lädt ein. Es spricht die Erste Landesbeamtin des Landkreises, Dr. Sabine Roth.",
             ["holdsRole(Sabine Roth | erste Landesbeamtin | Landkreis Harz)"]),
    RuleCase("Der Landkreis Harz und der Landkreis Goslar haben gewählt. Es sprach der Landrat des Landkreises, Axel Lehmann.",
             [], none: [.holdsRole]),
    RuleCase("Zu Gast war Karl Huber, ehemaliger bayerischer Wirtschaftsminister.",
             ["holdsRole(Karl Huber | ehemaliger Wirtschaftsminister | Bayern)"]),
    RuleCase("Es sprach Petra Lohse, frühere sächsische Staatsministerin.",
             ["holdsRole(Petra Lohse | frühere Staatsministerin | Sachsen)"]),
    RuleCase("Der ehemalige chinesische Botschafter Wu Hong hielt den Festvortrag.",
             ["holdsRole(Wu Hong | ehemaliger Botschafter | China)"]),
    RuleCase("Albers war zuvor Leiterin Einkauf bei der Weser Automotive AG. Neu im Team ist Dr. Ina Kuhn, Leiterin Vertrieb der Kahl Pumpen GmbH.",
             ["holdsRole(Ina Kuhn | Leiterin Vertrieb | Kahl Pumpen GmbH)"]),
    RuleCase("Dr. Heike Lenz, Geschäftsführerin International der Handwerkskammer Kassel, begrüßte die Gäste.",
             ["holdsRole(Heike Lenz | Geschäftsführerin International | Handwerkskammer Kassel)"]),
    RuleCase("Jan Kraus war zuvor Leiter Einkauf bei der Hansa Metall AG in Bremen.",
             ["holdsRole(Jan Kraus | Leiter Einkauf | Hansa Metall AG)"]),
    RuleCase("Neu im Team ist Tobias Ehlert, bisher Key Account Manager bei der Hörmann Logistik GmbH.",
             ["holdsRole(Tobias Ehlert | Key Account Manager | Hörmann Logistik GmbH)"]),
    RuleCase("Die Leitung übernimmt Jana Wolff, zuvor Personalchefin der Weller Pumpen GmbH.",
             ["holdsRole(Jana Wolff | Personalchefin | Weller Pumpen GmbH)"]),
    RuleCase("Es sprach Uwe Brandt, zuletzt Vertriebsvorstand der Hansa Metall AG.",
             ["holdsRole(Uwe Brandt | Vertriebsvorstand | Hansa Metall AG)"]),
    // A relative possessive whose organisation is not known states no post; a name after the role is no field.
    RuleCase("Für die chinesische Seite sprach deren Generalsekretärin Qian Mei.", [], none: [.holdsRole]),
    RuleCase("Geschäftsführer Jens Kuhn der Kahl Pumpen GmbH sprach.", ["holdsRole(Jens Kuhn | Geschäftsführer)"]),
]

/// The organisation a possessive names: `unser`/`unsere` the publisher of the release, `Deren` a company named with its
/// feminine legal form; an acronym of the document's one organisation (`der IHK`); a region the gazetteer does not know
/// between the organisation and the name (`der AHK Greater China in Südchina, NAME`).
let round10PossessiveCases: [RuleCase] = [
    RuleCase("Blog der Hansen Antriebe GmbH, Flensburg – 9. April 2026\n\n„Wir wachsen“, erklärt unser Vorstandsvorsitzender Dr. Ole Hansen.",
             ["holdsRole(Ole Hansen | Vorstandsvorsitzender | Hansen Antriebe GmbH)"]),
    RuleCase("Die Weller Pumpen GmbH meldet Zuwachs.\nUnsere neue Geschäftsführerin Ina Kessler kommt aus Bremen.",
             ["holdsRole(Ina Kessler | neue Geschäftsführerin | Weller Pumpen GmbH)"]),
    RuleCase("Die Besucher sahen das Werk der Kieswerk Nord AG. Deren Vorstandsvorsitzende, Dr. Ute Kramer, führte durch die Halle.",
             ["holdsRole(Ute Kramer | Vorstandsvorsitzende | Kieswerk Nord AG)"]),
    RuleCase("Die IHK Halle-Dessau lud ein. Es sprach Jan Ott, Präsident der IHK.", ["holdsRole(Jan Ott | Präsident | IHK Halle-Dessau)"]),
    RuleCase("Auch der Geschäftsführer der Deutschen Handelskammer in Südchina, Tim Roth, sprach.",
             ["holdsRole(Tim Roth | Geschäftsführer | Deutsche Handelskammer)"]),
    // Two organisations in the first sentence name no publisher, and an acronym two organisations share stays the acronym.
    RuleCase("Die Weller Pumpen GmbH und die Hansa Metall AG melden Zuwachs.\nUnsere neue Geschäftsführerin Ina Kessler kommt aus Bremen.",
             ["holdsRole(Ina Kessler | neue Geschäftsführerin)"]),
    RuleCase("Die IHK Halle-Dessau und die IHK Magdeburg luden ein. Es sprach Jan Ott, Präsident der IHK.",
             ["holdsRole(Jan Ott | Präsident | IHK)"]),
]

/// Adjectival role nouns after a masculine article (`dem Vorsitzenden`, `zum Beauftragten`) are masculine; roles with their
/// field in apposition (`die frühere Bürgermeisterin für Kultur, NAME`); active elections (`wählten die Mitglieder NAME zur
/// Vorsitzenden`).
let round10RoleFormCases: [RuleCase] = [
    RuleCase("Mit dem Vorstandsvorsitzenden der Hebei Steel Group, Wang Tao, sprach die Ministerin.",
             ["holdsRole(Wang Tao | Vorstandsvorsitzender | Hebei Steel Group)"]),
    RuleCase("Der Bürgermeister dankte dem Vorsitzenden des Vereins Ostbrücke e. V., Jan Ott.",
             ["holdsRole(Jan Ott | Vorsitzender | Verein Ostbrücke e. V.)"]),
    RuleCase("Die Rede des Beauftragten der Stadt Halle, Tim Beck, fand Beifall.",
             ["holdsRole(Tim Beck | Beauftragter | Halle)"]),
    RuleCase("Die Vorsitzende des Vereins Ostbrücke e. V., Eva Lang, dankte der Stadt.",
             ["holdsRole(Eva Lang | Vorsitzende | Verein Ostbrücke e. V.)"]),
    RuleCase("Die frühere Bürgermeisterin für Kultur, Heike Marx, erinnerte an die Gründung.",
             ["holdsRole(Heike Marx | frühere Bürgermeisterin)"]),
    RuleCase("Auch der Beauftragte für Integration, Omar Said, sprach.", ["holdsRole(Omar Said | Beauftragter)"]),
    RuleCase("Die Referentin für Asien, Dr. Lea Wirth, stellte die Studie vor.", ["holdsRole(Lea Wirth | Referentin)"]),
    RuleCase("Referentin für Asien, Lea Wirth, und Jan Ott sprachen.", [], none: [.holdsRole]),
    RuleCase("Der Freundeskreis Kiel-Qingdao e. V. hat eine neue Spitze: Bei der Jahresversammlung wählten die Mitglieder Katrin Renz einstimmig zur Vorsitzenden.",
             ["holdsRole(Katrin Renz | Vorsitzende | Freundeskreis Kiel-Qingdao e. V.)"]),
    RuleCase("Die Delegierten wählten Jan Ott zum Präsidenten der Handwerkskammer Halle.",
             ["holdsRole(Jan Ott | Präsident | Handwerkskammer Halle)"]),
    RuleCase("Der Stadtrat ernannte Dr. Eva Wolf zur Beigeordneten der Stadt Suhl.",
             ["holdsRole(Eva Wolf | Beigeordnete | Suhl)"]),
    RuleCase("Der Verein Ostbrücke e. V. wählte einen neuen Vorstand. Vorsitzende ist Eva Lang; sie folgt auf Jan Ott, der zum Ehrenvorsitzenden ernannt wurde.",
             ["holdsRole(Eva Lang | Vorsitzende | Verein Ostbrücke e. V.)", "holdsRole(Jan Ott | Ehrenvorsitzender | Verein Ostbrücke e. V.)"]),
    RuleCase("Die Sinologin Anke Wirth löst Paul Frey ab, der den Verein zwölf Jahre führte und zum Ehrenvorsitzenden des Vereins Ostbrücke e. V. ernannt wurde.",
             ["holdsRole(Paul Frey | Ehrenvorsitzender | Verein Ostbrücke e. V.)"]),
    RuleCase("Geehrt wurde Jan Ott, der 2019 zum Präsidenten der Handwerkskammer Halle gewählt wurde.",
             ["holdsRole(Jan Ott | Präsident | Handwerkskammer Halle)"]),
    // Two organisations before the verb, and a plan, give no election; a relative clause without an organisation in reach
    // neither.
    RuleCase("Geehrt wurde Jan Ott, der 2019 zum Präsidenten gewählt wurde.", [], none: [.holdsRole]),
    RuleCase("Die IHK Halle und die HWK Halle laden ein: Die Mitglieder wählten Jan Ott zum Sprecher.", [], none: [.holdsRole]),
    RuleCase("Die Mitglieder des Vereins Ostbrücke e. V. wollen Jan Ott zum Vorsitzenden wählen.", [], none: [.holdsRole]),
]

/// A post the document names with its organisation makes the same post named without one in another sentence redundant; a
/// person in a photo caption with `(Mitte)` is not in Berlin's borough.
let round10RoleDocumentCases: [RuleCase] = [
    RuleCase("Generalkonsul Li Ming besucht Kassel\nDer chinesische Generalkonsul in Frankfurt, Li Ming, besuchte am Montag Kassel.",
             ["holdsRole(Li Ming | Generalkonsul | China)"]),
    RuleCase("Präsidentin Ute Horn eröffnet Messe\nDie Präsidentin der IHK Kassel, Ute Horn, eröffnete die Messe.",
             ["holdsRole(Ute Horn | Präsidentin | IHK Kassel)"]),
    RuleCase("Generalkonsul Li Ming (2. v. l.) mit Oberbürgermeister Jan Roth (Mitte) und Präsident Uwe Kahl (rechts).",
             ["holdsRole(Li Ming | Generalkonsul)", "holdsRole(Jan Roth | Oberbürgermeister)", "holdsRole(Uwe Kahl | Präsident)"]),
    RuleCase("Oberbürgermeisterin Eva Kolb (Mitte) nahm den Preis entgegen.", ["holdsRole(Eva Kolb | Oberbürgermeisterin)"]),
    RuleCase("Bezirksbürgermeisterin Stefanie Remlinger (Mitte) eröffnete den Markt.",
             ["holdsRole(Stefanie Remlinger | Bezirksbürgermeisterin | Mitte)"]),
]

/// All cases of round ten on roles.
let round10RolesRuleCases = round10SigningDayCases + round10SignatoryCases + round10RoleListCases + round10RoleOrganizationCases
    + round10PossessiveCases + round10RoleFormCases + round10RoleDocumentCases

@Test("round ten roles cases", arguments: round10RolesRuleCases)
func round10RolesRuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
