import Foundation

/// Runs a helper program with a time limit, keeping at most `maximumOutput`
/// bytes of what it prints (standard output and error together; the rest is
/// read and dropped, so the program never blocks on a full pipe).
enum BoundedProcess {
    enum Outcome: Equatable {
        case exited(status: Int32, output: String)
        case timedOut
    }

    static let maximumOutput = 64 * 1024

    /// Starts `executable` with `arguments` and waits for it, at most `limit`;
    /// a program still running then is stopped (SIGTERM, then SIGKILL).
    static func run(_ executable: String, _ arguments: [String], environment: [String: String], limit: Duration) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()

        let collected = Collected()
        let reader = pipe.fileHandleForReading
        let drained = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                collected.keep(chunk, upTo: maximumOutput)
            }
            drained.signal()
        }

        let seconds = Double(limit.components.seconds) + Double(limit.components.attoseconds) / 1e18
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
            // A grandchild may still hold the pipe; the reader is left to end with it.
            _ = drained.wait(timeout: .now() + 5)
            return .timedOut
        }
        _ = drained.wait(timeout: .now() + 5)
        return .exited(status: process.terminationStatus, output: String(decoding: collected.bytes, as: UTF8.self))
    }

    /// The output kept so far, shared between the reading thread and the caller.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()

        func keep(_ chunk: Data, upTo maximum: Int) {
            lock.lock()
            defer { lock.unlock() }
            let room = maximum - data.count
            if room > 0 { data.append(chunk.prefix(room)) }
        }

        var bytes: Data {
            lock.lock()
            defer { lock.unlock() }
            return data
        }
    }
}
