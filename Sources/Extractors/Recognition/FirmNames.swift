import GraphCore

extension MentionRecognizer {
    /// Professional plurals and firm words that close the name of a partnership (`Meier & Partner Rechtsanwälte`,
    /// `Schulz & Li Consulting`), as written.
    static let firmNameEnds: Set<String> = [
        "Rechtsanwälte", "Anwälte", "Patentanwälte", "Steuerberater", "Wirtschaftsprüfer", "Partner", "Consulting", "Consultants",
        "Advisors", "Architekten", "Ingenieure", "Rechtsanwaltsgesellschaft", "Steuerberatungsgesellschaft",
        "Wirtschaftsprüfungsgesellschaft", "Beratung", "Unternehmensberatung", "Partnerschaft", "Partnerschaftsgesellschaft",
    ]

    /// Nouns that introduce a firm's name and are not part of it (`die Anwaltskanzlei Overkamp & Reinders`), as written.
    static let firmCues: Set<String> = [
        "Kanzlei", "Anwaltskanzlei", "Rechtsanwaltskanzlei", "Wirtschaftskanzlei", "Steuerkanzlei", "Sozietät", "Anwaltssozietät",
        "Beratungsgesellschaft", "Beratungsfirma", "Unternehmensberatung", "Beratungsunternehmen", "Wirtschaftsprüfungsgesellschaft",
    ]

    /// Firms named after their partners with `&`: `Meier & Partner Rechtsanwälte`, `Schulz & Li Consulting`, and after a
    /// firm noun `die Kanzlei Brandt & Wu` (the noun is not part of the name). A bare `A & B` with neither is no
    /// organisation here (`Forschung & Entwicklung`).
    func partnerFirms(_ view: TokenView, sentence: Int) -> [MentionSpan] {
        var out: [MentionSpan] = []
        // One byte test per token: the token is the single character `&`.
        for amp in 1..<max(1, view.count - 1) where view.tokens[amp].text.utf8.count == 1 && view.tokens[amp].text.utf8.first == 0x26 {
            let first = amp - 1
            guard isNameWord(view, first), isNameWord(view, amp + 1), !view.isUpper(first) || view.text(first).count > 1 else { continue }
            // The first partner may be hyphenated or a single word; it is no cue, role or place noun itself.
            if Self.firmCues.contains(view.text(first)) || view.has(first, WordBit.placeCue) { continue }
            let cue = Self.firmCues.contains(view.text(first - 1))
            var end = amp + 2
            // `Kjell & Partner`: a firm word as the second partner closes the name too.
            var closed = Self.firmNameEnds.contains(view.text(amp + 1))
            // Closing firm words and a legal form: `Rechtsanwälte Partnerschaft mbB`, `Consulting GmbH`.
            while end < view.count, end < amp + 6 {
                if view.isCap(end), Self.firmNameEnds.contains(view.text(end)) { end += 1; closed = true; continue }
                if let legalEnd = legalFormEnd(view, at: end) { end = legalEnd; closed = true; continue }
                break
            }
            guard closed || cue else { continue }
            // Not a person's name after the partners: `Kanzlei Brandt & Wu Dr. Katrin Brandt …` stops at the title.
            let start = cue ? first - 1 : first
            let label = view.join(first, end)
            out.append(MentionSpan(sentence: sentence, start: start, end: end, kind: .organization, label: label, quality: .full,
                                   surfaceForms: start == first ? [] : [view.join(start, end)], priority: -1))
        }
        return out
    }
}
