import GraphCore

/// A role noun phrase in a sentence: `stellvertretender Generalsekretär`, `Staatssekretär a. D.`, `Vize-Direktor`.
struct RolePhrase {
    /// The role label: canonical modifiers and the role's lemma.
    let label: String
    /// First token.
    let start: Int
    /// One past the last token.
    let end: Int
}

extension SentenceContext {
    /// The words that may link a role to its organisation (`der`, `bei`, `zum`, …), lower-cased.
    static let roleLinkers = ["der", "des", "bei", "von", "vom", "im", "am", "beim", "für", "in", "an", "zur", "zum"]

    /// The role phrase starting at token `i`, or nil.
    func role(at i: Int) -> RolePhrase? {
        let lexicon = document.lexicon
        var j = i
        var before: [String] = []
        while j < view.count, view.isWord(j), view.has(j, WordBit.roleModifierBefore),
              let canonical = lexicon.roleModifiersBefore[view.lower(j)], before.count < 2 {
            before.append(canonical)
            j += 1
        }
        guard view.isCap(j), view.has(j, WordBit.role), mention(at: j)?.kind != .person, let role = lexicon.role(view.text(j)) else { return nil }
        var core = role.lemma
        if let prefix = role.modifier {
            core = prefix.hasSuffix("-") ? prefix + role.lemma : view.text(j)
        }
        var end = j + 1
        var after: [String] = []
        if view.has(end, WordBit.roleModifierAfterStart), let e = view.matchCompact(end, lexicon.roleModifiersAfter, maxTokens: 3) {
            var key = ""
            for k in end..<e { key += RecognitionLexicon.compactKey(view.text(k)) }
            after.append(lexicon.roleModifiersAfter[key] ?? view.join(end, e))
            end = e
        }
        // Adjectival modifiers agree with a feminine role: `stellvertretende Bürgermeisterin`, `ehemalige Ministerin`.
        if role.gender == "f" {
            before = before.map { $0.hasSuffix("er") && $0.count > 4 ? String($0.dropLast()) : $0 }
        }
        let label = (before + [core] + after).joined(separator: " ")
        return RolePhrase(label: label, start: i, end: end)
    }

    /// True when a genitive or `bei` attribute follows at `i` but names nothing the recogniser knows.
    func unresolvedAttribute(after i: Int) -> Bool {
        guard view.isAny(i, ["der", "des", "bei", "beim", "vom"]) else { return false }
        var j = i + 1
        if view.isAny(j, ["der", "dem"]) { j += 1 }
        return view.isCap(j) && mention(startingAt: j) == nil
    }

    /// The organisation or place a role phrase ending at `i` names: `der ISA`, `bei der Stadt Kiel`,
    /// `Großbritanniens`, `BSW`. Returns the entity and the end of the phrase.
    func roleOrganization(after i: Int) -> (entity: Int, end: Int)? {
        var j = i
        var steps = 0
        while steps < 2, view.isAny(j, Self.roleLinkers) { j += 1; steps += 1 }
        guard let m = mention(startingAt: j) else { return nil }
        switch m.kind {
        case .organization, .city, .administrativeArea, .country: return (m.entity, m.end)
        default: return nil
        }
    }
}
