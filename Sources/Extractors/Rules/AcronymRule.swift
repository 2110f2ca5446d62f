import GraphCore

/// `LANGFORM (AKRONYM)` – an acronym in parentheses right after a name.
///
/// Example: „Die Deutsch-Polnische Handelskammer (AHK Polen) und die Agentur für Arbeit (BA) …“ → alias(Agentur für
/// Arbeit | BA). Prior 0.9.
struct AcronymRule: ExtractionRule {
    var name: String { "acronym" }
    var confidence: Double { 0.9 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for m in context.mentions where m.kind == .organization || m.kind == .administrativeArea || m.kind == .event {
            guard view.isPunct(m.end, "("), view.isPunct(m.end + 2, ")") else { continue }
            let acronym = view.text(m.end + 1)
            guard context.document.entities.acronyms[acronym] == m.entity else { continue }
            output.add(.alias, m.entity, .literal(Literal(acronym)))
        }
    }
}
