import Foundation
import XCTest
@testable import ZISite

final class ServiceFolderReaderTests: XCTestCase {
    private static func summary(_ period: String) -> Data {
        Data(("PERIODE;\(period)\nSUMBER;Laporan SKM\nRESPONDEN;40\nUNSUR;NILAI\n" + (1...9).map { "U\($0);3" }.joined(separator: "\n")).utf8)
    }

    func testSurveysAreReadInNameOrderAndOtherFilesAreReported() throws {
        let folder = try TemporaryFolder()
        try folder.write("layanan/skm-2025-semester-ii.csv", Self.summary("Semester II 2025"))
        try folder.write("layanan/skm-2025-semester-i.csv", Self.summary("Semester I 2025"))
        try folder.write("layanan/skm-salinan.csv", Self.summary("semester i 2025"))
        try folder.write("layanan/pengaduan.csv", Data("PERIODE;2025\n".utf8))
        try folder.write("layanan/skm-2024.xls", Data("PK".utf8))
        try folder.write("layanan/~$skm-2025.csv", Data("kunci Excel".utf8))
        var diagnostics = DiagnosticList()
        try folder.write("layanan/dumas-2025.csv", Data("PERIODE;Tahun 2025\nSUMBER;Register\nNO;TANGGAL DITERIMA;SALURAN;STATUS;TANGGAL SELESAI\n".utf8))
        let figures = ServiceFolderReader.read(folder: folder.url.path, diagnostics: &diagnostics)
        XCTAssertEqual(figures.surveys.map(\.period), ["Semester I 2025", "Semester II 2025"])
        XCTAssertEqual(figures.complaints.map(\.period), ["Tahun 2025"], "a register without complaints is a period with none")
        let messages = diagnostics.items.map { ($0.severity, ($0.location.file as NSString).lastPathComponent, $0.message) }
        XCTAssertEqual(messages.count, 3, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        XCTAssertTrue(messages.contains { $0.0 == .error && $0.1 == "skm-2024.xls" && $0.2.contains("tersimpan sebagai xls dan tidak dapat dibaca; simpan ulang sebagai buku kerja Excel (.xlsx) atau CSV") })
        XCTAssertTrue(messages.contains { $0.0 == .warning && $0.1 == "pengaduan.csv" && $0.2.contains("beri nama diawali skm-") })
        XCTAssertTrue(messages.contains { $0.0 == .error && $0.1 == "skm-salinan.csv" && $0.2.contains("sudah ada di") })
    }

    func testEachKindOfSheetGoesToItsFigures() throws {
        let folder = try TemporaryFolder()
        let top = "PERIODE;Tahun 2025\nSUMBER;Tim ZI\n"
        try folder.write("layanan/ipak-2025.csv", Data((top + "NO;PERTANYAAN;JAWABAN 1;JAWABAN 2;JAWABAN 3;JAWABAN 4\n1;x;0;0;1;1\n").utf8))
        try folder.write("layanan/IPKP_2025.csv", Data((top + "NO;PERTANYAAN;JAWABAN 1;JAWABAN 2;JAWABAN 3;JAWABAN 4\n1;x;0;0;1;1\n").utf8))
        try folder.write("layanan/lhkasn-2025.csv", Data((top + "LAPORAN;KELOMPOK;WAJIB LAPOR;SUDAH LAPOR\nLHKASN;Pelaksana;2;2\n").utf8))
        try folder.write("layanan/gratifikasi-2025.csv", Data((top + "NO;TANGGAL LAPOR;TINDAK LANJUT\n").utf8))
        try folder.write("layanan/wbs-2025.csv", Data((top + "NO;TANGGAL LAPOR;TINDAK LANJUT\n1;05/05/2025;Ditelaah\n").utf8))
        var diagnostics = DiagnosticList()
        let figures = ServiceFolderReader.read(folder: folder.url.path, diagnostics: &diagnostics)
        XCTAssertTrue(diagnostics.items.isEmpty, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(figures.perceptionSurveys.map(\.kind), [.serviceQuality, .antiCorruption])
        XCTAssertEqual(figures.assetReports.map(\.groups.count), [1])
        XCTAssertEqual(figures.integrityReports.map(\.kind), [.gratification, .whistleblowing])
        XCTAssertEqual(figures.integrityReports.map(\.reports.count), [0, 1])
    }

    func testAContentFolderWithoutLayananHasNoFigures() throws {
        let folder = try TemporaryFolder()
        var diagnostics = DiagnosticList()
        XCTAssertTrue(ServiceFolderReader.read(folder: folder.url.path, diagnostics: &diagnostics).isEmpty)
        XCTAssertTrue(diagnostics.items.isEmpty)
    }
}
