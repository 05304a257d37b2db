import BoundaryKit
import Foundation
import Testing

/// Every preset drafts a complete agreement in every format, the same bytes every time, matching the
/// reviewed golden files in `Fixtures/golden/`.
@Suite struct PresetDraftTests {
    static let presets = BuiltinLibrary.library.orderedPresets.map(\.id)
    static let golden = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/golden")

    @Test func thereAreAtLeastFourPresets() {
        #expect(Self.presets.count >= 4)
    }

    @Test(arguments: presets, Drafting.Format.allCases)
    func draftsCompletelyAndDeterministically(preset: String, format: Drafting.Format) throws {
        let first = try BuiltinLibrary.draft(preset: preset, format: format).get()
        #expect(!first.contains("{{") && !first.contains("}}"), "a placeholder survived")
        #expect(try BuiltinLibrary.draft(preset: preset, format: format).get() == first)
        #expect(!first.lowercased().contains("legal advice"), "a text for a client makes no claim about legal advice")
        // Set BOUNDARY_UPDATE_GOLDEN=1 to rewrite the golden files; then read the diff before committing.
        let file = Self.golden.appending(path: "\(preset).\(format.fileExtension)")
        if ProcessInfo.processInfo.environment["BOUNDARY_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try first.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(first == expected, "differs from Fixtures/golden/\(file.lastPathComponent)")
    }

    @Test(arguments: presets)
    func everyRequiredKindIsInEveryPreset(preset: String) throws {
        let library = BuiltinLibrary.library
        let node = try Drafting.input(presetID: preset, file: nil, sets: [], library: library).get()
        let plan = try Drafting.plan(node, library: library).get()
        let kinds = Set(plan.clauses.map(\.kind))
        for kind in library.kinds where kind.required {
            #expect(kinds.contains(kind.id), "\(preset) leaves out the required kind \(kind.id)")
        }
    }
}

extension Drafting.Format {
    var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .text: "txt"
        case .html: "html"
        }
    }
}
