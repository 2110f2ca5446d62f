import GraphCore
import Testing
@testable import Extractors

// Round six of marked German examples for events, dates, places, membership, partnerships and signings, written for
// constructions of press releases of city press offices, chambers, companies, ministries and universities. Each group
// has negative examples (wishes, plans, negations, questions, vague dates).

/// Event dates: weekday appositions, pairs and ranges of days, vague dates and years alone.
let round6EventDateCases: [RuleCase] = [
    RuleCase("Am Donnerstag, 16. März 2023, lädt die IHK Kassel zum 5. Deutsch-Chinesischen Wirtschaftsforum ein.",
             ["startDate(5. Deutsch-Chinesisches Wirtschaftsforum | 2023-03-16)",
              "organizer(5. Deutsch-Chinesisches Wirtschaftsforum | IHK Kassel)"]),
    RuleCase("Am Mittwoch, den 8. November 2023, findet in Würzburg das 5. Deutsch-Chinesische Gesundheitsforum statt.",
             ["startDate(5. Deutsch-Chinesisches Gesundheitsforum | 2023-11-08)",
              "location(5. Deutsch-Chinesisches Gesundheitsforum | Würzburg)"]),
    RuleCase("Die 3. Deutsch-Chinesische Logistikkonferenz findet am 7. und 8. Oktober 2025 in Dortmund statt.",
             ["startDate(3. Deutsch-Chinesische Logistikkonferenz | 2025-10-07)",
              "location(3. Deutsch-Chinesische Logistikkonferenz | Dortmund)"]),
    RuleCase("Vom 21. bis 23. April 2024 findet in Hefei die 2. Deutsch-Chinesische Wasserstoffkonferenz statt.",
             ["startDate(2. Deutsch-Chinesische Wasserstoffkonferenz | 2024-04-21)",
              "location(2. Deutsch-Chinesische Wasserstoffkonferenz | Hefei)"]),
    RuleCase("Vom 28. Februar bis 2. März 2024 tagte in Münster das 7. Deutsch-Japanische Umweltsymposium.",
             ["startDate(7. Deutsch-Japanisches Umweltsymposium | 2024-02-28)",
              "location(7. Deutsch-Japanisches Umweltsymposium | Münster)"]),
    // A part of a month is as precise as its month; without a year it dates nothing.
    RuleCase("Das 4. Deutsch-Koreanische Energieforum findet Ende Oktober 2025 in Bochum statt.",
             ["location(4. Deutsch-Koreanisches Energieforum | Bochum)", "startDate(4. Deutsch-Koreanisches Energieforum | 2025-10)"]),
    RuleCase("Das 4. Deutsch-Koreanische Energieforum findet Ende Oktober in Bochum statt.",
             ["location(4. Deutsch-Koreanisches Energieforum | Bochum)"], none: [.startDate]),
    RuleCase("Das 4. Deutsch-Koreanische Energieforum ist für Mitte 2025 geplant.", [], none: [.startDate]),
    RuleCase("Das 6. Deutsch-Chinesische Mittelstandsforum fand 2019 in Ulm statt.",
             ["startDate(6. Deutsch-Chinesisches Mittelstandsforum | 2019)", "location(6. Deutsch-Chinesisches Mittelstandsforum | Ulm)"]),
    RuleCase("Findet das 6. Deutsch-Chinesische Mittelstandsforum am 3. Mai 2026 in Ulm statt?", [], none: [.startDate, .location]),
    RuleCase("Das 6. Deutsch-Chinesische Mittelstandsforum findet am 3. Mai 2026 nicht in Ulm statt.", [], none: [.startDate, .location]),
    RuleCase("Anmeldeschluss für das 6. Deutsch-Chinesische Mittelstandsforum ist der 20. April 2026.", [], none: [.startDate]),
]

/// Datelines: the date of a release is an event's date only when the text says the event happens today.
let round6DatelineCases: [RuleCase] = [
    RuleCase("Krefeld, 12. März 2024 – Heute findet im Rathaus das 2. Deutsch-Chinesische Textilforum statt.",
             ["startDate(2. Deutsch-Chinesisches Textilforum | 2024-03-12)"]),
    RuleCase("Krefeld, 12. März 2024 – Gestern fand im Rathaus das 2. Deutsch-Chinesische Textilforum statt.",
             ["startDate(2. Deutsch-Chinesisches Textilforum | 2024-03-11)"]),
    RuleCase("Krefeld, 1. März 2024 – Beim heutigen Textilforum in Krefeld sprach Anna Roth.",
             ["startDate(Textilforum in Krefeld | 2024-03-01)"]),
    RuleCase("Krefeld, 12. Dezember 2023 – Vom 28. Februar bis 2. März 2024 tagt in Krefeld das 3. Deutsch-Chinesische Textilforum.",
             ["startDate(3. Deutsch-Chinesisches Textilforum | 2024-02-28)"]),
    RuleCase("Krefeld, 12. März 2024 – Bis heute wirkt das 2. Deutsch-Chinesische Textilforum nach.", [], none: [.startDate]),
    RuleCase("Krefeld, 12. März 2024 – Das 2. Deutsch-Chinesische Textilforum wird im Herbst stattfinden.",
             [], none: [.startDate]),
    RuleCase("Passau, 4. Juni 2025 – Die IHK Niederbayern zieht Bilanz des 3. Deutsch-Tschechischen Handwerksforums.",
             [], none: [.startDate]),
]

/// Organisers: `Veranstalter ist …`, `Ausrichter`, `in Kooperation mit`, `gemeinsam veranstaltet von`, `auf Einladung`.
let round6OrganizerCases: [RuleCase] = [
    RuleCase("Das 3. Deutsch-Chinesische Logistikforum findet am 5. Juni 2024 in Duisburg statt. Veranstalter ist die Niederrheinische IHK.",
             ["organizer(3. Deutsch-Chinesisches Logistikforum | Niederrheinische IHK)"]),
    RuleCase("Das 3. Deutsch-Chinesische Logistikforum findet am 5. Juni 2024 in Duisburg statt. Ausrichter sind die Stadt Duisburg und die Niederrheinische IHK.",
             ["organizer(3. Deutsch-Chinesisches Logistikforum | Duisburg)",
              "organizer(3. Deutsch-Chinesisches Logistikforum | Niederrheinische IHK)"]),
    RuleCase("Das 2. Deutsch-Chinesische Innovationsforum wird gemeinsam veranstaltet von der Universität Bielefeld und der Stadt Bielefeld.",
             ["organizer(2. Deutsch-Chinesisches Innovationsforum | Universität Bielefeld)",
              "organizer(2. Deutsch-Chinesisches Innovationsforum | Bielefeld)"]),
    RuleCase("Die IHK Würzburg-Schweinfurt veranstaltet am 9. Mai 2024 in Kooperation mit der Handwerkskammer Schweinfurt das 4. Deutsch-Chinesische Exportforum.",
             ["organizer(4. Deutsch-Chinesisches Exportforum | IHK Würzburg-Schweinfurt)",
              "organizer(4. Deutsch-Chinesisches Exportforum | Handwerkskammer Schweinfurt)",
              "startDate(4. Deutsch-Chinesisches Exportforum | 2024-05-09)"]),
    RuleCase("Auf Einladung der Handwerkskammer Münster fand am 14. Juni 2024 das 2. Deutsch-Chinesische Handwerksforum statt.",
             ["organizer(2. Deutsch-Chinesisches Handwerksforum | Handwerkskammer Münster)",
              "startDate(2. Deutsch-Chinesisches Handwerksforum | 2024-06-14)"]),
    // A wish to organise is no organiser.
    RuleCase("Veranstalter des 2. Deutsch-Chinesischen Handwerksforums möchte künftig die Handwerkskammer Münster werden.",
             [], none: [.organizer]),
    RuleCase("Ist die Handwerkskammer Münster Veranstalter des 2. Deutsch-Chinesischen Handwerksforums?", [], none: [.organizer]),
]

/// Attendees: `Rund 200 Teilnehmer, darunter …`, `Unter den Gästen waren …`, `nahmen … teil`.
let round6AttendeeCases: [RuleCase] = [
    RuleCase("Am 3. Deutsch-Chinesischen Wirtschaftsforum am 4. Mai 2024 in Mainz nahmen die IHK Koblenz und die Stadt Mainz teil.",
             ["attendee(3. Deutsch-Chinesisches Wirtschaftsforum | IHK Koblenz)",
              "attendee(3. Deutsch-Chinesisches Wirtschaftsforum | Mainz)"]),
    RuleCase("Das 3. Deutsch-Chinesische Wirtschaftsforum fand am 4. Mai 2024 in Mainz statt. Unter den Gästen waren die IHK Koblenz und die Handwerkskammer Trier.",
             ["attendee(3. Deutsch-Chinesisches Wirtschaftsforum | IHK Koblenz)",
              "attendee(3. Deutsch-Chinesisches Wirtschaftsforum | Handwerkskammer Trier)"]),
    RuleCase("Das 3. Deutsch-Chinesische Wirtschaftsforum fand am 4. Mai 2024 in Mainz statt. Rund 200 Teilnehmer kamen, darunter Vertreter der IHK Koblenz und der Handwerkskammer Trier.",
             ["attendee(3. Deutsch-Chinesisches Wirtschaftsforum | IHK Koblenz)",
              "attendee(3. Deutsch-Chinesisches Wirtschaftsforum | Handwerkskammer Trier)"]),
    RuleCase("Am 3. Deutsch-Chinesischen Wirtschaftsforum in Mainz wollte die IHK Koblenz nicht teilnehmen.", [], none: [.attendee]),
]

/// Partnerships: copulas with a time, `die Partnerschaft zwischen`, possessive partner towns, friendship towns, partner
/// provinces, regional partnerships and anniversaries; planned and wished partnerships are none.
let round6PartnershipCases: [RuleCase] = [
    RuleCase("Seit 1988 sind Würzburg und Changzhou Partnerstädte.", ["partnerOf(Würzburg | Changzhou)"]),
    RuleCase("Die Partnerschaft zwischen Osnabrück und Haarlem besteht seit 1961.", ["partnerOf(Osnabrück | Haarlem)"]),
    RuleCase("Bochums chinesische Partnerstadt Chengdu schickte eine Delegation.", ["partnerOf(Bochum | Chengdu)"]),
    RuleCase("Die Stadt Kassel pflegt seit 2009 eine Städtepartnerschaft mit Ningbo.", ["partnerOf(Kassel | Ningbo)"]),
    RuleCase("Landshut ist seit 2001 Partnerstadt von Harbin.", ["partnerOf(Landshut | Harbin)"]),
    RuleCase("Die Delegation aus Mannheims Partnerstadt Qingdao besuchte das Rathaus.", ["partnerOf(Mannheim | Qingdao)"]),
    RuleCase("Bürgermeisterin Eva Kurz empfing Gäste aus Taicang, der Partnerstadt der Stadt Ulm.", ["partnerOf(Taicang | Ulm)"]),
    RuleCase("Die Gäste aus Bochum besuchten die Partnerstadt Chengdu.", [], none: [.partnerOf]),
    RuleCase("Seit 2015 ist Rosenheim Freundschaftsstadt von Yantai.", ["partnerOf(Rosenheim | Yantai)"]),
    RuleCase("Die Provinz Shandong ist seit 1987 Partnerprovinz des Freistaats Bayern.", ["partnerOf(Shandong | Bayern)"]),
    RuleCase("Die Regionalpartnerschaft zwischen Bayern und Shandong wurde 1987 begründet.", ["partnerOf(Bayern | Shandong)"]),
    RuleCase("Zwickau und Jinan feiern in diesem Jahr das 20-jährige Jubiläum ihrer Partnerschaft.", ["partnerOf(Zwickau | Jinan)"]),
    RuleCase("Die Städte Kassel und Ningbo unterzeichneten 2009 einen Partnerschaftsvertrag.", ["partnerOf(Kassel | Ningbo)"]),
    RuleCase("Am 3. Mai unterzeichneten die Oberbürgermeister von Kassel und Ningbo die Partnerschaftsurkunde.",
             ["partnerOf(Kassel | Ningbo)"]),
    RuleCase("Kassel und Ningbo wollen einen Partnerschaftsvertrag unterzeichnen.", [], none: [.partnerOf]),
    RuleCase("Kassel legte Ningbo einen Partnerschaftsvertrag vor.", [], none: [.partnerOf]),
    RuleCase("Trier und Xiamen wollen eine Partnerschaft anstreben.", [], none: [.partnerOf]),
    RuleCase("Trier strebt eine Städtepartnerschaft mit Xiamen an.", [], none: [.partnerOf]),
    RuleCase("Eine Partnerschaft zwischen Trier und Xiamen ist geplant.", [], none: [.partnerOf]),
    RuleCase("Ob Trier und Xiamen Partnerstädte werden, ist offen.", [], none: [.partnerOf]),
]

/// Membership: counted sets with `darunter`, `beigetreten`, `Zu den Mitgliedern zählen`, `Mitgliedsstädte sind`,
/// admissions; wishes, observers and guests are none.
let round6MembershipCases: [RuleCase] = [
    RuleCase("Dem Städtebund Mittelhessen gehören inzwischen 30 Kommunen an, darunter Gießen, Wetzlar und Marburg.",
             ["memberOf(Gießen | Städtebund Mittelhessen)", "memberOf(Wetzlar | Städtebund Mittelhessen)",
              "memberOf(Marburg | Städtebund Mittelhessen)"]),
    RuleCase("Die Stadt Herne ist dem Städtenetzwerk Ruhr-Asien beigetreten.", ["memberOf(Herne | Städtenetzwerk Ruhr-Asien)"]),
    RuleCase("Zu den Mitgliedern des Städtenetzwerks Ruhr-Asien zählen Herne, Hamm und Bottrop.",
             ["memberOf(Herne | Städtenetzwerk Ruhr-Asien)", "memberOf(Hamm | Städtenetzwerk Ruhr-Asien)",
              "memberOf(Bottrop | Städtenetzwerk Ruhr-Asien)"]),
    RuleCase("Mitgliedsstädte des Städtenetzwerks Ruhr-Asien sind Herne und Bottrop.",
             ["memberOf(Herne | Städtenetzwerk Ruhr-Asien)", "memberOf(Bottrop | Städtenetzwerk Ruhr-Asien)"]),
    RuleCase("Im Januar tritt die Stadt Gießen dem Städtebund Mittelhessen bei.", ["memberOf(Gießen | Städtebund Mittelhessen)"]),
    RuleCase("Die Stadt Wetzlar wurde als neues Mitglied in den Städtebund Mittelhessen aufgenommen.",
             ["memberOf(Wetzlar | Städtebund Mittelhessen)"]),
    RuleCase("Die Stadt Wetzlar will dem Städtebund Mittelhessen beitreten.", [], none: [.memberOf]),
    RuleCase("Die Stadt Wetzlar hat im Städtebund Mittelhessen Beobachterstatus.", [], none: [.memberOf]),
    RuleCase("Die Stadt Wetzlar nahm als Gast an der Sitzung des Städtebunds Mittelhessen teil.", [], none: [.memberOf]),
    RuleCase("Ist die Stadt Wetzlar Mitglied des Städtebunds Mittelhessen?", [], none: [.memberOf]),
]

/// Signing: the parties of a passive, perfect tense, `besiegelten … mit einem Vertrag`, `Beide Seiten` after a sentence
/// naming two parties, signing dates; plans and questions are none.
let round6SigningCases: [RuleCase] = [
    RuleCase("Die Vereinbarung wurde von der Stadt Fürth und der Stadt Xuzhou unterzeichnet.",
             ["signatory(Vereinbarung zwischen Fürth und Xuzhou | Fürth)", "signatory(Vereinbarung zwischen Fürth und Xuzhou | Xuzhou)"]),
    RuleCase("Die Hochschule Coburg und die Universität Hefei haben eine Absichtserklärung unterschrieben.",
             ["signatory(Absichtserklärung zwischen Hochschule Coburg und Universität Hefei | Hochschule Coburg)",
              "signatory(Absichtserklärung zwischen Hochschule Coburg und Universität Hefei | Universität Hefei)"]),
    RuleCase("Am 17. Oktober 2023 besiegelten die Stadt Ingolstadt und die Stadt Foshan ihre Zusammenarbeit mit einem Kooperationsvertrag.",
             ["signatory(Kooperationsvertrag zwischen Ingolstadt und Foshan | Ingolstadt)",
              "signatory(Kooperationsvertrag zwischen Ingolstadt und Foshan | Foshan)",
              "signingDate(Kooperationsvertrag zwischen Ingolstadt und Foshan | 2023-10-17)"]),
    RuleCase("Der Landkreis Gütersloh empfing eine Delegation der Stadt Lanzhou. Beide Seiten unterzeichneten ein Memorandum of Understanding (MoU).",
             ["signatory(Memorandum of Understanding zwischen Landkreis Gütersloh und Lanzhou | Landkreis Gütersloh)",
              "signatory(Memorandum of Understanding zwischen Landkreis Gütersloh und Lanzhou | Lanzhou)"]),
    RuleCase("Oberbürgermeister Kurt Lang traf Bürgermeister Wang Tao im Rathaus. Die beiden Bürgermeister unterzeichneten eine Absichtserklärung.",
             ["signatory(Absichtserklärung zwischen Kurt Lang und Wang Tao | Kurt Lang)",
              "signatory(Absichtserklärung zwischen Kurt Lang und Wang Tao | Wang Tao)"]),
    // Three parties before: who `beide Seiten` are is unclear.
    RuleCase("Die Stadt Fürth, die Stadt Erlangen und die Stadt Xuzhou trafen sich im Rathaus. Beide Seiten unterzeichneten eine Absichtserklärung.",
             [], none: [.signatory]),
    RuleCase("Die Stadt Fürth und die Stadt Xuzhou wollen im Herbst eine Vereinbarung unterzeichnen.", [], none: [.signatory]),
    RuleCase("Haben die Stadt Fürth und die Stadt Xuzhou die Vereinbarung unterzeichnet?", [], none: [.signatory]),
]

/// Containment: a province in parentheses or after `in der Provinz`, provincial capitals with the province named,
/// German states after a town, districts.
let round6ContainmentCases: [RuleCase] = [
    RuleCase("Eine Delegation aus Hefei (Provinz Anhui) besuchte Erfurt.", ["containedInPlace(Hefei | Anhui)"]),
    RuleCase("Die ostchinesische Stadt Hangzhou in der Provinz Zhejiang ist Partnerin der Region.",
             ["containedInPlace(Hangzhou | Zhejiang)"]),
    RuleCase("Das Unternehmen baut ein Werk in Wuxi in der Provinz Jiangsu.", ["containedInPlace(Wuxi | Jiangsu)"]),
    RuleCase("Die Gäste kamen aus Nanjing, der Provinzhauptstadt von Jiangsu.", ["containedInPlace(Nanjing | Jiangsu)"]),
    RuleCase("Die Gäste kamen aus der Provinzhauptstadt Nanjing.", [], none: [.containedInPlace]),
    RuleCase("Die Stadt Gütersloh in Nordrhein-Westfalen empfing die Gäste.", ["containedInPlace(Gütersloh | Nordrhein-Westfalen)"]),
    RuleCase("Chengdu, Hauptstadt der Provinz Sichuan, ist Partnerstadt von Bonn.", ["containedInPlace(Chengdu | Sichuan)"]),
    RuleCase("Die Stadt Rheda-Wiedenbrück im Kreis Gütersloh empfing die Gäste.", ["containedInPlace(Rheda-Wiedenbrück | Kreis Gütersloh)"]),
    RuleCase("Die Delegation fuhr von Nanjing in die Provinz Anhui.", [], none: [.containedInPlace]),
]

/// Organisers named after the host noun with the event in the genitive, the event fronted before `lädt … ein`, and
/// the passive with a partner.
let round6MoreOrganizerCases: [RuleCase] = [
    RuleCase("Veranstalter des 5. Deutsch-Chinesischen Umweltforums ist die Handwerkskammer Trier.",
             ["organizer(5. Deutsch-Chinesisches Umweltforum | Handwerkskammer Trier)"]),
    RuleCase("Zum 5. Deutsch-Chinesischen Umweltforum lädt die Handwerkskammer Trier am 3. Juni 2025 nach Trier ein.",
             ["organizer(5. Deutsch-Chinesisches Umweltforum | Handwerkskammer Trier)",
              "startDate(5. Deutsch-Chinesisches Umweltforum | 2025-06-03)"]),
    RuleCase("Organisiert wurde das 5. Deutsch-Chinesische Umweltforum von der Handwerkskammer Trier.",
             ["organizer(5. Deutsch-Chinesisches Umweltforum | Handwerkskammer Trier)"]),
    RuleCase("Das 5. Deutsch-Chinesische Umweltforum wird von der Handwerkskammer Trier in Zusammenarbeit mit der IHK Koblenz ausgerichtet.",
             ["organizer(5. Deutsch-Chinesisches Umweltforum | Handwerkskammer Trier)",
              "organizer(5. Deutsch-Chinesisches Umweltforum | IHK Koblenz)"]),
    RuleCase("Die Handwerkskammer Trier organisierte gemeinsam mit der IHK Koblenz das 5. Deutsch-Chinesische Umweltforum.",
             ["organizer(5. Deutsch-Chinesisches Umweltforum | Handwerkskammer Trier)",
              "organizer(5. Deutsch-Chinesisches Umweltforum | IHK Koblenz)"]),
    RuleCase("Die Handwerkskammer Trier organisierte nach Gesprächen mit der IHK Koblenz das 5. Deutsch-Chinesische Umweltforum.",
             ["organizer(5. Deutsch-Chinesisches Umweltforum | Handwerkskammer Trier)"]),
    RuleCase("Über das 5. Deutsch-Chinesische Umweltforum berichtete die Handwerkskammer Trier ausführlich.", [], none: [.organizer]),
]

/// More partnership forms: `durch eine Partnerschaft verbunden`, lists of partner towns, possible partnerships.
let round6MorePartnershipCases: [RuleCase] = [
    RuleCase("Ulm und Taicang sind seit 2010 durch eine Städtepartnerschaft verbunden.", ["partnerOf(Ulm | Taicang)"]),
    RuleCase("Partnerstädte von Würzburg sind Changzhou, Umeå und Caen.",
             ["partnerOf(Würzburg | Changzhou)", "partnerOf(Würzburg | Umeå)", "partnerOf(Würzburg | Caen)"]),
    RuleCase("Eine mögliche Partnerschaft zwischen Passau und Liuzhou wurde im Rathaus besprochen.", [], none: [.partnerOf]),
    RuleCase("Über eine künftige Städtepartnerschaft mit Liuzhou sprach Passau bereits 2019.", [], none: [.partnerOf]),
]

/// More membership forms: counted members with `darunter`, admission without a membership noun.
let round6MoreMembershipCases: [RuleCase] = [
    RuleCase("Das Städtenetzwerk Ruhr-Asien zählt 25 Mitglieder, darunter Herne und Bottrop.",
             ["memberOf(Herne | Städtenetzwerk Ruhr-Asien)", "memberOf(Bottrop | Städtenetzwerk Ruhr-Asien)"]),
    RuleCase("Der Städtebund Mittelhessen hat 30 Mitgliedsstädte, darunter Gießen und Wetzlar.",
             ["memberOf(Gießen | Städtebund Mittelhessen)", "memberOf(Wetzlar | Städtebund Mittelhessen)"]),
    RuleCase("Der Städtebund Mittelhessen hat 30 Mitgliedsstädte, darunter viele kleine.", [], none: [.memberOf]),
    RuleCase("Die Stadt Gießen wurde im Mai offiziell in den Städtebund Mittelhessen aufgenommen.",
             ["memberOf(Gießen | Städtebund Mittelhessen)"]),
    RuleCase("Die Stadt Gießen soll in den Städtebund Mittelhessen aufgenommen werden.", [], none: [.memberOf]),
]

/// More signing forms: the participle first, a genitive agreement noun, a date in the passive, an event as the place.
let round6MoreSigningCases: [RuleCase] = [
    RuleCase("Unterzeichnet wurde die Vereinbarung von der Stadt Ulm und der Stadt Taicang.",
             ["signatory(Vereinbarung zwischen Ulm und Taicang | Ulm)", "signatory(Vereinbarung zwischen Ulm und Taicang | Taicang)"]),
    RuleCase("Mit der Unterzeichnung eines Kooperationsvertrags besiegelten die Stadt Ulm und die Stadt Taicang ihre Zusammenarbeit.",
             ["signatory(Kooperationsvertrag zwischen Ulm und Taicang | Ulm)",
              "signatory(Kooperationsvertrag zwischen Ulm und Taicang | Taicang)"]),
    RuleCase("Die Absichtserklärung wurde am 8. Mai 2024 von der Hochschule Coburg und der Universität Hefei unterzeichnet.",
             ["signatory(Absichtserklärung zwischen Hochschule Coburg und Universität Hefei | Hochschule Coburg)",
              "signatory(Absichtserklärung zwischen Hochschule Coburg und Universität Hefei | Universität Hefei)",
              "signingDate(Absichtserklärung zwischen Hochschule Coburg und Universität Hefei | 2024-05-08)"]),
    RuleCase("Anschließend unterzeichneten beide Seiten feierlich eine Absichtserklärung.", [], none: [.signatory]),
    RuleCase("Die Stadt Ulm und die Stadt Taicang haben im Rahmen des 5. Deutsch-Chinesischen Umweltforums eine Absichtserklärung unterzeichnet.",
             ["signatory(Absichtserklärung zwischen Ulm und Taicang | Ulm)", "signatory(Absichtserklärung zwischen Ulm und Taicang | Taicang)",
              "location(Absichtserklärung zwischen Ulm und Taicang | 5. Deutsch-Chinesisches Umweltforum)"]),
]

/// More containment forms: a province in parentheses without its cue, capitals in the dative, state cues.
let round6MoreContainmentCases: [RuleCase] = [
    RuleCase("Die Gruppe reiste weiter nach Taicang (Jiangsu).", ["containedInPlace(Taicang | Jiangsu)"]),
    RuleCase("Die Messe fand in Xi’an, der Hauptstadt der Provinz Shaanxi, statt.", ["containedInPlace(Xi'an | Shaanxi)"]),
    RuleCase("Nanjing, Provinzhauptstadt von Jiangsu, empfing die Gäste.", ["containedInPlace(Nanjing | Jiangsu)"]),
    RuleCase("Foshan liegt in der südchinesischen Provinz Guangdong.", ["containedInPlace(Foshan | Guangdong)"]),
    RuleCase("Die Stadt Passau im Freistaat Bayern empfing die Gäste.", ["containedInPlace(Passau | Bayern)"]),
    RuleCase("Die Stadt Passau hat Partner in Bayern und Oberösterreich.", [], none: [.containedInPlace]),
    RuleCase("Die Metropole Wuhan in Zentralchina wächst.", [], none: [.containedInPlace]),
]

/// Towns named with the adjective of their German state, and visitors of an event.
let round6StateAdjectiveAndVisitCases: [RuleCase] = [
    RuleCase("Die sächsische Stadt Zwickau empfing eine Delegation aus Jinan.", ["containedInPlace(Zwickau | Sachsen)"]),
    RuleCase("Der bayerische Landkreis Rosenheim pflegt Kontakte nach Yantai.", ["containedInPlace(Landkreis Rosenheim | Bayern)"]),
    RuleCase("Die niedersächsische Landeshauptstadt Hannover lud ein.", ["containedInPlace(Hannover | Niedersachsen)"]),
    RuleCase("Die bayerische Staatsregierung unterstützt Passau.", [], none: [.containedInPlace]),
    RuleCase("Ein sächsisches Unternehmen aus Zwickau investiert in Jinan.", [], none: [.containedInPlace]),
    RuleCase("Eine Delegation der Stadt Wuhan besuchte die 5. Internationale Umweltmesse in Essen.",
             ["attendee(5. Internationale Umweltmesse | Wuhan)"]),
    RuleCase("Oberbürgermeister Kurt Lang besuchte das 3. Deutsch-Chinesische Gesundheitsforum in Würzburg.",
             ["attendee(3. Deutsch-Chinesisches Gesundheitsforum | Kurt Lang)"]),
    RuleCase("Oberbürgermeister Kurt Lang will das 3. Deutsch-Chinesische Gesundheitsforum in Würzburg besuchen.", [], none: [.attendee]),
    RuleCase("Die Gäste aus Wuhan besuchten nach dem 3. Deutsch-Chinesischen Gesundheitsforum das Rathaus.", [], none: [.attendee]),
]

/// Event nouns of dialogues, country days, meetings of mayors and exhibitions.
let round6EventNounCases: [RuleCase] = [
    RuleCase("Die IHK Ulm lädt am Dienstag, 14. März 2023, zum 3. Deutsch-Chinesischen Wirtschaftsdialog ein.",
             ["startDate(3. Deutsch-Chinesischer Wirtschaftsdialog | 2023-03-14)",
              "organizer(3. Deutsch-Chinesischer Wirtschaftsdialog | IHK Ulm)"]),
    RuleCase("Der Chinatag der IHK Ulm findet am 14. März 2023 in Ulm statt.",
             ["startDate(Chinatag der IHK Ulm | 2023-03-14)", "location(Chinatag der IHK Ulm | Ulm)"]),
    RuleCase("Das 12. Bürgermeistertreffen der Partnerstädte fand am 2. Juli 2024 in Jena statt.",
             ["startDate(12. Bürgermeistertreffen | 2024-07-02)", "location(12. Bürgermeistertreffen | Jena)"]),
    RuleCase("Im Dialog mit Partnern in Wuhan will die Stadt Ulm 2025 vorankommen.", [], none: [.location, .startDate]),
    RuleCase("Die Ausstellung wurde bis Ende Mai in Ulm gezeigt.", [], none: [.startDate]),
]

/// Partner towns joined by a dash, `A und ihre Partnerstadt B`, a possessive partner town after the copula, members in
/// apposition and after `Als Mitglied`, persons present at a signing, days joined by a slash.
let round6AppositionCases: [RuleCase] = [
    RuleCase("Die Städtepartnerschaft Würzburg – Changzhou besteht seit 1994.", ["partnerOf(Würzburg | Changzhou)"]),
    RuleCase("Die Stadt Kassel und ihre chinesische Partnerstadt Ningbo vereinbarten einen Austausch.", ["partnerOf(Kassel | Ningbo)"]),
    RuleCase("Ningbo ist seit 2009 Kassels Partnerstadt.", ["partnerOf(Kassel | Ningbo)"]),
    RuleCase("Die Stadt Kassel und ihre künftige Partnerstadt Ningbo vereinbarten einen Austausch.", [], none: [.partnerOf]),
    RuleCase("Als Mitglied des Städtenetzwerks Ruhr-Asien engagiert sich die Stadt Herne für den Austausch.",
             ["memberOf(Herne | Städtenetzwerk Ruhr-Asien)"]),
    RuleCase("Die Stadt Herne, seit 2018 Mitglied des Städtenetzwerks Ruhr-Asien, lud ein.",
             ["memberOf(Herne | Städtenetzwerk Ruhr-Asien)"]),
    RuleCase("Die Stadt Herne, die gern Mitglied des Städtenetzwerks Ruhr-Asien wäre, lud ein.", [], none: [.memberOf]),
    RuleCase("Im Beisein von Ministerpräsident Georg Falk unterzeichneten die Stadt Ulm und die Stadt Taicang eine Absichtserklärung.",
             ["signatory(Absichtserklärung zwischen Ulm und Taicang | Ulm)", "signatory(Absichtserklärung zwischen Ulm und Taicang | Taicang)"]),
    RuleCase("Das 2. Deutsch-Chinesische Hafenforum findet am 3./4. Juni 2025 in Duisburg statt.",
             ["startDate(2. Deutsch-Chinesisches Hafenforum | 2025-06-03)"]),
]

/// All round-six event cases.
let round6EventRuleCases = round6EventDateCases + round6DatelineCases + round6OrganizerCases + round6AttendeeCases
    + round6PartnershipCases + round6MembershipCases + round6SigningCases + round6ContainmentCases + round6MoreOrganizerCases
    + round6MorePartnershipCases + round6MoreMembershipCases + round6MoreSigningCases + round6MoreContainmentCases
    + round6StateAdjectiveAndVisitCases + round6EventNounCases + round6AppositionCases

@Test("round six event rule cases", arguments: round6EventRuleCases)
func round6EventRuleCase(_ example: RuleCase) {
    checkRuleCase(example)
}
