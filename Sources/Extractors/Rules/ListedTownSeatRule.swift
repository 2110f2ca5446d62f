import GraphCore

/// `die Kramer Antriebe GmbH, Minden, die Solteq AG, Paderborn, sowie …`: in a list of companies, the town written after a
/// company's name between commas is its seat.
///
/// Example: „Unter den Ausstellern waren die Hahn Sensorik GmbH, Reutlingen, und die Berger AG, Ulm.“ → location(Hahn
/// Sensorik GmbH | Reutlingen), location(Berger AG | Ulm). Prior 0.75: the name must carry a legal form (`GmbH`, `AG`,
/// `Co., Ltd.`, `e. V.`) and the town must close the apposition (a comma, `und`, `sowie`, a full stop or a closing
/// parenthesis after it), so that `die X GmbH, Shanghai und Peking besuchten …` or a street after the name states nothing.
struct ListedTownSeatRule: ExtractionRule {
    var name: String { "listed-town-seat" }
    var confidence: Double { 0.75 }
    var needsFactualSentence: Bool { false }

    /// Words that may open the next item after the town's closing comma (lower case).
    static let nextItemWords = ["die", "der", "das", "den", "dem", "und", "sowie", "oder"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        for org in context.mentions where org.kind == .organization {
            let end = context.organizationEnd(org)
            // Cheap tests first: a comma and a town right after the name.
            guard view.isPunct(end, ","), let town = context.mention(startingAt: end + 1), town.kind == .city else { continue }
            let after = town.end
            let closes = after >= view.count || view.isPunct(after, ".") || view.isPunct(after, ";") || view.isPunct(after, ")")
                || view.isAny(after, ["und", "sowie"]) && view.isAny(after + 1, ["die", "der", "das", "den", "dem"])
                || view.isPunct(after, ",") && view.isAny(after + 1, Self.nextItemWords)
            guard closes else { continue }
            // A second town right after the first (`X GmbH, Shanghai, Peking`) is a list of towns, not a seat.
            if view.isPunct(after, ","), context.mention(startingAt: after + 1)?.kind == .city { continue }
            guard context.organization(org.entity, fits: [""]) || Self.isAssociation(output.document.entities.entities[org.entity].label)
            else { continue }
            output.add(.location, org.entity, town.entity)
        }
    }

    /// True when `label` names a registered association (`… e. V.`, `… e.V.`).
    static func isAssociation(_ label: String) -> Bool {
        label.hasSuffix("e. V.") || label.hasSuffix("e.V.")
    }
}
