import GraphCore

extension Coreference {
    /// A company's name without its legal form (and without a place in parentheses before it) stands for the company
    /// later in the document: „Die Kestner Medical GmbH liefert nach Wuhan. Kestner Medical wurde 1998 gegründet.“,
    /// „Die KY Drive Technology (Suzhou) Co., Ltd. … KY Drive Technology beschäftigt 80 Menschen.“
    ///
    /// The name must be two or more capitalised words; a name that two companies of the document share stands for
    /// neither. A mention is taken where the words stand with no capitalised word after them; a span of another reading
    /// over them keeps it, except organisations the recogniser found within the words, which give way to the company.
    func resolveCompanyNamesWithoutLegalForm(_ views: [TokenView], _ spans: inout [[MentionSpan]]) {
        // The names without legal form and the company each stands for (nil: two companies share it).
        var owners: [(words: [String], label: String?)] = []
        for s in spans.indices where s < views.count {
            let view = views[s]
            // By index: no span is copied.
            for k in spans[s].indices where spans[s][k].kind == .organization && spans[s][k].quality > .short
                && spans[s][k].end - spans[s][k].start >= 3 && Self.endsWithLegalForm(spans[s][k].label) {
                let start = spans[s][k].start, spanEnd = spans[s][k].end
                var end = start
                while end < spanEnd, !view.isPunct(end, "("),
                      !(view.has(end, WordBit.legalStart) && recognizer.legalFormEnd(view, at: end) != nil) { end += 1 }
                guard end - start >= 2, end < spanEnd,
                      (start..<end).allSatisfy({ view.isWord($0) && view.isCap($0) && !view.has($0, WordBit.functionWord) })
                else { continue }
                let words = (start..<end).map { view.text($0) }
                if let o = owners.firstIndex(where: { $0.words == words }) {
                    if owners[o].label != spans[s][k].label { owners[o].label = nil }
                } else {
                    owners.append((words, spans[s][k].label))
                }
            }
        }
        owners.removeAll { $0.label == nil }
        guard !owners.isEmpty else { return }
        // A token can only open a name when its lower-cased text equals the first word's: the fingerprints of the first
        // words rule most tokens out without comparing texts.
        guard let prints = PrintFilter.lowercased(owners.lazy.map { $0.words[0] }) else { return }
        for s in spans.indices where s < views.count {
            let view = views[s]
            var added = false
            for i in 0..<view.count where view.isCap(i) {
                guard let print = view.lowerPrint(i), prints.contains(print) else { continue }
                for owner in owners where view.text(i) == owner.words[0] {
                    let n = owner.words.count
                    guard i + n <= view.count, (1..<n).allSatisfy({ view.text(i + $0) == owner.words[$0] }),
                          i + n == view.count || !view.isCap(i + n) || view.has(i + n, WordBit.functionWord),
                          let label = owner.label else { continue }
                    let short = owner.words.joined(separator: " ")
                    let overlapping = spans[s].indices.filter { spans[s][$0].start < i + n && i < spans[s][$0].end }
                    // Organisations the recogniser found inside the words (`Drive Technology` of `Lianyi Drive Technology`)
                    // give way to the company; any other reading keeps the words.
                    guard overlapping.allSatisfy({ spans[s][$0].kind == .organization && spans[s][$0].start >= i
                                                    && spans[s][$0].end <= i + n }) else { continue }
                    for k in overlapping.reversed() { spans[s].remove(at: k) }
                    spans[s].append(MentionSpan(sentence: s, start: i, end: i + n, kind: .organization, label: label,
                                                quality: .short, surfaceForms: [short], priority: 2))
                    added = true
                }
            }
            if added { spans[s].sortByStart() }
        }
    }
}
