import Testing
@testable import BoundaryKit

@Suite struct TemplateTests {
    private func render(_ text: String, _ values: [String: TemplateValue]) throws -> String {
        try Template(text, file: "t.md").render(values)
    }

    @Test func fillsValuesConditionalsAndLists() throws {
        let text = """
        {{provider}} will do:
        {{#each items}}
        - {{.}}
        {{/each}}
        {{#if fee}}
        A fee of {{fee}} applies.
        {{else}}
        No fee applies.
        {{/if}}
        Inline: {{items}}.
        """
        let values: [String: TemplateValue] = ["provider": .text("Sam"), "items": .list(["a", "b", "c"]), "fee": .text("0%", isZero: true)]
        #expect(try render(text, values) == "Sam will do:\n- a\n- b\n- c\nNo fee applies.\nInline: a, b and c.")
    }

    @Test func recordsNamesWithTheirFirstLine() throws {
        let template = try Template("a {{x}}\n{{#if y}}\n{{x}} {{z}}\n{{/if}}", file: "t.md", firstLine: 10)
        #expect(template.names == ["x": 10, "y": 11, "z": 12])
    }

    @Test func failsClosedOnAMissingValue() throws {
        let template = try Template("Hello {{name}}", file: "t.md", firstLine: 4)
        #expect(throws: TemplateError(name: "name", line: 4)) { try template.render([:]) }
        #expect(throws: TemplateError(name: "name", line: 4)) { try template.render(["name": .absent]) }
    }

    @Test(arguments: [
        ("a {{b", 1, "`{{` with no closing `}}`"),
        ("a\nb}}", 2, "`}}` with no opening `{{`"),
        ("{{#if x}}\nno end", 1, "`{{#if x}}` is never closed"),
        ("{{/each}}", 1, "`{{/each}}` with no block to close"),
        ("{{#loop x}}{{/loop}}", 1, "unknown block `{{#loop}}`"),
        ("{{not a name}}", 1, "`{{not a name}}` is not a placeholder"),
    ])
    func reportsMalformedTemplates(text: String, line: Int, message: String) {
        do {
            _ = try Template(text, file: "t.md")
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.line == line)
            #expect(error.message == message)
        }
    }
}
