import Testing
@testable import BoundaryKit

@Suite struct SentenceTests {
    private func sentences(_ text: String) -> [String] {
        let model = TextModel(text)
        return model.sentences.indices.map(model.text(ofSentence:))
    }

    @Test(arguments: [
        ("The Client pays. The Consultant works! Is it done? Yes.", ["The Client pays.", "The Consultant works!", "Is it done?", "Yes."]),
        ("Services, e.g. Design, and i.e. Logos are covered. Next.", ["Services, e.g. Design, and i.e. Logos are covered.", "Next."]),
        ("Acme Inc. and Beta Ltd. agree. Fees follow.", ["Acme Inc. and Beta Ltd. agree.", "Fees follow."]),
        ("Pay to account No. 12345 today. Then stop.", ["Pay to account No. 12345 today.", "Then stop."]),
        ("Payable in U.S. Dollars only. Taxes extra.", ["Payable in U.S. Dollars only.", "Taxes extra."]),
        ("See Section 1.1 and clause 4.2.3 above. Fees are $1,200.50 each.", ["See Section 1.1 and clause 4.2.3 above.", "Fees are $1,200.50 each."]),
        ("He said “stop.” Then left.", ["He said “stop.”", "Then left."]),
        ("A line that wraps\nhere. And a new one\n\nA paragraph without a period\n\nNext", ["A line that wraps here.", "And a new one", "A paragraph without a period", "Next"]),
        ("Windows line\r\nbreaks wrap\r\n\r\n1. Fees\r\nare due", ["Windows line breaks wrap", "1. Fees", "are due"]),
        ("Delivered as set out in Exhibit A. The Client accepts.", ["Delivered as set out in Exhibit A.", "The Client accepts."]),
        ("Signed by Avram A. Glazer and Shelly C. Lombard. Done.", ["Signed by Avram A. Glazer and Shelly C. Lombard.", "Done."]),
    ])
    func splits(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func headingsAndItemsStartSentences() {
        let text = """
        5. Termination. Either party may terminate:
        (a) for convenience on notice;
        (b) for breach.
        ARTICLE VI
        PAYMENT
        The Client pays within 30 days.
        """
        #expect(sentences(text) == [
            "5. Termination.", "Either party may terminate:", "(a) for convenience on notice;", "(b) for breach.",
            "ARTICLE VI PAYMENT", "The Client pays within 30 days.",
        ])
    }

    @Test func tokensKnowTheirSentence() {
        let model = TextModel("One two. Three four.")
        #expect(model.tokens.map(\.sentence) == [0, 0, 1, 1])
        #expect(model.sentence(at: 10) == 1)
    }
}
