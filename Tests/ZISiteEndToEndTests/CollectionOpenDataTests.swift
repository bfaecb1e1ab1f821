import Foundation
import XCTest
@testable import ZISite

/// A collection's open data at the top of its site: every plan's steps with
/// their status at the plan's latest monev period and every plan's summary,
/// each with the unit's columns first, the package describing them, and the
/// feed of all the plans.
final class CollectionOpenDataTests: XCTestCase {
    private var scratch: ScratchFolder!
    private var collection: URL!
    private let kendari = SampleCollection.kendari, soppeng = SampleCollection.soppeng

    /// The sample collection of two plans, with a title and an owner.
    override func setUpWithError() throws {
        scratch = try ScratchFolder()
        collection = try SampleCollection.make(in: scratch)
        try "judul: Zona Integritas KPU se-Sulawesi\npemilik: KPU Provinsi Sulawesi Tenggara\n"
            .write(to: collection.appendingPathComponent("kumpulan.yml"), atomically: true, encoding: .utf8)
    }

    private func built(skipFailed: Bool = false, into name: String = "Output") throws -> URL {
        let output = scratch.path(name)
        let result = Build.run(Build.Options(content: collection.path, output: output.path, skipFailed: skipFailed))
        if !skipFailed { XCTAssertTrue(result.succeeded, result.diagnostics.map(\.formatted).joined(separator: "\n")) }
        return output
    }

    /// A CSV file's records (each ends with CRLF), each cell as written before quoting.
    private func csv(_ file: URL) throws -> [[String]] {
        var diagnostics = DiagnosticList()
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.hasSuffix("\r\n"))
        return DelimitedTextReader.read(text.replacingOccurrences(of: "\r\n", with: "\n"), separator: ",", file: file.path, diagnostics: &diagnostics)
            .map { $0.cells.map(\.text) }
    }

    private func json(_ file: URL) throws -> [[String: Any]] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [[String: Any]])
    }

    func testEveryStepOfEveryPlanIsOneRowWithItsUnitFirstAndItsStatusAtThePlansLatestPeriod() throws {
        let output = try built()
        let table = try csv(output.appendingPathComponent("data/langkah-aksi.csv"))
        XCTAssertEqual(table[0], ["folder", "satker", "provinsi", "tingkat", "tahun_rencana", "periode_monev"] + OpenData.stepFields.map(\.name))
        let rows = table.dropFirst()
        XCTAssertEqual(rows.count, 32 + 28, "each step once")
        // Kendari's rows are its own Triwulan IV table, cell for cell, behind its unit's columns.
        let own = try csv(output.appendingPathComponent(kendari + "/data/monev-triwulan-iv-2025.csv"))
        let kendariRows = rows.filter { $0[0] == kendari }
        XCTAssertEqual(kendariRows.map { Array($0[6...]) }, Array(own.dropFirst()))
        XCTAssertTrue(kendariRows.allSatisfy { Array($0[1...5]) == ["KPU Kota Kendari", "Sulawesi Tenggara", "Kota", "2025", "Triwulan IV 2025"] })
        XCTAssertEqual(kendariRows.filter { $0[11] == "terlambat" }.count, 2)
        XCTAssertEqual(kendariRows.filter { $0[11] == "selesai" }.count, 20)
        // Soppeng has no monev yet: its plan's steps, with nothing reported.
        let plan = try csv(output.appendingPathComponent(soppeng + "/data/rencana-aksi.csv")).dropFirst()
        let soppengRows = rows.filter { $0[0] == soppeng }
        XCTAssertEqual(soppengRows.map { Array($0[6...9]) }, plan.map { [$0[0], $0[6], $0[8], $0[9]] })
        XCTAssertTrue(soppengRows.allSatisfy { Array($0[1...5]) == ["KPU Kabupaten Soppeng", "Sulawesi Selatan", "Kabupaten", "2025", ""] && $0[10...].allSatisfy(\.isEmpty) })
        XCTAssertEqual(rows.count, kendariRows.count + soppengRows.count, "no row of another folder")

        // The JSON holds the same rows, and Kendari's objects are its own monev JSON's with the unit's keys added.
        let objects = try json(output.appendingPathComponent("data/langkah-aksi.json"))
        XCTAssertEqual(objects.count, rows.count)
        let ownObjects = try json(output.appendingPathComponent(kendari + "/data/monev-triwulan-iv-2025.json"))
        for (object, expected) in zip(objects.filter { $0["folder"] as? String == kendari }, ownObjects) {
            var expected = expected
            for (key, value) in ["folder": kendari, "satker": "KPU Kota Kendari", "provinsi": "Sulawesi Tenggara", "tingkat": "Kota",
                                 "tahun_rencana": 2025, "periode_monev": "Triwulan IV 2025"] as [String: Any] { expected[key] = value }
            XCTAssertEqual(object as NSDictionary, expected as NSDictionary)
        }
        XCTAssertTrue(objects.filter { $0["folder"] as? String == soppeng }.allSatisfy { $0["status"] is NSNull && $0["periode_monev"] is NSNull })
    }

    func testTheSummaryTableHoldsEachPlansOverviewFigures() throws {
        let output = try built()
        var diagnostics = DiagnosticList()
        let members = try XCTUnwrap(CollectionReader.read(folder: collection.path, diagnostics: &diagnostics)).members
        let expected: [[String]] = try members.map { member in
            let summary = UnitSummary(member: member, content: try XCTUnwrap(ContentReader.read(folder: member.folder, diagnostics: &diagnostics)))
            let latest = summary.latest
            return [summary.member.sitePath, summary.unit.name, summary.unit.province ?? "", summary.unit.level?.name ?? "", String(summary.planYear),
                    String(summary.steps), latest?.period ?? "", latest?.asOf.iso ?? "", latest.map { String($0.completion.done) } ?? "",
                    latest.map { "\(CollectionOpenData.percent($0.completion))" } ?? "", latest.map { String($0.late) } ?? "",
                    latest.map { String($0.unreported) } ?? "", summary.dataDate.iso]
        }
        let table = try csv(output.appendingPathComponent("data/ringkasan-satker.csv"))
        XCTAssertEqual(table[0], ["folder", "satker", "provinsi", "tingkat", "tahun_rencana", "jumlah_langkah", "periode_monev", "tanggal_monev",
                                  "selesai", "persen_selesai", "terlambat", "belum_dilaporkan", "tanggal_data"])
        XCTAssertEqual(Array(table.dropFirst()), expected)
        XCTAssertEqual(Array(table.dropFirst()), [
            [kendari, "KPU Kota Kendari", "Sulawesi Tenggara", "Kota", "2025", "32", "Triwulan IV 2025", "2025-12-31", "20", "62.5", "2", "1", "2025-12-31"],
            [soppeng, "KPU Kabupaten Soppeng", "Sulawesi Selatan", "Kabupaten", "2025", "28", "", "", "", "", "", "", "2025-12-10"],
        ], "as the overview page shows them")
        let objects = try json(output.appendingPathComponent("data/ringkasan-satker.json"))
        XCTAssertEqual(objects.map { $0["persen_selesai"] as? NSNumber }, [62.5, nil])
        XCTAssertEqual(objects.map { $0["jumlah_langkah"] as? Int }, [32, 28])
    }

    func testThePackageAtTheTopDescribesEachTopDataFileWithItsColumns() throws {
        let output = try built()
        let package = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("datapackage.json"))) as? [String: Any])
        XCTAssertEqual(package["title"] as? String, "Zona Integritas KPU se-Sulawesi", "kumpulan.yml's judul")
        XCTAssertEqual(package["name"] as? String, "zona-integritas-kpu-se-sulawesi")
        let resources = try XCTUnwrap(package["resources"] as? [[String: Any]])
        XCTAssertEqual(resources.compactMap { $0["path"] as? String },
                       ["data/langkah-aksi.csv", "data/langkah-aksi.json", "data/ringkasan-satker.csv", "data/ringkasan-satker.json"])
        let top = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("data").path).sorted()
        XCTAssertEqual(top, ["langkah-aksi.csv", "langkah-aksi.json", "ringkasan-satker.csv", "ringkasan-satker.json"], "no file the package does not list")
        for resource in resources {
            let path = try XCTUnwrap(resource["path"] as? String)
            let fields = try XCTUnwrap((resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
            let names = fields.compactMap { $0["name"] as? String }
            if path.hasSuffix(".csv") {
                XCTAssertEqual(names, try csv(output.appendingPathComponent(path))[0], path)
                XCTAssertEqual(resource["mediatype"] as? String, "text/csv")
            } else {
                XCTAssertEqual(Set(names), Set(try json(output.appendingPathComponent(path))[0].keys), path)
            }
            let types = Dictionary(uniqueKeysWithValues: fields.map { ($0["name"] as! String, $0["type"] as! String) })
            XCTAssertEqual(types["tahun_rencana"], "integer")
            XCTAssertEqual(types["folder"], "string")
            if path.contains("ringkasan") {
                XCTAssertEqual([types["persen_selesai"], types["tanggal_data"], types["terlambat"]], ["number", "date", "integer"])
            } else {
                XCTAssertEqual(types["tanggal_selesai"], "date")
            }
        }
    }

    private func feed(_ output: URL) throws -> ParsedFeed {
        try ParsedFeed(output.appendingPathComponent("feed.xml"))
    }

    func testTheFeedMergesThePlansEntriesNewestFirstLinkingIntoTheirFolders() throws {
        let output = try built()
        let feed = try feed(output)
        XCTAssertEqual(feed.texts["feed/title"], ["Zona Integritas KPU se-Sulawesi"])
        XCTAssertEqual(feed.texts["feed/author/name"], ["KPU Provinsi Sulawesi Tenggara"])
        let titles = try XCTUnwrap(feed.texts["feed/entry/title"])
        // Each plan's own feed, every entry, titled with its unit.
        let kendariOwn = try self.feed(output.appendingPathComponent(kendari)).texts["feed/entry/title"] ?? []
        let soppengOwn = try self.feed(output.appendingPathComponent(soppeng)).texts["feed/entry/title"] ?? []
        XCTAssertEqual(Set(titles), Set(kendariOwn.map { "KPU Kota Kendari: " + $0 } + soppengOwn.map { "KPU Kabupaten Soppeng: " + $0 }))
        XCTAssertEqual(titles.count, kendariOwn.count + soppengOwn.count)
        XCTAssertTrue(titles.contains("KPU Kota Kendari: Monev Triwulan IV 2025") && titles.contains { $0.hasPrefix("KPU Kabupaten Soppeng: Rencana aksi ditetapkan") })
        let dates = try XCTUnwrap(feed.texts["feed/entry/updated"])
        XCTAssertEqual(dates, dates.sorted(by: >), "newest first")
        XCTAssertEqual(feed.texts["feed/updated"], [dates[0]])
        XCTAssertEqual(feed.entryLinks.count, titles.count)
        for link in feed.entryLinks {
            XCTAssertTrue(link.hasPrefix(kendari + "/") || link.hasPrefix(soppeng + "/"), link)
            XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent(link).path), "\(link) is a file of the site")
        }
        let ids = try XCTUnwrap(feed.texts["feed/entry/id"])
        XCTAssertEqual(Set(ids).count, ids.count, "unique")
        XCTAssertTrue(ids.allSatisfy { $0.hasPrefix("tag:zisite,") }, "\(ids)")
        XCTAssertEqual(feed.texts["feed/entry/author/name"]?.count, ids.count)
        // The same content gives the same feed, ids and all.
        XCTAssertEqual(try Data(contentsOf: try built(into: "Lagi").appendingPathComponent("feed.xml")), try Data(contentsOf: output.appendingPathComponent("feed.xml")))
    }

    func testTheFeedKeepsTheNewestHundredEntriesOfAllPlans() throws {
        var diagnostics = DiagnosticList()
        let content = try XCTUnwrap(ContentReader.read(folder: Repository.content.path, diagnostics: &diagnostics))
        let start = CalendarDate(year: 2025, month: 1, day: 1)!
        let units = (0..<3).map { unit in
            let member = PlanCollection.Member(folder: "f\(unit)", name: "f\(unit)", sitePath: "f\(unit)")
            let entries = (0..<60).map { day in
                UpdatesFeed.Entry(title: "E\(day)", path: "p\(day).html", date: CalendarDate(year: 2025, month: 1 + (day + unit) % 12, day: 1)!, summary: "")
            }
            return (UnitSummary(member: member, content: content), UnitOpenData(steps: DataTable.WrittenRows(), feed: entries, feedDate: start))
        }
        let feed = CollectionFeed(collection: PlanCollection(title: "K", owner: nil, members: units.map(\.0.member)),
                                  units: units.map { CollectionOpenData.Unit(summary: $0.0, data: $0.1) })
        let entries = feed.entries
        XCTAssertEqual(entries.count, CollectionFeed.limit)
        XCTAssertEqual(entries.map(\.date), entries.map(\.date).sorted(by: >))
        let all = units.flatMap { $0.1.feed.map(\.date) }.sorted(by: >)
        XCTAssertEqual(entries.map(\.date), Array(all.prefix(CollectionFeed.limit)), "the newest ones")
        XCTAssertEqual(Set(entries.map(\.id)).count, entries.count)
    }

    func testAPlanLeftOutForItsErrorsIsInNoneOfTheTopData() throws {
        let settings = collection.appendingPathComponent("sulsel/kpu-kabupaten-soppeng/situs.yml")
        try (try String(contentsOf: settings, encoding: .utf8)).replacingOccurrences(of: "tahun_rencana: 2025", with: "tahun_rencana: duaribu")
            .write(to: settings, atomically: true, encoding: .utf8)
        let output = try built(skipFailed: true)
        XCTAssertEqual(try csv(output.appendingPathComponent("data/langkah-aksi.csv")).dropFirst().map { $0[0] }, Array(repeating: kendari, count: 32))
        XCTAssertEqual(try csv(output.appendingPathComponent("data/ringkasan-satker.csv")).dropFirst().map { $0[0] }, [kendari])
        XCTAssertEqual(try json(output.appendingPathComponent("data/ringkasan-satker.json")).count, 1)
        let feed = try feed(output)
        XCTAssertFalse(feed.entryLinks.isEmpty)
        XCTAssertTrue(feed.entryLinks.allSatisfy { $0.hasPrefix(kendari + "/") }, "\(feed.entryLinks)")
    }

    func testACellAStepStartsLikeAFormulaIsGuardedAsInThePlansOwnDownload() throws {
        let table = collection.appendingPathComponent("sulsel/kpu-kabupaten-soppeng/rencana-aksi.tsv")
        let text = try String(contentsOf: table, encoding: .utf8)
        let cell = "BA rapat rutin\tDesember 2025\tMewujudkan pembangunan zona integritas"
        XCTAssertTrue(text.contains(cell))
        try text.replacingOccurrences(of: cell, with: "BA rapat rutin\tDesember 2025\t=HYPERLINK(\"http://contoh.invalid\")")
            .write(to: table, atomically: true, encoding: .utf8)
        let output = try built()
        let own = try String(contentsOf: output.appendingPathComponent(soppeng + "/data/rencana-aksi.csv"), encoding: .utf8)
        let top = try String(contentsOf: output.appendingPathComponent("data/langkah-aksi.csv"), encoding: .utf8)
        let guarded = "\"'=HYPERLINK(\"\"http://contoh.invalid\"\")\""
        XCTAssertTrue(own.contains("," + guarded + "\r\n"), own)
        XCTAssertTrue(top.contains("," + guarded + ",,,,,,\r\n"), "the same cell, then the empty monev columns")
        XCTAssertTrue(try String(contentsOf: output.appendingPathComponent("data/langkah-aksi.json"), encoding: .utf8)
            .contains("\"target_capaian\": \"=HYPERLINK(\\\"http://contoh.invalid\\\")\""), "the JSON keeps the text as written")
    }
}
