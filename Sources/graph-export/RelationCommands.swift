import ArgumentParser
import GraphCore
import Query

/// Output of the relation commands.
enum RelationFormat: String, ExpressibleByArgument {
    case text, json
}

/// Loads the relation view of the graph the options name.
func loadRelations(_ options: GraphOptions, inputs: [String]) throws -> GraphQuestions {
    GraphQuestions(graph: RelationGraph(triples: try options.makeSource(inputs: inputs).triples()))
}

/// `graph-export show NAME [--graph FILE | INPUT...]`
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an entity's card: types, names and every fact in both directions with its sources.",
        discussion: "NAME matches labels and aliases, ignoring case, umlauts and German inflection. An ambiguous name lists the candidates and exits 2."
    )

    @OptionGroup var graph: GraphOptions
    @Option(help: "text or json.") var format: RelationFormat = .text
    @Argument(help: "The entity's name.") var name: String
    @Argument(help: "Documents to extract when there is no --graph.") var inputs: [String] = []

    func validate() throws { try graph.validate(inputs: inputs) }

    func run() throws {
        try reportingErrors {
            let questions = try loadRelations(graph, inputs: inputs)
            let entity = try NameMatching.resolve(name, in: questions.graph)
            let report = RelationReport(graph: questions.graph, prefixes: graph.prefixes)
            let card = questions.card(entity)
            writeOut(format == .json ? report.json(card: card) : report.text(card: card))
        }
    }
}

/// `graph-export neighbors NAME [--depth N] [--relation R]`
struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the entities within N facts of an entity, with the facts that reach them."
    )

    @OptionGroup var graph: GraphOptions
    @Option(help: "How many facts away (default 1).") var depth: Int = 1
    @Option(help: "Follow only this relation (memberOf, holdsRole, location, attendee, …).") var relation: String?
    @Option(help: "text or json.") var format: RelationFormat = .text
    @Argument(help: "The entity's name.") var name: String
    @Argument(help: "Documents to extract when there is no --graph.") var inputs: [String] = []

    func validate() throws {
        if depth < 1 { throw ValidationError("--depth must be at least 1") }
        try graph.validate(inputs: inputs)
    }

    func run() throws {
        try reportingErrors {
            let questions = try loadRelations(graph, inputs: inputs)
            let entity = try NameMatching.resolve(name, in: questions.graph)
            let found = questions.neighbors(of: entity, depth: depth, relation: relation)
            let report = RelationReport(graph: questions.graph, prefixes: graph.prefixes)
            writeOut(format == .json ? report.json(neighbors: found, of: entity) : report.text(neighbors: found, of: entity))
        }
    }
}

/// `graph-export path A B`
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show the shortest chains of facts linking two entities, each step with its relation and source."
    )

    @OptionGroup var graph: GraphOptions
    @Option(name: .customLong("max-length"), help: "Longest chain searched, in facts.") var maxLength: Int = 6
    @Option(help: "At most this many paths.") var limit: Int = 20
    @Option(help: "text or json.") var format: RelationFormat = .text
    @Argument(help: "The first entity's name.") var from: String
    @Argument(help: "The second entity's name.") var to: String
    @Argument(help: "Documents to extract when there is no --graph.") var inputs: [String] = []

    func validate() throws {
        if maxLength < 1 || limit < 1 { throw ValidationError("--max-length and --limit must be at least 1") }
        try graph.validate(inputs: inputs)
    }

    func run() throws {
        try reportingErrors {
            let questions = try loadRelations(graph, inputs: inputs)
            let a = try NameMatching.resolve(from, in: questions.graph)
            let b = try NameMatching.resolve(to, in: questions.graph)
            let paths = questions.paths(from: a, to: b, maxLength: maxLength, cap: limit)
            let report = RelationReport(graph: questions.graph, prefixes: graph.prefixes)
            writeOut(format == .json ? report.json(paths: paths, from: a, to: b) : report.text(paths: paths, from: a, to: b))
            if paths.isEmpty { throw ExitCode(1) }
        }
    }
}
