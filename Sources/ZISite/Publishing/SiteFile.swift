import Foundation

/// One file of the finished site, placed at `path` inside the output folder.
public struct SiteFile: Sendable, Hashable {
    public enum Contents: Sendable, Hashable {
        case data(Data)
        /// The bytes of a regular file on disk, e.g. an asset that needs no rendering.
        case copy(from: URL)
    }

    /// Relative and "/"-separated, e.g. "bagian/i.html" or "aset/gaya.css".
    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// A text file, stored as UTF-8.
    public init(path: String, text: String) {
        self.init(path: path, contents: .data(Data(text.utf8)))
    }

    /// The same file inside `folder` of the site (a collection's member);
    /// "" is the site's top (a collection of one unit's years).
    func moved(under folder: String) -> SiteFile {
        folder.isEmpty ? self : SiteFile(path: folder + "/" + path, contents: contents)
    }
}

/// Why the site could not be published; `message` is in Bahasa Indonesia for the user.
public struct PublishError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
