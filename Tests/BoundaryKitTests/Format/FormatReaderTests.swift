import Testing
@testable import BoundaryKit

@Suite struct FormatReaderTests {
    private func parse(_ text: String) throws(Diagnostic) -> Node { try FormatReader.parse(text, file: "f.md") }

    private func error(_ text: String) -> Diagnostic? {
        do { _ = try parse(text); return nil } catch { return error }
    }

    @Test func readsKeysNestingListsAndBlockText() throws {
        let node = try parse("""
        # a comment
        id: termination.on-notice
        version: 1
        variables:
          notice_days:
            type: days
            default: 14
        requires: [payment, "scope, plain"]
        items:
          - first
          - name: Launch
            percent: 70
        body: |
          Line one.

          Line three.
        after: "quoted: \\"yes\\""
        """)
        guard case .map(let entries) = node.value else { Issue.record("not a map"); return }
        #expect(entries.map(\.key) == ["id", "version", "variables", "requires", "items", "body", "after"])
        #expect(entries[0].value.scalar == "termination.on-notice")
        #expect(entries[0].line == 2)
        guard case .map(let variables) = entries[2].value.value, case .map(let notice) = variables[0].value.value else { Issue.record("nesting"); return }
        #expect(notice.map(\.key) == ["type", "default"])
        #expect(notice[1].value.scalar == "14")
        #expect(notice[1].line == 7)
        guard case .list(let requires) = entries[3].value.value else { Issue.record("inline list"); return }
        #expect(requires.map(\.scalar) == ["payment", "scope, plain"])
        guard case .list(let items) = entries[4].value.value else { Issue.record("list"); return }
        #expect(items[0].scalar == "first")
        guard case .map(let milestone) = items[1].value else { Issue.record("map item"); return }
        #expect(milestone.map(\.key) == ["name", "percent"])
        #expect(milestone[1].line == 12)
        #expect(entries[5].value.scalar == "Line one.\n\nLine three.")
        #expect(entries[6].value.scalar == "quoted: \"yes\"")
    }

    @Test func emptyKeyIsEmptyText() throws {
        let node = try parse("email:\nname: x")
        guard case .map(let entries) = node.value else { Issue.record("not a map"); return }
        #expect(entries[0].value.scalar == "")
    }

    @Test(arguments: [
        ("a: 1\na: 2", 2, "duplicate key `a` (first at line 1)"),
        ("a:\n   b: 1", 2, "indented by 3 spaces under `a:`"),
        ("a:\n\tb: 1", 2, "a tab in the indentation"),
        ("a: 1\n  b: 2", 2, "unexpected indentation"),
        ("just text", 1, "expected `key: value`, found `just text`"),
        ("a:b", 1, "expected a space after `a:`"),
        ("a: {b: 1}", 1, "a value starting with '{' is outside the supported format"),
        ("a: 'x'", 1, "a value starting with ''' is outside the supported format"),
        ("a: 14 # days", 1, "' #' inside a value"),
        ("a: \"open", 1, "a quoted value with no closing '\"'"),
        ("a: \"x\" y", 1, "text after a closing '\"'"),
        ("a: \"\\q\"", 1, "unknown escape '\\q' in a quoted value"),
        ("a: [x, y", 1, "an inline list must end with ']' on the same line"),
        ("a: [x, , y]", 1, "an empty item in an inline list"),
        ("- x", 1, "a list where keys were expected"),
        ("a:\n  - x\n  b: 1", 3, "a key among list items"),
        ("a: |\nb: 1", 1, "`|` with no text under it"),
        ("  a: 1", 1, "the first key is indented"),
        ("9a: 1", 1, "`9a` is not a valid key"),
    ])
    func rejectsWhatIsOutsideTheSubset(text: String, line: Int, message: String) {
        let diagnostic = error(text)
        #expect(diagnostic?.line == line)
        #expect(diagnostic?.message == message)
        #expect(diagnostic?.file == "f.md")
    }

    @Test func frontMatterSplitsHeaderAndBodyWithLines() throws {
        let document = try FrontMatter.parse("---\nid: x\n---\n\nBody {{a}}\n", file: "c.md")
        #expect(document.header.line == 2)
        #expect(document.body == "Body {{a}}")
        #expect(document.bodyFirstLine == 5)
    }

    @Test func frontMatterMustOpenAndClose() {
        #expect(throws: Diagnostic(file: "c.md", line: 1, "the file does not start with a '---' header line", fix: "begin with '---', the header keys, then '---' and the text")) {
            try FrontMatter.parse("id: x\n", file: "c.md")
        }
        #expect(throws: Diagnostic(file: "c.md", line: 1, "the header opened here is never closed", fix: "end the header with a line '---'")) {
            try FrontMatter.parse("---\nid: x\n", file: "c.md")
        }
    }

    @Test func spellingSuggestsWithinTwoEdits() {
        #expect(Spelling.suggestion(for: "formt", among: ["format", "force"]) == "format")
        #expect(Spelling.suggestion(for: "zzzzzz", among: ["format"]) == nil)
    }
}
