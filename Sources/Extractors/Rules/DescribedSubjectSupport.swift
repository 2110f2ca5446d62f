import GraphCore

/// The organisation that a describing noun opening a clause refers to (`Das Familienunternehmen, gegründet 1958, …`, `Die
/// Gütersloher Firma besteht seit 1921`, `Der Verein wurde 2006 ins Leben gerufen`, `Die 1951 gegründete Universität …`).
extension SentenceContext {
    /// Nouns of kinds of organisation other than companies (as written in the nominative), with the endings (lower case)
    /// one word of the meant organisation's label must have.
    static let describedSubjectNouns: [String: [String]] = [
        "Verein": ["verein", "v."], "Gesellschaft": ["gesellschaft"], "Agentur": ["agentur"],
        "Universität": ["universität", "university"], "Hochschule": ["hochschule", "universität", "university"],
        "Kammer": ["kammer"], "Institut": ["institut", "institute"], "Stiftung": ["stiftung"], "Verband": ["verband"],
        "Freundeskreis": ["freundeskreis"], "Netzwerk": ["netzwerk"], "Initiative": ["initiative"],
    ]

    /// The organisation entity meant by the describing noun at token `i` that opens its clause after an article and at most
    /// four attributes (`Das 1972 gegründete Familienunternehmen`, `Die Gütersloher Firma`): a company noun means the one
    /// company named last (in this sentence before the noun, or in the nearest sentence before that names any), another
    /// noun the one organisation whose name fits it. A town's adjective before the noun picks, among several companies,
    /// the one whose seat in that town the text has stated (`Das Reutlinger Unternehmen`). Nil when none or several fit.
    /// Subsidiaries named with their town in parentheses are passed over.
    func describedOrganization(noun i: Int, findings: [RuleOutput.Finding]) -> Int? {
        guard i >= 1, view.isCap(i), view.isWord(i), mention(at: i) == nil else { return nil }
        let start = clauseStart(before: i)
        guard i > start, view.isAny(start, ["der", "die", "das"]), i - start <= 5,
              !(start + 1..<i).contains(where: { view.isPunct($0, ",") || mention(at: $0) != nil }) else { return nil }
        let company = DescribedCompanySeatRule.isDescribingNoun(view, i)
        let endings: [String]
        if company {
            endings = [""]
        } else if let own = Self.describedSubjectNouns[view.text(i)] {
            endings = own
        } else {
            return nil
        }
        // A subsidiary named with its town in parentheses (`X Conveyor (Taicang) Co., Ltd.`) is a daughter company, which a
        // describing noun (`Das Familienunternehmen …`) does not mean when its parent was named before: such names are passed
        // over.
        if let named = lastOrganization(before: start, where: { entity in
            organization(entity, fits: endings) && !document.entities.entities[entity].label.contains("(")
        }) {
            return named
        }
        // `Das Reutlinger Unternehmen` after several companies: the one whose seat in Reutlingen was stated.
        guard company, let label = DescribedCompanySeatRule.town(ofAdjective: view, i - 1, document.lexicon) else { return nil }
        var found: Int? = nil
        for finding in findings where finding.relation == .location && finding.sentence >= index - 3 {
            guard case .entity(let place) = finding.object, document.entities.entities[place].label == label,
                  document.kind(finding.subject) == .organization, organization(finding.subject, fits: [""]) else { continue }
            if let found, found != finding.subject { return nil }
            found = finding.subject
        }
        return found
    }
}
