import Foundation
import XCTest
@testable import ZISite

/// The corpus in Fixtures/bad-inputs (made by Scripts/make-bad-inputs):
/// every damaged file is a clear message at its place and writes nothing it
/// should not; every odd but valid file (other line ends, UTF-16,
/// right-to-left and emoji text, tabs in quoted cells, long cells, a 10 MB
/// table) reads in full and reaches the site unchanged.
final class BadInputCorpusTests: XCTestCase {
    private static let corpus = Repository.fixtures.appendingPathComponent("bad-inputs")
    private static let kendariDecree = Repository.fixtures.appendingPathComponent("decrees/keputusan-kpu-kota-kendari-65-2025.txt")
    private static let soppeng = Repository.fixtures.appendingPathComponent("soppeng")

    private var scratch: ScratchFolder!

    override func setUpWithError() throws {
        scratch = try ScratchFolder()
    }

    // MARK: - zisite import

    /// The import corpus: refused files name the problem and write nothing.
    private static let refusedImports: [(String, String)] = [
        ("kosong.txt", "berkas ini kosong"), ("kosong.csv", "berkas ini kosong"),
        ("kosong.docx", "bukan berkas Word yang utuh"), ("kosong.xlsx", "bukan berkas Excel yang utuh"),
        ("sampah.txt", "bukan teks"), ("sampah.csv", "bukan teks"),
        ("sampah.docx", "bukan berkas Word yang utuh"), ("sampah.xlsx", "bukan berkas Excel yang utuh"),
        ("terpotong.docx", "bukan berkas Word yang utuh"), ("terpotong.xlsx", "bukan berkas Excel yang utuh"),
        ("xml-terpotong.docx", "isi berkas Word ini rusak (XML tidak utuh)"),
        ("xml-terpotong.xlsx", "isi berkas Excel ini rusak (XML tidak utuh)"),
        ("tanpa-dokumen.docx", "bagian word/document.xml tidak ada"),
        ("tanpa-lembar.xlsx", "bagian xl/worksheets/rencana.xml tidak ada"),
        ("bom-zip.docx", "lebih dari 64 MB setelah dibuka"),
    ]

    /// Imported as they are: the decree in other encodings and line ends,
    /// and plan tables whose text is kept byte for byte.
    private static let decreeVariants = ["crlf.txt", "cr.txt", "utf16.txt"]
    private static let verbatimTables = ["rtl-emoji.csv", "tab-dalam-petik.csv", "sel-panjang.tsv"]
    private static let otherImports = ["terpotong.txt", "petik-tak-tertutup.csv"]

    func testEveryImportCorpusFileHasAnExpectation() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent("import").path)
        let covered = Self.refusedImports.map(\.0) + Self.decreeVariants + Self.verbatimTables + Self.otherImports
        XCTAssertEqual(Set(files), Set(covered))
        XCTAssertEqual(covered.count, Set(covered).count)
    }

    private func imported(_ name: String) -> (URL, Import.Result) {
        let folder = scratch.path("Content-" + name)
        return (folder, Import.run(file: Self.corpus.appendingPathComponent("import/" + name).path, into: folder.path, force: false))
    }

    func testDamagedFilesAreRefusedWithTheirProblemAndNothingIsWritten() {
        for (name, expected) in Self.refusedImports {
            let (folder, result) = imported(name)
            XCTAssertEqual(result.written, [], name)
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path), "\(name): nothing written")
            XCTAssertEqual(result.diagnostics.map(\.severity), [.error], "\(name): \(result.diagnostics.map(\.formatted))")
            let error = result.diagnostics.first
            XCTAssertTrue(error?.message.contains(expected) ?? false, "\(name): \(error?.formatted ?? "no message")")
            XCTAssertTrue(error?.location.file.hasSuffix(name) ?? false, name)
            XCTAssertEqual(error?.location.line, 1, name)
        }
    }

    func testADecreeWithOtherLineEndsOrInUTF16GivesTheSameContent() throws {
        let (reference, _) = try (scratch.path("acuan"), Import.run(file: Self.kendariDecree.path, into: scratch.path("acuan").path, force: false))
        let expected = try FolderSnapshot.take(reference)
        for name in Self.decreeVariants {
            let (folder, result) = imported(name)
            XCTAssertTrue(result.succeeded, "\(name): \(result.diagnostics.map(\.formatted))")
            XCTAssertEqual(try FolderSnapshot.take(folder), expected, "\(name): the same files as from the UTF-8 text with LF line ends")
        }
    }

    func testPlanTablesWithOddTextAreKeptByteForByte() throws {
        for name in Self.verbatimTables {
            let (folder, result) = imported(name)
            XCTAssertFalse(result.diagnostics.contains { $0.severity == .error }, "\(name): \(result.diagnostics.map(\.formatted))")
            let source = try String(contentsOf: Self.corpus.appendingPathComponent("import/" + name), encoding: .utf8)
            let table = try String(contentsOf: folder.appendingPathComponent("rencana-aksi.tsv"), encoding: .utf8)
            XCTAssertEqual(table, source.replacingOccurrences(of: "\r\n", with: "\n"), name)
        }
    }

    func testADecreeCutShortKeepsWhatItHas() throws {
        let (folder, result) = imported("terpotong.txt")
        XCTAssertTrue(result.succeeded, "\(result.diagnostics.map(\.formatted))")
        let table = try String(contentsOf: folder.appendingPathComponent("rencana-aksi.tsv"), encoding: .utf8)
        XCTAssertTrue(table.hasSuffix("September 2025\t1 (satu) Kegi\n"), "the last row as far as it goes")
    }

    func testAnUnclosedQuoteIsReportedAtItsCellAndTheTableIsStillKept() throws {
        let (folder, result) = imported("petik-tak-tertutup.csv")
        let error = try XCTUnwrap(result.diagnostics.first { $0.severity == .error })
        XCTAssertTrue(error.message.contains("tanda petik (\") pembuka sel ini tidak pernah ditutup"), error.formatted)
        XCTAssertEqual([error.location.line, error.location.column], [3, 3])
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("rencana-aksi.tsv").path))
    }

    // MARK: - zisite check and build

    private struct ContentCase {
        let file: String
        /// The content file it takes the place of, and the folder it is put in.
        let replaces: String
        let base: URL
        /// nil: the site builds; otherwise the first error's line and words.
        let error: (line: Int, words: String)?
    }

    private static let kendari = Repository.content
    private static let plan = "rencana-aksi.tsv"
    private static let sheet = "monev/triwulan-iv-2025.csv"
    private static let page = "halaman/02-dasar-hukum.md"

    private static let contentCases: [ContentCase] = [
        .init(file: "rencana-aksi-kosong.tsv", replaces: plan, base: kendari, error: (1, "tabel rencana aksi kosong")),
        .init(file: "rencana-aksi-sampah.tsv", replaces: plan, base: kendari, error: (1, "bukan teks")),
        .init(file: "rencana-aksi-utf16.tsv", replaces: plan, base: kendari, error: nil),
        .init(file: "rencana-aksi-crlf.tsv", replaces: plan, base: kendari, error: nil),
        .init(file: "rencana-aksi-cr.tsv", replaces: plan, base: kendari, error: nil),
        .init(file: "rencana-aksi-terpotong.tsv", replaces: plan, base: soppeng, error: nil),
        .init(file: "rencana-aksi-rtl-emoji.tsv", replaces: plan, base: soppeng, error: nil),
        .init(file: "rencana-aksi-sel-panjang.tsv", replaces: plan, base: soppeng, error: nil),
        .init(file: "rencana-aksi-tab-dalam-petik.csv", replaces: "rencana-aksi.csv", base: soppeng, error: nil),
        .init(file: "rencana-aksi-petik-tak-tertutup.csv", replaces: "rencana-aksi.csv", base: soppeng, error: (3, "tidak pernah ditutup")),
        .init(file: "situs-kosong.yml", replaces: "situs.yml", base: kendari, error: (1, "berkas pengaturan kosong")),
        .init(file: "situs-sampah.yml", replaces: "situs.yml", base: kendari, error: (1, "bukan teks")),
        .init(file: "situs-terpotong.yml", replaces: "situs.yml", base: kendari, error: (17, "'202' bukan tanggal yang ada")),
        .init(file: "situs-crlf.yml", replaces: "situs.yml", base: kendari, error: nil),
        .init(file: "monev-kosong.csv", replaces: sheet, base: kendari, error: (1, "baris judul kolom tidak ditemukan")),
        .init(file: "monev-sampah.csv", replaces: sheet, base: kendari, error: (1, "bukan teks")),
        .init(file: "monev-terpotong.csv", replaces: sheet, base: kendari, error: nil),
        .init(file: "monev-crlf.csv", replaces: sheet, base: kendari, error: nil),
        .init(file: "halaman-kosong.md", replaces: page, base: kendari, error: nil),
        .init(file: "halaman-sampah.md", replaces: page, base: kendari, error: (1, "bukan teks")),
    ]

    func testEveryContentCorpusFileHasAnExpectation() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent("content").path)
        XCTAssertEqual(Set(files), Set(Self.contentCases.map(\.file)))
    }

    /// The base content with one file taken by a corpus file.
    private func content(_ corpusCase: ContentCase) throws -> URL {
        let folder = try scratch.copy(corpusCase.base, as: "Content-" + corpusCase.file)
        try FileManager.default.removeItem(at: folder.appendingPathComponent(corpusCase.replaces.hasPrefix("rencana-aksi") ? Self.plan : corpusCase.replaces))
        try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent("content/" + corpusCase.file),
                                         to: folder.appendingPathComponent(corpusCase.replaces))
        return folder
    }

    func testEachDamagedContentFileIsAnErrorAtItsLineAndCheckAndBuildAgree() throws {
        for corpusCase in Self.contentCases {
            guard let expected = corpusCase.error else { continue }
            let folder = try content(corpusCase)
            let options = Build.Options(content: folder.path, output: scratch.path("Output-" + corpusCase.file).path, templates: Repository.templates.path)
            let checked = Build.check(options)
            let built = Build.run(options)
            XCTAssertEqual(checked.diagnostics, built.diagnostics, corpusCase.file)
            let error = try XCTUnwrap(built.diagnostics.first { $0.severity == .error }, corpusCase.file)
            XCTAssertTrue(error.location.file.hasSuffix(corpusCase.replaces), "\(corpusCase.file): \(error.formatted)")
            XCTAssertEqual(error.location.line, expected.line, "\(corpusCase.file): \(error.formatted)")
            XCTAssertTrue(error.message.contains(expected.words), "\(corpusCase.file): \(error.formatted)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: options.output), "\(corpusCase.file): no site written")
        }
    }

    /// Other line ends and UTF-16 change nothing on the site.
    func testOtherLineEndsAndEncodingsGiveTheSameSite() throws {
        let reference = try BuiltSite(content: Self.kendari, output: scratch.path("acuan")).files()
        for corpusCase in Self.contentCases where corpusCase.error == nil && corpusCase.base == Self.kendari
            && ["crlf", "cr.", "utf16"].contains(where: corpusCase.file.contains) {
            let site = BuiltSite(content: try content(corpusCase), output: scratch.path("Output-" + corpusCase.file))
            XCTAssertTrue(site.result.succeeded, "\(corpusCase.file): \(site.errors.map(\.formatted))")
            XCTAssertEqual(try site.files(), reference, "\(corpusCase.file): the site differs from the one built from the file as it was")
        }
    }

    func testRightToLeftEmojiQuotedTabsAndLongCellsReachTheLampiranWhole() throws {
        let long = String(String(repeating: "Laporan pelaksanaan zona integritas yang sangat rinci. ", count: 91).prefix(4990)) + " selesai."
        let expectations: [(String, [String])] = [
            ("rencana-aksi-rtl-emoji.tsv", ["Tim Kerja 👥", "SK Tim 🇮🇩 مرحبا", "Membentuk tim ✅ שלום עולם", "ZWJ 👩‍💻 dan tanda RTL \u{200F}", "Menyusun laporan (العربية) 😀"]),
            ("rencana-aksi-tab-dalam-petik.csv", ["Tim Kerja", "SK; ditandatangani Ketua", "Membentuk tim, lalu menetapkan SK", "SK \"Tim\""]),
            ("rencana-aksi-sel-panjang.tsv", [long, "Membentuk tim " + long]),
        ]
        XCTAssertEqual(long.count, 4999)
        for (file, cells) in expectations {
            let corpusCase = try XCTUnwrap(Self.contentCases.first { $0.file == file })
            let site = BuiltSite(content: try content(corpusCase), output: scratch.path("Output-" + file))
            XCTAssertTrue(site.result.succeeded, "\(file): \(site.errors.map(\.formatted))")
            let annex = VisibleText.fold(VisibleText.of(try site.html(SitePaths.annex)))
            for cell in cells {
                XCTAssertTrue(annex.contains(VisibleText.fold(cell)), "\(file): '\(cell.prefix(60))' not whole on the Lampiran")
            }
        }
    }

    /// A table of 10 MB (about 14,000 steps) is read and built whole; how
    /// fast is for Scripts/benchmark.
    func testATenMegabyteTableBuildsWhole() throws {
        let folder = try scratch.copy(Self.soppeng, as: "Content-besar")
        let filler = String(repeating: "Pelaksanaan kegiatan pembangunan zona integritas di lingkungan satuan kerja. ", count: 4)
        var lines = ["NO\tKOMPONEN\tINDIKATOR\tLANGKAH AKSI\tBUKTI FISIK\tTARGET WAKTU\tTARGET CAPAIAN"]
        var size = 0
        var step = 0
        while size < 10_000_000 {
            if step % 2_500 == 0 { lines.append("\(RomanNumeral.numeral(step / 2_500 + 1)) Bagian \(step / 2_500 + 1)") }
            lines.append("\(step % 2_500 + 1)\tKomponen \(step)\tIndikator \(step) \(filler)\tLangkah \(step) \(filler)\tBukti \(step)\tSeptember 2025\t1 (satu) Dokumen")
            size += lines.last!.utf8.count + 1
            step += 1
        }
        try (lines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent(Self.plan), atomically: true, encoding: .utf8)
        let site = BuiltSite(content: folder, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
        let annex = try site.html(SitePaths.annex)
        XCTAssertEqual(annex.components(separatedBy: "<th scope=\"row\" class=\"kode\"").count - 1, step)
        XCTAssertTrue(annex.contains("Langkah \(step - 1) "), "the last step")
    }
}
