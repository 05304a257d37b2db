import Testing
@testable import BoundaryKit

@Suite struct TextModelTests {
    @Test(arguments: [
        ("The CLIENT’S “Fee”", "the client's \"fee\""),
        ("pro‑rata – 30 days — or\u{A0}less", "pro-rata - 30 days - or less"),
        ("ﬁnal eﬀort ﬂow", "final effort flow"),
        ("termi-\nnation", "termination"),
        ("termi-  \r\n   nation", "termination"),
        ("guide\u{AD}lines", "guidelines"),
        ("non-\ncompete", "non-\ncompete"),
        ("Client-\nFacing", "client-\nfacing"),
        ("ÉTÉ Straße", "été straße"),
    ])
    func normalizes(text: String, expected: String) {
        #expect(TextModel.normalize(text) == expected)
    }

    @Test(arguments: [
        ("The Client’s fee", ["the", "client", "s", "fee"]),
        ("non-compete, pro rata", ["non", "compete", "pro", "rata"]),
        ("USD 5,000.00 or $1.5m, 2% per month, § 4.1.", ["usd", "5,000.00", "or", "$", "1.5m", "2", "%", "per", "month", "§", "4.1"]),
        ("con-\ntractor's ﬁnal “work”", ["contractor", "s", "final", "work"]),
        ("Café № 5", ["café", "5"]),
        ("e.g. U.S.", ["e", "g", "u", "s"]),
    ])
    func splitsWords(text: String, expected: [String]) {
        #expect(TextModel.words(in: text) == expected)
    }

    @Test func tokensKeepTheirPlace() {
        let model = TextModel("“Client” shall\npay the termi-\nnation fee.")
        #expect(model.words(0..<model.tokens.count) == ["client", "shall", "pay", "the", "termination", "fee"])
        // Columns count characters: the curly quote is one column.
        #expect(model.position(ofTokens: 0..<1) == SourceRange(start: SourcePosition(line: 1, column: 2), end: SourcePosition(line: 1, column: 8)))
        // The hyphenated word starts on line 2 and ends on line 3.
        #expect(model.position(ofTokens: 4..<5) == SourceRange(start: SourcePosition(line: 2, column: 9), end: SourcePosition(line: 3, column: 7)))
        #expect(model.text(ofTokens: 2..<6) == "pay the termi- nation fee")
        #expect(model.tokens[0].isCapitalized && !model.tokens[1].isCapitalized)
    }

    @Test func linesKnowTheirNumbers() {
        let model = TextModel("one\r\ntwo\n\nfour\n")
        #expect(model.lines.map(\.number) == [1, 2, 3, 4])
        #expect(model.lines.map { String(decoding: model.bytes[$0.range], as: UTF8.self) } == ["one", "two", "", "four"])
        #expect(TextModel("").tokens.isEmpty && TextModel("").sentences.isEmpty)
    }

    @Test func mapsPositionsThroughTheSourceMap() throws {
        let original = try LintFixture.text("services-agreement.pdf.txt")
        let model = TextModel(PDFTextCleanup.clean(original))
        let originalLines = original.split(separator: "\n", omittingEmptySubsequences: false)
        for word in ["termination", "payment", "convenience", "boston", "withheld"] {
            let index = try #require(model.tokens.indices.first { model.word($0) == word })
            let position = model.position(ofTokens: index..<(index + 1)).start
            let line = originalLines[position.line - 1].replacingFormFeeds()
            let column = line.unicodeScalars.index(line.unicodeScalars.startIndex, offsetBy: position.column - 1)
            #expect(String(line.unicodeScalars[column...]).lowercased().hasPrefix(word), "\(word) at \(position)")
        }
    }
}

extension Substring {
    /// pdftotext lines start with a form feed at a page break; the feed is a column of its own.
    func replacingFormFeeds() -> String { String(self.map { $0 == "\u{0C}" ? "#" : $0 }) }
}
