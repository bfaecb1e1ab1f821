import Foundation
import XCTest
@testable import ZISite

/// A path the site would write is refused for the same reasons, in the same
/// order, whether it is decided byte by byte (ASCII) or by `Character`.
final class SitePathProblemTests: XCTestCase {
    /// The rules as `SitePublisher.problem(with:)` states them for any path.
    private func expected(_ path: String) -> String? {
        if path.isEmpty { return "jalurnya kosong" }
        if path.contains("\u{0}") { return "mengandung karakter NUL" }
        if path.contains("\\") { return "mengandung garis miring terbalik (\\); pakai '/'" }
        if path.hasPrefix("/") { return "jalur mutlak tidak diizinkan; pakai jalur relatif" }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            if component.isEmpty { return "mengandung komponen kosong (garis miring ganda atau di akhir)" }
            if component == "." || component == ".." { return "mengandung komponen '.' atau '..'" }
        }
        if path == SitePublisher.markerName { return "'\(SitePublisher.markerName)' dicadangkan untuk penanda zisite" }
        return nil
    }

    func testEveryPathOfThesePiecesGetsTheAnswerOfTheRules() {
        let pieces = ["a", ".", "..", "/", "\\", "\u{0}", "x.y", "\r\n", "é", "\u{301}"]
        var paths = [""]
        var all: [String] = [""]
        for _ in 0..<4 {
            paths = paths.flatMap { path in pieces.map { path + $0 } }
            all += paths
        }
        all.append(SitePublisher.markerName)
        for path in all {
            XCTAssertEqual(SitePublisher.problem(with: path), expected(path), path.debugDescription)
        }
        XCTAssertNil(SitePublisher.problem(with: "sulsel/kpu-kabupaten-soppeng/bagian/1.html"))
    }
}
