import GraphCore

/// Twin towns and formal partnerships: `Städtepartnerschaft zwischen A und B`, `A und B sind (seit 1990)
/// Partnerstädte`, `A ist Partnerstadt von B`, `A unterhält eine Partnerschaft mit B`, `A und B verbindet eine
/// Städtepartnerschaft`, `A und B sind durch eine Städtepartnerschaft verbunden`, `A und B feiern zehn Jahre
/// Städtepartnerschaft`.
///
/// Example: „Seit 1997 sind Erfurt und Kalisz Partnerstädte.“ → partnerOf(Erfurt | Kalisz). Prior 0.85.
struct PartnershipRule: ExtractionRule {
    var name: String { "partnership" }
    var confidence: Double { 0.85 }
    var needsFactualSentence: Bool { true }

    /// The kinds of entities that enter a partnership.
    static let parties: Set<EntityKind> = [.city, .administrativeArea, .organization, .country]

    private func isPartnerWord(_ word: String) -> Bool {
        word.hasPrefix("partnerst") || word.hasSuffix("partnerschaft") || word.hasSuffix("partnerschaften") || word.hasPrefix("partnerregion")
            || word.hasPrefix("partnerprovinz") || word.hasPrefix("partnerkreis") || word == "partner" || word.hasPrefix("partnergemeinde")
            || word.hasSuffix("städtepartnerschaft") || word.hasPrefix("schwesterst") || word.hasPrefix("freundschaftsst")
            || word.hasPrefix("städtefreundschaft") || word.hasPrefix("partnerhochschul") || word.hasPrefix("partneruniversit")
            || word.hasPrefix("partnerschule")
            || Self.isCharterNoun(word)
    }

    /// True for a plural partner noun that opens a list: `Partnerstädte`, `Partnergemeinden`, `Partnerregionen`.
    static func isPluralPartnerNoun(_ word: String) -> Bool {
        word.hasPrefix("partnerstädte") || word.hasPrefix("partnergemeinden") || word.hasPrefix("partnerkommunen")
            || word.hasPrefix("partnerregionen") || word.hasPrefix("partnerkreise")
    }

    /// True for the deed of a town partnership: `Partnerschaftsvertrag`, `Partnerschaftsurkunde` and their forms.
    static func isCharterNoun(_ word: String) -> Bool {
        word.hasPrefix("partnerschaftsvertr") || word.hasPrefix("partnerschaftsurkunde") || word.hasPrefix("städtepartnerschaftsvertr")
    }

    /// Verbs that make a partnership the object of two places (lower-cased), looked for in every sentence.
    static let bondVerbs: WordList = ["verbindet", "verbinden", "verband", "verbanden", "schlossen", "schließen", "schloss",
                                      "unterhalten", "unterhielten", "pflegen", "pflegten", "besiegelten", "begründeten",
                                      "gründeten", "gingen", "eingegangen", "geschlossen", "besiegelt"]

    /// Verbs of celebrating an anniversary (lower-cased), looked for before a partnership noun.
    static let celebrationVerbs: WordList = ["feiern", "feierten", "feiert", "feierte", "begehen", "begingen", "begeht", "beging"]

    /// True when `eine`/`die`/`ihre` (with at most one adjective after it) stands before the partnership noun at `w`.
    static func objectDeterminer(_ view: TokenView, before w: Int) -> Bool {
        let determiners = ["eine", "die", "ihre", "seine"]
        if view.isAny(w - 1, determiners) { return true }
        return view.isWord(w - 1) && !view.isCap(w - 1) && view.isAny(w - 2, determiners)
    }

    /// The first two places coordinated before token `w` (`Leipzig und Nanjing`), as entities.
    private func placePair(_ context: SentenceContext, before w: Int) -> (Int, Int)? {
        let view = context.view
        for m in context.mentions where m.end <= w && m.kind.isPlace && m.kind != .country && !context.inParentheses(m.start) {
            let (items, end) = context.coordinatedMentions(from: m.start, kinds: [.city, .administrativeArea])
            guard end <= w else { return nil }
            if items.count == 2 && items[0].entity != items[1].entity { return (items[0].entity, items[1].entity) }
            // `die Gemeinde Ottobrunn im Landkreis München und die Gemeinde Natz-Schabs`: the first town's area skipped.
            if items.count == 1, view.isAny(end, ["im", "in"]) {
                var k = end + 1
                if view.isAny(k, ["der"]) { k += 1 }
                if let area = context.mention(startingAt: k), area.kind == .administrativeArea, view.isAny(area.end, ["und"]) {
                    let next = context.itemStart(after: area.end + 1, kinds: [.city, .administrativeArea])
                    if let b = context.mention(startingAt: next), b.kind == .city || b.kind == .administrativeArea, b.end <= w,
                       b.entity != m.entity {
                        return (m.entity, b.entity)
                    }
                }
            }
            return nil
        }
        return nil
    }

    /// `Neu-Isenburg hat fünf Partnerstädte. Seit Jahrzehnten bestehen Partnerschaften mit …`: a sentence without a subject
    /// place continues the previous one when that one names partner towns; its first place (not a country) is the subject.
    private func previousPartnerPlace(_ context: SentenceContext, besides entity: Int) -> MentionSpan? {
        guard context.index > 0 else { return nil }
        let previous = context.document.views[context.index - 1]
        guard (0..<previous.count).contains(where: { previous.isWord($0) && previous.has($0, WordBit.partnerish)
                                                     && Self.isPluralPartnerNoun(previous.lower($0)) }) else { return nil }
        return context.document.spans[context.index - 1].first { $0.kind.isPlace && $0.kind != .country && $0.entity != entity }
    }

    /// Participles that seal a partnership named before them (lower case): `eine Partnerschaft besiegelt`.
    static let sealingParticiples: WordList = ["besiegelt", "geschlossen", "begründet"]

    /// The two places of a sentence when it names exactly two (not countries, not in parentheses), both before `w`.
    private func onlyPlacePair(_ context: SentenceContext, before w: Int) -> (Int, Int)? {
        var found: [Int] = []
        for m in context.mentions where m.kind.isPlace && m.kind != .country && !context.inParentheses(m.start) {
            guard m.end <= w else { return nil }
            if !found.contains(m.entity) { found.append(m.entity) }
        }
        return found.count == 2 ? (found[0], found[1]) : nil
    }

    /// Adjectives of a partnership that does not exist yet (lower-cased): `eine mögliche Partnerschaft`.
    static let prospectiveWords = ["mögliche", "möglichen", "künftige", "künftigen", "zukünftige", "zukünftigen", "potenzielle",
                                   "potenziellen", "potentielle", "potentiellen", "denkbare", "denkbaren", "angestrebte", "angestrebten",
                                   "geplante", "geplanten"]

    /// True when a copula stands at most three tokens before the partner noun at `w` (`ist seit 1987 Partnerprovinz`).
    static func copulaBefore(_ view: TokenView, _ w: Int) -> Bool {
        (max(0, w - 4)..<w).contains { view.isAny($0, ["ist", "sind", "war", "waren", "wurde", "wurden"]) }
    }

    /// The town in the genitive before a partner noun at `w`, with at most one lower-case adjective between them:
    /// `Bochums chinesische Partnerstadt`. The mention must be written with a genitive `-s` its label lacks.
    private func genitiveOwner(_ context: SentenceContext, before w: Int) -> MentionSpan? {
        let view = context.view
        var k = w - 1
        if view.isWord(k), !view.isCap(k), view.lower(k).hasSuffix("e") || view.lower(k).hasSuffix("en"),
           !view.isAny(k, ["ihre", "seine", "ihren", "seinen"]) { k -= 1 }
        // `Kassel und ihre Partnerstadt Ningbo`: the town before `und` owns the partner town.
        if view.isAny(k, ["ihre", "seine", "ihrer", "seiner", "ihren", "seinen"]), view.isAny(k - 1, ["und", "sowie", "mit"]) {
            guard let a = context.mention(endingAt: k - 1), a.kind == .city || a.kind == .administrativeArea else { return nil }
            return a
        }
        guard k >= 0, let a = context.mention(endingAt: k + 1), a.end == k + 1, a.kind == .city || a.kind == .administrativeArea
        else { return nil }
        let written = view.text(k)
        let label = context.document.entities.entities[a.entity].label
        guard written.hasSuffix("s"), !label.hasSuffix("s"), a.start == k, !view.isAny(a.start - 1, ["der", "des", "die", "dem"])
        else { return nil }
        return a
    }

    /// Verbs of having or keeping a partnership with someone (lower case): `pflegt mit B eine Partnerschaft`.
    static let keepingVerbs: WordList = ["pflegt", "pflegte", "pflegen", "pflegten", "unterhält", "unterhielt", "unterhalten",
                                         "unterhielten", "vereinbart", "vereinbarte", "vereinbarten", "verbindet", "verband",
                                         "geschlossen", "schloss", "schlossen", "besiegelt", "besiegelte", "besiegelten",
                                         "eingegangen", "ging", "gingen", "begründet", "begründete", "begründeten"]

    /// `A pflegt mit B eine Partnerschaft`, `A hat mit der Stadt B eine Städtepartnerschaft geschlossen`: the partner `B` right
    /// before the determiner of the partnership noun at `w`, after `mit`; the subject `A` the first party before `mit` (places
    /// with places, organisations with organisations); a verb of keeping or sealing in the sentence.
    private func partnerBeforeNoun(_ context: SentenceContext, noun w: Int) -> (Int, Int)? {
        let view = context.view
        guard Self.objectDeterminer(view, before: w) else { return nil }
        let determiner = view.isAny(w - 1, ["eine", "die", "ihre", "seine"]) ? w - 1 : w - 2
        guard let b = context.mention(endingAt: determiner), Self.parties.contains(b.kind), b.kind != .country,
              let with = context.find(["mit"], from: max(0, b.start - 6), before: b.start),
              context.itemStart(after: with + 1, kinds: Self.parties) == b.start
                || (with + 1 == b.start) || (view.isAny(with + 1, ["der", "dem", "den"]) && with + 2 == b.start),
              context.find(Self.keepingVerbs) != nil else { return nil }
        // The subject in the clause of `mit`: `A und B pflegen eine Partnerschaft, C unterhält mit D eine …` pairs C and D.
        let clause = (0..<with).last(where: { view.isPunct($0, ",") || view.isPunct($0, ";") }).map { $0 + 1 } ?? 0
        guard let a = context.mentions.first(where: { $0.start >= clause && $0.end <= with && Self.parties.contains($0.kind) && $0.kind != .country
                                                      && $0.kind.isPlace == b.kind.isPlace && !context.inParentheses($0.start) }),
              a.entity != b.entity else { return nil }
        return (a.entity, b.entity)
    }

    /// The two organisations of an institutions' partnership (`Schulpartnerschaft`, `Hochschulpartnerschaft`) at `w`:
    /// `A und B haben eine Hochschulpartnerschaft vereinbart`, `A unterhält eine Schulpartnerschaft mit B`, `…, die eine
    /// Hochschulpartnerschaft mit B unterhält` (the relative pronoun's antecedent is `A`).
    private func institutionPartners(_ context: SentenceContext, noun w: Int) -> (Int, Int)? {
        let view = context.view
        if let pair = partnerBeforeNoun(context, noun: w) { return pair }
        if view.isAny(w + 1, ["mit"]) {
            let start = context.itemStart(after: w + 2, kinds: [.organization])
            guard let b = context.mention(startingAt: start), b.kind == .organization else { return nil }
            // `…, die eine Hochschulpartnerschaft mit B unterhält`: the antecedent before the comma.
            var k = w - 1
            while k > 0, view.isWord(k), !view.isCap(k), !view.isAny(k, ["die", "der", "das"]) { k -= 1 }
            if view.isAny(k, ["die", "der", "das"]), view.isPunct(k - 1, ","), let antecedent = context.mention(endingAt: k - 1),
               antecedent.kind == .organization, antecedent.entity != b.entity {
                return (antecedent.entity, b.entity)
            }
            guard let a = context.mentions.first(where: { $0.end <= w && $0.kind == .organization && !context.inParentheses($0.start) }),
                  a.entity != b.entity else { return nil }
            return (a.entity, b.entity)
        }
        // Two coordinated organisations open the sentence and seal, agree on or keep the partnership.
        guard Self.objectDeterminer(view, before: w), context.find(Self.keepingVerbs) != nil else { return nil }
        var start = 0
        if view.isAny(start, ["auch"]) { start += 1 }
        if view.isAny(start, ["der", "die", "das"]) { start += 1 }
        let (items, end) = context.coordinatedMentions(from: start, kinds: [.organization])
        guard items.count == 2, end < w, items[0].entity != items[1].entity else { return nil }
        return (items[0].entity, items[1].entity)
    }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        let parties = Self.parties
        // The pairs found, written only when the sentence does not end the partnership (tested once, after a find).
        var found: [(Int, Int)] = []
        defer {
            // `Die Partnerschaft mit Sowetsk wurde 2022 beendet`: a partnership that ended is none.
            if !found.isEmpty, !PartnershipWords.isEnded(context) {
                for (a, b) in found { output.add(.partnerOf, a, b) }
            }
        }
        for w in 0..<view.count where view.isWord(w) && view.has(w, WordBit.partnerish) && isPartnerWord(view.lower(w)) {
            let word = view.lower(w)
            // `eine Schulpartnerschaft mit Yangzhou`: a partnership of institutions joins organisations, not towns.
            let institutional = PartnershipWords.isInstitutionPartnership(word)
            // `eine mögliche Partnerschaft`, `die künftige Partnerstadt`: not a partnership yet.
            if view.isAny(w - 1, Self.prospectiveWords) { continue }
            // `Kassel und Ningbo unterzeichneten 2009 den Partnerschaftsvertrag`: two towns sign the deed of their partnership.
            if Self.isCharterNoun(word) {
                if (0..<view.count).contains(where: { view.isWord($0) && view.has($0, WordBit.signingVerb) }),
                   let pair = placePair(context, before: w) {
                    found.append((pair.0, pair.1))
                }
                continue
            }
            // `Partnerschaft zwischen A und B`
            if view.isAny(w + 1, ["zwischen"]) {
                var k = w + 2
                if view.isAny(k, ["der", "dem", "den", "die"]) { k += 1 }
                let (items, _) = context.coordinatedMentions(from: k, kinds: institutional ? [.organization] : parties)
                if items.count == 2 { found.append((items[0].entity, items[1].entity)) }
                continue
            }
            // `Die Schulpartnerschaft mit der Mittelschule Nr. 5`, `… haben eine Hochschulpartnerschaft vereinbart`: only
            // organisations, their pair read by ``institutionPartners(_:noun:)``.
            if institutional {
                if let pair = institutionPartners(context, noun: w) { found.append((pair.0, pair.1)) }
                continue
            }
            // `Die Partnerstädte Kiels – Brest, Coventry und Gdynia –`, `Die Partnerstädte Bochums sind …`: a plural partner noun
            // opening the sentence, its owner in the genitive right after it, the list after a dash, a colon or the copula.
            if w <= 1, Self.isPluralPartnerNoun(word), let owner = context.mention(startingAt: w + 1), owner.kind.isPlace,
               owner.kind != .country, owner.end == w + 2, view.text(w + 1).hasSuffix("s"),
               view.isDash(owner.end) || view.isPunct(owner.end, ":") || view.isAny(owner.end, ["sind", "waren"]) {
                let start = context.itemStart(after: owner.end + 1, kinds: [.city, .administrativeArea])
                let (items, _) = context.coordinatedMentions(from: start, kinds: [.city, .administrativeArea])
                for item in items where item.entity != owner.entity { found.append((owner.entity, item.entity)) }
                continue
            }
            // `Niedersachsen pflegt mit Anhui eine Partnerschaft`, `Kiel hat mit Brest eine Städtepartnerschaft geschlossen`: the
            // partner after `mit` before the determiner of the partnership noun, the subject before `mit`, a verb of bonding.
            if let pair = partnerBeforeNoun(context, noun: w) {
                found.append((pair.0, pair.1))
                continue
            }
            // `Die Städtepartnerschaft Würzburg – Changzhou`: the two towns joined by a dash or a slash.
            if PartnershipWords.isPartnershipNoun(word), let a = context.mention(startingAt: w + 1), a.kind.isPlace, a.kind != .country,
               view.isDash(a.end) || view.isPunct(a.end, "/"), let b = context.mention(startingAt: a.end + 1), b.kind.isPlace,
               b.kind != .country, a.entity != b.entity {
                found.append((a.entity, b.entity))
                continue
            }
            // `Bochums chinesische Partnerstadt Chengdu`, `Kassel und ihre Partnerstadt Ningbo`: a town in the genitive or
            // with a possessive owns the partner town named after the noun.
            if PartnershipWords.isPartnerPlaceNoun(word) || word.hasPrefix("freundschaftsst"), let a = genitiveOwner(context, before: w) {
                if let b = context.mention(startingAt: w + 1) ?? context.mention(startingAt: w), b.kind.isPlace, b.kind != .country,
                   a.entity != b.entity {
                    found.append((a.entity, b.entity))
                } else if !view.isCap(w + 1), let copula = context.find(["ist", "war", "bleibt"], before: a.start),
                          let b = context.mentions.first(where: { $0.end <= copula && $0.kind.isPlace && $0.kind != .country }),
                          b.end == copula, a.entity != b.entity {
                    // `Ningbo ist seit 2009 Kassels Partnerstadt`: the subject before the copula.
                    found.append((a.entity, b.entity))
                }
                continue
            }
            // `Partnerschaft mit B` with subject A (the first place or organisation of the sentence); a partner town `von B`
            // or in the genitive (`Partnerprovinz des Freistaats Bayern`).
            let partnerPlace = PartnershipWords.isPartnerPlaceNoun(word) || word.hasPrefix("freundschaftsst")
            // `Yantai, die Partnerstadt von Rosenheim`: the town before the apposition is the subject.
            // `Worthington, Partnerstadt von Crailsheim seit 1949, gilt …`: the same without an article.
            let commaBefore = view.isAny(w - 1, ["der", "die"]) && view.isPunct(w - 2, ",") ? w - 2 : (view.isPunct(w - 1, ",") ? w - 1 : nil)
            let apposition = partnerPlace && commaBefore != nil
                ? context.mention(endingAt: commaBefore!).flatMap { $0.kind.isPlace && $0.kind != .country ? $0 : nil } : nil
            // `…, dass die Provinz Liaoning Partnerregion des Landes Bremen ist`: the copula closes a subordinate clause.
            let finalCopula = partnerPlace && view.isAny(w + 1, ["des", "der"])
                && (w + 3..<min(w + 7, view.count)).contains { view.isAny($0, ["ist", "sind", "war", "waren"])
                    && ($0 + 1 == view.count || view.isPunct($0 + 1, ".") || view.isPunct($0 + 1, ",")) }
            // `Partnerstädte der Gemeinde Vaterstetten sind …`: a plural partner noun opening the sentence, its owner in the genitive.
            let listHead = w <= 1 && Self.isPluralPartnerNoun(word)
            if view.isAny(w + 1, ["mit"]) || (view.isAny(w + 1, ["von"]) && partnerPlace)
                || (view.isAny(w + 1, ["des", "der"]) && partnerPlace && (Self.copulaBefore(view, w) || apposition != nil || listHead || finalCopula)) {
                var k = w + 2
                if view.isAny(w + 1, ["von", "mit"]), view.isAny(k, ["der", "dem", "den", "die"]) { k += 1 }
                // A lower-case adjective before the name or its cue: `mit der ungarischen Stadt Szentendre`.
                if view.isAny(k, ["stadt"]) || view.isWord(k) && !view.isCap(k) && view.lower(k).hasSuffix("en") && context.mention(startingAt: k) == nil {
                    k += 1
                }
                // A town adjective before the name or its cue: `mit dem Shanghaier Stadtbezirk Jiading`.
                if view.isWord(k), view.isCap(k), view.lower(k).hasSuffix("er"), context.mention(startingAt: k) == nil,
                   context.mention(startingAt: k + 1) != nil || context.mention(startingAt: k + 2) != nil {
                    k += 1
                }
                // A cue before the name: `des Freistaats Bayern`, `der Stadt Weimar`.
                if context.mention(startingAt: k) == nil, view.isCap(k), context.document.lexicon.placeCues[view.text(k)] != nil
                    || ["Freistaats", "Landes", "Bundeslandes", "Landkreises", "Kreises"].contains(view.text(k)) { k += 1 }
                // A mention that includes its cue starts one token earlier (`der Stadt Ulm`).
                guard let b = context.mention(startingAt: k) ?? (k > w + 2 ? context.mention(startingAt: k - 1) : nil),
                      parties.contains(b.kind) else { continue }
                // `Partnerstädte von Würzburg sind Changzhou, Umeå und Caen`: the list after the copula.
                if listHead, view.isAny(b.end, ["sind", "waren"]) {
                    let (items, _) = context.coordinatedMentions(from: b.end + 1, kinds: [.city, .administrativeArea])
                    for item in items where item.entity != b.entity { found.append((b.entity, item.entity)) }
                    continue
                }
                // A place partners a place: `Der Gemeinderat der Stadt Wertheim hat die Partnerschaft mit … beschlossen` names the
                // town, not its council, as the partner.
                let placeSubject = b.kind.isPlace && b.kind != .country
                    ? context.mentions.first(where: { $0.end <= w && $0.kind.isPlace && $0.kind != .country && $0.entity != b.entity
                                                      && !context.inParentheses($0.start) }) : nil
                let inSentence = context.mentions.first(where: { $0.end <= w && parties.contains($0.kind) && $0.entity != b.entity
                                                                 && !context.inParentheses($0.start) })
                // `Hochschule Osnabrück feiert Partnerschaft mit Qingdao`: an organisation's partner named by its town is no
                // partnership of the town.
                guard let a = apposition ?? placeSubject ?? inSentence ?? previousPartnerPlace(context, besides: b.entity),
                      a.entity != b.entity, a.kind.isPlace == b.kind.isPlace else { continue }
                // `Die Landeshauptstadt Hessens ist Partnerstadt von …`: the capital is the partner, not the area in the genitive.
                if view.isAny(a.start - 1, CapitalCityRule.capitalNouns.words) { continue }
                // `Partnerschaften mit Padua, Guildford und Matsuyama`: every item of the list.
                let (items, _) = context.coordinatedMentions(from: k, kinds: parties)
                for item in items.isEmpty ? [b] : items where item.entity != a.entity && item.kind.isPlace == b.kind.isPlace {
                    found.append((a.entity, item.entity))
                }
                continue
            }
            // `A und B feiern zehn Jahre Städtepartnerschaft`, `… feierten das 30-jährige Bestehen ihrer Partnerschaft`: the
            // anniversary of a partnership two coordinated places celebrate.
            if !word.hasPrefix("partnerst"), context.find(Self.celebrationVerbs, before: w) != nil,
               let pair = placePair(context, before: w) {
                found.append((pair.0, pair.1))
                continue
            }
            // `A und B verbindet seit 2004 eine Städtepartnerschaft`, `1985 schlossen A und B eine Partnerschaft`: two places
            // coordinated before the partnership noun, the object of a verb of bonding.
            if !word.hasPrefix("partnerst"), Self.objectDeterminer(view, before: w), context.find(Self.bondVerbs, before: w) != nil,
               let pair = placePair(context, before: w) {
                found.append((pair.0, pair.1))
                continue
            }
            // `Eine Delegation aus Zhuji hat Neu-Isenburg besucht und eine Städtepartnerschaft besiegelt`: a partnership sealed
            // after it, with exactly two places (neither in parentheses) named before it.
            if !word.hasPrefix("partnerst"), Self.objectDeterminer(view, before: w),
               context.find(Self.sealingParticiples, from: w + 1) != nil, let pair = onlyPlacePair(context, before: w) {
                found.append((pair.0, pair.1))
                continue
            }
            // `Seit 2005 sind A und die chinesische Stadt B durch eine Städtepartnerschaft verbunden`: the partnership as the
            // means of the bond between two coordinated places.
            if !word.hasPrefix("partnerst"), view.isAny(w - 1, ["durch"]) || (view.isAny(w - 2, ["durch"]) && view.isWord(w - 1)),
               (w + 1..<min(w + 4, view.count)).contains(where: { view.isAny($0, ["verbunden"]) }),
               let pair = placePair(context, before: w) {
                found.append((pair.0, pair.1))
                continue
            }
            // `A und B sind Partnerstädte` / `A ist die Partnerstadt B` (plural partner words need two subjects).
            if let copula = context.find(["sind", "waren", "ist", "wurden", "wurde"], before: w) {
                var start = 0
                while start < copula && context.mention(startingAt: start) == nil { start += 1 }
                var (items, end) = context.coordinatedMentions(from: start, kinds: parties)
                // Verb-second: `Seit 1997 sind Erfurt und Kalisz Partnerstädte.`
                if items.isEmpty {
                    let inverted = context.coordinatedMentions(from: copula + 1, kinds: parties)
                    if inverted.end == w && inverted.mentions.count == 2 { items = inverted.mentions; end = copula }
                }
                if items.count == 2 && end == copula {
                    found.append((items[0].entity, items[1].entity))
                } else if items.count == 1, end == copula, let b = context.mention(startingAt: w + 1) ?? context.mention(startingAt: w + 2),
                          parties.contains(b.kind), b.kind == items[0].kind || (b.kind.isPlace && items[0].kind.isPlace) {
                    found.append((items[0].entity, b.entity))
                }
            }
        }
    }
}
