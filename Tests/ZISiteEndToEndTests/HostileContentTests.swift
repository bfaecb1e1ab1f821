import Foundation
import XCTest
@testable import ZISite

/// Content made to publish what it should not: a file from outside the
/// content folder. `check` and `build` both refuse it with an error naming
/// the file, and the build writes nothing.
final class HostileContentTests: XCTestCase {
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
}
