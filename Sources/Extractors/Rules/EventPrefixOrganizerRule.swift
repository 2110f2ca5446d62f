import GraphCore

/// An event compound whose first part names an organisation of the document: `ISA-Jahrestagung`,
/// `IHK-Neujahrsempfang`, `DAAD-Sommerschule` – the organisation is the organiser (German press releases name an
/// organisation's own events this way).
///
/// Example: „Die DPWK-Jahrestagung fand im Mai in Stettin statt.“ with `Deutsch-Polnische Wirtschaftskammer (DPWK)`
/// earlier → organizer(DPWK-Jahrestagung | Deutsch-Polnische Wirtschaftskammer). Prior 0.7.
struct EventPrefixOrganizerRule: ExtractionRule {
    var name: String { "event-prefix-organizer" }
    var confidence: Double { 0.7 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard SentenceGuard.isFactualEvent(view) else { return }
        for event in context.eventMentions {
            for h in event.start..<event.end where view.isWord(h) {
                let text = view.text(h)
                guard let dash = text.firstIndex(of: "-"), context.document.lexicon.eventHead(text) != nil else { continue }
                let prefix = String(text[..<dash])
                guard prefix.unicodeScalars.count >= 2, let org = context.document.organization(named: prefix) else { continue }
                output.add(.organizer, event.entity, org)
                break
            }
        }
    }
}
