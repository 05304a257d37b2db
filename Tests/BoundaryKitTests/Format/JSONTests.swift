import Testing
@testable import BoundaryKit

/// `Format/JSON.swift` (here because it was written for the refund engine; move beside the Format tests at will).
@Suite struct JSONTests {
    private func error(_ text: String) -> JSONError? {
        do { _ = try JSONValue.parse(text); return nil } catch { return error }
    }

    @Test func keepsKeyOrderAndNumberText() throws {
        let value = try JSONValue.parse(#" {"b": 1.10, "a": [true, false, null, -0.5e-3], "c": {}} "#)
        guard case .object(let entries) = value else { Issue.record("not an object"); return }
        #expect(entries.map(\.key) == ["b", "a", "c"])
        #expect(value["b"] == .number("1.10"))
        #expect(value["a"] == .array([.bool(true), .bool(false), .null, .number("-0.5e-3")]))
        #expect(value["c"] == .object([]))
    }

    @Test func stringEscapesAndSurrogatePairs() throws {
        let value = try JSONValue.parse(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u20AC", "\ud83d\ude00", "日本 €"]"#)
        #expect(value == .array([.string("a\"b\\c/d\u{08}\u{0C}\n\r\t"), .string("é€"), .string("😀"), .string("日本 €")]))
    }

    @Test(arguments: [
        ("", "1:1: expected a value, found end of input"),
        ("{\"a\":1,}", "1:8: trailing comma before `}`"),
        ("[1,]", "1:4: trailing comma before `]`"),
        ("{\"a\":1 \"b\":2}", "1:8: expected `,` or `}` after the value of `a`, found `\"`"),
        ("{'a':1}", "1:2: expected a key in double quotes, found `'`"),
        ("{\"a\":1,\"a\":2}", "1:8: duplicate key `a`"),
        ("01", "1:1: a number cannot start with a leading zero"),
        ("1.", "1:3: expected a digit after the decimal point"),
        ("-", "1:2: expected a digit after `-`"),
        ("1e", "1:3: expected a digit in the exponent"),
        ("NaN", "1:1: expected a value, found `N`"),
        ("tru", "1:1: expected `true`"),
        ("\"a\tb\"", "1:3: a control character in a string must be escaped (found a tab)"),
        ("\"\\x\"", "1:2: unknown escape \\x"),
        ("\"\\ud83d\"", "1:2: a high surrogate \\uD83D must be followed by a low surrogate"),
        ("\"\\ude00\"", "1:2: a lone low surrogate \\uDE00"),
        ("\"\\u12\"", "1:2: \\u needs four hex digits"),
        ("\"abc", "1:1: unterminated string"),
        ("[1] [2]", "1:5: unexpected `[` after the value"),
        ("{\n  \"é\": [\n    1,\n    x\n  ]\n}", "4:5: expected a value, found `x`"),
        ("// comment\n{}", "1:1: expected a value, found `/`"),
    ])
    func strictErrorsWithLineAndColumn(text: String, expected: String) {
        #expect(error(text)?.description == expected)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        #expect(error(String(repeating: "[", count: 10_000))?.message == "nested more than 512 levels deep")
        #expect(error(String(repeating: "[", count: 512) + String(repeating: "]", count: 512)) == nil)
    }

    @Test func byteOrderMarkIsSkipped() throws {
        #expect(try JSONValue.parse("\u{FEFF}{\"a\": 1}") == .object([("a", .number("1"))]))
    }

    @Test func prettyWriterSortsKeysAndIndentsByTwo() {
        let value = JSONValue.object([
            ("zeta", .array([.number("1"), .object([("y", .null), ("x", .bool(true))])])),
            ("alpha", .string("quote \" backslash \\ newline \n tab \t bell \u{07} é")),
            ("empty", .array([])),
            ("Upper", .object([])),
        ])
        #expect(value.pretty() == """
        {
          "Upper": {},
          "alpha": "quote \\" backslash \\\\ newline \\n tab \\t bell \\u0007 é",
          "empty": [],
          "zeta": [
            1,
            {
              "x": true,
              "y": null
            }
          ]
        }
        """)
    }

    @Test func writtenTextReadsBackToTheSameValue() throws {
        let text = #"{"a": [1, 2.50, {"b": "\ud83d\ude00\u0001"}], "c": null, "d": false}"#
        let value = try JSONValue.parse(text)
        let again = try JSONValue.parse(value.pretty())
        // Keys come back sorted; the values are equal.
        #expect(again == value)
        #expect(again.pretty() == value.pretty())
    }
}
