import Foundation
import XCTest
@testable import ZISite

final class SettingsReaderTests: XCTestCase {
    private static let example = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content/situs.yml")

    private func read(_ text: String) -> (Settings?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        let settings = SettingsReader.read(text: text, file: "situs.yml", diagnostics: &diagnostics)
        return (settings, diagnostics)
    }

    private func exampleText() throws -> String { try String(contentsOf: Self.example, encoding: .utf8) }

    private func changed(_ old: String, _ new: String) throws -> String {
        let text = try exampleText()
        XCTAssertTrue(text.contains(old), "test setup: \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    func testExampleSettingsAreReadCompletely() throws {
        let (settings, diagnostics) = read(try exampleText())
        XCTAssertTrue(diagnostics.items.isEmpty, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        let s = try XCTUnwrap(settings)
        XCTAssertEqual(s.unit.name, "KPU Kota Kendari")
        XCTAssertEqual(s.unit.level, .kota)
        XCTAssertEqual(s.unit.province, "Sulawesi Tenggara")
        XCTAssertEqual(s.planYear, 2025)
        XCTAssertEqual(s.decree.number, "65")
        XCTAssertEqual(s.decree.year, 2025)
        XCTAssertEqual(s.decree.place, "Kendari")
        XCTAssertEqual(s.decree.date, CalendarDate(year: 2025, month: 9, day: 8))
        XCTAssertEqual(s.decree.signatory, "Jumwal Shaleh")
        XCTAssertEqual(s.decree.position, "Ketua Komisi Pemilihan Umum Kota Kendari")
        XCTAssertTrue(s.decree.subject.hasPrefix("Penetapan Rencana Kerja"))
        XCTAssertEqual(s.dataDate, CalendarDate(year: 2025, month: 9, day: 8))
        XCTAssertEqual(s.siteURL, "https://www.example.org/zona-integritas/")
        XCTAssertEqual(s.contacts.map(\.kind), [.pengaduan])
        XCTAssertEqual(s.contacts.first?.url, "mailto:kota_kendari@kpu.go.id")
    }

    func testMissingKeyIsAnErrorNamingIt() throws {
        let (settings, diagnostics) = read(try changed("  jabatan: Ketua Komisi Pemilihan Umum Kota Kendari\n", ""))
        XCTAssertNil(settings)
        let error = try XCTUnwrap(diagnostics.items.first { $0.severity == .error })
        XCTAssertTrue(error.message.contains("keputusan.jabatan"), error.message)
        XCTAssertEqual(error.location.line, 12, "the line of the 'keputusan:' group")
    }

    func testMisspeltKeyIsAWarningWithASuggestion() throws {
        let (_, diagnostics) = read(try changed("  penandatangan:", "  penandatanganan:"))
        let warning = try XCTUnwrap(diagnostics.items.first { $0.message.contains("penandatanganan") })
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.location.line, 18)
        XCTAssertEqual(warning.location.column, 3)
        XCTAssertTrue(warning.message.contains("mungkin maksudnya 'penandatangan'"), warning.message)
    }

    func testWrongValuesAreErrorsAtTheirPlace() throws {
        for (old, new, line) in [
            ("tingkat: kota ", "tingkat: kotamadya ", 7),
            ("tanggal: 2025-09-08", "tanggal: 31 April 2025", 17),
            ("tahun_rencana: 2025", "tahun_rencana: dua ribu", 10),
            ("format: 1", "format: 2", 3),
            ("alamat_situs: https://", "alamat_situs: ftp://", 26),
            ("pengaduan: kota_kendari@kpu.go.id", "pengaduan: javascript:alert(1)", 22),
        ] {
            let (_, diagnostics) = read(try changed(old, new))
            let errors = diagnostics.items.filter { $0.severity == .error }
            XCTAssertEqual(errors.map(\.location.line), [line], "\(new): \(errors.map(\.formatted))")
        }
    }

    func testYAMLSyntaxErrorHasLineAndColumn() {
        let (settings, diagnostics) = read("format: 1\nsatker:\n  nama: \"KPU Kota\n  tingkat: kota\n")
        XCTAssertNil(settings)
        let error = diagnostics.items.first
        XCTAssertEqual(error?.severity, .error)
        XCTAssertGreaterThanOrEqual(error?.location.line ?? 0, 3)
    }

    func testContactsBecomeLinksOrText() throws {
        let text = try changed("  pengaduan: kota_kendari@kpu.go.id",
                               "  website: https://kendarikota.example.org\n  ppid: \"Telp: (0401) 123\"\n  pengaduan: mailto:a@b.id")
        let (settings, diagnostics) = read(text)
        XCTAssertFalse(diagnostics.hasErrors, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        let contacts = try XCTUnwrap(settings).contacts
        XCTAssertEqual(contacts.map(\.kind), [.website, .ppid, .pengaduan])
        XCTAssertEqual(contacts.map(\.url), ["https://kendarikota.example.org", nil, "mailto:a@b.id"])
    }
}
