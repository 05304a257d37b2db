@testable import BoundaryKit
import Testing

@Suite struct NumberWordsTests {
    @Test(arguments: [
        ("60 days", 60), ("sixty 60 days", 60), ("seventy five days", 75), ("within one hundred and twenty days", 120),
        ("ninety calendar days", 90), ("forty five business days", 45), ("three hundred sixty five days", 365),
    ])
    func readsThePeriodAsContractsWriteIt(text: String, days: Int) {
        #expect(NumberWords.days(in: TextModel.words(in: text)) == days)
    }

    @Test func aPeriodWithoutANumberIsNil() {
        #expect(NumberWords.days(in: ["within", "the", "days"]) == nil)
    }
}
