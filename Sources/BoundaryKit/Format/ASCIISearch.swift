extension Substring {
    /// The range of the first `first` byte followed by `second`, both ASCII, searched on the UTF-8
    /// view. Generic substring search costs a third of start-up when every clause is parsed.
    func firstRange(ofASCII first: UInt8, _ second: UInt8) -> Range<Index>? {
        // Fast path on the contiguous bytes; -1 when not found.
        if let offset = utf8.withContiguousStorageIfAvailable({ bytes -> Int in
            var i = 0
            while i + 1 < bytes.count {
                if bytes[i] == first && bytes[i + 1] == second { return i }
                i += 1
            }
            return -1
        }) {
            guard offset >= 0 else { return nil }
            let start = utf8.index(utf8.startIndex, offsetBy: offset)
            return start..<utf8.index(start, offsetBy: 2)
        }
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
        // Fast path: scan the contiguous UTF-8 bytes; offsets become indices in O(1) on native strings.
        let fast = utf8.withContiguousStorageIfAvailable { bytes -> [Substring] in
            var lines: [Substring] = []
            let base = utf8.startIndex
            var start = 0
            for i in 0..<bytes.count where bytes[i] == 10 {
                lines.append(self[utf8.index(base, offsetBy: start)..<utf8.index(base, offsetBy: i)])
                start = i + 1
            }
            lines.append(self[utf8.index(base, offsetBy: start)..<utf8.endIndex])
            return lines
        }
        if let fast { return fast }
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
