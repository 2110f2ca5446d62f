import GraphCore

/// A delegation's visit on a given day is an event of its own: `Eine Delegation aus Yangzhou war am 14. Oktober zu Gast in
/// Wetzlar`, `Eine Delegation der Provinz Hubei besuchte am 3. Mai Mainz`, `Ministerin Anna Roth empfing am 10. November
/// eine Delegation aus Jiangsu im Wirtschaftsministerium`. It is named `Besuch der Delegation aus X` (with `in TOWN` when
/// the town is named); the delegation's town or organisation attends it, the one who receives it is its host.
///
/// Example: „Eine Delegation aus Wuhan war am 3. Mai 2025 zu Gast in Kassel.“ → event „Besuch der Delegation aus Wuhan in
/// Kassel“ with startDate 2025-05-03, location Kassel, attendee Wuhan. Prior 0.65.
struct DelegationVisitRule: ExtractionRule {
    var name: String { "delegation-visit" }
    var confidence: Double { 0.65 }
    var needsFactualSentence: Bool { true }

    /// Nouns of a visiting group (lower-cased), looked for in every sentence.
    static let groupNouns: WordList = ["delegation", "wirtschaftsdelegation", "unternehmerdelegation", "regierungsdelegation",
                                       "abordnung", "besuchergruppe"]
    /// Verbs of visiting and receiving (lower-cased).
    static let visitWords: WordList = ["gast", "besuchte", "besuchten", "empfing", "empfingen", "empfangen", "weilte", "weilten",
                                       "begrüßte", "begrüßten"]
    /// Nouns that class the place of origin before its name (lower-cased): `aus der Stadt Yangzhou`.
    static let originClassNouns: WordList = ["stadt", "provinz", "region", "partnerstadt", "partnerprovinz", "metropole", "hafenstadt",
                                             "millionenstadt", "hauptstadt", "provinzhauptstadt", "kreisstadt"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let group = context.find(Self.groupNouns), context.eventMentions.isEmpty,
              let visit = context.find(Self.visitWords) else { return }
        if view.lower(visit) == "gast", !view.isAny(visit - 1, ["zu"]) { return }
        guard let origin = Self.origin(context, after: group), let date = context.eventDate(), date.date.day != nil else { return }
        // The place of the visit: a town after `in`/`nach` other than the origin, or a venue; for `zu Gast in X` the town.
        let place = context.mentions.first { m in
            m.entity != origin.entity && (m.kind == .city || m.kind == .administrativeArea) && view.isAny(m.start - 1, ["in", "nach"])
                && !context.inParentheses(m.start)
        } ?? EventLocationRule.venue(context)
            ?? context.mentions.first { $0.kind == .organization && $0.entity != origin.entity && view.isAny($0.start - 1, ["im"]) }
            ?? context.mentions.first { $0.kind == .city && $0.entity != origin.entity && $0.start > visit && view.isAny(visit, ["besuchte", "besuchten"]) }
        let entities = context.document.entities.entities
        var label = "Besuch der Delegation aus " + entities[origin.entity].label
        if let place, place.kind == .city { label += " in " + entities[place.entity].label }
        let event = output.entity(kind: .event, label: label)
        output.add(.startDate, event, .literal(date.date.literal))
        if let place { output.add(.location, event, place.entity) }
        output.add(.attendee, event, origin.entity)
        // The one who receives the delegation hosts the visit: `Ministerin Anna Roth empfing …`.
        if view.isAny(visit, ["empfing", "empfingen", "begrüßte", "begrüßten"]), visit < group,
           let host = context.eventSubject(before: visit) ?? context.mentions.first(where: { $0.start == visit + 1 || $0.start == visit + 2 }),
           host.kind == .person || host.kind == .organization || host.kind == .city, host.entity != origin.entity, host.start < group {
            output.add(.organizer, event, host.entity)
        }
        context.document.recentEvents.append((event, context.index))
    }

    /// The town, region, country or organisation a delegation comes from: `Delegation aus Wuhan`, `Delegation aus der
    /// ostchinesischen Stadt Yangzhou`, `Delegation der Provinz Hubei`.
    static func origin(_ context: SentenceContext, after group: Int) -> MentionSpan? {
        let view = context.view
        var k = group + 1
        guard view.isAny(k, ["aus", "der", "des"]) else { return nil }
        k += 1
        if view.isAny(k, ["der", "dem"]) { k += 1 }
        var adjectives = 0
        while adjectives < 2, view.isWord(k), !view.isCap(k), context.mention(startingAt: k) == nil { k += 1; adjectives += 1 }
        if view.isAny(k, Self.originClassNouns), context.mention(startingAt: k) == nil { k += 1 }
        guard let m = context.mention(startingAt: k), m.kind == .city || m.kind == .administrativeArea || m.kind == .country
                || m.kind == .organization else { return nil }
        return m
    }
}

