import GraphCore

extension MentionRecognizer {
    /// An upper-case acronym followed by a district named with its cue word: `WFG Kreis Borken`, `VHS Landkreis Cham`,
    /// `WFG Rhein-Kreis Neuss`. The acronym alone names no district, so the whole phrase is the organisation.
    func acronymDistrictNames(_ view: TokenView, sentence: Int) -> [MentionSpan] {
        var out: [MentionSpan] = []
        for i in 0..<view.count where view.isUpper(i) {
            let cue = i + 1
            guard view.isCap(cue), Self.districtCues.contains(view.text(cue)), view.tokens[cue].spaceBefore else { continue }
            let text = view.text(i)
            guard (2...6).contains(text.utf8.count), lexicon.places[text] == nil, !lexicon.isFunctionWord(text) else { continue }
            guard let placeEnd = placeNameEnd(view, at: cue + 1), lexicon.places[view.join(cue + 1, placeEnd)] != nil else { continue }
            let label = view.join(i, placeEnd)
            out.append(MentionSpan(sentence: sentence, start: i, end: placeEnd, kind: .organization, label: label, quality: .full,
                                   priority: 0))
        }
        return out
    }
}
