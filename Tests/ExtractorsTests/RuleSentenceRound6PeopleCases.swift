import GraphCore
import Testing
@testable import Extractors

// Round six of marked German examples for people, roles and organisations: honorifics after the comma, roles with
// `bei der`/`von der`, English business titles, representative offices, affiliations in parentheses, names of
// ministries and state offices, seats (`ansässig`, `aus`), founding phrases and references back to a person or an
// organisation. Each group has negative examples.

/// Honorifics (`Herr`, `Frau`) between the comma and the name, and an honorific before a name with a role after it.
let round6HonorificCases: [RuleCase] = [
    RuleCase("Der Generalkonsul der Volksrepublik China in Hamburg, Herr Liu Jian, eröffnete den Empfang.",
             ["holdsRole(Liu Jian | Generalkonsul | China)"]),
    RuleCase("Die Präsidentin der Handwerkskammer Trier, Frau Ute Lenz, dankte den Partnern aus Taicang.",
             ["holdsRole(Ute Lenz | Präsidentin | Handwerkskammer Trier)"]),
    RuleCase("Frau Dr. Sabine Keller, Leiterin des Amtes für Wirtschaftsförderung der Stadt Lüneburg, begrüßte die Gäste.",
             ["holdsRole(Sabine Keller | Leiterin | Amt für Wirtschaftsförderung der Stadt Lüneburg)"]),
    RuleCase("Herr Paul Winter, Vorsitzender der Deutsch-Chinesischen Gesellschaft Ulm e. V., hielt die Festrede.",
             ["holdsRole(Paul Winter | Vorsitzender | Deutsch-Chinesische Gesellschaft Ulm e. V.)"]),
    // The role belongs to an unnamed person; the named one is the object.
    RuleCase("Die Leiterin des Amtes für Wirtschaftsförderung der Stadt Lüneburg begrüßte Frau Dr. Sabine Keller.", [],
             none: [.holdsRole]),
    RuleCase("Der Generalkonsul, Herr Liu Jian und Frau Ute Lenz besuchten das Werk.", [], none: [.holdsRole]),
]

/// `NAME, ROLE bei der ORG`, `NAME, ROLE von der ORG`, `ROLE des BÜROS der ORG, NAME` and English titles.
let round6BusinessRoleCases: [RuleCase] = [
    RuleCase("Jonas Richter, Geschäftsführer bei der Hanse Marine Technik GmbH, stellte das Projekt vor.",
             ["holdsRole(Jonas Richter | Geschäftsführer | Hanse Marine Technik GmbH)"]),
    RuleCase("Miriam Hoff, Vertriebsleiterin von der Kessler Antriebstechnik GmbH, erläuterte die Pläne.",
             ["holdsRole(Miriam Hoff | Vertriebsleiterin | Kessler Antriebstechnik GmbH)"]),
    RuleCase("Chen Bo, Chief Representative der Schäfer Automation AG in China, sprach in Hefei.",
             ["holdsRole(Chen Bo | Chief Representative | Schäfer Automation AG)"]),
    RuleCase("Laura Stein, CEO der Nordlicht Solar GmbH, kündigte ein Werk in Changzhou an.",
             ["holdsRole(Laura Stein | CEO | Nordlicht Solar GmbH)"]),
    RuleCase("Thomas Weigel, Managing Director der Weigel Pumpen GmbH, unterschrieb für sein Unternehmen.",
             ["holdsRole(Thomas Weigel | Managing Director | Weigel Pumpen GmbH)"]),
    RuleCase("Es sprach Tim Kraus, Head of Sales der Brenner Robotics GmbH.",
             ["holdsRole(Tim Kraus | Head of Sales | Brenner Robotics GmbH)"]),
    RuleCase("Die Kessler Antriebstechnik GmbH sucht einen neuen CEO für das Geschäft in Asien.", [], none: [.holdsRole]),
    RuleCase("Laura Stein, die CEO der Nordlicht Solar GmbH werden soll, sprach zuerst.", [], none: [.holdsRole]),
]

/// `ROLE NAME vom/von der ORG` – the organisation after the name of a person introduced by a role.
let round6RoleNameOrgCases: [RuleCase] = [
    RuleCase("Staatssekretär Paul Berger vom Ministerium für Wirtschaft, Arbeit und Energie des Landes Brandenburg eröffnete die Konferenz.",
             ["holdsRole(Paul Berger | Staatssekretär | Ministerium für Wirtschaft, Arbeit und Energie des Landes Brandenburg)"]),
    RuleCase("Geschäftsführerin Nina Adler von der Wirtschaftsförderung Region Heilbronn GmbH stellte den Standort vor.",
             ["holdsRole(Nina Adler | Geschäftsführerin | Wirtschaftsförderung Region Heilbronn GmbH)"]),
    RuleCase("Bürgermeister Jonas Hahn von der SPD begrüßte die Gäste.", ["holdsRole(Jonas Hahn | Bürgermeister)"]),
    RuleCase("Bürgermeister Jonas Hahn von der Stadt Lahr begrüßte die Gäste aus Yangzhou.",
             ["holdsRole(Jonas Hahn | Bürgermeister | Lahr)"]),
    // The organisation after the name is what the person receives a visitor from, not the post.
    RuleCase("Bürgermeister Jonas Hahn empfing Besucher von der Hanse Marine Technik GmbH.", ["holdsRole(Jonas Hahn | Bürgermeister)"]),
]

/// Representative offices of Chinese cities and provinces in Germany.
let round6RepresentationCases: [RuleCase] = [
    RuleCase("Wang Li, Leiterin der Repräsentanz der Stadt Ningbo in Düsseldorf, stellte die Freihandelszone vor.",
             ["holdsRole(Wang Li | Leiterin | Repräsentanz der Stadt Ningbo in Düsseldorf)", "location(Repräsentanz der Stadt Ningbo in Düsseldorf | Düsseldorf)"]),
    RuleCase("Zhang Hui leitet seit 2019 die Repräsentanz der Provinz Jiangsu in Düsseldorf.",
             ["location(Repräsentanz der Provinz Jiangsu in Düsseldorf | Düsseldorf)"], none: [.holdsRole]),
    RuleCase("Die Repräsentanz der Provinz Jiangsu in Düsseldorf wird von Zhang Hui geleitet.",
             ["location(Repräsentanz der Provinz Jiangsu in Düsseldorf | Düsseldorf)"]),
    RuleCase("Zhang Hui möchte eine Repräsentanz der Provinz Jiangsu in Düsseldorf eröffnen.", [], none: [.location, .holdsRole]),
]

/// Affiliations in parentheses: an organisation is a membership, a party is a party membership, never a post.
let round6ParenthesisCases: [RuleCase] = [
    RuleCase("Prof. Dr. Helga Brandt (Universität Stuttgart) sprach über Batteriespeicher.",
             ["memberOf(Helga Brandt | Universität Stuttgart)"], none: [.holdsRole]),
    RuleCase("Es diskutierten Dr. Kai Lorenz (Fraunhofer-Institut für Solare Energiesysteme) und Mei Lin (Tongji-Universität).",
             ["memberOf(Kai Lorenz | Fraunhofer-Institut für Solare Energiesysteme)", "memberOf(Mei Lin | Tongji-Universität)"],
             none: [.holdsRole]),
    RuleCase("Bürgermeister Jonas Hahn (SPD) und Stadträtin Eva Kranz (CDU) begrüßten die Gäste.",
             ["holdsRole(Jonas Hahn | Bürgermeister)", "holdsRole(Eva Kranz | Stadträtin)",
              "memberOf(Jonas Hahn | Sozialdemokratische Partei Deutschlands)",
              "memberOf(Eva Kranz | Christlich Demokratische Union Deutschlands)"]),
    RuleCase("Helga Brandt (58) sprach über Batteriespeicher.", [], none: [.memberOf, .holdsRole]),
]

/// Names of state offices, chambers, ministries, institutes and associations.
let round6OrganizationCases: [RuleCase] = [
    RuleCase("Die Wirtschaftsförderung Region Heilbronn GmbH (WRH) hat ihren Sitz in Heilbronn.",
             ["alias(Wirtschaftsförderung Region Heilbronn GmbH | WRH)", "location(Wirtschaftsförderung Region Heilbronn GmbH | Heilbronn)"]),
    RuleCase("Anke Vogt, Präses der Handelskammer Bremen, begrüßte die Delegation aus Dalian.",
             ["holdsRole(Anke Vogt | Präses | Handelskammer Bremen)"]),
    RuleCase("Li Na, Direktorin des Konfuzius-Instituts an der Universität Trier, stellte das Programm vor.",
             ["holdsRole(Li Na | Direktorin | Konfuzius-Institut an der Universität Trier)"]),
    RuleCase("Jens Adler, Staatssekretär in der Sächsischen Staatskanzlei, reiste nach Hubei.",
             ["holdsRole(Jens Adler | Staatssekretär | Sächsische Staatskanzlei)"]),
    RuleCase("Tanja Krüger, Referatsleiterin im Bayerischen Staatsministerium für Wirtschaft, Landesentwicklung und Energie, sprach über Förderung.",
             ["holdsRole(Tanja Krüger | Referatsleiterin | Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie)"]),
    RuleCase("Das Ministerium für Wirtschaft, Arbeit und Energie des Landes Brandenburg (MWAE) fördert das Projekt.",
             ["alias(Ministerium für Wirtschaft, Arbeit und Energie des Landes Brandenburg | MWAE)"]),
    RuleCase("Martin Kühn, Geschäftsführer des Verbandes der Chemischen Industrie, warnte vor Zöllen.",
             ["holdsRole(Martin Kühn | Geschäftsführer | Verband der Chemischen Industrie)"]),
    RuleCase("Das Generalkonsulat der Volksrepublik China in Hamburg unterstützt das Projekt.",
             ["location(Generalkonsulat der Volksrepublik China in Hamburg | Hamburg)"]),
    // Lists of policy fields are no names.
    RuleCase("Die Stadt arbeitet mit China in Wirtschaft, Arbeit und Energie zusammen.", [], none: [.alias, .location]),
]

/// Seats: `das in CITY ansässige Unternehmen`, `mit Hauptsitz in`, `ORG aus CITY` for companies.
let round6SeatCases: [RuleCase] = [
    RuleCase("Die in Ningbo ansässige Haitong Präzisionsteile GmbH liefert nach Gera.",
             ["location(Haitong Präzisionsteile GmbH | Ningbo)"]),
    RuleCase("Die Jiangsu Tianrun Group mit Hauptsitz in Changzhou eröffnet ein Werk in Gera.",
             ["location(Jiangsu Tianrun Group | Changzhou)"]),
    RuleCase("Die Weigel Pumpen GmbH aus Bielefeld stellt in Wuhan aus.", ["location(Weigel Pumpen GmbH | Bielefeld)"]),
    RuleCase("Mit dabei waren die Hanse Marine Technik GmbH aus Rostock und die Brenner Robotics GmbH aus Jena.",
             ["location(Hanse Marine Technik GmbH | Rostock)", "location(Brenner Robotics GmbH | Jena)"]),
    RuleCase("Das Unternehmen ist in Ningbo ansässig und liefert nach Gera.", [], none: [.location]),
    RuleCase("Die Weigel Pumpen GmbH liefert Pumpen aus Bielefeld nach Wuhan.", [], none: [.location]),
    RuleCase("Vertreter der Weigel Pumpen GmbH reisten aus Bielefeld an.", [], none: [.location]),
]

/// Founding: participle before the name, `im Jahr`, `seit ihrer Gründung`, `wurde YEAR als … gegründet`.
let round6FoundingCases: [RuleCase] = [
    RuleCase("Der 2005 gegründete Deutsch-Japanische Freundeskreis Erfurt zählt 80 Mitglieder.",
             ["foundingDate(Deutsch-Japanischer Freundeskreis Erfurt | 2005)"]),
    RuleCase("Die Hanse Marine Technik GmbH, gegründet im Jahr 1998, beschäftigt 200 Menschen.",
             ["foundingDate(Hanse Marine Technik GmbH | 1998)"]),
    RuleCase("Seit ihrer Gründung im Jahr 2012 hat die Deutsch-Vietnamesische Gesellschaft Jena über 50 Projekte gefördert.",
             ["foundingDate(Deutsch-Vietnamesische Gesellschaft Jena | 2012)"]),
    RuleCase("Die Nordwind Energie GmbH wurde 1999 als Tochter der Kessler Antriebstechnik GmbH gegründet.",
             ["foundingDate(Nordwind Energie GmbH | 1999)"]),
    RuleCase("Die Deutsch-Vietnamesische Gesellschaft Jena feiert 2024 ihr Jubiläum; seit ihrer Gründung sind 30 Jahre vergangen.",
             [], none: [.foundingDate]),
    RuleCase("Die Gründung der Deutsch-Vietnamesischen Gesellschaft Jena ist für 2026 geplant.", [], none: [.foundingDate]),
]

/// References back: a surname after the full name, an acronym that the text defines later, inflected names.
let round6ReferenceCases: [RuleCase] = [
    RuleCase("Prof. Dr. Helene Marquardt leitet die Delegation. Marquardt ist Präsidentin der Hochschule Coburg.",
             ["holdsRole(Helene Marquardt | Präsidentin | Hochschule Coburg)"]),
    RuleCase("DCWV-Präsident Jan Ott eröffnete den Abend. Der Deutsch-Chinesische Wirtschaftsverein (DCWV) wurde 2001 gegründet.",
             ["holdsRole(Jan Ott | Präsident | Deutsch-Chinesischer Wirtschaftsverein)",
              "alias(Deutsch-Chinesischer Wirtschaftsverein | DCWV)", "foundingDate(Deutsch-Chinesischer Wirtschaftsverein | 2001)"]),
    RuleCase("Eva Brandt, Vizepräsidentin des Deutsch-Chinesischen Wirtschaftsvereins, sprach. Brandt lobte die Zusammenarbeit.",
             ["holdsRole(Eva Brandt | Vizepräsidentin | Deutsch-Chinesischer Wirtschaftsverein)"]),
]

/// Offices inside an organisation, former posts, quoted and unnamed roles, lower-case state adjectives.
let round6OfficeCases: [RuleCase] = [
    RuleCase("Leiter des China-Büros der IHK Ostwürttemberg, Markus Brenner, berichtete über Lieferketten.",
             ["holdsRole(Markus Brenner | Leiter | China-Büro der IHK Ostwürttemberg)"]),
    RuleCase("Der frühere Oberbürgermeister Klaus Hendel erinnerte an die Anfänge der Partnerschaft.",
             ["holdsRole(Klaus Hendel | früherer Oberbürgermeister)"]),
    RuleCase("„Wir brauchen einen Geschäftsführer mit China-Erfahrung“, sagte Klaus Hendel.", [], none: [.holdsRole]),
    RuleCase("Ein Sprecher der Kessler Antriebstechnik GmbH bestätigte den Auftrag aus Wuhan.", [], none: [.holdsRole]),
    RuleCase("Ute Lenz, Referentin im bayerischen Wirtschaftsministerium, stellte das Förderprogramm vor.",
             ["holdsRole(Ute Lenz | Referentin | Bayerisches Wirtschaftsministerium)"]),
    // The ministry named by its state's adjective is the ministry the text names in full.
    RuleCase("Das Ministerium für Wirtschaft, Arbeit und Energie des Landes Brandenburg fördert das Projekt. Ute Lenz, Referentin im brandenburgischen Wirtschaftsministerium, stellte es vor.",
             ["holdsRole(Ute Lenz | Referentin | Ministerium für Wirtschaft, Arbeit und Energie des Landes Brandenburg)"]),
    RuleCase("Die chinesische Botschaft in Berlin unterstützt das Projekt.", ["location(Chinesische Botschaft in Berlin | Berlin)"]),
    RuleCase("Das Generalkonsulat der Volksrepublik China in Hamburg lud ein. Sun Mei, Konsulin im chinesischen Generalkonsulat, sprach.",
             ["holdsRole(Sun Mei | Konsulin | Generalkonsulat der Volksrepublik China in Hamburg)"]),
    RuleCase("Jens Adler, Sprecher der bayerischen Staatskanzlei, kündigte die Reise an.",
             ["holdsRole(Jens Adler | Sprecher | Bayerische Staatskanzlei)"]),
    RuleCase("Die chinesische Wirtschaft wächst, sagte Jens Adler, Sprecher der chinesischen Delegation.",
             ["holdsRole(Jens Adler | Sprecher)"], none: [.location, .memberOf]),
    RuleCase("Das Deutsch-Chinesische Zentrum e. V. in Leipzig wurde 2008 gegründet.",
             ["foundingDate(Deutsch-Chinesisches Zentrum e. V. | 2008)", "location(Deutsch-Chinesisches Zentrum e. V. | Leipzig)"]),
    RuleCase("Oberbürgermeisterin Dr. Katja Ebert empfing die Gäste. Ebert betonte die Bedeutung der Partnerschaft. Frau Ebert ist seit 2020 im Amt.",
             ["holdsRole(Katja Ebert | Oberbürgermeisterin)"]),
]

/// Roles in lists and captions: `NAME (ROLE, ORG)`, `NAME, ROLE, ORG`, elections and state adjectives before a post.
let round6ListAndElectionCases: [RuleCase] = [
    RuleCase("Auf dem Podium: Jan Ott (Geschäftsführer, Weigel Pumpen GmbH) und Mei Lin (Tongji-Universität).",
             ["holdsRole(Jan Ott | Geschäftsführer | Weigel Pumpen GmbH)", "memberOf(Mei Lin | Tongji-Universität)"]),
    RuleCase("Im Bild: Jan Ott, Geschäftsführer, Weigel Pumpen GmbH, und Sabine Keller.",
             ["holdsRole(Jan Ott | Geschäftsführer | Weigel Pumpen GmbH)"]),
    RuleCase("Die chinesische Generalkonsulin in Frankfurt, Sun Mei, besuchte die Messe.",
             ["holdsRole(Sun Mei | Generalkonsulin | China)"]),
    RuleCase("Jan Ott wurde im März zum Präsidenten der Handwerkskammer Trier gewählt.",
             ["holdsRole(Jan Ott | Präsident | Handwerkskammer Trier)"]),
    RuleCase("Sabine Keller wurde als Vorsitzende der Deutsch-Chinesischen Gesellschaft Ulm e. V. bestätigt.",
             ["holdsRole(Sabine Keller | Vorsitzende | Deutsch-Chinesische Gesellschaft Ulm e. V.)"]),
    RuleCase("Sabine Keller soll im Mai zur Vorsitzenden der Deutsch-Chinesischen Gesellschaft Ulm e. V. gewählt werden.", [],
             none: [.holdsRole]),
    RuleCase("Frau Keller, Leiterin des Amtes für Wirtschaftsförderung der Stadt Lüneburg, begrüßte die Gäste.", [],
             none: [.memberOf]),
]

/// Roles in a board (`Vorsitzender des Vorstands der X AG`), roles with `bei`, companies described in apposition.
let round6BoardCases: [RuleCase] = [
    RuleCase("Dr. Jan Ott, Vorsitzender des Vorstands der Kessler Antriebstechnik AG, unterzeichnete den Vertrag nicht.",
             ["holdsRole(Jan Ott | Vorsitzender des Vorstands | Kessler Antriebstechnik AG)"]),
    RuleCase("Sabine Keller, Sprecherin der Geschäftsführung der Weigel Pumpen GmbH, sprach über den Markt.",
             ["holdsRole(Sabine Keller | Sprecherin der Geschäftsführung | Weigel Pumpen GmbH)"]),
    RuleCase("Sabine Keller ist Projektleiterin bei der Weigel Pumpen GmbH.",
             ["holdsRole(Sabine Keller | Projektleiterin | Weigel Pumpen GmbH)"]),
    RuleCase("Die Ningbo Haitian Precision GmbH, ein Zulieferer aus Ningbo, eröffnet ein Werk in Gera.",
             ["location(Ningbo Haitian Precision GmbH | Ningbo)"]),
    RuleCase("Die Weigel Pumpen GmbH, ein Hersteller von Industriepumpen mit Sitz in Bielefeld, stellt in Wuhan aus.",
             ["location(Weigel Pumpen GmbH | Bielefeld)"]),
    RuleCase("Die Weigel Pumpen GmbH, ein Kunde aus Bielefeld, stellt in Wuhan aus.", [], none: [.location]),
    RuleCase("Sabine Keller, Sprecherin der Geschäftsführung, sprach über den Markt.",
             ["holdsRole(Sabine Keller | Sprecherin der Geschäftsführung)"]),
]

/// A place's genitive before a role (`Düsseldorfs Oberbürgermeister`) and an apposition with its article
/// (`NAME, der Präsident der IHK Bonn,`).
let round6GenitiveAndArticleCases: [RuleCase] = [
    RuleCase("Lüneburgs Oberbürgermeisterin Anke Vogt empfing die Delegation aus Taicang.",
             ["holdsRole(Anke Vogt | Oberbürgermeisterin | Lüneburg)"]),
    RuleCase("Sachsens Wirtschaftsminister Jens Adler reiste nach Hubei.", ["holdsRole(Jens Adler | Wirtschaftsminister | Sachsen)"]),
    RuleCase("Jan Ott, der Präsident der Handwerkskammer Trier, eröffnete die Messe.",
             ["holdsRole(Jan Ott | Präsident | Handwerkskammer Trier)"]),
    RuleCase("Sabine Keller, die neue Geschäftsführerin der Weigel Pumpen GmbH, stellte sich vor.",
             ["holdsRole(Sabine Keller | neue Geschäftsführerin | Weigel Pumpen GmbH)"]),
    RuleCase("Jan Ott, der Präsident der Handwerkskammer Trier werden will, eröffnete die Messe.", [], none: [.holdsRole]),
    RuleCase("Jan Ott, der den Präsidenten der Handwerkskammer Trier kennt, eröffnete die Messe.", [], none: [.holdsRole]),
]

/// `das Unternehmen`, `der Verein` referring back to the one company or association just named.
let round6GenericReferenceCases: [RuleCase] = [
    RuleCase("Die Weigel Pumpen GmbH baut ihr Chinageschäft aus. Das Unternehmen wurde im Jahr 1998 in Bielefeld gegründet.",
             ["foundingDate(Weigel Pumpen GmbH | 1998)"]),
    RuleCase("Die Weigel Pumpen GmbH baut ihr Chinageschäft aus. Das Unternehmen hat seinen Sitz in Bielefeld.",
             ["location(Weigel Pumpen GmbH | Bielefeld)"]),
    RuleCase("Die Deutsch-Chinesische Gesellschaft Ulm e. V. lädt ein. Der Verein wurde 1991 gegründet.",
             ["foundingDate(Deutsch-Chinesische Gesellschaft Ulm e. V. | 1991)"]),
    // Two companies: the reference is unclear.
    RuleCase("Die Weigel Pumpen GmbH und die Kessler Antriebstechnik AG bauen aus. Das Unternehmen hat seinen Sitz in Bielefeld.",
             [], none: [.location]),
    // Plural `die Unternehmen` is no reference.
    RuleCase("Die Weigel Pumpen GmbH baut aus. Die Unternehmen der Region haben ihren Sitz in Bielefeld.", [], none: [.location]),
]

/// Attributes between the article and the organisation, and English `of`.
let round6AttributeCases: [RuleCase] = [
    RuleCase("Jan Ott, Präsident des Verbandes Deutscher Reeder, sprach über Häfen in China.",
             ["holdsRole(Jan Ott | Präsident | Verband Deutscher Reeder)"]),
    RuleCase("Anna Roth, Geschäftsführerin der neu gegründeten Nordlicht Solar GmbH, sprach in Changzhou.",
             ["holdsRole(Anna Roth | Geschäftsführerin | Nordlicht Solar GmbH)"]),
    RuleCase("Geschäftsführerin der in Hamburg ansässigen Nordlicht Solar GmbH ist Anna Roth.",
             ["holdsRole(Anna Roth | Geschäftsführerin | Nordlicht Solar GmbH)", "location(Nordlicht Solar GmbH | Hamburg)"]),
    RuleCase("Der Bürgermeister der chinesischen Partnerstadt Ningbo, Li Ming, dankte den Gastgebern.",
             ["holdsRole(Li Ming | Bürgermeister | Ningbo)"]),
    RuleCase("Laura Stein, CEO of Nordlicht Solar GmbH, sprach auf Englisch.", ["holdsRole(Laura Stein | CEO | Nordlicht Solar GmbH)"]),
    // No organisation after the adjective: the role alone.
    RuleCase("Anna Roth, Geschäftsführerin der größten Messe des Landes, sprach.", ["holdsRole(Anna Roth | Geschäftsführerin)"]),
]

/// All round-six people cases.
let round6PeopleRuleCases = round6HonorificCases + round6BusinessRoleCases + round6RoleNameOrgCases
    + round6RepresentationCases + round6ParenthesisCases + round6OrganizationCases + round6SeatCases
    + round6FoundingCases + round6ReferenceCases + round6OfficeCases
    + round6ListAndElectionCases + round6BoardCases + round6GenitiveAndArticleCases
    + round6GenericReferenceCases + round6AttributeCases

@Test("round six people rule cases", arguments: round6PeopleRuleCases)
func round6PeopleRuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
