/// Numbers as contracts write them, for signals about lengths of time ("sixty (60) days").
enum NumberWords {
    static let ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                       "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    /// The phrases of a period of days, with the number as wildcards: "* days", "* * calendar days"
    /// (up to four words: "one hundred and twenty (120) days"). The number is checked after matching.
    static let periodPhrases: [String] = ["days", "calendar days", "business days", "working days"].flatMap { unit in
        (1...5).map { String(repeating: "* ", count: $0) + unit }
    }

    /// The number of days a matched period states ("sixty 60 days" → 60, "seventy five days" → 75), or nil.
    static func days(in words: [String]) -> Int? {
        let number = words.prefix { !["days", "calendar", "business", "working"].contains($0) }
        if let digits = number.last.flatMap({ Int($0) }) { return digits }
        var total = 0, current = 0, seen = false
        for word in number.drop(while: { ones.firstIndex(of: $0) == nil && tens.firstIndex(of: $0) == nil }) {
            if let value = ones.firstIndex(of: word), value > 0 { current += value } else if let value = tens.firstIndex(of: word), value > 1 { current += value * 10 }
            else if word == "hundred" { current = max(current, 1) * 100 } else if word == "and" { continue } else { return seen ? total + current : nil }
            seen = true
        }
        total += current
        return seen ? total : nil
    }
}
