import Foundation
import ZIPFoundation

/// The parts of a Word or Excel file (a zip archive of XML parts), read with
/// a limit so that a damaged file or a zip bomb gives a clear message, not a
/// crash or an exhausted machine.
struct OfficeArchive {
    /// No part of a real decree or plan comes near this.
    static let partLimit = 64 * 1024 * 1024
    /// The most columns a table row may have: a decree's tables have about
    /// ten, and a cell spanning more (w:gridSpan) is a damaged file.
    static let columnLimit = 64
    /// A decree with scanned pages may be tens of megabytes; the whole
    /// archive is read into memory, so its size is bounded first.
    static let archiveLimit = 512 * 1024 * 1024

    enum Problem: Error {
        case notAnArchive
        /// The file is larger than `archiveLimit`.
        case archiveTooLarge
        case missingPart(String)
        case tooLarge(String)
        case damaged(String)
        /// A table row of the part is wider than `columnLimit`.
        case tooManyColumns(String)
        /// A sheet gives more than `SheetCells.cellLimit` cells or
        /// `partLimit` bytes of text.
        case sheetTooLarge(String)
    }

    /// The archive's bytes and where its entries lie.
    private let bytes: Data
    private let directory: ZipDirectory

    /// ZIPFoundation's own reading is not used: its inflate loop asks for
    /// input until the stream ends and, past the end of the file, spins
    /// forever on empty reads (one changed byte of a deflated part did it).
    /// Entries are found here and each part is inflated from its own bytes
    /// only, with ZIPFoundation's zlib binding.
    init(url: URL) throws(Problem) {
        // Read, not mapped: a mapped file shortened by another program would end the process.
        guard let size = RegularFile.size(atPath: url.path) else { throw .notAnArchive }
        guard size <= Self.archiveLimit else { throw .archiveTooLarge }
        guard let bytes = try? Data(contentsOf: url), let directory = ZipDirectory(bytes) else {
            throw .notAnArchive
        }
        self.bytes = bytes
        self.directory = directory
    }

    func has(_ path: String) -> Bool { directory.entries[path] != nil }

    func part(_ path: String) throws(Problem) -> Data {
        guard let entry = directory.entries[path] else { throw .missingPart(path) }
        guard entry.uncompressedSize <= UInt64(Self.partLimit) else { throw .tooLarge(path) }
        let stored = bytes.subdata(in: entry.dataRange)
        var data = Data()
        var checksum: CRC32 = 0
        do {
            if entry.method == 0 {
                data = stored
                checksum = data.crc32(checksum: 0)
            } else {
                checksum = try Data.decompress(size: Int64(stored.count), bufferSize: 64 * 1024, skipCRC32: false, provider: { position, size in
                    // Asked for more than the entry has: the stream does not end.
                    guard position < Int64(stored.count) else { throw Problem.damaged(path) }
                    // ZIPFoundation tells zlib the chunk is always `size` bytes long: padded with
                    // zeros to that length, a stream that claims more never reads past the chunk.
                    var chunk = stored.subdata(in: Int(position)..<min(stored.count, Int(position) + size))
                    chunk.count = size
                    return chunk
                }, consumer: { chunk in
                    data.append(chunk)
                    // The declared size may lie; the bytes may not pass the limit.
                    if data.count > Self.partLimit { throw Problem.tooLarge(path) }
                })
            }
        } catch let problem as Problem {
            throw problem
        } catch {
            throw .damaged(path)
        }
        guard data.count <= Self.partLimit else { throw .tooLarge(path) }
        guard checksum == entry.checksum, data.count == entry.uncompressedSize else { throw .damaged(path) }
        return data
    }

    /// What to tell the unit when a part is not whole XML.
    static func notWholeXML(kind: String) -> String {
        "isi berkas \(kind) ini rusak (XML tidak utuh); buka di \(kind) lalu simpan ulang"
    }

    /// What to tell the unit, in Indonesian.
    static func message(_ problem: Problem, kind: String) -> String {
        switch problem {
        case .notAnArchive:
            return "berkas ini bukan berkas \(kind) yang utuh (bukan arsip zip); buka di \(kind) lalu simpan ulang, atau simpan sebagai teks/CSV"
        case .archiveTooLarge:
            return "berkas \(kind) ini lebih dari \(archiveLimit / 1024 / 1024) MB dan tidak dibaca; simpan salinannya tanpa gambar hasil pindaian, atau simpan tabelnya sebagai CSV"
        case .missingPart(let path):
            return "berkas \(kind) ini rusak: bagian \(path) tidak ada; buka di \(kind) lalu simpan ulang"
        case .tooLarge(let path):
            return "bagian \(path) berkas ini lebih dari \(partLimit / 1024 / 1024) MB setelah dibuka; berkas ini tidak dibaca (mungkin rusak atau bukan dokumen biasa)"
        case .damaged(let path):
            return "bagian \(path) berkas ini rusak dan tidak dapat dibuka; buka di \(kind) lalu simpan ulang"
        case .tooManyColumns(let path):
            return "sebuah baris tabel di bagian \(path) berkas ini lebih dari \(columnLimit) kolom (mungkin rusak); berkas ini tidak dibaca. Buka di \(kind) lalu simpan ulang, atau salin tabelnya ke berkas CSV"
        case .sheetTooLarge(let path):
            return "lembar \(path) berkas ini terlalu besar: lebih dari \(SheetCells.cellLimit / 1_000_000) juta sel atau \(partLimit / 1024 / 1024) MB teks (mungkin rusak, atau ada isian jauh di luar tabel); berkas ini tidak dibaca. Hapus baris dan kolom di luar tabel rencana aksi lalu simpan ulang, atau simpan tabelnya sebagai CSV"
        }
    }
}
