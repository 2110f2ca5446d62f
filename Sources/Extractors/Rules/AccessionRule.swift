import GraphCore

/// `A trat der ORG bei`, `A ist der ORG beigetreten`, `A wurde als neues Mitglied in die ORG aufgenommen`, `A hat sich der ORG
/// angeschlossen`; the member may be a description (`Das Unternehmen`, `die Stadt`).
///
/// Example: „Im Mai trat die Stadt Opole dem Netzwerk Grenzstädte bei.“ → memberOf(Opole | Netzwerk Grenzstädte).
/// Prior 0.8.
struct AccessionRule: ExtractionRule {
    var name: String { "accession" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Verbs of joining (lower-cased), looked for in every sentence.
    static let joinVerbs: WordList = ["trat", "traten", "tritt", "beigetreten", "beitreten"]
    /// The participle of admission (lower-cased), looked for in every sentence.
    static let admitVerbs: WordList = ["aufgenommen"]
    /// Verbs of attaching oneself to a group (lower-cased): `hat sich … angeschlossen`, `schließt sich … an`.
    static let attachVerbs: WordList = ["angeschlossen", "anschließen", "schließt", "schloss", "schlossen", "schließen"]
    /// Passive auxiliaries (lower-cased), looked for in every sentence.
    static let auxiliaries: WordList = ["wurde", "wurden", "wird", "werden", "sind", "ist"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        if let verb = context.find(Self.joinVerbs) {
            // The organisation in the dative after the verb (or before `beigetreten`).
            guard let group = context.mentions.first(where: { $0.kind == .organization && view.isAny($0.start - 1, ["dem", "der"]) })
            else {
                // `Bereits im Dezember war der Landkreis Leer beigetreten.`: no dative names the association, so it is the one the
                // text is about (``AdmittedMembersRule/association(_:excluding:)``).
                guard view.isAny(verb, ["beigetreten"]), context.find(["dem"], before: verb) == nil,
                      !(1..<max(1, verb)).contains(where: { view.isAny($0 - 1, ["der"])
                          && AssociationReferenceMembershipRule.referenceNouns[view.lower($0)] != nil }) else { return }
                let members = context.memberMentions(from: 0, to: verb, excluding: -1)
                guard !members.isEmpty,
                      let group = AdmittedMembersRule().association(context, excluding: Set(members.map { $0.entity })) else { return }
                for m in members { output.add(.memberOf, m.entity, group) }
                return
            }
            guard view.lower(verb) == "beigetreten" || context.find(["bei"], from: group.end) != nil else { return }
            // The subject stands before the verb or, after a fronted adverbial, between verb and organisation.
            let subjectEnd = group.start - 1
            let named = context.memberMentions(from: 0, to: subjectEnd, excluding: group.entity).filter { $0.end <= subjectEnd }
            for m in named { output.add(.memberOf, m.entity, group.entity) }
            // `Das Unternehmen ist dem Verband beigetreten`: a description of the member opens the sentence.
            if named.isEmpty, let described = context.describedEntity(at: 0), described.entity != group.entity,
               context.document.kind(described.entity) != .person {
                output.add(.memberOf, described.entity, group.entity)
            }
            // `… trat dem Netzwerk bei, außerdem der Landkreis B`.
            if view.lower(verb) != "beigetreten", let particle = context.find(["bei"], from: group.end) {
                for m in context.membersAfterParticle(particle, excluding: group.entity) { output.add(.memberOf, m.entity, group.entity) }
            }
            return
        }
        // With or without a membership noun: `wurde (als neues Mitglied) in den Städtebund aufgenommen`.
        if let verb = context.find(Self.admitVerbs) {
            // `… wurden als neue Mitglieder in die Allianz aufgenommen`
            var group: (entity: Int, start: Int, end: Int)? = context.mentions.first(where: {
                $0.kind == .organization && view.isAny($0.start - 1, ["die", "den", "das"]) && view.isAny($0.start - 2, ["in"])
            }).map { ($0.entity, $0.start, $0.end) }
            // `… wurde in den Verband aufgenommen`: a definite noun right before the participle refers back to the association.
            if group == nil, view.isAny(verb - 2, ["die", "den", "das"]), view.isAny(verb - 3, ["in"]),
               AssociationReferenceMembershipRule.referenceNouns[view.lower(verb - 1)] != nil, context.mention(at: verb - 1) == nil,
               let referred = AssociationReferenceMembershipRule().reference(context, noun: verb - 1) {
                group = (referred, verb - 1, verb)
            }
            guard let group, let auxiliary = context.find(Self.auxiliaries) else { return }
            // Without the noun the organisation must be what they were admitted into, right before the participle.
            if !(0..<verb).contains(where: { context.isMembershipWord($0) }), !(group.end <= verb && verb - group.end <= 2) { return }
            let named = context.memberMentions(from: 0, to: auxiliary, excluding: group.entity)
            for m in named { output.add(.memberOf, m.entity, group.entity) }
            // `Zugleich wurde das Wuppertaler Familienunternehmen als Mitglied in die X aufgenommen`: a description of the member
            // opens the sentence or follows the auxiliary.
            if named.isEmpty, let described = context.describedEntity(at: 0) ?? context.describedEntity(at: auxiliary + 1),
               described.end <= group.start, described.entity != group.entity, context.document.kind(described.entity) != .person {
                output.add(.memberOf, described.entity, group.entity)
            }
            return
        }
        // `A hat sich dem Verein angeschlossen`, `A schließt sich der Initiative an`, `… hat sich unserem Verein angeschlossen`.
        if let verb = context.find(Self.attachVerbs), let reflexive = context.find(["sich"]), reflexive < verb + 6 {
            if !view.isAny(verb, ["angeschlossen", "anschließen"]) {
                guard (verb + 1..<view.count).contains(where: { view.isAny($0, ["an"]) && (view.isPunct($0 + 1, ".") || view.isPunct($0 + 1, ",") || $0 + 1 == view.count) })
                else { return }
            }
            guard let dative = (reflexive + 1..<view.count).first(where: { view.isAny($0, ["dem", "der", "unserem", "unserer"]) }),
                  let group = context.associationGroup(at: dative) ?? context.mention(startingAt: dative + 1).flatMap({
                      $0.kind == .organization ? ($0.entity, $0.end) : nil })
            else { return }
            var members = context.memberMentions(from: 0, to: dative, excluding: group.entity).map { $0.entity }
            if members.isEmpty, let described = context.describedEntity(at: 0) ?? context.describedEntity(at: reflexive + 1),
               context.document.kind(described.entity) != .person {
                members = [described.entity]
            }
            for m in members where m != group.entity { output.add(.memberOf, m, group.entity) }
        }
    }
}
