import Foundation

/// Ctrl-C (SIGINT), SIGTERM and a closed terminal (SIGHUP) end `zisite serve`
/// through one handler, run on a queue of its own instead of inside the signal.
enum StopSignals {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Ends the process with status 0, from a stop handler.
    static func exitCleanly() -> Never {
        exit(0)
    }

    /// Runs `stop` on the first of the signals; it is expected to exit.
    static func install(_ stop: @escaping @Sendable () -> Void) {
        let queue = DispatchQueue(label: "zisite.serve.berhenti")
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler(handler: stop)
            source.resume()
            sources.append(source)
        }
    }
}
