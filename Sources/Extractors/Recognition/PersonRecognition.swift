import GraphCore

extension MentionRecognizer {
    /// Person candidates: a given name (or initial) followed by a surname; a name with an East-Asian
    /// family name (`Wenlong ZHU`, `Li Qiang` after a role); or two capitalised words right after a role
    /// or title, or right before `, ROLE`. Titles are never part of the span.
    func persons(_ view: TokenView, sentence: Int) -> [MentionSpan] {
        var out: [MentionSpan] = []
        var i = 0
        while i < view.count {
            if let end = personEnd(view, at: i) {
                out.append(makePerson(view, start: i, end: end, sentence: sentence))
                i = end
            } else {
                i += 1
            }
        }
        return widenedByFamilyNameFirst(view, out)
    }

    /// `text.count <= 2` without counting the characters of a longer text: an ASCII character is one byte, or two for
    /// `\r\n`, so an ASCII text (`ascii`) of five or more bytes has at least three.
    static func atMostTwoCharacters(_ text: String, ascii: Bool) -> Bool {
        let bytes = text.utf8.count
        if bytes <= 2 { return true }
        if ascii && bytes >= 5 { return false }
        return text.count <= 2
    }

    /// True when token `i` is preceded by a role noun, a title, or a role modifier after a role (`a. D.`); a colon
    /// may stand between a role and the name (`Ansprechpartnerin: Miriam Roth`, `Leitung: …`).
    func followsRoleOrTitle(_ view: TokenView, _ i: Int) -> Bool {
        var j = i - 1
        if view.isPunct(j, ",") { return false }
        if view.isPunct(j, ":") {
            return j == 1 && isRoleWord(view, 0)
        }
        // Skip a title (possibly with its period) and `a. D.`-like modifiers.
        var steps = 0
        while j >= 0 && steps < 6 {
            if view.isPunct(j, ".") { j -= 1; steps += 1; continue }
            let text = view.text(j)
            if isRoleWord(view, j) { return true }
            if view.has(j, WordBit.title) { return true }
            if view.isWord(j) && Self.atMostTwoCharacters(text, ascii: view.tokens[j].isASCII) {  // `a` `D` of `a. D.`
                j -= 1
                steps += 1
                continue
            }
            return false
        }
        return false
    }

    /// True when `i` can be a surname: a capitalised name word that is no role, no org cue and no function word.
    private func isSurnameWord(_ view: TokenView, _ i: Int) -> Bool {
        view.isCap(i) && view.has(i, WordBit.surnameText)
    }

    /// The end of a person name starting at `i`, or nil.
    func personEnd(_ view: TokenView, at i: Int) -> Int? {
        guard isNameWord(view, i) else { return nil }
        // After a place cue the name is a place's: `die Stadt Hagen Mitglied …`, `der Landkreis Görlitz`.
        if i > 0, view.isCap(i - 1), view.has(i - 1, WordBit.placeCue) { return nil }
        let isGiven = view.has(i, WordBit.givenLead)
        // 1. Given name, more given names or initials, then a surname.
        if isGiven {
            var j = i + 1
            while j < view.count {
                if view.isInitial(j) { j += view.initialLength(j); continue }
                if view.has(j, WordBit.givenName) && isSurnameWord(view, j + 1) { j += 1; continue }
                break
            }
            // After a known given name a surname may also be a town (`Anna Roth`, `Eva Essen`), unless a place follows.
            if isSurnameWord(view, j) && (!isPlaceWordOnly(view, j) || !view.has(i, WordBit.place)) {
                var end = j + 1
                // Double surname with a hyphen is one token; `von`/`van`/`de` particles with a following surname.
                if view.isAny(j, ["von", "van", "de", "zu"]) { end = j + 1 }
                return end
            }
            if (view.isAny(j, ["von", "van", "de", "zu", "di"])) && isSurnameWord(view, j + 1) { return j + 2 }
            // Two-word particles: `Ursula von der Leyen`, `Alexander van der Bellen`, `Marie de la Tour`.
            if view.isAny(j, ["von", "van", "de"]), view.isAny(j + 1, ["der", "den", "dem", "la"]), isSurnameWord(view, j + 2) {
                return j + 3
            }
        }
        if isRoleWord(view, i) || view.has(i, WordBit.orgHead | WordBit.placeCue) { return nil }
        // 2a. A family name first, with one or two given names, before `, ROLE`: `Nguyen Van An, Direktor …`.
        if view.has(i, WordBit.surnameTitled), isSurnameWord(view, i + 1) {
            if view.isPunct(i + 2, ","), roleStarts(view, at: i + 3) { return i + 2 }
            if view.isCap(i + 2), view.isPunct(i + 3, ","), roleStarts(view, at: i + 4) { return i + 3 }
        }
        // 2. A name followed by a known (East-Asian) family name: `Wenlong ZHU`, `Xiaoming Chen`.
        if isSurnameWord(view, i), !view.has(i, WordBit.place), view.isCap(i + 1),
           view.has(i + 1, WordBit.surnameTitled), !view.isCap(i + 2) || view.isUpper(i + 1) {
            return i + 2
        }
        // 3. A family name first, after a role or title: `Staatschef Xi Jinping`; or after `und` closing a list of names
        //    under one plural role: `die Vizepräsidenten Uwe Krahl und Li Xiaoyan`.
        // A given name that is also a town counts between the role and a comma: `Gesandter Zhu Hailin, …`.
        // So does a given name that is also a town before a lower-case word: `Präsidentin Guo Yanan am 17. Februar`.
        if view.has(i, WordBit.surnameTitled), isSurnameWord(view, i + 1),
           !isPlaceWordOnly(view, i + 1) || view.isPunct(i + 2, ",") || view.isWord(i + 2) && !view.isCap(i + 2) || view.isPunct(i + 2, "."),
           followsRoleOrTitle(view, i) || closesNameListAfterRole(view, i) {
            return i + 2
        }
        // 4. Two name words right after a role or title: `Landrat Klaus Meier`.
        if followsRoleOrTitle(view, i), isSurnameWord(view, i), isSurnameWord(view, i + 1),
           !isPlaceWordOnly(view, i), !isPlaceWordOnly(view, i + 1), !view.isCap(i + 2) || view.isPunct(i + 2, ",") {
            return i + 2
        }
        // 6. Two name words between commas after a role phrase: `der Präfekt des Départements Doubs, Joël Mathurin, …`.
        if view.isPunct(i - 1, ","), isSurnameWord(view, i), isSurnameWord(view, i + 1), !isPlaceWordOnly(view, i),
           !isPlaceWordOnly(view, i + 1),
           view.isPunct(i + 2, ",") || view.isPunct(i + 2, ".") || view.isPunct(i + 2, "(") || view.isAny(i + 2, ["und", "sowie"]),
           rolePhraseBeforeComma(view, comma: i - 1) {
            return i + 2
        }
        // 5. Two name words right before `, ROLE`: `Hanna Kowalski, Geschäftsführerin der …`.
        if isSurnameWord(view, i), isSurnameWord(view, i + 1), view.isPunct(i + 2, ","), roleStarts(view, at: i + 3),
           !isPlaceWordOnly(view, i), !isPlaceWordOnly(view, i + 1), !view.isCap(i - 1) {
            return i + 2
        }
        return nil
    }

    /// True when `und`/`sowie` before `i` follows a name of two words right after a role: `Vizepräsidenten Uwe Krahl und`.
    func closesNameListAfterRole(_ view: TokenView, _ i: Int) -> Bool {
        guard view.isAny(i - 1, ["und", "sowie"]), view.isCap(i - 2), view.isCap(i - 3) else { return false }
        return isRoleWord(view, i - 4) && !view.isCap(i + 2)
    }

    /// True when the words before the comma at `comma` are a determiner, a role noun and its attribute, without another
    /// comma in between: `der Marschall der Woiwodschaft Niederschlesien,`, `die Generalkonsulin in Stuttgart,`; a place's
    /// genitive stands for the determiner (`Chinas Generalkonsul in Frankfurt,`), and an acronym in parentheses may close
    /// the phrase (`der Präsident des China Council for the Promotion of International Trade (CCPIT),`).
    func rolePhraseBeforeComma(_ view: TokenView, comma: Int) -> Bool {
        var k = comma - 1
        var limit = 10
        if view.isPunct(k, ")"), view.isPunct(k - 2, "("), view.isWord(k - 1) {
            k -= 3
            limit = 16
        }
        while k >= 0 && comma - k <= limit {
            if !view.isWord(k) && !view.isDash(k) { return false }
            if isRoleWord(view, k) {
                if view.isAny(k - 1, Self.determinersBeforeRole) { return true }
                if view.has(k - 1, WordBit.genitivePlace) { return true }
                if lexicon.roleModifiersBefore[view.lower(k - 1)] != nil && view.isAny(k - 2, Self.determinersBeforeRole) { return true }
                // A nationality adjective: `der chinesische Botschafter in Deutschland,`.
                if view.isWord(k - 1), !view.isCap(k - 1), case let adjective = view.lower(k - 1),
                   ["e", "en"].contains(where: { adjective.hasSuffix($0) }),
                   lexicon.adjectiveStems.contains(String(adjective.dropLast(adjective.hasSuffix("en") ? 2 : 1))),
                   view.isAny(k - 2, Self.determinersBeforeRole) {
                    return true
                }
                return false
            }
            k -= 1
        }
        return false
    }

    /// Determiners, and prepositions fused with one, before a role noun in apposition: `vom Vizebürgermeister der Stadt Ningbo,`.
    static let determinersBeforeRole = ["der", "die", "des", "dem", "den", "vom", "beim", "zum", "zur"]

    /// True when a role phrase starts at `i` (with an optional modifier before it).
    func roleStarts(_ view: TokenView, at i: Int) -> Bool {
        if isRoleWord(view, i) { return true }
        // A role of two or three English words: `General Manager`, `Chief Technology Officer`.
        if view.isCap(i), view.has(i, WordBit.multiWordRoleStart), view.isCap(i + 1),
           lexicon.roles[view.join(i, i + 2)] != nil || view.isCap(i + 2) && lexicon.roles[view.join(i, i + 3)] != nil {
            return true
        }
        if lexicon.roleModifiersBefore[view.lower(i)] != nil && isRoleWord(view, i + 1) { return true }
        return false
    }

    /// True when token `i` is a known place and nothing else (not also a given name or surname).
    private func isPlaceWordOnly(_ view: TokenView, _ i: Int) -> Bool {
        view.has(i, WordBit.place) && !view.has(i, WordBit.givenName | WordBit.surnameTitled)
    }

    /// A person span with its label (`ZHU` → `Zhu`) and surface forms.
    func makePerson(_ view: TokenView, start: Int, end: Int, sentence: Int) -> MentionSpan {
        var words: [String] = []
        var i = start
        while i < end {
            if view.isPunct(i, ".") { words[words.count - 1] += "."; i += 1; continue }
            words.append(view.text(i).titleCasedIfUpper)
            i += 1
        }
        // A sentence-final period glued to a name read as an abbreviation (`Kim Jun.`) is no part of it; initials keep theirs.
        if let last = words.last, last.hasSuffix("."), last.unicodeScalars.count > 2 { words[words.count - 1] = String(last.dropLast()) }
        let label = words.joined(separator: " ")
        let surface = view.join(start, end)
        var forms: [String] = []
        if surface != label { forms.append(surface) }
        let surname = view.text(end - 1)
        forms.append(surname)
        if surname.titleCasedIfUpper != surname { forms.append(surname.titleCasedIfUpper) }
        return MentionSpan(sentence: sentence, start: start, end: end, kind: .person, label: label, quality: .full,
                           surfaceForms: forms, priority: 2)
    }
}
