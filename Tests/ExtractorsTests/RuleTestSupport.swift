import GraphCore
import Testing
@testable import Extractors

/// One extractor over the bundled lexicons, shared by all rule tests.
let sharedExtractor = Extractor.bundled()

/// Compact strings for the facts of an extraction: `holdsRole(Anna Roth | Oberbürgermeisterin | Freiburg)`,
/// `memberOf(Kiel | Städtebund Nord)`, `startDate(… | 2024-06-03)`.
func compactFacts(_ extraction: DocumentExtraction) -> [String] {
    let entities = extraction.entities
    return extraction.facts.map { fact in
        let subject = entities[fact.subject].label
        switch fact.object {
        case .entity(let o): return "\(fact.relation.rawValue)(\(subject) | \(entities[o].label))"
        case .literal(let literal): return "\(fact.relation.rawValue)(\(subject) | \(literal.lexical))"
        case .post(let role, let org):
            if let org { return "holdsRole(\(subject) | \(role) | \(entities[org].label))" }
            return "holdsRole(\(subject) | \(role))"
        case .address(let a): return "address(\(subject) | \(a.street), \(a.postalCode) \(a.locality))"
        }
    }
}

/// Extracts a text with a dateline-less document and a fixed year context.
func extract(_ text: String) -> DocumentExtraction {
    sharedExtractor.extract(name: "test.txt", text: text, contentHash: String(repeating: "0", count: 64))
}

/// Checks one marked sentence: every expected fact is extracted, and no other fact of the relations the case
/// names (in `expected` or `none`) is.
func checkRuleCase(_ example: RuleCase) {
    let facts = compactFacts(extract(example.text))
    for fact in example.expected {
        #expect(facts.contains(fact), "missing \(fact); got \(facts)")
    }
    let checked = Set(example.none.map { $0.rawValue } + example.expected.map { String($0.prefix { $0 != "(" }) })
    for fact in facts where checked.contains(String(fact.prefix { $0 != "(" })) {
        #expect(example.expected.contains(fact), "unexpected \(fact)")
    }
}
