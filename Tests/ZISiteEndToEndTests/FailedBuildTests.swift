import Foundation
import XCTest
@testable import ZISite

/// A build that meets an error reports it with file and line and leaves the
/// site that was there before exactly as it was.
final class FailedBuildTests: XCTestCase {
    /// Builds the example into a folder, breaks a copy of the content with
    /// `breakContent`, builds again into the same folder, and returns the
    /// errors after checking the folder did not change.
    private func errorsAfterBreaking(templates breakTemplates: ((URL) throws -> Void)? = nil,
                                     content breakContent: ((URL) throws -> Void)? = nil,
                                     file: StaticString = #filePath, line: UInt = #line) throws -> [Diagnostic] {
        let scratch = try ScratchFolder()
        let output = scratch.path("Output")
        XCTAssertTrue(BuiltSite(content: Repository.content, output: output).result.succeeded, file: file, line: line)
        let before = try FolderSnapshot.take(output)

        let content = try scratch.copy(Repository.content, as: "Content")
        let templates = try scratch.copy(Repository.templates, as: "Templates")
        try breakContent?(content)
        try breakTemplates?(templates)
        let site = BuiltSite(content: content, output: output, templates: templates)

        XCTAssertFalse(site.result.succeeded, file: file, line: line)
        XCTAssertEqual(try FolderSnapshot.take(output), before, "the previous site changed", file: file, line: line)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "temporary folders left behind", file: file, line: line)
        return site.errors
    }

    private func replace(_ old: String, with new: String, in file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "test setup: '\(old)' not in \(file.lastPathComponent)")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    func testMissingSettingIsReportedWithFileAndLine() throws {
        let errors = try errorsAfterBreaking(content: { content in
            try self.replace("  penandatangan: Jumwal Shaleh\n", with: "", in: content.appendingPathComponent("situs.yml"))
        })
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].location.file.hasSuffix("situs.yml"))
        XCTAssertTrue(errors[0].message.contains("keputusan.penandatangan"), errors[0].message)
    }

    func testALogoThatIsNotAnImageIsReportedAtItsSetting() throws {
        let errors = try errorsAfterBreaking(content: { content in
            try Data("%PDF-1.7\n".utf8).write(to: content.appendingPathComponent("logo.svg"))
        })
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].location.file.hasSuffix("situs.yml"))
        let settings = try String(contentsOf: Repository.content.appendingPathComponent("situs.yml"), encoding: .utf8)
        XCTAssertTrue(settings.hasSuffix("\nlogo: logo.svg\n"), "test setup: the logo is the last setting")
        XCTAssertEqual(errors[0].location.line, settings.count { $0 == "\n" })
        XCTAssertTrue(errors[0].message.hasPrefix("berkas logo 'logo.svg' bukan gambar PNG, JPEG atau SVG"), errors[0].message)
    }

    func testUnknownPlanColumnIsReportedWithLineAndColumn() throws {
        let errors = try errorsAfterBreaking(content: { content in
            try self.replace("\tBUKTI FISIK\t", with: "\tBUKTI FISIKK\t", in: content.appendingPathComponent("rencana-aksi.tsv"))
        })
        let error = try XCTUnwrap(errors.first { $0.location.file.hasSuffix("rencana-aksi.tsv") })
        XCTAssertEqual(error.location.line, 1)
        XCTAssertEqual(error.location.column, 36)
        XCTAssertTrue(error.message.contains("BUKTI FISIKK"), error.message)
    }

    func testMisspeltTemplateNameIsReportedWithTemplateLineAndColumn() throws {
        let errors = try errorsAfterBreaking(templates: { templates in
            try self.replace("<span aria-current=\"page\">Bagian {{nomor}}</span>",
                             with: "<span aria-current=\"page\">Bagian {{nomer}}</span>",
                             in: templates.appendingPathComponent("bagian.mustache"))
        })
        XCTAssertFalse(errors.isEmpty)
        for error in errors {
            XCTAssertTrue(error.location.file.hasSuffix("bagian.mustache"), error.formatted)
            XCTAssertEqual(error.location.line, 5, error.formatted)
            XCTAssertEqual(error.location.column, 38, error.formatted)
            XCTAssertTrue(error.message.contains("nomer"), error.message)
        }
    }

    func testUnbalancedTemplateSectionIsReported() throws {
        let errors = try errorsAfterBreaking(templates: { templates in
            try self.replace("{{/adaKomponen}}", with: "{{/adaKomponenn}}", in: templates.appendingPathComponent("bagian.mustache"))
        })
        XCTAssertTrue(errors.contains { $0.location.file.hasSuffix("bagian.mustache") && $0.location.line > 1 },
                      errors.map(\.formatted).joined(separator: "\n"))
    }

    func testMissingPlanTableIsReported() throws {
        let errors = try errorsAfterBreaking(content: { content in
            try FileManager.default.removeItem(at: content.appendingPathComponent("rencana-aksi.tsv"))
        })
        XCTAssertTrue(errors.contains { $0.message.contains("rencana-aksi.tsv") })
    }

    func testOutputFolderNotWrittenByZisiteIsNeverReplaced() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.path("Dokumen")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("penting".utf8).write(to: folder.appendingPathComponent("catatan.txt"))
        let site = BuiltSite(content: Repository.content, output: folder)
        XCTAssertFalse(site.result.succeeded)
        XCTAssertEqual(try FolderSnapshot.take(folder), ["catatan.txt": Data("penting".utf8)])
    }

    func testEvidenceOutsideTheEvidenceFolderIsRefused() throws {
        let errors = try errorsAfterBreaking(content: { content in
            try self.replace("AREA I/SK Tim Kerja ZI.pdf;", with: "../situs.yml;", in: content.appendingPathComponent("monev/triwulan-iv-2025.csv"))
        })
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].location.file.hasSuffix("monev/triwulan-iv-2025.csv"))
        XCTAssertEqual(errors[0].location.line, 6)
        XCTAssertTrue(errors[0].message.contains("jalur bukti '../situs.yml' ditolak"), errors[0].message)
    }

    func testASymbolicLinkOutOfTheEvidenceFolderIsRefused() throws {
        let errors = try errorsAfterBreaking(content: { content in
            let file = content.appendingPathComponent("bukti/AREA I/SK Tim Kerja ZI.pdf")
            try FileManager.default.removeItem(at: file)
            try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: "../../situs.yml")
        })
        XCTAssertTrue(errors.contains { $0.location.file.hasSuffix("bukti/AREA I/SK Tim Kerja ZI.pdf") && $0.message.contains("ditolak") },
                      errors.map(\.formatted).joined(separator: "\n"))
    }

    func testAMonevRowWithAnUnknownCodeStopsTheBuild() throws {
        let errors = try errorsAfterBreaking(content: { content in
            try self.replace("\r\nVII.1.a;", with: "\r\nVII.1.b;", in: content.appendingPathComponent("monev/triwulan-iv-2025.csv"))
        })
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].message.contains("kode 'VII.1.b' tidak ada di rencana aksi (mungkin maksudnya"), errors[0].message)
        XCTAssertEqual(errors[0].location.line, 39)
    }
}
