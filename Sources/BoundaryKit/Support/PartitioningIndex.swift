extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `isAfter` is true, in a collection where it is false
    /// for a prefix and true for the rest (`endIndex` when it is never true): a binary search, the one
    /// every "last X at or before this position" lookup of the text model uses.
    func partitioningIndex(where isAfter: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
