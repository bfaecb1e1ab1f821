import Foundation
import XCTest

/// The table of messages in docs/messages.md has a row for every message zisite's
/// sources give to `diagnostics.error`, `diagnostics.warning` and
/// `diagnostics.note`: the start
/// of the longest literal part of each is quoted there verbatim.
/// Messages made elsewhere (Office archives, YAML problems, the publisher)
/// are in the table by hand.
final class DiagnosticTableTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testEveryDiagnosticMessageHasARowInTheReadme() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("docs/messages.md"), encoding: .utf8)
            .replacingOccurrences(of: "\\|", with: "|")
        var messages = 0
        for file in try Self.swiftFiles(in: Self.root.appendingPathComponent("Sources")) {
            let source = try String(contentsOf: file, encoding: .utf8)
            for call in DiagnosticCalls.messages(in: source) {
                messages += 1
                guard let longest = call.fragments.max(by: { $0.count < $1.count }), longest.count >= 12 else { continue }
                XCTAssertTrue(readme.contains(longest.prefix(30)),
                              "\(file.lastPathComponent):\(call.line): no row in the table of messages in docs/messages.md for '\(call.fragments.joined(separator: "…"))'")
            }
        }
        XCTAssertGreaterThan(messages, 80, "the scan finds the calls")
    }

    func testTheScanReadsLiteralsAroundInterpolationsAndTernaries() {
        let source = """
        x
        diagnostics.error(location(row.line), ok ? "nomor \\(n.f(a)) sudah \\"dipakai\\" di baris" : "lain")
        diagnostics.warning(here, "satu; " + "dua")
        diagnostics.note(here, "catatan \\(x)")
        """
        let calls = DiagnosticCalls.messages(in: source)
        XCTAssertEqual(calls.map(\.line), [2, 3, 4])
        XCTAssertEqual(calls.last?.fragments, ["catatan "])
        XCTAssertEqual(calls.first?.fragments, ["nomor ", " sudah \"dipakai\" di baris", "lain"])
        XCTAssertEqual(calls[1].fragments, ["satu; ", "dua"])
    }

    private static func swiftFiles(in folder: URL) throws -> [URL] {
        try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }
}

/// The string literals in each `.error(`, `.warning(` and `.note(` call of a Swift
/// source, split at their interpolations.
enum DiagnosticCalls {
    struct Call {
        let line: Int
        var fragments: [String] = []
    }

    static func messages(in source: String) -> [Call] {
        let text = Array(source)
        var calls: [Call] = []
        var index = 0
        while index < text.count {
            guard let opening = callStart(text, at: index) else {
                index += 1
                continue
            }
            var call = Call(line: text[..<index].count { $0 == "\n" } + 1)
            index = scanArguments(text, from: opening, into: &call)
            calls.append(call)
        }
        return calls
    }

    private static func callStart(_ text: [Character], at index: Int) -> Int? {
        for name in [".error(", ".warning(", ".note("] where text[index...].starts(with: name) {
            return index + name.count
        }
        return nil
    }

    /// Reads to the closing parenthesis of a call or an interpolation,
    /// collecting literal text.
    private static func scanArguments(_ text: [Character], from start: Int, into call: inout Call) -> Int {
        var index = start
        var depth = 1
        while index < text.count, depth > 0 {
            switch text[index] {
            case "(": depth += 1
            case ")": depth -= 1
            case "\"": index = scanLiteral(text, from: index + 1, into: &call)
            default: break
            }
            index += 1
        }
        return index
    }

    /// Reads one string literal; an interpolation ends a fragment and its
    /// code (which may hold literals of its own) is skipped.
    private static func scanLiteral(_ text: [Character], from start: Int, into call: inout Call) -> Int {
        var index = start
        var fragment = ""
        while index < text.count, text[index] != "\"" {
            if text[index] == "\\", index + 1 < text.count {
                if text[index + 1] == "(" {
                    call.fragments.append(fragment)
                    fragment = ""
                    var ignored = Call(line: 0)
                    index = scanArguments(text, from: index + 2, into: &ignored)
                    continue
                }
                // An escape as the reader sees it: \" is ", \\ is \.
                let escaped = text[index + 1]
                fragment.append(escaped == "n" ? "\n" : escaped == "t" ? "\t" : escaped)
                index += 2
                continue
            }
            fragment.append(text[index])
            index += 1
        }
        call.fragments.append(fragment)
        call.fragments.removeAll { $0.isEmpty }
        return index
    }
}
