import GraphCore

/// Finds the mentions of persons, organisations, places, events and agreements in a sentence.
///
/// Each kind has its own pass (`PersonRecognition.swift`, `OrganizationRecognition.swift`, …) that
/// proposes candidate spans; ``select(_:)`` keeps the longest non-overlapping ones. Coreference
/// across the document (``Coreference``) then assigns entity indices.
struct MentionRecognizer: Sendable {
    /// The lexicon index.
    let lexicon: RecognitionLexicon

    /// Candidate spans of one sentence, before overlap resolution.
    func candidates(_ view: TokenView, sentence: Int) -> [MentionSpan] {
        var out: [MentionSpan] = []
        out += organizations(view, sentence: sentence)
        out += knownOrganizations(view, sentence: sentence)
        out += events(view, sentence: sentence)
        out += tradeFairs(view, sentence: sentence)
        out += agreements(view, sentence: sentence)
        out += persons(view, sentence: sentence)
        out += places(view, sentence: sentence)
        return out
    }

    /// The longest non-overlapping spans; among equal lengths the lower priority wins, then the earlier start.
    func select(_ spans: [MentionSpan]) -> [MentionSpan] {
        // The same stable sorts on the indices of the spans (no span is moved or copied until the chosen ones are).
        let ordered = spans.indices.sorted { x, y in
            if spans[x].length != spans[y].length { return spans[x].length > spans[y].length }
            if spans[x].priority != spans[y].priority { return spans[x].priority < spans[y].priority }
            return spans[x].start < spans[y].start
        }
        var chosen: [Int] = []
        for k in ordered where !chosen.contains(where: { spans[$0].overlaps(spans[k]) }) {
            chosen.append(k)
        }
        return chosen.sorted { spans[$0].start < spans[$1].start }.map { spans[$0] }
    }

    /// Mentions of one sentence after overlap resolution.
    func recognize(_ view: TokenView, sentence: Int) -> [MentionSpan] {
        select(candidates(view, sentence: sentence))
    }

    // MARK: Shared checks

    /// True when token `i` can be part of a proper name: capitalised, not a function word, not a title.
    func isNameWord(_ view: TokenView, _ i: Int) -> Bool {
        view.isCap(i) && !view.has(i, WordBit.functionWord | WordBit.title)
    }

    /// True when token `i` is a known place name of one token.
    func isPlaceWord(_ view: TokenView, _ i: Int) -> Bool {
        view.has(i, WordBit.place)
    }

    /// True when token `i` is a role noun.
    func isRoleWord(_ view: TokenView, _ i: Int) -> Bool {
        view.isCap(i) && view.has(i, WordBit.role)
    }

    /// The nominative label for the words `start..<end` where `head` is the head noun's index
    /// (its nominative text given), re-inflecting the adjectives before it after an oblique determiner.
    func canonicalPhrase(_ view: TokenView, start: Int, end: Int, head: Int, headNominative: String,
                         headGender: String) -> (label: String, changed: Bool) {
        let caseWord = CanonicalLabel.caseWordIndex(view, before: start)
        let context = CanonicalLabel.context(before: view.text(caseWord), headGender: headGender)
        var pieces: [(text: String, space: Bool)] = []
        var i = start
        while i < end {
            pieces.append((view.text(i), i > start && view.tokens[i].spaceBefore))
            i += 1
        }
        var changed = false
        let headOffset = head - start
        if headOffset >= 0 && headOffset < pieces.count && pieces[headOffset].text != headNominative {
            // Genitive -s/-es on the head only goes away after a genitive determiner.
            if context == .obliqueMasculineNeuter || view.lower(caseWord) == "des" || view.lower(caseWord) == "eines" {
                pieces[headOffset].text = headNominative
                changed = true
            }
        }
        if headOffset > 0 {
            let before = pieces[0..<headOffset].map { $0.text }
            let (words, adjusted) = CanonicalLabel.nominativeAdjectives(before, context: context, headGender: headGender) { word in
                lexicon.places[word] != nil || lexicon.givenNames.contains(word) || lexicon.surnames.contains(word)
            }
            if adjusted {
                for (k, word) in words.enumerated() { pieces[k].text = word }
                changed = true
            }
        }
        var label = ""
        for (k, piece) in pieces.enumerated() {
            if k > 0 && piece.space { label += " " }
            label += piece.text
        }
        return (label, changed)
    }
}
