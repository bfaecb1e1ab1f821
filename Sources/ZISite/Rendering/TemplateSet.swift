import Mustache

/// The unit's Mustache templates, parsed once, checked against each page's
/// values so that a misspelt name is an error with the template's file and
/// line rather than an empty spot on a page. A collection's plans share one
/// set.
struct TemplateSet: Sendable {
    /// The page kinds zisite renders, plus the shared layout.
    static let required = ["layout", "beranda", "bagian", "lampiran", "keputusan", "halaman"]

    private var library = MustacheLibrary()
    /// The same templates for zisite's faster renderer; nil when one of them
    /// uses what only swift-mustache renders.
    private(set) var renderer: TemplateRenderer?
    /// Each template's tags, read once for the checks of every page.
    private var parsed: [String: TemplateChecker.Parsed] = [:]
    /// The templates with nothing wrong whatever the values
    /// (`TemplateChecker.problemsWithoutValues`): only these are checked
    /// while rendered.
    private var sound: Set<String> = []

    /// Which renderer draws the pages: zisite's own when every template can
    /// be taken over (`TemplateRenderer`), or swift-mustache alone (tests
    /// compare the two).
    enum Renderer {
        case fastest, library
    }

    /// `sources` by template name (file name without `.mustache`).
    init(sources: [String: TemplateSource], renderer: Renderer = .fastest, diagnostics: inout DiagnosticList) {
        var templates: [String: MustacheTemplate] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                let template = try MustacheTemplate(string: TemplateEscaping.parsedText(source.text))
                library.register(template, named: name)
                templates[name] = template
                parsed[name] = TemplateChecker.Parsed(text: source.text, file: source.file)
            } catch let error as MustacheTemplate.ParserError {
                // The first line parsed is TemplateEscaping's, not the unit's.
                diagnostics.error(SourceLocation(file: source.file, line: max(error.context.lineNumber - 1, 1), column: error.context.columnNumber),
                                  "templat tidak dapat dibaca: \(Self.describe(error.error)); periksa pasangan {{#...}} dan {{/...}} di sekitar baris ini")
            } catch {
                diagnostics.error(SourceLocation(file: source.file, line: 1), "templat tidak dapat dibaca")
            }
        }
        for name in Self.required where sources[name] == nil {
            diagnostics.error(SourceLocation(file: "\(name).mustache", line: 1),
                              "templat '\(name).mustache' tidak ada di folder templat; salin dari Templates/ bawaan zisite")
        }
        sound = Set(parsed.keys.filter { TemplateChecker.problemsWithoutValues(parsed[$0]!, partials: parsed).isEmpty })
        if renderer == .fastest {
            self.renderer = TemplateRenderer(templates, checked: parsed)
        }
    }

    /// Renders `values` with the template `name`; nil (with diagnostics) when
    /// the template is missing or uses a name the values lack.
    func render(_ name: String, _ values: [String: Any], diagnostics: inout DiagnosticList) -> String? {
        guard let template = parsed[name] else { return nil }
        if let page = renderedWhileChecked(name, values) { return page }
        let problems = TemplateChecker.check(template, context: values, partials: parsed)
        guard problems.isEmpty else {
            diagnostics.append(contentsOf: problems)
            return nil
        }
        return renderer?.render(name, values) ?? library.render(values, withTemplate: name)
    }

    /// The page, when zisite's renderer could check it while rendering it
    /// (`TemplateRenderer.renderChecked`): the checker would find nothing.
    /// Nil when the checker must run before a renderer.
    func renderedWhileChecked(_ name: String, _ values: [String: Any]) -> String? {
        guard sound.contains(name) else { return nil }
        return renderer?.renderChecked(name, values, partials: parsed)
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "penutup bagian tidak sesuai dengan pembukanya"
        case MustacheTemplate.Error.unfinishedName: "nama di dalam {{ }} tidak selesai"
        case MustacheTemplate.Error.expectedSectionEnd: "bagian {{#...}} tidak ditutup"
        default: "penulisan tag salah"
        }
    }
}

/// A template's text and the file it came from.
public struct TemplateSource: Hashable, Sendable {
    public var text: String
    public var file: String

    public init(text: String, file: String) {
        self.text = text
        self.file = file
    }
}
