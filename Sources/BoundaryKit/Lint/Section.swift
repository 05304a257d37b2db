extension TextModel {
    /// A heading and the sentences under it, subsections included.
    public struct Section: Sendable, Equatable {
        /// Index into `TextModel.headings`.
        public var heading: Int
        /// The enclosing section, by index into `TextModel.sections`.
        public var parent: Int?
        /// The sentences from the heading up to the next heading at the same depth or above.
        public var sentences: Range<Int>
        public var tokens: Range<Int>

        static func build(headings: [Heading], sentences: [TextModel.Sentence], tokenCount: Int) -> [Section] {
            guard !headings.isEmpty else { return [] }
            // The sentence that starts at each heading's first token.
            func sentenceIndex(startingAt token: Int) -> Int {
                max(0, sentences.partitioningIndex { $0.tokens.lowerBound > token } - 1)
            }
            var sections: [Section] = []
            var stack: [Int] = []
            for (index, heading) in headings.enumerated() {
                while let top = stack.last, headings[sections[top].heading].depth >= heading.depth {
                    stack.removeLast()
                }
                let start = heading.tokens.lowerBound
                // The end: the next heading at this depth or above.
                var endToken = tokenCount
                for next in headings[(index + 1)...] where next.depth <= heading.depth {
                    endToken = next.tokens.lowerBound
                    break
                }
                let firstSentence = sentences.isEmpty ? 0 : sentenceIndex(startingAt: start)
                let lastSentence = endToken >= tokenCount ? sentences.count : sentenceIndex(startingAt: endToken)
                sections.append(Section(heading: index, parent: stack.last, sentences: firstSentence..<max(firstSentence, lastSentence), tokens: start..<max(start, endToken)))
                stack.append(sections.count - 1)
            }
            return sections
        }
    }
}

extension TextModel {
    /// The innermost section that holds token `index`, if any.
    public func section(containingToken index: Int) -> Int? {
        var best: Int? = nil
        for (i, section) in sections.enumerated() {
            if section.tokens.lowerBound > index { break }
            if section.tokens.contains(index) { best = i }
        }
        return best
    }

    /// The headings of the section holding token `index` and of the sections around it, innermost first.
    public func headingPath(ofToken index: Int) -> [TextModel.Heading] {
        var path: [Heading] = []
        var current = section(containingToken: index)
        while let s = current {
            path.append(headings[sections[s].heading])
            current = sections[s].parent
        }
        return path
    }
}
