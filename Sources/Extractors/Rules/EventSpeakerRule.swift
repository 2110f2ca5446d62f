import GraphCore

/// A person who speaks at an event the text has just reported attends it: `Bürgermeisterin Anna Roth eröffnete die
/// Konferenz`, `Anschließend berichtete Jan Kowalczyk über …`, `Prof. Li Wei hielt einen Vortrag`, `Die Keynotes hielten A und B`,
/// `Als Gastredner sprach X`, `Durch das Programm führte X`, `Eröffnet wurde der Workshop von X`, `Die Siegerehrung nahm X vor`.
///
/// The speaker is the subject: the first mention of the sentence, a person, before the verb or right after it in
/// verb-second order. The event is the sentence's own or the one of the last two sentences. Quotations (`so X`)
/// and future or modal sentences (``SentenceGuard``) do not count.
///
/// Example: „Am 3. Mai fand in Lodz das 2. Textilforum statt. Bürgermeister Jan Nowak eröffnete das Forum.“ →
/// attendee(2. Textilforum | Jan Nowak). Prior 0.6.
struct EventSpeakerRule: ExtractionRule {
    var name: String { "event-speaker" }
    var confidence: Double { 0.6 }
    var needsFactualSentence: Bool { true }

    /// Past-tense verbs of speaking, presenting and chairing.
    static let verbs: WordList = ["eröffnete", "begrüßte", "moderierte", "referierte", "berichtete", "beschrieb", "erläuterte",
                                     "präsentierte", "sprach", "hielt", "gab", "stellte", "leitete", "skizzierte", "informierte",
                                     "schilderte", "betonte", "unterstrich", "nahm", "führte", "diskutierte", "zeigte",
                                     "sprachen", "eröffneten", "referierten", "diskutierten", "berichteten", "präsentierten",
                                     "hielten", "machte", "eröffnet", "moderiert"]
    /// Nouns that complete `hielt`/`gab`/`nahm … vor` as speaking.
    static let speechNouns: Set<String> = ["vortrag", "rede", "grußwort", "ansprache", "impulsvortrag", "bericht", "überblick",
                                           "einblick", "einführung", "keynote", "präsentation", "analyse", "einschätzung",
                                           "programm", "diskussion", "podiumsdiskussion", "begrüßung", "keynotes", "vorträge",
                                           "grußworte", "siegerehrung", "preisverleihung", "auftakt", "eröffnung"]
    /// Participles of opening and chairing that open a passive sentence (lower-cased): `Eröffnet wurde der Workshop von X`.
    static let passiveParticiples: WordList = ["eröffnet", "moderiert", "geleitet", "begrüßt"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let verb = context.find(Self.verbs) else { return }
        let word = view.lower(verb)
        if word == "eröffnet" || word == "moderiert" {
            // `Eröffnet wurde der Workshop von Rektorin X`: the passive with the participle first.
            guard verb == 0, view.isAny(1, ["wurde", "wird", "wurden"]), let von = context.find(["von", "vom"], from: 2),
                  let speaker = context.mentions.first(where: { $0.kind == .person && $0.start > von && $0.start <= von + 5 }),
                  let event = context.eventMentions.first(where: { $0.start < von })?.entity
                    ?? context.definiteEvent(at: 2, compoundTail: true) ?? context.currentEvent(anaphoric: true, window: 2)
            else { return }
            output.add(.attendee, event, speaker.entity)
            context.document.recentEvents.append((event, context.index))
            return
        }
        if word == "machte" {
            // `Den Auftakt machte X`.
            guard view.isAny(verb - 1, ["auftakt"]) else { return }
        } else if ["hielt", "hielten", "gab", "nahm", "führte"].contains(word) {
            // `hielt einen Vortrag`, `gab einen Überblick`, `nahm eine Analyse … vor`, `führte durch das Programm`, also with the
            // noun first, at most three words before the verb (`Die Keynotes hielten A und B`, `Die Siegerehrung nahm X vor`).
            // The token lower-cased once, its ending compared by bytes.
            let isSpeech = { (i: Int) -> Bool in
                guard view.isCap(i) else { return false }
                let lower = view.lower(i)
                return Self.speechNouns.contains { lower.hasSimpleSuffix($0) }
            }
            guard (max(0, verb - 3)..<verb).contains(where: isSpeech) || (verb + 1..<view.count).contains(where: isSpeech) else { return }
        }
        // Not a quotation attribution: `„…“, so Anna Roth` / `sagte`.
        if view.isAny(verb - 1, ["so"]) { return }
        guard let event = context.currentEvent(anaphoric: true, window: 2) else { return }
        // `Beim 5. Partnerschaftsforum sprachen A und B`: the event leads, the speakers follow the verb.
        if let first = context.mentions.first, first.entity == event, first.end <= verb, view.isAny(first.start - 1, ["beim", "auf", "bei"])
            || view.isAny(first.start - 2, ["auf", "bei", "während"]) {
            var k = context.skippingRole(from: verb + 1)
            var speakers: [MentionSpan] = []
            while let m = context.mention(startingAt: k), m.kind == .person {
                speakers.append(m)
                k = m.end
                guard view.isPunct(k, ",") || view.isAny(k, ["und", "sowie"]) else { break }
                k = context.skippingRole(from: k + 1)
            }
            for m in speakers { output.add(.attendee, event, m.entity) }
            if !speakers.isEmpty { context.document.recentEvents.append((event, context.index)) }
            return
        }
        guard let speaker = subject(context, verb: verb), speaker.kind == .person else { return }
        output.add(.attendee, event, speaker.entity)
        // `Die Keynotes hielten A vom Institut X und B`: further speakers after the first.
        if speaker.start > verb, ["hielten", "sprachen", "diskutierten", "referierten", "berichteten", "präsentierten"].contains(word) {
            for m in context.mentions where m.kind == .person && m.start > speaker.end { output.add(.attendee, event, m.entity) }
        }
        // The report of the event goes on: later speakers refer to it too.
        context.document.recentEvents.append((event, context.index))
    }

    /// The subject around the verb: the first mention before it (outside parentheses and role attributes), or in
    /// verb-second order the mention right after it.
    private func subject(_ context: SentenceContext, verb: Int) -> MentionSpan? {
        let view = context.view
        if let first = context.mentions.first, first.start < verb {
            // Only role words, titles and an apposition may stand before the subject.
            for i in 0..<first.start where view.isWord(i) {
                if view.isCap(i) || view.text(i).contains(".") || view.isAny(i, ["a", "d", "von", "van", "de"]) { continue }
                return nil
            }
            return first
        }
        // `Anschließend berichtete Jan Kowalczyk …`, `Als Gastredner sprach Prof. Dr. Jan Roth`, `Durch das Programm führte X`: a
        // short phrase before the verb, the subject right after it (after roles and titles).
        guard verb <= 4, context.mentions.first.map({ $0.start > verb }) ?? true else { return nil }
        var k = verb + 1
        while k < view.count, view.isCap(k) || view.isPunct(k, "."), context.mention(startingAt: k) == nil, k < verb + 6 { k += 1 }
        return context.mention(startingAt: k)
    }
}
