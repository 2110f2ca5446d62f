import GraphCore

/// Who organises an event: `ORG organisierte/veranstaltete EVENT`, `ORG hatte zu EVENT eingeladen`,
/// `EVENT, organisiert von ORG`, `auf Einladung der ORG`, `Die Reise wird gemeinsam mit ORG organisiert`, `Die Konferenz wird
/// von den Städten A und B getragen; ausgerichtet wurde sie von C`, `Gemeinsam mit ORG lädt ORG2 zum EVENT ein`, the event
/// first (`Das Fachforum „…“ richtet die Hochschule X aus`) and in a relative clause (`EVENT, die ORG gemeinsam mit ORG2
/// ausrichtet`, `EVENT, zu dem ORG eingeladen hatte`), with an attributive participle (`die von ORG organisierte Reise`) and a
/// fronted one (`Organisiert hatte das Turnier X`).
///
/// Example: „Die IHK Trier und die Stadt Metz hatten zu einem Unternehmerforum in Metz eingeladen.“ →
/// organizer(Unternehmerforum in Metz | IHK Trier), organizer(… | Metz). Prior 0.75.
struct EventOrganizerRule: ExtractionRule {
    var name: String { "event-organizer" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { false }

    /// Words of organising (lower-cased), looked for in every sentence.
    static let byWords: WordList = ["organisiert", "veranstaltet", "ausgerichtet", "einladung"]
    /// The kinds of entities this rule reads (one set for every sentence).
    static let kinds: Set<EntityKind> = [.organization, .person, .city, .administrativeArea]

    /// Participles of organising (lower-cased).
    static let participles = ["organisiert", "veranstaltet", "ausgerichtet", "durchgeführt", "getragen"]
    /// ``participles`` with their fingerprints.
    static let participleList = WordList(participles)
    /// The passive auxiliaries (lower-cased).
    static let passiveAuxiliaries: WordList = ["wurde", "wurden", "wird", "werden"]
    /// Finite verbs of organising after a fronted event or in a relative clause (lower-cased); `richtet` needs its `aus`.
    static let clauseVerbs: WordList = ["richtet", "richten", "richtete", "richteten", "organisiert", "organisieren", "organisierte",
                              "organisierten", "veranstaltet", "veranstalten", "veranstaltete", "veranstalteten", "ausrichtet",
                              "ausrichten", "ausrichtete", "ausrichteten"]
    /// Verb particles that may close a clause after the event (lower-cased): `findet … statt`, `nimmt … teil`.
    static let particles: WordList = ["statt", "teil", "ein", "an", "vor"]
    /// The relative pronouns and articles after the comma that opens a relative clause (lower-cased).
    static let relatives: WordList = ["die", "das", "den", "der"]
    /// The finite verbs and participles of organising in a relative clause (lower-cased).
    static let relativeVerbs = WordList(clauseVerbs.words + participles)
    /// The verbs of inviting after a fronted partner (lower-cased).
    static let inviteVerbs: WordList = ["lädt", "laden", "lud", "luden"]
    /// Plural class nouns in the dative before the names of organisers (lower-cased): `von den Städten A und B`.
    static let dativeClassNouns = ["städten", "kommunen", "gemeinden", "landkreisen", "kreisen", "hochschulen", "universitäten",
                                   "kammern", "verbänden", "partnern", "unternehmen", "vereinen"]

    /// Active verbs of organising and inviting (lower-cased).
    static let activeVerbs: WordList = ["organisierte", "organisierten", "organisiert", "veranstaltete", "veranstalteten",
                                           "veranstaltet", "richtete", "richteten", "richtet", "richten", "lud", "luden", "lädt", "laden", "hatte",
                                           "hatten", "hat", "haben"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard SentenceGuard.isFactualEvent(view) else { return }
        if participleOrganizers(context, &output) { return }
        if !context.eventMentions.isEmpty, clauseOrganizers(context, &output) { return }
        if fronted(context, &output) { return }
        let event: Int
        let eventSpan: (start: Int, end: Int)
        if let named = context.currentEvent(anaphoric: false), let span = context.mentions.first(where: { $0.entity == named }) {
            (event, eventSpan) = (named, (span.start, span.end))
        } else if let earlier = context.definiteEvent(compoundTail: context.find(Self.byWords) != nil) {
            // `Die Konferenz wird von … organisiert`: the noun stands for the event named just before.
            (event, eventSpan) = (earlier, (0, 2))
            context.document.recentEvents.append((earlier, context.index))
        } else if view.isAny(0, Self.participleList), view.isAny(1, Self.passiveAuxiliaries),
                  let earlier = context.definiteEvent(at: 2, compoundTail: true) {
            // `Ausgerichtet wurde das Forum von …`: the participle first.
            (event, eventSpan) = (earlier, (2, 4))
            context.document.recentEvents.append((earlier, context.index))
        } else if context.eventMentions.isEmpty, view.isAny(0, Self.participleList), view.isAny(1, Self.passiveAuxiliaries),
                  view.isAny(2, ["sie", "es", "er"]), let last = context.document.recentEvents.last, context.index - last.sentence == 1 {
            // `Ausgerichtet wurde sie von …`: the pronoun stands for the event of the sentence before.
            (event, eventSpan) = (last.entity, (2, 3))
            context.document.recentEvents.append((last.entity, context.index))
        } else if context.eventMentions.isEmpty, context.document.isLine[context.index], let last = context.document.recentEvents.last,
                  last.sentence == context.index, context.find(Self.byWords) != nil {
            // A calendar line whose title an earlier rule read as the event (`Stammtisch China-Business, Erlangen, organisiert von
            // der Regionalgruppe Erlangen`).
            (event, eventSpan) = (last.entity, (0, 1))
        } else {
            return
        }
        let kinds = Self.kinds
        // Passive: `organisiert von ORG` / `auf Einladung der ORG`.
        if let by = context.find(Self.byWords) {
            var k = by + 1
            if view.isAny(k, ["von", "vom", "der", "des"]) { k += 1 }
            if view.isAny(k, ["der", "dem", "den", "die"]) { k += 1 }
            let (items, _) = context.coordinatedMentions(from: k, kinds: kinds)
            if !items.isEmpty && view.lower(by + 1) != "wurde" {
                for m in items where m.entity != event { output.add(.organizer, event, m.entity) }
                return
            }
        }
        // Passive with the agent first: `EVENT wurde von ORG organisiert`.
        // Also with the participle first: `Organisiert wurde das Forum von der IHK`.
        if let by = context.find(["von", "vom"], from: eventSpan.end), context.find(["wurde", "wurden", "wird", "werden"], before: by) != nil,
           context.find(Self.participles, from: by) != nil || (view.isAny(0, Self.participles) && view.isAny(1, ["wurde", "wurden", "wird", "werden"])) {
            var k = by + 1
            if view.isAny(k, ["der", "dem", "den"]) { k += 1 }
            if view.isAny(k, Self.dativeClassNouns), context.mention(startingAt: k) == nil { k += 1 }
            let (items, end) = context.coordinatedMentions(from: k, kinds: kinds)
            for m in items where m.entity != event { output.add(.organizer, event, m.entity) }
            // `von der IHK in Zusammenarbeit mit der Handwerkskammer ausgerichtet`: the partner organises too.
            if !items.isEmpty { addCooperationPartner(context, from: end, before: view.count, event: event, &output) }
            // A second passive clause with the participle first: `…; ausgerichtet wurde sie von der IHK`.
            var second = items.isEmpty ? nil : context.find(Self.participles, from: end)
            while let p = second, !(view.isPunct(p - 1, ";") || view.isPunct(p - 1, ",")) { second = context.find(Self.participles, from: p + 1) }
            if let second, view.isAny(second + 1, ["wurde", "wurden", "wird", "werden"]), let von = context.find(["von", "vom"], from: second + 2) {
                var j = von + 1
                if view.isAny(j, ["der", "dem", "den"]) { j += 1 }
                for m in context.coordinatedMentions(from: j, kinds: kinds).mentions where m.entity != event { output.add(.organizer, event, m.entity) }
            }
            if !items.isEmpty { return }
        }
        // A passive without agent, with partners: `Die Reise wird gemeinsam mit der AHK und der Agentur X organisiert`.
        // Also with the participle first and `in Zusammenarbeit mit`: `Organisiert wird die Reise in Zusammenarbeit mit der IHK`.
        if context.find(["von", "vom"], from: eventSpan.end) == nil, let mit = context.find(["mit"], from: eventSpan.end),
           view.isAny(mit - 1, ["gemeinsam", "zusammen"]) || (view.isAny(mit - 1, ["zusammenarbeit", "kooperation"]) && view.isAny(mit - 2, ["in"])),
           (view.isAny(eventSpan.end, ["wird", "wurde", "werden", "wurden"]) && context.find(Self.participles, from: mit) != nil)
            || (view.isAny(0, Self.participles) && view.isAny(1, ["wird", "wurde", "werden", "wurden"])) {
            var k = mit + 1
            if view.isAny(k, ["der", "dem", "den"]) { k += 1 }
            let (items, _) = context.coordinatedMentions(from: k, kinds: kinds)
            for m in items where m.entity != event { output.add(.organizer, event, m.entity) }
            if !items.isEmpty { return }
        }
        // The event fronted: `Zum 5. Umweltforum lädt die Handwerkskammer am 3. Juni nach Trier ein` – the subject after the verb.
        // The verb may follow the event's date and place: `Zum 5. Wirtschaftsforum am 12. Mai in Bielefeld lud die IHK … ein`.
        if eventSpan.start == 1, view.isAny(0, ["zum", "zur", "zu"]),
           let invite = (eventSpan.end..<min(view.count, eventSpan.end + 9)).first(where: { view.isAny($0, ["lädt", "laden", "lud", "luden"]) }),
           !(eventSpan.end..<invite).contains(where: { view.isPunct($0, ",") || context.mention(startingAt: $0).map { m in
               m.kind == .person || m.kind == .organization } == true }),
           context.find(["ein"], from: invite) != nil {
            var k = invite + 1
            if view.isAny(k, ["der", "die", "das"]) { k += 1 }
            let (items, end) = context.coordinatedMentions(from: k, kinds: [.organization, .person])
            for m in items where m.entity != event { output.add(.organizer, event, m.entity) }
            if !items.isEmpty { addCooperationPartner(context, from: end, before: view.count, event: event, &output) }
            return
        }
        // Active: subject before the verb, event after it.
        guard let verb = context.find(Self.activeVerbs, before: eventSpan.start) else { return }
        let word = view.lower(verb)
        // `richtet … aus` needs its particle after the event.
        if word.hasPrefix("richt"), context.find(["aus"], from: eventSpan.end) == nil { return }
        if ["hatte", "hatten", "hat", "haben", "lud", "luden", "lädt", "laden"].contains(word) {
            guard context.find(["eingeladen", "ein"], from: eventSpan.end) != nil || context.find(["eingeladen"]) != nil,
                  view.isAny(eventSpan.start - 1, ["zu", "zum", "zur", "einem", "einer"]) || view.isAny(eventSpan.start - 2, ["zu"])
            else { return }
        } else if word == "organisiert" || word == "veranstaltet" {
            // Present tense with the subject first: `Die IHK veranstaltet am 9. Mai das Forum` (no auxiliary of a
            // participle, the subject right at the start).
            guard context.find(["wird", "wurde", "werden", "wurden", "ist", "sind", "hat", "haben", "hatte", "hatten", "war"]) == nil,
                  let subject = context.mentions.first(where: { $0.end <= verb }), subject.start <= 1,
                  subject.kind == .organization || subject.kind == .person, context.mention(startingAt: subject.end) == nil,
                  subject.end == verb || view.isAny(subject.end, ["und", "sowie"]) else { return }
            let (items, end) = context.coordinatedMentions(from: subject.start, kinds: kinds)
            guard end == verb else { return }
            for m in items where m.entity != event { output.add(.organizer, event, m.entity) }
            addCooperationPartner(context, from: verb + 1, before: eventSpan.start, event: event, &output)
            return
        }
        var start = 0
        while start < verb && (context.mention(startingAt: start) == nil || !kinds.contains(context.mention(startingAt: start)!.kind)) {
            if context.mention(startingAt: start) != nil { start = context.mention(startingAt: start)!.end } else { start += 1 }
        }
        // Verb-second with a fronted adverbial: `Im Mai organisierte die Agentur …` – the subject follows the verb.
        if start >= verb, let after = context.mention(startingAt: verb + 1) ?? context.mention(startingAt: verb + 2),
           after.start < eventSpan.start, after.kind == .organization || after.kind == .person
            || after.kind == .city && word.hasPrefix("richt") {
            output.add(.organizer, event, after.entity)
            // `lädt die IHK gemeinsam mit der Botschaft … zum Forum ein`: the partner organises too.
            addCooperationPartner(context, from: after.end, before: eventSpan.start, event: event, &output)
            return
        }
        let (items, end) = context.coordinatedMentions(from: start, kinds: kinds)
        // A subject with an apposition: `Anna Roth, Leiterin der Agentur, hatte …` – take the first item.
        if end == verb {
            for m in items { output.add(.organizer, event, m.entity) }
            // `Die IHK organisierte in Kooperation mit der Handwerkskammer das Forum`.
            if !items.isEmpty { addCooperationPartner(context, from: verb + 1, before: eventSpan.start, event: event, &output) }
        } else if let first = items.first, view.isPunct(first.end, ",") {
            output.add(.organizer, event, first.entity)
        } else {
            // `Die Foshan Sino-German Zone und die AHK China hatten …`: organisations and persons before the verb,
            // not inside parentheses and not attributes (`der`, `des`, `in`).
            for m in context.mentions where m.end <= verb && (m.kind == .organization || m.kind == .person) {
                if context.inParentheses(m.start) || view.isAny(m.start - 1, ["der", "des", "in", "aus", "von"]) { continue }
                output.add(.organizer, event, m.entity)
            }
        }
    }

    /// The organisers of events named before their verb: the event fronted as the object (`Das Fachforum „X“ richtet die
    /// Hochschule Y aus, das Fachforum „Z“ organisiert der Verband W`) and relative clauses (`EVENT, die die Universität X
    /// gemeinsam mit Y ausrichtet`, `EVENT, das von der IHK organisiert wird`). True when one was found.
    private func clauseOrganizers(_ context: SentenceContext, _ output: inout RuleOutput) -> Bool {
        let view = context.view
        var found = false
        for event in context.eventMentions {
            let e = event.end
            // The clause ends at the next comma, semicolon or the sentence end.
            let clauseEnd = { (from: Int) in (from..<view.count).first { view.isPunct($0, ",") || view.isPunct($0, ";") } ?? view.count }
            let opensClause = event.start == 0 || view.isPunct(event.start - 1, ",") || view.isPunct(event.start - 1, ";")
                || (view.isAny(event.start - 1, ["das", "die", "den", "der"])
                    && (event.start == 1 || view.isPunct(event.start - 2, ",") || view.isPunct(event.start - 2, ";")))
            if opensClause, view.isWord(e), !view.isCap(e), view.isAny(e, Self.clauseVerbs), !view.isAny(e + 1, ["sich"]) {
                // `Das Fachforum „X“ richtet die Hochschule Y aus`: the subject after the verb.
                let end = clauseEnd(e)
                if view.lower(e).hasPrefix("richt"), context.find(["aus"], from: e + 1, before: end) == nil { continue }
                var k = e + 1
                if view.isAny(k, ["der", "die", "das"]) { k += 1 }
                guard let subject = context.mention(startingAt: k), subject.kind == .organization || subject.kind == .person
                        || subject.kind == .city else { continue }
                output.add(.organizer, event.entity, subject.entity)
                addCooperationPartner(context, from: subject.end, before: end, event: event.entity, &output)
                found = true
            } else {
                var e = e
                // A verb particle may close the main clause before the comma: `… nimmt an der Konferenz X teil, die …`.
                if !view.isPunct(e, ","), view.isPunct(e + 1, ","), view.isAny(e, Self.particles) { e += 1 }
                // `EVENT, zu dem ORG (gemeinsam mit ORG2) eingeladen hatte`: the inviter organises it. A short prepositional
                // phrase may stand between the event and the comma (`ein Empfang im Rathaus, zu dem …`, `stand ein Forum auf dem
                // Programm, zu dem …`).
                var r = e
                if !view.isPunct(r, ","), view.isAny(r, ["im", "in", "auf", "am", "an"]),
                   let comma = (r + 1..<min(view.count, r + 5)).first(where: { view.isPunct($0, ",") }) { r = comma }
                if view.isPunct(r, ","), view.isAny(r + 1, ["zu"]), view.isAny(r + 2, ["dem", "der"]) {
                    let e = r
                    let end = clauseEnd(e + 3)
                    guard let invited = context.find(["eingeladen", "geladen"], from: e + 3, before: end) else { continue }
                    var k = e + 3
                    if view.isAny(k, ["der", "die", "das"]) { k += 1 }
                    if context.mention(startingAt: k) == nil { k = context.skippingRole(from: k) }
                    let (items, itemsEnd) = context.coordinatedMentions(from: k, kinds: Self.kinds)
                    guard !items.isEmpty, itemsEnd <= invited else { continue }
                    for m in items + context.cooperationPartners(from: itemsEnd, before: invited) where m.entity != event.entity {
                        output.add(.organizer, event.entity, m.entity)
                    }
                    found = true
                    continue
                }
                guard view.isPunct(e, ","), view.isAny(e + 1, Self.relatives) else { continue }
                let end = clauseEnd(e + 1)
                guard let verb = context.find(Self.relativeVerbs, from: e + 2, before: end) else { continue }
                var k = e + 2
                let passive = view.isAny(k, ["von", "vom"])
                if passive { k += 1 }
                if view.isAny(k, ["der", "die", "das", "dem", "den"]) { k += 1 }
                guard let subject = context.mention(startingAt: k), subject.kind == .organization || subject.kind == .person
                        || subject.kind == .city else { continue }
                // Active: the finite verb ends the clause (`…, die X ausrichtet`); passive: `…, das von X organisiert wird`.
                if passive {
                    guard Self.participles.contains(view.lower(verb)) else { continue }
                } else {
                    guard verb == end - 1 || (verb == end - 2 && view.isPunct(end - 1, ".")), !Self.participles.contains(view.lower(verb))
                            || view.isAny(verb, ["organisiert", "veranstaltet"]) else { continue }
                }
                for m in context.coordinatedMentions(from: k, kinds: Self.kinds).mentions where m.end <= verb {
                    output.add(.organizer, event.entity, m.entity)
                }
                addCooperationPartner(context, from: subject.end, before: verb, event: event.entity, &output)
                found = true
            }
        }
        return found
    }

    /// Attributive participles before an event (lower-cased): `die von der IHK organisierte Unternehmerreise`.
    static let attributiveParticiples: WordList = ["organisierte", "organisierten", "veranstaltete", "veranstalteten", "ausgerichtete",
                                                   "ausgerichteten", "durchgeführte", "durchgeführten", "initiierte", "initiierten"]
    /// Participles of organising and inviting that open a sentence in the active voice (lower-cased): `Organisiert hatte das
    /// Turnier …`, `Eingeladen hatten die IHK und die Stadt`.
    static let frontedParticiples: WordList = ["organisiert", "veranstaltet", "ausgerichtet", "eingeladen", "initiiert"]
    /// The perfect auxiliaries (lower-cased).
    static let perfectAuxiliaries: WordList = ["hatte", "hatten", "hat", "haben"]
    /// The pronoun of the publisher (lower-cased).
    static let weWords: WordList = ["wir"]

    /// Organisers named by a participle: attributive before the event (`Die von der IHK Chemnitz gemeinsam mit der
    /// Wirtschaftsförderung organisierte Unternehmerreise`), fronted in the active perfect (`Organisiert hatte das Turnier
    /// Jugendwart Felix Brandt`, `Eingeladen hatten die IHK und die Stadt`) and after a fronted event with `wir` (`Die Reise
    /// hatten wir in Zusammenarbeit mit dem Amt X organisiert`: the publisher and its partner). True when one was found.
    private func participleOrganizers(_ context: SentenceContext, _ output: inout RuleOutput) -> Bool {
        let view = context.view
        // Attributive: `von ORG (gemeinsam mit ORG2) organisierte EVENT`.
        if !context.eventMentions.isEmpty, context.find(Self.attributiveParticiples) != nil {
          for event in context.eventMentions where view.isAny(event.start - 1, Self.attributiveParticiples) {
            let participle = event.start - 1
            guard let von = (max(0, participle - 14)..<participle).last(where: { view.isAny($0, ["von", "vom"]) }) else { continue }
            var k = von + 1
            if view.isAny(k, ["der", "dem", "den"]) { k += 1 }
            let (items, end) = context.coordinatedMentions(from: k, kinds: Self.kinds)
            guard !items.isEmpty, end <= participle else { continue }
            // Only a cooperation phrase may stand between the organisers and the participle.
            let partners = context.cooperationPartners(from: end, before: participle)
            if end < participle, partners.isEmpty { continue }
            for m in items + partners where m.entity != event.entity { output.add(.organizer, event.entity, m.entity) }
            return true
          }
        }
        // The filter tests of the sentence first: most sentences hold none of these words.
        if context.find(Self.frontedParticiples, before: 1) != nil, view.isAny(1, Self.perfectAuxiliaries) {
            // `Organisiert hatte das Turnier Jugendwart Felix Brandt`: the event noun refers back, the subject follows it.
            var event: Int? = nil
            var k = 2
            if let named = context.eventMentions.first(where: { $0.start == 2 || $0.start == 3 && view.isAny(2, ["das", "die", "den", "der"]) }) {
                (event, k) = (named.entity, named.end)
            } else if let earlier = context.definiteEvent(at: 2, compoundTail: true) {
                (event, k) = (earlier, 4)
            } else if view.lower(0) == "eingeladen", context.eventMentions.isEmpty {
                event = context.reportedEvent(window: 2)
            }
            guard let event else { return false }
            if view.isAny(k, ["der", "die", "das"]) { k += 1 }
            if context.mention(startingAt: k) == nil { k = context.skippingRole(from: k) }
            // A function word the lexicon does not know before the person: `Jugendwart Felix Brandt`.
            if context.mention(startingAt: k) == nil, view.isCap(k), let person = context.mention(startingAt: k + 1), person.kind == .person { k += 1 }
            let (items, end) = context.coordinatedMentions(from: k, kinds: Self.kinds)
            guard !items.isEmpty else { return false }
            for m in items + context.cooperationPartners(from: end, before: view.count) where m.entity != event {
                output.add(.organizer, event, m.entity)
            }
            context.document.recentEvents.append((event, context.index))
            return true
        }
        // `Die Reise hatten wir in Zusammenarbeit mit dem Amt X organisiert`.
        if context.find(Self.weWords, from: 3, before: 4) != nil, view.isAny(2, Self.perfectAuxiliaries), context.find(Self.participleList, from: 4) != nil,
           let event = context.definiteEvent(at: 0, compoundTail: true),
           let publisher = context.publisher() {
            output.add(.organizer, event, publisher)
            for m in context.cooperationPartners(from: 4, before: view.count) where m.entity != event { output.add(.organizer, event, m.entity) }
            context.document.recentEvents.append((event, context.index))
            return true
        }
        return false
    }

    /// `Gemeinsam mit ORG lädt ORG2 am 12. März zum EVENT ein` (also `Zusammen mit`, `In Zusammenarbeit mit`, `In Kooperation
    /// mit`, with `organisiert`/`veranstaltet`/`richtet … aus`): the partner first, the subject after the verb. True when found.
    private func fronted(_ context: SentenceContext, _ output: inout RuleOutput) -> Bool {
        let view = context.view
        var k: Int
        if view.isAny(0, ["gemeinsam", "zusammen"]), view.isAny(1, ["mit"]) {
            k = 2
        } else if view.isAny(0, ["in"]), view.isAny(1, ["zusammenarbeit", "kooperation"]), view.isAny(2, ["mit"]) {
            k = 3
        } else {
            return false
        }
        guard let event = context.eventMentions.first else { return false }
        if view.isAny(k, ["der", "dem", "den"]) { k += 1 }
        let (partners, end) = context.coordinatedMentions(from: k, kinds: [.organization, .person, .city])
        guard !partners.isEmpty else { return false }
        // An acronym in parentheses after the partner: `dem Karlsruher Institut für Technologie (KIT)`.
        var verb = end
        if view.isPunct(verb, "("), let close = (verb..<min(view.count, verb + 5)).first(where: { view.isPunct($0, ")") }) { verb = close + 1 }
        let invites = view.isAny(verb, Self.inviteVerbs)
        guard invites || view.isAny(verb, Self.clauseVerbs), verb < event.start else { return false }
        if invites {
            guard context.find(["ein"], from: event.end) != nil, view.isAny(event.start - 1, ["zu", "zum", "zur", "einem", "einer"]) else { return false }
        }
        var j = verb + 1
        if view.isAny(j, ["der", "die", "das"]) { j += 1 }
        guard let subject = context.mention(startingAt: j), subject.end <= event.start,
              subject.kind == .organization || subject.kind == .person || subject.kind == .city else { return false }
        output.add(.organizer, event.entity, subject.entity)
        for m in partners where m.entity != event.entity { output.add(.organizer, event.entity, m.entity) }
        return true
    }

    /// The partner of `gemeinsam mit`/`zusammen mit`/`in Kooperation mit`/`in Zusammenarbeit mit` in the tokens from `from`
    /// to the event: it organises the event too (`veranstaltet am 9. Mai in Kooperation mit der Handwerkskammer das Forum`).
    private func addCooperationPartner(_ context: SentenceContext, from: Int, before end: Int, event: Int, _ output: inout RuleOutput) {
        let view = context.view
        guard let mit = context.find(["mit"], from: from, before: end), mit >= from + 1 else { return }
        let cue = view.isAny(mit - 1, ["gemeinsam", "zusammen"])
            || (view.isAny(mit - 1, ["kooperation", "zusammenarbeit"]) && view.isAny(mit - 2, ["in"]))
        guard cue, mit - from <= 8 else { return }
        var k = mit + 1
        if view.isAny(k, ["der", "dem", "den"]) { k += 1 }
        let (items, _) = context.coordinatedMentions(from: k, kinds: [.organization, .person])
        for partner in items where partner.end <= end && partner.entity != event { output.add(.organizer, event, partner.entity) }
    }
}
