import GraphCore

/// `LANGFORM (AKRONYM)` – an acronym in parentheses right after a name (also `(kurz: AKRONYM)`, `, kurz AKRONYM,`).
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
            guard let a = Coreference.acronymIndex(view, after: m.end) else { continue }
            let acronym = view.text(a)
            guard context.document.entities.acronyms[acronym] == m.entity else { continue }
            output.add(.alias, m.entity, .literal(Literal(acronym)))
        }
    }
}
