import Foundation
import XCTest
@testable import ZISite

/// Content made to publish what it should not: a file from outside the
/// content folder, evidence a browser would run, a logo that fetches or
/// runs something. `check` and `build` both refuse it with an error naming
/// the file, and the build writes nothing.
final class HostileFilesTests: XCTestCase {
    private var scratch: ScratchFolder!
    private var content: URL!

    override func setUpWithError() throws {
        scratch = try ScratchFolder()
        content = try scratch.copy(Repository.content, as: "Content")
    }

    private var options: Build.Options {
        Build.Options(content: content.path, output: scratch.path("Output").path, templates: Repository.templates.path)
    }

    /// The errors of `check` and of `build`, which must be the same, with
    /// nothing written.
    private func errors(file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        let checked = Build.check(options).diagnostics.filter { $0.severity == .error }
        let built = Build.run(options)
        XCTAssertFalse(built.succeeded, file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.path("Output").path), "nothing is published", file: file, line: line)
        XCTAssertEqual(built.diagnostics.filter { $0.severity == .error }, checked, file: file, line: line)
        return checked
    }

    private func replace(_ old: String, with new: String, inSheetsOf folder: String) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(folder).path) {
            let sheet = content.appendingPathComponent(folder).appendingPathComponent(name)
            let text = try String(contentsOf: sheet, encoding: .utf8)
            try text.replacingOccurrences(of: old, with: new).write(to: sheet, atomically: true, encoding: .utf8)
        }
    }

    func testAPageLinkedToEtcPasswdIsNotPublished() throws {
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("halaman/09-x.md").path,
                                                   withDestinationPath: "/etc/passwd")
        let errors = errors()
        XCTAssertEqual(errors.map(\.location.file), [content.appendingPathComponent("halaman/09-x.md").path])
        XCTAssertTrue(errors.first?.message.hasPrefix("berkas ini sebenarnya berada di luar folder konten, di '/etc/passwd'") ?? false, errors.first?.message ?? "")
    }

    func testAPlanOutsideTheContentFolderIsNotPublished() throws {
        try FileManager.default.copyItem(at: content.appendingPathComponent("rencana-aksi.tsv"), to: scratch.path("rencana-luar.tsv"))
        let settings = content.appendingPathComponent("situs.yml")
        try (String(contentsOf: settings, encoding: .utf8) + "rencana_aksi: ../rencana-luar.tsv\n").write(to: settings, atomically: true, encoding: .utf8)
        XCTAssertEqual(errors().map(\.location.file), [content.appendingPathComponent("../rencana-luar.tsv").path])
    }

    func testALinkedEvidenceFolderIsNotPublished() throws {
        try FileManager.default.moveItem(at: content.appendingPathComponent("bukti"), to: scratch.path("bukti-luar"))
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("bukti").path, withDestinationPath: scratch.path("bukti-luar").path)
        let errors = errors()
        XCTAssertEqual(errors.first?.location.file, content.appendingPathComponent("bukti").path)
        XCTAssertTrue(errors.first?.message.hasPrefix("folder ini sebenarnya berada di luar folder konten") ?? false)
        XCTAssertTrue(errors.dropFirst().allSatisfy { $0.message.hasPrefix("berkas bukti '") }, "the sheets' evidence is then missing")
    }

    func testEvidenceThatRunsScriptIsNotPublished() throws {
        try Data("<html><body><script>alert(document.domain)</script>Notulen</body></html>".utf8)
            .write(to: content.appendingPathComponent("bukti/AREA I/notulen.html"))
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"/>".utf8)
            .write(to: content.appendingPathComponent("bukti/Pengaduan/peta.svg"))
        try Data("\u{FEFF}\n<!DOCTYPE html><script>alert(document.domain)</script>".utf8)
            .write(to: content.appendingPathComponent("bukti/SPIP/Laporan Peta Risiko 2025.pdf"))
        try replace("AREA I/SK Tim Kerja ZI.pdf", with: "AREA I/notulen.html", inSheetsOf: "monev")
        try replace("Pengaduan/Foto Layanan Pengaduan.png", with: "Pengaduan/peta.svg", inSheetsOf: "monev")
        let errors = errors()
        XCTAssertEqual(errors.map { $0.location.file.replacingOccurrences(of: content.path + "/", with: "") },
                       ["bukti/AREA I/notulen.html", "bukti/Pengaduan/peta.svg", "bukti/SPIP/Laporan Peta Risiko 2025.pdf"])
        XCTAssertTrue(errors.allSatisfy { $0.message.contains("dan tidak diterbitkan; simpan sebagai PDF, PNG atau JPEG") })
    }

    func testALogoThatFetchesOrRunsSomethingIsNotPublished() throws {
        let logos = [
            "<?xml-stylesheet type=\"text/xsl\" href=\"data:text/xsl;base64,PHg+PC94Pg==\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><use href=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=#a\"/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"9\" height=\"9\"><set attributeName=\"onmouseover\" to=\"alert(1)\"/></rect></svg>",
        ]
        for logo in logos {
            try Data(logo.utf8).write(to: content.appendingPathComponent("logo.svg"))
            let errors = errors()
            XCTAssertEqual(errors.map(\.location.file), [content.appendingPathComponent("situs.yml").path], logo)
            XCTAssertTrue(errors.first?.message.hasPrefix("berkas logo 'logo.svg' memuat ") ?? false, logo)
        }
    }
}
