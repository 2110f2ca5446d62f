import GraphCore

/// `NAME, ROLE der ORG` (or `NAME (ROLE der ORG)`, `NAME, seit 2019 ROLE der ORG`, `NAME (52), ROLE der ORG`) – a role in
/// apposition after a person's name, possibly coordinated.
///
/// Example: „Marta Nowak, Vizepräsidentin der Handelskammer Breslau und Leiterin des Messebüros, eröffnete …“
/// → holdsRole(Marta Nowak | Vizepräsidentin | Handelskammer Breslau). Prior 0.85: the comma pattern is
/// reliable; errors come from lists of names where the role belongs to the next one.
struct AppositionRoleRule: ExtractionRule {
    var name: String { "apposition-role" }
    var confidence: Double { 0.85 }
    var needsFactualSentence: Bool { false }

    /// Words of time before the role (lower-cased): `NAME, seit 2019 Geschäftsführerin der …`.
    static let timeWords = ["seit", "bis", "ab", "bereits", "derzeit", "zudem", "auch", "künftig", "inzwischen", "damals",
                            "bisher", "bislang", "zuvor", "zuletzt"]

    /// The index after a time phrase at `i` (`seit 2019`, `seit Januar`, `derzeit`), or `i`.
    static func skippingTime(_ view: TokenView, from i: Int) -> Int {
        var j = i
        var steps = 0
        while steps < 3, view.isAny(j, timeWords) {
            j += 1
            if view.tokens.indices.contains(j), view.tokens[j].kind == .number || view.has(j, WordBit.month) { j += 1 }
            steps += 1
        }
        return j
    }

    /// The closing parenthesis of `(PARTY, AGE)`, `(AGE, TOWN)` at `open`: two or three items (a number, an upper-case
    /// party, a place) between commas, no role among them; nil otherwise.
    static func shortParenthesisEnd(_ context: SentenceContext, from open: Int) -> Int? {
        let view = context.view
        var k = open + 1
        var items = 0
        while k < view.count, k <= open + 8 {
            if view.tokens[k].kind == .number || view.isUpper(k) {
                k += 1
            } else if let place = context.mention(startingAt: k), place.kind.isPlace {
                k = place.end
            } else if view.isWord(k), context.document.lexicon.parties[view.text(k)] != nil {
                k += 1
            } else {
                return nil
            }
            items += 1
            if view.isPunct(k, ")") { return items >= 2 ? k : nil }
            guard view.isPunct(k, ",") else { return nil }
            k += 1
        }
        return nil
    }

    /// Finite copulas (lower case) after which a role names the person that follows: `neue Schriftführerin ist NAME`.
    static let copulas: Set<String> = ["ist", "wird", "bleibt", "war", "wurde", "sind", "werden", "bleiben"]

    /// True when a person's name (after titles) starts at `k`.
    static func personFollows(_ context: SentenceContext, at k: Int) -> Bool {
        var j = k
        while let t = context.view.matchTitle(j, context.document.lexicon.titles) { j = t }
        return context.mention(startingAt: j)?.kind == .person
    }

    /// The organisation after a comma that closes a list item with a role (`ROLE, ORG)` in a parenthesis; `ROLE, ORG,`,
    /// `ROLE, ORG und`, or `ROLE, ORG` at the end of the sentence in a caption).
    static func listedOrganization(_ context: SentenceContext, after i: Int, parenthesis: Bool) -> (entity: Int, end: Int)? {
        let view = context.view
        guard view.isPunct(i, ","), let org = context.mention(startingAt: i + 1), org.kind == .organization else { return nil }
        let after = org.end
        if parenthesis { return view.isPunct(after, ")") ? (org.entity, after) : nil }
        let closes = after >= view.count || view.isPunct(after, ".") || view.isPunct(after, ";")
            || (view.isPunct(after, ",") || view.isAny(after, ["und"])) && context.mentions.contains { $0.kind == .person && $0.start > after && $0.start <= after + 3 }
        return closes ? (org.entity, after) : nil
    }

    /// The organisation named alone on the line above the current line, when the current sentence is a line of its own.
    static func organizationLineAbove(_ context: SentenceContext) -> Int? {
        let document = context.document
        let above = context.index - 1
        guard context.index < document.isLine.count, document.isLine[context.index], above >= 0, document.isLine[above],
              document.spans[above].count == 1, let only = document.spans[above].first, only.kind == .organization,
              only.start == 0, only.end >= document.views[above].count - 1 else { return nil }
        return only.entity
    }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for person in context.mentions where person.kind == .person {
            var i = person.end
            // An age or a party in parentheses before the comma: `Jörg Kramer (52), Geschäftsführer der …`,
            // `Anna Roth (SPD), Bürgermeisterin von …`.
            if view.isPunct(i, "("), view.isPunct(i + 2, ")"), view.isPunct(i + 3, ","), i + 1 < view.count,
               view.tokens[i + 1].kind == .number || view.isUpper(i + 1) {
                i += 3
            } else if view.isPunct(i, "("), let close = Self.shortParenthesisEnd(context, from: i), view.isPunct(close + 1, ",") {
                // `Ulrich Fendt (CDU, 58), Landrat des …`, `Anna Roth (52, Emden), Geschäftsführerin der …`.
                i = close + 1
            }
            // `NAME, ROLE der ORG` or `NAME (ROLE der ORG)`.
            guard view.isPunct(i, ",") || view.isPunct(i, "(") else { continue }
            i = Self.skippingTime(view, from: i + 1)
            // `NAME, der Präsident der IHK Bonn, …`: with its article the apposition must close after the organisation (a
            // relative clause goes on with its verb: `…, der Präsident der IHK Bonn werden will`).
            var articled = false
            if view.isAny(i, ["der", "die"]), context.role(at: i + 1) != nil {
                i += 1
                articled = true
            }
            var first = true
            while let role = context.role(at: i) {
                // `Vizepräsidentin Chen Jing, Schatzmeister Holger Faust …`: a role before the next name is that name's.
                if context.skippingRole(from: i) != i { break }
                var org: Int? = nil
                var end = role.end
                if let link = context.roleOrganization(after: role.end) {
                    org = link.entity
                    end = link.end
                } else if context.unresolvedAttribute(after: role.end) {
                    break  // `Präsident des Städtenetzwerks Loire`: the post's organisation is unknown
                } else if role.organizationPrefix != nil {
                    org = context.prefixOrganization(role, &output)
                } else if let listed = Self.listedOrganization(context, after: role.end, parenthesis: view.isPunct(person.end, "(")) {
                    // `NAME (Geschäftsführer, Weigel Pumpen GmbH)`, `NAME, Geschäftsführer, Weigel Pumpen GmbH, und …`
                    org = listed.entity
                    end = listed.end
                }
                // `NAME, ehemaliger bayerischer Wirtschaftsminister`: the state of a state office named by its adjective.
                if org == nil, role.placeAdjective != nil { org = context.stateOfRole(role, &output) }
                if articled, !(end >= view.count || view.isPunct(end, ",") || view.isPunct(end, ".") || view.isPunct(end, ")")) { break }
                // `…, Dr. Sabine Kern, der Geschäftsführer der X GmbH, Jan Rau, …`: with its article, a role whose organisation a
                // name follows after a comma is that name's (a list of roles before names), not an apposition to the name before.
                if articled, view.isPunct(end, ","), Self.personFollows(context, at: end + 1) { break }
                // `Schatzmeister bleibt NAME, neue Schriftführerin ist NAME2`: a role before a verb that names the next person is
                // that person's.
                if view.isAny(end, Self.copulas), Self.personFollows(context, at: end + 1) { break }
                // A contact block: `Huayang Europe GmbH` / `Anna Seidl, Head of Communications` – the organisation's line
                // right above the line of the name and role.
                if org == nil, end >= view.count { org = Self.organizationLineAbove(context) }
                output.add(.holdsRole, person.entity, .post(role: role.label, organization: org))
                first = false
                // `… und Repräsentant der Stadt Foshan`
                if view.isAny(end, ["und", "sowie"]) { i = end + 1; continue }
                break
            }
            _ = first
        }
    }
}
