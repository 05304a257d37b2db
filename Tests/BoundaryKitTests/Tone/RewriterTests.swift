import BoundaryKit
import Testing

/// The suggested rewrites: the sentence the writer could send instead, on one line.
@Suite struct RewriterTests {
    /// The UTF-8 range of `needle` in `sentence`.
    func span(_ needle: String, in sentence: String) -> Range<Int> {
        let bytes = Array(sentence.utf8), target = Array(needle.utf8)
        for start in 0...(bytes.count - target.count) where Array(bytes[start..<(start + target.count)]) == target {
            return start..<(start + target.count)
        }
        fatalError("\(needle) not in \(sentence)")
    }

    func split(_ sentence: String, _ words: String...) -> String? {
        Rewriter.split(sentence, at: words.map { span($0, in: sentence) })
    }

    @Test func splitsAtTheConjunction() {
        #expect(split("Thank you for the brief, but I am not able to take it on.", "but") == "Thank you for the brief. I am not able to take it on.")
        #expect(split("However, my schedule is full until June.", "However") == "My schedule is full until June.")
        #expect(split("Although I enjoyed the project, I will not continue.", "Although") == "I enjoyed the project. I will not continue.")
        #expect(split("I will not continue, although I enjoyed the project.", "although") == "I will not continue. I enjoyed the project.")
        #expect(split("I am, however, unable to start before May.", "however") == "I am unable to start before May.")
        #expect(split("I like the design, however, the budget is spent.", "however") == "I like the design. The budget is spent.")
        #expect(split("I hope we can work together again, though.", "though") == "I hope we can work together again.")
        #expect(split("It matters to you; that said, it is not in the scope.", "that said") == "It matters to you. It is not in the scope.")
        #expect(split("I tried, and yet the files\nwould not open.", "yet") == "I tried. The files would not open.")
    }

    @Test func splitsEveryConjunctionOfASentence() {
        let sentence = "The logo is ready, but the site is late, but I am on it."
        let all = [span("but the", in: sentence).lowerBound..<(span("but the", in: sentence).lowerBound + 3),
                   span("but I", in: sentence).lowerBound..<(span("but I", in: sentence).lowerBound + 3)]
        #expect(Rewriter.split(sentence, at: all) == "The logo is ready. The site is late. I am on it.")
    }

    @Test func replacesPhrasesAndKeepsTheCapital() {
        let sentence = "You must pay the deposit before I start."
        #expect(Rewriter.replace(sentence, spans: [span("You must", in: sentence)], replacements: [Replacement("you must", "I need you to")], dropping: false)
            == "I need you to pay the deposit before I start.")
        let longer = "you must not share the drafts."
        #expect(Rewriter.replace(longer, spans: [span("you must", in: longer)], replacements: [Replacement("you must", "I need you to"), Replacement("you must not", "I need you not to")], dropping: false)
            == "I need you not to share the drafts.")
        // A flagged phrase with no pair: no rewrite.
        let blame = "This is your fault."
        #expect(Rewriter.replace(blame, spans: [span("your fault", in: blame)], replacements: [Replacement("you failed to", "you did not")], dropping: false) == nil)
    }

    @Test func dropsFlaggedWordsWithTheirComma() {
        let sentence = "Frankly, the deadline is impossible for one designer."
        #expect(Rewriter.replace(sentence, spans: [span("Frankly", in: sentence)], replacements: [], dropping: true) == "The deadline is impossible for one designer.")
        let hedges = "I just think maybe we could move the call."
        #expect(Rewriter.replace(hedges, spans: [span("just", in: hedges), span("maybe", in: hedges)], replacements: [], dropping: true) == "I think we could move the call.")
        let aside = "The files, frankly, are late."
        #expect(Rewriter.replace(aside, spans: [span("frankly", in: aside)], replacements: [], dropping: true) == "The files are late.")
        #expect(Rewriter.replace("This is ridiculous.", spans: [0..<18], replacements: [], dropping: true) == nil)
    }

    @Test func calmsCapitalsAndMarks() {
        let sentence = "Please PAY the invoice NOW!!"
        #expect(Rewriter.calm(sentence, words: [span("PAY", in: sentence), span("NOW", in: sentence)], marks: [span("!!", in: sentence)])
            == "Please pay the invoice now.")
        let question = "WHY is it unpaid?!"
        #expect(Rewriter.calm(question, words: [span("WHY", in: question)], marks: [span("?!", in: question)]) == "Why is it unpaid?")
    }
}
