import Testing
@testable import BoundaryKit

@Suite struct HTMLTextTests {
    @Test func stripsTagsAndDecodesEntities() throws {
        let html = try LintFixture.text("services-agreement.html")
        let text = HTMLText.extract(html).text
        #expect(text == """
        Web\u{A0}Design Agreement

        This agreement is between Fabrikam, Inc. (“Customer”) and Sam Lee ("Developer").

        2. Payment

        Fees are £1,200 & due within 14\u{A0}days.
        Late fees: 2% per month.

        Termination — either party may end this agreement
        on 10 days’ notice.

        Fee\t€500

        """)
        #expect(!text.contains("not text"))
        #expect(!text.contains("color"))
        #expect(!text.contains("drafted"))
    }

    @Test func mapsTextBackToTheHTML() throws {
        let html = try LintFixture.text("services-agreement.html")
        let extracted = HTMLText.extract(html)
        let model = TextModel(extracted)
        // "Sam" sits on line 12 of the HTML, at column 4 (after three spaces).
        let sam = try #require(model.tokens.indices.first { model.word($0) == "sam" })
        #expect(model.position(ofTokens: sam..<(sam + 1)).start == SourcePosition(line: 12, column: 4))
        // "Customer" comes after an entity: line 11, column 57.
        let customer = try #require(model.tokens.indices.first { model.word($0) == "customer" })
        #expect(model.position(ofTokens: customer..<(customer + 1)).start == SourcePosition(line: 11, column: 57))
        // "Late" in the second list item.
        let late = try #require(model.tokens.indices.first { model.word($0) == "late" })
        #expect(model.position(ofTokens: late..<(late + 1)).start == SourcePosition(line: 16, column: 7))
    }

    @Test func handlesEdgeCases() {
        #expect(HTMLText.extract("a < b &amp c &unknown; &#0; &#x110000; AT&T").text == "a < b & c &unknown; \u{FFFD} \u{FFFD} AT&T\n")
        #expect(HTMLText.extract("<pre>  two\n  lines</pre>").text == "  two\n  lines\n")
        #expect(HTMLText.extract("<p>one</p><p>two</p><div>three</div>").text == "one\n\ntwo\n\nthree\n")
        #expect(HTMLText.extract("x<SCRIPT type='a>b'>alert(1)</SCRIPT>y").text == "xy\n")
        #expect(HTMLText.extract("<p title=\"a > b\">text</p>").text == "text\n")
        #expect(HTMLText.extract("&#147;quoted&#148;").text == "“quoted”\n")
        #expect(HTMLText.extract("").text == "")
        #expect(HTMLText.extract("<ol><li>Services</li><li>Fees<ul><li>a</li></ul></li></ol><ol start=\"5\"><li>Term</li></ol>").text == "1. Services\n2. Fees\n\na\n\n5. Term\n")
    }
}
