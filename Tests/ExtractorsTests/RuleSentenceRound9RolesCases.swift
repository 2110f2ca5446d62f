import GraphCore
import Testing
@testable import Extractors

// Round nine, roles and signing: constructions found missing on the development corpus `Tests/Fixtures/press/dev11` (a
// city's press release on a declaration of intent, a regional newspaper's report with quotes, a consulate's web page with a
// photo caption, a company release with English titles, an association's Markdown newsletter with personnel news, a senate's
// release on a framework agreement, a news agency report from Beijing, a university's release). The sentences here are new
// ones with other names; each group has negative cases.

/// Leading an organisation stated with a verb (`die seit 2019 die ORG leitet`, `leitet seit … die ORG`, `übernimmt die
/// Leitung der ORG`, `An der Spitze der ORG steht …`, `wird von NAME geleitet`); a meeting led, a table's top, a plan
/// state no post.
let round9RolesLeadershipCases: [RuleCase] = [
    RuleCase("„Wir brauchen Fachkräfte“, sagte Jana Roth, die seit 2021 die Wirtschaftsförderung Jena GmbH leitet.",
             ["holdsRole(Jana Roth | Leiterin | Wirtschaftsförderung Jena GmbH)"]),
    RuleCase("Mehr erklärte Tobias Lenz, der seit vielen Jahren die Stiftung Mercator leitet, im Anschluss.",
             ["holdsRole(Tobias Lenz | Leiter | Stiftung Mercator)"]),
    RuleCase("Das Grußwort hielt Eva Brandt, die seit Januar das Büro der Stiftung Mercator leitet.",
             ["holdsRole(Eva Brandt | Leiterin | Büro der Stiftung Mercator)"]),
    RuleCase("Die Stiftung Mercator lud ein. Es sprach Eva Brandt, die seit Januar das Büro der Stiftung leitet.",
             ["holdsRole(Eva Brandt | Leiterin | Stiftung Mercator)"]),
    RuleCase("Seit 2018 leitet Peter Hahn die Handwerkskammer Erfurt.",
             ["holdsRole(Peter Hahn | Leiter | Handwerkskammer Erfurt)"]),
    RuleCase("Uwe Kranz leitet seit März die Kessler Maschinenbau GmbH.",
             ["holdsRole(Uwe Kranz | Leiter | Kessler Maschinenbau GmbH)"]),
    RuleCase("Die Firma meldet: Anna Roth leitete bis 2020 die Hallberg AG in Kiel.",
             ["holdsRole(Anna Roth | Leiter | Hallberg AG)", "location(Hallberg AG | Kiel)"]),
    RuleCase("Zum 1. April übernimmt Jan Ott die Leitung der IHK Bonn.",
             ["holdsRole(Jan Ott | Leiter | IHK Bonn)"]),
    RuleCase("Die Leitung der Handwerkskammer Erfurt übernimmt Katrin Lohse.",
             ["holdsRole(Katrin Lohse | Leiter | Handwerkskammer Erfurt)"]),
    RuleCase("Jonas Weber hat im Mai die Leitung der Kessler Maschinenbau GmbH übernommen.",
             ["holdsRole(Jonas Weber | Leiter | Kessler Maschinenbau GmbH)"]),
    RuleCase("An der Spitze der Deutsch-Chinesischen Gesellschaft Kiel e. V. steht weiterhin der Kieler Kaufmann Bernd Vogt.",
             ["holdsRole(Bernd Vogt | Leiter | Deutsch-Chinesische Gesellschaft Kiel e. V.)"]),
    RuleCase("Der Verein Brücke Xi'an e. V. wählte einen Vorstand. An der Spitze des Vereins steht die Hamburger Ärztin Maria Lenz.",
             ["holdsRole(Maria Lenz | Leiterin | Verein Brücke Xi'an e. V.)"]),
    RuleCase("Markus Kern steht seit 2020 an der Spitze der Hallberg AG.",
             ["holdsRole(Markus Kern | Leiter | Hallberg AG)"]),
    RuleCase("Die Repräsentanz des Freistaats Thüringen in Shanghai wird seit Januar von Monika Wolf geleitet.",
             ["holdsRole(Monika Wolf | Leiter | Repräsentanz des Freistaats Thüringen in Shanghai)", "location(Repräsentanz des Freistaats Thüringen in Shanghai | Shanghai)"]),
    RuleCase("Die Kessler Maschinenbau GmbH wird von Dr. Anna Roth geleitet.",
             ["holdsRole(Anna Roth | Leiter | Kessler Maschinenbau GmbH)"]),
    RuleCase("Die Sitzung leitete Jana Roth, die seit 2021 die Wirtschaftsförderung Jena GmbH berät.", [], none: [.holdsRole]),
    RuleCase("Die Debatte leitet Peter Hahn.", [], none: [.holdsRole]),
    RuleCase("An der Spitze der Tabelle steht Uwe Kranz.", [], none: [.holdsRole]),
    RuleCase("Jan Ott soll die Leitung der IHK Bonn übernehmen.", [], none: [.holdsRole]),
    RuleCase("Anna Roth leitet die Sitzung des Ausschusses.", [], none: [.holdsRole]),
]

/// Roles after a quote's speaker and in apposition: English titles with their field, a town's or country's genitive, a
/// branch or a committee between the role and its body, an acronym before the name, a party beside the age or town, a
/// mayor's town in parentheses, a Chinese company's word before a hyphenated role.
let round9RolesTitleCases: [RuleCase] = [
    RuleCase("„Der Markt wächst“, sagte Li Dongmei, General Manager der Weifang Huaxin Textile Machinery Co., Ltd., am Rande der Messe.",
             ["holdsRole(Li Dongmei | General Manager | Weifang Huaxin Textile Machinery Co., Ltd.)"]),
    RuleCase("„Wir investieren weiter“, erklärte Zhang Wei, Managing Director der Kessler Maschinenbau GmbH.",
             ["holdsRole(Zhang Wei | Managing Director | Kessler Maschinenbau GmbH)"]),
    RuleCase("Die Koordination übernimmt Wei Hongtao, Vice President Research and Development bei der Tianfu Motor Co., Ltd.",
             ["holdsRole(Wei Hongtao | Vice President Research and Development | Tianfu Motor Co., Ltd.)"]),
    RuleCase("Sabine Roth ist seit 2022 Chief Technology Officer der Hallberg AG.",
             ["holdsRole(Sabine Roth | Chief Technology Officer | Hallberg AG)"]),
    RuleCase("Frank Ott, Chief Financial Officer der Hallberg AG, stellte die Zahlen vor.",
             ["holdsRole(Frank Ott | Chief Financial Officer | Hallberg AG)"]),
    RuleCase("Am 9. März ist Chinas Generalkonsul in München, Wen Jiaqi, in Augsburg eingetroffen.",
             ["holdsRole(Wen Jiaqi | Generalkonsul | China)"]),
    RuleCase("Darmstadts Oberbürgermeisterin Hanna Berger eröffnete die Messe.",
             ["holdsRole(Hanna Berger | Oberbürgermeisterin | Darmstadt)"]),
    RuleCase("Die Generaldirektorin der Frankfurter Filiale der Bank of China, Chen Meiling, berichtete über neue Kunden.",
             ["holdsRole(Chen Meiling | Generaldirektorin | Bank of China)"]),
    RuleCase("Der Leiter der Hamburger Niederlassung der Kessler Maschinenbau GmbH, Jonas Weber, sprach zuletzt.",
             ["holdsRole(Jonas Weber | Leiter | Hamburger Niederlassung der Kessler Maschinenbau GmbH)"]),
    RuleCase("Auch der Präsident des China Council for the Promotion of International Trade (CCPIT), Gao Weiming, nahm teil.",
             ["holdsRole(Gao Weiming | Präsident | China Council for the Promotion of International Trade)"]),
    RuleCase("Der Vorsitzende des Ausschusses für Wirtschaft im Niedersächsischen Landtag, Heiner Dierks (CDU, Emden), mahnte.",
             ["holdsRole(Heiner Dierks | Vorsitzender | Ausschuss für Wirtschaft)", "memberOf(Heiner Dierks | Christlich Demokratische Union Deutschlands)"]),
    RuleCase("Die Sprecherin des Ausschusses für Europa im Bayerischen Landtag, Anna Roth, begrüßte die Gäste.",
             ["holdsRole(Anna Roth | Sprecherin | Ausschuss für Europa)"]),
    RuleCase("Vorsichtiger äußerte sich Landrat Ulrich Fendt (CDU, 58).",
             ["holdsRole(Ulrich Fendt | Landrat)", "memberOf(Ulrich Fendt | Christlich Demokratische Union Deutschlands)"]),
    RuleCase("Es sprach Bürgermeisterin Eva Kurz (52, SPD).",
             ["holdsRole(Eva Kurz | Bürgermeisterin)", "memberOf(Eva Kurz | Sozialdemokratische Partei Deutschlands)"]),
    RuleCase("Jörg Kramer (CDU, 54), Landrat des Landkreises Görlitz, dankte allen.",
             ["holdsRole(Jörg Kramer | Landrat | Landkreis Görlitz)", "memberOf(Jörg Kramer | Christlich Demokratische Union Deutschlands)"]),
    RuleCase("Oberbürgermeisterin Jana Pietsch (Zwickau) empfing die Gäste.",
             ["holdsRole(Jana Pietsch | Oberbürgermeisterin | Zwickau)"]),
    RuleCase("Bürgermeister Tim Kolb (Kehl) und Landrat Uwe Ott (Landkreis Görlitz) sprachen.",
             ["holdsRole(Tim Kolb | Bürgermeister | Kehl)", "holdsRole(Uwe Ott | Landrat | Landkreis Görlitz)"]),
    RuleCase("Staatsrat Henning Wiese unterrichtete die Bürgerschaft.",
             ["holdsRole(Henning Wiese | Staatsrat)"]),
    RuleCase("Die Präsidentin Guo Yanan sprach am Abend.",
             ["holdsRole(Guo Yanan | Präsidentin)"]),
    RuleCase("Die Liaoning Huamei Casting Co., Ltd. wächst. Huamei-Präsidentin Guo Yanan sprach am Abend.",
             ["holdsRole(Guo Yanan | Präsidentin | Liaoning Huamei Casting Co., Ltd.)"]),
    RuleCase("Dean Zhou Ping von der Tongji University sprach.",
             ["holdsRole(Zhou Ping | Dean | Tongji University)"]),
    RuleCase("Der Sprecher des Ausschusses, Anna Roth, fehlte.", [], none: [.holdsRole, .memberOf]),
    RuleCase("Geschäftsführer Germany Trade and Invest (GTAI), Yong LI, Vize-Direktor der CIPA.",
             ["holdsRole(Yong Li | Vize-Direktor | CIPA)"]),
    RuleCase("Projektleiterin Eva Brandt (Kehl) sprach.",
             ["holdsRole(Eva Brandt | Projektleiterin)"]),
]

/// Signing: `setzten ihre Unterschriften unter`, `paraphierten`, a counterparty after `mit`, a genitive place before a
/// signer's role, `Für ORG unterschrieb …` and a bare `der Vertrag` referring to the agreement just signed, a town hall
/// as the place; a plan, a negotiation, a witness, a meeting partner and a guest book are no signing.
let round9RolesSigningCases: [RuleCase] = [
    RuleCase("Ihre Unterschriften unter den Kooperationsvertrag setzten am 3. März 2026 in Chengdu Harald Bremer, Geschäftsführer der Ostwind Antriebe GmbH, und Deng Yiming, Chairman der Tianfu Motor Co., Ltd.",
             ["holdsRole(Deng Yiming | Chairman | Tianfu Motor Co., Ltd.)", "holdsRole(Harald Bremer | Geschäftsführer | Ostwind Antriebe GmbH)", "location(Kooperationsvertrag zwischen Harald Bremer und Deng Yiming | Chengdu)", "signatory(Kooperationsvertrag zwischen Harald Bremer und Deng Yiming | Deng Yiming)", "signatory(Kooperationsvertrag zwischen Harald Bremer und Deng Yiming | Harald Bremer)", "signingDate(Kooperationsvertrag zwischen Harald Bremer und Deng Yiming | 2026-03-03)"]),
    RuleCase("Ihre Unterschrift unter die Absichtserklärung setzten am 12. Mai 2025 die Stadt Jena und die Provinz Hubei.",
             ["signatory(Absichtserklärung zwischen Jena und Hubei | Hubei)", "signatory(Absichtserklärung zwischen Jena und Hubei | Jena)", "signingDate(Absichtserklärung zwischen Jena und Hubei | 2025-05-12)"]),
    RuleCase("Am 4. Juni 2025 setzten die Hallberg AG und die Jiangnan Group in Wuxi ihre Unterschriften unter einen Liefervertrag.",
             ["signatory(Liefervertrag zwischen Hallberg AG und Jiangnan Group | Hallberg AG)", "signatory(Liefervertrag zwischen Hallberg AG und Jiangnan Group | Jiangnan Group)", "signingDate(Liefervertrag zwischen Hallberg AG und Jiangnan Group | 2025-06-04)"]),
    RuleCase("Die Hafen Kiel GmbH und die Qingdao Port Group hatten am 2. April 2025 ein Memorandum of Understanding paraphiert.",
             ["signatory(Memorandum of Understanding zwischen Hafen Kiel GmbH und Qingdao Port Group | Hafen Kiel GmbH)", "signatory(Memorandum of Understanding zwischen Hafen Kiel GmbH und Qingdao Port Group | Qingdao Port Group)", "signingDate(Memorandum of Understanding zwischen Hafen Kiel GmbH und Qingdao Port Group | 2025-04-02)"]),
    RuleCase("Die Stadt Jena und die Provinz Hubei paraphierten am 12. Mai 2025 in Wuhan eine Absichtserklärung.",
             ["location(Absichtserklärung zwischen Jena und Hubei | Wuhan)", "signatory(Absichtserklärung zwischen Jena und Hubei | Hubei)", "signatory(Absichtserklärung zwischen Jena und Hubei | Jena)", "signingDate(Absichtserklärung zwischen Jena und Hubei | 2025-05-12)"]),
    RuleCase("Am 5. Mai 2025 paraphierten die Hallberg AG und die Jiangnan Group einen Rahmenvertrag.",
             ["signatory(Rahmenvertrag zwischen Hallberg AG und Jiangnan Group | Hallberg AG)", "signatory(Rahmenvertrag zwischen Hallberg AG und Jiangnan Group | Jiangnan Group)", "signingDate(Rahmenvertrag zwischen Hallberg AG und Jiangnan Group | 2025-05-05)"]),
    RuleCase("Andreas Kessler und Petra Bruns unterzeichneten am 11. Juni 2025 am Rande des Forums mit der Hefei Yuanhang Battery Co., Ltd. zwei Lieferverträge.",
             ["signatory(Lieferverträge mit Hefei Yuanhang Battery Co., Ltd. | Andreas Kessler)", "signatory(Lieferverträge mit Hefei Yuanhang Battery Co., Ltd. | Hefei Yuanhang Battery Co., Ltd.)", "signatory(Lieferverträge mit Hefei Yuanhang Battery Co., Ltd. | Petra Bruns)", "signingDate(Lieferverträge mit Hefei Yuanhang Battery Co., Ltd. | 2025-06-11)"]),
    RuleCase("Die Hallberg AG unterzeichnete am 3. Mai 2025 einen Kooperationsvertrag mit der Universität Stuttgart.",
             ["signatory(Kooperationsvertrag zwischen Hallberg AG und Universität Stuttgart | Hallberg AG)", "signatory(Kooperationsvertrag zwischen Hallberg AG und Universität Stuttgart | Universität Stuttgart)", "signingDate(Kooperationsvertrag zwischen Hallberg AG und Universität Stuttgart | 2025-05-03)"]),
    RuleCase("Oberbürgermeister Tim Kolb unterzeichnete am 2. Juli 2025 mit der Stadt Suzhou eine Absichtserklärung.",
             ["holdsRole(Tim Kolb | Oberbürgermeister)", "signatory(Absichtserklärung mit Suzhou | Suzhou)", "signatory(Absichtserklärung mit Suzhou | Tim Kolb)", "signingDate(Absichtserklärung mit Suzhou | 2025-07-02)"]),
    RuleCase("Die Rahmenvereinbarung wurde am 20. Mai 2025 von Hamburgs Erstem Bürgermeister Jörg Lenz und dem Vizebürgermeister von Shanghai, Fang Zhiqiang, unterzeichnet.",
             ["holdsRole(Fang Zhiqiang | Vizebürgermeister | Shanghai)", "holdsRole(Jörg Lenz | erster Bürgermeister | Hamburg)", "signatory(Rahmenvereinbarung zwischen Jörg Lenz und Fang Zhiqiang | Fang Zhiqiang)", "signatory(Rahmenvereinbarung zwischen Jörg Lenz und Fang Zhiqiang | Jörg Lenz)", "signingDate(Rahmenvereinbarung zwischen Jörg Lenz und Fang Zhiqiang | 2025-05-20)"]),
    RuleCase("Das Abkommen wurde am 3. Juli 2025 von Sachsens Wirtschaftsminister Jens Ullrich und dem Gouverneur der Provinz Hubei, Li Wei, unterzeichnet.",
             ["holdsRole(Jens Ullrich | Wirtschaftsminister | Sachsen)", "holdsRole(Li Wei | Gouverneur | Hubei)", "signatory(Abkommen zwischen Jens Ullrich und Li Wei | Jens Ullrich)", "signatory(Abkommen zwischen Jens Ullrich und Li Wei | Li Wei)", "signingDate(Abkommen zwischen Jens Ullrich und Li Wei | 2025-07-03)"]),
    RuleCase("Die Hallberg AG schloss am 3. März 2025 mit der Jiangnan Group einen Liefervertrag. Für die Jiangnan Group unterschrieb Generaldirektor Sun Chaoyang.",
             ["holdsRole(Sun Chaoyang | Generaldirektor | Jiangnan Group)", "signatory(Liefervertrag zwischen Hallberg AG und Jiangnan Group | Hallberg AG)", "signatory(Liefervertrag zwischen Hallberg AG und Jiangnan Group | Jiangnan Group)", "signingDate(Liefervertrag zwischen Hallberg AG und Jiangnan Group | 2025-03-03)"]),
    RuleCase("Die Stadt Jena und die Provinz Hubei unterzeichneten am 12. Mai 2025 eine Absichtserklärung. Für die Provinz unterschrieb Vizegouverneurin Liu Qin.",
             ["holdsRole(Liu Qin | Vizegouverneurin)", "signatory(Absichtserklärung zwischen Jena und Hubei | Hubei)", "signatory(Absichtserklärung zwischen Jena und Hubei | Jena)", "signatory(Absichtserklärung zwischen Jena und Hubei | Liu Qin)", "signingDate(Absichtserklärung zwischen Jena und Hubei | 2025-05-12)"]),
    RuleCase("Die Saxonia Feinguss GmbH hat am 17. Februar 2025 mit der Huamei Casting Co., Ltd. einen Liefervertrag geschlossen. Unterzeichnet wurde der Vertrag von Geschäftsführer Tilo Mehnert und Präsidentin Guo Yanan in Shenyang.",
             ["holdsRole(Guo Yanan | Präsidentin)", "holdsRole(Tilo Mehnert | Geschäftsführer)", "location(Liefervertrag zwischen Saxonia Feinguss GmbH und Huamei Casting Co., Ltd. | Shenyang)", "signatory(Liefervertrag zwischen Saxonia Feinguss GmbH und Huamei Casting Co., Ltd. | Guo Yanan)", "signatory(Liefervertrag zwischen Saxonia Feinguss GmbH und Huamei Casting Co., Ltd. | Huamei Casting Co., Ltd.)", "signatory(Liefervertrag zwischen Saxonia Feinguss GmbH und Huamei Casting Co., Ltd. | Saxonia Feinguss GmbH)", "signatory(Liefervertrag zwischen Saxonia Feinguss GmbH und Huamei Casting Co., Ltd. | Tilo Mehnert)", "signingDate(Liefervertrag zwischen Saxonia Feinguss GmbH und Huamei Casting Co., Ltd. | 2025-02-17)"]),
    RuleCase("Die Stadt Jena und die Provinz Hubei unterzeichneten am 12. Mai 2025 eine Kooperationsvereinbarung. Die Vereinbarung wurde von Oberbürgermeister Tim Kolb unterzeichnet.",
             ["holdsRole(Tim Kolb | Oberbürgermeister)", "signatory(Kooperationsvereinbarung zwischen Jena und Hubei | Hubei)", "signatory(Kooperationsvereinbarung zwischen Jena und Hubei | Jena)", "signatory(Kooperationsvereinbarung zwischen Jena und Hubei | Tim Kolb)", "signingDate(Kooperationsvereinbarung zwischen Jena und Hubei | 2025-05-12)"]),
    RuleCase("Eine Absichtserklärung unterzeichneten Oberbürgermeisterin Carola Heintzmann und Gu Wenbin am 14. April 2025 im Karlsruher Rathaus.",
             ["holdsRole(Carola Heintzmann | Oberbürgermeisterin)", "location(Absichtserklärung zwischen Carola Heintzmann und Gu Wenbin | Karlsruhe)", "signatory(Absichtserklärung zwischen Carola Heintzmann und Gu Wenbin | Carola Heintzmann)", "signatory(Absichtserklärung zwischen Carola Heintzmann und Gu Wenbin | Gu Wenbin)", "signingDate(Absichtserklärung zwischen Carola Heintzmann und Gu Wenbin | 2025-04-14)"]),
    RuleCase("Die Stadt Kiel und die Stadt Qingdao unterzeichneten am 3. Mai 2025 im Kieler Rathaus eine Absichtserklärung.",
             ["location(Absichtserklärung zwischen Kiel und Qingdao | Kiel)", "signatory(Absichtserklärung zwischen Kiel und Qingdao | Kiel)", "signatory(Absichtserklärung zwischen Kiel und Qingdao | Qingdao)", "signingDate(Absichtserklärung zwischen Kiel und Qingdao | 2025-05-03)"]),
    RuleCase("Die Rahmenvereinbarung wurde am 20. Mai 2025 im Hamburger Rathaus von der Stadt Hamburg und der Stadt Shanghai unterzeichnet.",
             ["location(Rahmenvereinbarung zwischen Hamburg und Shanghai | Hamburg)", "signatory(Rahmenvereinbarung zwischen Hamburg und Shanghai | Hamburg)", "signatory(Rahmenvereinbarung zwischen Hamburg und Shanghai | Shanghai)", "signingDate(Rahmenvereinbarung zwischen Hamburg und Shanghai | 2025-05-20)"]),
    RuleCase("Im Herbst soll in Changzhou ein Kooperationsvertrag zwischen der Handwerkskammer Karlsruhe und der Stadt Changzhou unterzeichnet werden.", [], none: [.signatory]),
    RuleCase("Ein Abkommen zwischen der Stadt Kiel und der Stadt Qingdao wird derzeit verhandelt.", [], none: [.signatory]),
    RuleCase("Die Stadt Jena und die Provinz Hubei unterzeichneten am 12. Mai 2025 eine Absichtserklärung in Anwesenheit von Ministerpräsident Jens Ullrich.",
             ["holdsRole(Jens Ullrich | Ministerpräsident)", "signatory(Absichtserklärung zwischen Jena und Hubei | Hubei)", "signatory(Absichtserklärung zwischen Jena und Hubei | Jena)", "signingDate(Absichtserklärung zwischen Jena und Hubei | 2025-05-12)"]),
    RuleCase("Die Hallberg AG unterzeichnete am 3. Mai 2025 nach einem Treffen mit der Universität Stuttgart eine Absichtserklärung.",
             ["signatory(Absichtserklärung mit Hallberg AG | Hallberg AG)", "signingDate(Absichtserklärung mit Hallberg AG | 2025-05-03)"]),
    RuleCase("Am Abend unterschrieb Ministerpräsident Jens Ullrich im Goldenen Buch der Stadt Kiel.",
             ["holdsRole(Jens Ullrich | Ministerpräsident)"]),
    RuleCase("Die Gäste setzten sich an den Tisch. Für die Stadt sprach Bürgermeister Tim Kolb.",
             ["holdsRole(Tim Kolb | Bürgermeister)"]),
    RuleCase("Die Hallberg AG unterzeichnete am 3. Mai 2025 eine Absichtserklärung. Am Abend unterschrieb Ministerpräsident Jens Ullrich im Goldenen Buch.",
             ["holdsRole(Jens Ullrich | Ministerpräsident)", "signatory(Absichtserklärung mit Hallberg AG | Hallberg AG)", "signingDate(Absichtserklärung mit Hallberg AG | 2025-05-03)"]),
]
/// All cases of round nine on roles and signing.
let round9RolesRuleCases = round9RolesLeadershipCases + round9RolesTitleCases + round9RolesSigningCases

@Test("round nine roles and signing cases", arguments: round9RolesRuleCases)
func round9RolesRuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
