import GraphCore

/// `ORG, vertreten durch ROLE NAME` and its variants: the organisation a person represents is the organisation of the post
/// that ``RoleBeforeNameRule`` reads after `durch`.
///
/// Example: „Die Hochschule Kempten war vertreten durch ihren Präsidenten Prof. Dr. Jan Roth, die Tongji-Universität durch
/// Vizepräsidentin Li Na.“ → holdsRole(Jan Roth | Präsident | Hochschule Kempten), holdsRole(Li Na | Vizepräsidentin |
/// Tongji-Universität). Also `die Haug AG aus Reutlingen, vertreten durch Vorstand NAME` and `Vertreten wurde die Provinz
/// Hubei durch Vizegouverneur NAME`.
enum RepresentationSupport {
    /// The participle of representing (lower-cased), looked for only after a role word follows `durch`.
    static let represented = ["vertreten"]
    /// Auxiliaries between the organisation and `vertreten` (lower-cased).
    static let auxiliaries = ["war", "ist", "wird", "wurde", "waren", "sind", "werden", "wurden"]
    /// Possessives and articles between `durch` and the role (lower-cased).
    static let determiners = ["ihren", "ihre", "seinen", "seine", "den", "die", "dessen", "deren"]
    /// The kinds of entities that can be represented.
    static let kinds: Set<EntityKind> = [.organization, .city, .administrativeArea, .country]

    /// The organisation represented by the person whose role starts at token `roleStart`, when `durch` (and a possessive)
    /// stands right before the role in a sentence with `vertreten`; else nil.
    static func organization(_ context: SentenceContext, roleStart: Int) -> Int? {
        let view = context.view
        var d = roleStart - 1
        if view.isAny(d, determiners) { d -= 1 }
        guard d >= 1, view.isAny(d, ["durch"]) else { return nil }
        // `ORG, vertreten durch …` / `ORG war vertreten durch …`.
        if view.isAny(d - 1, represented) {
            let k = d - 2
            guard view.isAny(k, auxiliaries) || view.isPunct(k, ",") else { return nil }
            // The organisation ends at `k`, or before its seat: `die Haug AG aus Reutlingen, vertreten durch …`.
            if let m = context.mention(endingAt: k), kinds.contains(m.kind) {
                if m.kind != .organization, let seat = seatOwner(context, place: m) { return seat }
                return m.entity
            }
            return nil
        }
        // `…, die Tongji-Universität durch ROLE NAME` after `vertreten` in the sentence, and `Vertreten wurde ORG durch …`.
        guard let m = context.mention(endingAt: d), kinds.contains(m.kind),
              context.find(represented, before: m.start) != nil else { return nil }
        return m.entity
    }

    /// The organisation before `aus PLACE` / `in PLACE` that ends at the place's preposition.
    private static func seatOwner(_ context: SentenceContext, place: MentionSpan) -> Int? {
        guard context.view.isAny(place.start - 1, ["aus", "in"]), let org = context.mention(endingAt: place.start - 1),
              org.kind == .organization else { return nil }
        return org.entity
    }
}
