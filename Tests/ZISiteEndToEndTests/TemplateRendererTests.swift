import Foundation
import Mustache
import XCTest
@testable import ZISite

/// zisite's own renderer (`TemplateRenderer`) must give the bytes
/// swift-mustache gives for the same template and values: on every page of
/// the example and of the Soppeng sample, and on thousands of templates made
/// at random from the tags, line breaks, white space and values where the
/// two could part (standalone lines, partial indentation, CRLF, optionals,
/// lists of anything, dotted names).
final class TemplateRendererTests: XCTestCase {
    // MARK: Whole sites

    func testEveryPageOfTheExampleAndTheSampleIsTheSameAsSwiftMustaches() throws {
        for folder in [Repository.content, Repository.fixtures.appendingPathComponent("soppeng")] {
            var diagnostics = DiagnosticList()
            var sources = try XCTUnwrap(Build.read(Build.Options(content: folder.path), diagnostics: &diagnostics), "\(diagnostics.items)")
            XCTAssertNotNil(sources.templates.set.renderer, "the built-in templates are all taken over")
            let fast = try XCTUnwrap(Build.files(sources, diagnostics: &diagnostics))
            sources.templates.set = TemplateSet(sources: sources.templates.folder.sources, renderer: .library, diagnostics: &diagnostics)
            XCTAssertNil(sources.templates.set.renderer)
            let library = try XCTUnwrap(Build.files(sources, diagnostics: &diagnostics))
            XCTAssertFalse(diagnostics.hasErrors, "\(diagnostics.items)")

            XCTAssertEqual(fast.map(\.path), library.map(\.path))
            let pages = zip(fast, library).filter { $0.0.path.hasSuffix(".html") }
            XCTAssertGreaterThan(pages.count, 10, folder.lastPathComponent)
            for (mine, theirs) in pages {
                XCTAssertEqual(mine.contents, theirs.contents, "\(folder.lastPathComponent)/\(mine.path)")
            }
        }
    }

    /// Every page of the example and of the sample, and the layout around
    /// each, is checked while it is rendered: the checker itself never runs.
    func testEveryPageOfTheExampleAndTheSampleIsCheckedWhileRendered() throws {
        for folder in [Repository.content, Repository.fixtures.appendingPathComponent("soppeng")] {
            var diagnostics = DiagnosticList()
            let sources = try XCTUnwrap(Build.read(Build.Options(content: folder.path), diagnostics: &diagnostics), "\(diagnostics.items)")
            let renderer = SiteRenderer(words: SiteWords(content: sources.content, evidencePaths: sources.evidence.sitePaths),
                                        templates: sources.templates.set, printed: nil)
            let pages = renderer.pages(), layout = renderer.layout
            XCTAssertGreaterThanOrEqual(pages.count, 10)
            for page in pages {
                guard let body = sources.templates.set.renderedWhileChecked(page.template, page.values) else {
                    XCTFail("\(folder.lastPathComponent)/\(page.path) was checked apart")
                    continue
                }
                XCTAssertNotNil(sources.templates.set.renderedWhileChecked("layout", layout.values(for: page, body: body)), page.path)
            }
        }
    }

    // MARK: Templates made at random

    private let values: [String: Any] = [
        "a": "A <b>&amp;\"'</b>",
        "b": 5,
        "s": "e\u{301}\n\"\u{338}",
        "n": 0,
        "x": 2.5,
        "ya": true,
        "tidak": false,
        "ada": Optional("isi") as Any,
        "kosong": String?.none as Any,
        "d": ["a": "d.a", "b": 7, "daftar": [["a": "dalam"]], "ya": false] as [String: Any],
        "daftar": [["a": "1", "b": 2], ["a": "2\n", "ya": false], ["b": "  tiga  "]] as [[String: Any]],
        "teks": ["p\n", "q"],
        "campur": ["t", 3, ["a": "z"] as [String: Any], true, String?.none as Any, [["a": "w"]] as [[String: Any]]] as [Any],
        "nol": [] as [[String: Any]],
        "angka": [1, 2],
        "kamus": ["k": "v"],
    ]

    private static let names = ["a", "b", "s", "n", "x", "ya", "tidak", "ada", "kosong", "d", "d.a", "d.b", "d.daftar", "d.ya", "daftar",
                                "teks", "campur", "nol", "angka", "kamus", "kamus.k", ".", ".a", ".b", "hilang", "d.hilang", "a.b", "a..b"]
    private static let texts = ["x", " ", "  ", "\t", "\n", "\r\n", "\r", "é", "e\u{301}", "<&>", "kata kata", "{", "}", "\u{1F600}"]

    private struct TemplateMaker {
        var generator: SeededGenerator

        mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &generator)] }

        /// A template of about `length` pieces; sections nest up to `depth`.
        mutating func template(length: Int, depth: Int, partials: [String]) -> String {
            var text = ""
            for _ in 0..<length {
                switch Int.random(in: 0..<14, using: &generator) {
                case 0...4: text += pick(TemplateRendererTests.texts)
                case 5: text += "{{\(pick(TemplateRendererTests.names))}}"
                case 6: text += "{{{\(pick(TemplateRendererTests.names))}}}"
                case 7: text += "{{& \(pick(TemplateRendererTests.names)) }}"
                case 8, 9 where depth > 0:
                    let name = pick(TemplateRendererTests.names.filter { $0 != "." && !$0.hasPrefix(".") })
                    let sigil = pick(["#", "^"])
                    let body = template(length: Int.random(in: 0...6, using: &generator), depth: depth - 1, partials: partials)
                    text += pick(["", "\n", "  ", "\n  "]) + "{{\(sigil)\(name)}}" + pick(["", "\n", "\r\n"]) + body
                        + pick(["", "\n", " \t"]) + "{{/\(name)}}" + pick(["", "\n", "\r\n"])
                case 10 where !partials.isEmpty:
                    text += pick(["", "\n", "\n  ", "\n\t ", "x "]) + "{{> \(pick(partials))}}" + pick(["", "\n", "\r\n", " y"])
                case 11:
                    text += pick(["", "\n", "  "]) + "{{! catatan }}" + pick(["", "\n"])
                default:
                    text += "\n"
                }
            }
            return text
        }
    }

    func testTemplatesMadeAtRandomRenderAsSwiftMustacheRendersThem() throws {
        var maker = TemplateMaker(generator: SeededGenerator(seed: 18))
        var compared = 0
        for round in 0..<1500 {
            let sources = [
                "t": maker.template(length: Int.random(in: 1...24, using: &maker.generator), depth: 3, partials: ["p", "q"]),
                "p": maker.template(length: Int.random(in: 0...10, using: &maker.generator), depth: 2, partials: ["q"]),
                "q": maker.template(length: Int.random(in: 0...6, using: &maker.generator), depth: 1, partials: []),
            ]
            var library = MustacheLibrary()
            var parsed: [String: MustacheTemplate] = [:]
            do {
                for (name, text) in sources {
                    parsed[name] = try MustacheTemplate(string: TemplateEscaping.parsedText(text))
                    library.register(parsed[name]!, named: name)
                }
            } catch {
                continue // a section closed on a line swift-mustache reads otherwise; both would refuse it
            }
            let renderer = try XCTUnwrap(TemplateRenderer(parsed), "round \(round): \(sources)")
            let mine = renderer.render("t", values)
            XCTAssertEqual(mine, library.render(values, withTemplate: "t"), "round \(round): \(sources)")
            if mine == nil { continue }
            compared += 1
        }
        XCTAssertGreaterThan(compared, 1000, "most templates made are valid Mustache")
    }

    /// Checking while rendering finds what the checker finds before
    /// rendering, on templates made at random with names that are missing,
    /// in sections rendered and not, lists, optionals and partials.
    func testTemplatesMadeAtRandomAreCheckedWhileRenderedAsTheCheckerChecksThem() throws {
        var maker = TemplateMaker(generator: SeededGenerator(seed: 25))
        var checkedWhileRendered = 0, refused = 0
        for round in 0..<1500 {
            let texts = [
                "t": maker.template(length: Int.random(in: 1...24, using: &maker.generator), depth: 3, partials: ["p", "q"]),
                "p": maker.template(length: Int.random(in: 0...10, using: &maker.generator), depth: 2, partials: ["q"]),
                "q": maker.template(length: Int.random(in: 0...6, using: &maker.generator), depth: 1, partials: []),
            ]
            var sources = Dictionary(uniqueKeysWithValues: TemplateSet.required.map { ($0, TemplateSource(text: "", file: "\($0).mustache")) })
            for (name, text) in texts { sources[name] = TemplateSource(text: text, file: "\(name).mustache") }
            var read = DiagnosticList()
            let set = TemplateSet(sources: sources, diagnostics: &read)
            if read.hasErrors { continue } // swift-mustache refuses the template

            let problems = TemplateChecker.check(template: texts["t"]!, file: "t.mustache", context: values, partials: sources)
            var found = DiagnosticList()
            let page = set.render("t", values, diagnostics: &found)
            XCTAssertEqual(found.items, problems, "round \(round): \(texts)")
            XCTAssertEqual(page, problems.isEmpty ? set.renderer?.render("t", values) : nil, "round \(round): \(texts)")
            if set.renderedWhileChecked("t", values) != nil {
                checkedWhileRendered += 1
                XCTAssertEqual(problems, [], "round \(round): checked while rendered, but the checker finds problems: \(texts)")
            }
            if !problems.isEmpty { refused += 1 }
        }
        XCTAssertGreaterThan(checkedWhileRendered, 100, "most templates without missing names are checked while rendered")
        XCTAssertGreaterThan(refused, 100, "many templates made use a name that is missing")
    }

    // MARK: What only swift-mustache renders

    private func templates(_ texts: [String: String]) -> TemplateSet {
        var diagnostics = DiagnosticList()
        var sources = Dictionary(uniqueKeysWithValues: TemplateSet.required.map { ($0, TemplateSource(text: "", file: "\($0).mustache")) })
        for (name, text) in texts { sources[name] = TemplateSource(text: text, file: "\(name).mustache") }
        let set = TemplateSet(sources: sources, diagnostics: &diagnostics)
        XCTAssertFalse(diagnostics.hasErrors, "\(diagnostics.items)")
        return set
    }

    func testATemplateWithATransformIsRenderedBySwiftMustache() throws {
        let set = templates(["halaman": "<p>{{uppercased(nama)}}</p>"])
        XCTAssertNil(set.renderer, "a transform is not taken over, so neither is any template")
        var diagnostics = DiagnosticList()
        XCTAssertEqual(set.render("halaman", ["nama": "kpu <x>"], diagnostics: &diagnostics), "<p>KPU &lt;X&gt;</p>")
    }

    func testTemplateInheritanceIsRenderedBySwiftMustache() throws {
        let set = templates(["halaman": "{{<dasar}}{{$isi}}Isi {{nama}}{{/isi}}{{/dasar}}", "dasar": "<main>{{$isi}}kosong{{/isi}}</main>"])
        XCTAssertNil(set.renderer)
        var diagnostics = DiagnosticList()
        XCTAssertEqual(set.render("halaman", ["nama": "X"], diagnostics: &diagnostics), "<main>Isi X</main>")
    }

    func testALambdaInTheValuesIsRenderedBySwiftMustache() throws {
        let set = templates(["halaman": "<b>{{#tebal}}{{nama}}{{/tebal}}</b> {{sapa}}"])
        XCTAssertNotNil(set.renderer)
        let values: [String: Any] = ["nama": "X", "tebal": MustacheLambda { text in "[" + text + "]" }, "sapa": MustacheLambda { "halo" }]
        XCTAssertNil(set.renderer?.render("halaman", values), "zisite's renderer hands a lambda back")
        var diagnostics = DiagnosticList()
        XCTAssertEqual(set.render("halaman", values, diagnostics: &diagnostics), "<b>[X]</b> halo")
    }
}
