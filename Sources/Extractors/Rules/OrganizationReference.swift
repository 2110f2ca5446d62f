import GraphCore

/// Organisations a role refers to without naming them: a definite description (`Geschäftsführer des Unternehmens`,
/// `Hauptgeschäftsführer der Kammer`), the organisation whose board the text has just elected (`Der Verein wählte einen
/// neuen Vorstand. Präsident ist nun …`), and the town of a release's dateline (`der Oberbürgermeister der Stadt`).
extension SentenceContext {
    /// Generic organisation nouns as written after `der`/`des`, with the ending (lower case) that a word of the named
    /// organisation's label must have to be meant; an empty ending means a company (a legal form or `Group` in its name).
    static let organizationBackReferenceNouns: [String: String] = [
        "Unternehmens": "", "Konzerns": "", "Firma": "", "Werks": "", "Werkes": "",
        "Kammer": "kammer", "Verbands": "verband", "Verbandes": "verband", "Vereins": "verein", "Vereinigung": "vereinigung",
        "Gesellschaft": "gesellschaft", "Botschaft": "botschaft", "Generalkonsulats": "generalkonsulat",
        "Konsulats": "konsulat", "Instituts": "institut", "Institutes": "institut", "Hochschule": "hochschule",
        "Universität": "universität", "Stiftung": "stiftung", "Agentur": "agentur", "Akademie": "akademie",
        "Ministeriums": "ministerium",
    ]

    /// The first parts of compound roles that name a generic organisation (`Institutsleiter`, `Konzernchef`), with the
    /// ending a word of the meant organisation's label must have (empty: a company).
    static let compoundOrganizationPrefixes: [(prefix: String, ending: String)] = [
        ("Instituts", "institut"), ("Konzern", ""), ("Firmen", ""), ("Unternehmens", ""), ("Verbands", "verband"),
        ("Kammer", "kammer"), ("Hochschul", "hochschule"), ("Botschafts", "botschaft"),
    ]

    /// Words of an organisation's label that make it a company.
    static let companyMarkers: Set<String> = ["GmbH", "mbH", "AG", "SE", "KG", "KGaA", "OHG", "UG", "Co.", "Ltd.", "Inc.",
                                              "Group", "Gruppe", "Holding", "Corporation", "Corp.", "S.A.", "B.V.", "Konzern"]

    /// Acronyms of kinds of organisation that open compound roles (`IHK-Präsident`), with the endings a word of the meant
    /// organisation's label may have (`Industrie- und Handelskammer Heilbronn-Franken`, `IHK Chemnitz`).
    static let genericAcronymEndings: [String: [String]] = [
        "IHK": ["handelskammer", "ihk"], "HWK": ["handwerkskammer", "hwk"], "AHK": ["handelskammer", "ahk"],
    ]

    /// True when organisation entity `entity` has a label word with one of `endings` (lower case); with the single
    /// ending "" when it is a company.
    func organization(_ entity: Int, fits endings: [String]) -> Bool {
        let label = document.entities.entities[entity].label
        let words = label.split(separator: " ")
        if endings == [""] { return words.contains { Self.companyMarkers.contains(String($0)) } }
        return words.contains { word in
            let lower = word.lowercased()
            return endings.contains { lower.hasSuffix($0) }
        }
    }

    /// The organisation a definite description `der NOUN` with a generic noun at token `i` refers to: the last organisation
    /// named before it in this sentence, or else in the eight sentences before, whose name fits the noun.
    func referencedOrganization(noun i: Int) -> Int? {
        guard let ending = Self.organizationBackReferenceNouns[view.text(i)] else { return nil }
        return lastOrganization(before: i, fitting: [ending])
    }

    /// The organisation named before token `i` whose name fits `ending`: the one of this sentence, or else of the nearest of
    /// the eight sentences before that names any; nil when that sentence names two (`die Handwerkskammer Dresden und die
    /// Handwerkskammer Leipzig … der Handwerkskammer` is ambiguous).
    func lastOrganization(before i: Int, fitting ending: [String]) -> Int? {
        lastOrganization(before: i) { organization($0, fits: ending) }
    }

    /// The organisation named before token `i` whose label starts with the word `prefix` (`Haldmann` of `Haldmann Elektronik
    /// GmbH`), found as ``lastOrganization(before:fitting:)`` finds one.
    func lastOrganization(before i: Int, startingWith prefix: String) -> Int? {
        let start = prefix + " "
        return lastOrganization(before: i) { document.entities.entities[$0].label.hasPrefix(start) }
    }

    /// The organisation named before token `i` with the word `word` after its first word (`Huamei` of `Liaoning Huamei Casting
    /// Co., Ltd.`: Chinese companies put their town or province first), found as ``lastOrganization(before:fitting:)`` finds one.
    func lastOrganization(before i: Int, withWord word: String) -> Int? {
        lastOrganization(before: i) { document.entities.entities[$0].label.split(separator: " ").dropFirst().contains { $0 == word } }
    }

    /// The organisation named before token `i` that `fits`: the one of this sentence, or else of the nearest of the eight
    /// sentences before that names any; nil when that sentence names two.
    func lastOrganization(before i: Int, where fits: (Int) -> Bool) -> Int? {
        func one(_ spans: [MentionSpan]) -> Int?? {
            let named = Set(spans.filter { $0.kind == .organization && fits($0.entity) }.map { $0.entity })
            if named.isEmpty { return .none }
            return .some(named.count == 1 ? named.first : nil)
        }
        if let here = one(mentions.filter { $0.end <= i }) { return here }
        var k = index - 1
        while k >= 0, index - k <= 8 {
            if k < document.spans.count, let there = one(document.spans[k]) { return there }
            k -= 1
        }
        return nil
    }

    /// Words of a sentence that name a board or an election (lower case).
    static let boardElectionWords: [String] = ["vorstand", "vorstands", "vorstandes", "präsidium", "präsidiums", "gewählt",
                                               "wählte", "wählten", "neugewählt", "wiedergewählt", "spitze"]

    /// Board nouns that make a list of officers a board's (`Dem Vorstand gehören …`, `An der Spitze der Geschäftsstelle …`).
    static let boardNounsInList: [String] = ["vorstand", "präsidium", "vorstandsteam", "geschäftsstelle", "geschäftsführung"]

    /// Participles of an election that make a list of officers a board's (`Im Amt bestätigt wurden die Vizepräsidenten …`).
    static let electionWordsInList: [String] = ["gewählt", "wiedergewählt", "bestätigt"]

    /// The organisation whose board or officers the text is about: the one organisation of the nearest sentence before
    /// this one that names a board or an election (`Der Verein hat einen neuen Vorstand gewählt.`). Sentences naming such a
    /// word but no organisation are passed over; a nearer sentence with several organisations, or (when `strict`) any
    /// sentence naming an organisation without such a word, ends the search. Looks back `reach` sentences.
    func boardOrganization(reach: Int, strict: Bool) -> Int? {
        var k = index - 1
        // (When `strict`: the organisations of sentences passed over; only the elected one may be among them, as in `Sie löst
        // NAME ab, der den Verein zwölf Jahre lang geführt hat`.)
        var passed = Set<Int>()
        while k >= 0, index - k <= reach, k < document.spans.count, k < document.views.count {
            let orgs = namedOrganizations(document.spans[k])
            let other = document.views[k]
            let cue = other.firstWord(in: Self.boardElectionWords, from: 0, upper: other.count) != nil
            if cue {
                if orgs.count == 1, let elected = orgs.first { return passed.isSubset(of: [elected]) ? elected : nil }
                if orgs.count > 1 { return nil }
            } else if strict && !orgs.isEmpty {
                passed.formUnion(orgs)
                if passed.count > 1 { return nil }
            }
            k -= 1
        }
        return nil
    }

    /// The organisations among `spans`, with the one an event of an organisation's body is named after
    /// (`die Vollversammlung der IHK Chemnitz`, `die Mitgliederversammlung des Vereins X`).
    func namedOrganizations(_ spans: [MentionSpan]) -> Set<Int> {
        var out = Set<Int>()
        for span in spans {
            if span.kind == .organization { out.insert(span.entity); continue }
            guard span.kind == .event else { continue }
            let label = document.entities.entities[span.entity].label
            guard let of = label.range(of: " der ") ?? label.range(of: " des "),
                  let named = document.organization(named: String(label[of.upperBound...])) else { continue }
            out.insert(named)
        }
        return out
    }

    /// The organisation that publishes the document (`unser Geschäftsführer`, `unsere Tochter`): the one organisation named by
    /// the first of the document's first three sentences that names any; nil when that sentence names several.
    func publisherOrganization() -> Int? {
        for k in 0..<min(3, document.spans.count) {
            let orgs = Set(document.spans[k].filter { $0.kind == .organization }.map { $0.entity })
            if !orgs.isEmpty { return orgs.count == 1 ? orgs.first : nil }
        }
        return nil
    }

    /// The town of the document's dateline (`Darmstadt, 16. Mai 2026 – …`, `Freiburg im Breisgau, 10. Oktober 2026.`):
    /// a city opening one of the first three sentences, followed by a comma, a slash or a parenthesis.
    func datelineCity() -> Int? {
        for k in 0..<min(3, document.spans.count, document.views.count) {
            let other = document.views[k]
            guard let first = document.spans[k].first, first.start == 0, first.kind == .city else { continue }
            if other.isPunct(first.end, ",") || other.isPunct(first.end, "/") || other.isPunct(first.end, "(") {
                return first.entity
            }
        }
        return nil
    }
}

extension RuleOutput {
    /// The organisation of the post `role` that `person` was already found to hold earlier in the document, if any: a role
    /// named again without its organisation (`Botschafter Liang` after `der chinesische Botschafter in Deutschland, Liang
    /// Wenhua`) is the same post.
    func knownOrganization(of person: Int, role: String) -> Int? {
        for finding in findings.reversed() where finding.relation == .holdsRole && finding.subject == person {
            if case .post(let held, let organization?) = finding.object, held == role { return organization }
        }
        return nil
    }
}
