// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Boundary",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "boundary", targets: ["boundary"]),
        .library(name: "BoundaryKit", targets: ["BoundaryKit"]),
    ],
    targets: [
        // The domain: clauses, templates, agreements, money, refunds. Pure: no file system, no printing.
        .target(name: "BoundaryKit"),
        // Clauses/ compiled into the binary, so `boundary` works from any directory with nothing beside it.
        .target(name: "BuiltinClauses", plugins: ["EmbedClausesPlugin"]),
        .executableTarget(name: "EmbedClauses"),
        .plugin(name: "EmbedClausesPlugin", capability: .buildTool(), dependencies: ["EmbedClauses"]),
        // The command-line edge: arguments, files, terminal, exit codes. A library so tests can run it in-process.
        .target(name: "BoundaryCLI", dependencies: ["BoundaryKit", "BuiltinClauses"]),
        .executableTarget(name: "boundary", dependencies: ["BoundaryCLI"]),
        // `Benchmarks/bench-refund.sh`: settlements per second and random property cases; not run by `swift test`.
        .executableTarget(name: "RefundBench", dependencies: ["BoundaryKit"], path: "Benchmarks/RefundBench"),
        .testTarget(name: "BoundaryKitTests", dependencies: ["BoundaryKit", "BuiltinClauses"]),
        .testTarget(name: "BoundaryCLITests", dependencies: ["BoundaryCLI", "boundary"]),
    ]
)
