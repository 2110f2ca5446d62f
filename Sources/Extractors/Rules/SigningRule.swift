import GraphCore

/// `A und B unterzeichneten (am DATE) (in CITY / auf der EVENT) eine Absichtserklärung`, the passive
/// `Die Vereinbarung wurde von A und B unterzeichnet` (also `Unterzeichnet wurde … von A und B`) and `Beide Seiten
/// unterzeichneten …` after a sentence naming exactly two parties: signatories, place and date of an agreement.
///
/// Example: „Am 12. Mai unterzeichneten die Stadt Rostock und die Provinz Liaoning in Dalian ein
/// Kooperationsabkommen.“ → signatory(Kooperationsabkommen zwischen Rostock und Liaoning | Rostock),
/// signatory(… | Liaoning), location(… | Dalian), signingDate(… | 2024-05-12). An agreement without a name
/// is named after its parties. Prior 0.8.
struct SigningRule: ExtractionRule {
    var name: String { "signing" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Words introducing the parties of a passive (lower-cased), looked for in every sentence.
    static let agentWords: WordList = ["von", "zwischen"]
    /// The kinds of entities this rule reads (one set for every sentence).
    static let partyKinds: Set<EntityKind> = [.person, .organization, .city, .administrativeArea, .country]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let verb = (0..<view.count).first(where: { view.isWord($0) && view.has($0, WordBit.signingVerb) })
                ?? Self.signatureVerb(context) else { return }
        let partyKinds = Self.partyKinds
        // Parties: persons, organisations and places between the clause start and the verb that are not the
        // organisation of a role (`Geschäftsführer der BSW`) and not inside parentheses; or after `von`/`zwischen`.
        var parties: [MentionSpan] = []
        // `… wurde von A und B unterzeichnet`, also with the participle first: `Unterzeichnet wurde die Vereinbarung von A und B`.
        // The auxiliary must stand in the clause of the participle, not before a relative clause that holds it (`Grundlage ist ein
        // Vertrag, den A und B unterzeichnet hatten`).
        let relative = (0..<verb).last { view.isPunct($0, ",") && view.isAny($0 + 1, ["die", "den", "das", "welche", "der"]) }
        let passive = (view.lower(verb).hasPrefix("unterzeichnet") || view.lower(verb) == "unterschrieben")
            && (context.find(["wurde", "wurden", "ist", "sind"], from: relative ?? 0, before: verb) != nil
                || (verb == 0 && view.isAny(1, ["wurde", "wurden"])))
        if passive, let von = context.find(Self.agentWords) {
            var k = von + 1
            if view.isAny(k, ["der", "dem", "den", "die"]) { k += 1 }
            parties = context.coordinatedMentions(from: k, kinds: partyKinds).mentions
            // `von Wirtschaftsministerin Dr. Anna Roth und dem Vizegouverneur der Provinz Hubei, Li Wei, unterzeichnet`; also
            // `von Hamburgs Erstem Bürgermeister NAME und …`, where the town's genitive is no party of its own.
            let listed = Self.partyList(context, from: k)
            if listed.count > parties.count { parties = listed }
        } else {
            // A colon starts the clause: `Einzigartig in der Region: A und B unterzeichneten …`.
            // A colon inside parentheses opens none (`die Saalewerk GmbH (Sitz: Rudolstadt) unterzeichneten …`).
            var clauseStart = ((0..<verb).last { view.isPunct($0, ":") && !context.inParentheses($0) }).map { $0 + 1 } ?? 0
            // A relative clause: `…, die A und B unterzeichneten`.
            var relative = false
            if let rel = (clauseStart..<verb).first(where: { view.isPunct($0, ",") && view.isAny($0 + 1, ["die", "den", "das", "welche"]) }),
               context.mentions.contains(where: { $0.start > rel + 1 && $0.end <= verb && $0.kind == .person }) {
                clauseStart = rel + 2
                relative = true
            }
            for m in context.mentions where m.start >= clauseStart && m.end <= verb && partyKinds.contains(m.kind) {
                if context.inParentheses(m.start) { continue }
                // In a relative clause a role right before a person is the person's own (`…, den Oberbürgermeister Tim Kolb und
                // … unterzeichnet hatten`); elsewhere such a person may only witness (`Im Beisein von Ministerpräsident …`).
                let ownRole = relative && m.kind == .person && m.start == clauseStart + 1 && view.has(m.start - 1, WordBit.role)
                    || Self.subjectWithRole(context, m, clauseStart: clauseStart)
                if !ownRole, isRoleOrganization(context, m) { continue }
                if view.isAny(m.start - 1, ["in", "auf", "im", "am", "nach"]) { continue }
                if view.isAny(m.start - 1, ["der", "dem"]) && view.isAny(m.start - 2, ["in", "auf", "aus", "von"]) { continue }
                if m.kind == .country && !view.isAny(m.start - 1, ["und", "die", "der"]) && m.start != clauseStart { continue }
                parties.append(m)
            }
        }
        // Verb-second: `Am 12. Mai unterzeichneten die Stadt A und die Provinz B …`.
        if parties.isEmpty && !passive {
            var k = verb + 1
            // A date or an adverb before the subject: `Die Absichtserklärung unterzeichneten am 8. Mai die Hochschule …`.
            if let date = context.dates.first(where: { $0.start == k }) { k = date.end }
            // The place of signing before the subject: `setzten am 3. März in Chengdu A und B ihre Unterschriften …`.
            if view.isAny(k, ["in"]), let place = context.mention(startingAt: k + 1), place.kind == .city {
                k = place.end
                if let date = context.dates.first(where: { $0.start == k }) { k = date.end }
            }
            // The agreement as a pronoun object before the subject: `Am 3. Juni unterzeichneten es für die IHK …`.
            if view.isAny(k, Self.objectPronouns) { k += 1 }
            if view.isAny(k, ["heute", "gestern", "nun", "jetzt", "offiziell", "feierlich", "bereits", "schließlich", "anschließend"]) { k += 1 }
            if view.isAny(k, ["die", "der", "das", "den"]) { k += 1 }
            // A role and titles before a person: `unterzeichneten Oberbürgermeister Dr. Anna Roth und …`.
            parties = Self.partyList(context, from: k)
        }
        // `Das Abkommen wurde am 3. Juli in Ulm unterzeichnet` after a sentence naming the two parties that concluded it.
        if parties.isEmpty, passive, Self.agreementSubject(context, before: verb) {
            parties = previousPair(context)
        }
        // `Beide Seiten unterzeichneten eine Absichtserklärung`: the two parties of the previous sentence.
        if parties.isEmpty, !passive, Self.bothSidesSubject(view, before: verb) {
            parties = previousPair(context)
        }
        // `unterzeichnete gemeinsam mit Landrat Thomas Hendele …`: a party named after `gemeinsam mit`/`zusammen mit`; also after
        // a plain `mit` that follows the verb, a date or an event (`unterzeichneten am Rande des Forums mit der X GmbH zwei
        // Lieferverträge`), not a noun it belongs to (`nach einem Treffen mit …`).
        if !parties.isEmpty, !passive, let mit = context.find(["mit"], from: verb + 1),
           view.isAny(mit - 1, ["gemeinsam", "zusammen"]) || Self.opensCounterparty(context, mit: mit, verb: verb) {
            var k = mit + 1
            if view.isAny(k, ["der", "dem", "den"]) { k += 1 }
            k = context.skippingRole(from: k)
            if let m = context.mention(startingAt: k), partyKinds.contains(m.kind), !parties.contains(where: { $0.entity == m.entity }) {
                parties.append(m)
            }
        }
        guard !parties.isEmpty else { return }
        // The agreement: a recognised one in the sentence, else a bare agreement noun after the verb or before it.
        var agreement = context.mentions.first { $0.kind == .agreement }?.entity
        // `Für Yuanhang unterschrieb Generaldirektor NAME.` right after a sentence on signing: that sentence's agreement.
        if agreement == nil, agreementNoun(context) == nil {
            if Self.signsForSide(view, before: verb), let last = context.document.signedAgreements.last,
               last.sentence == context.index - 1 {
                agreement = last.entity
            } else if let named = Self.pronounAgreement(context, verb: verb) {
                // `Am 3. Juni unterzeichneten es A und B` after a heading or a sentence that signed the agreement.
                agreement = named
            } else {
                return
            }
        }
        if agreement == nil {
            guard let (nounIndex, nominative) = agreementNoun(context) else { return }
            // An English agreement name of three words: `Memorandum of Understanding`, `Letter of Intent`.
            let noun = view.isAny(nounIndex + 1, ["of"]) && view.isCap(nounIndex + 2) ? view.join(nounIndex, nounIndex + 3) : nominative
            // Named after the organisations and places that sign, else after the persons.
            let named = parties.contains { $0.kind != .person } ? parties.filter { $0.kind != .person } : parties
            let names = named.prefix(3).map { context.document.shortName($0.entity) }
            guard !names.isEmpty else { return }
            let label = names.count == 1 ? noun + " mit " + names[0]
                : noun + " zwischen " + names.dropLast().joined(separator: ", ") + " und " + names.last!
            // The bare noun as written is a surface form (`Absichtserklärung`), so the agreement is found by it.
            let head = view.text(nounIndex)
            // `Die Erklärung unterzeichneten …`, `Ein entsprechender Vertrag wurde …`: the agreement named before in the document
            // by the same noun (also one a heading named) is meant.
            let document = context.document
            // A bare `der Vertrag` refers back to the `Liefervertrag` signed in one of the two sentences before.
            let anaphoric = Self.isAnaphoric(view, nounIndex)
            let lowerNoun = noun.lowercased()
            if let earlier = document.signedAgreements.last(where: { $0.noun == noun })
                ?? (anaphoric ? document.signedAgreements.last(where: {
                    $0.sentence + 2 >= context.index && $0.noun.count > noun.count && $0.noun.lowercased().hasSuffix(lowerNoun)
                }) : nil)
                ?? Self.synonymAgreement(document, noun: lowerNoun, anaphoric: anaphoric, sentence: context.index),
               anaphoric || (earlier.sentence < document.isLine.count && document.isLine[earlier.sentence]) {
                agreement = earlier.entity
            } else {
                let created = output.entity(kind: .agreement, label: label, surfaceForms: noun == head ? [noun] : [noun, head])
                document.signedAgreements.append((noun, created, context.index))
                agreement = created
            }
        }
        guard let agreement else { return }
        for party in parties { output.add(.signatory, agreement, party.entity) }
        // Place: `in CITY` (not inside a role phrase) or `auf der EVENT`.
        var placed = false
        for m in context.mentions where m.kind == .city && view.isAny(m.start - 1, ["in"]) && !context.inParentheses(m.start) {
            // `in CITY` right after a noun or a name is that noun's attribute (`die Agentur für Entwicklung in Gdynia`),
            // not the place of signing; after a verb, an adverb or a date it is.
            let before = m.start - 2
            // `die Zhejiang University of Technology (ZJUT) in Hangzhou`: the seat of a party named with its acronym.
            if view.isPunct(before, ")") { continue }
            let verb = (0..<view.count).first(where: { view.isWord($0) && view.has($0, WordBit.signingVerb) })
            if verb.map({ m.start < $0 }) ?? true, before >= 0, view.isCap(before), !context.document.lexicon.signingVerbs.contains(view.lower(before)),
               !context.dates.contains(where: { $0.end == before + 1 }), !Self.isWeekday(view.lower(before)),
               !GermanMonthNames.all.contains(view.lower(before)) {
                continue
            }
            if verb.map({ m.start < $0 }) ?? true, before >= 0, let owner = context.mention(at: before),
               owner.kind == .organization || owner.kind == .person { continue }
            output.add(.location, agreement, m.entity)
            placed = true
            break
        }
        // `im Karlsruher Rathaus`, `im Hamburger Rathaus`: the town of the town hall.
        if !placed, let hall = context.find(Self.townHallNouns), view.isAny(hall - 2, ["im"]),
           let town = Self.town(ofAdjective: view, hall - 1, context.document.lexicon) {
            output.add(.location, agreement, output.entity(kind: .city, label: town, quality: .full))
            placed = true
        }
        // `unterzeichneten heute im Landratsamt`, `im Neuen Rathaus`: the hall of the town the release is datelined in.
        if !placed, let hall = context.find(Self.datelineHallNouns),
           view.isAny(hall - 1, ["im"]) || view.isAny(hall - 2, ["im"]) && view.isAny(hall - 1, Self.hallAdjectives),
           let town = context.datelineCity() {
            output.add(.location, agreement, town)
        }
        for m in context.mentions where m.kind == .event && (view.isAny(m.start - 2, ["auf", "bei", "während", "im", "am"])
                                                              || (view.isAny(m.start - 2, ["rahmen"]) && view.isAny(m.start - 3, ["im"]))) {
            // Not an event of a relative clause after the verb (`…, der die Zusammenarbeit bei der bauma China regelt`).
            if let verb = (0..<view.count).first(where: { view.isWord($0) && view.has($0, WordBit.signingVerb) }),
               let comma = context.relativeComma(before: m.start), comma > verb { continue }
            output.add(.location, agreement, m.entity)
        }
        // A day, else a month after `im` (`Im Oktober 2025 hatte … einen Rahmenvertrag geschlossen`).
        if let date = context.dates.first(where: { $0.date.day != nil && $0.preposition != "bis" })
            ?? context.dates.first(where: { $0.date.month != nil && $0.preposition == "im" })
            ?? Self.pastWeekday(context) {
            output.add(.signingDate, agreement, .literal(date.date.literal))
        } else if let day = SigningOccasion.date(context) {
            output.add(.signingDate, agreement, .literal(day.literal))
        }
    }

    /// True when person `m` follows its role at the start of the clause or after `und` closing a subject that opens the clause
    /// (`Oberbürgermeister Tim Kolb unterzeichnete …`, `Die Stadt Jena und Landrätin Eva Roth unterzeichneten …`), not after a
    /// preposition that makes the person a witness (`Im Beisein von Ministerpräsident …`).
    static func subjectWithRole(_ context: SentenceContext, _ m: MentionSpan, clauseStart: Int) -> Bool {
        let view = context.view
        guard m.kind == .person, let role = context.role(at: m.start - 1) ?? context.role(at: m.start - 2), role.end == m.start
        else { return false }
        var k = role.start
        if view.isAny(k - 1, ["der", "die"]) { k -= 1 }
        if k == clauseStart { return true }
        // `Die Stadt Jena und Landrätin Eva Roth …`: the item before `und` opens the clause (its article or role before it).
        guard view.isAny(k - 1, ["und", "sowie"]), let first = context.mention(endingAt: k - 1) else { return false }
        var start = first.start
        if first.kind == .person, let ownRole = context.role(at: start - 1), ownRole.end == start { start = ownRole.start }
        if view.isAny(start - 1, ["der", "die", "das"]) { start -= 1 }
        return start == clauseStart
    }

    /// Nouns of a town's hall of signing (lower-cased): `im Karlsruher Rathaus`.
    static let townHallNouns: WordList = ["rathaus", "stadthaus", "rathauses"]
    /// Halls of a town or district (lower case) that a dated release names without the town: `im Landratsamt`, `im Rathaus`.
    static let datelineHallNouns: WordList = ["rathaus", "stadthaus", "landratsamt", "kreishaus", "kreisverwaltung"]
    /// Adjectives (lower case) of a town's hall: `im Neuen Rathaus`, `im Alten Rathaus`.
    static let hallAdjectives: Set<String> = ["neuen", "alten", "historischen"]

    /// The town of an `-er` adjective at `i` before a town hall: `Hamburger`, `Dresdner`, `Karlsruher` (→ Karlsruhe), also a
    /// town whose name is a common word too (`Kieler Rathaus`: the hall makes it the town).
    static func town(ofAdjective view: TokenView, _ i: Int, _ lexicon: RecognitionLexicon) -> String? {
        guard view.isCap(i), view.isWord(i), !view.has(i, WordBit.functionWord), case let text = view.text(i), text.hasSuffix("er"),
              text.utf8.count > 4 else { return nil }
        let stem = String(text.dropLast(2))
        var candidates = [stem, stem + "en", String(text.dropLast())]
        // `Dresdner`, `Münchner`: the `e` of the town's last syllable is dropped in the adjective.
        if stem.hasSuffix("n") { candidates.append(String(stem.dropLast()) + "en") }
        for candidate in candidates {
            if let place = lexicon.places[candidate], place.kind == .city { return place.label }
        }
        return nil
    }

    /// Pronouns (lower case) that stand for the agreement as the object right after the verb: `unterzeichneten es A und B`.
    static let objectPronouns: Set<String> = ["es", "ihn"]

    /// Generic agreement nouns (lower case) that one text uses for the same agreement: `Eine Vereinbarung haben A und B
    /// geschlossen. … Unterschrieben wurde das Abkommen von …`.
    static let genericAgreementNouns: Set<String> = ["vereinbarung", "abkommen", "vertrag", "erklärung", "memorandum", "dokument"]

    /// The agreement signed in one of the two sentences before that a definite generic noun (`das Abkommen`) refers back to,
    /// when exactly one was signed there.
    static func synonymAgreement(_ document: DocumentContext, noun: String, anaphoric: Bool, sentence: Int) -> (noun: String, entity: Int, sentence: Int)? {
        guard anaphoric, genericAgreementNouns.contains(noun) else { return nil }
        let recent = document.signedAgreements.filter { $0.sentence < sentence && $0.sentence + 2 >= sentence }
        guard let last = recent.last, recent.allSatisfy({ $0.entity == last.entity }) else { return nil }
        return last
    }

    /// The agreement a pronoun object right after the verb stands for (`Am 3. Juni unterzeichneten es …`): the one signed in
    /// the three sentences before or named by a heading before, when it is the last one signed.
    static func pronounAgreement(_ context: SentenceContext, verb: Int) -> Int? {
        let view = context.view
        var k = verb + 1
        if let date = context.dates.first(where: { $0.start == k }) { k = date.end }
        guard view.isAny(k, objectPronouns), let last = context.document.signedAgreements.last,
              last.sentence < context.index else { return nil }
        let document = context.document
        let heading = last.sentence < document.isLine.count && document.isLine[last.sentence]
        return heading || last.sentence + 3 >= context.index ? last.entity : nil
    }

    /// Words of a signature (lower-cased): `setzten ihre Unterschriften unter den Vertrag`.
    static let signatureNouns: WordList = ["unterschrift", "unterschriften"]
    /// Forms of `setzen` that put a signature under an agreement (lower-cased).
    static let settingVerbs: WordList = ["setzten", "setzte", "setzen", "setzt", "gesetzt"]

    /// The verb of `ihre Unterschriften unter den Vertrag setzten A und B` (the signature named with `unter`), or nil.
    static func signatureVerb(_ context: SentenceContext) -> Int? {
        guard let signature = context.find(signatureNouns), let set = context.find(settingVerbs),
              context.find(["unter"], from: min(signature, set)) != nil else { return nil }
        return set
    }

    /// True when `mit` at `mit` opens a party after the verb at `verb`: right after the verb or an adverb, after a date, or
    /// after an event the signing took place at (`am Rande des Forums mit der X GmbH`).
    static func opensCounterparty(_ context: SentenceContext, mit: Int, verb: Int) -> Bool {
        let view = context.view
        guard mit > verb, let next = context.mention(startingAt: view.isAny(mit + 1, ["der", "dem", "den"]) ? mit + 2 : mit + 1),
              next.kind == .organization || next.kind == .city || next.kind == .administrativeArea else { return false }
        if !view.isCap(mit - 1) { return view.isWord(mit - 1) || context.dates.contains { $0.end == mit } }
        // `einen Kooperationsvertrag mit der Universität X`: the agreement's other party.
        if context.dates.contains(where: { $0.end == mit }) || view.has(mit - 1, WordBit.agreementHead) { return true }
        return view.has(mit - 1, WordBit.eventHead) && view.isAny(mit - 2, ["des", "der"]) && view.isAny(mit - 3, ["rande", "rahmen"])
    }

    /// True when the clause before the verb names the side a person signs for: `Für Yuanhang unterschrieb …`, `Für die
    /// chinesische Seite unterzeichnete …`.
    static func signsForSide(_ view: TokenView, before verb: Int) -> Bool {
        view.isAny(0, ["für"]) && verb <= 6
    }

    /// The first agreement noun of the sentence and its nominative: `Absichtserklärung`, also a genitive
    /// `Kooperationsvertrags`/`Abkommens` (the nominative without the `-s`/`-es`).
    private func agreementNoun(_ context: SentenceContext) -> (Int, String)? {
        let view = context.view
        for i in 0..<view.count where view.isCap(i) {
            if view.has(i, WordBit.agreementHead) { return (i, view.text(i)) }
            let text = view.text(i)
            guard text.hasSuffix("s"), view.isAny(i - 1, ["eines", "des"]) else { continue }
            for cut in [1, 2] where text.count > cut + 3 {
                let stem = String(text.dropLast(cut))
                if context.document.lexicon.agreementHead(stem) != nil { return (i, stem) }
            }
        }
        return nil
    }

    /// Weekday names (lower case) by their index from Monday (0) to Sunday (6).
    static let weekdayIndex: [String: Int] = ["montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
                                              "samstag": 5, "sonnabend": 5, "sonntag": 6]

    /// `am Donnerstag` in a sentence in the past (`unterzeichneten`, `wurde … unterzeichnet`): the last such weekday on or
    /// before the document's date, as a date phrase; nil without a dated document or in the present tense.
    static func pastWeekday(_ context: SentenceContext) -> DatePhrase? {
        let view = context.view
        guard let published = context.document.published, let month = published.month, let day = published.day,
              let am = context.find(["am"]), let weekday = weekdayIndex[view.lower(am + 1)] else { return nil }
        let past = (0..<view.count).contains { k in
            guard view.isWord(k) else { return false }
            let lower = view.lower(k)
            return ["wurde", "wurden", "hatte", "hatten", "haben", "hat", "ist", "sind"].contains(lower)
                || (view.has(k, WordBit.signingVerb) && (lower.hasSuffix("te") || lower.hasSuffix("ten") || lower.hasSuffix("rieb")
                    || lower.hasSuffix("rieben") || lower.hasSuffix("schlossen")))
        }
        guard past else { return nil }
        let today = GermanDates.days(fromCivil: published.year, month, day)
        // 1970-01-01 was a Thursday (index 3).
        let todayIndex = ((today % 7) + 7 + 3) % 7
        let back = (todayIndex - weekday + 7) % 7
        guard let date = GermanDates.resolve(.days(-back), reference: published) else { return nil }
        return DatePhrase(start: am, end: am + 2, date: date, preposition: "am")
    }

    /// Words before an agreement noun that refer back to one named before: definite articles, `entsprechend`, `gemeinsam`.
    static let anaphoricWords: Set<String> = ["die", "das", "den", "der", "diese", "dieses", "diesen", "entsprechende",
                                              "entsprechenden", "entsprechender", "entsprechendes"]

    /// True when the agreement noun at `i` refers back: a definite article or `entsprechend` before it (one adjective between
    /// allowed: `die gemeinsame Erklärung`).
    static func isAnaphoric(_ view: TokenView, _ i: Int) -> Bool {
        if view.isAny(i - 1, anaphoricWords) { return true }
        return view.isWord(i - 1) && !view.isCap(i - 1) && view.isAny(i - 2, anaphoricWords)
    }

    /// The parties of a coordinated list from token `k`: mentions, persons after their role and titles (`Oberbürgermeister
    /// Dr. Anna Roth`) and persons in apposition to a role with its organisation (`der Bürgermeister von Słubice, Jan Nowak,`).
    static func partyList(_ context: SentenceContext, from start: Int) -> [MentionSpan] {
        let view = context.view
        var items: [MentionSpan] = []
        var k = skippingOwnedRole(context, from: start)
        while true {
            if let m = context.mention(startingAt: k), partyKinds.contains(m.kind) {
                items.append(m)
                k = m.end
                // `A, Vorstandsvorsitzender der X, und B`: the apposition naming a person's role is skipped.
                if m.kind == .person, view.isPunct(k, ",") {
                    var r = k + 1
                    if view.isAny(r, ["dem", "der", "den"]) { r += 1 }
                    if let role = context.role(at: r), let link = context.roleOrganization(after: role.end), view.isPunct(link.end, ","),
                       view.isAny(link.end + 1, ["und", "sowie"]) {
                        k = link.end + 1
                    }
                }
            } else if let person = appositionPerson(context, at: k) {
                items.append(person)
                k = person.end
                // The comma closing the apposition.
                if view.isPunct(k, ","), view.isAny(k + 1, ["und", "sowie"]) { k += 1 }
            } else {
                break
            }
            if view.isPunct(k, ",") || view.isAny(k, ["und", "sowie"]) { k += 1 } else { break }
            if view.isAny(k, ["die", "der", "das", "den", "dem"]) { k += 1 }
            k = skippingOwnedRole(context, from: k)
        }
        return items
    }

    /// The index of the person after a role at `k`, also after a town's or country's genitive before the role (`Hamburgs
    /// Erster Bürgermeister NAME`, `Chinas Botschafter NAME`), else `k`.
    static func skippingOwnedRole(_ context: SentenceContext, from start: Int) -> Int {
        let k = skippingSide(context, from: start)
        if context.view.has(k, WordBit.genitivePlace), let place = context.mention(startingAt: k), place.length == 1, place.kind.isPlace {
            let named = context.skippingRole(from: k + 1)
            if named != k + 1 { return named }
        }
        return context.skippingRole(from: k)
    }

    /// Possessives (lower case) before the role of a person who signs for the organisation just named: `für die IHK deren
    /// Präsident NAME`, `unterschrieb ihr Geschäftsführer NAME`.
    static let possessives: Set<String> = ["deren", "dessen", "ihr", "ihre", "sein", "seine"]

    /// The index after the side a person signs for and a possessive at `k` (`für die IHK deren …`, `für den CCPIT Shenzhen
    /// (CCPIT) dessen …`, `deren …`) when a role follows, else `k`.
    static func skippingSide(_ context: SentenceContext, from k: Int) -> Int {
        let view = context.view
        var j = k
        if view.isAny(j, ["für"]) {
            j += 1
            if view.isAny(j, ["die", "den", "das", "der", "dem"]) { j += 1 }
            if let side = context.mention(startingAt: j), side.kind == .organization || side.kind.isPlace {
                j = side.end
            } else if view.isUpper(j), context.document.organization(named: view.text(j)) != nil {
                // `für die IHK deren Präsident NAME` after `die IHK Nürnberg für Mittelfranken`.
                j += 1
            } else {
                return k
            }
            // The side's acronym in parentheses: `für den China Council … Shenzhen (CCPIT Shenzhen) dessen …`.
            if view.isPunct(j, "("), let close = (j + 1..<min(j + 6, view.count)).first(where: { view.isPunct($0, ")") }) { j = close + 1 }
        }
        if view.isAny(j, possessives) { j += 1 }
        return j > k && context.role(at: j) != nil ? j : k
    }

    /// The person of `ROLE der ORG, NAME` / `ROLE von PLACE, NAME` at token `k` (titles before the name skipped).
    static func appositionPerson(_ context: SentenceContext, at k: Int) -> MentionSpan? {
        let view = context.view
        guard let role = context.role(at: k), let link = context.roleOrganization(after: role.end), view.isPunct(link.end, ",")
        else { return nil }
        var j = link.end + 1
        while let t = view.matchTitle(j, context.document.lexicon.titles) { j = t }
        guard let person = context.mention(startingAt: j), person.kind == .person else { return nil }
        return person
    }

    /// True when an agreement noun is the subject before the auxiliary of a passive signing: `Das Abkommen wurde …
    /// unterzeichnet`, `Ein entsprechender Vertrag wurde …`.
    static func agreementSubject(_ context: SentenceContext, before verb: Int) -> Bool {
        let view = context.view
        guard let aux = context.find(["wurde", "ist"], before: verb), aux <= 4 else { return false }
        guard view.isAny(0, ["das", "der", "die", "ein", "eine"]) else { return false }
        return (1..<aux).contains { view.isCap($0) && view.has($0, WordBit.agreementHead) }
    }

    /// Names of weekdays (lower case), also as the start of `Donnerstagabend`: `am Donnerstag in Kiel` is a time, not a noun
    /// with its place.
    static let weekdays = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"]

    /// True when a lower-cased word is a weekday or starts with one.
    static func isWeekday(_ lower: String) -> Bool { weekdays.contains { lower.hasPrefix($0) } }

    /// Plural nouns of `beide Seiten` (lower-cased).
    static let sideNouns = ["seiten", "partner", "städte", "parteien", "institutionen", "hochschulen", "universitäten", "unternehmen",
                            "kommunen", "regionen", "provinzen", "kammern", "oberbürgermeister", "bürgermeister", "präsidenten",
                            "rektoren", "vertreter", "minister", "landräte"]

    /// True when the clause before the verb at `verb` is `Beide Seiten`/`Die beiden Partner` (also after a fronted adverbial:
    /// `Im Anschluss unterzeichneten beide Seiten` is read by the caller as the verb-second case).
    static func bothSidesSubject(_ view: TokenView, before verb: Int) -> Bool {
        var k = 0
        if view.isAny(k, ["die"]), view.isAny(k + 1, ["beiden"]) { k += 2 } else if view.isAny(k, ["beide"]) { k += 1 } else {
            // Verb-second: `Anschließend unterzeichneten beide Seiten …`.
            return view.isAny(verb + 1, ["beide"]) && view.isAny(verb + 2, sideNouns)
        }
        return view.isAny(k, sideNouns) && k + 1 == verb
    }

    /// The two parties the previous sentence names: exactly two distinct organisations, towns or districts (countries aside,
    /// places after `in`/`nach` aside), or, when it names none of these, exactly two persons; else none.
    private func previousPair(_ context: SentenceContext) -> [MentionSpan] {
        guard context.index > 0 else { return [] }
        let view = context.document.views[context.index - 1]
        var seen: [MentionSpan] = []
        var persons: [MentionSpan] = []
        for span in context.document.spans[context.index - 1] {
            if span.kind == .person {
                if !persons.contains(where: { $0.entity == span.entity }) { persons.append(span) }
                continue
            }
            guard span.kind == .organization || span.kind == .city || span.kind == .administrativeArea else { continue }
            if view.isAny(span.start - 1, ["in", "im", "nach", "auf", "aus"]) { continue }
            if !seen.contains(where: { $0.entity == span.entity }) { seen.append(span) }
        }
        if seen.isEmpty { return persons.count == 2 ? persons : [] }
        return seen.count == 2 ? seen : []
    }

    /// True when the mention is the organisation of a role phrase (`Geschäftsführer der BSW`, `Direktor CIPA`).
    private func isRoleOrganization(_ context: SentenceContext, _ m: MentionSpan) -> Bool {
        var k = m.start - 1
        if context.view.isAny(k, ["der", "des", "dem", "bei", "von"]) { k -= 1 }
        if context.view.isAny(k, ["der", "des", "dem"]) { k -= 1 }
        guard k >= 0 else { return false }
        // ``WordBit/role`` is `lexicon.role(text) != nil`, computed once per text.
        return context.view.has(k, WordBit.role)
    }
}
