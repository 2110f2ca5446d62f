import GraphCore

/// An event compound whose first part names an organisation of the document: `ISA-Jahrestagung`,
/// `IHK-Neujahrsempfang`, `DAAD-Sommerschule` – the organisation is the organiser (German press releases name an
/// organisation's own events this way); so is an organisation or town in the genitive after the event noun
/// (`die Delegationsreise der IHK Magdeburg`, `der Jahresempfang der Stadt Hamm`, `die Delegationsreise des Lahn-Dill-Kreises`).
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
            // The genitive: the organisation of the document or the town that closes the event's name. An assembly of a body
            // (`die Vollversammlung der IHK`) is often the body's organ, not a meeting it holds: it is left out.
            if event.end - event.start >= 3, let h = (event.start..<event.end - 2).first(where: {
                view.isAny($0 + 1, ["der", "des"]) && view.has($0, WordBit.eventHead)
            }), !view.lower(h).hasSuffix("versammlung"), let owner = genitiveOwner(context, from: h + 2, to: event.end, &output) {
                output.add(.organizer, event.entity, owner)
                continue
            }
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

    /// The organisation of the document named by tokens `from..<to` (`IHK Magdeburg`), or the town after `Stadt`/`Gemeinde`
    /// (`Stadt Hamm`), or nil.
    private func genitiveOwner(_ context: SentenceContext, from: Int, to: Int, _ output: inout RuleOutput) -> Int? {
        let view = context.view
        if view.isAny(from, ["stadt", "gemeinde", "landeshauptstadt", "hansestadt"]), to > from + 1,
           let info = context.document.lexicon.places[view.join(from + 1, to)], info.kind == .city {
            return output.entity(kind: .city, label: info.label, quality: .full)
        }
        // A district or region in the genitive: `die Delegationsreise des Lahn-Dill-Kreises`.
        if to == from + 1, view.isAny(from - 1, ["des"]), let area = MentionRecognizer.genitiveArea(context.document.lexicon, view.text(from)) {
            return output.entity(kind: .administrativeArea, label: area, quality: .full)
        }
        return context.document.organization(named: view.join(from, to))
    }
}
