import Foundation
import XCTest
@testable import ZISite

/// `zisite publish` on a collection: the example (KPU Kota Kendari) and the
/// Soppeng sample in one province folder each. Each plan is published
/// exactly as alone, under its own folder; `unggah/` holds each plan's files
/// under its folder; one `situs.zip` holds the whole collection site.
/// Skipped only where WeasyPrint is not installed (CI installs it).
final class CollectionPublishTests: XCTestCase {
    /// The collection published twice, and each plan published alone, once for all the tests.
    private struct Published {
        let scratch: ScratchFolder
        let collection: URL
        let first: Publish.Result
        let output: URL
        let again: URL
        /// Each plan's site folder in the collection, and its output published alone.
        let alone: [(sitePath: String, output: URL)]
    }

    nonisolated(unsafe) private static var shared: Published?

    private static let today = CalendarDate(year: 2026, month: 1, day: 15)!
    private static let plans = [("sulawesi-tenggara/kpu-kota-kendari", Repository.content),
                                ("sulawesi-selatan/kpu-kabupaten-soppeng", Repository.fixtures.appendingPathComponent("soppeng"))]

    private func requireWeasyPrint() throws {
        guard case .success = PrintEngine.find(searchPath: ProcessInfo.processInfo.environment["PATH"]) else {
            throw XCTSkip("WeasyPrint is not installed: Scripts/install-dependencies --site-check (CI installs it)")
        }
    }

    /// A collection of the two plans in `scratch`.
    private static func collection(in scratch: ScratchFolder) throws -> URL {
        let collection = scratch.path("Kumpulan")
        for (sitePath, content) in plans {
            let folder = collection.appendingPathComponent(sitePath)
            try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: content, to: folder)
        }
        return collection
    }

    private static func publish(_ content: URL, to output: URL, draft: Bool = false, searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) -> Publish.Result {
        Publish.run(Publish.Options(build: Build.Options(content: content.path, output: output.path), draft: draft, today: today, searchPath: searchPath))
    }

    private func published() throws -> Published {
        try requireWeasyPrint()
        if let shared = Self.shared { return shared }
        let scratch = try ScratchFolder()
        let collection = try Self.collection(in: scratch)
        let first = Self.publish(collection, to: scratch.path("Terbit"))
        XCTAssertTrue(first.succeeded, (first.problem ?? "") + first.build.diagnostics.map(\.formatted).joined(separator: "\n"))
        let second = Self.publish(collection, to: scratch.path("Terbit-lagi"))
        XCTAssertTrue(second.succeeded, second.problem ?? "")
        let alone = Self.plans.map { sitePath, content in
            let output = scratch.path("Sendiri/" + sitePath)
            let result = Self.publish(content, to: output)
            XCTAssertTrue(result.succeeded, result.problem ?? "")
            return (sitePath, output)
        }
        let published = Published(scratch: scratch, collection: collection, first: first, output: scratch.path("Terbit"),
                                  again: scratch.path("Terbit-lagi"), alone: alone)
        Self.shared = published
        return published
    }

    /// Each plan's site, PDFs included, is under its folder byte for byte
    /// as publishing it alone writes it; its `unggah/` files and its own
    /// `situs.zip` are under `unggah/<its folder>/`.
    func testEachPlanIsPublishedUnderItsFolderExactlyAsAlone() throws {
        let site = try published()
        let files = try FolderSnapshot.take(site.output)
        var documents = 0
        for (sitePath, output) in site.alone {
            let alone = try FolderSnapshot.take(output)
            let expectedSite = alone.filter { !$0.key.hasPrefix("unggah/") && $0.key != "situs.zip" && $0.key != ".zisite" }
            let expectedUpload = alone.filter { $0.key.hasPrefix("unggah/") || $0.key == "situs.zip" }
            XCTAssertEqual(Self.files(files, under: sitePath + "/"), expectedSite, sitePath)
            XCTAssertEqual(Self.files(files, under: "unggah/" + sitePath + "/"),
                           expectedUpload.reduce(into: [:]) { $0[$1.key.hasPrefix("unggah/") ? String($1.key.dropFirst(7)) : $1.key] = $1.value }, sitePath)
            let pdfs = expectedSite.keys.filter { $0.hasSuffix(".pdf") && !["bukti/", "dokumen/"].contains(where: $0.hasPrefix) }
            XCTAssertTrue(pdfs.contains("lampiran.pdf") && pdfs.contains("informasi-publik.pdf"), "\(sitePath): \(pdfs)")
            XCTAssertTrue(files[sitePath + "/lampiran.html"].map { String(decoding: $0, as: UTF8.self).contains("Unduh PDF") } ?? false, sitePath)
            XCTAssertNotNil(files["unggah/" + sitePath + "/PANDUAN-UNGGAH.txt"], sitePath)
            documents += pdfs.count
        }
        XCTAssertEqual(site.first.documents, documents)
        XCTAssertEqual(site.first.documents, 17, "13 of the example and 4 of Soppeng")
        XCTAssertEqual(Set(files.keys.map { String($0.prefix { $0 != "/" }) }),
                       [".zisite", "aset", "data", "datapackage.json", "feed.xml", "index.html", "informasi-publik.html", "menurut-capaian.html",
                        "provinsi", "situs.zip",
                        "sulawesi-selatan", "sulawesi-tenggara", "unggah"])
        XCTAssertEqual(Set(files.keys.filter { $0.hasPrefix("unggah/") }.map { $0.split(separator: "/").prefix(3).joined(separator: "/") }),
                       Set(Self.plans.map { "unggah/" + $0.0 }), "nothing in unggah/ but each plan's folder")
    }

    /// The top pages are the overview `build` writes for the same collection.
    func testTheTopPagesAreTheOverviewBuildWrites() throws {
        let site = try published()
        let built = BuiltSite(content: site.collection, output: site.scratch.path("Dibangun"), today: Self.today)
        XCTAssertTrue(built.result.succeeded)
        let top = try built.files().filter { !$0.key.hasPrefix("sulawesi-") && $0.key != ".zisite" }
        XCTAssertNotNil(top["index.html"])
        XCTAssertEqual(try FolderSnapshot.take(site.output).filter { top.keys.contains($0.key) }, top)
    }

    /// `situs.zip` at the top holds every file of the collection site, both
    /// plans' pages and PDFs and the overview, and nothing of `unggah/`.
    func testTheTopZipHoldsTheWholeCollectionSiteAndNothingElse() throws {
        let inZip = try FolderSnapshot.siteZip(in: try published().output)
        for (sitePath, _) in Self.plans {
            XCTAssertNotNil(inZip[sitePath + "/index.html"], sitePath)
            XCTAssertNotNil(inZip[sitePath + "/lampiran.pdf"], sitePath)
        }
        XCTAssertNotNil(inZip["index.html"])
    }

    func testTwoPublishesOfTheSameCollectionGiveTheSameBytes() throws {
        let site = try published()
        let first = try FolderSnapshot.take(site.output), second = try FolderSnapshot.take(site.again)
        XCTAssertTrue(first.keys.contains("situs.zip") && first.keys.contains("sulawesi-selatan/kpu-kabupaten-soppeng/lampiran.pdf"))
        XCTAssertEqual(first.keys.sorted(), second.keys.sorted())
        for (path, bytes) in first where second[path] != bytes { XCTFail("\(path) differs between two publishes") }
    }

    // MARK: - Refused whole

    /// A fresh `zisite new` folder beside two finished plans: the whole
    /// publish is refused, each unfinished thing an error naming that
    /// plan's own file, and nothing is written.
    func testACollectionWithOneUnfinishedPlanIsRefusedNamingThatPlansFiles() throws {
        try requireWeasyPrint()
        let scratch = try ScratchFolder()
        let collection = try Self.collection(in: scratch)
        let fresh = collection.appendingPathComponent("sulawesi-selatan/kpu-kabupaten-baru")
        XCTAssertEqual(NewContentFolder.create(folder: fresh.path, today: Date(timeIntervalSince1970: 1_768_453_200)).written.count, 4)
        let output = scratch.path("Terbit")
        let refused = Self.publish(collection, to: output)
        XCTAssertFalse(refused.succeeded)
        let errors = refused.build.diagnostics.filter { $0.severity == .error }
        XCTAssertFalse(errors.isEmpty)
        XCTAssertEqual(refused.unfinished, errors.count, "nothing but the unfinished things")
        for error in errors { XCTAssertTrue(error.location.file.hasPrefix(fresh.path + "/"), error.formatted) }
        XCTAssertTrue(errors.contains { $0.location.file == fresh.path + "/situs.yml" })
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "nothing written")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path), ["Kumpulan"], "no scratch folder left")
    }

    /// One plan with an error refuses the whole publish, naming its file.
    func testACollectionWithABrokenPlanIsRefusedNamingItsFile() throws {
        try requireWeasyPrint()
        let scratch = try ScratchFolder()
        let collection = try Self.collection(in: scratch)
        let settings = collection.appendingPathComponent("sulawesi-selatan/kpu-kabupaten-soppeng/situs.yml")
        try (try String(contentsOf: settings, encoding: .utf8)).replacingOccurrences(of: "tahun_rencana: 2025", with: "tahun_rencana: duaribu")
            .write(to: settings, atomically: true, encoding: .utf8)
        let refused = Self.publish(collection, to: scratch.path("Terbit"))
        XCTAssertFalse(refused.succeeded)
        XCTAssertEqual(refused.build.diagnostics.filter { $0.severity == .error }.map(\.location.file), [settings.path])
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.path("Terbit").path))
    }

    /// A print engine that fails stops the whole publish, named by the
    /// plan it failed on, and nothing is written.
    func testAPrintEngineThatFailsOnAPlanIsToldWithThePlansFolderAndNothingIsWritten() throws {
        let scratch = try ScratchFolder()
        let collection = try Self.collection(in: scratch)
        let tools = scratch.path("alat")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        for (name, text) in [("python-rusak", "#!/bin/sh\necho 'Traceback: rusak' >&2\nexit 5\n"), ("weasyprint", "#!\(tools.path)/python-rusak\n")] {
            try Data(text.utf8).write(to: tools.appendingPathComponent(name))
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tools.appendingPathComponent(name).path)
        }
        let result = Self.publish(collection, to: scratch.path("Terbit"), searchPath: tools.path)
        let problem = try XCTUnwrap(result.problem)
        let plan = Self.plans.map { collection.appendingPathComponent($0.0).path }.first { problem.hasPrefix($0 + ": ") }
        XCTAssertNotNil(plan, problem)
        XCTAssertTrue(problem.hasSuffix(": WeasyPrint berhenti dengan status 5 (Traceback: rusak); tidak ada yang ditulis"), problem)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted(), ["Kumpulan", "alat"], "nothing written, no scratch left")
    }

    /// `unggah` at the top is the plans' upload folder, so no plan's folder may take its name.
    func testAPlanFolderNamedUnggahIsRefused() throws {
        let scratch = try ScratchFolder()
        let collection = try Self.collection(in: scratch)
        try FileManager.default.copyItem(at: Repository.fixtures.appendingPathComponent("soppeng"), to: collection.appendingPathComponent("Unggah"))
        let site = BuiltSite(content: collection, output: scratch.path("Output"))
        XCTAssertEqual(site.errors.map(\.formatted),
                       [collection.path + "/Unggah:1:1: error: nama folder 'unggah' dipakai halaman ringkasan kumpulan; ganti nama folder konten ini"])
    }

    /// The files of `snapshot` under `folder`, by their paths inside it.
    private static func files(_ snapshot: [String: Data], under folder: String) -> [String: Data] {
        snapshot.filter { $0.key.hasPrefix(folder) }.reduce(into: [:]) { $0[String($1.key.dropFirst(folder.count))] = $1.value }
    }
}
