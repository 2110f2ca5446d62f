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
        var longNames = LongNames()
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
                longNames.note(short: short, long: long)
            }
        }
        // The town named alone elsewhere in the document: the whole name, the short one as a surface form.
        longNames.relabel(&spans, kind: .city, keepingSurfaceForm: true)
    }

    /// The end of a town qualifier starting at token `i`, or nil.
    func townQualifierEnd(_ view: TokenView, after i: Int) -> Int? {
        guard i < view.count else { return nil }
        // `(Saale)`, glued to the name or after a space.
        if view.isPunct(i, "(") {
            return view.isPunct(i + 2, ")") && lexicon.townQualifierWords.contains(view.text(i + 1)) ? i + 3 : nil
        }
        // Every other qualifier opens with a lower-case word of at most three letters: most tokens are ruled out here.
        guard view.isWord(i), !view.isCap(i), view.tokens[i].text.utf8.count <= 3 else { return nil }
        switch view.lower(i) {
        case "am", "im":
            // `am Rhein`, `im Breisgau`.
            return lexicon.townQualifierWords.contains(view.text(i + 1)) ? i + 2 : nil
        case "an", "in", "ob", "vor", "auf":
            // `an der Ruhr`, `in der Oberpfalz`, `ob der Tauber`, `vor der Höhe`.
            return view.isAny(i + 1, ["der"]) && lexicon.townQualifierWords.contains(view.text(i + 2)) ? i + 3 : nil
        default:
            break
        }
        // `a. M.`, `i. OB`, `v. d. Höhe`, `a. d. Donau`: an abbreviation opened by a one-letter lower-case word.
        guard view.tokens[i].text.utf8.count <= 2, view.isPunct(i + 1, ".") || view.text(i).utf8.last == 0x2E else { return nil }
        var best: Int? = nil
        var j = i + 1
        while j <= min(view.count, i + 7) {
            if lexicon.townQualifierAbbreviations.contains(view.join(i, j)) { best = j }
            j += 1
        }
        return best
    }
}
