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

    /// The example's contact lines, which the contact tests replace whole.
    private static let exampleContacts = "  pengaduan: kota_kendari@kpu.go.id\n  ppid: kota_kendari@kpu.go.id"

    private func exampleText() throws -> String { try String(contentsOf: Self.example, encoding: .utf8) }

    private func changed(_ old: String, _ new: String) throws -> String {
        let text = try exampleText()
        XCTAssertTrue(text.contains(old), "test setup: \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// The values the settings come with are those read on their own, for
    /// good settings, wrong ones, an empty file and YAML that cannot be read.
    func testTheValuesAsWrittenAreThoseReadOnTheirOwn() throws {
        for text in [try exampleText(), try changed("tingkat: kota", "tingkat: desa"), "", "satker: [", "- a\n- b\n", "satker:\n  nama: X\n  x: 1\n"] {
            var diagnostics = DiagnosticList()
            let written = SettingsReader.readWritten(text: text, file: "situs.yml", diagnostics: &diagnostics).written
            let alone = SettingValues.unchecked(text, file: "situs.yml")
            XCTAssertEqual(written.scalars.mapValues { "\($0.text) \($0.location)" }, alone.scalars.mapValues { "\($0.text) \($0.location)" }, text)
            XCTAssertEqual(written.mappingLocations, alone.mappingLocations, text)
        }
        XCTAssertEqual(SettingValues.unchecked(try exampleText(), file: "situs.yml").value("satker.nama"), "KPU Kota Kendari")
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
        XCTAssertEqual(s.decree.annexTitle, "Rencana Aksi Pembangunan Zona Integritas Komisi Pemilihan Umum Kota Kendari Tahun 2025")
        XCTAssertEqual(s.dataDate, CalendarDate(year: 2025, month: 12, day: 31))
        XCTAssertEqual(s.siteURL, "https://www.example.org/zona-integritas/")
        XCTAssertEqual(s.contacts.map(\.kind), [.ppid, .pengaduan])
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
            ("alamat_situs: https://", "alamat_situs: ftp://", 27),
            ("pengaduan: kota_kendari@kpu.go.id", "pengaduan: javascript:alert(1)", 23),
        ] {
            let (_, diagnostics) = read(try changed(old, new))
            let errors = diagnostics.items.filter { $0.severity == .error }
            XCTAssertEqual(errors.map(\.location.line), [line], "\(new): \(errors.map(\.formatted))")
        }
    }

    /// A quote joined to a combining mark would close the sitemap's and the
    /// printed page's attribute; the address is refused instead, at its line.
    func testAHostileSiteAddressIsAnErrorAndLeavesNoAddress() throws {
        let (settings, diagnostics) = read(try changed("alamat_situs: https://www.example.org/zona-integritas/",
                                                       "alamat_situs: \"https://www.example.org/zi\\\"\\u0338/onload=alert(1)//\""))
        let errors = diagnostics.items.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.location.line), [27])
        XCTAssertTrue(errors.first?.message.hasPrefix("'alamat_situs' bukan alamat folder situs yang sah: berisi tanda petik") == true,
                      errors.first?.message ?? "")
        XCTAssertNil(settings?.siteURL)
    }

    func testYAMLSyntaxErrorHasLineAndColumn() {
        let (settings, diagnostics) = read("format: 1\nsatker:\n  nama: \"KPU Kota\n  tingkat: kota\n")
        XCTAssertNil(settings)
        let error = diagnostics.items.first
        XCTAssertEqual(error?.severity, .error)
        XCTAssertGreaterThanOrEqual(error?.location.line ?? 0, 3)
    }

    func testContactsBecomeLinksOrText() throws {
        let text = try changed(Self.exampleContacts,
                               "  website: https://kendarikota.example.org\n  ppid: \"Telp: (0401) 123\"\n  pengaduan: mailto:a@b.id")
        let (settings, diagnostics) = read(text)
        XCTAssertFalse(diagnostics.hasErrors, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        let contacts = try XCTUnwrap(settings).contacts
        XCTAssertEqual(contacts.map(\.kind), [.website, .ppid, .pengaduan])
        XCTAssertEqual(contacts.map(\.url), ["https://kendarikota.example.org", nil, "mailto:a@b.id"])
    }


    func testExampleSubjectAndContactAreReadAsWritten() throws {
        let s = try XCTUnwrap(read(try exampleText()).0)
        XCTAssertEqual(s.decree.subject, "Penetapan Rencana Kerja Pembangunan Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Lingkungan Komisi Pemilihan Umum Kota Kendari Tahun 2025")
        XCTAssertEqual(s.contacts, [ContactChannel(kind: .ppid, text: "kota_kendari@kpu.go.id", url: "mailto:kota_kendari@kpu.go.id"),
                                    ContactChannel(kind: .pengaduan, text: "kota_kendari@kpu.go.id", url: "mailto:kota_kendari@kpu.go.id")])
    }

    func testMissingTopLevelKeyIsAnErrorAtTheFirstLine() throws {
        let (settings, diagnostics) = read(try changed("data_per: 2025-12-31", ""))
        XCTAssertNil(settings)
        let errors = diagnostics.items.filter { $0.severity == .error }
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].message.contains("'data_per'"), errors[0].message)
        XCTAssertEqual(errors[0].location.line, 1)
    }

    func testBlankRequiredValueCountsAsMissing() throws {
        let (settings, diagnostics) = read(try changed("  nama: KPU Kota Kendari", "  nama: \"\""))
        XCTAssertNil(settings)
        let errors = diagnostics.items.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.location.line), [5], "the line of 'satker:'")
        XCTAssertTrue(errors[0].message.contains("satker.nama"))
    }

    func testOptionalKeysMayBeLeftOut() throws {
        var text = try changed("  provinsi: Sulawesi Tenggara\n", "")
        text = text.replacingOccurrences(of: "format: 1\n", with: "")
        text = text.replacingOccurrences(of: "alamat_situs: https://www.example.org/zona-integritas/", with: "")
        text = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("kontak:") && !$0.hasPrefix("  pengaduan:") }.joined(separator: "\n")
        let (settings, diagnostics) = read(text)
        XCTAssertFalse(diagnostics.hasErrors, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        let s = try XCTUnwrap(settings)
        XCTAssertNil(s.unit.province)
        XCTAssertNil(s.siteURL)
        XCTAssertEqual(s.contacts, [])
    }

    func testMisspeltTopLevelKeyIsSuggestedAndTheRestIsStillRead() throws {
        let (settings, diagnostics) = read(try changed("data_per:", "data_per: 2025-09-08\ndata_pr:"))
        XCTAssertNotNil(settings, "an unknown key is only a warning")
        XCTAssertEqual(diagnostics.items.map(\.severity), [.warning])
        XCTAssertEqual(diagnostics.items.first?.location.line, 26)
        XCTAssertEqual(diagnostics.items.first?.location.column, 1)
        XCTAssertTrue(diagnostics.items.first?.message.contains("mungkin maksudnya 'data_per'") ?? false)
    }

    func testMisspeltContactKeyIsSuggested() throws {
        let (_, diagnostics) = read(try changed("  pengaduan:", "  pengaduann:"))
        let warning = try XCTUnwrap(diagnostics.items.first)
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.location.line, 23)
        XCTAssertTrue(warning.message.contains("kontak.pengaduann"), warning.message)
        XCTAssertTrue(warning.message.contains("mungkin maksudnya 'pengaduan'"), warning.message)
    }

    func testUnknownKeyFarFromAnyNameListsTheKnownKeys() throws {
        let (_, diagnostics) = read(try changed("format: 1", "format: 1\nwarna: merah"))
        let warning = try XCTUnwrap(diagnostics.items.first)
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.location.line, 4)
        XCTAssertTrue(warning.message.contains("kunci yang dikenal di sini: alamat_situs, area_perubahan, bukti, catatan_kemajuan, data_per, format, keputusan"), warning.message)
    }

    func testLevelIsReadInAnyCase() throws {
        let (settings, diagnostics) = read(try changed("tingkat: kota ", "tingkat: Kabupaten "))
        XCTAssertTrue(diagnostics.items.isEmpty)
        XCTAssertEqual(settings?.unit.level, .kabupaten)
    }

    func testWrongLevelNamesTheChoicesAndGivesNoSettings() throws {
        let (settings, diagnostics) = read(try changed("tingkat: kota ", "tingkat: kotamadya "))
        XCTAssertNil(settings)
        let error = try XCTUnwrap(diagnostics.items.first)
        XCTAssertEqual(error.location.line, 7)
        XCTAssertEqual(error.location.column, 12)
        XCTAssertTrue(error.message.contains("pusat, provinsi, kabupaten, kota"), error.message)
        XCTAssertTrue(error.message.contains("'kotamadya'"), error.message)
    }

    func testDatesInIndonesianWordsAreRead() throws {
        let (settings, diagnostics) = read(try changed("tanggal: 2025-09-08", "tanggal: 8 September 2025"))
        XCTAssertTrue(diagnostics.items.isEmpty)
        XCTAssertEqual(settings?.decree.date, CalendarDate(year: 2025, month: 9, day: 8))
    }

    func testBadDatesAreErrorsAtTheirValue() throws {
        for bad in ["31 April 2025", "2025-02-29", "9/31/2025", "besok"] {
            let (settings, diagnostics) = read(try changed("data_per: 2025-12-31", "data_per: \(bad)"))
            XCTAssertNil(settings, bad)
            XCTAssertEqual(diagnostics.items.map(\.severity), [.error], bad)
            XCTAssertEqual(diagnostics.items.first?.location.line, 25, bad)
            XCTAssertEqual(diagnostics.items.first?.location.column, 11, bad)
            XCTAssertTrue(diagnostics.items.first?.message.contains("bukan tanggal") ?? false, bad)
        }
    }

    func testUnknownFormatIsAnError() throws {
        let (_, diagnostics) = read(try changed("format: 1", "format: 2"))
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertEqual(diagnostics.items.first?.location.line, 3)
        XCTAssertTrue(diagnostics.items.first?.message.contains("format pengaturan 2") ?? false)
        let (_, words) = read(try changed("format: 1", "format: satu"))
        XCTAssertEqual(words.items.map(\.severity), [.error])
        XCTAssertTrue(words.items.first?.message.contains("angka bulat") ?? false)
    }

    func testSiteAddressMustBeAWebAddress() throws {
        let (settings, diagnostics) = read(try changed("alamat_situs: https://www.example.org/zona-integritas/", "alamat_situs: www.example.org/zi/"))
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertEqual(diagnostics.items.first?.location.line, 27)
        XCTAssertTrue(diagnostics.items.first?.message.contains("https://") ?? false)
        XCTAssertNil(settings?.siteURL, "the address is dropped")
    }

    func testYAMLSyntaxErrorsHaveExactPlaces() {
        let (settings, diagnostics) = read("format: 1\n  satker: a\n")
        XCTAssertNil(settings)
        XCTAssertEqual(diagnostics.items.count, 1)
        XCTAssertEqual(diagnostics.items.first?.severity, .error)
        XCTAssertEqual(diagnostics.items.first?.location.line, 2)
        XCTAssertEqual(diagnostics.items.first?.location.column, 9)
        XCTAssertEqual(diagnostics.items.first?.message,
                       "penulisan YAML salah: ada titik dua (:) di dalam nilai; beri nilai itu tanda petik ganda; periksa titik dua, tanda petik dan indentasi di sekitar baris ini")
        let (_, flow) = read("format: 1\nsatker: [a\n")
        XCTAssertEqual(flow.items.map(\.severity), [.error])
        XCTAssertEqual(flow.items.first?.location.line, 3)
        XCTAssertTrue(flow.items.first?.message.contains("kurung siku [ tidak ditutup") ?? false, flow.items.first?.message ?? "")
    }

    /// Keys are compared as text: quoting a key does not make it another one.
    func testAKeyWrittenTwiceIsRefusedQuotedOrNot() {
        for (text, key, line) in [("format: 1\nsatker:\n  nama: A\n  \"nama\": B\n", "nama", 3), ("format: 1\nformat: 1\n", "format", 1),
                                  ("1: a\n\"1\": b\n", "1", 1)] {
            let (settings, diagnostics) = read(text)
            XCTAssertNil(settings)
            XCTAssertEqual(diagnostics.items.map(\.severity), [.error], text)
            XCTAssertEqual(diagnostics.items.first?.location.line, line, text)
            XCTAssertEqual(diagnostics.items.first?.message,
                           "penulisan YAML salah: nama pengaturan '\(key)' ditulis dua kali di kelompok yang sama; hapus salah satunya")
        }
    }

    /// libyaml's English never reaches the user, even for a problem the
    /// list does not know.
    func testYAMLProblemsAreSaidInIndonesian() {
        for text in ["a: b\n\tc: d\n", "a: \"x\" y\n", "a: @b\n", "a: \"x\\q\"\n", "a: 'x\n", "a: *b\n", "a: b\n---\nc\n...\n"] {
            let (_, diagnostics) = read(text)
            let message = diagnostics.items.first?.message ?? ""
            XCTAssertTrue(message.hasPrefix("penulisan YAML salah"), "\(text.debugDescription): \(message)")
            for english in ["found", "expected", "could not", "not allowed"] {
                XCTAssertFalse(message.contains(english), "\(text.debugDescription): \(message)")
            }
        }
        XCTAssertEqual(YAMLProblem.indonesian("something libyaml may say one day"), "penulisannya tidak dapat dibaca")
    }

    func testEmptyFileAndFileWithoutKeysAreErrors() {
        let (empty, emptyDiagnostics) = read("")
        XCTAssertNil(empty)
        XCTAssertEqual(emptyDiagnostics.items.map(\.severity), [.error])
        XCTAssertEqual(emptyDiagnostics.items.first?.location.line, 1)
        let (list, listDiagnostics) = read("- a\n- b\n")
        XCTAssertNil(list)
        XCTAssertTrue(listDiagnostics.items.first?.message.contains("kunci: nilai") ?? false)
    }

    func testGroupWrittenAsAValueAndValueWrittenAsAListAreErrors() throws {
        let (_, group) = read(try changed("satker:\n  nama: KPU Kota Kendari\n  tingkat: kota                  # pusat, provinsi, kabupaten atau kota\n  provinsi: Sulawesi Tenggara\n",
                                          "satker: KPU Kota Kendari\n"))
        let first = try XCTUnwrap(group.items.first)
        XCTAssertEqual(first.severity, .error)
        XCTAssertEqual(first.location.line, 5)
        XCTAssertEqual(first.location.column, 9)
        XCTAssertTrue(first.message.contains("'satker'"), first.message)
        let (_, list) = read(try changed("data_per: 2025-12-31", "data_per: [2025-09-08, 2025-09-09]"))
        let error = try XCTUnwrap(list.items.first)
        XCTAssertEqual(error.severity, .error)
        XCTAssertEqual(error.location.line, 25)
        XCTAssertTrue(error.message.contains("satu nilai"), error.message)
    }

    func testContactsKeepTheirOrderAndAForbiddenLinkIsDropped() throws {
        let text = try changed(Self.exampleContacts,
                               "  pengaduan: (0401) 3190000\n  ppid: data:text/html,x\n  website: HTTPS://kendarikota.example.org")
        let (settings, diagnostics) = read(text)
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertEqual(diagnostics.items.first?.location.line, 24)
        XCTAssertTrue(diagnostics.items.first?.message.contains("'kontak.ppid'") ?? false)
        let contacts = try XCTUnwrap(settings).contacts
        XCTAssertEqual(contacts, [
            ContactChannel(kind: .website, text: "HTTPS://kendarikota.example.org", url: "HTTPS://kendarikota.example.org"),
            ContactChannel(kind: .pengaduan, text: "(0401) 3190000", url: nil),
        ])
    }

    /// The office's telephone and address are contacts like the others:
    /// text as written, a link only when it is a safe one, a scheme refused.
    func testTheOfficesTelephoneAndAddressAreReadAndCheckedLikeTheOtherContacts() throws {
        let text = try changed(Self.exampleContacts,
                               "  alamat: \"Jl. Made Sabara No. 1: Kendari\"\n  telepon: \"(0401) 312 3456, WA 0812 0000 0000\"\n  pengaduan: x@kpu.go.id")
        let (settings, diagnostics) = read(text)
        XCTAssertEqual(diagnostics.items, [])
        XCTAssertEqual(try XCTUnwrap(settings).contacts, [
            ContactChannel(kind: .pengaduan, text: "x@kpu.go.id", url: "mailto:x@kpu.go.id"),
            ContactChannel(kind: .telepon, text: "(0401) 312 3456, WA 0812 0000 0000", url: nil),
            ContactChannel(kind: .alamat, text: "Jl. Made Sabara No. 1: Kendari", url: nil),
        ])
        let (refusedSettings, refused) = read(try changed(Self.exampleContacts, "  telepon: tel:+624013123456\n  alamat: javascript:alert(1)"))
        XCTAssertEqual(refused.items.map(\.severity), [.error, .error])
        XCTAssertEqual(refused.items.map { String($0.message.prefix(16)) }, ["'kontak.telepon'", "'kontak.alamat':"])
        XCTAssertEqual(try XCTUnwrap(refusedSettings).contacts, [])
    }
}

final class SettingsReaderAreaTests: XCTestCase {
    private static let base = """
        satker:
          nama: KPU Kota Kendari
          tingkat: kota
        tahun_rencana: 2025
        keputusan:
          nomor: "65"
          tahun: 2025
          tentang: Rencana aksi
          ditetapkan_di: Kendari
          tanggal: 2025-09-08
          penandatangan: A
          jabatan: Ketua
        data_per: 2025-12-31

        """

    private func read(_ extra: String) -> (Settings?, [Diagnostic]) {
        var diagnostics = DiagnosticList()
        let settings = SettingsReader.read(text: Self.base + extra, file: "situs.yml", diagnostics: &diagnostics)
        return (settings, diagnostics.items)
    }

    func testSectionsMapToAreasByNumeralOrName() throws {
        let (settings, problems) = read("area_perubahan:\n  I: I\n  ii: Penguatan Pengawasan\n  VII: vi\n")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(try XCTUnwrap(settings).areas, ["I": .changeManagement, "II": .supervision, "VII": .publicService])
        XCTAssertEqual(read("").0?.areas, [:])
    }

    func testWrongAreasAreErrorsAtTheirValue() {
        let (_, problems) = read("area_perubahan:\n  I: VII\n  satu: I\n")
        XCTAssertEqual(problems.map(\.severity), [.error, .error])
        XCTAssertEqual(problems.map(\.location.line), [15, 16])
        XCTAssertTrue(problems[0].message.contains("bukan area perubahan"))
        XCTAssertTrue(problems[1].message.contains("bukan nomor bagian"))
    }

    func testEvidenceSizeLimitIsInMegabytes() {
        XCTAssertEqual(read("").0?.evidenceSizeLimit, 20 * 1024 * 1024)
        XCTAssertEqual(read("bukti:\n  batas_ukuran_mb: 5\n").0?.evidenceSizeLimit, 5 * 1024 * 1024)
        XCTAssertEqual(read("bukti:\n  batas_ukuran_mb: 0\n").1.map(\.severity), [.error])
        XCTAssertTrue(read("bukti:\n  batas_ukuran: 5\n").1.first?.message.contains("batas_ukuran_mb") == true)
        XCTAssertEqual(read("bukti:\n  batas_ukuran_mb: 10240\n").0?.evidenceSizeLimit, 10_240 * 1024 * 1024)
    }

    /// A number whose bytes, months or years would overflow is an error at
    /// its line (8796093022208 MB once stopped check and build with an
    /// arithmetic overflow).
    func testNumbersOutsideTheirRangeAreAnErrorAtTheirLine() {
        for value in ["8796093022208", "9223372036854775807", "10241", "0", "-1"] {
            let (settings, problems) = read("bukti:\n  batas_ukuran_mb: \(value)\n")
            XCTAssertEqual(problems.map(\.severity), [.error], value)
            XCTAssertEqual(problems.first?.location.line, 15, value)
            XCTAssertEqual(problems.first?.message, "'bukti.batas_ukuran_mb' harus antara 1 dan 10240 (dalam megabita), bukan '\(value)'")
            XCTAssertEqual(settings?.evidenceSizeLimit, Settings.defaultEvidenceSizeLimit, value)
        }
        for value in ["9223372036854775807", "-9223372036854775808", "1989", "2101"] {
            var diagnostics = DiagnosticList()
            let text = Self.base.replacingOccurrences(of: "tahun_rencana: 2025", with: "tahun_rencana: \(value)")
            XCTAssertNil(SettingsReader.read(text: text, file: "situs.yml", diagnostics: &diagnostics), value)
            XCTAssertEqual(diagnostics.items.map(\.location.line), [4], value)
            XCTAssertEqual(diagnostics.items.first?.message, "'tahun_rencana' harus antara 1990 dan 2100, bukan '\(value)'")
        }
    }
}
