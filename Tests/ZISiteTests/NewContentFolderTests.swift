import Foundation
import XCTest
@testable import ZISite

final class NewContentFolderTests: XCTestCase {
    private var scratch: TemporaryFolder!

    override func setUpWithError() throws {
        scratch = try TemporaryFolder()
    }

    /// 23 November 2026, 20:00 UTC: already 24 November in Jakarta.
    private let lateEvening = Date(timeIntervalSince1970: 1_795_464_000)

    func testTheFolderNameGivesTheUnit() {
        XCTAssertEqual(SettingsDraft.unit(fromFolderName: "Content-kpu-kabupaten-soppeng")?.name, "KPU Kabupaten Soppeng")
        XCTAssertEqual(SettingsDraft.unit(fromFolderName: "kpu_kota_bau_bau")?.name, "KPU Kota Bau Bau")
        XCTAssertEqual(SettingsDraft.unit(fromFolderName: "konten-kpu-prov-jambi")?.level, .provinsi)
        XCTAssertEqual(SettingsDraft.unit(fromFolderName: "kpu-ri")?.level, .pusat)
        XCTAssertNil(SettingsDraft.unit(fromFolderName: "situs-baru"))
        XCTAssertNil(SettingsDraft.unit(fromFolderName: "kpu-kabupaten"))
    }

    func testANewFolderHasEveryFileAndGuessesNothingItCannotKnow() throws {
        let folder = scratch.path("Content-kpu-kabupaten-barru").path
        let result = NewContentFolder.create(folder: folder, today: lateEvening)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.written.map { String($0.dropFirst(folder.count + 1)) },
                       ["situs.yml", "rencana-aksi.tsv", "keputusan.md", "halaman/01-pendahuluan.md"])
        // The folder reads as a draft: what zisite new cannot know stays
        // (belum diisi) with a warning each, the decree's date included; the
        // rest is as the folder's name and today say.
        var diagnostics = DiagnosticList()
        let content = try XCTUnwrap(ContentReader.read(folder: folder, diagnostics: &diagnostics), diagnostics.items.map(\.formatted).joined(separator: "\n"))
        let said = diagnostics.items.map { "\($0.severity): \($0.message)" }
        XCTAssertEqual(said.count, 4, said.joined(separator: "\n"))
        for key in ["keputusan.nomor", "keputusan.ditetapkan_di", "keputusan.tanggal", "keputusan.penandatangan"] {
            XCTAssertTrue(said.contains("warning: pengaturan '\(key)' masih \(Settings.placeholder); ganti dengan isian yang benar sebelum situs diterbitkan"), key)
        }
        XCTAssertNil(content.settings.decree.date, "the decree's date is not invented")
        XCTAssertEqual(content.settings.unit.name, "KPU Kabupaten Barru")
        XCTAssertEqual(content.settings.unit.level, .kabupaten)
        XCTAssertEqual(content.settings.dataDate, CalendarDate(year: 2026, month: 11, day: 24), "today in Jakarta")
        XCTAssertEqual(content.settings.decree.number, Settings.placeholder)
        XCTAssertEqual(content.plan.actions, [])
    }

    func testALevelTheFolderNameDoesNotGiveIsLeftToFill() throws {
        let folder = scratch.path("situs-baru").path
        XCTAssertEqual(NewContentFolder.create(folder: folder, today: lateEvening).written.count, 4)
        let text = try String(contentsOfFile: folder + "/situs.yml", encoding: .utf8)
        XCTAssertTrue(text.contains("  tingkat: \"\(Settings.placeholder)\""), text)
        var diagnostics = DiagnosticList()
        let settings = SettingsReader.read(text: text, file: "situs.yml", diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.items.filter { $0.message.contains("satker.tingkat") }.map(\.formatted),
                       ["situs.yml:8:12: warning: pengaturan 'satker.tingkat' masih \(Settings.placeholder); ganti dengan isian yang benar sebelum situs diterbitkan"])
        XCTAssertNotNil(settings, "a draft with an unknown level reads")
        XCTAssertNil(settings?.unit.level, "the level is not guessed")
    }

    func testEverySettingIsExplainedInIndonesian() throws {
        let text = SettingsText.text(SettingsDraft())
        for key in SettingsReader.schema.keys where !key.hasSuffix("*") {
            let name = key.split(separator: ".").last!
            XCTAssertTrue(text.contains("\(name):"), "situs.yml mentions \(key)")
        }
        XCTAssertTrue(text.contains("# Pengaturan situs Zona Integritas"))
    }

    func testExistingFilesAreNeverOverwritten() throws {
        let folder = scratch.path("kpu-kota-kendari").path
        try scratch.write("kpu-kota-kendari/rencana-aksi.tsv", Data("tabel milik satker\n".utf8))
        let result = NewContentFolder.create(folder: folder, today: lateEvening)
        XCTAssertEqual(result.written, [])
        XCTAssertEqual(result.diagnostics.map(\.location.file), [folder + "/rencana-aksi.tsv"])
        XCTAssertEqual(result.diagnostics.first?.severity, .error)
        XCTAssertEqual(try String(contentsOfFile: folder + "/rencana-aksi.tsv", encoding: .utf8), "tabel milik satker\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/situs.yml"), "nothing is written when one file exists")
    }

    func testAQuotedValueKeepsEveryCharacter() throws {
        let subject = "Penetapan \"Rencana\" Kerja: Zona\\Integritas # 2026"
        let text = SettingsText.text(SettingsDraft(unitName: "KPU Kota Kendari", level: .kota, planYear: 2026, decreeNumber: "65/PP.01-Kpt/2026",
                                                   decreeYear: 2026, subject: subject, place: "Kendari",
                                                   decreeDate: CalendarDate(year: 2026, month: 1, day: 5), signatory: "Nama",
                                                   position: "Ketua", dataDate: CalendarDate(year: 2026, month: 3, day: 31)))
        var diagnostics = DiagnosticList()
        let settings = try XCTUnwrap(SettingsReader.read(text: text, file: "situs.yml", diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics.items, [])
        XCTAssertEqual(settings.decree.subject, subject)
        XCTAssertEqual(settings.decree.number, "65/PP.01-Kpt/2026")
    }
}
