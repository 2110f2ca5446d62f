import GraphCore

/// Members and groups that a membership or partnership sentence names only by a description: `die Stadt`, `des Kreises`,
/// `das Wuppertaler Familienunternehmen`, `die Hochschule`, `unser Verein`, `dem 2022 gegründeten Zusammenschluss`.
extension SentenceContext {
    /// Determiners of a description (lower case): definite articles and the possessives of a newsletter's own association.
    static let descriptionDeterminers = ["die", "der", "das", "des", "dem", "den", "unser", "unserem", "unseres", "unsere",
                                         "unserer", "unseren"]

    /// Nouns that describe a town, a district, a company, a university or a chamber named before (lower case), with the
    /// kind of thing they stand for.
    static let describedNouns: [String: DescribedThing] = [
        "stadt": .town, "kreis": .district, "kreises": .district, "landkreis": .district, "landkreises": .district,
        "unternehmen": .company, "unternehmens": .company, "familienunternehmen": .company, "familienunternehmens": .company,
        "firma": .company, "konzern": .company, "konzerns": .company, "mittelständler": .company, "mittelständlers": .company,
        "hochschule": .university, "universität": .university, "kammer": .chamber, "ihk": .chamber, "hwk": .chamber,
        "zusammenschluss": .association, "zusammenschlusses": .association, "verbund": .association, "verbunds": .association,
        "verbundes": .association, "konsortium": .association, "konsortiums": .association,
    ]

    /// What a described noun stands for.
    enum DescribedThing {
        /// The town of the dateline.
        case town
        /// The last district named.
        case district
        /// The last company named.
        case company
        /// The last university named.
        case university
        /// The last chamber named.
        case chamber
        /// The nearest association named.
        case association
    }

    /// The entity a description starting at token `i` stands for, and the token after it: a determiner, at most two
    /// adjectives or numbers (`2022 gegründeten`, a town adjective `Wuppertaler`), and a describing noun
    /// (``describedNouns``) or an association's noun (``AssociationReferenceMembershipRule/referenceNouns``). With a
    /// possessive (`unser Verein`) it is the newsletter's own association, the first one of the document.
    func describedEntity(at i: Int) -> (entity: Int, end: Int)? {
        guard view.isAny(i, Self.descriptionDeterminers) else { return nil }
        let possessive = view.lower(i).hasPrefix("unser")
        var k = i + 1
        var skipped = 0
        while skipped < 2, k < view.count, mention(at: k) == nil,
              view.tokens[k].kind == .number || view.isWord(k) && !view.isCap(k) && view.lower(k).hasSuffix("en")
                || view.isCap(k) && view.lower(k).hasSuffix("er") && Self.describedNouns[view.lower(k + 1)] != nil {
            k += 1
            skipped += 1
        }
        guard k < view.count, view.isWord(k), view.isCap(k) else { return nil }
        let noun = view.lower(k)
        // The recogniser may already have resolved the description (`das Unternehmen` to the company named before).
        if let m = mention(at: k), !possessive {
            guard m.start == k, m.end == k + 1, m.kind != .person,
                  Self.describedNouns[noun] != nil || AssociationReferenceMembershipRule.referenceNouns[noun] != nil else { return nil }
            return (m.entity, k + 1)
        }
        if AssociationReferenceMembershipRule.referenceNouns[noun] != nil {
            if possessive, let own = ownAssociation() { return (own, k + 1) }
            guard let referred = AssociationReferenceMembershipRule().reference(self, noun: k) else { return nil }
            return (referred, k + 1)
        }
        guard let thing = Self.describedNouns[noun] else { return namedByHead(view.text(k)).map { ($0, k + 1) } }
        let entity: Int?
        switch thing {
        case .town: entity = datelineCity()
        case .district: entity = lastArea(before: i, containing: "kreis")
        case .company: entity = lastOrganization(before: i, fitting: [""])
        case .university: entity = lastOrganization(before: i, fitting: ["hochschule", "universität", "university"])
        case .chamber: entity = lastOrganization(before: i, fitting: ["kammer", "ihk"])
        case .association: entity = possessive ? ownAssociation() : nearestAssociation()
        }
        guard let entity else { return nil }
        return (entity, k + 1)
    }

    /// The association named nearest before this sentence (up to four sentences back, this one included): one whose label
    /// names an association, or a quoted name after an association's noun (`das Netzwerk „China-Kompetenz Rhein-Neckar“`).
    func nearestAssociation() -> Int? {
        var s = index
        while s >= 0, s >= index - 4, s < document.spans.count {
            let other = document.views[s]
            var found: [Int] = []
            for span in document.spans[s] where span.kind == .organization && !found.contains(span.entity) {
                let label = document.entities.entities[span.entity].label
                let quotedAfterNoun = span.start >= 2 && (other.isPunct(span.start - 1, "„") || other.isPunct(span.start - 1, "\""))
                    && AdmittedMembersRule.isAssociation(other.text(span.start - 2))
                    || (other.isPunct(span.start + 1, "„") || other.isPunct(span.start + 1, "\""))
                    && AdmittedMembersRule.isAssociation(other.text(span.start))
                if AdmittedMembersRule.isAssociation(label) || quotedAfterNoun { found.append(span.entity) }
            }
            if found.count == 1 { return found[0] }
            if found.count > 1 { return nil }
            s -= 1
        }
        return nil
    }

    /// The one association of the document with the word `word` in its name (`der Wirtschaftskreis` for the `Deutsch-Chinesischer
    /// Wirtschaftskreis Ostwestfalen-Lippe e. V.`), or nil when none or several have it.
    func namedByHead(_ word: String) -> Int? {
        var found: Int? = nil
        let count = word.utf8.count
        for (e, entity) in document.entities.entities.enumerated() where entity.kind == .organization && entity.label.utf8.count > count {
            // The word test first (one split per organisation), the association test only for a label that has the word.
            guard entity.label.split(separator: " ").contains(where: { $0 == word }), AdmittedMembersRule.isAssociation(entity.label)
            else { continue }
            if found != nil { return nil }
            found = e
        }
        return found
    }

    /// The association a sentence describes by a definite noun (`… zählt der Wirtschaftskreis jetzt 63 Mitglieder`): the first
    /// description in sentence `s` that stands for an association.
    func describedAssociation(inSentence s: Int) -> Int? {
        guard s >= 0, s < document.views.count else { return nil }
        let other = SentenceContext(index: s, view: document.views[s], mentions: document.spans[s], dates: [], document: document)
        for i in 0..<other.view.count where other.view.isAny(i, ["der", "die", "das"]) {
            if let described = other.describedEntity(at: i), document.kind(described.entity) == .organization,
               AdmittedMembersRule.isAssociation(document.entities.entities[described.entity].label) {
                return described.entity
            }
        }
        return nil
    }

    /// The first association named in the document (a newsletter's own: `unser Verein`).
    func ownAssociation() -> Int? {
        for spans in document.spans {
            for span in spans where span.kind == .organization
                && AdmittedMembersRule.isAssociation(document.entities.entities[span.entity].label) {
                return span.entity
            }
        }
        return nil
    }

    /// The last administrative area whose label contains `part` (lower case), named before token `i` in this sentence or
    /// in the eight before.
    func lastArea(before i: Int, containing part: String) -> Int? {
        let fits: (MentionSpan) -> Bool = { m in
            m.kind == .administrativeArea && self.document.entities.entities[m.entity].label.lowercased().contains(part)
        }
        if let here = mentions.last(where: { $0.end <= i && fits($0) }) { return here.entity }
        var k = index - 1
        while k >= 0, index - k <= 8 {
            if k < document.spans.count, let there = document.spans[k].last(where: fits) { return there.entity }
            k -= 1
        }
        return nil
    }

    /// The group at token `i`: a named association or network (an organisation whose label names one, with a class noun
    /// before a quoted name: `dem Netzwerk „X“`), or a description of one (``describedEntity(at:)``); with its end.
    func associationGroup(at i: Int) -> (entity: Int, end: Int)? {
        var k = i
        if view.isAny(k, ["dem", "der", "den", "die", "das", "des"]) { k += 1 }
        if let m = mention(startingAt: k) ?? (view.isPunct(k + 1, "„") || view.isPunct(k + 1, "\"") ? mention(startingAt: k + 2) : nil)
            ?? (view.isPunct(k, "„") ? mention(startingAt: k + 1) : nil),
           m.kind == .organization, AdmittedMembersRule.isAssociation(document.entities.entities[m.entity].label)
            || view.isPunct(m.start - 1, "„") || view.isPunct(m.start - 1, "\"") {
            let end = view.isPunct(m.end, "“") || view.isPunct(m.end, "\"") ? m.end + 1 : m.end
            return (m.entity, end)
        }
        if let described = describedEntity(at: i), document.kind(described.entity) == .organization {
            return described
        }
        // `des Netzwerks` for a network named by a quoted name without the noun in its label.
        if view.isAny(i, ["dem", "der", "den", "die", "das", "des"]), view.isCap(i + 1), mention(at: i + 1) == nil,
           AssociationReferenceMembershipRule.referenceNouns[view.lower(i + 1)] != nil, let near = nearestAssociation() {
            return (near, i + 2)
        }
        return nil
    }
}
