import Foundation
import XCTest
@testable import ZISiteCLI

/// Every command zisite prints as the next step does what it says when it
/// is pasted into a shell, from an operator's own folder (not the
/// repository), for folder names with spaces and quotes.
final class SuggestedCommandTests: XCTestCase {
    private var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("zisite-hints-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    private static let decree = ZisiteBinary.root.appendingPathComponent("Tests/ZISiteEndToEndTests/Fixtures/import/keputusan-kendari.docx")

    /// The project's templates beside the operator's folders, so that `build` can write a site here.
    func testAWordIsQuotedOnlyWhenTheShellNeedsItAndReadsBackAsItWas() throws {
        XCTAssertEqual(ShellWord.quoted("Content-kpu-kabupaten-x"), "Content-kpu-kabupaten-x")
        XCTAssertEqual(ShellWord.quoted("/tmp/a_b/c.d,e=f@g%h+i:j"), "/tmp/a_b/c.d,e=f@g%h+i:j")
        XCTAssertEqual(ShellWord.quoted("ZI Kantor 'Kami"), "'ZI Kantor '\\''Kami'")
        XCTAssertEqual(ShellWord.quoted(""), "''")
        XCTAssertEqual(ShellWord.quoted("'Kendari'"), #"\''Kendari'\'"#, "no empty '' at the ends")
        XCTAssertEqual(ShellWord.quoted("Kantor\u{301}"), "'Kantor\u{301}'", "outside ASCII, by scalar")
        let words = ["a b", "it's", "$HOME", "`id`", "a\\b", "\"x\"", "*", "~", "a\nb", "''", "'", "'x'", "!x", "a;b|c&d", "Sulawesi Tenggara ü"]
        let script = words.map { "printf '%s\\0' " + ShellWord.quoted($0) }.joined(separator: "; ")
        let run = try ZisiteBinary.pasted(script, in: scratch)
        XCTAssertEqual(run.output.split(separator: "\0", omittingEmptySubsequences: false).dropLast().map(String.init), words)
    }

    func testTheCommandsAfterNewWorkWhenPastedForANameWithASpaceAndAQuote() throws {
        let folder = "ZI Kantor 'Kami"
        let new = try ZisiteBinary.run(["new", folder], in: scratch)
        XCTAssertEqual(new.status, 0, new.errors)
        XCTAssertEqual(new.suggestedCommands, ["zisite import keputusan.docx --into 'ZI Kantor '\\''Kami'",
                                               "zisite check --content 'ZI Kantor '\\''Kami'"])

        try FileManager.default.copyItem(at: Self.decree, to: scratch.appendingPathComponent("keputusan.docx"))
        let imported = try ZisiteBinary.pasted(new.suggestedCommands[0], in: scratch)
        XCTAssertEqual(imported.status, 0, imported.output + imported.errors)
        let settings = try String(contentsOf: scratch.appendingPathComponent(folder).appendingPathComponent("situs.yml"), encoding: .utf8)
        XCTAssertTrue(settings.contains("Kendari"), "the decree filled the new folder")

        let check = try ZisiteBinary.pasted(new.suggestedCommands[1], in: scratch)
        XCTAssertFalse(check.errors.contains("Perintah tidak dapat dijalankan"), check.errors)
        XCTAssertTrue(check.output.split(separator: "\n").last?.hasPrefix("Pemeriksaan \(folder): ") ?? false, check.output)
        XCTAssertFalse(check.output.contains(": error: folder konten"), "the check read the folder:\n" + check.output)
    }

    /// No quoting stops a word starting with `-` being read as an option, so
    /// such a folder is written `./-…` in the command.
    func testAFolderNameStartingWithADashIsWrittenSoItIsNotAnOption() throws {
        let new = try ZisiteBinary.run(["new", "--", "-ZI Kami"], in: scratch)
        XCTAssertEqual(new.status, 0, new.errors)
        XCTAssertEqual(new.suggestedCommands.last, "zisite check --content './-ZI Kami'")
        let check = try ZisiteBinary.pasted(new.suggestedCommands[1], in: scratch)
        XCTAssertFalse(check.errors.contains("Perintah tidak dapat dijalankan"), check.errors)
        XCTAssertTrue(check.output.split(separator: "\n").last?.hasPrefix("Pemeriksaan ./-ZI Kami: ") ?? false, check.output)
    }

    /// The hints of `zisite new`, pasted: the import fills the decree's
    /// date and level that new left to fill, and the check then warns of
    /// the skeleton page new wrote and nobody changed, which zisite publish
    /// would refuse and build would publish as a menu item.
    func testTheHintsOfNewImportThenCheckWarnOfTheUntouchedSkeletonPage() throws {
        let folder = "kpu-kota-kendari"
        let new = try ZisiteBinary.run(["new", folder], in: scratch)
        XCTAssertEqual(new.status, 0, new.errors)
        let imported = try ZisiteBinary.pasted(new.suggestedCommands[0].replacingOccurrences(of: "keputusan.docx", with: Self.decree.path), in: scratch)
        XCTAssertEqual(imported.status, 0, imported.output + imported.errors)
        let check = try ZisiteBinary.pasted(new.suggestedCommands[1], in: scratch)
        XCTAssertEqual(check.status, 0, check.output + check.errors)
        XCTAssertTrue(check.output.contains("\(folder)/halaman/01-pendahuluan.md:1:1: warning: berkas ini masih kerangka dari zisite new, belum diubah sama sekali; "
                                            + "tulis isi halaman ini, atau hapus berkasnya bila halamannya tidak diperlukan\n"), check.output)
        XCTAssertTrue(check.output.hasSuffix("Pemeriksaan \(folder): 0 kesalahan, 3 peringatan, 1 catatan.\n"),
                      "the sitemap without alamat_situs, the PPID contact and the page:\n" + check.output)
    }

    func testTheCommandsAfterImportCheckAndBuildTheImportedFolder() throws {
        let folder = "Hasil Impor 'Kendari'"
        let run = try ZisiteBinary.run(["import", Self.decree.path, "--into", folder], in: scratch)
        XCTAssertEqual(run.status, 0, run.output + run.errors)
        XCTAssertEqual(run.suggestedCommands, ["zisite check --content 'Hasil Impor '\\''Kendari'\\'",
                                               "zisite build --content 'Hasil Impor '\\''Kendari'\\'"])
        let check = try ZisiteBinary.pasted(run.suggestedCommands[0], in: scratch)
        XCTAssertEqual(check.status, 0, check.output + check.errors)
        XCTAssertTrue(check.output.contains("'kontak.ppid' belum diisi"), check.output)
        XCTAssertTrue(check.output.hasSuffix("Pemeriksaan \(folder): 0 kesalahan, 2 peringatan, 1 catatan.\n"), check.output + check.errors)
        let build = try ZisiteBinary.pasted(run.suggestedCommands[1], in: scratch)
        XCTAssertEqual(build.status, 0, build.output + build.errors)
        let home = try String(contentsOf: scratch.appendingPathComponent("Output/index.html"), encoding: .utf8)
        XCTAssertTrue(home.contains("Kendari"), "the site is the imported unit's")
    }

    func testTheCommandAfterAnImportThatWroteNothingImportsAgainOnceTheFileIsMended() throws {
        let source = scratch.appendingPathComponent("keputusan 'baru'.docx")
        try Data().write(to: source)
        let run = try ZisiteBinary.run(["import", source.lastPathComponent, "--into", "Konten Baru", "--force"], in: scratch)
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.suggestedCommands, ["zisite import 'keputusan '\\''baru'\\''.docx' --into 'Konten Baru' --force"])

        try FileManager.default.removeItem(at: source)
        try FileManager.default.copyItem(at: Self.decree, to: source)
        let again = try ZisiteBinary.pasted(run.suggestedCommands[0], in: scratch)
        XCTAssertEqual(again.status, 0, again.output + again.errors)
        XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("Konten Baru/situs.yml").path))
    }

    func testTheCommandAfterNewMonevBuildsTheFolderItWroteInto() throws {
        let folder = "Konten Kami"
        try FileManager.default.copyItem(at: ZisiteBinary.root.appendingPathComponent("Content"), to: scratch.appendingPathComponent(folder))
        let run = try ZisiteBinary.run(["new", "monev", "--content", folder, "--period", "Triwulan I 2030", "--as-of", "2030-03-31"], in: scratch)
        XCTAssertEqual(run.status, 0, run.output + run.errors)
        XCTAssertEqual(run.suggestedCommands, ["zisite build --content 'Konten Kami'"])
        let build = try ZisiteBinary.pasted(run.suggestedCommands[0], in: scratch)
        XCTAssertEqual(build.status, 0, build.output + build.errors)
        let home = try String(contentsOf: scratch.appendingPathComponent("Output/index.html"), encoding: .utf8)
        XCTAssertTrue(home.contains("Triwulan I 2030"), "the site shows the new period")

        try FileManager.default.copyItem(at: ZisiteBinary.root.appendingPathComponent("Content"), to: scratch.appendingPathComponent("Content"))
        let inDefault = try ZisiteBinary.run(["new", "monev", "--period", "Triwulan II 2030", "--as-of", "2030-06-30"], in: scratch)
        XCTAssertEqual(inDefault.status, 0, inDefault.output + inDefault.errors)
        XCTAssertEqual(inDefault.suggestedCommands, ["zisite build"], "the default folder goes without saying")
    }

    /// The check after `zisite new dumas` reads the folder written into and
    /// stops on the unfilled sheet; a second `new` of the same sheet is refused.
    func testTheCommandAfterANewServiceSheetChecksTheFolderItWroteInto() throws {
        let folder = "Konten 'Kami'"
        try FileManager.default.copyItem(at: ZisiteBinary.root.appendingPathComponent("Content"), to: scratch.appendingPathComponent(folder))
        let arguments = ["new", "dumas", "--content", folder, "--period", "Tahun 2030"]
        let run = try ZisiteBinary.run(arguments, in: scratch)
        XCTAssertEqual(run.status, 0, run.output + run.errors)
        XCTAssertTrue(run.output.hasPrefix("Lembar pengaduan masyarakat ditulis ke \(folder)/layanan/dumas-tahun-2030.csv. "), run.output)
        XCTAssertEqual(run.suggestedCommands, ["zisite check --content 'Konten '\\''Kami'\\'"])
        let check = try ZisiteBinary.pasted(run.suggestedCommands[0], in: scratch)
        XCTAssertEqual(check.status, 1, "the unfilled sheet stops the check")
        XCTAssertTrue(check.output.contains("\(folder)/layanan/dumas-tahun-2030.csv:2:2: error: baris 2, kolom B: baris SUMBER masih (belum diisi)"), check.output)
        XCTAssertTrue(check.output.hasSuffix("Pemeriksaan \(folder): 2 kesalahan, 0 peringatan.\n"), check.output)

        let again = try ZisiteBinary.run(arguments, in: scratch)
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.errors, "\(folder)/layanan/dumas-tahun-2030.csv:1:1: error: berkas ini sudah ada dan tidak ditimpa; "
                       + "pakai --period dengan nama periode lain, atau pindahkan berkas lama\n")
        XCTAssertEqual(again.output, "Gagal: lembar pengaduan masyarakat tidak dibuat.\n")

        try FileManager.default.copyItem(at: ZisiteBinary.root.appendingPathComponent("Content"), to: scratch.appendingPathComponent("Content"))
        let inDefault = try ZisiteBinary.run(["new", "wbs"], in: scratch)
        XCTAssertEqual(inDefault.status, 0, inDefault.output + inDefault.errors)
        XCTAssertTrue(inDefault.output.hasPrefix("Lembar Whistleblowing System ditulis ke Content/layanan/wbs.csv. "), inDefault.output)
        XCTAssertEqual(inDefault.suggestedCommands, ["zisite check"], "the default folder goes without saying")
    }

    /// A folder without service sheets gets one note from check, with a
    /// command for each kind of sheet; each pasted starts its sheet, and
    /// then the note is gone. Build neither prints it nor fails for it.
    func testTheNoteOfCheckOnAFolderWithoutServiceSheetsStartsEachSheetWhenPasted() throws {
        let folder = "ZI Kantor Kami"
        XCTAssertEqual(try ZisiteBinary.run(["new", folder], in: scratch).status, 0)
        // What zisite new cannot know and a unit writes first.
        let settings = scratch.appendingPathComponent("\(folder)/situs.yml")
        try String(contentsOf: settings, encoding: .utf8)
            .replacingOccurrences(of: "tingkat: \"(belum diisi)\"", with: "tingkat: kota")
            .replacingOccurrences(of: "tanggal: \"(belum diisi)\"", with: "tanggal: 2026-01-05")
            .write(to: settings, atomically: true, encoding: .utf8)
        let check = try ZisiteBinary.run(["check", "--content", folder], in: scratch)
        XCTAssertEqual(check.status, 0, check.output + check.errors)
        let notes = check.output.split(separator: "\n").filter { $0.contains(": note: ") }
        XCTAssertEqual(notes, ["\(folder)/layanan:1:1: note: situs ini belum punya halaman Layanan Publik karena folder layanan belum berisi lembar data; "
                               + "zisite dapat menerbitkan Survei Kepuasan Masyarakat (skm), pengaduan masyarakat (dumas), survei persepsi anti korupsi (ipak), "
                               + "survei persepsi kualitas pelayanan (ipkp), kepatuhan LHKPN/LHKASN (lhkpn), laporan gratifikasi (gratifikasi) "
                               + "dan Whistleblowing System (wbs); mulai lembar yang ingin diterbitkan dengan zisite new dan jenisnya"])
        let kinds = ["skm", "dumas", "ipak", "ipkp", "lhkpn", "gratifikasi", "wbs"]
        XCTAssertEqual(check.suggestedCommands, kinds.map { "zisite new \($0) --content 'ZI Kantor Kami'" })
        XCTAssertTrue(check.output.hasSuffix("Pemeriksaan \(folder): 0 kesalahan, 11 peringatan, 1 catatan.\n"),
                      "the 7 the build gives, and the PPID contact and 3 skeleton files zisite publish would refuse:\n" + check.output)

        let build = try ZisiteBinary.run(["build", "--content", folder], in: scratch)
        XCTAssertEqual(build.status, 0, build.output + build.errors)
        XCTAssertFalse(build.errors.contains("note"), build.errors)
        XCTAssertEqual(build.output, "Selesai: 6 halaman (10 berkas) ditulis ke Output; 7 peringatan.\n")

        for command in check.suggestedCommands {
            let run = try ZisiteBinary.pasted(command, in: scratch)
            XCTAssertEqual(run.status, 0, command + ": " + run.errors)
        }
        let layanan = try FileManager.default.contentsOfDirectory(atPath: scratch.appendingPathComponent("\(folder)/layanan").path)
        XCTAssertEqual(layanan.sorted(), kinds.map { "\($0).csv" }.sorted())
        let after = try ZisiteBinary.run(["check", "--content", folder], in: scratch)
        XCTAssertFalse(after.output.contains(": note: "), after.output)
        XCTAssertEqual(after.status, 1, "the unfilled sheets stop the check")
        XCTAssertTrue(after.output.hasSuffix(" peringatan.\n"), "no note, so no count of notes:\n" + after.output)
    }
}
