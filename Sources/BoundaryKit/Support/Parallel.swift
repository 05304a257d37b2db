import Dispatch

/// Work spread over the machine's cores, with results in the order of the input: the output does
/// not depend on which core finished first.
public enum Parallel {
    /// `transform` of every item, computed on all cores.
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in slots.put(transform(items[index]), at: index) }
        return slots.values()
    }

    /// `first()` and `second()`, run at the same time: `second` on another thread, `first` on this
    /// one (not both inside `concurrentPerform`, which would run any `map` inside them on one core).
    /// `second` escapes: the queue may release it after it has run, a moment after `wait` returns.
    public static func both<A: Sendable, B: Sendable>(_ first: () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
        let b = Slots<B>(count: 1)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { b.put(second(), at: 0) }
        let a = first()
        group.wait()
        return (a, b.values()[0])
    }
}

/// One result per index, each written by exactly one task and read after all of them have ended
/// (`concurrentPerform` returns only then), so no two threads ever touch the same slot.
private final class Slots<Value>: @unchecked Sendable {
    private var storage: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    func put(_ value: Value, at index: Int) { storage[index] = value }

    func values() -> [Value] { (0..<count).map { storage[$0]! } }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }
}
