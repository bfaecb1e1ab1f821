import Foundation
import XCTest
@testable import ZISite

/// The starter sheets of `zisite new skm|dumas|...`, filled in with the
/// example's values as a unit would type them, give the example's site,
/// every file byte for byte.
final class ServiceStarterTests: XCTestCase {
    /// The example's key rows and data rows typed into `starter`: a register
    /// the example leaves empty says NIHIL;ya.
    private func filled(_ starter: String, like example: String) -> String {
        let lines = example.components(separatedBy: "\n").filter { !$0.isEmpty }
        let header = lines.firstIndex { $0.hasPrefix("NO;") || $0.hasPrefix("LAPORAN;") }!
        let data = lines[(header + 1)...]
        let values = Dictionary(uniqueKeysWithValues: lines[..<header].map { (String($0.prefix { $0 != ";" }), $0) })
        var typed = starter.components(separatedBy: "\r\n")
        for (index, line) in typed.enumerated() {
            // The first line starts with the byte-order mark.
            if let value = values[String(line.drop { $0 == "\u{FEFF}" }.prefix { $0 != ";" })] {
                typed[index] = (index == 0 ? "\u{FEFF}" : "") + value
            }
        }
        if data.isEmpty { typed = typed.map { $0 == "NIHIL;(belum diisi)" ? "NIHIL;ya" : $0 } }
        return typed.joined(separator: "\r\n") + data.map { $0 + "\r\n" }.joined()
    }

    func testStartersFilledWithTheExamplesValuesBuildTheExamplesSite() throws {
        let scratch = try ScratchFolder()
        let expected = try BuiltSite.example(in: scratch).files()
        let content = try scratch.copy(Repository.content, as: "Konten")
        let examples = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("layanan").path)
        try FileManager.default.removeItem(at: content.appendingPathComponent("layanan"))
        XCTAssertEqual(examples.count, ServiceFolderReader.Kind.allCases.count)
        for kind in ServiceFolderReader.Kind.allCases {
            let example = try String(contentsOf: Repository.content.appendingPathComponent("layanan/\(kind.rawValue)-2025.csv"), encoding: .utf8)
            let path = try XCTUnwrap(NewServiceSheet.create(kind, content: content.path, period: nil).path)
            let starter = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
            XCTAssertTrue(starter.hasPrefix("\u{FEFF}PERIODE;(belum diisi)\r\n"))
            try Data(filled(starter, like: example).utf8).write(to: URL(fileURLWithPath: path))
        }
        let site = BuiltSite(content: content, output: scratch.path("Dari Lembar Baru"))
        XCTAssertEqual(site.result.diagnostics.map(\.formatted), [])
        let files = try site.files()
        XCTAssertEqual(files.keys.sorted(), expected.keys.sorted())
        for (path, bytes) in expected.sorted(by: { $0.key < $1.key }) where files[path] != bytes {
            XCTFail("\(path) differs")
        }
    }
}
