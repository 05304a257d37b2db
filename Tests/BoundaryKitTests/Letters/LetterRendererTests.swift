import Testing
@testable import BoundaryKit

@Suite struct LetterRendererTests {
    let letter = Letter(subject: "Your request", body: "Hi Dana,\n\nThank you.\n\n> 1. Scope\n>\n> - Design\n\n- Jo Lee (jo@example.com)\n\nBest wishes,\nSam",
                        from: nil, to: nil)

    @Test func markdownKeepsQuotesAndBreaksTheSignOffLine() {
        #expect(LetterRenderer.render(letter, as: .markdown) == """
            **Subject:** Your request

            Hi Dana,

            Thank you.

            > 1\\. Scope
            >
            > - Design

            - Jo Lee (jo@example.com)

            Best wishes,\\
            Sam

            """)
    }

    @Test func htmlPutsTheQuoteInABlockquote() {
        let html = LetterRenderer.render(letter, as: .html)
        #expect(html.contains("<blockquote>\n<p>1. Scope</p>\n<ul>\n<li>Design</li>\n</ul>\n</blockquote>"))
        #expect(html.contains("<p>Best wishes,<br>\nSam</p>"))
    }

    @Test func textWrapsAtSeventyTwoAndKeepsAnAmountWhole() {
        let long = Array(repeating: "word", count: 14).joined(separator: " ") + " USD 3,600.00 is due."
        let lines = LetterRenderer.wrap(long, first: "", rest: "")
        #expect(lines.allSatisfy { $0.count <= 72 })
        #expect(lines.contains { $0.contains("USD 3,600.00") })
        #expect(LetterRenderer.wrap(long, first: "> ", rest: "> ").allSatisfy { $0.hasPrefix("> ") })
    }

    @Test func emailHeadersAreQuotedOrEncoded() {
        #expect(LetterRenderer.mailbox(.init(name: "Northwind Bakery Inc.", email: "a@b.com")) == "\"Northwind Bakery Inc.\" <a@b.com>")
        #expect(LetterRenderer.mailbox(.init(name: "Say \"hi\"", email: "a@b.com")) == "\"Say \\\"hi\\\"\" <a@b.com>")
        #expect(LetterRenderer.encodedHeader("Café") == "=?utf-8?B?Q2Fmw6k=?=")
        let folded = LetterRenderer.folded("Subject: " + Array(repeating: "word", count: 30).joined(separator: " "))
        #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.count <= 78 })
        #expect(folded.components(separatedBy: "\r\n").dropFirst().allSatisfy { $0.hasPrefix(" ") })
    }
}
