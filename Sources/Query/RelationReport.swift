import GraphCore

/// Prints the answers of ``GraphQuestions`` for people (text) and programs (JSON).
public struct RelationReport: Sendable {
    /// The graph the answers refer to.
    public let graph: RelationGraph
    /// Prefixes used to shorten type IRIs in text.
    public let prefixes: [Prefix]

    /// A report over `graph`.
    public init(graph: RelationGraph, prefixes: [Prefix]) {
        self.graph = graph
        self.prefixes = prefixes
    }

    // MARK: Text

    /// The entity card as text: name, IRI, types, other names, then every fact with its sources.
    public func text(card: EntityCard) -> String {
        let entity = graph.entities[card.entity]
        var out = entity.label + "\n"
        out += "  iri:   \(entity.iri.string)\n"
        out += "  types: \(entity.types.map { ResultWriter.compact($0, prefixes: prefixes) }.joined(separator: ", "))\n"
        if !entity.altLabels.isEmpty { out += "  also:  \(entity.altLabels.joined(separator: "; "))\n" }
        let steps = card.outgoing.map { FactStep(fact: $0, forward: true) } + card.incoming.map { FactStep(fact: $0, forward: false) }
        out += "  facts: \(steps.count)\n"
        for step in steps {
            out += "    " + describe(step, from: card.entity) + "\n"
            out += sourcesText(graph.facts[step.fact].sources, indent: "        ")
        }
        return out
    }

    /// Neighbours grouped by depth, each with the facts that reached it.
    public func text(neighbors: [Neighbor], of start: Int) -> String {
        var out = "\(graph.entities[start].label): \(neighbors.count) neighbour\(neighbors.count == 1 ? "" : "s")\n"
        var depth = 0
        for neighbor in neighbors {
            if neighbor.depth != depth {
                depth = neighbor.depth
                out += "depth \(depth):\n"
            }
            out += "  \(graph.entities[neighbor.entity].label)\n"
            for step in neighbor.via {
                out += "    " + chain(step) + "\n"
            }
        }
        return out
    }

    /// Shortest paths as numbered chains, one step (with its sources) a line.
    public func text(paths: [[FactStep]], from a: Int, to b: Int) -> String {
        let x = graph.entities[a].label, y = graph.entities[b].label
        guard let first = paths.first else { return "no path links \(x) and \(y)\n" }
        var out = "\(paths.count) shortest path\(paths.count == 1 ? "" : "s") of \(first.count) fact\(first.count == 1 ? "" : "s") from \(x) to \(y)\n"
        for (n, path) in paths.enumerated() {
            out += "path \(n + 1):\n"
            for step in path {
                out += "  " + chain(step) + "\n"
                out += sourcesText(graph.facts[step.fact].sources, indent: "      ")
            }
        }
        return out
    }

    /// One fact as seen from `entity`: `→ relation  other` or `← relation  other`.
    func describe(_ step: FactStep, from entity: Int) -> String {
        let fact = graph.facts[step.fact]
        let relation = fact.relation + (fact.role.map { " (\($0))" } ?? "")
        if step.forward { return "→ \(relation)  \(objectText(fact.object))" }
        return "← \(relation)  \(graph.entities[fact.subject].label)"
    }

    /// A fact in walking direction: `A —relation→ B` forward, `B ←relation— A` backward.
    func chain(_ step: FactStep) -> String {
        let fact = graph.facts[step.fact]
        let relation = fact.relation + (fact.role.map { " (\($0))" } ?? "")
        let s = graph.entities[fact.subject].label, o = objectText(fact.object)
        return step.forward ? "\(s) —\(relation)→ \(o)" : "\(o) ←\(relation)— \(s)"
    }

    private func objectText(_ object: RelationObject) -> String {
        switch object {
        case .entity(let i): return graph.entities[i].label
        case .value(let v): return "\"\(v)\""
        }
    }

    private func sourcesText(_ sources: [FactEvidence], indent: String) -> String {
        var out = ""
        for source in sources {
            out += indent + source.document
            if let quote = source.quote { out += ": \"\(quote.replacingNewlines())\"" }
            out += "\n"
        }
        return out
    }

    // MARK: JSON

    /// The entity card as one JSON object.
    public func json(card: EntityCard) -> String {
        let steps = card.outgoing.map { FactStep(fact: $0, forward: true) } + card.incoming.map { FactStep(fact: $0, forward: false) }
        return "{\"entity\":\(entityJSON(card.entity)),\"facts\":[" + steps.map(stepJSON).joined(separator: ",\n") + "]}\n"
    }

    /// Neighbours as a JSON object.
    public func json(neighbors: [Neighbor], of start: Int) -> String {
        let items = neighbors.map { n in
            "{\"entity\":\(entityJSON(n.entity)),\"depth\":\(n.depth),\"via\":[" + n.via.map(stepJSON).joined(separator: ",") + "]}"
        }
        return "{\"start\":\(entityJSON(start)),\"neighbors\":[" + items.joined(separator: ",\n") + "]}\n"
    }

    /// Paths as a JSON object.
    public func json(paths: [[FactStep]], from a: Int, to b: Int) -> String {
        let items = paths.map { "[" + $0.map(stepJSON).joined(separator: ",") + "]" }
        return "{\"from\":\(entityJSON(a)),\"to\":\(entityJSON(b)),\"paths\":[" + items.joined(separator: ",\n") + "]}\n"
    }

    private func entityJSON(_ i: Int) -> String {
        let e = graph.entities[i]
        return "{\"iri\":\(ResultWriter.jsonString(e.iri.string)),\"label\":\(ResultWriter.jsonString(e.label)),"
            + "\"types\":[" + e.types.map { ResultWriter.jsonString($0.string) }.joined(separator: ",") + "],"
            + "\"altLabels\":[" + e.altLabels.map(ResultWriter.jsonString).joined(separator: ",") + "]}"
    }

    private func stepJSON(_ step: FactStep) -> String {
        let fact = graph.facts[step.fact]
        var out = "{\"direction\":\"\(step.forward ? "out" : "in")\",\"relation\":\(ResultWriter.jsonString(fact.relation))"
        if let role = fact.role { out += ",\"role\":\(ResultWriter.jsonString(role))" }
        out += ",\"subject\":\(ResultWriter.jsonString(graph.entities[fact.subject].iri.string))"
        switch fact.object {
        case .entity(let o): out += ",\"object\":\(ResultWriter.jsonString(graph.entities[o].iri.string))"
        case .value(let v): out += ",\"value\":\(ResultWriter.jsonString(v))"
        }
        out += ",\"sources\":[" + fact.sources.map { s in
            "{\"document\":\(ResultWriter.jsonString(s.document))" + (s.quote.map { ",\"quote\":\(ResultWriter.jsonString($0))" } ?? "") + "}"
        }.joined(separator: ",") + "]}"
        return out
    }
}
