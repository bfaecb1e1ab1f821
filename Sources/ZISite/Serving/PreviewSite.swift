import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The site `zisite serve` shows. Each build is `Build.run`, the whole of
/// `zisite build`, writing into `situs` inside a private temporary folder of
/// its own, never the output or the content folder; the folder is removed by
/// `close`. Pages are answered from the last build that succeeded, with
/// `ReloadScript` added as they are sent; while the latest build has failed,
/// a page is answered with its messages instead (`PreviewPage`), and the
/// other files, and the pages under `/__zisite/terakhir/`, from the last good site.
public final class PreviewSite: @unchecked Sendable {
    /// The private temporary folder that holds the built site.
    public let folder: String
    private let site: String
    private let options: Build.Options
    /// Told apart from any earlier `zisite serve`, so that a page left open across a restart reloads too.
    private let session = String(UInt64.random(in: .min ... .max), radix: 36)

    /// Guards the fields below; held only to read or set them.
    private let state = NSLock()
    private var builds = 0
    private var failure: [Diagnostic]?
    private var hasGoodSite = false
    private var isClosed = false
    /// Held for a whole build, so that `close` waits for a running one.
    private let building = NSLock()

    /// Larger pages are not read into memory to add the script: none is near it.
    static let maximumPageSize = 64 << 20

    /// Makes the temporary folder in the system's (TMPDIR); builds nothing yet.
    public init(content: String, templates: String?) throws(PublishError) {
        var parent = FileManager.default.temporaryDirectory.path
        while parent.count > 1 && parent.hasSuffix("/") { parent.removeLast() }
        folder = try SitePublisher.makeUniqueFolder(in: parent, prefix: "zisite-serve-")
        _ = chmod(folder, 0o700)
        site = folder + "/situs"
        options = Build.Options(content: content, output: site, templates: templates)
    }

    /// The number the open pages compare with theirs: it changes with every build, good or failed.
    public var version: String {
        state.withLock { "\(session)-\(builds)" }
    }

    /// Builds the site again from the content as it is now; nil once closed.
    @discardableResult
    public func rebuild() -> Build.Result? {
        building.lock()
        defer { building.unlock() }
        guard !state.withLock({ isClosed }) else { return nil }
        let result = Build.run(options)
        state.withLock {
            builds += 1
            failure = result.succeeded ? nil : result.diagnostics
            hasGoodSite = hasGoodSite || result.succeeded
        }
        return result
    }

    /// Waits for a running build, then removes the temporary folder; later builds do nothing.
    public func close() {
        building.lock()
        defer { building.unlock() }
        state.withLock { isClosed = true }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The answer to `method` for `path`, the request's percent-encoded path without its query.
    public func respond(method: String, path: String) -> PreviewResponse {
        guard method == "GET" || method == "HEAD" else {
            return PreviewResponse(status: 405, type: MediaType.text, body: .data(Data("Hanya GET dan HEAD yang dilayani.\n".utf8)),
                                   headOnly: false, extra: ["Allow": "GET, HEAD"])
        }
        let headOnly = method == "HEAD"
        let now: (version: String, failure: [Diagnostic]?, hasGoodSite: Bool) = state.withLock {
            ("\(self.session)-\(self.builds)", self.failure, self.hasGoodSite)
        }
        let version = now.version
        if path == ReloadScript.versionPath {
            return PreviewResponse(status: 200, type: MediaType.text, body: .data(Data(version.utf8)), headOnly: headOnly)
        }
        let lastGood = path.hasPrefix(PreviewPage.lastGoodPrefix)
        let asked = lastGood ? String(path.dropFirst(PreviewPage.lastGoodPrefix.count - 1)) : path
        let notFound = PreviewResponse.page(404, PreviewPage.notFound(ServedPath.decoded(asked.dropFirst()) ?? asked), version: version, headOnly: headOnly)
        guard lastGood || !path.hasPrefix("/__zisite/"), let sitePath = ServedPath.sitePath(asked) else { return notFound }

        let isPage = sitePath.lowercased().hasSuffix(".html")
        if isPage, !lastGood, let failure = now.failure {
            let page = PreviewPage.failedBuild(failure, lastGood: now.hasGoodSite ? sitePath : nil)
            return PreviewResponse.page(500, page, version: version, headOnly: headOnly)
        }
        guard now.hasGoodSite, let root = InsidePath.real(site), let file = InsidePath.real(site + "/" + sitePath),
              InsidePath.isInside(file, root: root) else { return notFound }
        guard let size = RegularFile.size(atPath: file) else {
            if FileManager.default.fileExists(atPath: file + "/index.html") {
                return PreviewResponse(status: 301, type: MediaType.text, body: .data(Data()), headOnly: headOnly,
                                       extra: ["Location": path + "/"])
            }
            return notFound
        }
        guard isPage else {
            return PreviewResponse(status: 200, type: MediaType.of(sitePath), body: .file(path: file, size: size), headOnly: headOnly)
        }
        guard size <= Self.maximumPageSize, let page = FileManager.default.contents(atPath: file) else { return notFound }
        return PreviewResponse(status: 200, type: MediaType.of(sitePath), body: .data(ReloadScript.added(to: page, version: version)),
                               headOnly: headOnly)
    }
}
