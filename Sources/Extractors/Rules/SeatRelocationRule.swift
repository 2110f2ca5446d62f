import GraphCore

/// An organisation that moves its seat to a town: `ORG verlegt seinen Sitz (von A) nach CITY`, `ORG hat ihre Zentrale nach
/// CITY verlagert`, `ORG verlegte den Firmensitz nach CITY`. The new town is the organisation's location.
///
/// Example: „Die Brenner Logistik GmbH verlegt ihren Firmensitz von Hanau nach Offenbach.“ → location(Brenner Logistik GmbH |
/// Offenbach). The moved thing must be a seat or an office (`Sitz`, `Europazentrale`, `Standort`, `Büro`), so that
/// `verlegt die Produktion nach Polen` or `verlegt den Termin nach Berlin` states nothing; the town left is not written.
/// Prior 0.8.
struct SeatRelocationRule: ExtractionRule {
    var name: String { "seat-relocation" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { true }

    /// Verbs of moving (lower case), looked for in every sentence.
    static let verbs: WordList = ["verlegt", "verlegte", "verlegten", "verlegen", "verlagert", "verlagerte", "verlagerten",
                                  "verlagern"]
    /// Endings of nouns of a seat or an office (lower case).
    static let seatEnds = ["sitz", "zentrale", "standort", "hauptquartier", "geschäftsstelle", "büro", "niederlassung",
                           "verwaltung", "hauptverwaltung"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        guard let verb = context.find(Self.verbs) else { return }
        // `ORG verlegt …`, `Im Mai verlegt ORG …`, or `ORG hat … verlegt` (the auxiliary is the finite verb).
        var subject = context.subjectOrganization(finite: verb)
        if subject == nil, let aux = context.find(["hat", "haben", "hatte", "hatten"], before: verb) {
            subject = context.subjectOrganization(finite: aux)
        }
        guard let subject else { return }
        // The seat noun after the subject, then `nach CITY` within the clause.
        var k = max(subject.end, min(verb, subject.start))
        var seat = false
        let limit = min(view.count, k + 14)
        while k < limit, !view.isPunct(k, ","), !view.isPunct(k, ".") {
            if view.isCap(k), view.isWord(k), case let lower = view.lower(k), Self.seatEnds.contains(where: { lower.hasSimpleSuffix($0) }) {
                seat = true
            } else if seat, view.isAny(k, ["nach"]), let town = context.mention(startingAt: k + 1), town.kind == .city {
                output.add(.location, subject.entity, town.entity)
                return
            }
            k += 1
        }
    }
}
