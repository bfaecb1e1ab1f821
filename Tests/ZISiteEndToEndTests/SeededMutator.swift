import Foundation

/// SplitMix64: a small, fast generator whose sequence a seed fixes, so that
/// a failing mutation can be made again from its seed alone.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Damages a file's bytes the ways a copy, an export or a hurried edit does:
/// spans cut or repeated, lines swapped, dropped or repeated, stray bytes and
/// table characters typed in, the file cut short. The result need not be
/// UTF-8.
enum SeededMutator {
    /// Bytes and words that mean something to the readers: separators,
    /// quotes, line ends, markup, months, section numerals, header names,
    /// and bytes that are not text.
    private static let pieces: [[UInt8]] = [
        "\t", "\n", "\r", "\r\n", "\"", ";", ",", "|", "  ", "<b>", "</i>", "\u{FEFF}", "\u{202E}", "😀", "مرحبا",
        "Januari", "Desember", "Triwulan", "2025", "9025", "31", "0", "-1", "I", "VII", "LAMPIRAN", "BAB II",
        "NO\tKOMPONEN\tINDIKATOR\tLANGKAH AKSI\tBUKTI FISIK\tTARGET WAKTU\tTARGET CAPAIAN",
        "KODE;STATUS;REALISASI", "selesai", "tanggal: 2025-02-30", ": ", "- ", "#", "[a](javascript:x)", "../",
    ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC3], [0xE2, 0x80], [0x1A], [0x7F]]

    static func mutate(_ source: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var bytes = source
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            apply(Int.random(in: 0..<9, using: &generator), to: &bytes, using: &generator)
        }
        return bytes
    }

    private static func apply(_ operation: Int, to bytes: inout [UInt8], using generator: inout SeededGenerator) {
        guard !bytes.isEmpty else {
            bytes = pieces.randomElement(using: &generator)!
            return
        }
        let at = Int.random(in: 0..<bytes.count, using: &generator)
        let span = min(bytes.count - at, Int.random(in: 1...400, using: &generator))
        switch operation {
        case 0: bytes.removeSubrange(at..<at + span)
        case 1: bytes.insert(contentsOf: pieces.randomElement(using: &generator)!, at: at)
        case 2: bytes.insert(contentsOf: bytes[at..<at + span], at: Int.random(in: 0...bytes.count, using: &generator))
        case 3: bytes[at] = UInt8.random(in: 0...255, using: &generator)
        case 4: bytes.removeSubrange(at...)
        default: mutateLines(operation, &bytes, using: &generator)
        }
    }

    private static func mutateLines(_ operation: Int, _ bytes: inout [UInt8], using generator: inout SeededGenerator) {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let a = Int.random(in: 0..<lines.count, using: &generator)
        let b = Int.random(in: 0..<lines.count, using: &generator)
        switch operation {
        case 5: lines.swapAt(a, b)
        case 6: lines.remove(at: a)
        case 7: lines.insert(contentsOf: Array(repeating: lines[a], count: Int.random(in: 1...50, using: &generator)), at: b)
        default:
            // A cell's separator dropped or doubled: columns run together or shift.
            let tabs = lines[a].indices.filter { lines[a][$0] == 0x09 || lines[a][$0] == 0x3B }
            if let tab = tabs.randomElement(using: &generator) {
                if Bool.random(using: &generator) { lines[a].remove(at: tab) } else { lines[a].insert(lines[a][tab], at: tab) }
            }
        }
        bytes = Array(lines.joined(separator: [0x0A]))
    }
}
