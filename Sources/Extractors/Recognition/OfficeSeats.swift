import GraphCore

extension Coreference {
    /// Consulates, embassies, representations and chambers abroad are named with the place written right after them
    /// (`das Generalkonsulat der Volksrepublik China in Düsseldorf`, `die Repräsentanz des Freistaats Sachsen in
    /// Shenyang`): one country or state keeps several such offices, and only the place tells them apart. The name
    /// without the place becomes an alias, and names the same office elsewhere in the document; another document
    /// naming it without a place joins it only while it is the one office with that short name.
    ///
    /// The place keeps its own mention (the office's seat is still stated); the heads come from `seated_offices.tsv`.
    func attachOfficeSeats(_ views: [TokenView], _ spans: inout [[MentionSpan]]) {
        guard !lexicon.seatedOfficeHeads.isEmpty else { return }
        var longNames = LongNames()
        for s in spans.indices where s < views.count {
            let view = views[s]
            for k in spans[s].indices where spans[s][k].kind == .organization {
                // Most organisations are not followed by `in` and a place mention: ruled out before the label is read.
                let end = spans[s][k].end
                guard view.isAny(end, ["in"]), let p = spans[s].firstIndex(where: { $0.start == end + 1 }),
                      spans[s][p].kind == .city || spans[s][p].kind == .country || spans[s][p].kind == .administrativeArea,
                      isSeatedOffice(spans[s][k].label) else { continue }
                let short = spans[s][k].label
                let long = short + " in " + spans[s][p].label
                spans[s][k].label = long
                spans[s][k].quality = .full
                if !spans[s][k].aliases.contains(short) { spans[s][k].aliases.append(short) }
                longNames.note(short: short, long: long)
            }
        }
        longNames.relabel(&spans, kind: .organization, keepingSurfaceForm: true)
    }

    /// True when `label` names an office of ``RecognitionLexicon/seatedOfficeHeads`` for someone: its first word, or its
    /// second after an adjective (`Chinesische Botschaft`), is the office noun, and more words follow or precede it.
    func isSeatedOffice(_ label: String) -> Bool {
        let words = label.split(separator: " ", maxSplits: 2)
        guard words.count >= 2 else { return false }
        let candidates = words[0].last == "e" || words[0].hasSuffix("en") || words[0].hasSuffix("es") ? [words[0], words[1]] : [words[0]]
        for word in candidates {
            let lower = TokenView.lowercase(String(word))
            if lexicon.seatedOfficeHeads.contains(where: { lower.hasSuffix($0) }) { return true }
        }
        return false
    }
}
