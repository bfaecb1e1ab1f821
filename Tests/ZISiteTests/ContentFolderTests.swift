import Foundation
import XCTest
@testable import ZISite

/// Every file and folder read from a content folder really lies inside it:
/// a symbolic link (to a file or a folder) or a setting with `..` that leads
/// out is an error naming the file, and nothing of the outside file is read.
final class ContentFolderTests: XCTestCase {
    private static let example = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Content")

    private var scratch: TemporaryFolder!
    private var copies = 0

    override func setUpWithError() throws {
        scratch = try TemporaryFolder()
        // Outside every content folder: a copy of the example to link to.
        try FileManager.default.copyItem(at: Self.example, to: scratch.path("luar"))
        try scratch.write("luar/halaman/09-rahasia.md", Data("# Rahasia\n\nRAHASIA-LUAR\n".utf8))
    }

    /// A fresh copy of the example, changed by `change`, read.
    private func read(_ change: (URL) throws -> Void) throws -> (content: Content?, diagnostics: [Diagnostic], folder: URL) {
        copies += 1
        let folder = scratch.path("Content-\(copies)")
        try FileManager.default.copyItem(at: Self.example, to: folder)
        try change(folder)
        var diagnostics = DiagnosticList()
        let content = ContentReader.read(folder: folder.path, diagnostics: &diagnostics)
        return (content, diagnostics.items, folder)
    }

    /// Replaces `name` in `folder` with a symbolic link to `target`.
    private func link(_ name: String, in folder: URL, to target: String) throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(name).path, withDestinationPath: target)
    }

    private var outside: String { Self.real(scratch.path("luar").path)! }

    private static func real(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private func assertRefused(_ what: String, _ name: String, really target: String, in result: (content: Content?, diagnostics: [Diagnostic], folder: URL),
                               file: StaticString = #filePath, line: UInt = #line) {
        let shown = result.folder.appendingPathComponent(name).path
        let errors = result.diagnostics.filter { $0.location.file == shown }
        XCTAssertEqual(errors.map(\.severity), [.error], result.diagnostics.map(\.formatted).joined(separator: "\n"), file: file, line: line)
        XCTAssertEqual(errors.first?.message,
                       "\(what) ini sebenarnya berada di luar folder konten, di '\(target)' (lewat tautan atau '..'), dan tidak dibaca; "
                       + (what == "berkas" ? "salin berkasnya sendiri ke dalam folder konten" : "salin folder beserta isinya ke dalam folder konten"),
                       file: file, line: line)
        let pages = ((result.content?.pages ?? []) + [result.content?.decreeText].compactMap { $0 }).map { $0.title + $0.body }.joined()
        XCTAssertFalse(pages.contains("RAHASIA-LUAR") || pages.contains("root:"), file: file, line: line)
    }

    func testAPlanSettingWithDotDotThatLeadsOutIsAnErrorNamingTheFile() throws {
        let result = try read { folder in
            try "rencana_aksi: ../luar/rencana-aksi.tsv\n".append(to: folder.appendingPathComponent("situs.yml"))
        }
        XCTAssertNil(result.content)
        assertRefused("berkas", "../luar/rencana-aksi.tsv", really: outside + "/rencana-aksi.tsv", in: result)
        XCTAssertEqual(result.diagnostics.count, 1)
    }

    func testADotDotThatStaysInsideIsFine() throws {
        let result = try read { folder in
            try "rencana_aksi: halaman/../rencana-aksi.tsv\n".append(to: folder.appendingPathComponent("situs.yml"))
        }
        XCTAssertEqual(result.diagnostics.map(\.formatted), [])
        XCTAssertNotNil(result.content)
    }

    func testALinkedFileOutOfTheFolderIsAnErrorNamingIt() throws {
        let passwd = Self.real("/etc/passwd")
        let cases: [(name: String, target: String)] = [
            ("halaman/09-x.md", passwd ?? outside + "/halaman/09-rahasia.md"),
            ("halaman/01-tentang-zona-integritas.md", outside + "/halaman/09-rahasia.md"),
            ("keputusan.md", outside + "/halaman/09-rahasia.md"),
            ("situs.yml", outside + "/situs.yml"),
            ("rencana-aksi.tsv", outside + "/rencana-aksi.tsv"),
            ("monev/triwulan-iv-2025.csv", outside + "/monev/triwulan-iv-2025.csv"),
            ("layanan/skm-2025.csv", outside + "/layanan/skm-2025.csv"),
        ]
        for (name, target) in cases {
            let result = try read { folder in
                if !FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
                    try Data().write(to: folder.appendingPathComponent(name))
                }
                try link(name, in: folder, to: target)
            }
            assertRefused("berkas", name, really: target, in: result)
        }
    }

    func testALinkedFolderOutOfTheFolderIsAnErrorNamingIt() throws {
        for name in ["halaman", "bukti", "monev", "layanan"] {
            let result = try read { folder in try link(name, in: folder, to: outside + "/" + name) }
            assertRefused("folder", name, really: outside + "/" + name, in: result)
            if name == "bukti" { XCTAssertEqual(result.content?.evidence ?? [], [], "nothing of bukti/ is published") }
            if name == "monev" { XCTAssertEqual(result.content?.monev ?? [], [], "no sheet of monev/ is read") }
        }
    }

    func testLinksThatStayInsideAndAFolderGivenThroughALinkOrRelativelyAreFine() throws {
        let result = try read { folder in
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
            try FileManager.default.moveItem(at: folder.appendingPathComponent("layanan"), to: folder.appendingPathComponent("data/layanan"))
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("layanan").path, withDestinationPath: "data/layanan")
            try FileManager.default.moveItem(at: folder.appendingPathComponent("keputusan.md"), to: folder.appendingPathComponent("data/keputusan.md"))
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("keputusan.md").path,
                                                       withDestinationPath: folder.appendingPathComponent("data/keputusan.md").path)
        }
        XCTAssertEqual(result.diagnostics.map(\.formatted), [])
        XCTAssertEqual(result.content?.services.surveys.count, 1)
        XCTAssertNotNil(result.content?.decreeText)

        try FileManager.default.createSymbolicLink(atPath: scratch.path("Tautan").path, withDestinationPath: result.folder.path)
        var diagnostics = DiagnosticList()
        XCTAssertNotNil(ContentReader.read(folder: scratch.path("Tautan").path, diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics.items.map(\.formatted), [])

        let here = FileManager.default.currentDirectoryPath
        defer { FileManager.default.changeCurrentDirectoryPath(here) }
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(scratch.url.path))
        XCTAssertNotNil(ContentReader.read(folder: "Tautan", diagnostics: &diagnostics))
        XCTAssertNotNil(ContentReader.read(folder: "./\(result.folder.lastPathComponent)/", diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics.items.map(\.formatted), [])
    }

    func testTheRuleItself() {
        XCTAssertTrue(InsidePath.isInside("/a/b", root: "/a"))
        XCTAssertTrue(InsidePath.isInside("/a", root: "/a"))
        XCTAssertFalse(InsidePath.isInside("/ab", root: "/a"), "a sibling whose name starts the same is outside")
        XCTAssertTrue(InsidePath.isInside("/etc/passwd", root: "/"))
        XCTAssertNil(InsidePath.real(scratch.path("tidak-ada").path))
        XCTAssertNil(InsidePath.real(""))
    }
}

private extension String {
    func append(to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(utf8))
    }
}
