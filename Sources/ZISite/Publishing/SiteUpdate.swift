import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A collection's new site put into the output in place, when most of it is
/// the previous build's files, unchanged: only what was written again moves
/// in. Swapping a whole new folder in would mean making every one of those
/// files and folders again, which on a national collection costs the file
/// system far more than all the plans that changed.
///
/// First every file the new site does not have is removed from the output,
/// with the folders left empty; then the staging folder is marked as being
/// moved (`movingMarkerName`) and each written file is renamed into place,
/// each one whole. A build cut short while moving leaves the mark, and the
/// next build (`StagingLeftovers`) moves the rest in before it starts, so
/// the output ends up as the new site. The caller has removed the record
/// beforehand: until it is written again, the next build builds every plan.
enum SiteUpdate {
    /// In a staging folder: its files are being moved into the output.
    static let movingMarkerName = ".zisite-pindah"

    /// Puts the files written under `staging` into `output`, keeping there
    /// only those and `kept` (paths relative to the output).
    static func apply(_ staging: String, to output: String, keeping kept: Set<String>) throws(PublishError) {
        let written = FolderTree(staging).files.filter { $0 != SitePublisher.markerName }
        var belongs = kept.union(written)
        belongs.insert(SitePublisher.markerName)
        removeStale(from: output, keeping: belongs)
        try SitePublisher.writeFile(at: staging + "/" + movingMarkerName, .data(Data()))
        try move(written, from: staging, to: output)
        SiteFolder.remove(staging)
    }

    /// Removes every file of `output` not in `belongs`, then the folders
    /// left empty, each folder at the top walked on a core of its own: a
    /// national collection's output holds tens of thousands of files.
    private static func removeStale(from output: String, keeping belongs: Set<String>) {
        let top = FolderTree(output, depth: 1)
        for file in top.files where !belongs.contains(file) { _ = unlink(output + "/" + file) }
        _ = top.folders.mapInParallel { folder in
            let tree = FolderTree(output, from: folder)
            for file in tree.files where !belongs.contains(file) { _ = unlink(output + "/" + file) }
            // Deepest first: a folder that held only stale files is empty by now.
            for inner in tree.folders.reversed() { _ = rmdir(output + "/" + inner) }
            _ = rmdir(output + "/" + folder)
        }
    }

    /// Moves what a cut-short update left in `staging` into `output`.
    static func finishMoving(_ staging: String, to output: String) {
        let left = FolderTree(staging).files.filter { $0 != SitePublisher.markerName && $0 != movingMarkerName }
        try? move(left, from: staging, to: output)
        SiteFolder.remove(staging)
    }

    /// Whether `staging` was being moved when its build stopped.
    static func wasMoving(_ staging: String) -> Bool {
        var info = stat()
        return lstat(staging + "/" + movingMarkerName, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    private static func move(_ files: [String], from staging: String, to output: String) throws(PublishError) {
        var made: Set<Substring> = []
        for file in files {
            try makeFolders(for: file, in: output, made: &made)
            let destination = output + "/" + file
            var info = stat()
            // A folder where the new site has a file held only stale files, removed above.
            if lstat(destination, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { _ = rmdir(destination) }
            guard rename(staging + "/" + file, destination) == 0 else {
                throw failure("tidak dapat memindahkan '\(file)' ke folder keluaran '\(output)'", errno)
            }
        }
    }

    /// The folders above `file` in `output`, made where missing; a file in
    /// the way of one is stale (the new site has a folder there) and goes.
    private static func makeFolders(for file: String, in output: String, made: inout Set<Substring>) throws(PublishError) {
        var end = file.startIndex
        while let slash = file[end...].firstIndex(of: "/") {
            let folder = file[..<slash]
            end = file.index(after: slash)
            guard !made.contains(folder) else { continue }
            let path = output + "/" + folder
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR { _ = unlink(path) }
            if mkdir(path, 0o755) == 0 {
                _ = chmod(path, 0o755)
            } else if errno != EEXIST {
                throw failure("tidak dapat membuat folder '\(folder)' di folder keluaran '\(output)'", errno)
            }
            made.insert(folder)
        }
    }

    private static func failure(_ what: String, _ code: Int32) -> PublishError {
        PublishError(message: "\(what): \(SitePublisher.describe(code)); bangun ulang situs setelah masalah ini diperbaiki")
    }
}
