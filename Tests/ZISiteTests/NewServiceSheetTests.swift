import Foundation
import XCTest
@testable import ZISite

/// `zisite new skm|dumas|...`: each starter sheet has the header its reader
/// looks for, is written as Excel opens it, never overwrites, and, left
/// unfilled, stops the build with messages that say what to fill.
final class NewServiceSheetTests: XCTestCase {
    private var scratch: TemporaryFolder!
    private var content: String { scratch.path("Konten").path }
    private static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Content/layanan")

    override func setUpWithError() throws {
        scratch = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
    }

    private func written(_ kind: ServiceFolderReader.Kind, period: String? = nil) throws -> String {
        let result = NewServiceSheet.create(kind, content: content, period: period)
        XCTAssertEqual(result.diagnostics, [])
        return try XCTUnwrap(result.path, "\(kind)")
    }

    private func read() -> (figures: ServiceFigures, errors: [String]) {
        var diagnostics = DiagnosticList()
        let figures = ServiceFolderReader.read(folder: content, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.items.filter { $0.severity == .warning }.map(\.formatted), [], "the guidance rows are not warned about")
        return (figures, diagnostics.items.filter { $0.severity == .error }.map(\.formatted))
    }

    func testEachStarterHasTheExamplesHeaderAndIsWrittenAsANewMonevSheetIs() throws {
        for kind in ServiceFolderReader.Kind.allCases {
            let path = try written(kind, period: "Tahun  2025")
            XCTAssertEqual(path, content + "/layanan/\(kind.rawValue)-tahun-2025.csv")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            XCTAssertTrue(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a byte-order mark, for Excel")
            let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
            XCTAssertEqual(lines.first, "PERIODE;Tahun 2025")
            XCTAssertEqual(lines[1], "SUMBER;(belum diisi)")
            XCTAssertEqual(lines.last, "", "Windows line ends, the last line ended too")
            let exampleFile = Self.example.appendingPathComponent("\(kind.rawValue)-2025.csv")
            let exampleLines = try String(contentsOf: exampleFile, encoding: .utf8).components(separatedBy: "\n")
            let header = try XCTUnwrap(exampleLines.first { $0.hasPrefix("NO;") || $0.hasPrefix("LAPORAN;") })
            XCTAssertEqual(lines[lines.count - 2], header, "\(kind): the header is the example's, the table empty")
            XCTAssertEqual(lines.contains("\(NihilStatement.key);(belum diisi)"), kind.isRegister, "\(kind)")
            XCTAssertTrue(lines.contains { $0.hasPrefix("PETUNJUK;\"Lembar ini dibaca zisite untuk halaman \(kind.name).") }, "\(kind)")
        }
    }

    func testAnUnfilledStarterIsRefusedWithMessagesSayingWhatToFill() throws {
        for kind in ServiceFolderReader.Kind.allCases { _ = try written(kind) }
        let (figures, errors) = read()
        XCTAssertTrue(figures.isEmpty, "nothing from an unfilled starter is published")
        let sheet = { (kind: String) in self.content + "/layanan/\(kind).csv" }
        for kind in ServiceFolderReader.Kind.allCases {
            XCTAssertTrue(errors.contains { $0.hasPrefix("\(sheet(kind.rawValue)):1:2: error: baris 1, kolom B: baris PERIODE masih (belum diisi); ganti dengan isiannya, misalnya PERIODE;") },
                          "\(kind): \(errors)")
            XCTAssertTrue(errors.contains { $0.hasPrefix("\(sheet(kind.rawValue)):2:2: error: baris 2, kolom B: baris SUMBER masih (belum diisi); ganti dengan isiannya, misalnya SUMBER;") },
                          "\(kind)")
        }
        XCTAssertTrue(errors.contains("\(sheet("dumas")):4:2: error: baris 4, kolom B: register ini belum berisi pengaduan dan baris NIHIL tidak menyatakan nihil; "
                                      + "tambahkan satu baris untuk setiap pengaduan di bawah judul kolom, atau tulis NIHIL;ya bila dalam periode ini "
                                      + "memang tidak ada pengaduan"), "\(errors)")
        for kind in ["gratifikasi", "wbs"] {
            XCTAssertTrue(errors.contains("\(sheet(kind)):4:2: error: baris 4, kolom B: register ini belum berisi laporan dan baris NIHIL tidak menyatakan nihil; "
                                          + "tambahkan satu baris untuk setiap laporan di bawah judul kolom, atau tulis NIHIL;ya bila dalam periode ini "
                                          + "memang tidak ada laporan"), kind)
        }
        XCTAssertTrue(errors.contains { $0.hasPrefix(sheet("skm")) && $0.hasSuffix("lembar SKM belum berisi jawaban; tambahkan satu baris untuk setiap responden di bawah judul kolom") })
        XCTAssertTrue(errors.contains { $0.hasPrefix(sheet("ipak")) && $0.hasSuffix("lembar IPAK belum berisi pertanyaan; tambahkan satu baris untuk setiap pertanyaan di bawah judul kolom") })
        XCTAssertTrue(errors.contains { $0.hasPrefix(sheet("lhkpn")) && $0.hasSuffix("lembar LHKPN/LHKASN belum berisi kelompok; tambahkan satu baris untuk setiap kelompok wajib lapor di bawah judul kolom") })
    }

    /// With the period and source filled in but no row, a register still
    /// stops: only NIHIL;ya makes it a period with nothing reported.
    func testARegisterWithItsKeysFilledAndNoRowsIsNihilOnlyWhenItSaysSo() throws {
        let path = try written(.gratification, period: "Tahun 2025")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let filled = text.replacingOccurrences(of: "SUMBER;(belum diisi)", with: "SUMBER;Register UPG")
        try filled.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(read().errors.count, 1)
        XCTAssertTrue(read().figures.integrityReports.isEmpty)

        try filled.replacingOccurrences(of: "NIHIL;(belum diisi)", with: "NIHIL;ya").write(toFile: path, atomically: true, encoding: .utf8)
        let (figures, errors) = read()
        XCTAssertEqual(errors, [])
        XCTAssertEqual(figures.integrityReports.map(\.reports.count), [0])
        XCTAssertEqual(figures.integrityReports.map(\.period), ["Tahun 2025"])
    }

    func testAnExistingSheetIsNeverOverwritten() throws {
        let path = try written(.complaints, period: "Tahun 2025")
        try Data("PERIODE;Tahun 2025\n".utf8).write(to: URL(fileURLWithPath: path))
        let again = NewServiceSheet.create(.complaints, content: content, period: "Tahun 2025")
        XCTAssertNil(again.path)
        XCTAssertEqual(again.diagnostics.map(\.formatted),
                       ["\(path):1:1: error: berkas ini sudah ada dan tidak ditimpa; pakai --period dengan nama periode lain, atau pindahkan berkas lama"])
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "PERIODE;Tahun 2025\n", "the unit's sheet is kept")
        XCTAssertNotNil(NewServiceSheet.create(.complaints, content: content, period: "Tahun 2026").path, "another period has its own sheet")
    }

    func testAMissingContentFolderOrAnEmptyPeriodWritesNothing() throws {
        let missing = scratch.path("Tidak Ada").path
        XCTAssertEqual(NewServiceSheet.create(.survey, content: missing, period: nil).diagnostics.map(\.formatted),
                       ["\(missing):1:1: error: folder konten '\(missing)' tidak ada; jalankan dari folder proyek atau pilih folder dengan --content"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing))
        let blank = NewServiceSheet.create(.survey, content: content, period: "  ")
        XCTAssertNil(blank.path)
        XCTAssertEqual(blank.diagnostics.map(\.message),
                       ["nama periode kosong; tulis misalnya --period \"Tahun 2025\", atau tanpa --period untuk mengisinya nanti"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: content + "/layanan"))
    }
}
