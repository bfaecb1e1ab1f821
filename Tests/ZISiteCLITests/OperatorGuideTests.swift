import ArgumentParser
import Foundation
import XCTest
@testable import ZISiteCLI
import ZISite

/// The operator's guide (docs/panduan-operator.md) tells the truth about the
/// program beside it: every command it shows is one zisite takes, every
/// version it names is this one, every picture it shows is there and made by
/// Scripts/make-screenshots, and every link inside it leads somewhere.
final class OperatorGuideTests: XCTestCase {
    private static let docs = ZisiteBinary.root.appendingPathComponent("docs")
    private static let guide = docs.appendingPathComponent("panduan-operator.md")

    private func guideText() throws -> String {
        try String(contentsOf: Self.guide, encoding: .utf8)
    }

    /// The lines of the guide's ``` blocks, as they are.
    private static func codeLines(of text: String) -> [String] {
        var inBlock = false
        var lines: [String] = []
        for line in text.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") { inBlock.toggle(); continue }
            if inBlock { lines.append(trimmed) }
        }
        return lines
    }

    /// Why zisite would not take these words, or nil when it would: what
    /// `zisite` answers itself (help, version) must name known commands, and
    /// everything else must get through the argument parser.
    private static func refusal(_ words: [String]) -> String? {
        switch CommandLineRequest.of(words) {
        case .unknownCommand(let word, _):
            return "unknown command '\(word)'"
        case .help, .version:
            return nil
        case .run:
            do {
                _ = try ZISiteCommand.parseAsRoot(words)
                return nil
            } catch {
                return ZISiteCommand.message(for: error)
            }
        }
    }

    func testEveryCommandLineInTheGuideIsOneZisiteTakes() throws {
        let commands = Self.codeLines(of: try guideText()).filter { $0.hasPrefix("zisite ") }
        XCTAssertGreaterThanOrEqual(commands.count, 15, "the guide's commands are found")
        var named = Set<String>()
        for line in commands {
            let words = try XCTUnwrap(ShellLine.words(line), "\(line): unbalanced quotes")
            XCTAssertEqual(words.first, "zisite")
            let arguments = Array(words.dropFirst())
            named.insert(arguments.first ?? "")
            XCTAssertNil(Self.refusal(arguments), "the guide shows a command zisite refuses: \(line)")
        }
        XCTAssertTrue(named.isSuperset(of: ["new", "import", "check", "build", "serve", "--version"]), "\(named)")
    }

    /// Commands named in the text (`zisite check`, `zisite build --help`) are
    /// zisite's commands, though they may leave out what the command needs;
    /// a span reading like the version line is exactly what `zisite --version` prints.
    func testEveryCommandNamedInTheTextExists() throws {
        let spans = TextMatches.of("`(zisite [^`]*)`", in: try guideText(), group: 1)
        XCTAssertGreaterThanOrEqual(spans.count, 10, "the guide's inline commands are found")
        for span in spans {
            let words = try XCTUnwrap(ShellLine.words(span), "\(span): unbalanced quotes")
            let arguments = Array(words.dropFirst())
            if arguments.first?.first?.isNumber == true {
                XCTAssertEqual(span, VersionCommand.text, "the version line the guide quotes")
                continue
            }
            switch CommandLineRequest.of(arguments) {
            case .unknownCommand(let word, _):
                XCTFail("`\(span)` names '\(word)', which is not a zisite command")
            case .help, .version:
                continue
            case .run:
                let chain = CommandLineRequest.commands(["zisite"] + arguments.prefix(1))
                XCTAssertGreaterThan(chain.count, 1, "`\(span)` names a zisite command")
            }
        }
    }

    func testEveryPackageTheGuideNamesIsOfThisVersion() throws {
        let versions = TextMatches.of(#"zisite[-_ ]([0-9]+\.[0-9]+\.[0-9]+)"#, in: try guideText(), group: 1)
        XCTAssertGreaterThanOrEqual(versions.count, 10)
        XCTAssertEqual(Set(versions), [ZISiteVersion.current], "the package names and version in the guide")
    }

    /// Each picture is in docs/gambar, described in words, and made by
    /// Scripts/make-screenshots; no picture there is left unshown.
    func testEveryPictureIsThereWithItsDescriptionAndMadeByTheScript() throws {
        let text = try guideText()
        let script = try String(contentsOf: ZisiteBinary.root.appendingPathComponent("Scripts/make-screenshots"), encoding: .utf8)
        let alts = TextMatches.of(#"!\[([^\]]*)\]\(([^)]*)\)"#, in: text, group: 1)
        let paths = TextMatches.of(#"!\[([^\]]*)\]\(([^)]*)\)"#, in: text, group: 2)
        XCTAssertGreaterThanOrEqual(paths.count, 6)
        for (alt, path) in zip(alts, paths) {
            XCTAssertTrue(path.hasPrefix("gambar/") && path.hasSuffix(".png"), path)
            XCTAssertTrue(FileManager.default.fileExists(atPath: Self.docs.appendingPathComponent(path).path), "\(path) is missing; run Scripts/make-screenshots")
            XCTAssertGreaterThanOrEqual(alt.split(separator: " ").count, 5, "\(path) is described in words: '\(alt)'")
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            XCTAssertTrue(script.contains("shot \(name) ") || script.contains("$images/\(name)\""), "Scripts/make-screenshots makes \(name)")
        }
        let pictures = try FileManager.default.contentsOfDirectory(atPath: Self.docs.appendingPathComponent("gambar").path)
        XCTAssertEqual(Set(pictures), Set(paths.map { String($0.dropFirst("gambar/".count)) }), "every picture in docs/gambar is in the guide")
    }

    /// Links to other files lead to files in docs/; links to `#part` lead to a heading.
    func testEveryLinkInsideTheGuideLeadsSomewhere() throws {
        let text = try guideText()
        let headings = text.components(separatedBy: "\n").filter { $0.hasPrefix("#") }.map { line in
            String(line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces).lowercased().unicodeScalars
                .filter { CharacterSet.alphanumerics.contains($0) || $0 == " " || $0 == "-" || $0 == "_" }
                .map { $0 == " " ? "-" : Character($0) })
        }
        let targets = TextMatches.of(#"[^!]\[[^\]]*\]\(([^)]*)\)"#, in: text, group: 1)
        XCTAssertGreaterThanOrEqual(targets.count, 14)
        for target in targets where !target.hasPrefix("http") {
            if target.hasPrefix("#") {
                XCTAssertTrue(headings.contains(String(target.dropFirst())), "no heading for \(target)")
            } else {
                XCTAssertTrue(FileManager.default.fileExists(atPath: Self.docs.appendingPathComponent(target).path), "\(target) is missing")
            }
        }
    }

    func testShellLinesAreSplitAsAShellSplitsThem() {
        XCTAssertEqual(ShellLine.words(#"zisite import 'Keputusan ZI 2025.docx' --into x   # catatan"#),
                       ["zisite", "import", "Keputusan ZI 2025.docx", "--into", "x"])
        XCTAssertEqual(ShellLine.words(#"zisite new monev --period "Triwulan I 2026" --content a\ b"#),
                       ["zisite", "new", "monev", "--period", "Triwulan I 2026", "--content", "a b"])
        XCTAssertEqual(ShellLine.words(#"zisite new 'ZI Kantor '\''Kami'"#), ["zisite", "new", "ZI Kantor 'Kami"])
        XCTAssertNil(ShellLine.words("zisite new 'ZI"))
    }
}

/// The words a POSIX shell makes of a simple command line: split at blanks,
/// with '…', "…" and \ quoting, up to a `#` that starts a word. No expansion.
enum ShellLine {
    static func words(_ line: String) -> [String]? {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped { word.append(character); escaped = false; continue }
            if let open = quote {
                if character == open { quote = nil }
                else if character == "\\" && open == "\"" { escaped = true }
                else { word.append(character) }
                continue
            }
            switch character {
            case " ", "\t":
                if inWord { words.append(word); word = ""; inWord = false }
            case "#" where !inWord:
                return words
            case "'", "\"":
                quote = character; inWord = true
            case "\\":
                escaped = true; inWord = true
            default:
                word.append(character); inWord = true
            }
        }
        guard quote == nil, !escaped else { return nil }
        if inWord { words.append(word) }
        return words
    }
}
