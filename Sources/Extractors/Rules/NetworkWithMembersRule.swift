import GraphCore

/// `Städtenetzwerk „…“ mit A/B/C` – a network named with its member towns after `mit`.
///
/// Example: „das Städtenetzwerk „Drei Flüsse“ mit Hann. Münden/Witzenhausen“ → memberOf(Witzenhausen | Drei Flüsse).
/// Prior 0.7.
struct NetworkWithMembersRule: ExtractionRule {
    var name: String { "network-with-members" }
    var confidence: Double { 0.7 }
    var needsFactualSentence: Bool { true }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for org in context.mentions where org.kind == .organization {
            guard view.isAny(org.end, ["mit"]) else { continue }
            let head = view.text(org.start).lowercased()
            guard head.hasSuffix("netzwerk") || head.hasSuffix("verbund") || head.hasSuffix("bündnis") || head.hasSuffix("allianz")
            else { continue }
            var (members, _) = context.coordinatedMentions(from: org.end + 1, kinds: [.city, .administrativeArea])
            // `mit A/B/C, D, E`: a slash-joined group is the network; the commas continue an enclosing list.
            if members.count >= 2, view.isPunct(members[0].end, "/") {
                var group = [members[0]]
                for m in members.dropFirst() where view.isPunct(m.start - 1, "/") && group.last!.end == m.start - 1 { group.append(m) }
                members = group
            }
            for m in members { output.add(.memberOf, m.entity, org.entity) }
        }
    }
}
