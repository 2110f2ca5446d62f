import GraphCore

/// `LANGFORM (KURZNAME)` – a short name of several words in parentheses right after an organisation's name.
///
/// Example: „Die Deutsch-Tschechische Industrie- und Handelskammer (AHK Tschechien) berät Zulieferer.“ →
/// alias(Deutsch-Tschechische Industrie- und Handelskammer | AHK Tschechien). Single-token acronyms are the
/// ``AcronymRule``'s. Prior 0.9.
struct ShortNameAliasRule: ExtractionRule {
    var name: String { "short-name" }
    var confidence: Double { 0.9 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        let shortNames = context.document.entities.shortNames
        guard !shortNames.isEmpty else { return }
        for m in context.mentions where m.kind == .organization && view.isPunct(m.end, "(") {
            guard let close = (m.end + 1..<min(view.count, m.end + 6)).first(where: { view.isPunct($0, ")") }) else { continue }
            let short = view.join(m.end + 1, close)
            guard let long = shortNames[short], context.document.entities.entities[m.entity].label == long else { continue }
            output.add(.alias, m.entity, .literal(Literal(short)))
        }
    }
}
