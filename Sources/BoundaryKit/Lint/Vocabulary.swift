/// Normalised words and their ids: an open-addressing table keyed by the tokenizer's hash of the
/// word's bytes, so that looking a token up costs a hash probe and a byte comparison, never a String.
struct Vocabulary: Sendable {
    private var slots = [Int32](repeating: -1, count: 1024)
    private var slotHashes = [UInt64](repeating: 0, count: 1024)
    private var bytes: [UInt8] = []
    private var ranges: [Range<Int>] = []

    /// How many distinct words.
    var count: Int { ranges.count }

    /// The id of `word` (whose tokenizer hash is `hash`), or -1.
    func id(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(hash & UInt64(mask))
            while true {
                let id = slots[slot]
                if id < 0 || (slotHashes[slot] == hash && equals(Int(id), word)) { return id }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of `word`, added if new.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        let found = id(of: word, hash: hash)
        if found >= 0 { return found }
        let id = Int32(ranges.count)
        let start = bytes.count
        bytes.append(contentsOf: word)
        ranges.append(start..<bytes.count)
        if ranges.count * 2 > slots.count { grow() } else { place(id, hash: hash) }
        return id
    }

    private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = ranges[id]
        guard range.count == word.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            var k = 0
            while k < word.count {
                if bytes[range.lowerBound + k] != word[k] { return false }
                k += 1
            }
            return true
        }
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(hash & UInt64(mask))
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
        slotHashes[slot] = hash
    }

    /// Doubles the table and places every word again.
    private mutating func grow() {
        let capacity = slots.count * 2
        slots = [Int32](repeating: -1, count: capacity)
        slotHashes = [UInt64](repeating: 0, count: capacity)
        for id in ranges.indices {
            let hash = Tokenizer.hash(bytes[ranges[id]])
            place(Int32(id), hash: hash)
        }
    }
}
