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

    func testEveryReproductionIsInTheCorpus() throws {
        XCTAssertTrue(Set(Self.refusedImports.keys).union(Self.readImports).isSubset(of: Set(try Self.files("import"))),
                      "run Scripts/make-bad-inputs")
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
