import Foundation

/// Turns a content file's bytes into text with `\n` line ends.
///
/// Office staff save tables from Excel and Word: UTF-8 with or without a
/// byte-order mark, UTF-16 ("Unicode Text"), or Windows-1252 from an older
/// Excel. All are read; anything but UTF-8 gets a warning so the unit knows.
public enum TextFileDecoder {
    public static func decode(_ data: Data, file: String, diagnostics: inout DiagnosticList) -> String? {
        let bytes = [UInt8](data)
        let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if !utf16, let problem = notText(bytes) {
            diagnostics.error(SourceLocation(file: file, line: 1), problem)
            return nil
        }
        let text: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        } else if utf16 {
            guard let decoded = decodeUTF16(bytes) else {
                diagnostics.error(SourceLocation(file: file, line: 1),
                                  "berkas bertanda UTF-16 tetapi isinya rusak; simpan ulang sebagai teks UTF-8")
                return nil
            }
            text = decoded
        } else if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
        } else {
            text = decodeWindows1252(bytes)
            diagnostics.warning(SourceLocation(file: file, line: firstInvalidUTF8Line(bytes)),
                                "berkas bukan UTF-8; dibaca sebagai Windows-1252 (Excel lama). Agar pasti, simpan sebagai \"CSV UTF-8\" atau teks UTF-8")
        }
        // Only UTF-16 may hold NUL here: `notText` refused other bytes with one.
        if utf16, text.unicodeScalars.contains("\u{0}") {
            diagnostics.error(SourceLocation(file: file, line: 1),
                              "berkas UTF-16 ini berisi karakter NUL, jadi bukan teks biasa; simpan ulang sebagai teks UTF-8")
            return nil
        }
        let normalized = normalizingLineEnds(text)
        warnAboutControlCharacters(in: normalized, file: file, diagnostics: &diagnostics)
        return normalized
    }

    /// A control character (a vertical tab carried over from Word, say)
    /// cannot stand in a page: it is kept in the text but shown as U+FFFD,
    /// and the unit is told where the first one is.
    private static func warnAboutControlCharacters(in text: String, file: String, diagnostics: inout DiagnosticList) {
        guard MarkupCodePoint.anyForbidden(in: text), let index = text.unicodeScalars.firstIndex(where: MarkupCodePoint.isForbidden) else { return }
        let scalar = text.unicodeScalars[index]
        let before = text.unicodeScalars[..<index]
        let line = before.count { $0 == "\n" } + 1
        let column = before.reversed().prefix { $0 != "\n" }.count + 1
        let code = String(format: "U+%04X", scalar.value)
        diagnostics.warning(SourceLocation(file: file, line: line, column: column),
                            "berisi karakter kendali \(code) yang tidak dapat tampil di halaman web; di situs tampil sebagai \u{FFFD}. Hapus karakter itu (sering terbawa dari salinan Word) atau ganti dengan spasi")
    }

    /// What a file that is not text looks like, said as what to do: a PDF,
    /// an Office file under a text name, or bytes with NULs, which text in
    /// any encoding read here has none of.
    private static func notText(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: Array("%PDF".utf8)) {
            return "berkas ini PDF, bukan teks; buka PDF-nya, salin seluruh teksnya ke berkas teks (.txt), atau pakai berkas Word aslinya"
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return "berkas ini sebenarnya dokumen Word atau Excel (arsip zip), bukan teks; beri nama berakhiran .docx atau .xlsx, atau simpan sebagai teks/CSV"
        }
        guard bytes.contains(0) else { return nil }
        let sample = bytes.prefix(4096)
        let oddNULs = stride(from: 1, to: sample.count, by: 2).count { sample[$0] == 0 }
        if oddNULs * 4 > sample.count, sample.count > 1 {
            return "berkas ini tampaknya UTF-16 tanpa penanda BOM; simpan ulang sebagai teks UTF-8 (di Notepad: Simpan Sebagai, Encoding UTF-8)"
        }
        return "berkas ini bukan teks (berisi byte NUL; mungkin gambar, PDF atau arsip); simpan sebagai teks atau CSV UTF-8"
    }

    /// CRLF (Windows) and lone CR (old Mac) become LF. Done on the UTF-8
    /// bytes: a CR or LF byte is never part of another code point.
    static func normalizingLineEnds(_ text: String) -> String {
        let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        guard text.utf8.contains(cr) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == cr {
                bytes.append(lf)
                previousWasCR = true
                continue
            }
            if !(byte == lf && previousWasCR) { bytes.append(byte) }
            previousWasCR = false
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func decodeUTF16(_ bytes: [UInt8]) -> String? {
        let littleEndian = bytes[0] == 0xFF
        let body = bytes.dropFirst(2)
        guard body.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let a = UInt16(body[index]), b = UInt16(body[index + 1])
            units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
            index += 2
        }
        var result = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): result.append(scalar)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        return String(result)
    }

    private static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let mapped = windows1252High[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }

    /// Windows-1252 differs from Latin-1 only in 0x80...0x9F.
    private static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
