import Foundation
import XCTest
@testable import ZISite

/// The corpus in Fixtures/fuzz-crashes: inputs that once made zisite exit
/// by a signal or run away, made by Scripts/make-bad-inputs or saved by
/// Scripts/fuzz. Each runs here in-process, so a crash that returns stops
/// this test. A hand-made reproduction is refused with its own message
/// naming the file; a file the fuzzer saved only has to end in messages.
final class CrashCorpusTests: XCTestCase {
    private static let corpus = Repository.fixtures.appendingPathComponent("fuzz-crashes")

    private var scratch: ScratchFolder!

    override func setUpWithError() throws {
        scratch = try ScratchFolder()
    }

    /// The reproductions given to `zisite import` and the words of their error.
    private static let refusedImports: [String: String] = [
        "sel-gabung-raksasa.docx": "sebuah baris tabel di bagian word/document.xml berkas ini lebih dari 64 kolom",
        "sel-gabung-200-juta.docx": "sebuah baris tabel di bagian word/document.xml berkas ini lebih dari 64 kolom",
        // The deflated stream never ends: once an endless loop in ZIPFoundation.
        "satu-bita-berubah.docx": "bagian word/document.xml berkas ini rusak dan tidak dapat dibuka",
        // A stored block longer than the part: zlib once read past the part's bytes (SIGSEGV).
        "deflate-blok-kurang.docx": "bagian word/document.xml berkas ini rusak dan tidak dapat dibuka",
        "deflate-blok-kurang-panjang.docx": "bagian word/document.xml berkas ini rusak dan tidak dapat dibuka",
        // A1 with twenty combining marks is no cell reference: the sheet is empty.
        "tanda-gabung-di-alamat-sel.xlsx": "berkas ini kosong",
        "lembar-penuh.xlsx": "lembar xl/worksheets/rencana.xml berkas ini terlalu besar: lebih dari 2 juta sel atau 64 MB teks",
        "teks-bersama-berulang.xlsx": "lembar xl/worksheets/rencana.xml berkas ini terlalu besar: lebih dari 2 juta sel atau 64 MB teks",
    ]

    /// Reproductions read without a refusal: cells at a column past Excel's
    /// last (龍龍龍, ZZZ) are not cells, and the rows are not padded to them.
    private static let readImports: Set = ["kolom-aksara-han.xlsx", "baris-200-ribu-kolom-zzz.xlsx"]

    private static func files(_ folder: String) throws -> [String] {
        let url = corpus.appendingPathComponent(folder)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    /// The reproductions that take the place of a content file (named
    /// LABEL__PATH, PATH with __ for /), the line of their error and its words.
    private static let refusedContent: [String: (line: Int, words: String)] = [
        "batas-ukuran-raksasa__situs.yml": (47, "'bukti.batas_ukuran_mb' harus antara 1 dan 10240 (dalam megabita), bukan '8796093022208'"),
    ]

    func testEveryReproductionIsInTheCorpus() throws {
        XCTAssertTrue(Set(Self.refusedImports.keys).union(Self.readImports).isSubset(of: Set(try Self.files("import"))),
                      "run Scripts/make-bad-inputs")
        XCTAssertTrue(Set(Self.refusedContent.keys).isSubset(of: Set(try Self.files("content"))), "run Scripts/make-bad-inputs")
    }

    func testEveryContentFileChecksAndBuildsToMessagesAndTheReproductionsAreErrorsAtTheirLine() throws {
        for name in try Self.files("content") {
            let parts = name.components(separatedBy: "__")
            XCTAssertGreaterThan(parts.count, 1, "\(name): named LABEL__PATH")
            let path = parts.dropFirst().joined(separator: "/")
            let folder = try scratch.copy(Repository.content, as: "Content-" + name)
            let target = folder.appendingPathComponent(path)
            // A workbook takes the place of the CSV of the same name, as Scripts/fuzz puts it there.
            let twin = target.deletingPathExtension().appendingPathExtension("csv")
            if target.pathExtension == "xlsx", FileManager.default.fileExists(atPath: twin.path) {
                try FileManager.default.removeItem(at: twin)
            } else {
                XCTAssertTrue(FileManager.default.fileExists(atPath: target.path), "\(name): \(path) is a file of the example content")
                try FileManager.default.removeItem(at: target)
            }
            try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent("content/" + name), to: target)
            let options = Build.Options(content: folder.path, output: scratch.path("Output-" + name).path, templates: Repository.templates.path)
            let checked = Build.check(options)
            let built = Build.run(options)
            XCTAssertEqual(checked.diagnostics, built.diagnostics, name)
            guard let expected = Self.refusedContent[name] else { continue }
            let error = try XCTUnwrap(built.diagnostics.first { $0.severity == .error }, name)
            XCTAssertTrue(error.location.file.hasSuffix("/" + path), "\(name): \(error.formatted)")
            XCTAssertEqual(error.location.line, expected.line, "\(name): \(error.formatted)")
            XCTAssertTrue(error.message.contains(expected.words), "\(name): \(error.formatted)")
        }
    }

    func testEveryImportEndsInMessagesAndTheReproductionsAreRefusedNamingTheFile() throws {
        for name in try Self.files("import") {
            let folder = scratch.path("Content-" + name)
            let result = Import.run(file: Self.corpus.appendingPathComponent("import/" + name).path, into: folder.path, force: false)
            XCTAssertTrue(!result.written.isEmpty || result.diagnostics.contains { $0.severity == .error }, "\(name): nothing written and no error says why")
            if Self.readImports.contains(name) {
                let table = try String(contentsOf: folder.appendingPathComponent(ContentReader.planFiles[0]), encoding: .utf8)
                XCTAssertLessThan(table.utf8.count, 1_000_000, name)
            }
            guard let expected = Self.refusedImports[name] else { continue }
            XCTAssertEqual(result.written, [], name)
            XCTAssertEqual(result.diagnostics.map(\.severity), [.error], "\(name): \(result.diagnostics.map(\.formatted))")
            let error = result.diagnostics.first
            XCTAssertTrue(error?.message.hasPrefix(expected) ?? false, "\(name): \(error?.formatted ?? "no message")")
            XCTAssertTrue(error?.location.file.hasSuffix("/" + name) ?? false, name)
        }
    }
}
