import BuiltinClauses
import Foundation
import Testing

/// The binary's built-in library is exactly the `Clauses/` folder of the source tree: every `.md`
/// file, byte for byte, and nothing else.
@Suite struct EmbeddingTests {
    static let clausesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Clauses")

    @Test func embeddedFilesMatchTheClausesFolder() throws {
        var onDisk: [String: String] = [:]
        let walker = try #require(FileManager.default.enumerator(at: Self.clausesFolder, includingPropertiesForKeys: nil))
        let root = Self.clausesFolder.standardizedFileURL.path
        while let url = walker.nextObject() as? URL {
            guard url.pathExtension == "md" else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.count + 1))
            onDisk["Clauses/" + relative] = try String(contentsOf: url, encoding: .utf8)
        }
        let embedded = Dictionary(BuiltinClauses.files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        #expect(embedded.count == BuiltinClauses.files.count, "a path is embedded twice")
        #expect(Set(embedded.keys) == Set(onDisk.keys))
        for (path, text) in onDisk.sorted(by: { $0.key < $1.key }) {
            #expect(embedded[path] == text, "\(path) differs from its embedded copy")
        }
        #expect(BuiltinClauses.files.map(\.path) == BuiltinClauses.files.map(\.path).sorted(), "embedded files are not in path order")
    }
}
