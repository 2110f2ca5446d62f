import GraphCore

extension Coreference {
    /// Towns written with the qualifier of their official name – a river, landscape or lake after `am`, `im`, `an der`,
    /// `in der`, `ob der`, `vor der`, `auf der` (`Emmerich am Rhein`, `Freiburg im Breisgau`, `Rothenburg ob der Tauber`),
    /// in parentheses (`Halle (Saale)`) or abbreviated (`Frankfurt a. M.`, `Weilheim i. OB`, `Bad Homburg v. d. Höhe`) –
    /// are named by the whole name as written; the short name becomes an alias, so that other documents naming the
    /// town without its qualifier join the same entity. In the same document, the town named alone takes the whole name.
    ///
    /// The qualifiers come from `town_qualifiers.tsv`; `am Montag` or `im Rathaus` after a town qualify nothing.
    func attachTownQualifiers(_ views: [TokenView], _ spans: inout [[MentionSpan]]) {
        // Most sentences name no town followed by `am`, `an`, `im`, `in`, `ob`, `vor`, `auf`, `(` or a one-letter
        // abbreviation: found by index, without copying a span.
        var longByShort: [String: String] = [:]
        var ambiguous: Set<String> = []
        for s in spans.indices where s < views.count {
            let view = views[s]
            var k = 0
            while k < spans[s].count {
                defer { k += 1 }
                guard spans[s][k].kind == .city, let end = townQualifierEnd(view, after: spans[s][k].end) else { continue }
                let short = spans[s][k].label
                // The label (without a cue such as `Stadt` the span may hold) and the qualifier as written.
                let qualifierStart = spans[s][k].end
                let long = short + (view.tokens[qualifierStart].spaceBefore ? " " : "") + view.join(qualifierStart, end)
                guard long != short else { continue }
                // A mention inside the qualifier (`Saale`, `Main` as a place of its own) is part of the town's name.
                let removed = spans[s].indices.filter { $0 != k && spans[s][$0].start >= spans[s][k].end && spans[s][$0].end <= end }
                for r in removed.reversed() {
                    spans[s].remove(at: r)
                    if r < k { k -= 1 }
                }
                spans[s][k].end = end
                spans[s][k].label = long
                spans[s][k].quality = .full
                if !spans[s][k].aliases.contains(short) { spans[s][k].aliases.append(short) }
                if let known = longByShort[short], known != long { ambiguous.insert(short) } else { longByShort[short] = long }
            }
        }
        guard !longByShort.isEmpty else { return }
        // The town named alone elsewhere in the document: the whole name, the short one as a surface form.
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == .city {
                let short = spans[s][k].label
                guard let long = longByShort[short], !ambiguous.contains(short) else { continue }
                spans[s][k].label = long
                if !spans[s][k].surfaceForms.contains(short) { spans[s][k].surfaceForms.append(short) }
                if !spans[s][k].aliases.contains(short) { spans[s][k].aliases.append(short) }
            }
        }
    }

    /// The end of a town qualifier starting at token `i`, or nil.
    func townQualifierEnd(_ view: TokenView, after i: Int) -> Int? {
        guard i < view.count else { return nil }
        let words = lexicon.townQualifierWords
        // `am Rhein`, `im Breisgau`.
        if view.isAny(i, ["am", "im"]), words.contains(view.text(i + 1)) { return i + 2 }
        // `an der Ruhr`, `in der Oberpfalz`, `ob der Tauber`, `vor der Höhe`, `auf der Höhe`.
        if view.isAny(i, ["an", "in", "ob", "vor", "auf"]), view.isAny(i + 1, ["der"]), words.contains(view.text(i + 2)) { return i + 3 }
        // `(Saale)`, glued to the name or after a space.
        if view.isPunct(i, "("), view.isPunct(i + 2, ")"), words.contains(view.text(i + 1)) { return i + 3 }
        // `a. M.`, `i. OB`, `v. d. Höhe`, `a. d. Donau`: an abbreviation opened by a one-letter lower-case word.
        guard view.isWord(i), !view.isCap(i), view.text(i).utf8.count <= 2 else { return nil }
        var best: Int? = nil
        var j = i + 1
        while j <= min(view.count, i + 7) {
            if lexicon.townQualifierAbbreviations.contains(view.join(i, j)) { best = j }
            j += 1
        }
        return best
    }
}
