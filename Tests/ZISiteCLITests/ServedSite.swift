import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `zisite serve` running as a user starts it, with what it prints collected
/// as it comes, and a plain HTTP/1.1 client for its pages.
final class ServedSite: @unchecked Sendable {
    let process: Process
    private let lock = NSLock()
    private var out = Data()
    private var err = Data()

    /// Starts `zisite serve ARGUMENTS` with TMPDIR set to `temporary`.
    init(_ arguments: [String], temporary: URL) throws {
        process = ZisiteBinary.process(["serve"] + arguments)
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary.path
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil }
            self?.lock.withLock { self?.out.append(data) }
        }
        errors.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil }
            self?.lock.withLock { self?.err.append(data) }
        }
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    var output: String { lock.withLock { String(decoding: out, as: UTF8.self) } }
    var errors: String { lock.withLock { String(decoding: err, as: UTF8.self) } }

    /// Waits until `condition` holds, checking every tenth of a second, for at most
    /// `seconds` (generous: a build on a busy machine is slow); false if it never did.
    static func wait(seconds: Double = 120, until condition: () throws -> Bool) rethrows -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return try condition()
    }

    /// The port from the line `Pratinjau situs di http://127.0.0.1:PORT/`, once printed.
    func port() -> UInt16? {
        guard let range = output.range(of: "http://127.0.0.1:") else { return nil }
        return UInt16(output[range.upperBound...].prefix { $0.isNumber })
    }

    /// Waits for the process to end and returns its status, or nil if it did not end in time.
    func exitStatus(within seconds: Double = 60) -> Int32? {
        Self.wait(seconds: seconds) { !process.isRunning } ? process.terminationStatus : nil
    }
}

/// One HTTP/1.1 exchange with a server on 127.0.0.1, over a plain socket.
struct Fetched {
    var status: Int
    var head: String
    var body: String

    static func get(_ path: String, port: UInt16, method: String = "GET") throws -> Fetched {
        let connection = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard connection >= 0 else { throw POSIXError(.EIO) }
        defer { close(connection) }
        // A server that never answers fails the test instead of hanging it.
        var limit = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(connection, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        let request = Array("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, 0) }
        var response = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(connection, &buffer, buffer.count, 0)
            if count <= 0 { break }
            response.append(contentsOf: buffer[..<count])
        }
        let text = String(decoding: response, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw POSIXError(.EBADMSG) }
        let head = String(text[..<split.lowerBound])
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        return Fetched(status: status, head: head, body: String(text[split.upperBound...]))
    }

    /// The answer, or nil while the server does not answer (yet).
    static func tryGet(_ path: String, port: UInt16) -> Fetched? {
        try? get(path, port: port)
    }
}
