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
/// with the folders left empty (`StaleFiles`); then the staging folder is
/// marked as being moved (`movingMarkerName`) and each written file is
/// renamed into place, each one whole. A build cut short while moving leaves
/// the mark, and the next build (`StagingLeftovers`) moves the rest in before
/// it starts, so the output ends up as the new site (but for the one file, at
/// most, whose old version was being set aside at that moment: it goes back).
/// The caller has removed the record beforehand: until it is written again,
/// the next build builds every plan. Once every file is in, the mark goes;
/// the caller removes the staging folder, with the files the new ones
/// replaced (`replacedFolderName`).
enum SiteUpdate {
    /// In a staging folder: its files are being moved into the output.
    static let movingMarkerName = ".zisite-pindah"
    /// In a staging folder: the output's files that new ones took the place of.
    static let replacedFolderName = ".zisite-diganti"

    /// Puts the files written under `staging` into `output`, keeping there
    /// only those and `kept` (paths relative to the output), the files of the
    /// plans at `keptPlans`; `recorded`: the output's folders as the previous
    /// build left them. The folders left of those that were there.
    static func apply(_ staging: String, to output: String, keeping kept: Set<String>, of keptPlans: Set<String>,
                      recorded: SiteStaging.Recording) throws(PublishError) -> [StaleFiles.Left] {
        let written = FolderTree(staging).files.filter { $0 != SitePublisher.markerName }
        let writing = Set(written)
        let stale = StaleFiles(output: output, belongs: { kept.contains($0) || writing.contains($0) || $0 == SitePublisher.markerName },
                               recorded: recorded.previous, owners: recorded.owners, reused: keptPlans)
        let left = stale.remove()
        try SitePublisher.writeFile(at: staging + "/" + movingMarkerName, .data(Data()))
        try move(written, from: staging, to: output)
        _ = unlink(staging + "/" + movingMarkerName)
        return left
    }

    /// Moves what a cut-short update left in `staging` into `output`.
    static func finishMoving(_ staging: String, to output: String) {
        let left = FolderTree(staging).files.filter {
            $0 != SitePublisher.markerName && $0 != movingMarkerName && !$0.hasPrefix(replacedFolderName + "/")
        }
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
        var replaced = 0
        for file in files {
            try makeFolders(for: file, in: output, made: &made)
            let source = staging + "/" + file, destination = output + "/" + file
            var info = stat()
            let there = lstat(destination, &info) == 0 ? info.st_mode & S_IFMT : 0
            // A folder where the new site has a file held only stale files, removed above.
            if there == S_IFDIR { _ = rmdir(destination) }
            // A file there changes places with the new one and is set aside, to be
            // deleted with the staging folder: renaming over it would free its space
            // at once, and ext4 would also write the new file out first (10 ms for a
            // 13 MB table of steps on a disk).
            if there == S_IFREG, FolderSwap.system.exchange(source, destination) == 0 {
                if replaced == 0 { _ = mkdir(staging + "/" + replacedFolderName, 0o700) }
                if rename(source, staging + "/" + replacedFolderName + "/" + String(replaced)) == 0 { replaced += 1 }
                continue
            }
            guard rename(source, destination) == 0 else {
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
