import GraphCore

/// The entities of one document: one ``EntityMention`` per entity, and for every sentence its mention spans
/// pointing at them.
struct DocumentEntities: Sendable {
    /// The entities, in order of first mention.
    var entities: [EntityMention] = []
    /// Mention spans per sentence, sorted by start, each with its `entity` set.
    var spans: [[MentionSpan]] = []
    /// Entity index by resolution key (kind group + slug of the label; the same pairs as ``key(_:_:)`` tells apart).
    private var index = ResolutionIndex()
    /// Acronyms and their entity.
    var acronyms: [String: Int] = [:]
    /// Short names given in parentheses (`AHK Polen`) → label of their long form.
    var shortNames: [String: String] = [:]
    /// ``Slug/make(_:)`` of the simple-text labels registered so far (one document names an entity many times). Only
    /// ``Swift/String/isSimpleText`` labels are kept: `Slug.make` reads scalars, and a dictionary would treat canonically
    /// equal labels with different scalars as one.
    private var slugs: [String: String] = [:]
    /// ``RecognitionLexicon/memoKey`` of the process-wide lexicon: the slugs are then kept in the thread's
    /// ``LookupMemo`` across documents instead of in ``slugs`` (0: per document).
    var memoKey = 0
    /// With a ``memoKey``: the slugs (and their hashes) of the simple-text labels this document registered so far, a
    /// small table that stays in cache, before the thread's large one.
    private var recentSlugs = ByteKeyTable<(slug: String, hash: UInt64)>(slots: 64)

    /// The key under which mentions of one entity meet.
    static func key(_ kind: EntityKind, _ label: String) -> String {
        "\(kind.resolutionGroup)|\(Slug.make(label))"
    }

    /// The entity index for a mention, adding the entity or merging names into it.
    mutating func register(_ span: MentionSpan) -> Int {
        let slug: String
        let slugHash: UInt64
        if !span.label.isSimpleText {
            slug = Slug.make(span.label)
            slugHash = WordTable.hash(slug)
        } else if memoKey != 0 {
            let labelHash = WordTable.hash(span.label)
            if let known = recentSlugs.find(span.label, hash: labelHash) {
                (slug, slugHash) = known
            } else {
                let memo = LookupMemo.current(memoKey)
                (slug, slugHash) = LookupMemo.lookup(&memo.slugs, span.label, hash: labelHash) {
                    let made = Slug.make(span.label)
                    return (made, WordTable.hash(made))
                }
                recentSlugs.insert(span.label, hash: labelHash, (slug, slugHash))
            }
        } else if let known = slugs[span.label] {
            slug = known
            slugHash = WordTable.hash(slug)
        } else {
            slug = Slug.make(span.label)
            slugHash = WordTable.hash(slug)
            slugs[span.label] = slug
        }
        let group = span.kind.resolutionGroup
        if let existing = index.find(group: group, slug: slug, slugHash: slugHash) {
            // Changed in place (no copy of the entity's strings and arrays).
            if span.quality > entities[existing].quality && span.label != entities[existing].label {
                entities[existing].surfaceForms.append(entities[existing].label)
                entities[existing].label = span.label
            }
            entities[existing].quality = max(entities[existing].quality, span.quality)
            for alias in span.aliases where !entities[existing].aliases.contains(alias) { entities[existing].aliases.append(alias) }
            for form in span.surfaceForms where !entities[existing].surfaceForms.contains(form) && form != entities[existing].label {
                entities[existing].surfaceForms.append(form)
            }
            return existing
        }
        entities.append(EntityMention(kind: span.kind, label: span.label, quality: span.quality, aliases: span.aliases,
                                      surfaceForms: span.surfaceForms.filter { $0 != span.label }))
        index.insert(group: group, slug: slug, slugHash: slugHash, entity: entities.count - 1)
        return entities.count - 1
    }

    /// Makes room for `count` entities (and their keys) without growing the arrays on the way.
    mutating func reserveCapacity(_ count: Int) {
        entities.reserveCapacity(count)
        index.reserveCapacity(count)
    }

    /// Adds an entity that a rule constructs (an agreement named after its parties), or finds it.
    mutating func entity(kind: EntityKind, label: String, quality: LabelQuality, surfaceForms: [String] = []) -> Int {
        register(MentionSpan(sentence: -1, start: 0, end: 0, kind: kind, label: label, quality: quality, surfaceForms: surfaceForms))
    }
}

extension Array where Element == MentionSpan {
    /// `sort { $0.start < $1.start }` (a stable sort), without touching, and so without copying, spans already in order.
    mutating func sortByStart() {
        var k = 1
        while k < count && self[k - 1].start <= self[k].start { k += 1 }
        if k < count { sort { $0.start < $1.start } }
    }
}

extension Array where Element == [MentionSpan] {
    /// The spans of kind `kind` (or `other`) of all sentences, in order: only those are copied (a pass over every span
    /// copies every span's strings and arrays).
    func spans(of kind: EntityKind, _ other: EntityKind? = nil) -> [MentionSpan] {
        var out: [MentionSpan] = []
        for s in indices {
            for k in self[s].indices where self[s][k].kind == kind || self[s][k].kind == other { out.append(self[s][k]) }
        }
        return out
    }
}

/// Entity indices by kind group and slug: the parts of ``DocumentEntities/key(_:_:)``, kept apart instead of joined
/// into a new string. Slugs are ASCII, so equal slugs have equal bytes and equal byte hashes: an open-addressing table
/// probed with the slug's byte hash mixed with the group (no seeded `Hasher`), whose keys compare group, hash and bytes.
private struct ResolutionIndex: Sendable {
    /// Per slot: 0 when empty, else 1 + the index of its key in ``groups``, ``slugs`` and ``hashes``. A power of two.
    private var slots = [Int32](repeating: 0, count: 64)
    /// Per key: ``GraphCore/EntityKind/resolutionGroup``.
    private var groups: [Int] = []
    /// Per key: the slug.
    private var slugs: [String] = []
    /// Per key: ``ByteKeyTable/hash(_:)`` of the slug.
    private var hashes: [UInt64] = []
    /// Per key: its entity.
    private var entities: [Int] = []

    /// The first slot to probe for a key.
    @inline(__always)
    private static func start(group: Int, slugHash: UInt64, mask: Int) -> Int {
        let mixed = (slugHash ^ UInt64(truncatingIfNeeded: group) &* 0xFF51_AFD7_ED55_8CCD) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }

    /// The entity of the key (`group`, `slug`), where `slugHash` is the slug's ``ByteKeyTable/hash(_:)``, or nil.
    func find(group: Int, slug: String, slugHash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Self.start(group: group, slugHash: slugHash, mask: mask)
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let k = entry - 1
            if hashes[k] == slugHash && groups[k] == group && ByteKeyTable<Int>.sameBytes(slugs[k], slug) { return entities[k] }
            slot = (slot + 1) & mask
        }
    }

    /// Makes room for `count` keys: the arrays and enough slots that they do not grow before.
    mutating func reserveCapacity(_ count: Int) {
        groups.reserveCapacity(count)
        slugs.reserveCapacity(count)
        hashes.reserveCapacity(count)
        entities.reserveCapacity(count)
        var size = slots.count
        while count * 2 > size { size *= 2 }
        if size > slots.count {
            slots = [Int32](repeating: 0, count: size)
            for k in groups.indices { place(k) }
        }
    }

    /// Adds the key (`group`, `slug`), which is not in the index, for `entity`.
    mutating func insert(group: Int, slug: String, slugHash: UInt64, entity: Int) {
        if (groups.count + 1) * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for k in groups.indices { place(k) }
        }
        groups.append(group)
        slugs.append(slug)
        hashes.append(slugHash)
        entities.append(entity)
        place(groups.count - 1)
    }

    /// Puts key `k` into the first free slot of its probe sequence.
    private mutating func place(_ k: Int) {
        let mask = slots.count - 1
        var slot = Self.start(group: groups[k], slugHash: hashes[k], mask: mask)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(k + 1)
    }
}

/// A small set of ``WordInfo/fingerprint(_:)``s, asked once per capitalised token of a document: a 64-bit filter and
/// the sorted fingerprints, searched by halves (no seeded `Hasher` per question).
struct PrintFilter: Sendable {
    /// One bit per fingerprint (its top six bits after a multiplicative mix).
    private var mask: UInt64 = 0
    /// The fingerprints, sorted and without repeats once ``contains(_:)`` is asked.
    private var prints: [UInt64] = []
    /// True while ``prints`` is sorted and without repeats.
    private var sorted = true

    /// An empty set.
    init() {}

    /// The sealed set of the fingerprints of `words` lower-cased, or nil when a word has none (it is no simple text).
    static func lowercased(_ words: some Sequence<String>) -> PrintFilter? {
        var filter = PrintFilter()
        for word in words {
            guard let print = WordInfo.fingerprint(TokenView.lowercase(word)) else { return nil }
            filter.insert(print)
        }
        filter.seal()
        return filter
    }

    /// The filter bit of `print`.
    @inline(__always)
    private static func bit(_ print: UInt64) -> UInt64 { 1 << ((print &* 0x9E37_79B9_7F4A_7C15) >> 58) }

    /// Adds `print`.
    mutating func insert(_ print: UInt64) {
        mask |= Self.bit(print)
        if let last = prints.last, last >= print { sorted = false }
        prints.append(print)
    }

    /// Sorts the fingerprints and drops repeats (done before the first question).
    mutating func seal() {
        guard !sorted else { return }
        prints.sort()
        var out: [UInt64] = []
        out.reserveCapacity(prints.count)
        for print in prints where out.last != print { out.append(print) }
        prints = out
        sorted = true
    }

    /// True when `print` was added; ``seal()`` must have run after the last ``insert(_:)``.
    @inline(__always)
    func contains(_ print: UInt64) -> Bool {
        guard mask & Self.bit(print) != 0 else { return false }
        var low = 0
        var high = prints.count
        while low < high {
            let middle = (low + high) >> 1
            let value = prints[middle]
            if value == print { return true }
            if value < print { low = middle + 1 } else { high = middle }
        }
        return false
    }
}

/// A set of strings (compared with `==`) that stays an array while small: the labels of one document, met a few times
/// each, are then found by a short scan instead of a seeded hash and a set's storage per document.
struct SmallStringSet: Sendable {
    /// The members while there are few.
    private var few: [String] = []
    /// The members once there are many.
    private var many: Set<String>? = nil
    /// Members kept in ``few`` before they move to ``many``.
    private static let limit = 16

    /// An empty set.
    init() {}

    /// Adds `member`; true when it was not in the set.
    mutating func insert(_ member: String) -> Bool {
        if many != nil { return many!.insert(member).inserted }
        for known in few where known == member { return false }
        if few.count < Self.limit {
            few.append(member)
        } else {
            var set = Set(few)
            set.insert(member)
            many = set
            few = []
        }
        return true
    }
}

/// In-document coreference: acronyms to their long forms, surnames to full names, short legal names
/// (`Muster GmbH`) to long ones (`Muster Beratung und Service GmbH`), and objects of signing verbs to agreements.
struct Coreference {
    /// The lexicon index.
    let lexicon: RecognitionLexicon
    /// The recogniser (for acronym checks).
    let recognizer: MentionRecognizer

    /// Resolves the spans of all sentences into document entities.
    func resolve(_ views: [TokenView], _ spansBySentence: [[MentionSpan]]) -> DocumentEntities {
        var spans = spansBySentence
        // 0. Numbered headings are no ordinal events: `2. Wirtschaftsforum in Krakau` between `1. …` and `3. …`.
        dropListNumbers(views, &spans)
        // 0b. Short names in parentheses: `LONG FORM (AHK Polen)`.
        let shortNames = mergeParenthesisedShortNames(views, &spans)
        // 0c. `das bayerische Wirtschaftsministerium` for the document's full name of that ministry.
        mergeAdjectiveMinistries(views, &spans)
        // 0d. Towns with the qualifier of their official name: `Emmerich am Rhein`, `Halle (Saale)`, `Frankfurt a. M.`.
        attachTownQualifiers(views, &spans)
        // 0e. Offices abroad named with their place: `Generalkonsulat der Volksrepublik China in Düsseldorf`.
        attachOfficeSeats(views, &spans)
        // 0f. Events named with their year or owner (`HANNOVER MESSE 2025`, `China-Tag der IHK`): the name alone in the same
        // document is that event.
        attachEventShortNames(&spans)
        // 1. Acronym definitions: `LONG FORM (ACR)`.
        var acronymHost: [String: (kind: EntityKind, label: String, quality: LabelQuality)] = [:]
        for (s, view) in views.enumerated() {
            for k in spans[s].indices {
                let span = spans[s][k]
                guard span.kind == .organization || span.kind == .administrativeArea || span.kind == .event else { continue }
                guard let a = Self.acronymIndex(view, after: span.end), recognizer.isAcronymToken(view, a) else { continue }
                let acronym = view.text(a)
                if lexicon.places[acronym] != nil && span.kind == .organization { continue }
                // The acronym of a well-known organisation defined with a shorter or older long form
                // (`Gesellschaft für Internationale Zusammenarbeit (GIZ)`): one entity, under the known name.
                // An official variant of the name (`Germany Trade and Invest (GTAI)`) stays as written.
                if span.kind == .organization, let known = lexicon.knownOrganizations[acronym], known.aliases.contains(acronym),
                   known.label != span.label, !known.aliases.contains(span.label), Self.sharesMostWords(span.label, known.label) {
                    if !spans[s][k].surfaceForms.contains(span.label) { spans[s][k].surfaceForms.append(span.label) }
                    spans[s][k].label = known.label
                    spans[s][k].quality = .full
                }
                if !spans[s][k].aliases.contains(acronym) { spans[s][k].aliases.append(acronym) }
                if acronymHost[acronym] == nil { acronymHost[acronym] = (span.kind, spans[s][k].label, spans[s][k].quality) }
            }
        }
        // 2. Bare acronyms elsewhere in the document (also before the definition, e.g. in a heading).
        for s in spans.indices where !acronymHost.isEmpty {
            for k in spans[s].indices where spans[s][k].length == 1 {
                if let host = acronymHost[spans[s][k].label], host.label != spans[s][k].label, host.kind.resolutionGroup == spans[s][k].kind.resolutionGroup {
                    spans[s][k].surfaceForms.append(spans[s][k].label)
                    spans[s][k].label = host.label
                    spans[s][k].kind = host.kind
                    spans[s][k].quality = .short
                }
            }
        }
        // As for surnames below: the fingerprints of the acronyms' lower-cased texts rule out most tokens unhashed.
        var acronymPrints = PrintFilter()
        var everyAcronymSimple = true
        for key in acronymHost.keys {
            if let print = WordInfo.fingerprint(TokenView.lowercase(key)) { acronymPrints.insert(print) } else { everyAcronymSimple = false }
        }
        acronymPrints.seal()
        for (s, view) in views.enumerated() {
            for i in 0..<view.count where !acronymHost.isEmpty && view.isWord(i) {
                if everyAcronymSimple, let print = view.lowerPrint(i), !acronymPrints.contains(print) { continue }
                guard let host = acronymHost[view.text(i)] else { continue }
                if spans[s].contains(where: { $0.start <= i && i < $0.end }) { continue }
                spans[s].append(MentionSpan(sentence: s, start: i, end: i + 1, kind: host.kind, label: host.label,
                                            quality: .short, surfaceForms: [view.text(i)], priority: 0))
            }
            spans[s].sortByStart()
        }
        // 2b. Places introduced with a cue, named alone elsewhere: `Stadt Bogatynia` … `Bogatynia liegt …`.
        propagateCuedPlaceNames(views, &spans)
        // 3. Short legal names: `Muster GmbH` for `Muster Beratung GmbH`.
        // Read through the sentences in place (no flattened copy of every span).
        var orgLabels: [String] = []
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == .organization && spans[s][k].quality > .short {
                orgLabels.append(spans[s][k].label)
            }
        }
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == .organization {
                // Most labels have one word or more than two: told on their bytes, without splitting them into Characters.
                let words: [String]
                if let count = Self.spaceSeparatedWordCount(spans[s][k].label) {
                    if count != 2 { continue }
                    words = Self.simpleWords(spans[s][k].label)
                } else {
                    words = spans[s][k].label.split(separator: " ").map(String.init)
                }
                guard words.count == 2, lexicon.legalForms.contains(RecognitionLexicon.compactKey(words[1])) else { continue }
                let candidates = Set(orgLabels.filter { long in
                    long != spans[s][k].label && long.hasPrefix(words[0] + " ") && long.hasSuffix(" " + words[1])
                })
                if candidates.count == 1, let long = candidates.first {
                    let short = spans[s][k].label
                    spans[s][k].label = long
                    spans[s][k].aliases.append(short)
                    spans[s][k].quality = .full
                }
            }
        }
        // 3a. A name without its legal form: `Messe Leipzig` for the document's `Messe Leipzig GmbH`.
        Self.mergeNamesWithoutLegalForm(&spans, orgLabels, lexicon)
        // 3b. One office of one organisation under two head nouns: `ISA-Sekretariat` and `ISA-Verwaltung`.
        Self.mergeOffices(&spans)
        // 3c. An English name and its German compound translation: `… Investment Promotion Agency` and
        //     `Investitionsförderungsagentur …`.
        mergeTranslatedNames(&spans)
        // 3d. `2. Videokonferenz` and `2. ISA-Videokonferenz` of one document: the same numbered event.
        Self.mergeNumberedEvents(&spans)
        // 3e. `IHK Nürnberg für Mittelfranken` and `Industrie- und Handelskammer Nürnberg für Mittelfranken` of one document.
        Self.mergeChamberAbbreviations(&spans)
        // 3e'. `die IHK` alone for the one chamber of the document written out.
        resolveBareChamberAbbreviations(views, &spans)
        // 3f. `Wirtschaftsförderung der Stadt Dortmund` is also `Wirtschaftsförderung Dortmund`.
        Self.aliasAdministrativeGenitives(&spans)
        // 4. Surnames alone: `Meier sagte …` after `Klaus Meier`.
        var surnameOwners: [String: Set<String>] = [:]
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == .person {
                let label = spans[s][k].label
                // `Li ist …` after `Li Xiaoyan`: an East-Asian family name written first is the name's short form too.
                if let space = label.utf8.firstIndex(of: 0x20), case let first = String(label[..<space]),
                   lexicon.surnames.contains(first), !MentionRecognizer.familyNameExclusions.contains(first),
                   !label[label.index(after: space)...].utf8.contains(0x20) {
                    surnameOwners[first, default: []].insert(label)
                }
                if let surname = Self.lastOfSeveralWords(label) {
                    if let surname { surnameOwners[surname, default: []].insert(label) }
                    continue
                }
                let parts = label.split(separator: " ")
                if parts.count >= 2, let last = parts.last { surnameOwners[String(last), default: []].insert(label) }
            }
        }
        // A token can only be a surname key when its lower-cased text equals a key's lower-cased text; the fingerprints of
        // the keys' lower-cased texts rule most tokens out without building and hashing the title-cased text.
        var surnamePrints = PrintFilter()
        var everySurnameSimple = true
        for key in surnameOwners.keys {
            if let print = WordInfo.fingerprint(TokenView.lowercase(key)) { surnamePrints.insert(print) } else { everySurnameSimple = false }
        }
        surnamePrints.seal()
        for (s, view) in views.enumerated() {
            for i in 0..<view.count where !surnameOwners.isEmpty && view.isCap(i) {
                if everySurnameSimple, let print = view.lowerPrint(i), !surnamePrints.contains(print) { continue }
                let token = view.text(i).titleCasedIfUpper
                guard let owners = surnameOwners[token], owners.count == 1, let full = owners.first else { continue }
                if spans[s].contains(where: { $0.start <= i && i < $0.end }) { continue }
                if view.has(i, WordBit.functionWord) || view.has(i, WordBit.place) { continue }
                // A surname followed by a capitalised word is probably a different name (`Ost Asien`).
                if view.isCap(i + 1) && !view.has(i + 1, WordBit.functionWord) { continue }
                spans[s].append(MentionSpan(sentence: s, start: i, end: i + 1, kind: .person, label: full, quality: .short,
                                            surfaceForms: [view.text(i)], priority: 2))
            }
            spans[s].sortByStart()
        }
        // 4a. A company's first word alone: `Weigel beschäftigt …` after `die Weigel Pumpen GmbH`.
        resolveCompanyShortNames(views, &spans)
        resolveCompanyNamesWithoutLegalForm(views, &spans)
        // 4b. A definite head noun alone refers back to the one organisation of the last three sentences named with
        //     it: `des Handelsministeriums` after `das Handelsministerium der Republik Vietnam`.
        let tables = lexicon.byteTables()
            ?? LexiconByteTables(roleSuffixes: [], orgSuffixes: lexicon.orgSuffixes, eventNouns: [])
        Self.resolveDefiniteHeads(views, &spans, suffixes: tables.longOrgSuffixes, suffixBytes: tables.longOrgSuffixBytes,
                                  memo: lexicon.memoKey == 0 ? nil : LookupMemo.current(lexicon.memoKey))
        // 4c. `das Unternehmen`, `der Verein` for the one company or association just named.
        Self.resolveGenericReferences(views, &spans)
        // 5. Objects of signing verbs are agreements: `unterzeichneten … die Deutsch-Polnische Wasserstoff-Allianz`.
        for (s, view) in views.enumerated() {
            guard (0..<view.count).contains(where: { view.has($0, WordBit.signingVerb) }) else { continue }
            for k in spans[s].indices where spans[s][k].kind == .organization || spans[s][k].kind == .event {
                let span = spans[s][k]
                // Named like a pact (`…-Allianz`, `…abkommen`) and directly after a determiner following the verb.
                let det = view.lower(span.start - 1)
                guard ["die", "den", "das", "eine", "einen", "ein"].contains(det) else { continue }
                // After a preposition it is a party or a beneficiary, never the object: `für die Xinda Group`, `mit der …`.
                if view.isAny(span.start - 2, ["für", "mit", "von", "bei", "zwischen", "gegenüber", "durch", "an", "auf"]) { continue }
                let verbBefore = (0..<span.start).contains { view.has($0, WordBit.signingVerb) }
                let passiveAfter = (span.end..<view.count).contains { view.has($0, WordBit.signingVerb) }
                    && (0..<span.start).contains { ["wurde", "wurden", "ist", "sind"].contains(view.lower($0)) } == false
                guard verbBefore || (passiveAfter && span.start <= 1) else { continue }
                // Verb-second with the party after the verb: `Heute unterzeichnete die Siemens AG ein Abkommen` – an
                // agreement noun after the span is the object, and a name closed by a legal form is a company.
                if verbBefore, (span.end..<view.count).contains(where: { view.isCap($0) && view.has($0, WordBit.agreementHead) }) { continue }
                if (span.start + 1..<span.end).contains(where: { recognizer.legalFormEnd(view, at: $0) == span.end }) { continue }
                // The subject position (before the verb, sentence-initial) is a party, not the agreement.
                if !verbBefore && span.start > 1 { continue }
                if span.aliases.isEmpty, (0..<span.start).contains(where: { view.lower($0) == "und" }) || verbBefore {
                    spans[s][k].kind = .agreement
                }
            }
        }
        // 6. A quoted agreement title that names a named agreement of the document (`„Absichtserklärung über die
        //    Gründung einer Deutsch-Polnischen Energie-Allianz“` and `die Deutsch-Polnische Energie-Allianz`) is that agreement.
        var named: [MentionSpan] = []
        for span in spans.spans(of: .agreement) where span.label.split(separator: " ").count <= 3 { named.append(span) }
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == .agreement && spans[s][k].label.split(separator: " ").count > 3 {
                let title = spans[s][k].label
                guard let target = named.first(where: { n in
                    guard let head = n.label.split(separator: " ").last, head.count >= 6 else { return false }
                    return title.contains(String(head))
                }) else { continue }
                spans[s][k].surfaceForms.append(title)
                spans[s][k].label = target.label
                spans[s][k].quality = target.quality
            }
        }
        var document = DocumentEntities()
        document.memoKey = lexicon.memoKey
        // At most one entity per span (parent bodies and acronym hosts may add a few more).
        var spanCount = acronymHost.count
        for s in spans.indices { spanCount += spans[s].count }
        document.reserveCapacity(spanCount)
        for s in spans.indices {
            for k in spans[s].indices {
                spans[s][k].entity = document.register(spans[s][k])
            }
        }
        // Parent bodies and places named in a genitive attribute of an organisation or event name are entities too.
        for (s, view) in views.enumerated() {
            // Only organisations and events of three or more tokens have nested ones (the others are not copied).
            for k in spans[s].indices where (spans[s][k].kind == .organization || spans[s][k].kind == .event) && spans[s][k].length >= 3 {
                for inner in recognizer.nestedOrganizations(view, in: spans[s][k]) {
                    _ = document.register(MentionSpan(sentence: -1, start: 0, end: 0, kind: .organization, label: inner.label,
                                                      quality: inner.quality, surfaceForms: inner.surfaceForms))
                }
                for place in recognizer.nestedPlaces(view, in: spans[s][k]) {
                    _ = document.register(MentionSpan(sentence: -1, start: 0, end: 0, kind: place.kind, label: place.label,
                                                      quality: place.quality))
                }
            }
        }
        for (acronym, host) in acronymHost.sorted(by: { $0.key < $1.key }) {
            document.acronyms[acronym] = document.register(MentionSpan(sentence: -1, start: 0, end: 0, kind: host.kind,
                                                                       label: host.label, quality: host.quality))
        }
        document.spans = spans
        document.shortNames = shortNames
        return document
    }

    /// True when at least half of the longer words (four letters or more) of `label` are words of `other`, case folded:
    /// `Gesellschaft für Internationale Zusammenarbeit` and `Deutsche Gesellschaft für Internationale Zusammenarbeit`.
    static func sharesMostWords(_ label: String, _ other: String) -> Bool {
        func words(_ text: String) -> [String] {
            text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init).filter { $0.count >= 4 }
        }
        let mine = words(label)
        let theirs = Set(words(other))
        guard !mine.isEmpty else { return false }
        return mine.filter { theirs.contains($0) }.count * 2 >= mine.count
    }

    /// `label.split(separator: " ").count`, counted on the UTF-8 bytes when the label is a ``Swift/String/isSimpleText``
    /// (each `Character` one scalar, so the `" "` Characters are the space bytes); nil for other labels.
    static func spaceSeparatedWordCount(_ label: String) -> Int? {
        var label = label
        return label.withUTF8 { bytes in
            var words = 0
            var inWord = false
            for byte in bytes {
                if byte >= 0xCC || byte == 0x0D { return nil }
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
            }
            return words
        }
    }

    /// `label.split(separator: " ")` of a ``Swift/String/isSimpleText`` label, split on its space bytes.
    static func simpleWords(_ label: String) -> [String] {
        var label = label
        return label.withUTF8 { bytes in
            var words: [String] = []
            var start = -1
            for k in 0...bytes.count {
                if k == bytes.count || bytes[k] == 0x20 {
                    if start >= 0 { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<k]), as: UTF8.self)) }
                    start = -1
                } else if start < 0 {
                    start = k
                }
            }
            return words
        }
    }

    /// For a ``Swift/String/isSimpleText`` label: `.some(last)` with the last of `label.split(separator: " ")` when there
    /// are two or more, `.some(nil)` when there are fewer; nil for other labels (then the caller splits the label).
    static func lastOfSeveralWords(_ label: String) -> String?? {
        var label = label
        return label.withUTF8 { bytes -> String?? in
            var words = 0
            var start = 0
            var end = 0
            var inWord = false
            for k in 0..<bytes.count {
                let byte = bytes[k]
                if byte >= 0xCC || byte == 0x0D { return nil }
                if byte == 0x20 {
                    if inWord { end = k }
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                    start = k
                }
            }
            if inWord { end = bytes.count }
            guard words >= 2 else { return .some(nil) }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }
    }

    /// Words of English organisation names that carry no translated content.
    static let translationQualifiers: Set<String> = ["international", "national", "of", "for", "and", "the", "&", "foreign",
                                                     "general", "federal", "municipal", "chinese", "german", "sino-german",
                                                     "china", "germany"]

    /// Gives a German compound name the English name it translates word by word, when exactly one English name of
    /// the document matches it: every content word of the English name must translate (``RecognitionLexicon/orgNameTranslations``),
    /// at least two of them, and the German compound must be their translations joined in order.
    func mergeTranslatedNames(_ spans: inout [[MentionSpan]]) {
        guard !lexicon.orgNameTranslations.isEmpty else { return }
        var labels: [String] = []
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == .organization && spans[s][k].quality > .short
                && !labels.contains(spans[s][k].label) {
                labels.append(spans[s][k].label)
            }
        }
        var renamed: [String: String] = [:]
        let memo = lexicon.memoKey == 0 ? nil : LookupMemo.current(lexicon.memoKey)
        for english in labels {
            // The memo is read and filled without a closure (one capturing `self` would copy the lexicon every time).
            let translation: [[String]]?
            if let memo {
                let hash = WordTable.hash(english)
                if let known = memo.translationParts.find(english, hash: hash) {
                    translation = known
                } else {
                    translation = translationParts(english)
                    LookupMemo.store(&memo.translationParts, english, hash: hash, translation)
                }
            } else {
                translation = translationParts(english)
            }
            guard let parts = translation else { continue }
            let matches = labels.filter { german in
                german != english && german.split(separator: " ").contains { Self.compound(String($0).fastLowercased, joins: parts) }
            }
            if matches.count == 1, renamed[matches[0]] == nil { renamed[matches[0]] = english }
        }
        guard !renamed.isEmpty else { return }
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == .organization {
                guard let english = renamed[spans[s][k].label] else { continue }
                let german = spans[s][k].label
                spans[s][k].label = english
                if !spans[s][k].aliases.contains(german) { spans[s][k].aliases.append(german) }
            }
        }
    }

    /// The German translations of the content words of the English organisation name `english`, in order; nil when a
    /// word neither translates (``RecognitionLexicon/orgNameTranslations``) nor is a qualifier or a place, or when fewer
    /// than two words translate.
    func translationParts(_ english: String) -> [[String]]? {
        var parts: [[String]] = []
        for word in english.split(separator: " ") {
            let lower = word.lowercased()
            if let german = lexicon.orgNameTranslations[lower] {
                parts.append(german)
            } else if !Self.translationQualifiers.contains(lower) && lexicon.places[String(word)] == nil {
                return nil
            }
        }
        return parts.count >= 2 ? parts : nil
    }

    /// True when `word` is one choice of each of `parts` joined in order (a genitive `-s` may follow).
    static func compound(_ word: String, joins parts: [[String]]) -> Bool {
        func match(_ rest: Substring, _ i: Int) -> Bool {
            if i == parts.count { return rest.isEmpty || rest == "s" || rest == "es" }
            for option in parts[i] where rest.hasPrefix(option) {
                if match(rest.dropFirst(option.count), i + 1) { return true }
            }
            return false
        }
        return match(Substring(word), 0)
    }

    /// Adds spans for definite head nouns (`des Handelsministeriums`, `die Kammer`) that name the first word, or the
    /// organisation suffix (`suffixes`, lower-case, at least six letters, with their bytes) of a word, of exactly one multi-word
    /// organisation of the document, when that organisation was mentioned in the same or one of the three
    /// preceding sentences, or in the first sentence (the heading) of the document.
    static func resolveDefiniteHeads(_ views: [TokenView], _ spans: inout [[MentionSpan]], suffixes: [String],
                                     suffixBytes: SuffixBytes, memo: LookupMemo? = nil) {
        // Per head: the one label filed under it, or nil once a second label is (each label is filed once under each of
        // its distinct heads, so a second filing is a different label).
        var labelsByHead: [String: String?] = [:]
        // A label met again adds nothing (its head words and their sets are the same).
        var seen = SmallStringSet()
        // The labels are read in place (no copy of the spans' strings and arrays).
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == .organization && spans[s][k].quality > .short {
                let label = spans[s][k].label
                guard seen.insert(label) else { continue }
                // The keys depend on the label alone; a simple-text label keeps them in the thread's memo (a dictionary
                // would treat canonically equal labels with different scalars as one, and the scalar count tells them apart).
                let keys: [String]
                if let memo, label.isSimpleText {
                    keys = LookupMemo.lookup(&memo.labelHeads, label) {
                        headKeys(label, suffixes: suffixes, suffixBytes: suffixBytes, memo: memo)
                    }
                } else {
                    keys = headKeys(label, suffixes: suffixes, suffixBytes: suffixBytes, memo: memo)
                }
                for key in keys {
                    if labelsByHead[key] == nil { labelsByHead[key] = .some(label) } else { labelsByHead[key] = .some(nil) }
                }
            }
        }
        guard !labelsByHead.isEmpty else { return }
        // A stem can only be a head when its bytes' fingerprint is a head's (when every head is a simple text, equal
        // strings are equal bytes): most stems are ruled out without hashing them.
        var headPrints = PrintFilter()
        var everyHeadSimple = true
        for head in labelsByHead.keys {
            if let print = WordInfo.fingerprint(head) { headPrints.insert(print) } else { everyHeadSimple = false }
        }
        headPrints.seal()
        let determiners = ["des", "der", "dem", "den", "die", "das"]
        let determinerPrints = determiners.map(WordInfo.fingerprint)
        // The first sentence is a heading when it ends without a full stop, question or exclamation mark.
        let headed = views.first.map { first in
            first.count > 0 && ![".", "!", "?"].contains(where: { first.isPunct(first.count - 1, $0) })
        } ?? false
        for (s, view) in views.enumerated() {
            var added = false
            for i in 1..<max(view.count, 1) where view.isCap(i) && view.lowerIsAny(i - 1, determiners, prints: determinerPrints) {
                if spans[s].contains(where: { $0.start <= i && i < $0.end }) { continue }
                // A following capitalised word makes the head part of a longer name.
                if view.isCap(i + 1) { continue }
                let word = view.text(i)
                let simple = word.isSimpleText
                // Characters are scalars in a simple text, and scalars are counted by their lead bytes.
                let length = simple ? word.simpleCount : word.count
                var head: String? = nil
                for cut in 0...2 where head == nil && length - cut >= 6 {
                    if cut > 0 {
                        let ending = cut == 1 ? "s" : "es"
                        if !(simple ? word.hasSimpleSuffix(ending) : word.hasSuffix(ending)) { continue }
                    }
                    // In a simple text the `s` or `es` cut off are its last `cut` bytes.
                    if everyHeadSimple && simple, let print = Self.fingerprint(word, droppingLastBytes: cut),
                       !headPrints.contains(print) { continue }
                    let stem = cut == 0 ? word : String(word.dropLast(cut))
                    if labelsByHead[stem] != nil { head = stem }
                }
                guard let head, let only = labelsByHead[head], let label = only else { continue }
                let recent = spans[max(0, s - 3)...s].enumerated().contains { offset, sentence in
                    let t = max(0, s - 3) + offset
                    return sentence.contains { $0.label == label && $0.kind == .organization && (t < s || $0.end <= i) }
                }
                // The organisation a document is headed with (its first line) stays its subject throughout.
                let title = s > 0 && headed && spans[0].contains { $0.label == label && $0.kind == .organization }
                guard recent || title else { continue }
                spans[s].append(MentionSpan(sentence: s, start: i, end: i + 1, kind: .organization, label: label,
                                            quality: .short, surfaceForms: [word], priority: 2))
                added = true
            }
            if added { spans[s].sort { $0.start < $1.start } }
        }
    }

    /// ``WordInfo/fingerprint(_:)`` of `word` without its last `cut` UTF-8 bytes (nil when it is no simple text).
    static func fingerprint(_ word: String, droppingLastBytes cut: Int) -> UInt64? {
        var word = word
        return word.withUTF8 { bytes in
            bytes.count < cut ? nil : WordInfo.fingerprint(bytes: UnsafeBufferPointer(rebasing: bytes[0..<(bytes.count - cut)]))
        }
    }

    /// The heads under which ``resolveDefiniteHeads(_:_:suffixes:suffixBytes:memo:)`` files a multi-word organisation
    /// label: its first word (of at least six scalars), then every organisation suffix (`suffixes`) one of its words ends
    /// with, upper-cased, other than the first word; none for a single word or a shorter first word.
    static func headKeys(_ label: String, suffixes: [String], suffixBytes: SuffixBytes, memo: LookupMemo?) -> [String] {
        let words = label.split(separator: " ")
        guard words.count >= 2, words[0].unicodeScalars.count >= 6 else { return [] }
        let first = String(words[0])
        var keys = [first]
        for word in words {
            let text = String(word)
            let found: [String]
            if let memo {
                let hash = WordTable.hash(text)
                if let known = memo.suffixHeads.find(text, hash: hash) {
                    found = known
                } else {
                    found = suffixHeads(text, suffixes: suffixes, suffixBytes: suffixBytes)
                    LookupMemo.store(&memo.suffixHeads, text, hash: hash, found)
                }
            } else {
                found = suffixHeads(text, suffixes: suffixes, suffixBytes: suffixBytes)
            }
            for head in found where head != first && !keys.contains(head) { keys.append(head) }
        }
        return keys
    }

    /// The organisation suffixes (`suffixes`, lower-case, with their bytes) that the lower-cased `word` ends with, each
    /// with its first letter upper-cased, in the order of `suffixes`.
    static func suffixHeads(_ word: String, suffixes: [String], suffixBytes: SuffixBytes) -> [String] {
        var out: [String] = []
        let lower = word.fastLowercased
        let simple = lower.isSimpleText
        let bytes = Array(lower.utf8)
        for k in suffixes.indices {
            let matched = simple && suffixBytes.isSimple(k)
                ? suffixBytes.match(k, bytes, endingLength: 0)?.matched == true
                : lower.hasSuffix(suffixes[k])
            if matched { out.append(suffixes[k].prefix(1).uppercased() + suffixes[k].dropFirst()) }
        }
        return out
    }

    /// Gives a numbered event (`2. Videokonferenz`) the label of the one more specific event of the document with the
    /// same number whose head compound ends in the same noun (`2. ISA-Videokonferenz`).
    static func mergeNumberedEvents(_ spans: inout [[MentionSpan]]) {
        func parts(_ label: String) -> (number: String, head: String)? {
            // A first word ending in `.` before a space needs the bytes `. ` somewhere: most labels are ruled out unsplit.
            var previous: UInt8 = 0
            var numbered = false
            for byte in label.utf8 {
                if previous == 0x2E && byte == 0x20 { numbered = true; break }
                previous = byte
            }
            guard numbered else { return nil }
            let words = label.split(separator: " ")
            guard words.count >= 2, words[0].hasSuffix("."), words[0].dropLast().allSatisfy({ $0.isNumber }) else { return nil }
            let stop = words.firstIndex { ["der", "des", "in", "im", "am", "zum", "zur", "von"].contains($0) } ?? words.count
            guard stop >= 2 else { return nil }
            return (String(words[0]), String(words[stop - 1]).fastLowercased)
        }
        var labels: [String] = []
        for span in spans.spans(of: .event) where !labels.contains(span.label) { labels.append(span.label) }
        var renamed: [String: String] = [:]
        // Each label is taken apart once.
        let parsed = labels.map(parts)
        for (x, short) in labels.enumerated() {
            guard let a = parsed[x] else { continue }
            var longer: [String] = []
            for (y, other) in labels.enumerated() {
                guard other != short, let b = parsed[y], b.number == a.number, b.head != a.head else { continue }
                if b.head.hasSuffix(a.head) && other.count > short.count { longer.append(other) }
            }
            if longer.count == 1 { renamed[short] = longer[0] }
        }
        guard !renamed.isEmpty else { return }
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == .event {
                guard let long = renamed[spans[s][k].label] else { continue }
                spans[s][k].surfaceForms.append(spans[s][k].label)
                spans[s][k].label = long
            }
        }
    }

    /// Chamber abbreviations that open an organisation's name and the words they stand for.
    static let chamberAbbreviations: [(short: String, long: String)] = [
        ("IHK ", "Industrie- und Handelskammer "), ("HWK ", "Handwerkskammer "), ("AHK ", "Auslandshandelskammer "),
    ]

    /// Relabels an organisation named with a chamber abbreviation (`IHK Nürnberg`) with the written-out name the same
    /// document uses (`Industrie- und Handelskammer Nürnberg`, or `Deutsche Auslandshandelskammer …` for `AHK …`); the
    /// short name becomes a surface form. A document that never writes the name out keeps the short one.
    static func mergeChamberAbbreviations(_ spans: inout [[MentionSpan]]) {
        var longLabels: [String] = []
        for s in spans.indices {
            // Every written-out chamber name has `kammer ` in it: one byte scan rules most labels out (by index: no span copied).
            for k in spans[s].indices where spans[s][k].kind == .organization && spans[s][k].label.contains("kammer ") {
                let label = spans[s][k].label
                if chamberAbbreviations.contains(where: { label.contains($0.long) }) && !longLabels.contains(label) {
                    longLabels.append(label)
                }
            }
        }
        guard !longLabels.isEmpty else { return }
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == .organization {
                let label = spans[s][k].label
                // `IHK `, `HWK `, `AHK `: a space as the fourth byte first.
                guard label.utf8.count > 4, label.utf8.dropFirst(3).first == 0x20,
                      let pair = chamberAbbreviations.first(where: { label.hasBytes($0.short, endingAt: 4) }) else { continue }
                let rest = label.dropFirst(pair.short.count)
                // The written-out name ends with the same words: `Industrie- und Handelskammer Nürnberg für Mittelfranken`,
                // `Deutsche Auslandshandelskammer in Shanghai` for `AHK Shanghai`.
                let matches = longLabels.filter { $0.hasSuffix(pair.long + rest) || $0.hasSuffix(pair.long + "in " + rest) }
                guard matches.count == 1 else { continue }
                spans[s][k].surfaceForms.append(label)
                spans[s][k].label = matches[0]
            }
        }
    }

    /// Head nouns that name the administrative office of the organisation in a compound's first part, most
    /// specific first (the first one the document uses becomes the label).
    static let officeHeads = ["Generalsekretariat", "Sekretariat", "Geschäftsstelle", "Verwaltung"]

    /// The UTF-8 bytes of ``officeHeads``, each preceded by `-`.
    static let officeHeadSuffixes: [[UInt8]] = officeHeads.map { Array(("-" + $0).utf8) }

    /// False when `label` cannot be `PREFIX-HEAD` with a head of ``officeHeads``: it has a space byte, or its bytes do not
    /// end in `-` and one of the heads. (`lastIndex(of: "-")` finds a `-` Character; a label with a scalar that could join
    /// the `-` or the head's last letter into another Character is let through to the exact test.)
    static func mayBeOffice(_ label: String) -> Bool {
        if !label.isSimpleText { return true }
        var label = label
        return label.withUTF8 { bytes in
            if bytes.contains(0x20) { return false }
            for suffix in officeHeadSuffixes where bytes.count >= suffix.count {
                var k = 0
                let offset = bytes.count - suffix.count
                while k < suffix.count && bytes[offset + k] == suffix[k] { k += 1 }
                if k == suffix.count { return true }
            }
            return false
        }
    }

    /// Relabels `PREFIX-Sekretariat`, `PREFIX-Geschäftsstelle` and `PREFIX-Verwaltung` of one document as one
    /// organisation (the office of the `PREFIX` organisation), named by the most specific head; the other names
    /// become aliases so that other documents using them join the same entity.
    static func mergeOffices(_ spans: inout [[MentionSpan]]) {
        func split(_ label: String) -> (prefix: String, head: Int)? {
            // Most labels have no hyphen or a space, or end in no office head: ruled out on their bytes first.
            guard mayBeOffice(label) else { return nil }
            guard let dash = label.lastIndex(of: "-"), !label.contains(" ") else { return nil }
            let prefix = String(label[..<dash])
            let head = String(label[label.index(after: dash)...])
            guard prefix.count >= 2, let rank = officeHeads.firstIndex(of: head) else { return nil }
            return (prefix, rank)
        }
        var byPrefix: [String: Set<Int>] = [:]
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == .organization {
                if let (prefix, rank) = split(spans[s][k].label) { byPrefix[prefix, default: []].insert(rank) }
            }
        }
        for (prefix, ranks) in byPrefix where ranks.count > 1 {
            let best = ranks.min()!
            let label = prefix + "-" + officeHeads[best]
            let others = ranks.sorted().filter { $0 != best }.map { prefix + "-" + officeHeads[$0] }
            for s in spans.indices {
                for k in spans[s].indices where spans[s][k].kind == .organization {
                    guard let (p, _) = split(spans[s][k].label), p == prefix else { continue }
                    if spans[s][k].label != label { spans[s][k].surfaceForms.append(spans[s][k].label) }
                    spans[s][k].label = label
                    for other in others where !spans[s][k].aliases.contains(other) { spans[s][k].aliases.append(other) }
                }
            }
        }
    }
}

extension Coreference {
    /// Joins an organisation named without its legal form to the one name of the document that adds only a legal form
    /// (`Messe Leipzig` and `Messe Leipzig GmbH`, `Hunan Greenvolt Technology` and `Hunan Greenvolt Technology Co., Ltd.`).
    static func mergeNamesWithoutLegalForm(_ spans: inout [[MentionSpan]], _ orgLabels: [String], _ lexicon: RecognitionLexicon) {
        guard orgLabels.count >= 2 else { return }
        var longNames = LongNames()
        // The answer depends on the label alone: a simple-text label keeps it in the thread's memo (by its bytes).
        let memo = lexicon.memoKey == 0 ? nil : LookupMemo.current(lexicon.memoKey)
        // A label met again changes nothing (its short form is filed under it already).
        var seen = SmallStringSet()
        for long in orgLabels {
            guard seen.insert(long) else { continue }
            let found: String?
            if let memo, long.isSimpleText {
                // Read and filled without a closure (one capturing the lexicon would copy it every time).
                let hash = WordTable.hash(long)
                if let known = memo.withoutLegalForms.find(long, hash: hash) {
                    found = known
                } else {
                    found = withoutLegalForm(long, lexicon)
                    LookupMemo.store(&memo.withoutLegalForms, long, hash: hash, found)
                }
            } else {
                found = withoutLegalForm(long, lexicon)
            }
            guard let short = found else { continue }
            longNames.note(short: short, long: long)
        }
        longNames.relabel(&spans, kind: .organization, keepingSurfaceForm: false)
    }

    /// The name before a closing legal form of one to four words (`GmbH`, `Co., Ltd.`), or nil.
    static func withoutLegalForm(_ label: String, _ lexicon: RecognitionLexicon) -> String? {
        guard label.utf8.contains(0x20) else { return nil }
        return label.isSimpleText ? simpleWithoutLegalForm(label, lexicon) : splitWithoutLegalForm(label, lexicon)
    }

    /// ``withoutLegalForm(_:_:)`` on the label's `Character`s (any label with a space).
    static func splitWithoutLegalForm(_ label: String, _ lexicon: RecognitionLexicon) -> String? {
        let words = label.split(separator: " ")
        guard words.count >= 2 else { return nil }
        for length in stride(from: min(4, words.count - 1), through: 1, by: -1) {
            let tail = words[(words.count - length)...].joined(separator: " ")
            guard lexicon.legalForms.contains(RecognitionLexicon.compactKey(tail)) else { continue }
            var head = words[..<(words.count - length)].joined(separator: " ")
            if head.hasSuffix(",") { head.removeLast() }
            return head.isEmpty ? nil : head
        }
        return nil
    }

    /// ``withoutLegalForm(_:_:)`` of a ``Swift/String/isSimpleText`` label, on its UTF-8 bytes: the words are the runs
    /// between space bytes (each `Character` is one scalar, so the `" "` Characters are the space bytes), a tail's compact
    /// key is its words' bytes without `.` and U+00A0 (``RecognitionLexicon/compactKey(_:)`` of the words joined with
    /// spaces), and the head is its words joined with one space, without a closing `,` byte.
    static func simpleWithoutLegalForm(_ label: String, _ lexicon: RecognitionLexicon) -> String? {
        var label = label
        return label.withUTF8 { bytes -> String? in
            // The words' byte ranges (at most a label's worth; labels are short).
            var starts: [Int] = []
            var ends: [Int] = []
            var k = 0
            let n = bytes.count
            while k < n {
                if bytes[k] == 0x20 { k += 1; continue }
                starts.append(k)
                while k < n && bytes[k] != 0x20 { k += 1 }
                ends.append(k)
            }
            let count = starts.count
            guard count >= 2 else { return nil }
            var key: [UInt8] = []
            key.reserveCapacity(n)
            for length in stride(from: min(4, count - 1), through: 1, by: -1) {
                key.removeAll(keepingCapacity: true)
                for w in (count - length)..<count {
                    var b = starts[w]
                    while b < ends[w] {
                        let byte = bytes[b]
                        if byte == 0x2E {
                            b += 1
                        } else if byte == 0xC2 && b + 1 < ends[w] && bytes[b + 1] == 0xA0 {
                            b += 2
                        } else {
                            key.append(byte)
                            b += 1
                        }
                    }
                }
                guard lexicon.legalForms.contains(String(decoding: key, as: UTF8.self)) else { continue }
                var head: [UInt8] = []
                head.reserveCapacity(n)
                for w in 0..<(count - length) {
                    if w > 0 { head.append(0x20) }
                    head.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[starts[w]..<ends[w]]))
                }
                if head.last == 0x2C { head.removeLast() }
                return head.isEmpty ? nil : String(decoding: head, as: UTF8.self)
            }
            return nil
        }
    }
}

extension Coreference {
    /// The index of the acronym a name ending at `end` is given: `NAME (ACR)`, `NAME (kurz: ACR)`, `NAME (kurz ACR)`,
    /// `NAME, kurz ACR,` and `NAME – kurz ACR –` (the apposition closed by punctuation or the end of the sentence); nil
    /// when none follows.
    static func acronymIndex(_ view: TokenView, after end: Int) -> Int? {
        if view.isPunct(end, "(") {
            if view.isPunct(end + 2, ")") { return end + 1 }
            // `(kurz: ACR)`, `(kurz ACR)`.
            guard view.isAny(end + 1, ["kurz"]) else { return nil }
            let a = view.isPunct(end + 2, ":") ? end + 3 : end + 2
            return view.isPunct(a + 1, ")") ? a : nil
        }
        // `, kurz ACR,` and `– kurz ACR –`: the same punctuation (or the sentence's end) closes the apposition.
        guard view.isPunct(end, ",") || view.isDash(end), view.isAny(end + 1, ["kurz"]) else { return nil }
        let a = end + 2
        let closes = a + 1 >= view.count || view.isPunct(a + 1, ",") || view.isPunct(a + 1, ".") || view.isDash(a + 1)
        return closes ? a : nil
    }
}

/// Long names of one document by their short form (`Messe Leipzig` → `Messe Leipzig GmbH`, `Emmerich` → `Emmerich am
/// Rhein`), to relabel the mentions that use the short form; a short form two long names claim is left alone.
struct LongNames {
    private var longByShort: [String: String] = [:]
    private var ambiguous: Set<String> = []

    /// Records that `short` stands for `long`.
    mutating func note(short: String, long: String) {
        if let known = longByShort[short] {
            if known != long { ambiguous.insert(short) }
        } else {
            longByShort[short] = long
        }
    }

    /// Relabels every mention of `kind` labelled with a short form: the long name becomes its label (quality full), the
    /// short one an alias, and with `keepingSurfaceForm` a surface form too.
    func relabel(_ spans: inout [[MentionSpan]], kind: EntityKind, keepingSurfaceForm: Bool) {
        guard !longByShort.isEmpty else { return }
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == kind {
                let short = spans[s][k].label
                guard let long = longByShort[short], !ambiguous.contains(short) else { continue }
                spans[s][k].label = long
                if keepingSurfaceForm && !spans[s][k].surfaceForms.contains(short) { spans[s][k].surfaceForms.append(short) }
                if !spans[s][k].aliases.contains(short) { spans[s][k].aliases.append(short) }
                spans[s][k].quality = .full
            }
        }
    }
}
