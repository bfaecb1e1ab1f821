import Foundation

/// Where each entry of a zip archive lies, from its central directory, every
/// offset and size checked against the archive's length before anything is
/// read at it. Office files are small zips: one disk, no encryption; the
/// Zip64 sizes of an entry are read, a Zip64 end of directory is not.
struct ZipDirectory {
    struct Entry {
        var path: String
        /// 0 stored, 8 deflated.
        var method: Int
        var checksum: UInt32
        /// Where the entry's bytes start in the archive, and how many there are.
        var dataRange: Range<Int>
        var uncompressedSize: UInt64
    }

    private(set) var entries: [String: Entry] = [:]

    /// Nil when `bytes` is not a zip archive whose directory lies inside it.
    init?(_ bytes: Data) {
        let reader = LittleEndian(bytes: bytes)
        guard let end = Self.endOfDirectory(reader),
              let count = reader.u16(end + 10), let size = reader.u32(end + 12), let start = reader.u32(end + 16),
              start + size <= end else { return nil }
        var offset = start
        for _ in 0..<count {
            guard reader.u32(offset) == 0x0201_4B50,
                  let flags = reader.u16(offset + 8), let method = reader.u16(offset + 10),
                  let checksum = reader.u32(offset + 16), let compressed32 = reader.u32(offset + 20),
                  let uncompressed32 = reader.u32(offset + 24), let nameLength = reader.u16(offset + 28),
                  let extraLength = reader.u16(offset + 30), let commentLength = reader.u16(offset + 32),
                  let localHeader32 = reader.u32(offset + 42),
                  let name = reader.bytes(offset + 46, nameLength),
                  let extra = reader.bytes(offset + 46 + nameLength, extraLength) else { return nil }
            offset += 46 + nameLength + extraLength + commentLength
            guard offset <= start + size else { return nil }
            let path = String(decoding: name, as: UTF8.self)
            // Encrypted entries and other methods cannot be read; they are
            // left out, so reading one says its part is missing.
            guard flags & 1 == 0, method == 0 || method == 8, entries[path] == nil else { continue }
            let wide = Self.zip64Sizes(extra, uncompressed: uncompressed32, compressed: compressed32, localHeader: localHeader32)
            guard let (uncompressedSize, compressedSize, localHeader) = wide, localHeader < bytes.count,
                  reader.u32(localHeader) == 0x0403_4B50,
                  let localName = reader.u16(localHeader + 26), let localExtra = reader.u16(localHeader + 28) else { return nil }
            let dataStart = localHeader + 30 + localName + localExtra
            guard compressedSize <= UInt64(bytes.count), dataStart + Int(compressedSize) <= bytes.count else { return nil }
            entries[path] = Entry(path: path, method: method, checksum: UInt32(checksum),
                                  dataRange: dataStart..<dataStart + Int(compressedSize), uncompressedSize: uncompressedSize)
        }
    }

    /// The end-of-central-directory record: the last one in the final 64 KB
    /// (its comment may be up to 65,535 bytes).
    private static func endOfDirectory(_ reader: LittleEndian) -> Int? {
        let last = reader.count - 22
        guard last >= 0 else { return nil }
        for offset in stride(from: last, through: max(0, last - 65_535), by: -1) where reader.u32(offset) == 0x0605_4B50 {
            return offset
        }
        return nil
    }

    /// The sizes and the local header's offset, from the Zip64 extra field
    /// (id 1) where the 32-bit fields say 0xFFFFFFFF; nil when it is missing.
    private static func zip64Sizes(_ extra: Data, uncompressed: Int, compressed: Int, localHeader: Int) -> (UInt64, UInt64, Int)? {
        let wide = 0xFFFF_FFFF
        guard uncompressed == wide || compressed == wide || localHeader == wide else {
            return (UInt64(uncompressed), UInt64(compressed), localHeader)
        }
        let reader = LittleEndian(bytes: extra)
        var offset = 0
        while let id = reader.u16(offset), let length = reader.u16(offset + 2) {
            defer { offset += 4 + length }
            guard id == 1 else { continue }
            var field = offset + 4
            func next(_ value: Int) -> UInt64? {
                guard value == wide else { return UInt64(value) }
                defer { field += 8 }
                return field + 8 <= offset + 4 + length ? reader.u64(field) : nil
            }
            guard let u = next(uncompressed), let c = next(compressed), let l = next(localHeader), l < UInt64(UInt32.max) << 8 else { return nil }
            return (u, c, Int(l))
        }
        return nil
    }
}

/// Little-endian numbers at offsets of some bytes; nil past their end.
private struct LittleEndian {
    let data: Data
    var count: Int { data.count }

    init(bytes: Data) {
        data = bytes
    }

    func bytes(_ offset: Int, _ length: Int) -> Data? {
        guard offset >= 0, length >= 0, offset <= count - length else { return nil }
        let start = data.startIndex + offset
        return data[start..<start + length]
    }

    private func number(_ offset: Int, _ size: Int) -> UInt64? {
        guard let field = bytes(offset, size) else { return nil }
        return field.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    func u16(_ offset: Int) -> Int? { number(offset, 2).map(Int.init) }
    func u32(_ offset: Int) -> Int? { number(offset, 4).map(Int.init) }
    func u64(_ offset: Int) -> UInt64? { number(offset, 8) }
}
