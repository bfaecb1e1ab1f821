import Foundation
import XCTest
@testable import ZISite

/// Builds the example with its two monev periods and checks that every
/// figure on the progress pages equals the one computed from the sheets.
final class MonevPagesTests: XCTestCase {
    private var scratch: ScratchFolder!
    private var site: BuiltSite!
    private var summary: MonevSummary!

    override func setUpWithError() throws {
        scratch = try ScratchFolder()
        site = BuiltSite(content: Repository.content, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(site.result.warningCount, 0, site.result.diagnostics.map(\.formatted).joined(separator: "\n"))
        var diagnostics = DiagnosticList()
        let content = try XCTUnwrap(ContentReader.read(folder: Repository.content.path, diagnostics: &diagnostics))
        summary = MonevSummary(plan: content.plan, periods: content.monev, areas: content.settings.areas)
    }

    private func text(_ page: String) throws -> String { VisibleText.of(try site.html(page)) }

    func testTheExampleHasTwoPeriodsAndSaysItsFiguresAreMadeUp() throws {
        XCTAssertEqual(summary.reports.map(\.period.name), ["Triwulan III 2025", "Triwulan IV 2025"])
        let home = try text("index.html")
        XCTAssertTrue(home.contains("data rekaan"), "the example's Beranda says its figures are made up")
        XCTAssertTrue(home.contains("Data per 31 Desember 2025 (Triwulan IV 2025)."))
    }

    func testBerandaFiguresEqualTheSheets() throws {
        let latest = try XCTUnwrap(summary.latest)
        let home = try text("index.html")
        let percent = IndonesianFormat.percent(latest.overall.percent)
        XCTAssertTrue(home.contains("\(percent) langkah aksi selesai (\(latest.overall.done) dari \(latest.overall.steps) langkah aksi)."), home)
        for (state, count) in latest.states {
            XCTAssertTrue(home.contains("\(count) \(state.rawValue)"), "\(state): \(count)")
        }
        for section in latest.sections {
            let row = "Bagian \(section.section.numeral): \(section.section.title.plain) \(section.completion.done) dari \(section.completion.steps) \(IndonesianFormat.percent(section.completion.percent)) \(section.completion.grade.rawValue)"
            XCTAssertTrue(home.contains(row), row)
        }
        // Worked by hand from Content/monev/triwulan-iv-2025.csv.
        XCTAssertEqual(latest.overall, Completion(steps: 32, done: 20))
        XCTAssertEqual(latest.states, [.done: 20, .inProgress: 7, .late: 2, .notStarted: 1, .notCarriedOut: 1, .notReported: 1])
    }

    func testSectionPagesShowEveryStepsStatusAndTheComponentBars() throws {
        let latest = try XCTUnwrap(summary.latest)
        for section in latest.sections {
            let page = try site.html(SitePaths.section(section.section))
            let statuses = page.components(separatedBy: "<span class=\"status status-").count - 1
            XCTAssertEqual(statuses, section.section.actions.count, section.section.numeral)
            for component in section.components where component.component.title != nil {
                XCTAssertTrue(VisibleText.of(page).contains("\(component.completion.done) dari \(component.completion.steps) \(IndonesianFormat.percent(component.completion.percent))"))
            }
        }
    }

    func testPeriodPagesListEveryStepAndWhatChanged() throws {
        for (index, report) in summary.reports.enumerated() {
            let page = try text(SitePaths.monev(report.period))
            for progress in report.actions {
                XCTAssertTrue(page.contains("\(progress.action.code) \(progress.action.text.plain)"), progress.action.code)
            }
            if let comparison = summary.comparisons[index] {
                XCTAssertTrue(page.contains("\(comparison.newlyDone.count) langkah aksi selesai pada periode ini"))
                XCTAssertEqual(try site.html(SitePaths.monev(report.period)).components(separatedBy: "Langkah aksi yang statusnya berubah").count, 2)
            }
        }
        let index = try text(SitePaths.monevIndex)
        for report in summary.reports {
            XCTAssertTrue(index.contains("\(report.period.name) \(IndonesianFormat.date(report.period.asOf)) \(report.overall.done) dari \(report.overall.steps) \(IndonesianFormat.percent(report.overall.percent))"))
        }
    }

    func testLateListHoldsExactlyTheLateAndUnreportedSteps() throws {
        let latest = try XCTUnwrap(summary.latest)
        let page = try site.html(SitePaths.lateList)
        let listed = attributeValues("href", in: page).filter { $0.contains("#langkah-") }
        let expected = latest.actions.filter { $0.state == .late || $0.state == .notReported }
        XCTAssertEqual(listed.count, expected.count)
        XCTAssertEqual(expected.map(\.action.code), ["V.2.b", "VI.2.d", "VI.4.a"])
        for progress in expected {
            XCTAssertTrue(listed.contains { $0.hasSuffix("#" + SitePaths.anchor(progress.action)) }, progress.action.code)
        }
    }

    func testEvidenceFilesArePublishedOnceWithSafeNamesAndListed() throws {
        let files = try site.files()
        let evidence = files.keys.filter { $0.hasPrefix("bukti/") && $0 != "bukti/index.html" }.sorted()
        XCTAssertEqual(evidence.count, 8)
        for path in evidence {
            XCTAssertTrue(path.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "-./".contains($0)) }, path)
        }
        XCTAssertTrue(evidence.contains("bukti/area-i/sk-tim-kerja-zi.pdf"))
        let original = try Data(contentsOf: Repository.content.appendingPathComponent("bukti/AREA I/SK Tim Kerja ZI.pdf"))
        XCTAssertEqual(files["bukti/area-i/sk-tim-kerja-zi.pdf"], original)
        let library = try text(SitePaths.evidenceLibrary)
        XCTAssertTrue(library.contains("SK Tim Kerja ZI.pdf (PDF, "), library)
        XCTAssertTrue(library.contains("8 berkas"))
        let headings = try site.html(SitePaths.evidenceLibrary).components(separatedBy: "<h2 id=\"").dropFirst()
            .map { String($0.prefix { $0 != "\"" }) }
        XCTAssertEqual(headings.filter { $0.hasPrefix("bukti-") }, ["bukti-area-i", "bukti-area-v", "bukti-area-vi"],
                       "filed by area as the settings map the sections: I to area I, II-VI to area V, VII to area VI")
        let areaV = try XCTUnwrap(library.range(of: "Area V Penguatan Pengawasan"))
        let areaVI = try XCTUnwrap(library.range(of: "Area VI Peningkatan Kualitas Pelayanan Publik"))
        for numeral in ["II", "III", "IV", "V", "VI"] {
            let section = try XCTUnwrap(library.range(of: "Bagian \(numeral):"), numeral)
            XCTAssertTrue(areaV.upperBound < section.lowerBound && section.upperBound < areaVI.lowerBound, "Bagian \(numeral) under area V")
        }
    }

    func testReadinessFollowsTheAreaSettingAndSaysItIsAnIndication() throws {
        let readiness = try XCTUnwrap(summary.readiness?.areas)
        let page = try text(SitePaths.readiness)
        XCTAssertTrue(page.contains("Hanya indikasi, bukan nilai resmi."))
        for area in readiness where area.completion.steps > 0 {
            XCTAssertTrue(page.contains("\(area.area.numeral). \(area.area.name) \(area.area.weight)"), area.area.name)
            XCTAssertTrue(page.contains("\(area.completion.done) dari \(area.completion.steps) \(IndonesianFormat.percent(area.completion.percent))"), area.area.name)
        }
        XCTAssertEqual(readiness[4].completion, Completion(steps: 26, done: 15))
    }

    func testTheScheduleMarksTargetsCompletionsAndTheDataDate() throws {
        let page = try site.html(SitePaths.schedule)
        let latest = try XCTUnwrap(summary.latest)
        let targets = latest.actions.reduce(0) { $0 + $1.action.targetTime.months.count }
        XCTAssertEqual(page.components(separatedBy: "class=\"gantt-target\"").count - 1, targets)
        XCTAssertEqual(page.components(separatedBy: "class=\"gantt-selesai\"").count - 1, latest.actions.count { $0.state == .done && $0.entry?.dateDone != nil })
        let sections = latest.sections.count
        XCTAssertEqual(page.components(separatedBy: "gantt-svg\"").count - 1, sections, "one chart per section")
        XCTAssertEqual(page.components(separatedBy: "class=\"gantt-hari-ini\"").count - 1, sections, "the data date on every section's chart")
        XCTAssertTrue(page.contains("aset/cetak-lanskap.css"), "the schedule prints on A4 landscape")
    }

    /// Counted by hand from the two sheets and the plan's target months: as of
    /// 30 September no step's last target month has ended; as of 31 December
    /// V.2.b (September) and VI.2.d (November) have, undone, and VI.4.a has
    /// no status.
    func testHandCountedLateAndUnreportedStepsOnTheIndexTheLateListAndBeranda() throws {
        let index = try text(SitePaths.monevIndex)
        XCTAssertTrue(index.contains("Triwulan IV 2025 31 Desember 2025 20 dari 32 62,5% 2 1"), index)
        XCTAssertTrue(index.contains("Triwulan III 2025 30 September 2025 6 dari 32 18,8% 0 14"), index)
        let late = try text(SitePaths.lateList)
        let lateRows = try XCTUnwrap(late.range(of: "Terlambat: 2 langkah aksi")).upperBound
        let unreportedRows = try XCTUnwrap(late.range(of: "Belum dilaporkan: 1 langkah aksi"))
        let lateTable = late[lateRows..<unreportedRows.lowerBound]
        XCTAssertEqual(["V.2.b", "VI.2.d", "VI.4.a", "V.2.a"].map { lateTable.contains(" \($0) ") }, [true, true, false, false])
        XCTAssertTrue(late[unreportedRows.upperBound...].contains(" VI.4.a "))
        XCTAssertTrue(try text("index.html").contains("Terlambat dan belum dilaporkan: 3 langkah aksi"))
    }
}
