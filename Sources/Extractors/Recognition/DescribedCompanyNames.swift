import GraphCore

extension MentionRecognizer {
    /// Companies named right after a noun that describes them, without a legal form or a head: `der Zulieferer Hensch
    /// Hydraulik`, `der Baumaschinenhersteller Taihang Heavy Industry`, `der Firma Meikang Medical` (the noun, after an article
    /// and at most one attribute, is not part of the name). Two or three name words closed by a lower-case word or by
    /// punctuation; no word a place, a given name, a month or a role, so that `der Hersteller Ende März` names nothing.
    func describedCompanies(_ view: TokenView, sentence: Int) -> [MentionSpan] {
        var out: [MentionSpan] = []
        var i = 1
        while i + 2 < view.count {
            // Cheap position tests first: an article (or an article and one attribute) before a capitalised noun followed
            // by a capitalised word.
            // Three capitalised tokens in a row: when the third is not, no start at `i`, `i + 1` or `i + 2` can succeed.
            guard view.isCap(i + 2) else { i += 3; continue }
            // Two name words after the noun (bit tests), then the article, then the noun's suffixes.
            guard view.isCap(i), isNameWord(view, i + 1), isNameWord(view, i + 2),
                  !view.has(i + 1, WordBit.place | WordBit.month | WordBit.role),
                  Self.endsLikeDescription(view.lower(i)),
                  view.lowerIsAny(i - 1, Self.describingArticles.words, prints: Self.describingArticles.prints)
                    || view.isWord(i - 1) && view.lowerIsAny(i - 2, Self.describingArticles.words, prints: Self.describingArticles.prints)
            else { i += 1; continue }
            guard Self.isCompanyDescription(view.lower(i)) else { i += 1; continue }
            var end = i + 1
            while end < view.count, end < i + 4, isNameWord(view, end), !view.has(end, WordBit.place | WordBit.month | WordBit.role),
                  !lexicon.givenNames.contains(view.text(end)) {
                end += 1
            }
            let closed = end < view.count && (view.isPunct(end, ",") || view.isPunct(end, ".") || view.isPunct(end, ";")
                || (view.isWord(end) && !view.isCap(end)))
            guard end - (i + 1) >= 2, closed else { i += 1; continue }
            out.append(MentionSpan(sentence: sentence, start: i + 1, end: end, kind: .organization, label: view.join(i + 1, end),
                                   quality: .full, priority: 6))
            i = end
        }
        return out
    }

    /// Articles before a describing noun (lower case).
    static let describingArticles: WordList = ["der", "die", "das", "des", "dem", "den"]

    /// True when a lower-cased word ends in a letter a describing noun ends in (`r`, `n`, `t`, `i`, `a`, and `s` of a
    /// genitive): one byte test before the suffixes.
    static func endsLikeDescription(_ lower: String) -> Bool {
        guard let last = lower.utf8.last else { return false }
        switch last {
        case UInt8(ascii: "r"), UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "i"), UInt8(ascii: "a"), UInt8(ascii: "s"): return true
        default: return false
        }
    }
}
