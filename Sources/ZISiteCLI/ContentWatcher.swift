import Foundation
import ZISite

/// Looks at the content folder (and the templates folder) every half second
/// and calls back when something in it changed and then held still: a burst
/// of saves, as an editor or Excel makes, gives one rebuild.
struct ContentWatcher {
    let folders: [String]
    static let interval = 0.5
    /// How many more looks a burst may take before the rebuild starts anyway.
    static let settleLooks = 10

    /// The folders as they are now, the point the first change is seen from.
    func look() -> WatchedFiles {
        WatchedFiles.of(folders)
    }

    /// Calls `changed` after every change since `start`, forever (the process
    /// ends by a signal). A change made while `changed` runs is seen afterwards
    /// and gives another call. Not declared `Never`: Swift 6.3's optimiser
    /// crashes on a closure passed to a `Never` function here.
    func watch(from start: WatchedFiles, _ changed: @escaping () -> Void) {
        var seen = start
        while true {
            Thread.sleep(forTimeInterval: Self.interval)
            var now = look()
            guard now != seen else { continue }
            for _ in 0..<Self.settleLooks {
                Thread.sleep(forTimeInterval: Self.interval)
                let later = look()
                if later == now { break }
                now = later
            }
            seen = now
            changed()
        }
    }
}
