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
