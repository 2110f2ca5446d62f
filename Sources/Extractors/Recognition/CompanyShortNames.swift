import GraphCore

extension Coreference {
    /// Word classes that keep the first word of a company's name from standing for the company on its own: function
    /// words, places, given names, titles, roles, cue and head nouns, adjectives and the starts of known organisations.
    static let notAShortNameBits: UInt64 = WordBit.functionWord | WordBit.place | WordBit.genitivePlace | WordBit.givenName
        | WordBit.givenLead | WordBit.title | WordBit.role | WordBit.orgHead | WordBit.orgWord | WordBit.placeCue
        | WordBit.eventHead | WordBit.adjective | WordBit.agreementHead | WordBit.knownOrganizationStart | WordBit.mediaCue

    /// The first word of a company's name (a name closed by a legal form) stands for the company on its own later in the
    /// document: „Die Weigel Pumpen GmbH baut in Ulm. Weigel beschäftigt dort 80 Menschen.“
    ///
    /// The word must be a capitalised name of at least three letters that is no function word, place (nor a place's
    /// `-er` adjective, as in `Stuttgarter Bank AG`), given name, title, role, cue or head noun, and the name must go on
    /// after it; after a city or province that opens a Chinese company's name, the second word is the short name; a subsidiary's name with a place in parentheses claims none. A name that joins another company's first word (`Weigel Sanli Pumps Co., Ltd.`, a joint venture of
    /// `Weigel` and `Sanli`) claims no short name; a word that opens two companies' names stands for neither. A token that
    /// another span covers keeps that reading (a person `Bosch` after `Anna Bosch`), except a one-token organisation span
    /// of the same text; a token followed by another capitalised word is a different name, one after an article a common noun.
    func resolveCompanyShortNames(_ views: [TokenView], _ spans: inout [[MentionSpan]]) {
        // The companies, by the first token of a full mention: (first word, label, second word).
        var found: [(key: String, label: String, next: String)] = []
        for s in spans.indices where s < views.count {
            let view = views[s]
            for k in spans[s].indices where spans[s][k].kind == .organization && spans[s][k].quality > .short
                && spans[s][k].length >= 2 {
                var start = spans[s][k].start
                // A Chinese company's name opened by its city or province: `Ningbo Xinrui Technology Co., Ltd.` is `Xinrui`.
                if view.has(start, WordBit.place), !view.has(start, WordBit.functionWord), start + 2 < spans[s][k].end,
                   view.isCap(start + 2), !view.has(start + 2, WordBit.legalStart), Self.endsWithLegalForm(spans[s][k].label) {
                    start += 1
                }
                guard view.isCap(start), view.isWord(start), !view.isUpper(start), view.isCap(start + 1),
                      !view.has(start, Self.notAShortNameBits),
                      Self.endsWithLegalForm(spans[s][k].label) else { continue }
                let key = view.text(start)
                // A subsidiary named after its parent with a place in parentheses (`Hengtai Machinery (Deutschland) GmbH`)
                // leaves the short name to the parent.
                guard !spans[s][k].label.utf8.contains(0x28) else { continue }
                guard key.utf8.count >= 3, spans[s][k].label.hasPrefix(key) || start > spans[s][k].start, !isPlaceAdjective(key),
                      !found.contains(where: { $0.key == key && $0.label == spans[s][k].label }) else { continue }
                found.append((key, spans[s][k].label, view.text(start + 1)))
            }
        }
        guard !found.isEmpty else { return }
        // One label per key; a joint venture's name (its second word another company's key) claims none.
        var owners: [(key: String, label: String?)] = []
        for company in found where !found.contains(where: { $0.key == company.next && $0.label != company.label }) {
            if let o = owners.firstIndex(where: { $0.key == company.key }) {
                if owners[o].label != company.label { owners[o].label = nil }
            } else {
                owners.append((company.key, company.label))
            }
        }
        owners.removeAll { $0.label == nil }
        guard !owners.isEmpty else { return }
        guard let prints = PrintFilter.lowercased(owners.lazy.map(\.key)) else { return }
        for s in spans.indices where s < views.count {
            let view = views[s]
            var added = false
            for i in 0..<view.count where view.isCap(i) {
                guard let print = view.lowerPrint(i), prints.contains(print),
                      let owner = owners.first(where: { $0.key == view.text(i) }), let label = owner.label else { continue }
                if view.isCap(i + 1) && !view.has(i + 1, WordBit.functionWord) { continue }
                // After an article the word is a common noun (`Die Feder im Hafen` beside `Feder Software GmbH`).
                if i > 0, view.has(i - 1, WordBit.functionWord), view.isAny(i - 1, Self.articles) { continue }
                if let k = spans[s].firstIndex(where: { $0.start <= i && i < $0.end }) {
                    // The recogniser's one-word organisation of the same text: the company.
                    guard spans[s][k].kind == .organization, spans[s][k].length == 1, spans[s][k].label == owner.key else { continue }
                    spans[s][k].surfaceForms.append(owner.key)
                    spans[s][k].label = label
                    spans[s][k].quality = .short
                    continue
                }
                spans[s].append(MentionSpan(sentence: s, start: i, end: i + 1, kind: .organization, label: label,
                                            quality: .short, surfaceForms: [owner.key], priority: 2))
                added = true
            }
            if added { spans[s].sortByStart() }
        }
    }

    /// Articles and article contractions (lower-case) before a common noun.
    static let articles: Set<String> = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
                                        "eines", "vom", "zum", "zur", "beim", "im", "am", "ins"]

    /// True when `word` is a place's `-er` adjective (`Stuttgarter`, `Nürnberger`).
    func isPlaceAdjective(_ word: String) -> Bool {
        guard word.hasSuffix("er"), word.utf8.count > 4 else { return false }
        return lexicon.places[String(word.dropLast(2))] != nil
    }

    /// True when the last word of `label` is a legal form or company word (``companyNameEnds``, ASCII case folded).
    static func endsWithLegalForm(_ label: String) -> Bool {
        let bytes = label.utf8
        let start = bytes.lastIndex(of: 0x20).map { bytes.index(after: $0) } ?? bytes.startIndex
        let last = bytes[start...]
        guard !last.isEmpty, last.count <= 11, start != bytes.startIndex else { return false }
        return companyNameEnds.contains(String(decoding: last.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self))
    }
}
