import GraphCore

/// Speakers, panellists, moderators and participants named in an event's programme or announcement: `Es sprechen A
/// und B`, `Grußworte sprechen A und B`, `Referenten sind A und B`, `Als Redner werden A und B erwartet`, `Auf dem Podium
/// diskutieren A und B`, `Moderiert wird das Forum von A`, `Die Begrüßung übernimmt A`, `Begrüßung durch A`, `Vortrag
/// von A`, `Zu den Teilnehmern zählten A und B`. They attend the event of the sentence or of the last two sentences.
///
/// Example: „Am 14. Mai findet das 4. Wirtschaftsforum in Kassel statt. Es sprechen Oberbürgermeister Sven Schoeller und
/// Generalkonsul Wang Lei.“ → attendee(4. Wirtschaftsforum | Sven Schoeller), attendee(… | Wang Lei). Prior 0.6: the
/// persons named after the cue, not persons in a question or a negated sentence.
struct AnnouncedSpeakerRule: ExtractionRule {
    var name: String { "announced-speaker" }
    var confidence: Double { 0.6 }
    var needsFactualSentence: Bool { false }

    /// The cue words (lower-cased), looked for in every sentence.
    static let cues: WordList = ["sprechen", "referenten", "referentinnen", "referent", "referentin", "redner", "rednerin",
                                 "rednerinnen", "podium", "moderiert", "begrüßung", "vortrag", "vorträgen", "impulsvortrag",
                                 "teilnehmern", "teilnehmenden", "keynote"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let cue = context.find(Self.cues), Self.announces(view, cue: cue) else { return }
        if view.isPunct(view.count - 1, "?") || context.find(["nicht", "kein", "keine", "keiner"]) != nil { return }
        let speakers = context.mentions.filter { $0.kind == .person && $0.start > cue }
        guard !speakers.isEmpty, let event = context.currentEvent(anaphoric: true, window: 2) else { return }
        for m in speakers { output.add(.attendee, event, m.entity) }
        context.document.recentEvents.append((event, context.index))
    }

    /// True when the cue at `cue` opens a list of speakers (the construction around it, not the word alone).
    static func announces(_ view: TokenView, cue: Int) -> Bool {
        switch view.lower(cue) {
        case "sprechen":
            // `Es sprechen …`, `Grußworte sprechen …`, `Zu den Gästen sprechen …` at the clause start.
            return cue <= 3 && (view.isAny(cue - 1, ["es", "grußworte", "grußwort"]) || view.isAny(0, ["zudem", "außerdem", "anschließend"]))
        case "podium":
            // `Auf dem Podium diskutieren/diskutierten/sitzen …`.
            return view.isAny(cue - 1, ["dem"]) && view.isAny(cue - 2, ["auf"])
                && view.isAny(cue + 1, ["diskutieren", "diskutierten", "sitzen", "saßen", "stehen", "standen", "sprachen", "sprechen"])
        case "moderiert":
            // `Moderiert wird das Forum von …`, `…, moderiert von …`.
            // Also after a semicolon: `…; moderiert wurde die Runde von X`.
            return ((cue == 0 || view.isPunct(cue - 1, ";")) && view.isAny(cue + 1, ["wird", "wurde"])) || view.isAny(cue + 1, ["von"])
        case "begrüßung":
            // `Die Begrüßung übernimmt …`, `Begrüßung durch …`.
            return view.isAny(cue + 1, ["übernimmt", "übernahm", "übernehmen", "durch"])
        case "vortrag", "vorträgen", "impulsvortrag", "keynote":
            // `Vortrag von …`, `mit Vorträgen von …`.
            return view.isAny(cue + 1, ["von"])
        case "teilnehmern", "teilnehmenden":
            // `Zu den Teilnehmern zählten/gehörten …`.
            return view.isAny(cue - 2, ["zu"]) && view.isAny(cue + 1, ["zählten", "zählen", "gehörten", "gehören"])
        default:
            // `Referenten sind …`, `Als Redner werden … erwartet`, `Redner waren …`.
            return view.isAny(cue + 1, ["sind", "waren", "werden"]) && (cue == 0 || view.isAny(cue - 1, ["als"]))
        }
    }
}
