import Testing
@testable import BoundaryKit

@Suite struct HeadingTests {
    private func heading(_ text: String) -> TextModel.Heading? {
        TextModel(text).headings.first
    }

    @Test(arguments: [
        ("1. Services", TextModel.Heading.Kind.numbered, "1", "Services"),
        ("1.1 Payment Terms", .numbered, "1.1", "Payment Terms"),
        ("2.3.1 The Client shall pay all fees.", .numbered, "2.3.1", nil),
        ("5. Termination. Either party may end it.", .numbered, "5", "Termination"),
        ("4) Fees", .numbered, "4", "Fees"),
        ("4       FEES.", .numbered, "4", "FEES"),
        ("ARTICLE IV", .article, "IV", nil),
        ("ARTICLE 4 - PAYMENT", .article, "4", "PAYMENT"),
        ("Article 12: Governing Law", .article, "12", "Governing Law"),
        ("Section 5. Confidentiality", .section, "5", "Confidentiality"),
        ("SECTION 7 TERM", .section, "7", "TERM"),
        ("§ 3 Fees", .section, "3", "Fees"),
        ("(a) for convenience", .item, "a", nil),
        ("(iv) Indemnity", .item, "iv", "Indemnity"),
        ("(2) the Client", .item, "2", nil),
        ("a) the Client fails to pay", .item, "a", nil),
        ("A. Background", .item, "A", "Background"),
        ("LIMITATION OF LIABILITY", .capitals, nil, "LIMITATION OF LIABILITY"),
        ("TERMINATION:", .capitals, nil, "TERMINATION"),
        ("Payment Terms", .title, nil, "Payment Terms"),
        ("Limitation of Liability", .title, nil, "Limitation of Liability"),
        ("## Intellectual Property", .markdown, nil, "Intellectual Property"),
    ] as [(String, TextModel.Heading.Kind, String?, String?)])
    func finds(line: String, kind: TextModel.Heading.Kind, number: String?, title: String?) throws {
        let found = try #require(heading(line))
        #expect(found.kind == kind)
        #expect(found.number == number)
        #expect(found.title == title)
        #expect(found.line == 1)
    }

    @Test(arguments: [
        "The Client shall pay within 30 days.",
        "30 days after delivery the fee is due.",
        "30 Days",
        "Section 5 of this Agreement survives termination.",
        "Article 3 applies to all work.",
        "2024. was a year",
        "the Client and the Consultant",
        "THE SERVICES ARE PROVIDED AS IS WITHOUT WARRANTY OF ANY KIND, EXPRESS OR",
        "#hashtag",
        "(see above) the Client",
    ])
    func ignores(line: String) {
        #expect(heading(line) == nil)
    }

    @Test func aNumberAfterAReferenceIsNotAHeading() {
        let model = TextModel("The fee is set out in Section\n5.1 and is payable in full.\n")
        #expect(model.headings.isEmpty)
    }

    @Test func aParagraphInCapitalsIsNotAHeading() {
        let model = TextModel("Intro.\n\nTHE CONSULTANT MAKES NO WARRANTY THAT THE WORK WILL\nMEET THE CLIENT'S REQUIREMENTS OR BE ERROR FREE.\n")
        #expect(model.headings.isEmpty)
    }

    @Test func aTitleOnTheNextLineJoinsItsArticle() throws {
        let model = TextModel("ARTICLE IV\nTERMINATION\n\n4.1 Either party may terminate.\n")
        let article = try #require(model.headings.first)
        #expect(article.kind == .article && article.number == "IV" && article.title == "TERMINATION")
        #expect(model.headings.count == 2)
    }

    @Test func sectionsNestByNumber() throws {
        let model = TextModel(PDFTextCleanup.clean(try LintFixture.text("services-agreement.pdf.txt")))
        let names = model.headings.map { $0.number ?? $0.title ?? "" }
        #expect(names == ["MASTER SERVICES AGREEMENT", "I", "1.1", "1.2", "II", "2.1", "III", "3.1", "IV", "4.1", "a", "b", "4.2"])
        let article = try #require(model.sections.firstIndex { model.headings[$0.heading].number == "IV" })
        let item = try #require(model.sections.firstIndex { model.headings[$0.heading].number == "a" })
        let clause = try #require(model.sections[item].parent)
        #expect(model.headings[model.sections[clause].heading].number == "4.1")
        #expect(model.sections[clause].parent == article)
        // The article's section holds all its sentences, its subsections included.
        let sentences = model.sections[article].sentences.map(model.text(ofSentence:))
        #expect(sentences.first == "ARTICLE IV TERMINATION")
        #expect(sentences.last == "4.2 On termination the Client shall pay Consultant for work performed up to the date of termination.")
        // The heading path of a word inside item (a).
        let convenience = try #require(model.tokens.indices.first { model.word($0) == "convenience" })
        #expect(model.headingPath(ofToken: convenience).map { $0.number ?? "" } == ["a", "4.1", "IV"])
    }

    @Test func markdownLevelsNest() {
        let model = TextModel("# Agreement\n\n## Payment\n\nPay.\n\n## Termination\n\nEnd.\n")
        #expect(model.headings.map(\.depth) == [1, 2, 2])
        #expect(model.sections.map(\.parent) == [nil, 0, 0])
    }
}
