import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// `map`, with the elements transformed at the same time, one per core,
    /// and the results in the elements' order: the plans of a collection.
    func mapInParallel<Transformed: Sendable>(_ transform: @Sendable (Element) -> Transformed) -> [Transformed] {
        let results = Mutex<[Transformed?]>(Array<Transformed?>(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = transform(self[index])
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0 }.map { $0! }
    }
}
