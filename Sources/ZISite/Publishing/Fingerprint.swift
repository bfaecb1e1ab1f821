import Foundation

/// FNV-1a, 64 bits, of bytes given in one piece or many: stable across runs,
/// unlike Swift's `Hasher`. It tells files apart cheaply; it is no proof that
/// two files are the same (compare their bytes for that) and no defence
/// against someone who makes two files collide on purpose.
struct Fingerprint: Hashable, Sendable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var hash = value
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        value = hash
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        // Ends each text, so that "ab"+"c" and "a"+"bc" differ.
        add(Int64(text.utf8.count))
    }

    mutating func add(_ number: Int64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
    }

    /// A file as the file system describes it: its kind, size, inode and times.
    mutating func add(_ info: stat) {
        let modified = info.modified, changed = info.changed
        for number in [Int64(info.st_mode), Int64(info.st_size), Int64(bitPattern: UInt64(info.st_ino)), Int64(bitPattern: UInt64(info.st_dev)),
                       Int64(modified.tv_sec), Int64(modified.tv_nsec), Int64(changed.tv_sec), Int64(changed.tv_nsec)] {
            add(number)
        }
    }

    static func of(_ data: Data) -> Fingerprint {
        var fingerprint = Fingerprint()
        data.withUnsafeBytes { fingerprint.add($0) }
        return fingerprint
    }

    /// The fingerprint of a file read in pieces of 64 KiB, never whole; nil when it cannot be read.
    static func ofFile(at url: URL) -> Fingerprint? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        var fingerprint = Fingerprint()
        do {
            // At the end of the file the piece is empty, or nil on some platforms.
            while let piece = try handle.read(upToCount: 65_536), !piece.isEmpty {
                piece.withUnsafeBytes { fingerprint.add($0) }
            }
            return fingerprint
        } catch {
            return nil
        }
    }
}
