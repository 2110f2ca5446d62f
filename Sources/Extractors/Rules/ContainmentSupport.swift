import GraphCore

extension SentenceContext {
    /// Compass words of `im Süden der Provinz …` (lower-cased).
    static let compassWords = ["norden", "süden", "osten", "westen", "nordosten", "nordwesten", "südosten", "südwesten",
                               "zentrum", "herzen"]

    /// The administrative area named with its cue after `in`/`im` at `i`: `in der Provinz Y`, `in der südchinesischen Provinz Y`
    /// (up to two lower-case adjectives), `im Bundesland Y`, `im Süden der Provinz Y`. The area must carry its cue (`Provinz`,
    /// `Präfektur`, `Landkreis`), so that `in Europa` or `in der Nähe von …` name none.
    func cuedArea(after i: Int) -> MentionSpan? {
        cuedArea(after: i, prepositions: ["in", "im"])
    }

    /// ``cuedArea(after:)`` after one of `prepositions` (lower-cased; `zur`, `zum`, `zu` for belonging to an area).
    func cuedArea(after i: Int, prepositions: [String]) -> MentionSpan? {
        guard view.isAny(i, prepositions) else { return nil }
        var j = i + 1
        if view.isAny(i, ["im"]), view.isAny(j, Self.compassWords), view.isAny(j + 1, ["der", "des"]) { j += 2 }
        if view.isAny(j, ["der", "dem"]) { j += 1 }
        var adjectives = 0
        while adjectives < 2, view.isWord(j), !view.isCap(j), view.lower(j).hasSuffix("en") { j += 1; adjectives += 1 }
        guard let larger = mention(startingAt: j), larger.kind == .administrativeArea else { return nil }
        if let cue = document.lexicon.placeCues[view.text(j)], cue == .administrativeArea { return larger }
        // A county named by its own compound or adjective (`im Alb-Donau-Kreis`, `im Rheinisch-Bergischen Kreis`), or a
        // region that takes the article (`in der Normandie`, `in der Lombardei`).
        let label = document.entities.entities[larger.entity].label
        if label.hasSuffix("Kreis") && (label.contains("-") || label.contains(" ")) { return larger }
        if view.isAny(i, ["in"]), view.isAny(i + 1, ["der"]), document.lexicon.places[label]?.kind == .administrativeArea { return larger }
        return nil
    }

    /// The place after a compass word at `i`: `im Süden Chinas`, `im Norden von Suzhou`, `im Südwesten der Provinz Sichuan`
    /// (a genitive place, or a place after `von`/`der`/`des`), or nil.
    func compassPlace(after i: Int) -> MentionSpan? {
        guard view.isAny(i, ["im"]), view.isAny(i + 1, Self.compassWords) else { return nil }
        var j = i + 2
        if view.isAny(j, ["von", "der", "des"]) { j += 1 }
        guard let place = mention(startingAt: j), place.kind.isPlace else { return nil }
        // Without a preposition the place is a genitive (`Chinas`, `Chengdus`), not the next phrase (`im Norden Hamburg`).
        if j == i + 2, !view.text(place.end - 1).hasSuffix("s") { return nil }
        return place
    }

    /// The one administrative area named with `cue` (`Provinz Shandong`, or a province the lexicon knows) in this sentence
    /// or the `sentences` before it, when exactly one is; nil when none or several are.
    func recentArea(cue: String, sentences: Int) -> MentionSpan? {
        var found: MentionSpan? = nil
        var s = index
        while s >= 0 && s >= index - sentences {
            for m in document.spans[s] where m.kind == .administrativeArea {
                let cued = m.label.hasPrefix(cue + " ") || m.surfaceForms.contains { $0.hasPrefix(cue + " ") }
                guard cued || document.lexicon.provinceNames.contains(m.label) else { continue }
                if let f = found, f.entity != m.entity { return nil }
                found = m
            }
            s -= 1
        }
        return found
    }
}
