import Foundation
import Synchronization

/// Work started on a thread of its own, whose result is waited for where
/// it is needed: what a collection build does beside reading the collection
/// (parsing the templates, loading the record), whose own reading keeps the
/// other cores busy only part of the time, and the open data it makes while
/// the top pages are rendered. A thread, not `concurrentPerform`:
/// one nested in another ran the collection's reading on one core.
final class BackgroundWork<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            let value = work()
            result.withLock { $0 = value }
            finished.signal()
        }
    }

    /// The result, once the work has finished.
    func wait() -> Value {
        finished.wait()
        // Signalled again for the next caller.
        finished.signal()
        return result.withLock { $0! }
    }
}
