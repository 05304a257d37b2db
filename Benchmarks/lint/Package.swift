// swift-tools-version:6.0
// The lint text-layer benchmark: its own package, so `swift test` in the repository never runs it.
// Run it with Benchmarks/lint-bench.
import PackageDescription

let package = Package(
    name: "LintBench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Boundary", path: "../..")],
    targets: [
        .executableTarget(name: "lint-bench", dependencies: [.product(name: "BoundaryKit", package: "Boundary")]),
    ]
)
