import GraphCore

/// The leader of a delegation or group at an event attends it: `eine Delegation aus Zibo unter der Leitung von
/// Vizebürgermeisterin Han Li`, `Angeführt wurde die Gruppe von Vizebürgermeister Qian Bo`, `Die Delegation wurde von
/// IHK-Präsident Jan Rau angeführt`, `An der Spitze der Delegation stand Landrat Kurt Lang`. The event is the sentence's own
/// or the one of the last three sentences (the trip, visit or reception the text reports); the delegation's town (`aus
/// Zibo`) attends it too.
///
/// Example: „Am 4. Mai fand in Kiel das 3. Hafenforum statt. Eine Delegation aus Qingdao unter Leitung von Vizebürgermeister
/// Li Wen war angereist.“ → attendee(3. Hafenforum | Li Wen), attendee(3. Hafenforum | Qingdao). Prior 0.65.
struct DelegationLeaderRule: ExtractionRule {
    var name: String { "delegation-leader" }
    var confidence: Double { 0.65 }
    var needsFactualSentence: Bool { true }

    /// Nouns of a travelling group (lower-cased), looked for in every sentence.
    static let groupNouns: WordList = ["delegation", "wirtschaftsdelegation", "unternehmerdelegation", "regierungsdelegation",
                                       "abordnung", "besuchergruppe", "gruppe", "reisegruppe", "delegationen"]
    /// Verbs of setting out on a journey (lower-cased).
    static let travelVerbs: WordList = ["reist", "reiste", "reisten", "reisen", "fährt", "fuhr", "fuhren", "bricht", "brach", "brachen"]
    /// Nouns and participles of leading (lower-cased).
    static let leadWords: WordList = ["leitung", "führung", "angeführt", "geleitet", "spitze"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let lead = context.find(Self.leadWords), let group = context.find(Self.groupNouns) else { return }
        let word = view.lower(lead)
        var from: Int
        switch word {
        case "leitung", "führung":
            // `unter (der) Leitung von X`, `unter Führung des Bürgermeisters X`.
            let under = view.isAny(lead - 1, ["unter"]) ? lead - 1 : view.isAny(lead - 2, ["unter"]) && view.isAny(lead - 1, ["der"]) ? lead - 2 : -1
            guard under > group, under - group <= 12 else { return }
            from = lead + 1
        case "spitze":
            // `An der Spitze der Delegation stand X`.
            guard view.isAny(lead - 1, ["der"]), view.isAny(lead - 2, ["an"]), view.isAny(lead + 1, ["der", "des"]), group == lead + 2,
                  view.isAny(group + 1, ["stand", "standen", "steht", "stehen"]) else { return }
            from = group + 2
        default:
            // `Angeführt wurde die Gruppe von X`, `Die Delegation wurde von X angeführt`, `…, angeführt von X`.
            if lead == 0, view.isAny(1, ["wurde", "wird"]), group <= 4, let von = context.find(["von", "vom"], from: group + 1, before: group + 3) {
                from = von + 1
            } else if lead > group, let von = context.find(["von", "vom"], from: group + 1, before: lead), lead - von <= 8,
                      context.find(["wurde", "wird", "wurden", "werden"], from: group + 1, before: von) != nil {
                from = von + 1
            } else if view.isPunct(lead - 1, ","), lead > group, view.isAny(lead + 1, ["von", "vom"]) {
                from = lead + 2
            } else {
                return
            }
        }
        // A delegation that sets out on a journey of its own is not at the event reported before: `Im Juni reist eine Delegation
        // unter Leitung von X nach Wuhan`.
        if context.eventMentions.isEmpty, context.find(Self.travelVerbs) != nil { return }
        // The leader: the first person within a role phrase's reach.
        guard let leader = context.mentions.first(where: { $0.kind == .person && $0.start >= from && $0.start <= from + 6 }),
              (from..<leader.start).allSatisfy({ !view.isPunct($0, ",") && !view.isPunct($0, ";") }),
              let event = context.reportedEvent() else { return }
        output.add(.attendee, event, leader.entity)
        if let origin = Self.origin(context, after: group), origin.entity != event {
            output.add(.attendee, event, origin.entity)
        }
        context.document.recentEvents.append((event, context.index))
    }

    /// Nouns that class the place of origin before its name (lower-cased): `aus der Stadt Yangzhou`.
    static let originClassNouns: WordList = ["stadt", "provinz", "region", "partnerstadt", "partnerprovinz", "metropole", "hafenstadt",
                                             "millionenstadt", "hauptstadt", "provinzhauptstadt", "kreisstadt"]

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
