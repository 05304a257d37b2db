extension Substring {
    /// The range of the first `first` byte followed by `second`, both ASCII, searched on the UTF-8
    /// view. Generic substring search costs a third of start-up when every clause is parsed.
    func firstRange(ofASCII first: UInt8, _ second: UInt8) -> Range<Index>? {
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index] == first {
                let next = utf8.index(after: index)
                if next < utf8.endIndex, utf8[next] == second { return index..<utf8.index(after: next) }
            }
            utf8.formIndex(after: &index)
        }
        return nil
    }

    func containsASCII(_ first: UInt8, _ second: UInt8) -> Bool { firstRange(ofASCII: first, second) != nil }
}

extension UInt8 {
    static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}"), space = UInt8(ascii: " "), hash = UInt8(ascii: "#")
}

extension StringProtocol where SubSequence == Substring {
    /// The lines of the text, split at "\n" on the UTF-8 view (empty lines kept).
    var lineSlices: [Substring] {
        var lines: [Substring] = []
        var start = utf8.startIndex, index = start
        while index < utf8.endIndex {
            if utf8[index] == 10 {
                lines.append(self[start..<index])
                start = utf8.index(after: index)
            }
            utf8.formIndex(after: &index)
        }
        lines.append(self[start..<utf8.endIndex])
        return lines
    }
}
