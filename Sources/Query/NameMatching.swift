/// Finds entities by name: labels and aliases, tolerant of case, umlauts and German inflection.
///
/// Names are folded (lower case; ä→ae, ö→oe, ü→ue, ß→ss, accents dropped; everything
/// that is not a letter or digit separates words). Two words match when they are equal
/// after removing at most one inflection ending from either (`-s` of the genitive,
/// adjective endings `-e`, `-en`, `-em`, `-er`, `-es`), so `Berliner` meets `Berlin`,
/// `Hannovers` meets `Hannover` and `Deutschen` meets `Deutsche`. An exact folded match
/// beats an inflected one, which beats a name that contains all the words asked for.
public enum NameMatching {
    /// How well a name matched; higher is better.
    public enum Quality: Int, Comparable, Sendable {
        /// Every word asked for occurs in the name (in order), the name has more.
        case words = 1
        /// Same words up to inflection endings.
        case inflected = 2
        /// Same folded words.
        case exact = 3

        public static func < (lhs: Quality, rhs: Quality) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The folded words of `text`.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() { if !current.isEmpty { words.append(current); current = "" } }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x41...0x5A: current.unicodeScalars.append(Unicode.Scalar(value + 0x20)!)
            case 0x61...0x7A, 0x30...0x39: current.unicodeScalars.append(scalar)
            case 0xC4, 0xE4: current += "ae"
            case 0xD6, 0xF6: current += "oe"
            case 0xDC, 0xFC: current += "ue"
            case 0xDF, 0x1E9E: current += "ss"
            case 0xC0...0xC5, 0xE0...0xE5: current += "a"
            case 0xC7, 0xE7: current += "c"
            case 0xC8...0xCB, 0xE8...0xEB: current += "e"
            case 0xCC...0xCF, 0xEC...0xEF: current += "i"
            case 0xD1, 0xF1: current += "n"
            case 0xD2...0xD5, 0xD8, 0xF2...0xF5, 0xF8: current += "o"
            case 0xD9...0xDB, 0xF9...0xFB: current += "u"
            case 0xDD, 0xFD, 0xFF: current += "y"
            default:
                if scalar.properties.isAlphabetic {
                    current += String(scalar).lowercased()
                } else {
                    flush()
                }
            }
        }
        flush()
        return words
    }

    /// The forms a folded word may stand for: itself and the word without one inflection ending.
    public static func stems(_ word: String) -> Set<String> {
        var forms: Set<String> = [word]
        let count = word.utf8.count
        for ending in ["en", "em", "er", "es", "e", "s"] where count >= ending.utf8.count + 3 && word.hasSuffix(ending) {
            forms.insert(String(word.utf8.dropLast(ending.utf8.count))!)
        }
        return forms
    }

    /// How well `query` matches `name`, or nil when it does not.
    public static func match(_ query: String, _ name: String) -> Quality? {
        let q = words(query), n = words(name)
        guard !q.isEmpty, !n.isEmpty else { return nil }
        if q == n { return .exact }
        if q.count == n.count, zip(q, n).allSatisfy({ !stems($0).isDisjoint(with: stems($1)) }) { return .inflected }
        // Every query word, in order, among the name's words.
        var j = 0
        for word in q {
            let forms = stems(word)
            while j < n.count, forms.isDisjoint(with: stems(n[j])) { j += 1 }
            if j == n.count { return nil }
            j += 1
        }
        return .words
    }

    /// The entities whose label or an alias matches `name` best; several when the name is ambiguous.
    public static func find(_ name: String, in graph: RelationGraph) -> [Int] {
        var best: Quality? = nil
        var found: [Int] = []
        for (i, entity) in graph.entities.enumerated() {
            var quality: Quality? = nil
            for candidate in [entity.label] + entity.altLabels {
                if let q = match(name, candidate), quality == nil || q > quality! { quality = q }
            }
            guard let quality else { continue }
            if best == nil || quality > best! {
                best = quality
                found = [i]
            } else if quality == best! {
                found.append(i)
            }
        }
        return found
    }

    /// The one entity `name` names; throws when it names none or several.
    public static func resolve(_ name: String, in graph: RelationGraph) throws(QueryError) -> Int {
        let found = find(name, in: graph)
        if found.isEmpty { throw .noSuchEntity(name) }
        if found.count > 1 {
            throw .ambiguousName(name, candidates: found.map { "\(graph.entities[$0].label) <\(graph.entities[$0].iri.string)>" })
        }
        return found[0]
    }
}
