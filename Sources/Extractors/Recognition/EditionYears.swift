import GraphCore

extension Coreference {
    /// Events named with the year of their edition (`HANNOVER MESSE 2025`, `bauma China 2026`, `Mitgliederversammlung
    /// 2025`) keep the year in their label: editions of a recurring event are different events. The name without the
    /// year is an alias; in the same document it names that edition (unless the document names two editions), and
    /// another document naming the event without a year joins it only while it is the one edition with that name.
    func attachEditionYears(_ spans: inout [[MentionSpan]]) {
        var longNames = LongNames()
        for sentence in spans {
            for span in sentence where span.kind == .event && !span.aliases.isEmpty {
                for alias in span.aliases where span.label.hasPrefix(alias + " ") && Self.endsWithYear(span.label) {
                    longNames.note(short: alias, long: span.label)
                }
            }
        }
        longNames.relabel(&spans, kind: .event, keepingSurfaceForm: true)
    }

    /// True when `label` ends with a space and four digits.
    static func endsWithYear(_ label: String) -> Bool {
        let bytes = Array(label.utf8.suffix(5))
        guard bytes.count == 5, bytes[0] == 0x20 else { return false }
        return bytes[1...].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
