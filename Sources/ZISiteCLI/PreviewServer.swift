import FlyingFox
import FlyingSocks
import Foundation
import ZISite

/// The HTTP side of `zisite serve`: FlyingFox listening on 127.0.0.1 only,
/// every request answered by `PreviewSite.respond`, which decides everything
/// a browser gets; this only carries its answer.
struct PreviewServer: Sendable {
    private let server: HTTPServer
    /// The port it listens on.
    let port: UInt16

    /// Why the server could not start; `port` is the one asked for.
    struct StartFailure: Error {
        var port: UInt16
        var error: any Error

        /// Whether another program holds the port.
        var portInUse: Bool {
            if case .failed(_, let code, _) = error as? SocketError { return code == EADDRINUSE }
            return false
        }
    }

    /// Starts listening on `port` (0: any free port) and returns once it does,
    /// with the port it took; the server goes on running in the background.
    static func start(_ site: PreviewSite, port: UInt16) throws(StartFailure) -> PreviewServer {
        let server: HTTPServer
        do {
            server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port),
                                timeout: 60, logger: .disabled, handler: Handler(site: site))
        } catch {
            throw StartFailure(port: port, error: error)
        }
        let outcome = Outcome<UInt16>()
        Task {
            do { try await server.run() } catch { outcome.settle(.failure(error)) }
        }
        Task {
            do {
                try await server.waitUntilListening(timeout: 60)
                guard case .ip4(_, let taken)? = await server.listeningAddress else { throw SocketError.unsupportedAddress }
                outcome.settle(.success(taken))
            } catch {
                outcome.settle(.failure(error))
            }
        }
        switch outcome.wait() {
        case .success(let taken): return PreviewServer(server: server, port: taken)
        case .failure(let error): throw StartFailure(port: port, error: error)
        }
    }

    /// Closes the listening socket and the open connections, waiting at most `seconds` for it.
    func stop(waiting seconds: Double) {
        let outcome = Outcome<Void>()
        let server = self.server
        Task {
            await server.stop(timeout: 0)
            outcome.settle(.success(()))
        }
        _ = outcome.wait(timeout: seconds)
    }

    private struct Handler: HTTPHandler {
        let site: PreviewSite

        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
            let answer = site.respond(method: request.method.rawValue, path: request.target.path())
            var headers = HTTPHeaders()
            for (name, value) in answer.headers { headers[HTTPHeader(name)] = value }
            let status = HTTPStatusCode(answer.status, phrase: phrase(answer.status))
            switch answer.body {
            case .data(let data):
                return HTTPResponse(statusCode: status, headers: headers, body: data)
            case .file(let path, _):
                // The file was there a moment ago; a rebuild may just have removed it.
                guard let body = try? HTTPBodySequence(file: URL(fileURLWithPath: path), suggestedBufferSize: 1 << 16) else {
                    return HTTPResponse(statusCode: .notFound)
                }
                return HTTPResponse(statusCode: status, headers: headers, body: body)
            }
        }

        private func phrase(_ status: Int) -> String {
            switch status {
            case 200: "OK"
            case 301: "Moved Permanently"
            case 404: "Not Found"
            case 405: "Method Not Allowed"
            default: "Internal Server Error"
            }
        }
    }
}

/// A value handed from a task to a thread that waits for it; the first one counts.
final class Outcome<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private let ready = DispatchSemaphore(value: 0)
    private var value: Result<Value, any Error>?

    func settle(_ result: Result<Value, any Error>) {
        lock.withLock {
            guard value == nil else { return }
            value = result
            ready.signal()
        }
    }

    func wait() -> Result<Value, any Error> {
        ready.wait()
        return lock.withLock { value! }
    }

    /// Nil when nothing came within `seconds`.
    func wait(timeout seconds: Double) -> Result<Value, any Error>? {
        guard ready.wait(timeout: .now() + seconds) == .success else { return nil }
        return lock.withLock { value }
    }
}
