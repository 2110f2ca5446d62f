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
            guard view.isCap(i), view.isCap(i + 1),
                  view.isAny(i - 1, Self.describingArticles) || view.isAny(i - 2, Self.describingArticles) && view.isWord(i - 1)
            else { i += 1; continue }
            guard Self.isCompanyDescription(view.lower(i)) || view.isAny(i, ["firma"]) else { i += 1; continue }
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
    static let describingArticles = ["der", "die", "das", "des", "dem", "den"]
}
