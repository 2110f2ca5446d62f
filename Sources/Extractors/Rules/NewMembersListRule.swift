import GraphCore

/// `die neuen Mitgliedsstädte (A, B und C)` / `Mitgliedsstädte sind: A, B` / `X hat drei neue Mitglieder
/// aufgenommen: A, B und C` – a list of members after a membership noun, with the organisation named there, as the
/// admitting organisation before it, or in a recent sentence as `Mitglieds… der ORG`.
///
/// Example: „Vorgestellt wurden die drei neuen Mitgliedsstädte (Olsztyn, Rzeszów und Lublin).“ after „… die
/// Mitgliedsstädte des Ostseeforums …“ → memberOf(Olsztyn | Ostseeforum), … Prior 0.7: the organisation may
/// come from an earlier sentence.
struct NewMembersListRule: ExtractionRule {
    var name: String { "member-list" }
    var confidence: Double { 0.7 }
    var needsFactualSentence: Bool { true }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for w in 0..<view.count where context.isMembershipWord(w) && view.lower(w) != "mitglied" {
            var start = w + 1
            var group = context.groupAfterMembershipWord(w)
            if let g = group { start = g.end }
            // `X hat vier neue Mitglieder aufgenommen: A, B und C`: the admitting organisation is the one named before.
            var admitter: MentionSpan? = nil
            if group == nil, view.isAny(start, Self.admissionParticiples), view.isPunct(start + 1, ":") {
                admitter = context.mentions.first { $0.kind == .organization && $0.end <= w }
                start += 1
            }
            let opensList = view.isPunct(start, "(") || view.isPunct(start, ":")
                || (view.isAny(start, ["sind"]) && view.isPunct(start + 1, ":"))
            guard opensList else { continue }
            start += view.isPunct(start, ":") || view.isPunct(start, "(") ? 1 : 2
            if group == nil { group = admitter ?? recentGroup(context) }
            // `Der Vorstand hat folgende Unternehmen als neue Mitglieder aufgenommen:` with the members on the lines below: the
            // association the text is about.
            let listBelow = start >= view.count
            guard let groupEntity = group?.entity ?? (listBelow ? context.nearestAssociation() : nil) else { continue }
            if listBelow {
                for m in linesBelow(context) where m.entity != groupEntity { output.add(.memberOf, m.entity, groupEntity) }
                continue
            }
            start = context.itemStart(after: start, kinds: [.city, .administrativeArea, .organization])
            let (members, _) = context.coordinatedMentions(from: start, kinds: [.city, .administrativeArea, .organization])
            for m in members where m.entity != groupEntity { output.add(.memberOf, m.entity, groupEntity) }
        }
    }

    /// The members listed on the lines after a sentence that ends with a colon: the organisation, town or area that opens
    /// each line (`Brinkhoff Antriebstechnik GmbH, Gütersloh`), up to the first sentence that is no line or opens with none.
    private func linesBelow(_ context: SentenceContext) -> [MentionSpan] {
        var out: [MentionSpan] = []
        var k = context.index + 1
        while k < context.document.views.count, k < context.document.isLine.count, context.document.isLine[k], out.count < 40 {
            let line = context.document.views[k]
            let start = line.isPunct(0, "-") || line.isPunct(0, "•") || line.isPunct(0, "*") || line.isDash(0) ? 1 : 0
            guard let first = context.document.spans[k].first, first.start == start,
                  AdmittedMembersRule.memberKinds.contains(first.kind) else { break }
            out.append(first)
            k += 1
        }
        return out
    }

    /// Participles of admitting members before a list: `… neue Mitglieder aufgenommen: A, B`.
    static let admissionParticiples = ["aufgenommen", "begrüßt", "gewonnen", "hinzugewonnen"]

    /// The organisation after a membership word in one of the six previous sentences.
    private func recentGroup(_ context: SentenceContext) -> MentionSpan? {
        var s = context.index - 1
        while s >= 0 && s >= context.index - 6 {
            let other = SentenceContext(index: s, view: context.document.views[s], mentions: context.document.spans[s], dates: [],
                                        document: context.document)
            for w in 0..<other.view.count where other.isMembershipWord(w) {
                if let g = other.groupAfterMembershipWord(w) { return g }
            }
            s -= 1
        }
        return nil
    }
}
