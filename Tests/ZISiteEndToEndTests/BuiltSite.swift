import Foundation
import Synchronization
import XCTest
@testable import ZISite

/// The repository's folders, found from this file's path.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = root.appendingPathComponent("Content")
    static let templates = root.appendingPathComponent("Templates")
    static let fixtures = root.appendingPathComponent("Tests/ZISiteEndToEndTests/Fixtures")
}

/// The scratch folders not yet removed. XCTest keeps every test case, and
/// so the folder it holds, until the process ends, when no deinit runs:
/// what is left is removed as the test process exits.
private let leftOver = Mutex<Set<String>>([])
private let removedAtExit: Void = {
    atexit { for path in leftOver.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) } }
}()

/// A scratch folder removed when the test lets go of it or, at the latest, when the tests end.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("zisite-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        _ = removedAtExit
        leftOver.withLock { _ = $0.insert(url.path) }
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
        leftOver.withLock { _ = $0.remove(url.path) }
    }

    func path(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Copies `folder` into the scratch folder under `name`, for a test to change.
    func copy(_ folder: URL, as name: String) throws -> URL {
        let target = path(name)
        try FileManager.default.copyItem(at: folder, to: target)
        return target
    }
}

/// A site built by `Build.run` into a folder, with helpers to look at it.
struct BuiltSite {
    let result: Build.Result
    let output: URL

    /// With `templates` nil, zisite's built-in templates, as a unit without a templates folder builds.
    /// `today`: the day a collection's overview is as of; nil for the clock's.
    init(content: URL, output: URL, templates: URL? = nil, today: CalendarDate? = nil) {
        self.output = output
        result = Build.run(Build.Options(content: content.path, output: output.path, templates: templates?.path, today: today))
    }

    var errors: [Diagnostic] { result.diagnostics.filter { $0.severity == .error } }

    /// The example unit in `Content/`, built into `scratch`.
    static func example(in scratch: ScratchFolder, file: StaticString = #filePath, line: UInt = #line) -> BuiltSite {
        let site = BuiltSite(content: Repository.content, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"), file: file, line: line)
        return site
    }

    func html(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file of the site, by path relative to the output folder, with its bytes.
    func files() throws -> [String: Data] { try FolderSnapshot.take(output) }
}

enum FolderSnapshot {
    static func take(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [:] }
        for case let relative as String in walker {
            var isDirectory: ObjCBool = false
            let full = base + "/" + relative
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            if !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
        return files
    }

    /// Every file of the zip at `zip`, unzipped by Python's zipfile, by its path in the zip.
    static func unzipped(_ zip: URL) throws -> [String: Data] {
        let folder = try ScratchFolder()
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        unzip.arguments = ["python3", "-c", "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])", zip.path, folder.url.path]
        try unzip.run()
        unzip.waitUntilExit()
        XCTAssertEqual(unzip.terminationStatus, 0, "python3 could not unzip \(zip.path)")
        return try take(folder.url)
    }

    /// What `situs.zip` in the published `output` holds, having checked that it is every
    /// file of the site with its bytes and nothing else: not `unggah/`, the zip, or the marker.
    @discardableResult
    static func siteZip(in output: URL, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Data] {
        let inZip = try unzipped(output.appendingPathComponent("situs.zip"))
        let expected = try take(output).filter { !$0.key.hasPrefix("unggah/") && $0.key != "situs.zip" && $0.key != ".zisite" }
        XCTAssertEqual(inZip.keys.sorted(), expected.keys.sorted(), file: file, line: line)
        XCTAssertEqual(inZip, expected, file: file, line: line)
        return inZip
    }
}

/// The text a reader sees in HTML: tags removed, entities decoded, white
/// space folded. Cell and block boundaries become spaces; inline markup
/// (<i>, <b>, <a>, ...) does not, so words keep their letters together.
enum VisibleText {
    private static let inlineTags: Set<String> = ["a", "b", "i", "em", "strong", "span", "time", "abbr"]

    static func of(_ html: String) -> String {
        var text = ""
        var index = html.startIndex
        while index < html.endIndex {
            if html[index] == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close]
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                if !inlineTags.contains(name) { text += " " }
                index = html.index(after: close)
            } else {
                text.append(html[index])
                index = html.index(after: index)
            }
        }
        return fold(decodeEntities(text))
    }

    /// Scalar by scalar: `&quot;` followed by a combining mark is a
    /// `Character` other than `;`, which a search by `Character` would miss.
    static func decodeEntities(_ text: String) -> String {
        let entities: [(String, Unicode.Scalar)] = [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")]
        let scalars = Array(text.unicodeScalars)
        var decoded = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (entity, scalar) = entities.first(where: { scalars[index...].starts(with: $0.0.unicodeScalars) }) {
                decoded.append(scalar)
                index += entity.unicodeScalars.count
            } else {
                decoded.append(scalars[index])
                index += 1
            }
        }
        return String(decoded)
    }

    static func fold(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Attribute values of `name` (href, src, id) in an HTML page.
func attributeValues(_ name: String, in html: String) -> [String] {
    let marker = " \(name)=\""
    var values: [String] = []
    var rest = html[...]
    while let start = rest.range(of: marker) {
        let afterQuote = rest[start.upperBound...]
        guard let end = afterQuote.firstIndex(of: "\"") else { break }
        values.append(VisibleText.decodeEntities(String(afterQuote[..<end])))
        rest = afterQuote[end...]
    }
    return values
}
