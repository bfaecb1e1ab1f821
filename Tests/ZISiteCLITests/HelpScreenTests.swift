import ArgumentParser
import Foundation
import XCTest
@testable import ZISiteCLI
import ZISite

/// zisite's own help screens and version: Indonesian, with an example for
/// each command, and holding every option the argument parser knows.
final class HelpScreenTests: XCTestCase {
    /// Every command, as the chain of commands from `zisite` down to it.
    private static func chains(from chain: [ParsableCommand.Type] = [ZISiteCommand.self]) -> [[ParsableCommand.Type]] {
        [chain] + chain[chain.count - 1].configuration.subcommands.flatMap { chains(from: chain + [$0]) }
    }

    private static func names(_ chain: [ParsableCommand.Type]) -> [String] {
        chain.compactMap { $0.configuration.commandName }
    }

    private static let english = ["OVERVIEW", "USAGE", "OPTIONS", "SUBCOMMANDS", "ARGUMENTS", "Show help", "(default:", "information"]

    func testBareZisitePrintsTheHelpAndExitsWithZero() throws {
        let run = try ZisiteBinary.run([])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.errors, "")
        XCTAssertEqual(run.output, HelpScreen.text(for: [ZISiteCommand.self]))
        XCTAssertTrue(run.output.hasPrefix("zisite: Membuat situs statis"), run.output)
        for command in ["new", "import", "check", "build", "publish", "serve", "templates", "version"] {
            XCTAssertTrue(run.output.contains("\n  \(command) "), "the command list names \(command)")
        }
    }

    func testEveryCommandsHelpIsIndonesianWithAnExampleHoweverItIsAskedFor() throws {
        XCTAssertEqual(Self.chains().count, 18, "zisite, new, new folder, new monev, new skm|dumas|ipak|ipkp|lhkpn|gratifikasi|wbs, import, check, build, publish, serve, templates, version")
        for chain in Self.chains() {
            let words = Array(Self.names(chain).dropFirst())
            let expected = HelpScreen.text(for: chain)
            for arguments in [words + ["--help"], words + ["-h"], ["help"] + words] {
                let run = try ZisiteBinary.run(arguments)
                XCTAssertEqual(run.status, 0, "\(arguments): \(run.errors)")
                XCTAssertEqual(run.output, expected, "\(arguments)")
            }
            XCTAssertTrue(expected.hasPrefix(Self.names(chain).joined(separator: " ") + ": "), expected)
            XCTAssertTrue(expected.contains("\nCara pakai:\n  zisite"), expected)
            XCTAssertTrue(expected.contains("\nContoh:\n  zisite "), "\(words) has an example")
            for word in Self.english {
                XCTAssertFalse(expected.contains(word), "\(words) help says '\(word)':\n\(expected)")
            }
        }
        let withOption = try ZisiteBinary.run(["check", "--content", "Content", "--help"])
        XCTAssertEqual(withOption.output, HelpScreen.text(for: [ZISiteCommand.self, CheckCommand.self]))
        let folderNamed = try ZisiteBinary.run(["new", "Content-x", "--help"])
        XCTAssertEqual(folderNamed.output, HelpScreen.text(for: [ZISiteCommand.self, NewCommand.self]))
        XCTAssertFalse(FileManager.default.fileExists(atPath: ZisiteBinary.root.appendingPathComponent("Content-x").path))
    }

    /// The drift guard: each option, argument and default the argument parser
    /// knows for a command is in that command's Indonesian help.
    func testEveryOptionTheParserKnowsIsInTheIndonesianHelpWithItsDefault() throws {
        for chain in Self.chains() {
            let command = chain[chain.count - 1]
            let name = Self.names(chain).joined(separator: " ")
            let helped = try XCTUnwrap(command as? any HelpedCommand.Type, "\(name) has no Indonesian help")
            XCTAssertFalse(helped.help.examples.isEmpty, "\(name) has no example")
            let ours = HelpScreen.text(for: chain)
            let parser = ZISiteCommand.helpMessage(for: command, includeHidden: true, columns: 10_000)
            let options = Self.section("OPTIONS", of: parser)
            XCTAssertFalse(options.isEmpty, "\(name): the parser's options are found")
            for line in options {
                for flag in TextMatches.of("--[a-z][a-z-]*", in: line.components(separatedBy: "  ").first ?? line) {
                    if flag == "--help" {
                        XCTAssertTrue(ours.contains("\n  -h, --help  "), "\(name): -h, --help is explained")
                        continue
                    }
                    let entry = helped.help.options.first { $0.name == flag || $0.name.hasPrefix(flag + " ") }
                    XCTAssertNotNil(entry, "\(name): \(flag) has no Indonesian explanation")
                    if let value = TextMatches.of("\\(default: ([^)]*)\\)", in: line, group: 1).first {
                        XCTAssertTrue(entry?.explanation.contains("Bawaan: \(value).") ?? false,
                                      "\(name): \(flag) says its default \(value) in Indonesian")
                    }
                }
            }
            // A group typed with its default subcommand's arguments (zisite new FOLDER) explains those.
            let typed = command.configuration.defaultSubcommand ?? command
            let arguments = Self.section("ARGUMENTS", of: ZISiteCommand.helpMessage(for: typed, includeHidden: true, columns: 10_000))
                .filter { $0.hasPrefix("<") }
            XCTAssertEqual(helped.help.arguments.count, arguments.count, "\(name): every argument is explained")
        }
    }

    func testTheVersionNamesZisiteAndTheContentFormat() throws {
        let expected = "zisite \(ZISiteVersion.current) (format konten \(ContentFormat.version))\n"
        XCTAssertEqual(expected, "zisite 0.15.0 (format konten 1)\n")
        for arguments in [["--version"], ["version"]] {
            let run = try ZisiteBinary.run(arguments)
            XCTAssertEqual(run.status, 0, run.errors)
            XCTAssertEqual(run.output, expected)
        }
    }

    func testAnUnknownCommandIsNamedInIndonesian() throws {
        for arguments in [["bild"], ["bild", "--help"], ["help", "bild"]] {
            let run = try ZisiteBinary.run(arguments)
            XCTAssertEqual(run.status, 64, "\(arguments)")
            XCTAssertEqual(run.output, "")
            XCTAssertTrue(run.errors.hasPrefix("Perintah tidak dapat dijalankan: "), run.errors)
            XCTAssertTrue(run.errors.hasSuffix("\nLihat petunjuknya dengan: zisite --help\n"), run.errors)
        }
        XCTAssertEqual(try ZisiteBinary.run(["help", "new", "monv"]).errors,
                       "Perintah tidak dapat dijalankan: perintah 'monv' tidak dikenal; perintah yang ada: folder, monev, skm, dumas, ipak, ipkp, lhkpn, gratifikasi, wbs\n"
                       + "Lihat petunjuknya dengan: zisite new --help\n")
    }

    func testTheRequestIsReadBeforeTheParser() {
        XCTAssertEqual(CommandLineRequest.of([]), .help(["zisite"]))
        XCTAssertEqual(CommandLineRequest.of(["--version"]), .version)
        XCTAssertEqual(CommandLineRequest.of(["version"]), .run)
        XCTAssertEqual(CommandLineRequest.of(["help"]), .help(["zisite"]))
        XCTAssertEqual(CommandLineRequest.of(["new", "monev", "--period", "x", "-h"]), .help(["zisite", "new", "monev"]))
        XCTAssertEqual(CommandLineRequest.of(["import", "a.docx", "--into", "b", "--", "--help"]), .run, "after -- it is a name")
        XCTAssertEqual(CommandLineRequest.of(["check", "--content", "x"]), .run)
    }

    /// The lines of a section of the argument parser's help, each trimmed.
    private static func section(_ heading: String, of help: String) -> [String] {
        let lines = help.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: heading + ":") else { return [] }
        return lines[(start + 1)...].prefix { !$0.isEmpty }.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
