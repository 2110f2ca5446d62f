import GraphCore

/// A contact block opened by a sentence that offers someone for questions: `Für Fragen steht das Büro für
/// Städtepartnerschaften zur Verfügung:` followed by `Tel.:` and `E-Mail:` lines. The values belong to the organisation
/// (or, without one, the person) the opening sentence names.
///
/// Example: „Für Rückfragen steht Ihnen das Amt für Wirtschaft zur Verfügung:“ / „Tel.: 0221 221-0“ →
/// telephone(Amt für Wirtschaft | 0221 221-0). Prior 0.85.
struct ContactOfferRule: ExtractionRule {
    var name: String { "contact-offer" }
    var confidence: Double { 0.85 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        // Cheap tests first: the sentence ends in a colon and says `zur Verfügung`.
        guard view.count >= 4, view.isPunct(view.count - 1, ":"), view.isAny(view.count - 2, ["verfügung"]),
              view.isAny(view.count - 3, ["zur"]) else { return }
        guard let owner = context.mentions.first(where: { $0.kind == .organization })
                ?? context.mentions.first(where: { $0.kind == .person }) else { return }
        let document = context.document
        var lines: [Int] = []
        var s = context.index + 1
        while s < document.views.count && lines.count < 8 {
            if !document.isLine[s] && !document.views[s].tokens.contains(where: { $0.kind == .email || $0.kind == .url }) { break }
            lines.append(s)
            s += 1
        }
        guard !lines.isEmpty else { return }
        ContactBlockReader(document: document).read(lines, into: &output, ownerOverride: owner.entity)
    }
}
