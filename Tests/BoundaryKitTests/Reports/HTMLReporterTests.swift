@testable import BoundaryKit
import Testing

@Suite struct HTMLReporterTests {
    static let html = HTMLReporter.render(SampleReport.report)

    @Test func matchesTheReviewedGoldenFile() throws {
        #expect(Self.html == (try ReportGolden.expected("lint.html", actual: Self.html)))
        #expect(HTMLReporter.render(SampleReport.report) == Self.html)
    }

    @Test func escapesTheContractText() {
        #expect(!Self.html.contains("<script"))
        #expect(Self.html.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;"))
        #expect(Self.html.contains("contracts/studio terms &amp; café.md"))
        #expect(HTMLEscaping.escape("a\u{0}b'\"\t") == "a\u{FFFD}b&#39;&quot;\t")
    }

    @Test func isSelfContained() {
        for external in ["<script", "<link", "src=", "@import", "url(", "http://", "https://"] {
            #expect(!Self.html.contains(external), "\(external) in a page meant to work offline")
        }
        #expect(Self.html.hasPrefix("<!DOCTYPE html>"))
        #expect(Self.html.contains("@media print"))
    }

    @Test func highlightsEveryEvidenceInItsKindsColour() {
        for (documentIndex, document) in SampleReport.report.documents.enumerated() {
            let evidence = document.kinds.flatMap { kind in kind.evidence.map { (kind.kind, $0) } }
            for (index, (kind, _)) in evidence.enumerated() {
                #expect(Self.html.contains("<span class=\"anchor\" id=\"d\(documentIndex)-e\(index)\"></span>"), "anchor for \(kind) evidence \(index)")
                let colour = KindPalette(SampleReport.report).className(kind)
                let marked = Self.html.split(separator: "<mark class=\"ev \(colour)").contains { $0.contains("e\(index)") }
                #expect(marked, "\(kind) evidence \(index) of document \(documentIndex) is highlighted as \(colour)")
            }
        }
        // Evidence over two lines is cut at the line end and goes on on the next line.
        #expect(Self.html.contains("fees</mark></mark>") || Self.html.contains("data-evidence=\"e1 e3\">fees</mark>"))
        // The legend names each kind that has a colour.
        #expect(Self.html.contains("<ul class=\"legend\" aria-label=\"Legend\"><li><span class=\"swatch k0\"></span>Scope</li>"))
    }

    @Test func marksRiskyTermsWithTheirMessageOnHoverAndInTheMargin() {
        #expect(Self.html.contains("<span class=\"risk sev-error\" title=\"error: Unlimited revisions let the client ask for changes for ever at no extra fee. (use revisions-rounds@1)\" data-findings=\"f1\">unlimited revisions until Client is satisfied</span>"))
        #expect(Self.html.contains("<p class=\"note sev-error\" id=\"d0-f1\"><span class=\"sev sev-error\">error</span> Unlimited revisions let the client ask for changes for ever at no extra fee. <span class=\"fix\">Use <code>revisions-rounds@1</code>.</span></p>"))
        #expect(Self.html.contains("<span class=\"risk sev-note\""))
    }

    @Test func listsTheMissingClausesWithTheClausesToPropose() {
        for clause in ["refund-pro-rata@1", "ip-on-payment@2", "liability-cap-fees@1", "termination-convenience@1"] {
            #expect(Self.html.contains("Propose <code>\(clause)</code>"), "\(clause) proposed")
        }
        #expect(Self.html.contains("Also absent, not asked for by the policy: Governing law."))
        #expect(Self.html.contains("<span class=\"status present\">3 present</span> <span class=\"status partial\">1 partial</span> <span class=\"status missing\">3 missing</span>"))
    }

    @Test func highlightedTextCutsRangesAtLineEndsAndClampsBadOnes() {
        let text = HighlightedText(text: "abc\r\ndéf\n", evidence: [
            SourceRange(start: .init(line: 1, column: 2), end: .init(line: 2, column: 3)),
            SourceRange(start: .init(line: 9, column: 1), end: .init(line: 12, column: 4)),
        ], findings: [SourceRange(start: .init(line: 2, column: 2), end: .init(line: 2, column: 99))])
        #expect(text.lines.count == 2)
        #expect(text.lines[0].segments.map(\.text) == ["a", "bc"])
        #expect(text.lines[0].segments[1].evidence == [0] && text.lines[0].segments[1].anchors == [0])
        #expect(text.lines[1].segments.map(\.text) == ["d", "é", "f"])
        #expect(text.lines[1].segments[1].evidence == [0] && text.lines[1].segments[1].findings == [0])
        #expect(text.lines[1].segments[2].evidence == [] && text.lines[1].segments[2].findings == [0])
        #expect(text.lines[1].notes == [0])
        // Out of range: anchored at the end of the last line, highlighting nothing.
        #expect(text.lines[1].segments.last?.anchors == [] && text.lines[1].segments.contains { $0.anchors == [1] })
        #expect(HighlightedText(text: "", evidence: [], findings: []).lines.map(\.number) == [1])
    }
}
