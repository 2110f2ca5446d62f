import GraphCore

/// A fact seen from one entity: the fact, and whether the entity is its subject (outgoing) or object (incoming).
public struct FactStep: Hashable, Sendable {
    /// Index into ``RelationGraph/facts``.
    public let fact: Int
    /// True when the walk follows the fact from subject to object.
    public let forward: Bool
}

/// Everything the graph says about one entity.
public struct EntityCard: Sendable {
    /// The entity's index.
    public let entity: Int
    /// Facts whose subject it is.
    public let outgoing: [Int]
    /// Facts whose object it is.
    public let incoming: [Int]
}

/// An entity reached from a start entity, and the facts that first reached it.
public struct Neighbor: Hashable, Sendable {
    /// The entity's index.
    public let entity: Int
    /// Its distance in facts from the start.
    public let depth: Int
    /// The facts from an entity one step closer to the start, sorted.
    public let via: [FactStep]
}

/// Relation questions answered on the entity/fact view: cards, neighbourhoods and shortest paths.
public struct GraphQuestions: Sendable {
    /// The graph asked.
    public let graph: RelationGraph
    private let adjacency: [[(step: FactStep, other: Int)]]

    /// Questions on `graph`; builds the adjacency of fact edges (both directions).
    public init(graph: RelationGraph) {
        self.graph = graph
        var adjacency = [[(step: FactStep, other: Int)]](repeating: [], count: graph.entities.count)
        for (f, fact) in graph.facts.enumerated() {
            guard case .entity(let o) = fact.object else { continue }
            adjacency[fact.subject].append((FactStep(fact: f, forward: true), o))
            adjacency[o].append((FactStep(fact: f, forward: false), fact.subject))
        }
        self.adjacency = adjacency
    }

    /// The entity card: facts in both directions.
    public func card(_ entity: Int) -> EntityCard {
        var outgoing: [Int] = [], incoming: [Int] = []
        for (f, fact) in graph.facts.enumerated() {
            if fact.subject == entity { outgoing.append(f) }
            if case .entity(entity) = fact.object { incoming.append(f) }
        }
        return EntityCard(entity: entity, outgoing: outgoing, incoming: incoming)
    }

    /// Entities within `depth` facts of `start` (breadth first), following only `relation` when given.
    public func neighbors(of start: Int, depth: Int, relation: String? = nil) -> [Neighbor] {
        var distance: [Int: Int] = [start: 0]
        var via: [Int: [FactStep]] = [:]
        var frontier = [start]
        var level = 0
        while !frontier.isEmpty && level < depth {
            level += 1
            var next: [Int] = []
            for node in frontier {
                for (step, other) in adjacency[node] {
                    if let relation, graph.facts[step.fact].relation != relation { continue }
                    if let d = distance[other] {
                        if d == level { via[other, default: []].append(step) }
                        continue
                    }
                    distance[other] = level
                    via[other] = [step]
                    next.append(other)
                }
            }
            frontier = next
        }
        return distance.filter { $0.key != start }.map { entity, d in
            Neighbor(entity: entity, depth: d, via: Array(Set(via[entity] ?? [])).sorted { ($0.fact, $0.forward ? 0 : 1) < ($1.fact, $1.forward ? 0 : 1) })
        }.sorted { ($0.depth, graph.entities[$0.entity].label, $0.entity) < ($1.depth, graph.entities[$1.entity].label, $1.entity) }
    }

    /// All shortest chains of facts from `a` to `b` (each at most `maxLength` facts), at most `cap` of them, in a fixed order.
    public func paths(from a: Int, to b: Int, maxLength: Int = 6, cap: Int = 20) -> [[FactStep]] {
        if a == b { return [[]] }
        var distance: [Int: Int] = [a: 0]
        var parents: [Int: [(step: FactStep, from: Int)]] = [:]
        var frontier = [a]
        var level = 0
        while !frontier.isEmpty && distance[b] == nil && level < maxLength {
            level += 1
            var next: [Int] = []
            for node in frontier {
                for (step, other) in adjacency[node] {
                    if let d = distance[other] {
                        if d == level { parents[other, default: []].append((step, node)) }
                        continue
                    }
                    distance[other] = level
                    parents[other] = [(step, node)]
                    next.append(other)
                }
            }
            frontier = next
        }
        guard distance[b] != nil else { return [] }
        var results: [[FactStep]] = []
        func walk(_ node: Int, _ suffix: [FactStep]) {
            if results.count >= cap { return }
            if node == a { results.append(suffix); return }
            let options = (parents[node] ?? []).sorted { ($0.step.fact, $0.from) < ($1.step.fact, $1.from) }
            for (step, from) in options { walk(from, [step] + suffix) }
        }
        walk(b, [])
        return results
    }
}
