import GraphCore

extension Coreference {
    /// A chamber abbreviation alone (`die IHK`, `der HWK`, `Veranstalter ist die AHK`) names the one chamber of that kind
    /// whose name the document writes out (`Industrie- und Handelskammer Chemnitz`); with none or two such chambers it
    /// names nothing. The abbreviation is a surface form of the chamber, not an alias (every chamber has it).
    func resolveBareChamberAbbreviations(_ views: [TokenView], _ spans: inout [[MentionSpan]]) {
        // The written-out chamber of each abbreviation, nil when the document names two.
        var chamber: [String: String?] = [:]
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == .organization && spans[s][k].label.contains("kammer ") {
                let label = spans[s][k].label
                for pair in Self.chamberAbbreviations where label.contains(pair.long) {
                    let short = String(pair.short.dropLast())
                    if let known = chamber[short] {
                        if known != label { chamber[short] = .some(nil) }
                    } else {
                        chamber[short] = label
                    }
                }
            }
        }
        guard !chamber.isEmpty else { return }
        for s in spans.indices where s < views.count {
            let view = views[s]
            var added = false
            for i in 0..<view.count where view.isUpper(i) {
                let text = view.text(i)
                guard let entry = chamber[text], let label = entry else { continue }
                // `IHK Nürnberg`, `IHK-Präsident`: a longer name or a compound is no bare abbreviation.
                if view.isCap(i + 1) && !view.has(i + 1, WordBit.functionWord) { continue }
                if view.isDash(i + 1) && !view.tokens[i + 1].spaceBefore { continue }
                if let k = spans[s].firstIndex(where: { $0.start <= i && i < $0.end }) {
                    guard spans[s][k].kind == .organization, spans[s][k].start == i, spans[s][k].end == i + 1,
                          spans[s][k].label == text else { continue }
                    spans[s][k].surfaceForms.append(text)
                    spans[s][k].label = label
                    spans[s][k].quality = .short
                    continue
                }
                spans[s].append(MentionSpan(sentence: s, start: i, end: i + 1, kind: .organization, label: label,
                                            quality: .short, surfaceForms: [text], priority: 2))
                added = true
            }
            if added { spans[s].sortByStart() }
        }
    }
}
