import Foundation
import PackagePlugin

/// Compiles every file under the package's `Clauses/` folder into `BuiltinClauses`, so the binary
/// carries its library and a change to a clause file rebuilds it.
@main
struct EmbedClausesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let clauses = context.package.directoryURL.appending(path: "Clauses")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedClauses.swift")
        return [
            .buildCommand(
                displayName: "Embedding Clauses/ into \(target.name)",
                executable: try context.tool(named: "EmbedClauses").url,
                arguments: [clauses.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: Self.files(under: clauses),
                outputFiles: [output]
            )
        ]
    }

    /// Every regular file under `root`, so that editing, adding or removing one re-runs the embedder.
    private static func files(under root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var found: [URL] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            found.append(url)
        }
        return found.sorted { $0.path < $1.path }
    }
}
