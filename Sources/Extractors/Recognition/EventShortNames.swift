import GraphCore

extension Coreference {
    /// Events named with the year of their edition (`HANNOVER MESSE 2025`, `bauma China 2026`, `Mitgliederversammlung
    /// 2025`) keep the year in their label: editions of a recurring event are different events. Events named with their
    /// owner in a genitive (`China-Tag der Sparkasse Westmünsterland`) keep the owner. The name without the year or the
    /// owner is an alias (set by ``MentionRecognizer/events(_:sentence:)`` and the trade fairs); in the same document it
    /// names that event (unless the document names two such events), and another document naming it alone joins it only
    /// while it is the one event with that name.
    func attachEventShortNames(_ spans: inout [[MentionSpan]]) {
        var longNames = LongNames()
        // By index: no span is copied.
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == .event && !spans[s][k].aliases.isEmpty {
                let label = spans[s][k].label
                for alias in spans[s][k].aliases where label.hasPrefix(alias + " ") {
                    longNames.note(short: alias, long: label)
                }
            }
        }
        longNames.relabel(&spans, kind: .event, keepingSurfaceForm: true)
    }
}
