import Foundation
import XCTest
@testable import ZISite

/// Content that reads but is probably mistyped still builds, with a warning
/// naming the file and line, and never crashes or swells a page.
final class OddInputBuildTests: XCTestCase {
    private var scratch: ScratchFolder!
    private var content: URL!

    override func setUpWithError() throws {
        scratch = try ScratchFolder()
        content = try scratch.copy(Repository.content, as: "Content")
    }

    private func replace(_ old: String, with new: String, in name: String) throws {
        let file = content.appendingPathComponent(name)
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "test setup: '\(old)' not in \(name)")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    private func build() -> BuiltSite {
        let site = BuiltSite(content: content, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
        return site
    }

    private let sheet = "monev/triwulan-iv-2025.csv"

    func testAHugeRealisationIsShownNotACrash() throws {
        try replace(";selesai;1 Dokumen;2025-09-10;", with: ";selesai;10000000000000000 Dokumen;2025-09-10;", in: sheet)
        let page = VisibleText.of(try build().html("monev/triwulan-iv-2025.html"))
        XCTAssertTrue(page.contains("10.000.000.000.000.000 dari 1 Dokumen"), "the realisation in Indonesian digits")
    }

    func testAMistypedYearDoesNotStretchTheSchedule() throws {
        try replace(";selesai;1 Dokumen;2025-09-10;", with: ";selesai;1 Dokumen;19/12/9025;", in: sheet)
        let site = build()
        let warning = try XCTUnwrap(site.result.diagnostics.first { $0.message.contains("9025") })
        XCTAssertTrue(warning.location.file.hasSuffix(sheet))
        XCTAssertEqual(warning.location.line, 6)
        let schedule = try site.html(SitePaths.schedule)
        XCTAssertLessThan(schedule.utf8.count, 200_000)
        XCTAssertFalse(schedule.contains(">9025<"), "no month column of the mistyped year")
        XCTAssertTrue(VisibleText.of(schedule).contains("19 Desember 9025"), "the table still shows the date as written")
    }

    func testADataDateFarFromThePlanYearAndOneThatDiffersFromTheSettingsAreWarned() throws {
        try replace("DATA PER;2025-12-31", with: "DATA PER;31/12/2052", in: sheet)
        let warnings = build().result.diagnostics.filter { $0.severity == .warning }
        let far = try XCTUnwrap(warnings.first { $0.message.contains("jauh dari tahun rencana 2025") })
        XCTAssertTrue(far.location.file.hasSuffix(sheet))
        XCTAssertEqual(far.location.line, 2)
        let differs = try XCTUnwrap(warnings.first { $0.message.contains("berbeda dengan DATA PER") })
        XCTAssertTrue(differs.location.file.hasSuffix("situs.yml"))
        XCTAssertEqual(differs.location.line, 25)
    }

    func testAnAreaForASectionThePlanDoesNotHaveIsWarned() throws {
        try replace("  VII: VI ", with: "  VIII: VI ", in: "situs.yml")
        let warning = try XCTUnwrap(build().result.diagnostics.first { $0.message.contains("bagian VIII") })
        XCTAssertTrue(warning.location.file.hasSuffix("situs.yml"))
        XCTAssertEqual(warning.location.line, 39)
    }
}
