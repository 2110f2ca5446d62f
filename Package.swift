// swift-tools-version:6.0
// graph-export: German press releases in, a knowledge graph out.
import PackageDescription

let package = Package(
    name: "graph-export",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "graph-export", targets: ["graph-export"]),
        .library(name: "GraphCore", targets: ["GraphCore"]),
        .library(name: "Extractors", targets: ["Extractors"]),
        .library(name: "Exporters", targets: ["Exporters"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // Terms, IRIs, vocabulary, entities, facts, entity resolution, provenance, the sink protocol.
        .target(
            name: "GraphCore",
            dependencies: [.product(name: "OrderedCollections", package: "swift-collections")]
        ),
        // libxml2 from the system (Debian: libxml2-dev): HTML input, GraphML output.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Readers, German text processing, lexicons and the extraction rules.
        .target(
            name: "Extractors",
            dependencies: ["GraphCore", "CLibXML2", .product(name: "OrderedCollections", package: "swift-collections")],
            resources: [.copy("Lexicons")]
        ),
        // One writer per output format behind GraphSink.
        .target(
            name: "Exporters",
            dependencies: ["GraphCore", "CLibXML2"]
        ),
        // SQLite from the system (Debian: libsqlite3-dev): the embedded extraction store.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Per-document extractions kept by content hash and extractor version (SQLite, or memory).
        .target(
            name: "Store",
            dependencies: ["GraphCore", "CSQLite"]
        ),
        // Inputs -> readers -> extraction (or the store) -> graph -> writer; what the CLI drives.
        .target(
            name: "Pipeline",
            dependencies: ["GraphCore", "Extractors", "Exporters", "Store"]
        ),
        // Redland's Rasqal and Raptor from the system (Debian: librasqal3-dev, libraptor2-dev).
        .systemLibrary(
            name: "CRasqal",
            pkgConfig: "rasqal",
            providers: [.apt(["librasqal3-dev", "libraptor2-dev"])]
        ),
        // SPARQL over the graph (Rasqal), relation questions (show, neighbors, path), Graph Store pushes.
        .target(
            name: "Query",
            dependencies: ["GraphCore", "Exporters", "CRasqal"]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "graph-export",
            dependencies: ["Pipeline", "GraphCore", "Exporters", "Query", "Store", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Shared by the test targets: temporary folders removed when the test process exits.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GraphCoreTests", dependencies: ["GraphCore"]),
        .testTarget(name: "ExtractorsTests", dependencies: ["Extractors", "GraphCore", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ExportersTests", dependencies: ["Exporters", "GraphCore", "TestSupport"], resources: [.copy("Golden")]),
        .testTarget(name: "QueryTests", dependencies: ["Query", "GraphCore", "Exporters"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "GraphCore", "CSQLite", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["Pipeline", "GraphCore", "TestSupport"], resources: [.copy("Fixtures")]),
        // Fuzzing (see scripts/fuzz): the harnesses, and two executables that are libFuzzer targets when built
        // with `-sanitize=fuzzer -D FUZZING`, and replay tools for saved inputs in the normal build.
        .target(name: "FuzzHarness", dependencies: ["GraphCore", "Extractors", "Exporters", "CLibXML2"], path: "Fuzz/FuzzHarness"),
        .executableTarget(name: "FuzzExtract", dependencies: ["FuzzHarness"], path: "Fuzz/FuzzExtract"),
        .executableTarget(name: "FuzzWriters", dependencies: ["FuzzHarness"], path: "Fuzz/FuzzWriters"),
        // The hard-input corpus (Tests/Fixtures/hard), fuzz regressions, interruption and limits.
        .testTarget(name: "HardInputTests", dependencies: ["FuzzHarness", "Pipeline", "Extractors", "Exporters", "GraphCore", "TestSupport"]),
    ]
)
