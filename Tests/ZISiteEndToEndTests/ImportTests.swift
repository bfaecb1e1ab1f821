import Foundation
import XCTest
@testable import ZISite

/// `zisite import` on the two sample decrees and on the variants of
/// domain.md: the settings, the decree page and the table come out right,
/// nothing of the source is lost, and nothing the unit had is overwritten.
final class ImportTests: XCTestCase {
    private var scratch: ScratchFolder!

    override func setUpWithError() throws {
        scratch = try ScratchFolder()
    }

    private static let decrees = Repository.fixtures.appendingPathComponent("decrees")
    private static let kendari = decrees.appendingPathComponent("keputusan-kpu-kota-kendari-65-2025.txt")
    private static let soppeng = decrees.appendingPathComponent("keputusan-kpu-kabupaten-soppeng-43-2025.txt")

    private func imported(_ source: URL, as name: String) throws -> (URL, Import.Result) {
        let folder = scratch.path(name)
        let result = Import.run(file: source.path, into: folder.path, force: false)
        return (folder, result)
    }

    /// The folder's settings, as `filled` (an operator) leaves them.
    private func settings(_ folder: URL, filled: (String) -> String = { $0 }) throws -> Settings {
        var diagnostics = DiagnosticList()
        let text = filled(try String(contentsOf: folder.appendingPathComponent("situs.yml"), encoding: .utf8))
        return try XCTUnwrap(SettingsReader.read(text: text, file: "situs.yml", diagnostics: &diagnostics), diagnostics.items.map(\.formatted).joined())
    }

    private func write(_ text: String, _ name: String) throws -> URL {
        let file = scratch.path(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    func testTheSampleDecreesGiveTheirSettingsAsTheDecreesWriteThem() throws {
        let (kendari, kendariResult) = try imported(Self.kendari, as: "kendari")
        XCTAssertTrue(kendariResult.succeeded, kendariResult.diagnostics.map(\.formatted).joined(separator: "\n"))
        let k = try settings(kendari)
        XCTAssertEqual(k.unit.name, "KPU Kota Kendari")
        XCTAssertEqual(k.unit.level, .kota)
        XCTAssertEqual(k.decree.number, "65")
        XCTAssertEqual(k.decree.year, 2025)
        XCTAssertEqual(k.decree.subject, "Penetapan Rencana Kerja Pembangunan Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Lingkungan Komisi Pemilihan Umum Kota Kendari Tahun 2025")
        XCTAssertEqual(k.decree.place, "Kendari")
        XCTAssertEqual(k.decree.date, CalendarDate(year: 2025, month: 9, day: 8))
        XCTAssertEqual(k.decree.signatory, "Jumwal Shaleh")
        XCTAssertEqual(k.decree.position, "Ketua Komisi Pemilihan Umum Kota Kendari")
        XCTAssertEqual(k.decree.annexTitle, "Rencana Aksi Pembangunan Zona Integritas Komisi Pemilihan Umum Kota Kendari Tahun 2025")
        XCTAssertEqual(k.planYear, 2025)

        let (soppeng, _) = try imported(Self.soppeng, as: "soppeng")
        let s = try settings(soppeng)
        XCTAssertEqual(s.unit.name, "KPU Kabupaten Soppeng")
        XCTAssertEqual(s.decree.number, "43")
        XCTAssertEqual(s.decree.subject, "Penetapan Program dan Rencana Aksi Pembangunan Zona Integritas di Lingkungan Komisi Pemilihan Umum Kabupaten Soppeng")
        XCTAssertEqual(s.decree.place, "Watansoppeng")
        XCTAssertEqual(s.decree.date, CalendarDate(year: 2025, month: 12, day: 10))
        XCTAssertEqual(s.decree.signatory, "Risal")
        XCTAssertEqual(s.decree.annexTitle, "Program dan Rencana Aksi Pembangunan Zona Integritas di Lingkungan Komisi Pemilihan Umum Kabupaten Soppeng")
    }

    func testTheTableIsTheDecreesOwnAndEveryCellReachesTheLampiran() throws {
        for (source, sample) in [(Self.kendari, SamplePlan.kendari), (Self.soppeng, SamplePlan.soppeng)] {
            let (folder, result) = try imported(source, as: sample.name)
            XCTAssertTrue(result.succeeded, sample.name)
            let table = try String(contentsOf: folder.appendingPathComponent("rencana-aksi.tsv"), encoding: .utf8)
            XCTAssertEqual(table, try String(contentsOf: sample.content.appendingPathComponent("rencana-aksi.tsv"), encoding: .utf8), sample.name)
            let site = BuiltSite(content: folder, output: scratch.path("out-\(sample.name)"))
            XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
            let title = try XCTUnwrap(try settings(folder).decree.annexTitle, sample.name)
            XCTAssertTrue(try site.html(SitePaths.annex).contains("<caption id=\"tabel-lampiran-judul\">\(title)</caption>"), "the annex's own title")
            let annex = VisibleText.fold(VisibleText.of(try site.html(SitePaths.annex)))
            let imported = SamplePlan(name: sample.name, content: folder, stepsPerSection: sample.stepsPerSection, sectionPages: sample.sectionPages)
            for cell in try imported.sourceCells() {
                XCTAssertTrue(annex.contains(cell), "\(sample.name): '\(cell)' missing from the Lampiran")
            }
        }
    }

    /// Every word outside the table is on the Keputusan page's Markdown:
    /// only the PDF's "- " bullets and the markup may go.
    func testNoWordOfTheDecreeIsLost() throws {
        for source in [Self.kendari, Self.soppeng] {
            let (folder, _) = try imported(source, as: source.lastPathComponent)
            let text = try String(contentsOf: source, encoding: .utf8)
            let table = try String(contentsOf: folder.appendingPathComponent("rencana-aksi.tsv"), encoding: .utf8)
            let outside = text.replacingOccurrences(of: table.trimmingCharacters(in: .newlines), with: "")
            let markdown = try String(contentsOf: folder.appendingPathComponent("keputusan.md"), encoding: .utf8)
            var available = Self.wordCounts(markdown)
            for word in Self.words(outside) {
                XCTAssertGreaterThan(available[word, default: 0], 0, "\(source.lastPathComponent): '\(word)' lost")
                available[word, default: 0] -= 1
            }
        }
    }

    private static func words(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\\", with: " ").split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    private static func wordCounts(_ text: String) -> [String: Int] {
        words(text).reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    func testTheDecreePageKeepsItsSectionsAndNumbering() throws {
        let (folder, _) = try imported(Self.kendari, as: "kendari")
        let site = BuiltSite(content: folder, output: scratch.path("out"))
        let page = VisibleText.of(try site.html(SitePaths.decree))
        for heading in ["Menimbang", "Mengingat", "MEMUTUSKAN", "Lampiran"] {
            XCTAssertTrue(try site.html(SitePaths.decree).contains(">\(heading)</h2>"), heading)
        }
        XCTAssertTrue(page.contains("5. Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019"), "numbers as written")
        XCTAssertTrue(page.contains("(Berita Negara Republik Indonesia Tahun 2019 Nomor 320), sebagaimana"), page)
        XCTAssertTrue(page.contains("8. Keputusan Komisi Pemilihan Umum Nomor 314/ORT.07-Kpt/01/KPU/V/2021"))
        XCTAssertTrue(page.contains("KESATU: Menetapkan Rencana Kerja"))
    }

    func testExistingFilesAreKeptUnlessForced() throws {
        let (folder, first) = try imported(Self.kendari, as: "kendari")
        XCTAssertEqual(first.written.count, 3)
        try "milik satker\n".write(to: folder.appendingPathComponent("keputusan.md"), atomically: true, encoding: .utf8)
        let again = Import.run(file: Self.soppeng.path, into: folder.path, force: false)
        XCTAssertEqual(again.written, [])
        XCTAssertFalse(again.succeeded)
        XCTAssertEqual(again.diagnostics.filter { $0.severity == .error }.count, 3)
        XCTAssertTrue(again.diagnostics.allSatisfy { !$0.message.contains("--force") || $0.message.contains("tambahkan --force") })
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("keputusan.md"), encoding: .utf8), "milik satker\n")
        XCTAssertEqual(try settings(folder).unit.name, "KPU Kota Kendari")

        let forced = Import.run(file: Self.soppeng.path, into: folder.path, force: true)
        XCTAssertEqual(forced.written.count, 3)
        XCTAssertEqual(try settings(folder).unit.name, "KPU Kabupaten Soppeng")
    }

    func testImportFollowsNewAndStillKeepsWhatTheUnitEdited() throws {
        let folder = scratch.path("Content-kpu-kota-kendari")
        XCTAssertEqual(NewContentFolder.create(folder: folder.path).written.count, 4)
        let result = Import.run(file: Self.kendari.path, into: folder.path, force: false)
        XCTAssertTrue(result.succeeded, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(result.written.count, 3, "the untouched skeleton files are replaced")
        XCTAssertEqual(try settings(folder).decree.number, "65")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("halaman/01-pendahuluan.md").path))

        let other = scratch.path("Content-kpu-kota-lain")
        XCTAssertEqual(NewContentFolder.create(folder: other.path).written.count, 4)
        try "# Keputusan\n\nTeks yang sudah diketik satker.\n".write(to: other.appendingPathComponent("keputusan.md"), atomically: true, encoding: .utf8)
        let refused = Import.run(file: Self.kendari.path, into: other.path, force: false)
        XCTAssertEqual(refused.written, [])
        XCTAssertEqual(refused.diagnostics.filter { $0.severity == .error }.map { URL(fileURLWithPath: $0.location.file).lastPathComponent }, ["keputusan.md"])
    }

    func testATableWhoseColumnsRanTogetherIsKeptRawAndReported() throws {
        let text = try String(contentsOf: Self.kendari, encoding: .utf8).replacingOccurrences(of: "\t", with: " ")
        let (folder, result) = try imported(try write(text, "ocr.txt"), as: "ocr")
        XCTAssertFalse(result.succeeded)
        let error = try XCTUnwrap(result.diagnostics.first { $0.severity == .error })
        XCTAssertTrue(error.message.contains("tidak dapat dibaca"), error.message)
        XCTAssertTrue(error.message.contains("rencana-aksi-mentah.txt"))
        XCTAssertEqual(error.location.line, 84, "the line of the header as OCR left it")
        let raw = try String(contentsOf: folder.appendingPathComponent("rencana-aksi-mentah.txt"), encoding: .utf8)
        XCTAssertTrue(raw.contains("NO KOMPONEN INDIKATOR LANGKAH AKSI"))
        XCTAssertTrue(raw.contains("Menyusun daftar pertanyaan survey"))
        XCTAssertEqual(try settings(folder).decree.number, "65", "the metadata is still written")
        let decree = try String(contentsOf: folder.appendingPathComponent("keputusan.md"), encoding: .utf8)
        XCTAssertTrue(decree.contains("## Menimbang"))
        XCTAssertFalse(decree.contains("Menyusun daftar pertanyaan survey"), "the raw table is not on the decree page")
    }

    func testTablesSeparatedBySpacesOrPipesAreRead() throws {
        let spaced = """
            NO  KOMPONEN  INDIKATOR  LANGKAH AKSI  BUKTI FISIK  TARGET WAKTU  TARGET CAPAIAN
            I  Manajemen Perubahan
            1  Tim Kerja  SK terbit  Membentuk tim kerja  SK Tim  Oktober 2025  1 (satu) Dokumen

            Kendari, 8 September 2025
            Ketua Tim Pembangunan Zona Integritas

            Ahmad Fauzi
            """
        let (folder, result) = try imported(try write(spaced, "spasi.txt"), as: "spasi")
        XCTAssertTrue(result.succeeded, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        let table = try String(contentsOf: folder.appendingPathComponent("rencana-aksi.tsv"), encoding: .utf8)
        XCTAssertTrue(table.contains("1\tTim Kerja\tSK terbit\tMembentuk tim kerja\tSK Tim\tOktober 2025\t1 (satu) Dokumen"), table)
        XCTAssertTrue(result.diagnostics.contains { $0.message.contains("tingkat satker (satker.tingkat)") }, "the level is not guessed")
        let s = try settings(folder) { $0.replacingOccurrences(of: "tingkat: \"\(Settings.placeholder)\"", with: "tingkat: kota") }
        XCTAssertEqual(s.decree.place, "Kendari")
        XCTAssertEqual(s.decree.date, CalendarDate(year: 2025, month: 9, day: 8))
        XCTAssertEqual(s.decree.signatory, "Ahmad Fauzi")
        XCTAssertEqual(s.decree.position, "Ketua Tim Pembangunan Zona Integritas")
        XCTAssertTrue(result.diagnostics.contains { $0.message.contains("nomor keputusan (keputusan.nomor)") }, "what the table alone cannot give is reported")

        let piped = "| NO | KOMPONEN | LANGKAH AKSI | TARGET WAKTU |\n| I | Manajemen Perubahan | | |\n| 1 | Tim | Membentuk tim | Oktober 2025 |\n"
        let (pipedFolder, pipedResult) = try imported(try write(piped, "pipa.txt"), as: "pipa")
        XCTAssertTrue(pipedResult.succeeded, pipedResult.diagnostics.map(\.formatted).joined(separator: "\n"))
        XCTAssertTrue(try String(contentsOf: pipedFolder.appendingPathComponent("rencana-aksi.tsv"), encoding: .utf8)
            .contains("1\tTim\tMembentuk tim\tOktober 2025"))
    }

    func testNarrativeChaptersBecomePagesInOrderAndASecondTableIsKeptApart() throws {
        let document = """
            RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS
            KPU KABUPATEN CONTOH TAHUN 2026

            BAB I
            PENDAHULUAN

            A. Latar Belakang
            Pembangunan Zona Integritas merupakan
            langkah strategis satker.

            B. Maksud dan Tujuan
            1. Menjadi pedoman tim;
            2. Menjadi alat monev.

            BAB II RENCANA AKSI

            NO\tKOMPONEN\tINDIKATOR\tLANGKAH AKSI\tBUKTI FISIK\tTARGET WAKTU\tTARGET CAPAIAN
            I\tManajemen Perubahan\t\t\t\t\t
            1\tTim Kerja\tSK terbit\tMembentuk tim kerja\tSK Tim\tFebruari 2026\t1 (satu) Dokumen

            BAB III PENUTUP
            Rencana kerja ini menjadi acuan bersama.

            NO\tNAMA\tJABATAN DALAM TIM
            1\tAndi\tKetua

            Contoh, 5 Januari 2026
            Ketua Tim Pembangunan Zona Integritas

            Andi
            """
        let (folder, result) = try imported(try write(document, "rencana-kerja.txt"), as: "bab")
        XCTAssertTrue(result.succeeded, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("halaman").path).sorted()
        XCTAssertEqual(pages, ["01-bab-i-pendahuluan.md", "02-bab-ii-rencana-aksi.md", "03-bab-iii-penutup.md"])
        let first = try String(contentsOf: folder.appendingPathComponent("halaman/01-bab-i-pendahuluan.md"), encoding: .utf8)
        XCTAssertEqual(first, "# BAB I Pendahuluan\n\n## A. Latar Belakang\n\nPembangunan Zona Integritas merupakan langkah strategis satker.\n\n"
                       + "## B. Maksud dan Tujuan\n\n1\\. Menjadi pedoman tim;\n\n2\\. Menjadi alat monev.\n")
        let table = try String(contentsOf: folder.appendingPathComponent("rencana-aksi.tsv"), encoding: .utf8)
        XCTAssertFalse(table.contains("Andi"), "the team table is not part of the plan")
        let stray = try XCTUnwrap(result.diagnostics.first { $0.message.contains("sisa-impor.txt") })
        XCTAssertEqual(stray.location.line, 24)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("sisa-impor.txt"), encoding: .utf8),
                       "NO\tNAMA\tJABATAN DALAM TIM\n1\tAndi\tKetua\n")
        let decree = try String(contentsOf: folder.appendingPathComponent("keputusan.md"), encoding: .utf8)
        XCTAssertFalse(decree.contains("Latar Belakang"), "a chapter is on its page, not twice")
        XCTAssertTrue(decree.contains("RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS"))
        XCTAssertEqual(try settings(folder).decree.signatory, "Andi")

        var words = Self.wordCounts(decree + (try String(contentsOf: folder.appendingPathComponent("sisa-impor.txt"), encoding: .utf8)) + table)
        for page in pages { words.merge(Self.wordCounts(try String(contentsOf: folder.appendingPathComponent("halaman/" + page), encoding: .utf8)), uniquingKeysWith: +) }
        let found = Set(words.keys.map { $0.lowercased() })
        for word in Self.words(document) {
            XCTAssertTrue(found.contains(word.lowercased()), "'\(word)' lost")
        }
    }

    private static let office = Repository.fixtures.appendingPathComponent("import")

    /// The Word fixture (made by Scripts/make-import-fixtures) holds the
    /// Kendari decree with the plan as a real table: merged continuation
    /// cells and section rows spanning the table.
    func testAWordDecreeGivesTheSameSettingsAndTableAsItsText() throws {
        let (fromWord, result) = try imported(Self.office.appendingPathComponent("keputusan-kendari.docx"), as: "word")
        XCTAssertTrue(result.succeeded, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        let (fromText, _) = try imported(Self.kendari, as: "teks")
        XCTAssertEqual(try settings(fromWord), try settings(fromText))
        XCTAssertEqual(try String(contentsOf: fromWord.appendingPathComponent("rencana-aksi.tsv"), encoding: .utf8),
                       try String(contentsOf: Repository.content.appendingPathComponent("rencana-aksi.tsv"), encoding: .utf8))
        let decree = try String(contentsOf: fromWord.appendingPathComponent("keputusan.md"), encoding: .utf8)
        XCTAssertTrue(decree.contains("## Mengingat"))
        XCTAssertTrue(decree.contains("8\\. Keputusan Komisi Pemilihan Umum Nomor 314/ORT.07-Kpt/01/KPU/V/2021"))
    }

    func testAnExcelPlanGivesEveryCellOfTheTable() throws {
        let (folder, result) = try imported(Self.office.appendingPathComponent("rencana-aksi-kendari.xlsx"), as: "excel")
        XCTAssertTrue(result.succeeded, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        let imported = SamplePlan(name: "excel", content: folder, stepsPerSection: [], sectionPages: [])
        XCTAssertEqual(try imported.sourceCells(), try SamplePlan.kendari.sourceCells())
        // A sheet has no decree: the unit fills in the numbers and dates, as it would.
        let settingsFile = folder.appendingPathComponent("situs.yml")
        var text = try String(contentsOf: settingsFile, encoding: .utf8)
        for (key, value) in [("tahun", "2025"), ("tanggal", "2025-09-08"), ("data_per", "2025-12-31")] {
            text = text.replacingOccurrences(of: "\(key): \"\(Settings.placeholder)\"", with: "\(key): \(value)")
        }
        try text.write(to: settingsFile, atomically: true, encoding: .utf8)
        // The sheet's title row names the unit and the plan's year.
        XCTAssertEqual(try settings(folder).unit, WorkUnit(name: "KPU Kota Kendari", level: .kota, province: nil))
        XCTAssertEqual(try settings(folder).planYear, 2025)
        let site = BuiltSite(content: folder, output: scratch.path("out"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(try site.html(SitePaths.annex).components(separatedBy: "<th scope=\"row\" class=\"kode\"").count - 1, 32)
    }

    /// A plan that is only the table, saved as text, takes its unit, level
    /// and year from its title line instead of leaving them to be filled in.
    func testATableWithATitleLineNamesItsUnitAndYear() throws {
        let table = try String(contentsOf: Repository.content.appendingPathComponent("rencana-aksi.tsv"), encoding: .utf8)
        let file = try write("RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS KPU KABUPATEN KEPULAUAN CONTOH TAHUN 2026\n\n" + table, "rencana.txt")
        let (folder, _) = try imported(file, as: "tabel")
        let text = try String(contentsOf: folder.appendingPathComponent("situs.yml"), encoding: .utf8)
        XCTAssertTrue(text.contains("nama: \"KPU Kabupaten Kepulauan Contoh\""), text)
        XCTAssertTrue(text.contains("tingkat: kabupaten"), text)
        XCTAssertTrue(text.contains("tahun_rencana: 2026"), text)
    }

    /// A plan saved as CSV or TSV with its title line above the header is
    /// read as a text file or an Excel sheet is: the title names the unit,
    /// level and year, and the table comes out whole, as a TSV.
    func testACSVOrTSVTableWithATitleLineNamesItsUnitAndYear() throws {
        let table = try String(contentsOf: Repository.content.appendingPathComponent("rencana-aksi.tsv"), encoding: .utf8)
        var ignored = DiagnosticList()
        let rows = DelimitedTextReader.read(table, separator: "\t", file: "", diagnostics: &ignored).map { $0.cells.map(\.text) }
        let title = "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS KPU KABUPATEN KEPULAUAN CONTOH TAHUN 2025"
        let sources = [
            ("padded.csv", DelimitedTextWriter.text([[title, "", ""], []] + rows, separator: ";", lineEnd: "\r\n")),
            ("bare-title.csv", title + "\n" + DelimitedTextWriter.text(rows, separator: ",")),
            ("rencana.tsv", title + "\n\n" + table),
        ]
        let plan = PlanTableReader.read(text: table, file: "rencana-aksi.tsv", planYear: 2025, diagnostics: &ignored)
        for (name, text) in sources {
            let (folder, result) = try imported(try write(text, name), as: "dari-" + name)
            XCTAssertTrue(result.succeeded, name + ": " + result.diagnostics.map(\.formatted).joined(separator: "\n"))
            XCTAssertEqual(result.diagnostics.filter { $0.severity == .warning }.map(\.message),
                           ["tidak ditemukan dalam dokumen: nomor keputusan (keputusan.nomor), tahun keputusan (keputusan.tahun), "
                            + "judul keputusan (keputusan.tentang), tempat penetapan (keputusan.ditetapkan_di), tanggal penetapan (keputusan.tanggal), "
                            + "nama penandatangan (keputusan.penandatangan), jabatan penandatangan (keputusan.jabatan); isi di situs.yml (tertulis (belum diisi))"],
                           name)
            let settings = try String(contentsOf: folder.appendingPathComponent("situs.yml"), encoding: .utf8)
            XCTAssertTrue(settings.contains("nama: \"KPU Kabupaten Kepulauan Contoh\""), name)
            XCTAssertTrue(settings.contains("tingkat: kabupaten"), name)
            XCTAssertTrue(settings.contains("tahun_rencana: 2025"), name)
            let written = try String(contentsOf: folder.appendingPathComponent("rencana-aksi.tsv"), encoding: .utf8)
            XCTAssertEqual(PlanTableReader.read(text: written, file: "rencana-aksi.tsv", planYear: 2025, diagnostics: &ignored), plan, name)
        }
        let (_, bare) = try imported(try write(DelimitedTextWriter.text(rows, separator: ";"), "tanpa-judul.csv"), as: "tanpa-judul")
        XCTAssertEqual(bare.diagnostics.map(\.message),
                       ["berkas ini hanya berisi tabel; data keputusan di situs.yml tertulis (belum diisi), isi dari keputusan aslinya"],
                       "a table without a title is imported as before")
    }
}
