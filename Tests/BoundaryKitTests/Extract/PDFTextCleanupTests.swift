import Testing
@testable import BoundaryKit

@Suite struct PDFTextCleanupTests {
    @Test func removesRunningHeadsPageNumbersAndFormFeeds() throws {
        let cleaned = PDFTextCleanup.clean(try LintFixture.text("services-agreement.pdf.txt"))
        #expect(!cleaned.text.contains("\u{0C}"))
        #expect(!cleaned.text.contains("Page "))
        #expect(!cleaned.text.contains("Acme Services Agreement"))
        #expect(cleaned.text.hasPrefix("MASTER SERVICES AGREEMENT\n"))
        #expect(cleaned.text.contains("ARTICLE II\nSERVICES"))
        #expect(cleaned.text.hasSuffix("up to the date of termination.\n"))
    }

    @Test func mapsLinesBackToThePdftotextOutput() throws {
        let cleaned = PDFTextCleanup.clean(try LintFixture.text("services-agreement.pdf.txt"))
        let lines = cleaned.text.split(separator: "\n", omittingEmptySubsequences: false)
        let article = try #require(lines.firstIndex(of: "ARTICLE IV"))
        // "ARTICLE IV" is line 32 of the pdftotext output.
        #expect(cleaned.sourceMap.original(SourcePosition(line: article + 1, column: 3)) == SourcePosition(line: 32, column: 3))
    }

    @Test func joinsASentenceCutByAPageBreak() {
        let text = "Header\nThe Client shall pay\n\n3\n\u{0C}Header\nwithin thirty days.\n\n4\n\u{0C}Header\nNew paragraph.\n5\n\u{0C}"
        #expect(PDFTextCleanup.clean(text).text == "The Client shall pay\nwithin thirty days.\n\nNew paragraph.\n")
    }

    @Test func findsPageBreaksWithoutFormFeeds() {
        let text = """
        1. Fees. The Client shall pay

        Source: ACME CORP, 10-Q, 11/8/2019

        within 30 days.

        ARTICLE 2

        Source: ACME CORP, 10-Q, 11/8/2019

        ARTICLE 3

        - 7 -

        The end.

        Source: ACME CORP, 10-Q, 11/8/2019

        ARTICLE 4
        """
        let cleaned = PDFTextCleanup.clean(text)
        #expect(cleaned.text == "1. Fees. The Client shall pay\nwithin 30 days.\n\nARTICLE 2\n\nARTICLE 3\n\nThe end.\n\nARTICLE 4\n")
        // "within" is on line 5 of the input.
        #expect(cleaned.sourceMap.original(SourcePosition(line: 2, column: 1)) == SourcePosition(line: 5, column: 1))
    }

    @Test(arguments: ["3", " - 3 - ", "Page 3", "Page 3 of 12", "page 3 of 12", "3 of 12", "3/12", "[3]", "iv", "Pg. 7"])
    func knowsPageNumbers(line: String) {
        #expect(PDFTextCleanup.isPageNumber(Substring(line)))
    }

    @Test(arguments: ["3. Payment", "Page Layout", "30 days", "Section 3 of 12 sections", "civil"])
    func knowsOtherLines(line: String) {
        #expect(!PDFTextCleanup.isPageNumber(Substring(line)))
    }

    @Test func leavesASinglePageAlone() {
        #expect(PDFTextCleanup.clean("Title\n\nBody text.\n").text == "Title\n\nBody text.\n")
        #expect(PDFTextCleanup.clean("").text == "")
    }
}
