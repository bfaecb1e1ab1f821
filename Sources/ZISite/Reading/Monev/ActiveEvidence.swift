import Foundation

/// Evidence a browser would run rather than show, or the unit's web server
/// would execute, once it is copied into the site: it would run on the
/// site's own address, where it can change every page a visitor sees. Known
/// by the name it is published under and, whatever that name, by its first
/// bytes: a file that begins with `<` (after a byte-order mark and white
/// space) is markup, HTML, SVG or XML, which a browser may sniff and render
/// even under the name `.pdf` or `.png`. PDF, images, office documents,
/// archives, audio and video are shown or downloaded, never run.
enum ActiveEvidence {
    /// Extensions, as published (lower case): web pages, SVG and XML (with
    /// their style sheets), scripts, Flash, and pages a web server runs.
    static let extensions: Set<String> = [
        "htm", "html", "xhtml", "xht", "shtml", "shtm", "stm", "mht", "mhtml", "hta", "htc",
        "svg", "svgz", "xml", "xsl", "xslt", "rdf", "xul", "vml",
        "js", "mjs", "cjs", "jsx", "vbs", "vbe", "wsf", "css", "swf", "wasm",
        "php", "php3", "php4", "php5", "php7", "pht", "phps", "phtml", "phar", "asp", "aspx", "ashx", "asmx", "jsp", "jspx",
        "cshtml", "vbhtml", "cgi", "fcgi", "pl", "py", "rb", "sh",
    ]

    /// How much of a file is looked at: as much as a browser sniffs (the
    /// "resource header" of the WHATWG MIME Sniffing Standard).
    static let sniffedBytes = 1445

    enum Finding: Equatable {
        /// Its published extension.
        case name(String)
        /// Its bytes begin with markup.
        case markup
    }

    /// Whether `file` is refused, with an error at `shown` (its path as the
    /// user sees it) saying why and what to save it as.
    static func refused(_ file: EvidenceFile, shown: String, diagnostics: inout DiagnosticList) -> Bool {
        switch finding(file) {
        case .name(let ext):
            diagnostics.error(SourceLocation(file: shown, line: 1),
                              "berkas bukti ini berakhiran .\(ext), jenis berkas yang dijalankan peramban atau server web (halaman web, SVG, XML, skrip), dan tidak diterbitkan; simpan sebagai PDF, PNG atau JPEG (misalnya cetak halamannya ke PDF) lalu sebut berkas itu di kolom BUKTI")
        case .markup:
            diagnostics.error(SourceLocation(file: shown, line: 1),
                              "berkas bukti ini berisi HTML, SVG atau XML (diawali '<'), yang dijalankan peramban apa pun nama berkasnya, dan tidak diterbitkan; simpan sebagai PDF, PNG atau JPEG lalu sebut berkas itu di kolom BUKTI")
        case nil:
            return false
        }
        return true
    }

    static func finding(_ file: EvidenceFile) -> Finding? {
        if extensions.contains(file.publishedExtension) { return .name(file.publishedExtension) }
        guard let handle = try? FileHandle(forReadingFrom: file.source) else { return nil }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: sniffedBytes)) ?? Data()
        return isMarkup(start) ? .markup : nil
    }

    /// Whether the first character that is not white space is `<`, in
    /// UTF-8 (with or without its byte-order mark) or in UTF-16 with one.
    static func isMarkup(_ start: Data) -> Bool {
        let bytes = [UInt8](start)
        let whiteSpace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0C, 0x0D]
        // UTF-16: the character's code unit is (high, low).
        for (mark, lowFirst) in [([UInt8]([0xFF, 0xFE]), true), ([0xFE, 0xFF], false)] where bytes.starts(with: mark) {
            for pair in stride(from: 2, to: bytes.count - 1, by: 2) {
                let (low, high) = lowFirst ? (bytes[pair], bytes[pair + 1]) : (bytes[pair + 1], bytes[pair])
                if high == 0 && whiteSpace.contains(low) { continue }
                return high == 0 && low == UInt8(ascii: "<")
            }
            return false
        }
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        return text.first { !whiteSpace.contains($0) } == UInt8(ascii: "<")
    }
}
