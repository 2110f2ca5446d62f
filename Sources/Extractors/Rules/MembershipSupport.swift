import GraphCore

/// Kinds that can be members of an alliance or network.
let memberKinds: Set<EntityKind> = [.city, .administrativeArea, .organization, .person]

extension SentenceContext {
    /// The association that opens the sentence as the subject of the verb at `verb`: a named organisation (with an
    /// article before it) ending right at the verb, or `Der Verband`/`Das Netzwerk` standing for one named before; with
    /// `namedAsAssociation`, a named organisation counts only when its label names an association.
    func associationSubject(before verb: Int, namedAsAssociation: Bool = false) -> Int? {
        var s = 0
        if view.isAny(s, ["der", "die", "das"]) { s += 1 }
        if let named = mention(startingAt: s), named.kind == .organization, named.end == verb,
           !namedAsAssociation || AdmittedMembersRule.isAssociation(document.entities.entities[named.entity].label) {
            return named.entity
        }
        if s == 1, verb == 2, AssociationReferenceMembershipRule.referenceNouns[view.lower(1)] != nil {
            return AssociationReferenceMembershipRule().reference(self, noun: 1)
        }
        return nil
    }

    /// The member mentions of a sentence between `from` and `to`: places and organisations at the outer
    /// level of parentheses, not countries or places introduced by `aus` (`aus 14 Provinzen`).
    func memberMentions(from: Int, to: Int, excluding group: Int) -> [MentionSpan] {
        var out: [MentionSpan] = []
        for m in mentions where m.start >= from && m.end <= to && m.entity != group {
            guard m.kind == .city || m.kind == .administrativeArea || m.kind == .organization else { continue }
            if view.isAny(m.start - 1, ["aus", "in", "im", "nach"]) { continue }
            if isNestedParenthetical(m.start) { continue }
            out.append(m)
        }
        return out
    }

    /// The members added after the closing particle at `particle` of a joining verb: `… trat dem Netzwerk bei, außerdem der
    /// Landkreis B und die Stadt C` (towns, areas and organisations, not persons).
    func membersAfterParticle(_ particle: Int, excluding group: Int) -> [MentionSpan] {
        guard view.isPunct(particle + 1, ","), view.isAny(particle + 2, ["außerdem", "ebenso", "ferner", "sowie"]) else { return [] }
        let k = view.isAny(particle + 3, ["der", "die", "das"]) ? particle + 4 : particle + 3
        return coordinatedMentions(from: k, kinds: memberKinds).mentions.filter { $0.kind != .person && $0.entity != group }
    }

    /// True when token `i` sits inside a parenthesis that itself follows a list item (`Huzhou (Provinz Zhejiang)`,
    /// `Region Schwarzwald (Lahr und Freiburg)`), at depth two or a depth-one parenthesis right after a mention.
    func isNestedParenthetical(_ i: Int) -> Bool {
        var depth = 0
        var openers: [Int] = []
        for k in 0..<min(i, view.count) {
            if view.isPunct(k, "(") { depth += 1; openers.append(k) } else if view.isPunct(k, ")") {
                depth = max(0, depth - 1)
                if !openers.isEmpty { openers.removeLast() }
            }
        }
        guard let opener = openers.last else { return false }
        // A parenthesis right after a mention qualifies it.
        return mention(endingAt: opener) != nil
    }

    /// The organisation that a membership word (`Mitglied`, `Mitgliedsstädte`) at `i` is followed by: `der ISA`.
    func groupAfterMembershipWord(_ i: Int) -> MentionSpan? {
        var j = i + 1
        if view.isAny(j, ["der", "des", "im", "in", "beim", "bei", "von"]) { j += 1 }
        if view.isAny(j, ["der", "des", "dem"]) { j += 1 }
        guard let m = mention(startingAt: j), m.kind == .organization else { return nil }
        return m
    }

    /// True when some token of the sentence is a membership word (one bit test per token): the cheap first test of the
    /// rules that need one.
    func hasMembershipWord() -> Bool {
        for i in 0..<view.count where view.has(i, WordBit.membership) { return true }
        return false
    }

    /// True when token `i` is a membership word (`Mitglied`, `Mitglieder`, `Mitgliedsstadt`, `Mitgliedsstädte`).
    func isMembershipWord(_ i: Int) -> Bool {
        // ``WordBit/membership``: the test on the lower-cased text, computed once per distinct text.
        view.isWord(i) && view.has(i, WordBit.membership)
    }
}
