import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The only part of zisite that writes the site to disk.
public enum SitePublisher {
    /// Marks a folder as written by zisite, so a later build may replace it.
    static let markerName = ".zisite"
    static let markerText =
        "Folder ini dibuat oleh zisite dan akan diganti seluruhnya pada build berikutnya.\n"

    /// Takes the output's lock, tidies what a build cut short left beside it, and writes the
    /// site; for one call, as tests make. `Build` claims the output before reading the content.
    public static func publish(_ files: [SiteFile], to output: URL) throws(PublishError) {
        let lock = try claim(output)
        defer { lock.release() }
        try publish(files, holding: lock)
    }

    /// Makes this process the only build writing `output` until the lock is released, and
    /// tidies leftovers of builds that were cut short: a previous site left parked by a build
    /// killed between its two renames is put back, staging folders are removed.
    public static func claim(_ output: URL) throws(PublishError) -> OutputLock {
        let lock = try OutputLock.take(OutputLocation(output.path))
        StagingLeftovers.tidy(lock.target)
        return lock
    }

    /// Writes every file into a new temporary folder beside the output, then swaps it in.
    ///
    /// If anything fails before the swap, the temporary folder is removed and the output is
    /// left exactly as it was; the swap itself never leaves the output missing.
    static func publish(
        _ files: [SiteFile], holding lock: OutputLock, swapping swap: FolderSwap = .system
    ) throws(PublishError) {
        try checkPaths(files)
        let staging = try SiteStaging.open(holding: lock)
        do {
            _ = try staging.write(files)
        } catch {
            staging.discard()
            throw error
        }
        try staging.finish(swapping: swap)
    }

    // MARK: - Checks made before anything is written

    static func checkPaths(_ files: [SiteFile]) throws(PublishError) {
        var seen: Set<String> = []
        for file in files {
            if let problem = problem(with: file.path) {
                throw PublishError(
                    message: "jalur berkas situs '\(shown(file.path))' ditolak: \(problem)")
            }
            if !seen.insert(file.path).inserted {
                throw PublishError(
                    message: "berkas situs '\(file.path)' muncul lebih dari sekali; "
                        + "setiap berkas harus punya jalur sendiri")
            }
        }
        // A path used as a file cannot also be a folder holding other files.
        for path in seen.sorted() {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if seen.contains(String(folder)) {
                    throw PublishError(
                        message: "'\(folder)' dipakai sebagai berkas sekaligus sebagai folder "
                            + "untuk '\(path)'; ganti salah satu jalurnya")
                }
            }
        }
    }

    static func problem(with path: String) -> String? {
        if let answer = asciiProblem(with: path) { return answer }
        if path.isEmpty { return "jalurnya kosong" }
        if path.contains("\u{0}") { return "mengandung karakter NUL" }
        if path.contains("\\") { return "mengandung garis miring terbalik (\\); pakai '/'" }
        if path.hasPrefix("/") { return "jalur mutlak tidak diizinkan; pakai jalur relatif" }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            if component.isEmpty {
                return "mengandung komponen kosong (garis miring ganda atau di akhir)"
            }
            if component == "." || component == ".." {
                return "mengandung komponen '.' atau '..'"
            }
        }
        if path == markerName { return "'\(markerName)' dicadangkan untuk penanda zisite" }
        return nil
    }

    /// `problem(with:)` for a path of ASCII (every path zisite makes, and
    /// nearly every file of a unit), decided in one pass over its bytes; nil
    /// (not decided) for any other path. A rebuild checks every path of the
    /// previous build's record with it.
    private static func asciiProblem(with path: String) -> String?? {
        guard !path.isEmpty else { return nil }
        var hasNUL = false, hasBackslash = false
        var component: String?, length = 0, dots = 0
        for byte in path.utf8 {
            switch byte {
            case 0x80...: return nil
            case 0: hasNUL = true
            case UInt8(ascii: "\\"): hasBackslash = true
            case UInt8(ascii: "/"):
                if component == nil { component = Self.componentProblem(length: length, dots: dots) }
                (length, dots) = (0, 0)
                continue
            case UInt8(ascii: "."): dots += 1
            default: break
            }
            length += 1
        }
        if component == nil { component = Self.componentProblem(length: length, dots: dots) }
        if hasNUL { return .some("mengandung karakter NUL") }
        if hasBackslash { return .some("mengandung garis miring terbalik (\\); pakai '/'") }
        if path.utf8.first == UInt8(ascii: "/") { return .some("jalur mutlak tidak diizinkan; pakai jalur relatif") }
        if let component { return .some(component) }
        return .some(path == markerName ? "'\(markerName)' dicadangkan untuk penanda zisite" : nil)
    }

    private static func componentProblem(length: Int, dots: Int) -> String? {
        if length == 0 { return "mengandung komponen kosong (garis miring ganda atau di akhir)" }
        return length == dots && length <= 2 ? "mengandung komponen '.' atau '..'" : nil
    }

    private static func shown(_ path: String) -> String {
        path.replacingOccurrences(of: "\u{0}", with: "\\0")
    }

    // MARK: - Writing inside the temporary folder

    /// Writes the marker and every file into `folder`, a new empty folder made by
    /// `makeUniqueFolder`; a folder cut short is marked, so the next build tidies it.
    static func writeSite(_ files: [SiteFile], into folder: String) throws(PublishError) {
        _ = try writeFile(at: folder + "/" + markerName, .data(Data(markerText.utf8)))
        _ = try writeFiles(files, into: folder)
    }

    /// Writes `files` into `folder`, making the folders they need below it, and
    /// returns what each file is once written.
    static func writeFiles(_ files: [SiteFile], into folder: String) throws(PublishError) -> [WrittenFile] {
        var made: Set<Substring> = []
        return try writeFiles(files, into: folder, made: &made)
    }

    /// The same, given the folders below `folder` already made.
    static func writeFiles(_ files: [SiteFile], into folder: String, made madeFolders: inout Set<Substring>) throws(PublishError) -> [WrittenFile] {
        var written: [WrittenFile] = []
        written.reserveCapacity(files.count)
        for file in files {
            try makeFolders(for: file.path, in: folder, skipping: &madeFolders)
            let info = try writeFile(at: folder + "/" + file.path, file.contents, shownAs: file.path)
            written.append(WrittenFile(path: file.path, info))
        }
        return written
    }

    /// Replaces one file that `writeSite` put at the top of `folder`.
    static func rewrite(_ file: SiteFile, in folder: String) throws(PublishError) {
        _ = unlink(folder + "/" + file.path)
        _ = try writeFile(at: folder + "/" + file.path, file.contents, shownAs: file.path)
    }

    /// Creates a new folder that did not exist before, so nothing else can be inside it.
    static func makeUniqueFolder(in parent: String, prefix: String) throws(PublishError) -> String {
        var code: Int32 = EEXIST
        for _ in 0..<16 {
            let path = "\(parent)/\(prefix)\(String(UInt64.random(in: .min ... .max), radix: 36))"
            if mkdir(path, 0o755) == 0 {
                // mkdir is subject to the umask; the site must be readable by a web server.
                _ = chmod(path, 0o755)
                return path
            }
            code = errno
            if code != EEXIST { break }
        }
        throw PublishError(
            message: "tidak dapat membuat folder sementara di '\(parent)': \(describe(code)); "
                + "periksa izin tulis folder itu")
    }

    /// Creates the folders above `path`; each is new, so no symlink can be followed.
    static func makeFolders(
        for path: String, in root: String, skipping made: inout Set<Substring>
    ) throws(PublishError) {
        var end = path.startIndex
        while let slash = path[end...].firstIndex(of: "/") {
            let folder = path[..<slash]
            end = path.index(after: slash)
            if made.contains(folder) { continue }
            let full = root + "/" + folder
            guard mkdir(full, 0o755) == 0 else {
                throw PublishError(
                    message: "tidak dapat membuat folder '\(folder)' di folder sementara "
                        + "'\(root)': \(describe(errno))")
            }
            _ = chmod(full, 0o755)
            made.insert(folder)
        }
    }

    /// Writes one new file and returns its status once written.
    @discardableResult
    static func writeFile(
        at path: String, _ contents: SiteFile.Contents, shownAs name: String = markerName
    ) throws(PublishError) -> stat {
        // O_EXCL and O_NOFOLLOW: never write through something that is already there.
        let output = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard output >= 0 else {
            throw PublishError(message: "tidak dapat menulis '\(name)': \(describe(errno))")
        }
        defer { close(output) }
        // The mode given to open is reduced by the umask.
        guard fchmod(output, 0o644) == 0 else {
            throw PublishError(message: "tidak dapat mengatur izin '\(name)': \(describe(errno))")
        }
        switch contents {
        case .data(let data):
            let code = data.withUnsafeBytes { writeAll(output, $0) }
            if code != 0 {
                throw PublishError(message: "tidak dapat menulis '\(name)': \(describe(code))")
            }
        case .copy(let source):
            try copy(from: source.path, to: output, shownAs: name)
        }
        var info = stat()
        guard fstat(output, &info) == 0 else {
            throw PublishError(message: "tidak dapat menulis '\(name)': \(describe(errno))")
        }
        return info
    }

    private static func copy(from source: String, to output: Int32, shownAs name: String)
        throws(PublishError)
    {
        func failure(_ reason: String) -> PublishError {
            PublishError(message: "tidak dapat menyalin '\(source)' ke '\(name)': \(reason)")
        }
        // O_NONBLOCK so that a FIFO given by mistake is refused instead of waited on.
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard input >= 0 else { throw failure(describe(errno)) }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0 else { throw failure(describe(errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw failure("sumbernya bukan berkas biasa")
        }

        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count == 0 { return }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(describe(errno))
            }
            let code = buffer.withUnsafeBytes {
                writeAll(output, UnsafeRawBufferPointer(rebasing: $0[..<count]))
            }
            if code != 0 { throw failure(describe(code)) }
        }
    }

    /// Returns 0, or the errno of the write that failed.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    // MARK: - Swapping the new site in

    /// Puts the site written in `temporary` at the output. On Linux the two folders are
    /// exchanged in one `renameat2(RENAME_EXCHANGE)`, so at every instant the output is either
    /// the old or the new site, and the old one, now at the temporary name, is removed. Where
    /// the exchange is not available, the old site is parked in a holder folder, the new one
    /// renamed in, and the old one put back if that fails; a build killed between the two
    /// renames leaves the old site parked, and the next build puts it back.
    static func replace(
        _ target: OutputLocation, with temporary: String, replacing: Bool, swap: FolderSwap
    ) throws(PublishError) {
        guard replacing else {
            let code = swap.rename(temporary, target.path)
            guard code == 0 else {
                SiteFolder.remove(temporary)
                throw PublishError(
                    message: "tidak dapat memindahkan situs baru ke '\(target.path)': "
                        + "\(describe(code))")
            }
            return
        }

        let code = swap.exchange(temporary, target.path)
        if code == 0 {
            // The new site is in place; an old one left over is removed by the next build.
            SiteFolder.remove(temporary)
            return
        }
        guard FolderSwap.isUnsupported(code) else {
            SiteFolder.remove(temporary)
            throw PublishError(
                message: "tidak dapat memindahkan situs baru ke '\(target.path)': "
                    + "\(describe(code))")
        }
        try renameTwice(target, with: temporary, swap: swap)
    }

    private static func renameTwice(
        _ target: OutputLocation, with temporary: String, swap: FolderSwap
    ) throws(PublishError) {
        // The old site goes into a fresh folder of its own, so the rename cannot clobber anything.
        let holder: String
        do {
            holder = try makeUniqueFolder(in: target.parent, prefix: target.holderPrefix)
        } catch {
            SiteFolder.remove(temporary)
            throw error
        }
        let old = holder + "/" + target.name
        var code = swap.rename(target.path, old)
        guard code == 0 else {
            SiteFolder.remove(temporary)
            _ = rmdir(holder)
            throw PublishError(
                message: "tidak dapat memindahkan folder keluaran lama '\(target.path)': "
                    + "\(describe(code)); folder itu tidak diubah")
        }
        code = swap.rename(temporary, target.path)
        guard code == 0 else {
            SiteFolder.remove(temporary)
            guard swap.rename(old, target.path) == 0 else {
                throw PublishError(
                    message: "tidak dapat memindahkan situs baru ke '\(target.path)' "
                        + "(\(describe(code))) dan situs lama tidak dapat dikembalikan; "
                        + "situs lama ada di '\(old)', pindahkan kembali secara manual")
            }
            _ = rmdir(holder)
            throw PublishError(
                message: "tidak dapat memindahkan situs baru ke '\(target.path)': "
                    + "\(describe(code)); situs lama dikembalikan tanpa perubahan")
        }
        // The new site is already in place; a leftover is removed by the next build.
        SiteFolder.remove(old)
        _ = rmdir(holder)
    }

    /// The common errors in Bahasa Indonesia; anything rarer in the system's words.
    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: "tidak ada"
        case EACCES, EPERM: "izin ditolak"
        case EEXIST: "sudah ada"
        case ENOTDIR: "salah satu bagian jalurnya bukan folder"
        case EISDIR: "berupa folder"
        case ENOSPC: "ruang disk penuh"
        case EROFS: "sistem berkas hanya bisa dibaca"
        case ELOOP: "tautan simbolik tidak diikuti"
        case EXDEV: "berada di sistem berkas yang berbeda"
        default: String(cString: strerror(code))
        }
    }
}
