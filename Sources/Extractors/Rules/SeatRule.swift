import GraphCore

/// `ORG in CITY` for companies, agencies and offices; `ORG mit Sitz in CITY`; `Büro/Niederlassung in CITY`; `ORG, deren Sitz
/// sich in CITY befindet`; `ORG, die ein Büro in CITY unterhält`;
/// `in die Räumlichkeiten der ORG nach CITY`.
///
/// Example: „Die Wirtschaftsförderung Lausitz GmbH mit Sitz in Cottbus berät …“ → location(Wirtschaftsförderung Lausitz
/// GmbH | Cottbus). Prior 0.75: `in CITY` after an organisation is occasionally the place of an activity.
struct SeatRule: ExtractionRule {
    var name: String { "seat" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { false }

    /// Nouns of a seat (lower-cased), looked for in every sentence.
    static let seatNouns: WordList = ["sitz", "hauptsitz", "firmensitz"]
    /// Nouns of a seat or an office after `hat seinen`/`hat ihren` (lower-cased), looked for in every sentence.
    static let possessedSeatNouns: WordList = ["sitz", "hauptsitz", "firmensitz", "standort", "europasitz", "stammsitz",
                                               "unternehmenssitz", "verwaltungssitz", "deutschlandsitz", "europazentrale",
                                               "hauptquartier", "büro", "geschäftssitz", "konzernsitz", "vereinssitz",
                                               "hauptcampus", "campus", "firmenzentrale", "zentrale", "geschäftsstelle",
                                               "hauptverwaltung"]
    /// Nouns of premises (lower-cased), looked for in every sentence.
    static let roomNouns: WordList = ["räumlichkeiten", "räume", "geschäftsräume", "büroräume"]

    /// Heads of organisations whose `in CITY` is a seat.
    static let officeHeads = ["gmbh", "ag", "mbh", "kg", "se", "e.v", "agentur", "büro", "sekretariat", "verwaltung",
                              "niederlassung", "repräsentanz", "vertretung", "kammer", "ahk", "ihk", "konsulat", "generalkonsulat",
                              "botschaft", "zentrum", "institut", "universität", "hochschule", "gesellschaft", "verband",
                              "stiftung", "amt", "behörde", "geschäftsstelle", "verein", "agency", "office", "center", "centre",
                              "university", "institute", "academy", "college"]

    /// Attributive forms of `ansässig` (lower-cased), looked for in every sentence.
    static let residentWords: WordList = ["ansässige", "ansässigen", "ansässiger", "ansässiges"]
    /// Generic nouns between `ansässige` and a company's name (`das in Ningbo ansässige Unternehmen Haitong …`).
    static let companyNouns = ["unternehmen", "firma", "konzern", "hersteller", "zulieferer", "start-up", "startup", "gruppe"]
    /// Last words of companies' and associations' names (legal forms, lower-cased) whose `aus CITY` is their seat.
    static let legalFormEnds = ["gmbh", "ag", "se", "kg", "mbh", "kgaa", "ohg", "ug", "ltd", "ltd.", "inc", "inc.", "v.", "e.v.",
                                "co.", "co"]

    /// Endings of nouns that describe a company in apposition (lower-cased): `ein Zulieferer aus Ningbo`.
    static let companyDescriptions = ["unternehmen", "hersteller", "zulieferer", "konzern", "firma", "anbieter", "dienstleister",
                                      "spezialist", "maschinenbauer", "produzent", "entwickler", "betreiber", "händler",
                                      "logistiker", "start-up", "startup"]

    /// `ORG, ein Zulieferer aus CITY,` and `ORG, ein Hersteller von … mit Sitz in CITY,`: the seat in an apposition that
    /// describes the organisation as a company.
    static func appositionSeat(_ context: SentenceContext, after org: MentionSpan) -> MentionSpan? {
        let view = context.view
        // `Co., Ltd.` after a name recognised up to `Co.`.
        var end = org.end
        if view.isPunct(end, ","), view.lower(end + 1).hasPrefix("ltd") { end += view.isPunct(end + 2, ".") ? 3 : 2 }
        guard view.isPunct(end, ","), view.isAny(end + 1, ["ein", "eine", "einer", "der", "die", "das"]) else { return nil }
        // The first noun of the apposition (after up to two adjectives) must describe a company.
        var n = end + 2
        while n < end + 5, view.isWord(n), !view.isCap(n) { n += 1 }
        guard view.isCap(n), case let noun = view.lower(n), companyDescriptions.contains(where: { noun.hasSimpleSuffix($0) })
        else { return nil }
        var k = n + 1
        while k < min(view.count, n + 10), !view.isPunct(k, ","), !view.isPunct(k, ".") {
            if view.isAny(k, ["aus"]), let place = context.mention(startingAt: k + 1), place.kind == .city { return place }
            if view.isAny(k, ["sitz", "hauptsitz"]), view.isAny(k - 1, ["mit"]), view.isAny(k + 1, ["in"]),
               let place = context.mention(startingAt: k + 2), place.kind.isPlace, place.kind != .country {
                return place
            }
            k += 1
        }
        return nil
    }

    /// Nouns of an office an organisation keeps somewhere (lower case).
    static let officeNouns = ["büro", "niederlassung", "repräsentanz", "vertretung", "verbindungsbüro", "außenstelle", "filiale"]
    /// Verbs of keeping an office (lower case).
    static let keepingVerbs = ["unterhält", "unterhalten", "betreibt", "betreiben", "hat", "haben", "unterhielt"]

    /// `ORG, die (seit 2009) ein Büro in CITY unterhält`: the town of an office that a relative clause right after the
    /// organisation says it keeps.
    static func relativeOffice(_ context: SentenceContext, after org: MentionSpan) -> MentionSpan? {
        let view = context.view
        // `ORG (ACR), die …`, `ORG in Südwestchina (ACR), die …`.
        var end = org.end
        if view.isAny(end, ["in"]), view.isCap(end + 1) { end = context.mention(startingAt: end + 1)?.end ?? end + 2 }
        if view.isPunct(end, "("), let close = ((end + 1)..<min(view.count, end + 6)).first(where: { view.isPunct($0, ")") }) {
            end = close + 1
        }
        // `ORG, der Außenwirtschaftsagentur des Landes, die …`: an apposition that names nothing before the relative clause.
        if view.isPunct(end, ","), view.isAny(end + 1, ["der", "dem", "die", "das"]), view.isCap(end + 2) || view.isCap(end + 3),
           let close = (end + 2..<min(view.count, end + 8)).first(where: { view.isPunct($0, ",") }),
           view.isAny(close + 1, ["die", "der", "das"]),
           !context.mentions.contains(where: { $0.start > end && $0.start < close }),
           (end + 2..<close).allSatisfy({ view.isWord($0) && (view.isCap($0) || view.has($0, WordBit.functionWord)) }) {
            end = close
        }
        guard view.isPunct(end, ","), view.isAny(end + 1, ["die", "der", "das"]) else { return nil }
        var k = end + 2
        let limit = min(view.count, k + 10)
        while k < limit, !view.isPunct(k, ",") {
            if view.isAny(k, officeNouns), view.isAny(k - 1, ["ein", "eine", "ihr", "sein"])
                || view.isAny(k - 1, ["eigene", "eigenes", "weitere", "weiteres"]) && view.isAny(k - 2, ["ein", "eine", "ihr", "sein"]),
               view.isAny(k + 1, ["in"]),
               let place = context.mention(startingAt: k + 2), place.kind == .city, view.isAny(place.end, keepingVerbs) {
                return place
            }
            k += 1
        }
        return nil
    }

    /// A second seat coordinated with the first: `mit Sitz in Bonn und Eschborn`.
    static func coordinatedPlaces(_ context: SentenceContext, after place: MentionSpan) -> [MentionSpan] {
        guard context.view.isAny(place.end, ["und", "sowie"]), let other = context.mention(startingAt: place.end + 1),
              other.kind == .city else { return [] }
        return [other]
    }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for org in context.mentions where org.kind == .organization {
            var j = org.end
            // `(ACR)` after the name.
            if view.isPunct(j, "("), view.isPunct(j + 2, ")") { j += 3 }
            // `Co., Ltd.` closing a Chinese company's name when the mention stops before it.
            if view.isPunct(j, ","), view.isWord(j + 1), view.lower(j + 1).hasPrefix("ltd") {
                j += 2
                if view.isPunct(j, ".") { j += 1 }
            }
            if let place = Self.appositionSeat(context, after: org) {
                output.add(.location, org.entity, place.entity)
                continue
            }
            // `ORG, deren Firmensitz sich in Ingolstadt befindet` / `ORG, dessen Sitz in Kiel ist`.
            if view.isPunct(org.end, ","), view.isAny(org.end + 1, ["deren", "dessen"]), view.isAny(org.end + 2, Self.seatNouns.words) {
                var k = org.end + 3
                if view.isAny(k, ["sich"]) { k += 1 }
                if view.isAny(k, ["in"]), let place = context.mention(startingAt: k + 1), place.kind.isPlace, place.kind != .country {
                    output.add(.location, org.entity, place.entity)
                    continue
                }
            }
            // `ORG, die seit 2009 ein Büro in Chengdu unterhält`: an office in a relative clause.
            if let place = Self.relativeOffice(context, after: org) {
                output.add(.location, org.entity, place.entity)
                continue
            }
            var viaSeat = false
            if view.isAny(j, ["mit"]), ["sitz", "hauptsitz", "büro", "büros", "niederlassung", "niederlassungen"].contains(view.lower(j + 1)) {
                j += 2
                viaSeat = true
            }
            // `die Weigel Pumpen GmbH aus Bielefeld`: a company's town of origin (not `aus Bielefeld nach Wuhan`).
            if !viaSeat, view.isAny(j, ["aus"]), let place = context.mention(startingAt: j + 1), place.kind == .city,
               !view.isAny(place.end, ["nach", "zurück", "an", "angereist", "anreisen"]),
               let last = output.document.entities.entities[org.entity].label.split(separator: " ").last,
               Self.legalFormEnds.contains(last.lowercased()) {
                output.add(.location, org.entity, place.entity)
                continue
            }
            // `die X GmbH im oberbayerischen Landsberg am Lech`: a region's adjective between `im` and the town.
            let regional = !viaSeat && view.isAny(j, ["im"]) && view.isWord(j + 1) && !view.isCap(j + 1)
                && view.lower(j + 1).hasSuffix("ischen")
            guard view.isAny(j, ["in"]) || regional, let place = context.mention(startingAt: regional ? j + 2 : j + 1),
                  place.kind == .city || (viaSeat && place.kind.isPlace) else { continue }
            let words = output.document.entities.entities[org.entity].label.lowercased().split(separator: " ")
            let isOffice = words.contains { word in Self.officeHeads.contains { word.hasSuffix($0) } }
            // `organisierte die Agentur in Breslau eine Exkursion`: after a verb, `in CITY` is where something happens.
            var k = org.start - 1
            if view.isAny(k, ["die", "der", "das", "den", "dem", "des"]) { k -= 1 }
            // A visit names the visited company's town (`besuchten die X KG in Gütersloh`), and so does a region's adjective.
            if !viaSeat, !regional, k >= 0, view.isWord(k), !view.isCap(k),
               !["mit", "von", "bei", "für", "an", "zur", "zum", "vom", "beim", "und", "sowie", "über", "durch", "gegenüber",
                 "ist", "sind", "war", "waren", "besuchte", "besuchten", "besucht", "besichtigte", "besichtigten",
                 "besichtigt"].contains(view.lower(k)) {
                continue
            }
            guard viaSeat || isOffice else { continue }
            output.add(.location, org.entity, place.entity)
            if viaSeat { for other in Self.coordinatedPlaces(context, after: place) { output.add(.location, org.entity, other.entity) } }
        }
        // `ORG hat ihren/seinen Sitz in CITY`, `ORG hat ihren Hauptsitz in CITY`, `… seinen Sitz im Bezirk Nanshan`, `ORG hat
        // seinen Standort in CITY`, `… seinen Europasitz seit 2020 am Hafen in CITY`.
        var seatFrom = 0
        while let sitz = context.find(Self.possessedSeatNouns, from: seatFrom) {
            seatFrom = sitz + 1
            guard view.isAny(sitz - 1, ["ihren", "seinen", "ihr", "sein"]), view.isAny(sitz - 2, ["hat", "haben", "hatte", "hatten"])
            else { continue }
            var k = sitz + 1
            // `seit 2020` between the noun and the place.
            if view.isAny(k, ["seit"]), k + 1 < view.count, view.tokens[k + 1].kind == .number { k += 2 }
            // A street or site before the town: `am Hammfelddamm in Neuss`, `auf dem Logport-Gelände in Duisburg`.
            if view.isAny(k, ["am", "an", "auf", "im"]), context.mention(startingAt: k + 1)?.kind.isPlace != true,
               let inWord = (k + 1..<min(view.count, k + 6)).first(where: { view.isAny($0, ["in"]) }),
               (k + 1..<inWord).allSatisfy({ view.isWord($0) }), view.isCap(inWord - 1) {
                k = inWord
            }
            // The subject of `hat`; for a bare seat noun also the last organisation before it (`Die 1990 von der Stadt und der
            // IHK gegründete X GmbH hat ihren Sitz in …`).
            let subject = context.subjectOrganization(finite: sitz - 2)
                ?? (view.isAny(sitz, Self.seatNouns.words)
                    ? context.mentions.last(where: { $0.end <= sitz - 2 && $0.kind == .organization && !context.inParentheses($0.start) })
                    : nil)
                // `Die 1951 gegründete Universität hat ihren Hauptcampus in …`: a describing noun right before `hat`.
                ?? context.describedOrganization(noun: sitz - 3, findings: output.findings).map {
                    MentionSpan(sentence: context.index, start: sitz - 3, end: sitz - 2, kind: .organization,
                                label: output.document.entities.entities[$0].label, quality: .short, entity: $0)
                }
            if let org = subject, SentenceGuard.isFactual(view) {
                if view.isAny(k, ["in", "im"]), let place = context.mention(startingAt: k + 1), place.kind.isPlace && place.kind != .country,
                   view.isAny(k, ["in"]) || context.document.lexicon.placeCues[view.text(place.start)] != nil {
                    output.add(.location, org.entity, place.entity)
                    for other in Self.coordinatedPlaces(context, after: place) { output.add(.location, org.entity, other.entity) }
                } else if view.isAny(k, ["in"]), view.isAny(k + 1, ["der", "dem"]), view.isCap(k + 3),
                          let town = DescribedCompanySeatRule.town(ofAdjective: view, k + 2, context.document.lexicon) {
                    // `hat ihr Büro in der Hamburger HafenCity`: a town's adjective before a quarter or a site.
                    output.add(.location, org.entity, output.entity(kind: .city, label: town, quality: .full))
                }
            }
            break
        }
        // `die in Ningbo ansässige Haitong GmbH`, `das in Ningbo ansässige Unternehmen Haitong GmbH`.
        // The cue word first (one filter test in most sentences), then an organisation among the mentions.
        if let resident = context.find(Self.residentWords), context.mentions.indices.contains(where: { context.mentions[$0].kind == .organization }),
           let place = context.mention(endingAt: resident), place.kind.isPlace,
           place.kind != .country, view.isAny(place.start - 1, ["in"]) {
            var k = resident + 1
            if view.isAny(k, Self.companyNouns) { k += 1 }
            if let org = context.mention(startingAt: k), org.kind == .organization { output.add(.location, org.entity, place.entity) }
        }
        // `in die Räumlichkeiten der ORG nach CITY`
        if let rooms = context.find(Self.roomNouns),
           let org = context.mentions.first(where: { $0.start > rooms && $0.start <= rooms + 2 && $0.kind == .organization }),
           view.isAny(org.end, ["nach", "in"]), let place = context.mention(startingAt: org.end + 1), place.kind == .city {
            output.add(.location, org.entity, place.entity)
        }
    }
}
