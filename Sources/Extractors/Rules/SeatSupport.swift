import GraphCore

/// Helpers of the seat rules: where an organisation's name really ends, the organisation that is the subject of a clause,
/// and the towns after `in`.
extension SentenceContext {
    /// The token after organisation mention `org`, past a `, Ltd.` that closes a Chinese company's name when the mention
    /// stops at `Co.`, and past a short parenthesis (`(IW)`, `(Provinz Anhui)`).
    func organizationEnd(_ org: MentionSpan) -> Int {
        var j = org.end
        if view.isPunct(j, ","), view.isWord(j + 1), view.lower(j + 1).hasPrefix("ltd") {
            j += 2
            if view.isPunct(j, ".") { j += 1 }
        }
        // `(IW)`, `(Provinz Anhui)`: a short parenthesis after the name.
        if view.isPunct(j, "("), let close = (j + 2..<min(view.count, j + 6)).first(where: { view.isPunct($0, ")") }) { j = close + 1 }
        return j
    }

    /// The first token of the clause that token `i` is in, as far as a colon opens it: `Jüngstes Beispiel: Die X GmbH …`
    /// starts at `Die`.
    func clauseStart(before i: Int) -> Int {
        var k = min(i, view.count) - 1
        while k >= 0 {
            if view.isPunct(k, ":") { return k + 1 }
            k -= 1
        }
        return 0
    }

    /// The organisation that is the subject of the clause whose finite verb is token `finite`: named right before the verb
    /// (`Die X GmbH siedelt sich …`), opening the clause of a coordinated verb (`Die X GmbH wurde 1962 gegründet und hat …`),
    /// right after the verb when something else opens the sentence (`Seit 2019 ist die X GmbH …`, `Neben dem Werk in A
    /// unterhält Rieger …`), or a noun describing the one company named just before (`Der Hafenbetreiber hat …`); nil when a
    /// person, a place or nothing stands there.
    func subjectOrganization(finite: Int) -> MentionSpan? {
        if let before = mentions.last(where: { organizationEnd($0) == finite }), before.kind == .organization {
            // Not the object of a preposition (`Mit der IHK hat …`); attributes may stand between the article and the name
            // (`Die in Waiblingen ansässige X GmbH hat …`).
            var p = before.start - 1
            if view.isAny(p, ["die", "der", "das", "den", "dem", "des"]) { p -= 1 }
            let object = p >= 0 && view.lowerIsAny(p, Self.prepositionsBeforeNames.words, prints: Self.prepositionsBeforeNames.prints)
            if !object { return before }
            // `Neben dem Campus in Hof unterhält sie …`: past the object, a pronoun after the verb may still be the subject.
            guard view.isAny(finite + 1, ["sie", "er"]) else { return nil }
            return openingOrganizationOfPreviousSentence(pronoun: finite + 1)
        }
        // `Die X Co., Ltd. aus Chongqing baut …`: the organisation's town between it and the verb.
        if let town = mentions.last(where: { $0.end == finite }), town.kind == .city, view.isAny(town.start - 1, ["aus"]),
           let org = mentions.last(where: { organizationEnd($0) == town.start - 1 }), org.kind == .organization {
            var p = org.start - 1
            if view.isAny(p, ["die", "der", "das", "den", "dem", "des"]) { p -= 1 }
            return p >= 0 && view.lowerIsAny(p, Self.prepositionsBeforeNames.words, prints: Self.prepositionsBeforeNames.prints) ? nil : org
        }
        if view.isAny(finite - 1, ["und"]) { return clauseSubject(before: finite) }
        // `Im Mai hat sich die X GmbH … angesiedelt`: the reflexive pronoun may come first.
        var k = finite + 1
        if view.isAny(k, ["sich"]) { k += 1 }
        if view.isAny(k, ["die", "der", "das"]) { k += 1 }
        if let after = mention(startingAt: k), after.kind == .organization { return after }
        // `Neben dem Campus in A unterhält sie Standorte in B`: a pronoun after the verb stands for the organisation that
        // opened the sentence before as its subject.
        if view.isAny(finite + 1, ["sie", "er"]), let opening = openingOrganizationOfPreviousSentence(pronoun: finite + 1) { return opening }
        // `Der Hafenbetreiber hat …`: a describing noun opening the clause refers to the one company named just before;
        // `Das 1972 gegründete Familienunternehmen betreibt …`: also after attributes.
        return describedCompany(at: finite - 1) ?? describedOrganization(noun: finite - 1, findings: []).map {
            MentionSpan(sentence: index, start: finite - 1, end: finite, kind: .organization,
                        label: document.entities.entities[$0].label, quality: .short, entity: $0)
        }
    }

    /// The organisation that opens the sentence before this one as its subject (`Die THD wurde 1994 gegründet.`), as a span
    /// over the pronoun at `pronoun` that stands for it, or nil.
    func openingOrganizationOfPreviousSentence(pronoun: Int) -> MentionSpan? {
        guard index > 0 else { return nil }
        let previous = document.views[index - 1]
        // The name opens the sentence, after an article and a describing noun at most (`Die Firma Kolb GmbH wurde …`).
        guard let first = document.spans[index - 1].first, first.kind == .organization,
              first.start == 0 || first.start <= 2 && previous.isAny(0, ["der", "die", "das"])
                && (first.start == 1 || DescribedCompanySeatRule.isDescribingNoun(previous, 1)),
              previous.count > first.end, previous.isWord(first.end), !previous.isCap(first.end) else { return nil }
        // The pronoun's organisation stands in this sentence's place: a span of the earlier sentence's entity.
        return MentionSpan(sentence: index, start: pronoun, end: pronoun + 1, kind: .organization, label: first.label,
                           quality: .short, entity: first.entity)
    }

    /// The company that a describing noun at `noun` opening the clause after its article refers to (`Der Hafenbetreiber …`,
    /// `Die Gesellschaft …`): the one company (a name with a legal form) of this sentence before it or of the nearest
    /// sentence before that names organisations; nil otherwise.
    func describedCompany(at noun: Int) -> MentionSpan? {
        guard noun >= 1, view.isAny(noun - 1, ["der", "die", "das"]), noun - 1 == clauseStart(before: noun),
              DescribedCompanySeatRule.isDescribingNoun(view, noun), mention(at: noun) == nil,
              let entity = lastOrganization(before: noun, fitting: [""]) else { return nil }
        return MentionSpan(sentence: index, start: noun, end: noun + 1, kind: .organization,
                           label: document.entities.entities[entity].label, quality: .short, entity: entity)
    }

    /// The organisation opening the clause before token `i` (after an article and attributes), when no relative clause
    /// and no other organisation stands between it and `i`: the subject of `Die X GmbH wurde 1962 gegründet und hat …`.
    func clauseSubject(before i: Int) -> MentionSpan? {
        let start = clauseStart(before: i)
        // `Die Gesellschaft ist … und hat …`: a describing noun opens the clause.
        if let described = describedCompany(at: start + 1),
           !mentions.contains(where: { $0.kind == .organization && $0.start > start + 1 && $0.end <= i && !isGenitiveAttribute($0) }) {
            return described
        }
        guard let first = mentions.first(where: { $0.start >= start && $0.kind == .organization }), first.end <= i,
              first.start <= start + 1 || isAttributed(from: start, name: first.start),
              !mentions.contains(where: { $0.start >= start && $0.end <= first.start && !$0.kind.isPlace }),
              !mentions.contains(where: { $0.kind == .organization && $0.start >= first.end && $0.end <= i && !isGenitiveAttribute($0) }),
              !(first.end..<i).contains(where: { view.isPunct($0, ",") && view.isAny($0 + 1, ["die", "der", "das", "den", "welche"]) })
        else { return nil }
        return first
    }

    /// True when organisation mention `org` is a genitive attribute (`die Tochter des Herstellers X Co., Ltd.`, `der
    /// Vertreter der X GmbH`): `des`/`der` right before it or before the describing noun in front of it.
    func isGenitiveAttribute(_ org: MentionSpan) -> Bool {
        var p = org.start - 1
        if DescribedCompanySeatRule.isDescribingNoun(view, p) { p -= 1 }
        // One attribute before the noun: `des chinesischen Herstellers`, `des Kölner Herstellers`, `des Shenzhen-based …`.
        if view.isWord(p), !view.isAny(p, ["des", "der"]),
           !view.isCap(p) || view.lower(p).hasSuffix("er") || view.lower(p).hasSuffix("based") { p -= 1 }
        return view.isAny(p, ["des"]) || view.isAny(p, ["der"]) && view.isCap(p - 1)             && !view.lowerIsAny(p - 1, Self.prepositionsBeforeNames.words, prints: Self.prepositionsBeforeNames.prints)
    }

    /// True when an article at `start` and attributes open the clause before the name at `name`: `Die in Waiblingen
    /// ansässige`, `Das 1998 gegründete` (an inflected adjective or participle right before the name, no comma).
    func isAttributed(from start: Int, name: Int) -> Bool {
        guard name >= start + 2, name <= start + 6, view.isAny(start, ["die", "der", "das"]), view.isWord(name - 1),
              !view.isCap(name - 1), view.lower(name - 1).hasSuffix("e") else { return false }
        return !(start + 1..<name).contains { view.isPunct($0, ",") }
    }

    /// Prepositions that make the name after them an object (lower case).
    static let prepositionsBeforeNames: WordList = ["mit", "von", "bei", "für", "an", "zur", "zum", "vom", "beim", "über", "durch",
                                          "gegenüber", "nach", "aus", "in", "im", "auf", "unter", "neben", "gegen", "ohne"]

    /// The towns after `in` at token `i` (`in Esslingen`, `in Wuhan, Shenzhen und Suzhou`), or an empty list.
    func townsAfter(in i: Int) -> [MentionSpan] {
        guard view.isAny(i, ["in"]) else { return [] }
        let (items, _) = coordinatedMentions(from: i + 1, kinds: [.city])
        return items
    }
}
