import GraphCore

extension MentionRecognizer {
    /// Widens person spans to the left over an East-Asian family name written first, with the middle names between it
    /// and the span: `Nguyen` + `Huong Giang` → `Nguyen Huong Giang`, `Le Thi` + `Thu Hang` → `Le Thi Thu Hang`.
    ///
    /// The family name must be the first name word of the phrase (no capitalised name word right before it), and the
    /// whole name stays within four words. Month and common German words among the family names (`Mai`) never widen.
    func widenedByFamilyNameFirst(_ view: TokenView, _ persons: [MentionSpan]) -> [MentionSpan] {
        persons.map { span in
            guard span.kind == .person, span.length >= 2, span.length <= 3 else { return span }
            var k = span.start - 1
            var familyStart: Int? = nil
            while k >= 0 && span.end - k <= 4 && view.isCap(k) && !view.isUpper(k) {
                let text = view.text(k)
                if lexicon.isFunctionWord(text) || Self.familyNameExclusions.contains(text) { break }
                if lexicon.surnames.contains(text) { familyStart = k }
                if !(lexicon.surnames.contains(text) || lexicon.givenNames.contains(text)) { break }
                k -= 1
            }
            guard let start = familyStart else { return span }
            // The family name opens the name: nothing name-like right before it.
            if view.isCap(start - 1) && !view.has(start - 1, WordBit.functionWord) && !isRoleWord(view, start - 1)
                && !lexicon.titles.contains(RecognitionLexicon.compactKey(view.text(start - 1))) {
                return span
            }
            return makePerson(view, start: start, end: span.end, sentence: span.sentence)
        }
    }

    /// Family names that are also German words or month names and never open a person's name.
    static let familyNameExclusions: Set<String> = ["Mai", "Ha", "Do", "Ta", "Lam", "Thai", "Mao"]
}
