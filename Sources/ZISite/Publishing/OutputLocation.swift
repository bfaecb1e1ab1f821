import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the site goes: the folder's name and the folder that holds it.
struct OutputLocation: Sendable {
    var path: String
    var parent: String
    var name: String

    /// The lock file one build holds while it builds into this folder.
    var lockPath: String { "\(parent)/.\(name).kunci" }
    /// The site being written goes into a new folder named this and a random suffix.
    var stagingPrefix: String { ".\(name).baru-" }
    /// Where the two-rename swap parks the previous site, inside a folder of its own.
    var holderPrefix: String { ".\(name).lama-" }

    init(_ path: String) throws(PublishError) {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        self.path = path
        if let slash = path.lastIndex(of: "/") {
            parent = slash == path.startIndex ? "/" : String(path[..<slash])
            name = String(path[path.index(after: slash)...])
        } else {
            parent = "."
            name = path
        }
        if name.isEmpty || name == "." || name == ".." {
            throw PublishError(
                message: "jalur keluaran '\(path)' harus diakhiri nama folder; "
                    + "pilih folder dengan --output, misalnya Output")
        }
    }

    /// Whether an existing output must be replaced; refuses anything zisite did not write.
    func mayBeReplaced() throws(PublishError) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            let code = errno
            // Not there yet: the first build into it (the lock has made its parent).
            if code == ENOENT || code == ENOTDIR { return false }
            throw PublishError(
                message: "tidak dapat memeriksa folder keluaran '\(path)': \(SitePublisher.describe(code))")
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            break
        case S_IFLNK:
            throw PublishError(
                message: "folder keluaran '\(path)' adalah tautan simbolik; berikan jalur "
                    + "folder yang sebenarnya dengan --output")
        default:
            throw PublishError(
                message: "keluaran '\(path)' sudah ada tetapi bukan folder; pilih jalur lain "
                    + "dengan --output atau pindahkan berkas itu")
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw PublishError(
                message: "tidak dapat membaca isi folder keluaran '\(path)': "
                    + "\(error.localizedDescription); periksa izin baca folder itu")
        }
        if !entries.isEmpty && !SiteFolder.isMarked(path) {
            throw PublishError(
                message: "folder keluaran '\(path)' berisi berkas yang bukan buatan zisite; "
                    + "pilih folder lain dengan --output atau kosongkan folder itu")
        }
        return true
    }
}
