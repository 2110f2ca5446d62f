import GraphCore

extension Coreference {
    /// The number of a numbered line or sentence (`2. Wirtschaftsforum in Krakau` → 2), or nil.
    static func listNumber(_ view: TokenView) -> Int? {
        guard view.count >= 3, view.tokens[0].kind == .number, view.isPunct(1, "."), view.text(0).count <= 2 else { return nil }
        return Int(view.text(0))
    }

    /// Items of a numbered list of headings (`1. Neue Leitung …`, `2. Wirtschaftsforum in Krakau`, `3. …`) are no ordinal
    /// events: an event span that starts with the list number of a line whose neighbour numbers (n − 1 or n + 1) open
    /// other sentences of the document loses the number; a bare event noun that remains (`Wirtschaftsforum`) is no event.
    func dropListNumbers(_ views: [TokenView], _ spans: inout [[MentionSpan]]) {
        var numbers = Set<Int>()
        for view in views {
            if let n = Self.listNumber(view) { numbers.insert(n) }
        }
        guard numbers.count >= 2 else { return }
        for (s, view) in views.enumerated() {
            guard let n = Self.listNumber(view), numbers.contains(n - 1) || numbers.contains(n + 1) else { continue }
            spans[s].removeAll { span in
                guard span.kind == .event, span.start == 0 else { return false }
                let words = span.label.split(separator: " ")
                return words.count <= 2 && words.first == "\(n)."
            }
        }
    }
}
