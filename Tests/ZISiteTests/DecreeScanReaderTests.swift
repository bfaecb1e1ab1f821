import Foundation
import XCTest
@testable import ZISite

/// `keputusan.berkas` names the signed decree's scan: a PDF inside the content
/// folder, known by its bytes, within a size bound, or an error at the setting.
final class DecreeScanReaderTests: XCTestCase {
    private var scratch: TemporaryFolder!
    private let location = SourceLocation(file: "Content/situs.yml", line: 17, column: 11)
    static let pdf = Data("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".utf8)

    override func setUpWithError() throws {
        scratch = try TemporaryFolder()
        try FileManager.default.createDirectory(at: scratch.path("Content"), withIntermediateDirectories: true)
    }

    private var content: String { scratch.path("Content").path }

    private func read(_ written: String) -> (DecreeScan?, [Diagnostic]) {
        var diagnostics = DiagnosticList()
        let scan = DecreeScanReader.read(written, folder: content, location: location, diagnostics: &diagnostics)
        return (scan, diagnostics.items)
    }

    /// The one error, at the setting's value.
    private func error(_ written: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let (scan, diagnostics) = read(written)
        XCTAssertNil(scan, file: file, line: line)
        XCTAssertEqual(diagnostics.map(\.severity), [.error], file: file, line: line)
        XCTAssertEqual(diagnostics.first?.location, location, file: file, line: line)
        return diagnostics.first?.message ?? ""
    }

    func testAPDFInsideTheContentFolderIsReadWithItsBytes() throws {
        try scratch.write("Content/dokumen/SK 65 ditandatangani.PDF", Self.pdf)
        let (scan, diagnostics) = read("dokumen\\SK 65 ditandatangani.PDF")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(scan?.data, Self.pdf)
    }

    /// Known by its first bytes, not its name: a photo, a Word file or a web
    /// page saved as `.pdf` is refused.
    func testAFileThatIsNotAPDFIsRefusedWhateverItsName() throws {
        let notPDFs = [Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]), Data("PK\u{3}\u{4}word/document.xml".utf8),
                       Data("<html><script>alert(1)</script>%PDF-1.4</html>".utf8), Data(" %PDF-1.4\n".utf8), Data()]
        for (number, bytes) in notPDFs.enumerated() {
            try scratch.write("Content/sk-\(number).pdf", bytes)
            XCTAssertEqual(error("sk-\(number).pdf"),
                           "berkas salinan keputusan 'sk-\(number).pdf' bukan PDF; simpan hasil pindaian keputusan yang ditandatangani sebagai PDF (misalnya di aplikasi pemindai: Simpan Sebagai > PDF) lalu tulis nama berkas itu di sini")
        }
    }

    func testAPathThatLeavesTheContentFolderIsRefusedEvenWhenTheFileExists() throws {
        let outside = try scratch.write("sk.pdf", Self.pdf)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("Content/tautan.pdf").path, withDestinationPath: "../sk.pdf")
        for written in ["../sk.pdf", outside.path, "tautan.pdf", "C:\\Dokumen\\sk.pdf", "dokumen/../../sk.pdf"] {
            XCTAssertTrue(error(written).hasPrefix("salinan keputusan '\(written)' ditolak: berkasnya harus berada di dalam folder konten"), written)
        }
    }

    func testAMissingFileAndAFolderAreErrors() throws {
        XCTAssertEqual(error("keputusan.pdf"),
                       "berkas salinan keputusan 'keputusan.pdf' tidak ada di folder konten; salin berkas PDF-nya ke folder konten atau perbaiki namanya di sini")
        try FileManager.default.createDirectory(at: scratch.path("Content/keputusan"), withIntermediateDirectories: true)
        XCTAssertEqual(error("keputusan"),
                       "berkas salinan keputusan 'keputusan' tidak dapat dibaca; pastikan itu berkas PDF (bukan folder) dan izin bacanya terbuka")
    }

    /// The size is looked at before the file is read: a file over the bound
    /// (here sparse, so the test writes nothing) is never loaded.
    func testAFileOverTheBoundIsNotRead() throws {
        let file = try scratch.write("Content/besar.pdf", Self.pdf)
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(DecreeScanReader.sizeLimit + 512 * 1024))
        try handle.close()
        XCTAssertEqual(error("besar.pdf"),
                       "berkas salinan keputusan 'besar.pdf' berukuran 50,5 MB, lebih dari batas 50 MB; pindai ulang dengan resolusi 150 sampai 300 dpi, hitam-putih atau skala abu-abu, atau perkecil PDF-nya")
        try FileManager.default.removeItem(at: file)
        try scratch.write("Content/pas.pdf", Self.pdf + Data(count: DecreeScanReader.sizeLimit - Self.pdf.count))
        XCTAssertEqual(read("pas.pdf").0?.data.count, DecreeScanReader.sizeLimit)
    }

    /// Through the whole content reader: the setting is read from
    /// `keputusan.berkas`, and a wrong one is an error at its line.
    func testTheContentReaderReadsTheSettingAndPlacesItsErrors() throws {
        var settings = try String(contentsOf: Self.example.appendingPathComponent("situs.yml"), encoding: .utf8)
        settings = settings.replacingOccurrences(of: "  judul_lampiran:", with: "  berkas: sk.pdf\n  judul_lampiran:")
        try scratch.write("Content/situs.yml", Data(settings.utf8))
        try scratch.write("Content/rencana-aksi.tsv", try Data(contentsOf: Self.example.appendingPathComponent("rencana-aksi.tsv")))
        try scratch.write("Content/keputusan.md", Data("# Keputusan\n".utf8))
        try scratch.write("Content/logo.svg", try Data(contentsOf: Self.example.appendingPathComponent("logo.svg")))
        let line = settings.components(separatedBy: "\n").firstIndex(of: "  berkas: sk.pdf")! + 1

        var diagnostics = DiagnosticList()
        XCTAssertNil(ContentReader.read(folder: content, diagnostics: &diagnostics)?.decreeScan)
        XCTAssertEqual(diagnostics.items.filter { $0.severity == .error }.map(\.location),
                       [SourceLocation(file: content + "/situs.yml", line: line, column: 11)], diagnostics.items.map(\.formatted).joined(separator: "\n"))

        try scratch.write("Content/sk.pdf", Self.pdf)
        diagnostics = DiagnosticList()
        XCTAssertEqual(ContentReader.read(folder: content, diagnostics: &diagnostics)?.decreeScan?.data, Self.pdf)
        XCTAssertFalse(diagnostics.hasErrors, diagnostics.items.map(\.formatted).joined(separator: "\n"))
    }

    /// The site's copy is named after the decree, its number cut so that
    /// the name stays within what a file system allows.
    func testTheSiteNamesTheCopyAfterTheDecree() {
        func decree(_ number: String) -> Decree {
            Decree(number: number, year: 2025, subject: "", place: "", date: CalendarDate(year: 2025, month: 9, day: 8)!, signatory: "", position: "")
        }
        XCTAssertEqual(SitePaths.decreeScan(decree("65")), "dokumen/keputusan-nomor-65-tahun-2025.pdf")
        XCTAssertEqual(SitePaths.decreeScan(decree("123/PP.01-Kpt/7471/KPU-Kot/IX/2025")),
                       "dokumen/keputusan-nomor-123-pp-01-kpt-7471-kpu-kot-ix-2025-tahun-2025.pdf")
        XCTAssertEqual(SitePaths.decreeScan(decree(Settings.placeholder)), "dokumen/keputusan-nomor-belum-diisi-tahun-2025.pdf")
        let long = SitePaths.decreeScan(decree(String(repeating: "12345678/", count: 200)))
        XCTAssertEqual(long.count, "dokumen/keputusan-nomor--tahun-2025.pdf".count + 60, long)
        XCTAssertFalse(long.contains("--"), long)
        let cutAtADash = SitePaths.decreeScan(decree(String(repeating: "1234/", count: 40)))
        XCTAssertTrue(cutAtADash.hasSuffix("-1234-tahun-2025.pdf") && !cutAtADash.contains("--"), cutAtADash)
    }

    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Content")
}
