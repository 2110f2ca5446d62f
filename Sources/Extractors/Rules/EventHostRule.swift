import GraphCore

/// The host of an event is its organiser: `Gastgeber war die IHK Trier`, `Veranstalter: die IHK`, `Die Stadt Metz war Gastgeberin`,
/// `Ausrichter war …`, `Mitveranstalter ist …`, `Kiel wird Gastgeber des 3. Hafenforums`, `Veranstalter sind A und B, auf
/// chinesischer Seite C`, `zu Gast bei der Handelskammer Breslau`, `Gastgeberin des Abends war X`, `Am 3. Mai war die Hochschule X
/// Gastgeberin des Workshops …`, `als Mitveranstalterin war X beteiligt`, `unserem Mitveranstalter, der X`, `Das Forum ist eine
/// gemeinsame Veranstaltung von A und B` (an event of the sentence or the last sentences).
///
/// Example: „Der Unternehmertag fand am 4. Mai in Posen statt. Gastgeber war die Handelskammer Posen.“ →
/// organizer(Unternehmertag in Posen | Handelskammer Posen). Prior 0.7.
struct EventHostRule: ExtractionRule {
    var name: String { "event-host" }
    var confidence: Double { 0.7 }
    var needsFactualSentence: Bool { true }

    /// The noun of `zu Gast bei` (lower-cased), looked for in every sentence.
    static let guestWords: WordList = ["gast"]
    /// The kinds of entities this rule reads (one set for every sentence).
    static let kinds: Set<EntityKind> = [.organization, .person, .city, .administrativeArea]

    static let hostNouns: WordList = ["gastgeber", "gastgeberin", "gastgeberinnen", "ausrichter", "ausrichterin", "veranstalter",
                                         "veranstalterin", "gastgebende", "gastgebender", "mitveranstalter",
                                         "mitveranstalterin", "mitausrichter", "organisator", "organisatoren", "organisatorin"]
    static let copulas: Set<String> = ["war", "waren", "ist", "sind", "fungierte", "fungierten"]
    /// Verbs before the host noun (lower-cased): `Die Stadt Kiel wird Gastgeber …`.
    static let becomingVerbs: Set<String> = ["war", "waren", "ist", "sind", "fungierte", "fungierten", "wird", "werden", "wurde", "wurden"]

    /// The hosts of a list and those of a second side after it: `A und B, auf chinesischer Seite C`.
    private func moreHosts(_ context: SentenceContext, _ list: (mentions: [MentionSpan], end: Int)) -> [MentionSpan] {
        let view = context.view
        // The list may end at the comma or after it.
        let e = view.isPunct(list.end, ",") ? list.end + 1 : list.end
        guard !list.mentions.isEmpty, view.isPunct(e - 1, ","), view.isAny(e, ["auf"]), view.isAny(e + 2, ["seite"]) else { return list.mentions }
        var k = e + 3
        if view.isAny(k, ["der", "die", "das", "den"]) { k += 1 }
        return list.mentions + context.coordinatedMentions(from: k, kinds: Self.kinds).mentions
    }

    /// Nouns of a joint event after `eine (gemeinsame)` (lower-cased): `Das Forum ist eine gemeinsame Veranstaltung von A und B`.
    static let jointNouns: WordList = ["veranstaltung", "initiative", "kooperation", "gemeinschaftsveranstaltung", "gemeinschaftsaktion"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        let kinds = Self.kinds
        var hosts: [MentionSpan] = []
        var namedEvent: Int? = nil
        var window = 2
        var from = 0
        // Every host noun of the sentence: `Veranstalter des Workshops waren A und B; als Mitveranstalterin war C beteiligt`.
        while let noun = context.find(Self.hostNouns, from: from) {
            from = noun + 1
            // The event in the genitive, after at most one adjective: `Ausrichter der anschließenden Gesprächsrunde ist …`.
            let genitive = view.isAny(noun + 1, ["des", "der"]) ? context.eventMentions.first(where: {
                $0.start == noun + 2 || ($0.start == noun + 3 && view.isWord(noun + 2) && !view.isCap(noun + 2))
            }) : nil
            // A noun in the genitive that refers back to the event: `Gastgeberin des Abends war …`, `Veranstalter des Workshops waren …`.
            let backNoun = genitive == nil && view.isAny(noun + 1, ["des", "der"]) && view.isCap(noun + 2) && context.mention(at: noun + 2) == nil
                && view.isAny(noun + 3, Self.copulas) && !view.has(noun + 2, WordBit.role)
            if let named = genitive, view.isAny(named.end, Self.copulas) {
                // `Veranstalter des 5. Umweltforums ist die Handwerkskammer Trier`: the event in the genitive.
                var k = named.end + 1
                if view.isAny(k, ["der", "die", "das", "den"]) { k += 1 }
                hosts += context.coordinatedMentions(from: k, kinds: kinds).mentions
                namedEvent = named.entity
            } else if view.isAny(noun + 1, Self.copulas) || view.isPunct(noun + 1, ":") || backNoun {
                // `Gastgeber war die IHK` / `Gastgeber waren A und B` / `Veranstalter: die IHK` / `Gastgeberin des Abends war X`.
                var k = backNoun ? noun + 4 : noun + 2
                if view.isAny(k, ["der", "die", "das", "den"]) { k += 1 }
                // A role before a person: `Gastgeber war Oberbürgermeister Kurt Lang`.
                if context.mention(startingAt: k) == nil { k = context.skippingRole(from: k) }
                hosts += moreHosts(context, context.coordinatedMentionsAcrossAttributes(from: k, kinds: kinds))
            } else if view.isAny(noun - 1, ["als"]), view.isAny(noun + 1, Self.becomingVerbs) || view.isAny(noun + 1, ["trat", "traten"]) {
                // `…; als Mitveranstalterin war die TU Breslau beteiligt`: the host after the verb.
                var k = noun + 2
                if view.isAny(k, ["der", "die", "das", "den"]) { k += 1 }
                if context.mention(startingAt: k) == nil { k = context.skippingRole(from: k) }
                hosts += context.coordinatedMentions(from: k, kinds: kinds).mentions
            } else if view.isPunct(noun + 1, ","), view.isAny(noun + 2, ["der", "die", "dem", "den"]), noun + 3 < view.count,
                      let m = context.mention(startingAt: noun + 3), kinds.contains(m.kind) {
                // `Unser Dank gilt unserem Mitveranstalter, der Wirtschaftsförderung X`: the apposition names the host.
                hosts.append(m)
                window = 3
            } else if let m = context.mention(endingAt: noun), kinds.contains(m.kind), !context.inParentheses(m.start),
                      view.isAny(view.isAny(m.start - 1, ["der", "die", "das"]) ? m.start - 2 : m.start - 1, Self.becomingVerbs) {
                // `Am 23. Juni war die Hochschule Zittau Gastgeberin des Workshops …`: verb, subject, host noun.
                hosts.append(m)
                if let named = genitive { namedEvent = named.entity }
            } else if view.isAny(noun - 1, Self.becomingVerbs) || view.isAny(noun - 1, ["als"])
                        || (view.tokens[max(0, noun - 1)].kind == .number && view.isAny(noun - 2, Self.becomingVerbs)) {
                if let named = genitive { namedEvent = named.entity }
                // `Die Stadt Metz war Gastgeberin` / `Die IHK fungierte als Gastgeber` / `Rostock war 2024 Gastgeber …`.
                var k = noun - 1
                if view.tokens[k].kind == .number { k -= 1 }
                if view.isAny(k, ["als"]) { k -= 1 }
                if view.isAny(k, ["als"]) { k -= 1 }
                let before = context.mentions.filter { $0.end <= k && kinds.contains($0.kind) && !context.inParentheses($0.start) }
                if let first = before.first, !view.isAny(first.start - 1, ["der", "des", "in", "aus", "von"]),
                   first.start <= 1 || namedEvent == nil {
                    let list = context.coordinatedMentions(from: first.start, kinds: kinds).mentions
                    hosts += list.isEmpty ? [first] : list
                }
            }
        }
        if hosts.isEmpty, let gast = context.find(Self.guestWords), view.isAny(gast - 1, ["zu"]), view.isAny(gast + 1, ["bei", "beim"]) {
            // `… trafen sich zu Gast bei der IHK Trier`.
            var k = gast + 2
            if view.isAny(k, ["der", "dem", "den"]) { k += 1 }
            hosts = context.coordinatedMentions(from: k, kinds: kinds).mentions
        }
        if hosts.isEmpty, let joint = context.find(Self.jointNouns), let von = joint + 1 < view.count ? joint + 1 : nil,
           view.isAny(von, ["von", "der", "des"]),
           view.isAny(joint - 1, ["eine"]) || view.isAny(joint - 2, ["eine"]) && view.isWord(joint - 1) && !view.isCap(joint - 1),
           let copula = context.find(["ist", "war", "sind", "waren"], before: joint), copula >= 1 {
            // `Das Forum ist eine gemeinsame Veranstaltung von A und B`: the event is the subject.
            var k = von + 1
            if view.isAny(k, ["der", "dem", "den", "des"]) { k += 1 }
            let items = context.coordinatedMentions(from: k, kinds: kinds).mentions
            if let named = context.eventMentions.first(where: { $0.end <= copula }) {
                namedEvent = named.entity
            } else if let earlier = context.definiteEvent(at: 0, compoundTail: true) {
                namedEvent = earlier
            }
            if namedEvent != nil { hosts = items }
        }
        guard !hosts.isEmpty, SentenceGuard.isFactualEvent(view), let event = namedEvent ?? context.currentEvent(anaphoric: true, window: window)
        else { return }
        for host in hosts where host.entity != event { output.add(.organizer, event, host.entity) }
        // The report of the event goes on in the next sentences.
        context.document.recentEvents.append((event, context.index))
    }
}
