import Foundation
import XCTest
@testable import ZISite

/// `zisite publish` on the example unit: the site as `build` writes it, the
/// PDFs printed by WeasyPrint, the zip and `unggah/`. Skipped only where
/// WeasyPrint or pdftotext is not installed (CI installs both: Scripts/install-dependencies --site-check).
final class PublishTests: XCTestCase {
    /// The example published twice into two folders, once for all the tests.
    private struct Published {
        let scratch: ScratchFolder
        let first: Publish.Result
        let output: URL
        let again: URL
    }

    nonisolated(unsafe) private static var shared: Published?

    private static let today = CalendarDate(year: 2026, month: 1, day: 15)!

    private func published() throws -> Published {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        try XCTSkipIf(PrintEngine.find(searchPath: path).isFailure,
                      "WeasyPrint is not installed: Scripts/install-dependencies --site-check (CI installs it)")
        try XCTSkipUnless(path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: $0 + "/pdftotext") },
                          "pdftotext is not installed: Scripts/install-dependencies --site-check (CI installs it)")
        if let shared = Self.shared { return shared }
        let scratch = try ScratchFolder()
        func publish(_ name: String) -> Publish.Result {
            Publish.run(Publish.Options(build: Build.Options(content: Repository.content.path, output: scratch.path(name).path), today: Self.today))
        }
        let first = publish("Terbit")
        XCTAssertTrue(first.succeeded, (first.problem ?? "") + first.build.diagnostics.map(\.formatted).joined(separator: "\n"))
        let second = publish("Terbit-lagi")
        XCTAssertTrue(second.succeeded, second.problem ?? "")
        let published = Published(scratch: scratch, first: first, output: scratch.path("Terbit"), again: scratch.path("Terbit-lagi"))
        Self.shared = published
        return published
    }

    private static let printedPages = [
        "keputusan.html", "lampiran.html", "jadwal.html", "monev/triwulan-iii-2025.html", "monev/triwulan-iv-2025.html",
        "layanan/skm-tahun-2025.html", "layanan/pengaduan-tahun-2025.html", "layanan/ipak-tahun-2025.html", "layanan/ipkp-tahun-2025.html",
        "layanan/lhkpn-tahun-pelaporan-2025.html", "layanan/gratifikasi-tahun-2025.html", "layanan/wbs-tahun-2025.html",
        "informasi-publik.html",
    ]

    func testPublishWritesTheSiteAPDFOfEachPrintableDocumentTheZipAndTheUploadFolder() throws {
        let site = try published()
        let files = try FolderSnapshot.take(site.output)
        XCTAssertEqual(site.first.documents, Self.printedPages.count)
        for page in Self.printedPages {
            let pdf = try XCTUnwrap(files[String(page.dropLast(5)) + ".pdf"], page)
            XCTAssertTrue(pdf.starts(with: Data("%PDF-".utf8)), page)
        }
        XCTAssertNil(files["index.pdf"], "only printable documents are printed")
        let upload = files.keys.filter { $0.hasPrefix("unggah/") }.sorted()
        XCTAssertEqual(upload.count, Self.printedPages.count + 1)
        XCTAssertEqual(upload.first, "unggah/01-keputusan.pdf")
        XCTAssertEqual(upload.last, "unggah/PANDUAN-UNGGAH.txt")
        XCTAssertEqual(files["unggah/02-lampiran-rencana-aksi.pdf"], files["lampiran.pdf"])
        XCTAssertEqual(files["unggah/13-daftar-informasi-publik.pdf"], files["informasi-publik.pdf"])

        let guide = String(decoding: try XCTUnwrap(files["unggah/PANDUAN-UNGGAH.txt"]), as: UTF8.self)
        XCTAssertTrue(guide.contains("\r\n"), "Windows line ends, for Notepad")
        for menu in ["MENU ZONA INTEGRITAS", "MENU PPID", "MENU LAYANAN PUBLIK"] { XCTAssertTrue(guide.contains(menu), menu) }
        for name in upload.dropLast() {
            let line = "[ ] \(name.dropFirst(7)) (PDF, \(IndonesianFormat.fileSize(files[name]!.count)))"
            XCTAssertTrue(guide.contains(line), line)
        }
        XCTAssertTrue(guide.contains("Versi web: https://www.example.org/zona-integritas/monev/triwulan-iii-2025.html"))
    }

    func testTheZipHoldsEverySiteFileAndNothingElse() throws {
        try FolderSnapshot.siteZip(in: try published().output)
    }

    func testTwoPublishesOfTheSameContentGiveTheSameBytes() throws {
        let site = try published()
        let first = try FolderSnapshot.take(site.output), second = try FolderSnapshot.take(site.again)
        XCTAssertEqual(first.keys.sorted(), second.keys.sorted())
        for (path, bytes) in first where second[path] != bytes { XCTFail("\(path) differs between two publishes") }
    }

    func testEveryPDFIsNumberedHalamanXDariY() throws {
        let site = try published()
        for page in Self.printedPages {
            let text = try Self.text(of: site.output.appendingPathComponent(String(page.dropLast(5)) + ".pdf"))
            XCTAssertTrue(text.contains("Halaman 1 dari "), page)
            XCTAssertTrue(text.contains("KOMISI PEMILIHAN UMUM"), "letterhead on \(page)")
            XCTAssertFalse(text.contains("Unduh PDF"), "the link is not printed: \(page)")
        }
    }

    func testTheLampiranPDFHasEveryCellOfThePlanTable() throws {
        let site = try published()
        let text = Self.withoutSpaces(try Self.text(of: site.output.appendingPathComponent("lampiran.pdf")))
        let cells = Self.cells(try String(contentsOf: site.output.appendingPathComponent("lampiran.html"), encoding: .utf8))
        XCTAssertGreaterThan(cells.count, 200)
        for cell in cells { XCTAssertTrue(text.contains(Self.withoutSpaces(cell)), "lampiran.pdf lacks the cell '\(cell)'") }
        // The repeated header: every printed page of the annex starts its table with it.
        let pages = try Self.text(of: site.output.appendingPathComponent("lampiran.pdf")).split(separator: "\u{0C}").filter { $0.contains("I.") }
        XCTAssertGreaterThan(pages.count, 1)
        for page in pages { XCTAssertTrue(page.contains("LANGKAH AKSI"), "header row repeated on each page") }
    }

    /// The period's table has nine columns, printed on A4 landscape so that
    /// none is cut at the page's edge: every cell of every column is in the PDF.
    func testTheMonevPDFHasEveryCellOfItsStepsUpToTheDateDone() throws {
        let site = try published()
        let pdf = site.output.appendingPathComponent("monev/triwulan-iii-2025.pdf")
        let text = Self.withoutSpaces(try Self.text(of: pdf))
        let html = try String(contentsOf: site.output.appendingPathComponent("monev/triwulan-iii-2025.html"), encoding: .utf8)
        let rows = Self.rows(html).filter { $0.count == 9 && $0[0] != "Kode" }
        XCTAssertEqual(rows.count, 32, "one row per step")
        for row in rows {
            for cell in row where !cell.isEmpty {
                XCTAssertTrue(text.contains(Self.withoutSpaces(cell)), "monev PDF lacks '\(cell)' of \(row[0])")
            }
        }
    }

    func testPagesLinkTheirPDFAndTheListOfPublicInformationGivesEachPDFsSize() throws {
        let site = try published()
        let files = try FolderSnapshot.take(site.output)
        let lampiran = String(decoding: files["lampiran.html"]!, as: UTF8.self)
        XCTAssertTrue(lampiran.contains(#"<p class="unduh unduh-pdf"><a href="lampiran.pdf" type="application/pdf">Unduh PDF</a> <span class="ukuran">(\#(IndonesianFormat.fileSize(files["lampiran.pdf"]!.count)))</span></p>"#))
        let monev = String(decoding: files["monev/triwulan-iii-2025.html"]!, as: UTF8.self)
        XCTAssertTrue(monev.contains(#"<a href="../monev/triwulan-iii-2025.pdf" type="application/pdf">Unduh PDF</a>"#))
        XCTAssertFalse(String(decoding: files["index.html"]!, as: UTF8.self).contains("Unduh PDF"), "the home page is not printed")
        let information = String(decoding: files["informasi-publik.html"]!, as: UTF8.self)
        for page in Self.printedPages.dropLast() {
            let pdf = String(page.dropLast(5)) + ".pdf"
            let item = #"<li><a href="\#(pdf)">PDF, \#(IndonesianFormat.fileSize(files[pdf]!.count))</a></li>"#
            XCTAssertTrue(information.contains(item), item)
        }
    }

    /// Publish builds exactly as build does: every file of `build` is there
    /// with the same bytes, but for the link to the PDF and the PDFs listed.
    func testPublishedPagesAreTheBuiltPagesWithTheirPDFLinks() throws {
        let site = try published()
        let scratch = try ScratchFolder()
        let built = BuiltSite.example(in: scratch)
        let builtFiles = try built.files(), publishedFiles = try FolderSnapshot.take(site.output)
        XCTAssertFalse(builtFiles.keys.contains { $0.hasSuffix(".pdf") && !$0.hasPrefix("bukti/") }, "build prints nothing")
        for (path, bytes) in builtFiles where path != ".zisite" && path != "informasi-publik.html" {
            var page = String(decoding: try XCTUnwrap(publishedFiles[path], path), as: UTF8.self)
            if let link = page.range(of: #"<p class="unduh unduh-pdf">[^\n]*</p>\n"#, options: .regularExpression) { page.removeSubrange(link) }
            XCTAssertEqual(page, String(decoding: bytes, as: UTF8.self), path)
        }
        XCTAssertFalse(String(decoding: builtFiles["lampiran.html"]!, as: UTF8.self).contains("Unduh PDF"))
    }

    /// The Soppeng sample: another plan's shape (programmes, no services, a
    /// scan of the signed decree), published whole.
    func testTheSoppengSampleIsPublishedWithEveryCellOfItsLampiranInThePDF() throws {
        _ = try published()
        let scratch = try ScratchFolder()
        let output = scratch.path("Terbit")
        let result = Publish.run(Publish.Options(build: Build.Options(content: Repository.fixtures.appendingPathComponent("soppeng").path, output: output.path),
                                                 today: Self.today))
        XCTAssertTrue(result.succeeded, (result.problem ?? "") + result.build.diagnostics.map(\.formatted).joined(separator: "\n"))
        let files = try FolderSnapshot.take(output)
        let pdfs = files.keys.filter { path in path.hasSuffix(".pdf") && !["bukti/", "unggah/", "dokumen/"].contains { path.hasPrefix($0) } }.sorted()
        XCTAssertEqual(pdfs.count, result.documents)
        XCTAssertTrue(pdfs.contains("lampiran.pdf") && pdfs.contains("informasi-publik.pdf"), "\(pdfs)")
        for pdf in pdfs {
            XCTAssertTrue(try Self.text(of: output.appendingPathComponent(pdf)).contains("Halaman 1 dari "), pdf)
        }
        let text = Self.withoutSpaces(try Self.text(of: output.appendingPathComponent("lampiran.pdf")))
        for cell in Self.cells(String(decoding: files["lampiran.html"]!, as: UTF8.self)) {
            XCTAssertTrue(text.contains(Self.withoutSpaces(cell)), "Soppeng's lampiran.pdf lacks the cell '\(cell)'")
        }
        XCTAssertEqual(files.keys.filter { $0.hasPrefix("unggah/") }.count, pdfs.count + 2, "the printed PDFs, the scan and the guide")

        // The signed decree's scan goes up first, as it was given.
        let scan = try Data(contentsOf: Repository.fixtures.appendingPathComponent("soppeng/keputusan-43-2025.pdf"))
        XCTAssertEqual(files["dokumen/keputusan-nomor-43-tahun-2025.pdf"], scan)
        XCTAssertEqual(files["unggah/00-keputusan-ditandatangani.pdf"], scan)
        let guide = String(decoding: try XCTUnwrap(files["unggah/PANDUAN-UNGGAH.txt"]), as: UTF8.self)
        XCTAssertTrue(guide.contains("MENU ZONA INTEGRITAS\r\n--------------------\r\n[ ] 00-keputusan-ditandatangani.pdf (PDF, 736 B)\r\n"
                                     + "    Judul: Salinan Keputusan KPU Kabupaten Soppeng Nomor 43 Tahun 2025 yang ditandatangani (hasil pindai)\r\n"
                                     + "    Versi web: https://www.example.org/soppeng/dokumen/keputusan-nomor-43-tahun-2025.pdf\r\n[ ] 01-keputusan.pdf"), guide)
    }

    // MARK: - A fresh folder from zisite new

    /// Refused, each unfinished thing told once as an error and nothing
    /// written; with `--draft` published whole, the decree's unknown date
    /// printed as "(belum diisi)".
    func testAFreshFolderIsRefusedListingEachUnfinishedThingOnceAndPublishedAsADraft() throws {
        _ = try published()
        let scratch = try ScratchFolder()
        let folder = scratch.path("Content-kpu-kabupaten-baru")
        XCTAssertEqual(NewContentFolder.create(folder: folder.path, today: Date(timeIntervalSince1970: 1_768_453_200)).written.count, 4, "noon of Self.today in Jakarta")
        func publish(draft: Bool) -> Publish.Result {
            Publish.run(Publish.Options(build: Build.Options(content: folder.path, output: scratch.path(draft ? "Draf" : "Terbit").path),
                                        draft: draft, today: Self.today))
        }

        let refused = publish(draft: false)
        XCTAssertFalse(refused.succeeded)
        let told = refused.build.diagnostics
        XCTAssertEqual(told.map(\.severity), Array(repeating: .error, count: told.count), told.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(refused.unfinished, told.count, "nothing but the unfinished things")
        let placeholders = told.filter { $0.message.contains(Settings.placeholder) }
        XCTAssertEqual(placeholders.map(\.location.line), [14, 17, 18, 19], "each decree value still (belum diisi), once")
        for skeleton in ["halaman/01-pendahuluan.md", "keputusan.md", "rencana-aksi.tsv"] {
            XCTAssertEqual(told.filter { $0.location.file == folder.path + "/" + skeleton }.count, 1, skeleton)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.path("Terbit").path), "nothing written")

        let draft = publish(draft: true)
        XCTAssertTrue(draft.succeeded, (draft.problem ?? "") + draft.build.diagnostics.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(draft.build.diagnostics.map(\.message), told.map(\.message), "the same things, told as warnings")
        XCTAssertEqual(draft.build.warningCount, told.count)
        for pdf in ["keputusan.pdf", "lampiran.pdf", "jadwal.pdf", "informasi-publik.pdf", "unggah/01-keputusan.pdf"] {
            let text = try Self.text(of: scratch.path("Draf/" + pdf))
            XCTAssertTrue(text.contains("Halaman 1 dari "), pdf)
        }
        XCTAssertTrue(try Self.text(of: scratch.path("Draf/keputusan.pdf")).contains(Settings.placeholder))
        XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.path("Draf/situs.zip").path))
    }

    // MARK: - Without a working print engine nothing is written

    func testWithoutWeasyPrintPublishStopsNamingThePackageAndWritesNothing() throws {
        let scratch = try ScratchFolder()
        let output = scratch.path("Terbit")
        let result = Publish.run(Publish.Options(build: Build.Options(content: Repository.content.path, output: output.path),
                                                 today: Self.today, searchPath: scratch.path("kosong").path + ":/nonexistent"))
        XCTAssertFalse(result.succeeded)
        XCTAssertTrue(try XCTUnwrap(result.problem).contains("sudo apt install weasyprint"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path), [])
    }

    func testAPrintEngineThatFailsIsToldInIndonesianAndNothingIsWritten() throws {
        let scratch = try ScratchFolder()
        let tools = scratch.path("alat")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        try Self.executable(tools.appendingPathComponent("python-rusak"), "#!/bin/sh\necho 'Traceback: rusak' >&2\nexit 5\n")
        try Self.executable(tools.appendingPathComponent("weasyprint"), "#!\(tools.path)/python-rusak\n")
        let output = scratch.path("Terbit")
        let result = Publish.run(Publish.Options(build: Build.Options(content: Repository.content.path, output: output.path),
                                                 today: Self.today, searchPath: tools.path))
        XCTAssertEqual(result.problem, "WeasyPrint berhenti dengan status 5 (Traceback: rusak); tidak ada yang ditulis")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path), ["alat"], "no scratch folder left")
    }

    func testAPrintEngineThatHangsIsStoppedAtItsTimeLimit() throws {
        let scratch = try ScratchFolder()
        let tools = scratch.path("alat")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        try Self.executable(tools.appendingPathComponent("python-macet"), "#!/bin/sh\nexec sleep 60\n")
        try Self.executable(tools.appendingPathComponent("weasyprint"), "#!\(tools.path)/python-macet\n")
        let result = Publish.run(Publish.Options(build: Build.Options(content: Repository.content.path, output: scratch.path("Terbit").path),
                                                 today: Self.today, searchPath: tools.path, printLimit: .seconds(1)))
        XCTAssertTrue(try XCTUnwrap(result.problem).hasPrefix("WeasyPrint tidak selesai mencetak 12 PDF dalam 1 detik dan dihentikan"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.path("Terbit").path))
    }

    // MARK: - Helpers

    private static func executable(_ url: URL, _ text: String) throws {
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    /// The PDF's text in the order it was drawn, cell by cell (`pdftotext -raw`).
    static func text(of pdf: URL) throws -> String {
        let process = Process(), pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-raw", pdf.path, "-"]
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "pdftotext (poppler-utils) \(pdf.lastPathComponent)")
        return String(decoding: data, as: UTF8.self)
    }

    /// Lines wrap inside a cell wherever the column ends, so text is compared without white space.
    static func withoutSpaces(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// The visible text of every `td` and `th` of the page's tables.
    static func cells(_ html: String) -> [String] {
        rows(html).flatMap { $0 }.filter { !$0.isEmpty }
    }

    /// Each table row's cells, as visible text.
    static func rows(_ html: String) -> [[String]] {
        matches(#"<tr\b[^>]*>(.*?)</tr>"#, in: html).map { row in matches(#"<(?:td|th)\b[^>]*>(.*?)</t[dh]>"#, in: row).map(VisibleText.of) }
    }

    /// The first group of each match of `pattern`, across lines.
    private static func matches(_ pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

private extension Result {
    var isFailure: Bool { if case .failure = self { true } else { false } }
}
