import GraphCore

/// `die bayerische Stadt Passau`, `der sächsische Landkreis Görlitz`, `die niedersächsische Landeshauptstadt Hannover` – a
/// town or district named with the adjective of its German state and a town noun.
///
/// Example: „Die sächsische Stadt Zwickau empfing die Gäste.“ → containedInPlace(Zwickau | Sachsen). The adjective must be
/// a German state's (`states_de`) and stand right before the town noun (`Stadt`, `Gemeinde`, `Landkreis`, `…stadt`), which
/// stands right before the name or opens it; the state named only by its adjective is added as an entity. Prior 0.8.
struct StateAdjectiveContainmentRule: ExtractionRule {
    var name: String { "state-adjective-containment" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { false }

    /// Endings of town nouns (lower-cased).
    static let townNouns = ["stadt", "gemeinde", "kommune", "metropole", "kreis", "landkreis", "bezirk"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        let lexicon = context.document.lexicon
        // Indices, not a loop over the spans: most mentions are passed over without copying them.
        for m in context.mentions.indices where context.mentions[m].kind == .city || context.mentions[m].kind == .administrativeArea {
            let start = context.mentions[m].start, end = context.mentions[m].end, entity = context.mentions[m].entity
            // The town noun: the mention's first token (`Landkreis Görlitz`) or the token before it (`Stadt Zwickau`).
            let noun = isTownNoun(view, start) && end > start + 1 ? start : isTownNoun(view, start - 1) ? start - 1 : -1
            guard noun >= 1, view.isWord(noun - 1), !view.isCap(noun - 1), let state = Self.state(of: view.lower(noun - 1), lexicon)
            else { continue }
            let label = context.document.entities.entities[entity].label
            guard label != state else { continue }
            let area = output.entity(kind: .administrativeArea, label: state, quality: .full)
            guard area != entity else { continue }
            output.add(.containedInPlace, entity, area)
        }
    }

    /// True when token `i` is a capitalised town noun (`Stadt`, `Kreisstadt`, `Landkreis`), not a partner or role word.
    private func isTownNoun(_ view: TokenView, _ i: Int) -> Bool {
        guard i >= 0, view.isCap(i) else { return false }
        let lower = view.lower(i)
        // Byte comparisons: the nouns and prefixes are ASCII.
        return Self.townNouns.contains { lower.hasSimpleSuffix($0) } && !lower.hasPrefix("freundes") && !lower.hasPrefix("arbeits")
    }

    /// The state whose adjective `lower` is (`bayerische`, `sächsischen`, `nordrhein-westfälischen`), or nil.
    static func state(of lower: String, _ lexicon: RecognitionLexicon) -> String? {
        for ending in ["e", "en", "er", "es", "em"] where lower.hasSimpleSuffix(ending) {
            if let state = lexicon.stateByAdjectiveStem[String(lower.dropLast(ending.count))] { return state }
        }
        return nil
    }
}
