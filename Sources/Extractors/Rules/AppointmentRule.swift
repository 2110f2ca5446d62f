import GraphCore

/// `ORG hat NAME zum/zur ROLE ernannt` (also `berufen`, `bestellt`, `gewählt`) and `ORG ernannte NAME zum ROLE` – an
/// organisation appoints a person to a role, in the active voice (the passive is ``ElectionRoleRule``'s).
///
/// Example: „Die Hafen Kiel GmbH hat Dr. Peter Lau zum neuen Geschäftsführer bestellt.“ → holdsRole(Peter Lau |
/// Geschäftsführer | Hafen Kiel GmbH). The role's organisation is the one named after the role (`zur Präsidentin der
/// IHK Bonn`), else the organisation that is the subject, right before the finite verb; the person stands right before
/// `zum`/`zur`. Without an organisation nothing is stated. Prior 0.8.
struct AppointmentRule: ExtractionRule {
    var name: String { "appointment" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Verbs of appointing, participles and past forms (lower-cased), looked for in every sentence.
    static let verbs: WordList = ["ernannt", "berufen", "bestellt", "gewählt", "wiedergewählt", "ernannte", "ernannten",
                                  "berief", "beriefen", "bestellte", "bestellten", "wählte", "wählten", "ernennt", "beruft",
                                  "wählt"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let verb = context.find(Self.verbs) else { return }
        // The passive (`wurde … zum ROLE ernannt`) is another rule's.
        if context.find(["wurde", "wurden", "worden", "ist", "sind"]) != nil { return }
        guard let to = context.find(["zum", "zur"]), let person = context.mention(endingAt: to), person.kind == .person
        else { return }
        // `zum neuen Geschäftsführer`: the adjective is no part of the role.
        let roleStart = view.isAny(to + 1, ["neuen", "neue", "neuer"]) ? to + 2 : to + 1
        guard let role = context.role(at: roleStart) else { return }
        // The finite verb: the auxiliary before the person (`hat NAME zum … ernannt`) or the appointing verb itself.
        let finite: Int
        if verb >= role.end, let aux = context.find(["hat", "haben", "hatte", "hatten"], before: person.start), aux < person.start {
            finite = aux
        } else if verb < person.start {
            finite = verb
        } else {
            return
        }
        let organization: Int
        if let link = context.roleOrganization(after: role.end) {
            organization = link.entity
        } else if let subject = context.mention(endingAt: finite), subject.kind == .organization {
            organization = subject.entity
        } else {
            return
        }
        output.add(.holdsRole, person.entity, .post(role: role.label, organization: organization))
    }
}
