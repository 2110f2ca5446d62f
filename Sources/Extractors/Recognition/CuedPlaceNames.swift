import GraphCore

extension Coreference {
    /// Places that the gazetteer does not know but the document introduces with a cue (`die polnische Stadt Bogatynia`,
    /// `Partnerstadt Kielce`, a town listed with known ones) are the same place where the name stands alone in another sentence (`Bogatynia liegt …`).
    ///
    /// Only one-word names written exactly as labelled, capitalised, not a function word, not a role and not the first
    /// word of a longer capitalised phrase.
    func propagateCuedPlaceNames(_ views: [TokenView], _ spans: inout [[MentionSpan]]) {
        // Kind and label of the first span of each name, read in place (no copy of the spans); a space is one byte.
        var cued: [String: (kind: EntityKind, label: String)] = [:]
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == .city || spans[s][k].kind == .administrativeArea {
                let label = spans[s][k].label
                guard !label.utf8.contains(0x20), lexicon.places[label] == nil, label.count >= 4 else { continue }
                if cued[label] == nil { cued[label] = (spans[s][k].kind, label) }
            }
        }
        guard !cued.isEmpty else { return }
        // A token can only name a key when its lower-cased text equals the key's: the fingerprints of the keys'
        // lower-cased texts rule most tokens out without hashing their texts.
        var prints = PrintFilter()
        var everySimple = true
        for key in cued.keys {
            if let print = WordInfo.fingerprint(TokenView.lowercase(key)) { prints.insert(print) } else { everySimple = false }
        }
        prints.seal()
        for (s, view) in views.enumerated() {
            var added = false
            for i in 0..<view.count where view.isCap(i) {
                if everySimple, let print = view.lowerPrint(i), !prints.contains(print) { continue }
                guard let host = cued[view.text(i)] else { continue }
                if spans[s].contains(where: { $0.start <= i && i < $0.end }) { continue }
                if view.has(i, WordBit.functionWord) || recognizer.isRoleWord(view, i) { continue }
                if view.isCap(i + 1) && view.tokens[i + 1].spaceBefore && !view.has(i + 1, WordBit.functionWord) { continue }
                spans[s].append(MentionSpan(sentence: s, start: i, end: i + 1, kind: host.kind, label: host.label, quality: .full,
                                            priority: 3))
                added = true
            }
            if added {
                spans[s].sort { $0.start < $1.start }
                // A partner list whose known town was only now found: `Partnerschaften mit Maromme, Wierden und …`.
                if recognizer.mentionsPartnership(view) || recognizer.mentionsPartnershipNoun(view) {
                    spans[s] = recognizer.partnerListTowns(view, known: spans[s], sentence: s, twinning: false)
                }
            }
        }
    }
}
