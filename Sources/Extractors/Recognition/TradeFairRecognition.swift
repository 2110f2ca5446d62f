import GraphCore

extension MentionRecognizer {
    /// Trade fairs named by their brand as written (`trade_fairs.tsv`: `bauma`, `electronica`, `transport logistic`),
    /// with a region after it that is part of the name (`bauma China`, `electronica India`, `analytica Vietnam`) and a year.
    /// The label is the name as written, with the year of the edition (`bauma China 2026`); brand and region alone
    /// (`bauma China`) are an alias, which names the same edition elsewhere in the document.
    func tradeFairs(_ view: TokenView, sentence: Int) -> [MentionSpan] {
        guard !lexicon.tradeFairs.isEmpty else { return [] }
        var out: [MentionSpan] = []
        var i = 0
        while i < view.count {
            guard view.has(i, WordBit.tradeFairStart), view.isWord(i), let entries = lexicon.tradeFairs[view.text(i)] else { i += 1; continue }
            // The longest brand at `i`, token by token as written.
            var brandEnd: Int? = nil
            for words in entries where i + words.count <= view.count {
                if words.indices.allSatisfy({ view.text(i + $0) == words[$0] }), i + words.count > (brandEnd ?? 0) {
                    brandEnd = i + words.count
                }
            }
            // A brand that continues a compound (`bauma-Stand`) or opens a hyphenated word is no fair's name.
            guard var end = brandEnd, !(view.isDash(end) && !view.tokens[end].spaceBefore) else { i += 1; continue }
            // A region that names the fair's edition: a country, a city or a region (`China`, `Shanghai`, `Asia`).
            if view.isCap(end), view.tokens[end].spaceBefore, let placeEnd = placeNameEnd(view, at: end),
               lexicon.places[view.join(end, placeEnd)] != nil {
                end = placeEnd
            } else if view.isAny(end, ["asia", "africa", "south", "middle"]), view.isCap(end) {
                end += 1
            }
            let label = view.join(i, end)
            var spanEnd = end
            // The year of the edition: `bauma China 2026`.
            if spanEnd < view.count, view.tokens[spanEnd].kind == .number, view.text(spanEnd).utf8.count == 4,
               let year = Int(view.text(spanEnd)), (1950...2099).contains(year) {
                spanEnd += 1
            }
            let named = view.join(i, spanEnd)
            var span = MentionSpan(sentence: sentence, start: i, end: spanEnd, kind: .event, label: named, quality: .full,
                                   priority: -1)
            if named != label { span.aliases.append(label) }
            out.append(span)
            i = spanEnd
        }
        return out
    }
}
