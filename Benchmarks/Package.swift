// swift-tools-version:6.0
// Stage benchmarks of graph-export: a separate package, so the main build and CI do not compile it.
//
//     swift run -c release --package-path Benchmarks graph-export-bench CORPUS_DIR [--runs K]
import PackageDescription

let package = Package(
    name: "graph-export-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "graph-export", path: "..")],
    targets: [
        .executableTarget(
            name: "graph-export-bench",
            dependencies: [
                .product(name: "GraphCore", package: "graph-export"),
                .product(name: "Extractors", package: "graph-export"),
                .product(name: "Exporters", package: "graph-export"),
            ]
        ),
    ]
)
