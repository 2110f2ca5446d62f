import GraphCore

extension MentionRecognizer {
    /// Media cue words after which a name is a broadcaster, newspaper or agency: `dem Fernsehsender ntv`,
    /// `der Nachrichtenagentur Xinhua`, `der Zeitung „Global Times“`.
    static let mediaCues: Set<String> = [
        "Fernsehsender", "Nachrichtensender", "Radiosender", "Rundfunksender", "Sender", "Fernsehkanal",
        "Zeitung", "Tageszeitung", "Wochenzeitung", "Wirtschaftszeitung", "Zeitschrift", "Fachzeitschrift", "Magazin",
        "Nachrichtenmagazin", "Wirtschaftsmagazin", "Nachrichtenagentur", "Presseagentur", "Nachrichtenportal", "Onlineportal",
        "Online-Portal", "Tageblatt", "Fernsehsenders", "Nachrichtensenders", "Senders", "Magazins", "Nachrichtenmagazins",
    ]

    /// Well-known organisations named without a cue word (`die EU`, `des Internationalen Währungsfonds`), from
    /// `known_organizations.tsv`, and media named after a media cue word (`Fernsehsender ntv`).
    func knownOrganizations(_ view: TokenView, sentence: Int) -> [MentionSpan] {
        var out: [MentionSpan] = []
        var i = 0
        while i < view.count {
            if let span = knownOrganization(view, at: i, sentence: sentence) ?? mediaOutlet(view, at: i, sentence: sentence) {
                out.append(span)
                i = span.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// The longest form of a known organisation starting at `i`.
    func knownOrganization(_ view: TokenView, at i: Int, sentence: Int) -> MentionSpan? {
        guard !lexicon.knownOrganizations.isEmpty, view.isWord(i), view.has(i, WordBit.knownOrganizationStart) else { return nil }
        var key = ""
        var best: (end: Int, entry: KnownOrganization)? = nil
        var j = i
        while j < view.count && j < i + lexicon.knownOrganizationMaxTokens + 2 {
            if j > i { key += view.tokens[j].spaceBefore ? " " : "" }
            key += view.text(j)
            if !lexicon.mayBeKnownOrganizationPrefix(key) { break }
            if let entry = lexicon.knownOrganizations[key] { best = (j + 1, entry) }
            j += 1
        }
        guard let (end, entry) = best else { return nil }
        // A compound continues the word (`EU-Kommission` is one token anyway); a hyphen right after means a compound
        // that the tokenizer split (`EU -Gipfel`): not the organisation itself.
        if view.isDash(end) && !view.tokens[end].spaceBefore { return nil }
        let surface = view.join(i, end)
        // An official variant written out in full (`Germany Trade and Invest` for `Germany Trade & Invest`) names the
        // organisation as the text writes it; the lexicon's name joins as an alias.
        if surface != entry.label, surface.utf8.contains(0x20), entry.aliases.contains(surface) {
            return MentionSpan(sentence: sentence, start: i, end: end, kind: .organization, label: surface, quality: .full,
                               aliases: [entry.label] + entry.aliases.filter { $0 != surface }, priority: -1)
        }
        // Before a cue-headed reading of the same tokens (`EU-Kammer` is the `Europäische Handelskammer in China`).
        return MentionSpan(sentence: sentence, start: i, end: end, kind: .organization, label: entry.label, quality: .full,
                           aliases: entry.aliases, surfaceForms: surface == entry.label ? [] : [surface], priority: -1)
    }

    /// A broadcaster, newspaper or agency named after a media cue: `Fernsehsender ntv` → `ntv`.
    func mediaOutlet(_ view: TokenView, at i: Int, sentence: Int) -> MentionSpan? {
        guard view.isCap(i), view.has(i, WordBit.mediaCue) else { return nil }
        let n = i + 1
        // Quoted title: `Zeitung „Global Times“`.
        if view.isOpenQuote(n) {
            var j = n + 1
            while j < view.count && !view.isCloseQuote(j) && j < n + 8 { j += 1 }
            guard view.isCloseQuote(j), j > n + 1, view.isCap(n + 1) || view.isUpper(n + 1) else { return nil }
            let name = view.join(n + 1, j)
            return MentionSpan(sentence: sentence, start: i, end: j + 1, kind: .organization, label: name, quality: .full,
                               surfaceForms: [view.join(i, j + 1)], priority: -1)
        }
        guard view.isWord(n), view.tokens[n].spaceBefore, !view.has(n, WordBit.functionWord) else { return nil }
        let text = view.text(n)
        var end = n
        if view.isCap(n) {
            // One to three capitalised name words, no place in the genitive (`Zeitung Chinas`), no role.
            if genitiveBase(text) != nil || isRoleWord(view, n) { return nil }
            if let place = lexicon.places[text], place.kind != .city { return nil }
            while end < view.count && end < n + 3 && view.isCap(end) && !view.has(end, WordBit.functionWord)
                    && !isRoleWord(view, end) && (end == n || view.tokens[end].spaceBefore) {
                end += 1
            }
        } else {
            // A lower-case brand: short (`ntv`, `taz`) or hyphenated (`n-tv`), letters only.
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            let hyphenated = text.contains("-")
            guard letters >= 2, letters <= 4 || hyphenated, letters <= 8,
                  text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) else { return nil }
            end = n + 1
        }
        guard end > n else { return nil }
        let name = view.join(n, end)
        // Priority over the cue-headed organisation of the same tokens (`Nachrichtenagentur Xinhua` is `Xinhua`).
        return MentionSpan(sentence: sentence, start: i, end: end, kind: .organization, label: name, quality: .full,
                           surfaceForms: [view.join(i, end)], priority: -1)
    }
}
