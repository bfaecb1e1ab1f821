import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One build at a time per output folder: an exclusive `flock` on `.<name>.kunci` beside the
/// output, held on an open descriptor from the start of the build to its end.
///
/// The kernel releases the lock when the process ends, even by kill -9, so a lock is never
/// stale; a lock file left by a killed build is simply locked again by the next one. The file
/// records who holds it, so that a second build can say whom it waits for.
public final class OutputLock {
    let target: OutputLocation
    private var descriptor: Int32

    private init(target: OutputLocation, descriptor: Int32) {
        self.target = target
        self.descriptor = descriptor
    }

    deinit { release() }

    /// Takes the lock for `target`, creating the folder that holds it if needed; fails at once,
    /// saying who holds it, when another build does.
    static func take(_ target: OutputLocation) throws(PublishError) -> OutputLock {
        do {
            try FileManager.default.createDirectory(
                atPath: target.parent, withIntermediateDirectories: true)
        } catch {
            throw PublishError(
                message: "tidak dapat membuat folder '\(target.parent)' untuk keluaran: "
                    + "\(error.localizedDescription); periksa jalur --output dan izin tulisnya")
        }
        let path = target.lockPath
        // A build that finishes removes its lock file; one that opened the file just before
        // may then lock a file no longer at the path, and must open the path again.
        for _ in 0..<64 {
            let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw PublishError(
                    message: "tidak dapat membuat berkas kunci '\(path)': "
                        + "\(SitePublisher.describe(errno)); periksa izin tulis folder itu")
            }
            var opened = stat()
            guard fstat(descriptor, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
                close(descriptor)
                throw PublishError(
                    message: "berkas kunci '\(path)' bukan berkas biasa; hapus atau pindahkan, "
                        + "lalu jalankan zisite build lagi")
            }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let code = errno
                let holder = LockHolder(readingFrom: descriptor)
                close(descriptor)
                if code == EINTR { continue }
                if code == EWOULDBLOCK {
                    throw PublishError(
                        message: "folder keluaran '\(target.path)' sedang ditulis oleh build "
                            + "lain (\(LockHolder.describe(holder, lockFile: path))); tunggu "
                            + "sampai build itu selesai, lalu jalankan zisite build lagi")
                }
                throw PublishError(
                    message: "tidak dapat mengunci berkas kunci '\(path)': "
                        + "\(SitePublisher.describe(code)); pilih folder keluaran di disk lokal")
            }
            var atPath = stat()
            guard lstat(path, &atPath) == 0, atPath.st_dev == opened.st_dev,
                atPath.st_ino == opened.st_ino
            else {
                close(descriptor)
                continue
            }
            LockHolder.current.write(to: descriptor)
            return OutputLock(target: target, descriptor: descriptor)
        }
        throw PublishError(
            message: "tidak dapat mengunci berkas kunci '\(path)': berkasnya terus berganti; "
                + "pilih folder keluaran di disk lokal")
    }

    /// Removes the lock file while still holding it, then lets go; safe to call twice.
    public func release() {
        guard descriptor >= 0 else { return }
        _ = unlink(target.lockPath)
        close(descriptor)
        descriptor = -1
    }
}
