import GraphCore

/// `ROLE [der ORG][,] NAME` – a role (with modifiers and organisation) right before a person's name.
///
/// Example: „Oberbürgermeisterin Anna Roth begrüßte die Gäste.“ → holdsRole(Anna Roth | Oberbürgermeisterin);
/// „der Botschafter Japans, Taro Sato, sprach …“ → holdsRole(Taro Sato | Botschafter | Japan).
/// Prior 0.85.
struct RoleBeforeNameRule: ExtractionRule {
    var name: String { "role-before-name" }
    var confidence: Double { 0.85 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        var i = 0
        while i < view.count {
            guard let role = context.role(at: i) else { i += 1; continue }
            // `wählten die Delegierten NAME`: an adjectival noun in `-en` after `die` is a plural, no role of the name after it.
            if view.isAny(role.start - 1, ["die"]), view.lower(role.end - 1).hasSimpleSuffix("en"),
               let lemma = role.label.split(separator: " ").last, lemma.hasSuffix("e") || lemma.hasSuffix("er") {
                i = role.end
                continue
            }
            var j = role.end
            var org: Int? = nil
            // Titles between role and name: `Staatssekretär Dr. Maria Klein`.
            if let link = context.roleOrganization(after: j), context.mention(startingAt: j)?.kind != .person {
                // Only with an explicit comma or directly followed by the person.
                org = link.entity
                j = link.end
                // `der Präsident des China Council for the Promotion of International Trade (CCPIT), NAME`: the acronym (after an
                // article only: in a list `…, Geschäftsführer Germany Trade and Invest (GTAI), Yong LI, …` the name before is his).
                if view.isPunct(j, "("), view.isPunct(j + 2, ")"), view.isUpper(j + 1), view.isPunct(j + 3, ","),
                   view.isAny(role.start - 1, ["der", "die", "des", "dem", "den"]) { j += 3 }
                // `der Vorsitzende des Ausschusses für Wirtschaft im Niedersächsischen Landtag, NAME`: the committee's body.
                if view.isAny(j, ["im", "beim"]), let body = context.mention(startingAt: j + 1), body.kind == .organization,
                   view.isPunct(body.end, ","), view.isAny(role.start - 1, ["der", "die", "des", "dem", "den"]) {
                    j = body.end
                }
                // `die chinesische Generalkonsulin in Frankfurt, NAME`: the state of the office, not the city of its seat.
                if view.isAny(role.end, ["in"]), context.document.kind(link.entity) == .city,
                   let state = context.stateOfRole(role, &output) {
                    org = state
                }
                // `der Generalkonsul der Bundesrepublik Deutschland in Shanghai, NAME`: the seat of the post.
                if view.isAny(j, ["in"]), let seat = context.mention(startingAt: j + 1), seat.kind.isPlace, view.isPunct(seat.end, ",") {
                    j = seat.end
                } else if view.isAny(j, ["in"]), view.isCap(j + 1), view.isWord(j + 1), context.mention(at: j + 1) == nil,
                          view.isPunct(j + 2, ","), view.isAny(role.start - 1, ["der", "die", "des", "dem", "den"]) {
                    // `der Geschäftsführer der AHK Greater China in Südchina, NAME`: a region the gazetteer does not know.
                    j += 2
                }
            }
            if org == nil, let owner = Self.possessiveOwner(context, before: role.start) { org = owner }
            // `unterschrieb deren Generalsekretärin NAME`: a relative possessive names an organisation; when it cannot be told
            // which, the post is not stated without one.
            if org == nil, view.isAny(role.start - 1, ["deren", "dessen"]), !view.isCap(role.start - 1) { i = role.end; continue }
            if org == nil, let principal = Self.actingFor(context, before: role.start) { org = principal }
            // `ORG, vertreten durch ROLE NAME`: the organisation represented.
            if org == nil, let represented = RepresentationSupport.organization(context, roleStart: role.start) { org = represented }
            if org == nil, role.organizationPrefix != nil, context.mention(startingAt: j)?.kind == .person || view.matchTitle(j, context.document.lexicon.titles) != nil {
                org = context.prefixOrganization(role, &output)
            }
            if org == nil && context.unresolvedAttribute(after: j) { i = role.end; continue }
            // `Vertreter der Universität Kassel, darunter die Kanzlerin, Dr. NAME`: the organisation the list is drawn from.
            if org == nil, let among = Self.amongOrganization(context, before: role.start) { org = among }
            // `die Prorektorin für Internationalisierung, Prof. Dr. NAME`: the field of the post before the comma.
            if org != nil, view.isAny(j, ["für"]), view.isCap(j + 1), context.mention(startingAt: j + 1) == nil,
               view.isPunct(j + 2, ",") {
                j += 2
            }
            // `die frühere Bürgermeisterin für Kultur, NAME, …`: with its article, a role with its field before the comma is in
            // apposition to the name (no list of roles and names), even when no organisation is named.
            var fieldApposition = false
            if org == nil, view.isAny(role.start - 1, ["der", "die"]), view.isAny(j, ["für"]), view.isCap(j + 1),
               context.mention(startingAt: j + 1) == nil, view.isPunct(j + 2, ",") {
                j += 2
                fieldApposition = true
            }
            var comma = false
            if view.isPunct(j, ",") { comma = true; j += 1 }
            // `NAME, Präsident der IHK Erfurt, NAME2, Rektorin der …`: without its article the role after a name and a comma is
            // that name's apposition (``AppositionRoleRule``), not a role before the next name.
            if comma, view.isPunct(role.start - 1, ","), context.mention(endingAt: role.start - 1)?.kind == .person { i = role.end; continue }
            // `Der Leiter der Handelsabteilung der Botschaft, Gesandter NAME`: a second role before the name (read next).
            var innerRole: Int? = nil
            if comma, org != nil, case let named = context.skippingRole(from: j), named != j {
                innerRole = j
                j = named
            }
            while let t = view.matchTitle(j, context.document.lexicon.titles) { j = t }
            if let person = context.mention(startingAt: j), person.kind == .person {
                // `Chinas Premier NAME`, `der chinesische Botschafter NAME`: the state of a state office.
                if org == nil { org = context.stateOfRole(role, &output) }
                // `Lüneburgs Oberbürgermeisterin NAME`, `Sachsens Wirtschaftsminister NAME`: the place's genitive names the post's place.
                if org == nil, role.start > 0, view.has(role.start - 1, WordBit.genitivePlace),
                   let place = context.mention(endingAt: role.start), place.length == 1, place.kind.isPlace {
                    org = place.entity
                }
                // `ROLE, NAME` without an organisation is a list (`Bürgermeister, Anna Roth, …`), not a role.
                if comma && org == nil && !fieldApposition { i = role.end; continue }
                // `Institutsleiter NAME` after `das Fraunhofer-Institut …`: the organisation of that kind just named.
                if org == nil, role.organizationPrefix == nil, let ending = Self.compoundOrganizationEnding(role.label) {
                    org = context.lastOrganization(before: role.start, fitting: [ending])
                }
                // `Dem Vorstand gehören Präsident A, Schatzmeisterin B und … an`, `An der Spitze der Geschäftsstelle steht
                // Geschäftsführer NAME`, `Im Amt bestätigt wurden die Vizepräsidenten A und B`: the officers of the
                // organisation whose board the text has just elected.
                if org == nil, !context.mentions.contains(where: { $0.kind == .organization || $0.kind.isPlace }),
                   context.find(SentenceContext.boardNounsInList) != nil || context.find(SentenceContext.electionWordsInList) != nil {
                    org = context.boardOrganization(reach: 8, strict: false)
                }
                // `Staatssekretär NAME vom Ministerium …`, `Bürgermeister NAME von der Stadt Lahr`: the post's organisation
                // after the name.
                if org == nil, view.isAny(person.end, ["vom", "von"]), let link = context.roleOrganization(after: person.end) {
                    org = link.entity
                }
                // `Die ORG wird von ROLE NAME geleitet`: the organisation led (``PassiveLeadershipRule``).
                if org == nil, view.isAny(role.start - 1, ["von", "vom"]),
                   let led = PassiveLeadershipRule.ledOrganization(context, by: role.start - 1, agentEnd: person.end) {
                    org = led
                }
                // `Oberbürgermeisterin NAME (Zwickau)`, `Landrat NAME (Landkreis Görlitz)`: the town or district of a municipal
                // head in parentheses after the name.
                if org == nil, let place = Self.placeInParentheses(context, after: person.end, role: role.label) { org = place }
                if org == nil { org = output.knownOrganization(of: person.entity, role: role.label) }
                output.add(.holdsRole, person.entity, .post(role: role.label, organization: org))
                i = person.end
                // `die Vizepräsidenten Uwe Krahl und Li Xiaoyan`: a plural role before coordinated names is each one's.
                if view.isAny(role.start - 1, ["die"]), let lemma = role.label.split(separator: " ").last,
                   view.text(role.end - 1) != lemma {
                    while view.isPunct(i, ",") || view.isAny(i, ["und", "sowie"]),
                          let next = context.mention(startingAt: i + 1), next.kind == .person {
                        output.add(.holdsRole, next.entity, .post(role: role.label, organization: org))
                        i = next.end
                    }
                }
                if let innerRole { i = innerRole }
                continue
            }
            i = role.end
        }
    }

    /// Role endings (lower-cased) of the heads of towns and of districts.
    static let townHeadEndings = ["bürgermeister", "bürgermeisterin"]
    /// Role endings (lower-cased) of the heads of districts.
    static let districtHeadEndings = ["landrat", "landrätin"]

    /// The town (for a mayor) or district (for a Landrat) in parentheses right after a person's name at `end`: `(Zwickau)`.
    static func placeInParentheses(_ context: SentenceContext, after end: Int, role: String) -> Int? {
        let view = context.view
        guard view.isPunct(end, "("), let place = context.mention(startingAt: end + 1), view.isPunct(place.end, ")") else { return nil }
        let lower = role.lowercased()
        // `Oberbürgermeister NAME (Mitte)` in a photo caption: the person's place in the picture, not Berlin's borough (which
        // only a borough's mayor is named with: `Bezirksbürgermeisterin NAME (Mitte)`).
        if place.length == 1, view.text(place.start) == "Mitte", !lower.hasPrefix("bezirks") { return nil }
        if place.kind == .city, townHeadEndings.contains(where: { lower.hasSuffix($0) }) { return place.entity }
        if place.kind == .administrativeArea, districtHeadEndings.contains(where: { lower.hasSuffix($0) }) { return place.entity }
        return nil
    }

    /// The organisation before `, darunter` that a role later in the sentence belongs to (`Vertreter der ORG, darunter die
    /// Prorektorin …, und der Kanzler …`): no other organisation or place is named between `darunter` and the role.
    static func amongOrganization(_ context: SentenceContext, before start: Int) -> Int? {
        let view = context.view
        guard let among = context.find(["darunter"], before: start), view.isPunct(among - 1, ","),
              let org = context.mention(endingAt: among - 1), org.kind == .organization,
              !context.mentions.contains(where: { $0.start > among && $0.start < start && ($0.kind == .organization || $0.kind.isPlace) })
        else { return nil }
        return org.entity
    }

    /// The ending of the organisation a compound role's first part names (`Institutsleiter` → `institut`, `Konzernchef` → a
    /// company), or nil.
    static func compoundOrganizationEnding(_ label: String) -> String? {
        for (prefix, ending) in SentenceContext.compoundOrganizationPrefixes where label.hasPrefix(prefix) && label.count > prefix.count + 3 {
            return ending
        }
        return nil
    }

    /// The organisation or town a person acts for, named with `für` before the role: `Für die Weller GmbH unterzeichnete der
    /// Geschäftsführer NAME`, `…, für Tianrun der Vorsitzende NAME` (an article and one finite verb may stand between).
    static func actingFor(_ context: SentenceContext, before start: Int) -> Int? {
        let view = context.view
        var k = start
        if view.isAny(k - 1, ["der", "die"]) { k -= 1 }
        if k - 1 >= 0, view.isWord(k - 1), !view.isCap(k - 1), !view.isAny(k - 1, ["für", "und", "sowie"]) { k -= 1 }
        guard let principal = context.mention(endingAt: k),
              principal.kind == .organization || principal.kind == .city || principal.kind == .administrativeArea
        else { return nil }
        let f = view.isAny(principal.start - 1, ["die", "den", "das"]) ? principal.start - 2 : principal.start - 1
        guard view.isAny(f, ["für"]) else { return nil }
        return principal.entity
    }

    /// Endings of company names whose legal form is a feminine noun (`die … AG`, `die … GmbH`).
    static let feminineLegalForms = [" AG", " GmbH", " SE", " KG", " mbH", " KGaA", " Ltd."]

    /// The organisation a capitalised possessive before a role refers to (`Ihr Rektor, Prof. Dr. NAME`): the one
    /// organisation named earlier in the sentence, or else in the previous sentence, when no person is named after it;
    /// organisations whose head noun does not agree with the possessive (`Ihr` feminine, `Sein` masculine or neuter) are left out.
    static func possessiveOwner(_ context: SentenceContext, before i: Int) -> Int? {
        let view = context.view
        let p = i - 1
        // `erklärt unser Vorstandsvorsitzender NAME` in a company's own release: the organisation that publishes it.
        let unser = ["unser", "unsere", "unserer", "unseres", "unserem", "unseren"]
        if p >= 0, view.isAny(p, unser) || view.isAny(p, ["neue", "neuer", "neuen"]) && view.isAny(p - 1, unser) {
            return context.publisherOrganization()
        }
        // Lower case only `deren`/`dessen` inside a sentence: `Für die ORG sprach deren Vorsitzende NAME`.
        guard p >= 0, view.isCap(p) || view.isAny(p, ["deren", "dessen"]),
              ["ihr", "sein", "dessen", "deren"].contains(view.lower(p)) else { return nil }
        // `für die IHK deren Präsident NAME`, `für den China Council … (CCPIT) dessen Vizepräsident NAME`: a relative possessive
        // right after a name refers to that name.
        if !view.isCap(p) {
            var e = p
            if view.isPunct(e - 1, ")"), let open = (max(0, e - 7)..<(e - 1)).last(where: { view.isPunct($0, "(") }) { e = open }
            if let named = context.mention(endingAt: e), named.kind == .organization || named.kind.isPlace { return named.entity }
            // `für die IHK deren Präsident NAME` after `die IHK Nürnberg für Mittelfranken`: the acronym of the document's one.
            if e == p, view.isUpper(p - 1), context.mention(at: p - 1) == nil,
               let named = context.document.organization(named: view.text(p - 1)) { return named }
        }
        let lexicon = context.document.lexicon
        let feminine = ["ihr", "deren"].contains(view.lower(p))
        // An organisation whose head noun has the wrong gender for the possessive (`Ihr` for `das Ministerium`).
        func fits(_ span: MentionSpan) -> Bool {
            guard span.kind == .organization else { return true }
            // A company named with its legal form is feminine (`die Lechwerk Umwelttechnik AG`: `Deren Vorstandsvorsitzende`),
            // whatever the first word ends in.
            if Self.feminineLegalForms.contains(where: { span.label.hasSuffix($0) }) { return feminine }
            for word in span.label.split(separator: " ") {
                let lower = word.lowercased()
                guard lexicon.orgSuffixes.contains(where: { lower.hasSuffix($0) }) else { continue }
                let gender = lexicon.gender(ofHead: String(word))
                return feminine ? gender == "f" : gender != "f"
            }
            return true
        }
        func owner(_ spans: [MentionSpan]) -> Int? {
            let named = spans.filter { ($0.kind == .organization || $0.kind == .person) && fits($0) }
            guard let last = named.last, last.kind == .organization else { return nil }
            let orgs = Set(named.filter { $0.kind == .organization }.map { $0.entity })
            return orgs.count == 1 ? last.entity : nil
        }
        let here = context.mentions.filter { $0.end <= p }
        if here.contains(where: { $0.kind == .organization || $0.kind == .person }) { return owner(here) }
        guard context.index > 0, context.index - 1 < context.document.spans.count else { return nil }
        return owner(context.document.spans[context.index - 1])
    }
}
