import Foundation
import XCTest
@testable import ZISite

final class ContentReaderTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("zisite-content-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ text: String) throws {
        try write(name, Data(text.utf8))
    }

    private func write(_ name: String, _ data: Data) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    private func read(_ path: String? = nil) -> (Content?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        let content = ContentReader.read(folder: path ?? folder.path, diagnostics: &diagnostics)
        return (content, diagnostics)
    }

    private func copyExample(_ name: String) throws {
        try write(name, try Data(contentsOf: Self.root.appendingPathComponent("Content").appendingPathComponent(name)))
    }

    /// The example's settings without its areas, which name sections the
    /// small tables of these tests do not have.
    private func copyExampleSettings(adding more: String = "") throws {
        let settings = try String(contentsOf: Self.root.appendingPathComponent("Content/situs.yml"), encoding: .utf8)
        try write("situs.yml", String(settings[..<settings.range(of: "# Area perubahan")!.lowerBound]) + more)
    }

    private static let table = "NO\tKOMPONEN\tLANGKAH AKSI\tTARGET WAKTU\nI Satu\n1\tTim\tBentuk tim\tSeptember 2025\n"

    func testTheExampleContentFolderIsReadWithoutDiagnostics() throws {
        let (content, diagnostics) = read(Self.root.appendingPathComponent("Content").path)
        XCTAssertEqual(diagnostics.items.map(\.formatted), [])
        let c = try XCTUnwrap(content)
        XCTAssertEqual(c.settings.unit.name, "KPU Kota Kendari")
        XCTAssertEqual(c.plan.actions.count, 32)
        XCTAssertEqual(c.decreeText?.title, "Keputusan Komisi Pemilihan Umum Kota Kendari Nomor 65 Tahun 2025")
        XCTAssertEqual(c.pages.map(\.slug), ["tentang-zona-integritas", "dasar-hukum"])
        XCTAssertEqual(c.logo?.format, .svg)
        XCTAssertEqual(c.logo?.data, try Data(contentsOf: Self.root.appendingPathComponent("Content/logo.svg")))
    }

    /// The setting `logo` names a file of the content folder, and a problem
    /// with the file is an error at the setting's value in situs.yml.
    func testTheLogoSettingNamesAFileOfTheContentFolder() throws {
        try copyExampleSettings(adding: "logo: logo.svg\n")
        try copyExample("logo.svg")
        try write("keputusan.md", "# Keputusan\n")
        try write("rencana-aksi.tsv", Self.table)
        XCTAssertEqual(read().0?.logo?.format, .svg)

        try FileManager.default.removeItem(at: folder.appendingPathComponent("logo.svg"))
        let (content, diagnostics) = read()
        XCTAssertNil(content?.logo)
        let error = try XCTUnwrap(diagnostics.items.first)
        XCTAssertEqual(diagnostics.items.count, 1)
        XCTAssertEqual(error.location.file, folder.appendingPathComponent("situs.yml").path)
        let settings = try String(contentsOf: folder.appendingPathComponent("situs.yml"), encoding: .utf8)
        let line = settings.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("logo: ") }
        XCTAssertEqual(error.location.line, try XCTUnwrap(line) + 1)
        XCTAssertEqual(error.location.column, 7)
        XCTAssertTrue(error.message.hasPrefix("berkas logo 'logo.svg' tidak ada di folder konten"), error.message)
    }

    func testMissingFolderIsAnError() {
        let (content, diagnostics) = read(folder.appendingPathComponent("tidak-ada").path)
        XCTAssertNil(content)
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertTrue(diagnostics.items.first?.message.contains("tidak ada") ?? false)
    }

    func testMissingSettingsIsAnErrorNamingTheFile() {
        let (content, diagnostics) = read()
        XCTAssertNil(content)
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertTrue(diagnostics.items.first?.location.file.hasSuffix("/situs.yml") ?? false)
    }

    func testMissingPlanIsAnErrorAndMissingDecreeTextAWarning() throws {
        try copyExampleSettings()
        let (content, diagnostics) = read()
        XCTAssertNil(content)
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error, .warning])
        XCTAssertTrue(diagnostics.items[0].location.file.hasSuffix("/rencana-aksi.tsv"))
        XCTAssertTrue(diagnostics.items[1].location.file.hasSuffix("/keputusan.md"))
    }

    func testPlanInACSVFileAndPagesInNameOrder() throws {
        try copyExampleSettings()
        try write("keputusan.md", "# Keputusan\n")
        try write("rencana-aksi.csv", "NO;KOMPONEN;LANGKAH AKSI;TARGET WAKTU\r\nI Satu;;;\r\n1;Tim;Bentuk tim;September 2025\r\n")
        try write("halaman/02-b.md", "# Kedua\n")
        try write("halaman/01-a.md", "# Pertama\n")
        try write("halaman/catatan.txt", "bukan halaman")
        let (content, diagnostics) = read()
        XCTAssertEqual(diagnostics.items.map(\.formatted), [])
        let c = try XCTUnwrap(content)
        XCTAssertEqual(c.plan.actions.map(\.code), ["I.1.a"])
        XCTAssertEqual(c.pages.map(\.title), ["Pertama", "Kedua"])
        XCTAssertEqual(c.pages.map(\.slug), ["a", "b"])
    }

    func testPlanFileNamedInTheSettingsIsUsedEvenWhenOtherSettingsAreWrong() throws {
        var settings = try String(contentsOf: Self.root.appendingPathComponent("Content/situs.yml"), encoding: .utf8)
        settings += "rencana_aksi: lampiran.txt\n"
        settings = settings.replacingOccurrences(of: "tingkat: kota ", with: "tingkat: desa ")
        try write("situs.yml", settings)
        try copyExample("logo.svg")
        try write("keputusan.md", "# Keputusan\n")
        try write("lampiran.txt", Self.table)
        let (content, diagnostics) = read()
        XCTAssertNil(content, "the settings have an error")
        // The plan is still checked against tahun_rencana: no "outside the plan year" warning.
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error], diagnostics.items.map(\.formatted).joined(separator: "\n"))
        XCTAssertTrue(diagnostics.items.first?.message.contains("satker.tingkat") ?? false)
    }

    func testUnreadableSettingsGiveOneErrorAndNoWarningsAboutThePlanYear() throws {
        try write("situs.yml", "format: 1\nsatker:\n  nama: \"KPU\n")
        try write("keputusan.md", "# Keputusan\n")
        try write("rencana-aksi.tsv", Self.table)
        let (content, diagnostics) = read()
        XCTAssertNil(content)
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error], diagnostics.items.map(\.formatted).joined(separator: "\n"))
        XCTAssertTrue(diagnostics.items.first?.location.file.hasSuffix("situs.yml") ?? false)
    }

    /// A plan year no plan has is one error at its line, and the plan is
    /// not read with it (a range of months a year before Int.min was an
    /// arithmetic overflow).
    func testAPlanYearOutsideThePlanYearsIsAnErrorAndThePlanIsNotReadWithIt() throws {
        try copyExampleSettings()
        let settings = try String(contentsOf: folder.appendingPathComponent("situs.yml"), encoding: .utf8)
        try write("situs.yml", settings.replacingOccurrences(of: "tahun_rencana: 2025", with: "tahun_rencana: -9223372036854775808"))
        try copyExample("logo.svg")
        try write("keputusan.md", "# Keputusan\n")
        try write("rencana-aksi.tsv", "NO\tKOMPONEN\tLANGKAH AKSI\tTARGET WAKTU\nI Satu\n1\tTim\tBentuk tim\tNovember - Februari\n")
        let (content, diagnostics) = read()
        XCTAssertNil(content)
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error], diagnostics.items.map(\.formatted).joined(separator: "\n"))
        XCTAssertTrue(diagnostics.items.first?.message.hasPrefix("'tahun_rencana' harus antara 1990 dan 2100") ?? false)
    }

    func testPagesWithTheSameAddressAreAnError() throws {
        try copyExampleSettings()
        try write("keputusan.md", "# Keputusan\n")
        try write("rencana-aksi.tsv", Self.table)
        try write("halaman/01-tim-zi.md", "# Tim ZI\n")
        try write("halaman/02-Tim ZI.md", "# Tim ZI lagi\n")
        let (content, diagnostics) = read()
        XCTAssertEqual(content?.pages.map(\.title), ["Tim ZI"])
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertTrue(diagnostics.items.first?.location.file.hasSuffix("02-Tim ZI.md") ?? false)
        XCTAssertTrue(diagnostics.items.first?.message.contains("tim-zi.html") ?? false)
    }

    func testFilesAreDecodedAndDiagnosticsNameTheirPath() throws {
        try copyExampleSettings()
        try write("keputusan.md", "# Keputusan\n")
        try write("rencana-aksi.tsv", Data(Self.table.utf8) + Data([0x32, 0x09, 0x93, 0x41, 0x94, 0x09, 0x78, 0x0A]))
        let (content, diagnostics) = read()
        XCTAssertEqual(diagnostics.items.map(\.severity), [.warning])
        XCTAssertEqual(diagnostics.items.first?.location.file, folder.appendingPathComponent("rencana-aksi.tsv").path)
        XCTAssertEqual(diagnostics.items.first?.location.line, 4)
        XCTAssertEqual(content?.plan.sections.first?.components.last?.title?.plain, "\u{201C}A\u{201D}")
    }
}
