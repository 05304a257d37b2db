/// Why a set of phrase rules could not be compiled.
public enum MatcherError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A phrase with no words in it (empty, or only punctuation).
    case emptyPhrase(rule: Int, phrase: String)
    /// A rule with no phrase group.
    case noGroups(rule: Int)

    public var description: String {
        switch self {
        case .emptyPhrase(let rule, let phrase): "rule \(rule + 1): the phrase '\(phrase)' has no words"
        case .noGroups(let rule): "rule \(rule + 1): no phrases to look for"
        }
    }
}

/// Where a rule matched: one hit per phrase group, all within the rule's distance, with none of its
/// `unless` phrases in the same sentence.
public struct PhraseMatch: Sendable, Equatable {
    /// Index of the rule in the matcher.
    public var rule: Int
    /// The tokens of the phrase that matched each group, in the rule's group order.
    public var hits: [Range<Int>]
    /// From the first hit's first token to the last hit's last token.
    public var tokens: Range<Int>
    /// The sentence of the first hit.
    public var sentence: Int
}

/// Phrase rules compiled once into a trie over normalised words; one pass over a text's tokens finds
/// every phrase, and proximity and `unless` are then checked on the hits.
///
/// A phrase is words as written (`"terminate for convenience"`, `"client’s sole discretion"`),
/// normalised like the text; `*` stands for any one word (`"within * days"`).
public struct Matcher: Sendable {
    public struct Rule: Sendable, Equatable {
        /// One phrase of every group must occur.
        public var groups: [[String]]
        /// At most this many words between the end of the earliest hit and the start of the latest.
        public var within: Int
        /// Phrases that cancel a match in the same sentence.
        public var unless: [String]

        public init(groups: [[String]], within: Int = 0, unless: [String] = []) {
            self.groups = groups
            self.within = within
            self.unless = unless
        }

        /// A rule of one phrase group.
        public init(anyOf phrases: [String], unless: [String] = []) {
            self.init(groups: [phrases], within: 0, unless: unless)
        }
    }

    /// Where hits of one rule must lie together.
    public enum Scope: Sendable {
        /// All hits of a match, and its `unless` phrases, in one sentence.
        case sentence
        /// Hits may cross sentences (within the rule's distance); `unless` covers every sentence the match touches.
        case text
    }

    public let rules: [Rule]

    /// What a phrase ending at a trie node means: a group of a rule, or a rule's `unless` (group -1).
    struct Target: Sendable {
        var rule: Int32
        var group: Int32
    }

    /// The normalised words of the phrases, by id.
    let vocabulary: Vocabulary
    // The trie: children of the root by word id; other nodes hold small sorted child lists.
    let rootChildren: [Int32]
    let children: [[(word: Int32, node: Int32)]]
    let wildcard: [Int32]
    let targets: [[Target]]
    static let any: Int32 = -2

    public init(rules: [Rule]) throws(MatcherError) {
        self.rules = rules
        // Every phrase with its target, in rule order.
        var phrases: [(text: String, target: Target)] = []
        for (r, rule) in rules.enumerated() {
            guard !rule.groups.isEmpty, rule.groups.allSatisfy({ !$0.isEmpty }) else { throw .noGroups(rule: r) }
            for (g, group) in rule.groups.enumerated() {
                for phrase in group { phrases.append((phrase, Target(rule: Int32(r), group: Int32(g)))) }
            }
            for phrase in rule.unless { phrases.append((phrase, Target(rule: Int32(r), group: -1))) }
        }
        // The phrases are normalised by the text's own tokenizer, all in one run (a run per phrase
        // would cost more than the phrases): each phrase's words go into one buffer, a `*` is noted
        // apart, and a separator no token crosses ends every word.
        var buffer: [UInt8] = []
        var pieceStarts: [Int] = []
        var phrasePieces: [[Int]] = []  // per phrase: its pieces in order, -1 for `*`
        phrasePieces.reserveCapacity(phrases.count)
        for phrase in phrases {
            var pieces: [Int] = []
            for part in phrase.text.utf8.split(whereSeparator: { $0 == 32 || $0 == 9 || $0 == 10 }) {
                if part.count == 1 && part.first == UInt8(ascii: "*") {
                    pieces.append(-1)
                    continue
                }
                pieces.append(pieceStarts.count)
                pieceStarts.append(buffer.count)
                buffer.append(contentsOf: part)
                buffer.append(contentsOf: " ; ".utf8)
            }
            phrasePieces.append(pieces)
        }
        var tokenizer = Tokenizer(buffer)
        tokenizer.run()
        var vocabulary = Vocabulary()
        // The word ids of each piece: the tokens that start inside it.
        var pieceIDs = [[Int32]](repeating: [], count: pieceStarts.count)
        var piece = 0
        tokenizer.normalized.withUnsafeBufferPointer { normalized in
            for token in tokenizer.tokens {
                while piece + 1 < pieceStarts.count, pieceStarts[piece + 1] <= Int(token.start) { piece += 1 }
                let word = UnsafeBufferPointer(rebasing: normalized[Int(token.normalizedStart)..<Int(token.normalizedEnd)])
                pieceIDs[piece].append(vocabulary.insert(word, hash: token.hash))
            }
        }

        var rootChildren = [Int32](repeating: -1, count: vocabulary.count)
        var children: [[(word: Int32, node: Int32)]] = [[]]
        var wildcard: [Int32] = [-1]
        var targets: [[Target]] = [[]]
        for (phrase, pieces) in zip(phrases, phrasePieces) {
            let ids = pieces.flatMap { $0 < 0 ? [Matcher.any] : pieceIDs[$0] }
            guard ids.contains(where: { $0 != Matcher.any }) else { throw .emptyPhrase(rule: Int(phrase.target.rule), phrase: phrase.text) }
            var node: Int32 = 0
            for id in ids {
                if id == Matcher.any {
                    if wildcard[Int(node)] < 0 {
                        wildcard[Int(node)] = Int32(children.count)
                        children.append([])
                        wildcard.append(-1)
                        targets.append([])
                    }
                    node = wildcard[Int(node)]
                } else if node == 0, rootChildren[Int(id)] >= 0 {
                    node = rootChildren[Int(id)]
                } else if node != 0, let child = children[Int(node)].first(where: { $0.word == id }) {
                    node = child.node
                } else {
                    // The root has a child for most words: it is indexed by word id, not searched.
                    let child = Int32(children.count)
                    if node == 0 { rootChildren[Int(id)] = child } else { children[Int(node)].append((id, child)) }
                    children.append([])
                    wildcard.append(-1)
                    targets.append([])
                    node = child
                }
            }
            let target = phrase.target
            if !targets[Int(node)].contains(where: { $0.rule == target.rule && $0.group == target.group }) {
                targets[Int(node)].append(target)
            }
        }

        self.rootChildren = rootChildren
        self.children = children.map { $0.sorted { $0.word < $1.word } }
        self.wildcard = wildcard
        self.targets = targets
        self.vocabulary = vocabulary
    }

    /// The vocabulary id of each token of `model` (-1 for a word no phrase uses).
    func wordIDs(_ model: TextModel) -> [Int32] {
        var ids = [Int32](repeating: -1, count: model.tokens.count)
        model.tokens.withUnsafeBufferPointer { tokens in
            model.normalized.withUnsafeBufferPointer { normalized in
                for t in 0..<tokens.count {
                    let token = tokens[t]
                    ids[t] = vocabulary.id(of: UnsafeBufferPointer(rebasing: normalized[Int(token.normalizedStart)..<Int(token.normalizedEnd)]), hash: token.hash)
                }
            }
        }
        return ids
    }

    /// A phrase found in the text: the node's targets, and its tokens.
    struct Hit {
        var node: Int32
        var start: Int32
        var end: Int32
    }

    /// Every phrase occurrence in tokens `range`, in order of start.
    func hits(_ ids: [Int32], in range: Range<Int>) -> [Hit] {
        var hits: [Hit] = []
        var stack: [(node: Int32, next: Int)] = []
        ids.withUnsafeBufferPointer { ids in
            for start in range {
                let id = ids[start]
                var first: Int32 = -1
                if id >= 0 { first = rootChildren[Int(id)] }
                let wild = wildcard[0]
                if first < 0 && wild < 0 { continue }
                if first >= 0 { stack.append((first, start + 1)) }
                if wild >= 0 { stack.append((wild, start + 1)) }
                while let (node, next) = stack.popLast() {
                    if !targets[Int(node)].isEmpty { hits.append(Hit(node: node, start: Int32(start), end: Int32(next))) }
                    guard next < range.upperBound else { continue }
                    let nextID = ids[next]
                    if nextID >= 0 {
                        for child in children[Int(node)] where child.word == nextID {
                            stack.append((child.node, next + 1))
                            break
                        }
                    }
                    let w = wildcard[Int(node)]
                    if w >= 0 { stack.append((w, next + 1)) }
                }
            }
        }
        return hits
    }

    /// Every match of every rule in `model` (or in tokens `range` of it), ordered by rule, then position.
    public func matches(in model: TextModel, tokens range: Range<Int>? = nil, scope: Scope = .sentence) -> [PhraseMatch] {
        let range = range ?? 0..<model.tokens.count
        let ids = wordIDs(model)
        let found = hits(ids, in: range)
        // Per rule: hits of its groups, and the sentences its `unless` phrases touch.
        var groupHits = [[(group: Int, start: Int, end: Int)]](repeating: [], count: rules.count)
        var cancelled = [Set<Int>](repeating: [], count: rules.count)
        for hit in found {
            for target in targets[Int(hit.node)] {
                if target.group < 0 {
                    cancelled[Int(target.rule)].insert(model.tokens[Int(hit.start)].sentence)
                } else {
                    groupHits[Int(target.rule)].append((Int(target.group), Int(hit.start), Int(hit.end)))
                }
            }
        }
        var result: [PhraseMatch] = []
        // The latest hit of each group; reset in place, not reallocated, as the sentence changes
        // (this loop runs for every hit of every rule: an allocation here was a tenth of a lint).
        var latest: [(start: Int, end: Int)] = []
        var lastEmitted: [(start: Int, end: Int)] = []
        for (r, rule) in rules.enumerated() where !groupHits[r].isEmpty {
            let groupCount = rule.groups.count
            latest = Array(repeating: (-1, -1), count: groupCount)
            lastEmitted.removeAll(keepingCapacity: true)
            var currentSentence = -1
            for hit in groupHits[r] {
                let sentence = model.tokens[hit.start].sentence
                if scope == .sentence, sentence != currentSentence {
                    for g in 0..<groupCount { latest[g] = (-1, -1) }
                    currentSentence = sentence
                }
                latest[hit.group] = (hit.start, hit.end)
                // Earlier hits that are now too far away no longer count.
                var complete = true
                var first = Int.max, last = 0, earliestStart = Int.max, earliestEnd = 0
                for g in 0..<groupCount {
                    if latest[g].start >= 0, g != hit.group, hit.start - latest[g].end > rule.within { latest[g] = (-1, -1) }
                    let h = latest[g]
                    guard h.start >= 0 else { complete = false; break }
                    first = min(first, h.start)
                    last = max(last, h.end)
                    if h.start < earliestStart { earliestStart = h.start; earliestEnd = h.end }
                }
                guard complete, groupCount == 1 || hit.start - earliestEnd <= rule.within else { continue }
                let firstSentence = model.tokens[first].sentence, lastSentence = model.tokens[last - 1].sentence
                if !cancelled[r].isEmpty, (firstSentence...lastSentence).contains(where: { cancelled[r].contains($0) }) { continue }
                if lastEmitted.count == groupCount, zip(lastEmitted, latest).allSatisfy({ $0 == $1 }) { continue }
                lastEmitted = latest
                result.append(PhraseMatch(rule: r, hits: latest.map { $0.start..<$0.end }, tokens: first..<last, sentence: firstSentence))
            }
        }
        return result
    }
}

extension TextModel {
    /// Where a match lies in the original document.
    public func position(of match: PhraseMatch) -> SourceRange { position(ofTokens: match.tokens) }
}
