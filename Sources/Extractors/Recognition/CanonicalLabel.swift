/// Recovers the nominative form of a name phrase seen after a determiner or preposition.
///
/// German names of organisations and events inflect: `der Chinesisch-Deutschen Industriestädteallianz`
/// (genitive, feminine) is `Chinesisch-Deutsche Industriestädteallianz`, `des Bergischen Zukunftsverbands`
/// (genitive, masculine) is `Bergischer Zukunftsverband`, `beim 2. Deutschen Wirtschaftstag` is
/// `2. Deutscher Wirtschaftstag`. The head noun's gender comes from the lexicon (`head_genders.tsv`);
/// the case from the word before the phrase.
struct CanonicalLabel {
    /// The grammatical case context the word before a phrase implies.
    enum Context {
        /// Nominative or unknown: adjectives stay as they are.
        case plain
        /// Genitive or dative after `der`/`einer`/`zur` (feminine singular, or genitive plural).
        case obliqueFeminine
        /// Genitive or dative after `des`/`dem`/`im`/`beim`/… (masculine or neuter singular).
        case obliqueMasculineNeuter
        /// After `der` with a masculine head or `das` with a neuter head: nominative with a weak adjective.
        case weakNominative
    }

    /// The context implied by the word before a phrase and the head's gender.
    static func context(before word: String, headGender: String) -> Context {
        switch word.fastLowercased {
        case "des", "eines", "dem", "einem", "im", "am", "vom", "zum", "beim", "diesem", "dieses":
            return .obliqueMasculineNeuter
        case "der", "einer", "zur", "dieser":
            return headGender == "m" ? .weakNominative : .obliqueFeminine
        case "den":
            return headGender == "m" ? .obliqueMasculineNeuter : .plain
        case "das", "die":
            return headGender == "n" && word.fastLowercased == "das" ? .weakNominative : .plain
        default:
            return .plain
        }
    }

    /// Determiners and possessives that end like an attributive adjective (lower-cased): never skipped.
    static let determinerLike: Set<String> = ["die", "eine", "einen", "keine", "keinen", "seine", "seinen", "ihre", "ihren",
                                              "unsere", "unseren", "diese", "diesen", "jede", "jeden", "alle", "allen",
                                              "welche", "welchen", "jene", "jenen", "den"]

    /// The index of the word that sets the case of a phrase starting at `start`: the word right before it, or, past
    /// attributive participles, adjectives and years, the determiner before them (`Der 2005 gegründete Freundeskreis`,
    /// `des neu gegründeten Vereins`).
    static func caseWordIndex(_ view: TokenView, before start: Int) -> Int {
        var k = start - 1
        var steps = 0
        while steps < 4, k > 0 {
            if view.tokens[k].kind == .number {
                k -= 1
            } else if view.isWord(k), !view.isCap(k), case let lower = view.lower(k), lower.utf8.count >= 4,
                      lower.hasSuffix("e") || lower.hasSuffix("en"), !determinerLike.contains(lower) {
                k -= 1
            } else if k >= 2, view.isCap(k), view.isAny(k - 1, ["ins", "in"]), !view.isCap(k + 1) {
                // The complement of a participle: `der 2014 ins Leben gerufene …`, `die 1998 in Jena gegründete …`.
                k -= 2
            } else {
                break
            }
            steps += 1
        }
        // Nothing skipped, or the skipped words are not led by a determiner: the word right before the phrase.
        guard k < start - 1, k >= 0, view.isWord(k),
              ["der", "die", "das", "des", "dem", "den", "eines", "einem", "einer", "im", "am", "vom", "zum", "zur", "beim"]
                .contains(view.lower(k)) else { return start - 1 }
        return k
    }

    /// Re-inflects the adjectives in `words` (the words before the head) for a nominative with a strong ending.
    /// Returns the new words and whether anything changed.
    static func nominativeAdjectives(_ words: [String], context: Context, headGender: String,
                                     isProtected: (String) -> Bool) -> ([String], Bool) {
        guard context != .plain else { return (words, false) }
        var changed = false
        let out = words.map { word -> String in
            guard let first = word.unicodeScalars.first, first.properties.isUppercase, !isProtected(word),
                  word.count >= 5 else { return word }
            let lower = word.fastLowercased
            switch context {
            case .plain:
                return word
            case .weakNominative:
                guard lower.hasSuffix("e"), isAdjectiveLike(lower.dropLast()) else { return word }
                changed = true
                return word + (headGender == "m" ? "r" : "s")
            case .obliqueFeminine, .obliqueMasculineNeuter:
                guard lower.hasSuffix("en"), isAdjectiveLike(lower.dropLast(2)) else { return word }
                changed = true
                let stem = String(word.dropLast(2))
                switch headGender {
                case "m": return stem + "er"
                case "n": return stem + "es"
                default: return stem + "e"
                }
            }
        }
        return (out, changed)
    }

    /// True when a stem looks like an adjective stem (`chinesisch`, `bergisch`, `international`, `deutsch`, `neu`).
    static func isAdjectiveLike(_ stem: Substring) -> Bool {
        let text = String(stem)
        for ending in adjectiveEndings where text.hasSuffix(ending) { return true }
        return false
    }

    /// Endings of adjective stems (see ``isAdjectiveLike(_:)``).
    static let adjectiveEndings = ["isch", "sch", "al", "är", "ig", "lich", "iv", "ell", "neu", "frei", "groß", "ost", "west",
                                   "nord", "süd", "ischer", "ern", "er", "är", "an", "ut", "eit", "ein", "ch", "ff", "solar",
                                   "nuklear", "molekular", "modular"]
}
