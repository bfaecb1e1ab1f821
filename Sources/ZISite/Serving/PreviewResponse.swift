import Foundation

/// One answer of `zisite serve` to a browser, as plain values, so that the
/// HTTP library only carries it.
public struct PreviewResponse: Sendable {
    public enum Body: Sendable, Equatable {
        case data(Data)
        /// A file of the built site, `size` bytes, sent as it lies on disk.
        case file(path: String, size: Int)
    }

    public var status: Int
    /// Each header once; `Content-Length` is always among them.
    public var headers: [String: String]
    public var body: Body

    init(status: Int, type: String, body: Body, headOnly: Bool, extra: [String: String] = [:]) {
        self.status = status
        let length = switch body {
        case .data(let data): data.count
        case .file(_, let size): size
        }
        headers = extra.merging([
            "Content-Type": type,
            "Content-Length": String(length),
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        ]) { _, ours in ours }
        self.body = headOnly ? .data(Data()) : body
    }

    /// A page zisite serve wrote itself.
    static func page(_ status: Int, _ html: String, version: String, headOnly: Bool) -> PreviewResponse {
        PreviewResponse(status: status, type: MediaType.html,
                        body: .data(ReloadScript.added(to: Data(html.utf8), version: version)), headOnly: headOnly)
    }
}
