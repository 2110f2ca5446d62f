/// Decides whether a sentence states facts or only wishes, plans, negations, questions or conditions.
///
/// `Die Städte wollen Mitglied werden`, `Die Vereinbarung soll im Mai unterzeichnet werden`,
/// `Die Stadt ist kein Mitglied`, `Wird die Partnerschaft verlängert?`, `Falls der Rat zustimmt, …`
/// and `Dortmund hat Gaststatus` state no membership, signing or partnership; rules that read a
/// predicate (``ExtractionRule/needsFactualSentence``) skip such sentences.
enum SentenceGuard {
    /// Modal verbs and verbs of planning or wishing.
    static let modal: Set<String> = [
        "will", "wollen", "wollte", "wollten", "möchte", "möchten", "mochte", "soll", "sollen", "sollte", "sollten",
        "plant", "planen", "plante", "planten", "geplant", "geplante", "geplanten", "beabsichtigt", "beabsichtigen",
        "könnte", "könnten", "würde", "würden", "hofft", "hoffen", "strebt", "streben", "anstreben", "angestrebt",
        "angestrebte", "erwägt", "erwägen", "prüft", "prüfen",
        "vorgesehen", "voraussichtlich", "interessieren", "interessiert", "bewirbt", "bewerben", "beantragt", "wünscht",
        "wünschen", "gaststatus", "beobachterstatus", "anwärter", "kandidat", "kandidatin", "kandidaten", "vielleicht",
        "eventuell", "möglicherweise", "gerüchte", "angeblich",
    ]
    /// Negations.
    static let negation: Set<String> = ["nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
                                        "weder", "nicht mehr", "ehemals", "ehemalige", "ehemaligen", "ausgetreten", "austritt"]
    /// Conditional conjunctions.
    static let conditional: Set<String> = ["wenn", "falls", "sofern", "ob"]

    /// True when the sentence states its predicates as facts.
    static func isFactual(_ view: TokenView) -> Bool {
        for i in 0..<view.count {
            if view.isPunct(i, "?") { return false }
            if view.isWord(i) && view.has(i, WordBit.nonFactual) { return false }
        }
        return true
    }
}
