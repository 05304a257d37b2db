/// Numbers as contracts write them, for signals about lengths of time ("sixty (60) days").
enum NumberWords {
    static let ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                       "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    /// `n` in words, as the words of a phrase: 75 → "seventy five" (the hyphen splits words anyway).
    static func words(_ n: Int) -> String {
        if n < 20 { return ones[n] }
        if n < 100 { return tens[n / 10] + (n % 10 == 0 ? "" : " " + ones[n % 10]) }
        let rest = n % 100
        return ones[n / 100] + " hundred" + (rest == 0 ? "" : " " + words(rest))
    }

    /// Phrases for every period of more than `days` days, up to two years: "46 days", "forty six (46)
    /// calendar days", "sixty business days".
    static func periods(longerThan days: Int) -> [String] {
        let units = ["days", "calendar days", "business days", "working days"]
        var phrases: [String] = []
        for n in (days + 1)...max(days + 1, 730) {
            var forms = [String(n), words(n), "\(words(n)) \(n)"]
            if n > 100, n % 100 != 0 {
                let spoken = ones[n / 100] + " hundred and " + words(n % 100)  // "one hundred and twenty"
                forms += [spoken, "\(spoken) \(n)"]
            }
            for form in forms { for unit in units { phrases.append("\(form) \(unit)") } }
        }
        return phrases
    }
}
