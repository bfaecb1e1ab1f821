import Mustache

/// A template parsed by swift-mustache, taken over into zisite's own tokens
/// so that `TemplateRenderer` can render it without the library's protocol
/// casts and name splitting at every lookup.
///
/// The tokens are read from the parsed template by reflection, so the text
/// is split into tokens, and standalone lines and partial indentation are
/// decided, by swift-mustache's own parser. Only the part of Mustache that
/// zisite's templates use is taken over: text, variables, sections,
/// inverted sections and partials. A template with anything else (a
/// transform, template inheritance, a dynamic partial, another content
/// type), or whose parsed form is not shaped as expected, is not taken
/// over, and swift-mustache renders it.
struct CompiledTemplate: Sendable {
    indirect enum Token: Sendable {
        case text(String)
        case variable(TemplateName, escaped: Bool)
        case section(TemplateName, CompiledTemplate)
        case inverted(TemplateName, CompiledTemplate)
        /// `indentation`: the white space before a partial tag that stands
        /// on a line of its own; every line the partial writes starts with it.
        case partial(String, indentation: String?)
    }

    let tokens: [Token]
    /// A section's body as `TemplateChecker` read it (`checked(by:)`), so
    /// that a body not rendered can still be checked.
    private(set) var checkerNodes: [TemplateChecker.Node]? = nil

    /// A whole template, which must start by selecting zisite's escaping
    /// (`TemplateEscaping.firstLine`); nil when it cannot be taken over.
    init?(_ template: MustacheTemplate) {
        guard let tokens = Self.tokens(of: template), case .escaping = tokens.first else { return nil }
        self.tokens = tokens.compactMap(\.token)
    }

    private init?(body: MustacheTemplate) {
        guard let tokens = Self.tokens(of: body) else { return nil }
        self.tokens = tokens.compactMap(\.token)
    }

    private init(tokens: [Token], checkerNodes: [TemplateChecker.Node]?) {
        self.tokens = tokens
        self.checkerNodes = checkerNodes
    }

    /// The template with each section's body knowing its nodes as
    /// `TemplateChecker` read them from the same text (`nodes`); nil when the
    /// two parsers did not read the same tags with the same names, in order.
    func checked(by nodes: [TemplateChecker.Node]) -> CompiledTemplate? {
        var remaining = nodes[...]
        var tokens: [Token] = []
        tokens.reserveCapacity(self.tokens.count)
        for token in self.tokens {
            if case .text = token {
                tokens.append(token)
                continue
            }
            guard let node = remaining.popFirst() else { return nil }
            switch (token, node) {
            case (.variable(let name, _), .tag(let tag)) where tag.kind == .variable && name.isRead(as: tag):
                tokens.append(token)
            case (.partial(let name, _), .tag(let tag)) where tag.kind == .partial && name == tag.name:
                tokens.append(token)
            case (.section(let name, let body), .section(let tag, let inner)) where tag.kind == .section && name.isRead(as: tag):
                guard let body = body.checked(by: inner) else { return nil }
                tokens.append(.section(name, body))
            case (.inverted(let name, let body), .section(let tag, let inner)) where tag.kind == .inverted && name.isRead(as: tag):
                guard let body = body.checked(by: inner) else { return nil }
                tokens.append(.inverted(name, body))
            default:
                return nil
            }
        }
        return remaining.isEmpty ? CompiledTemplate(tokens: tokens, checkerNodes: nodes) : nil
    }

    /// A token read from swift-mustache, or the selection of zisite's escaping.
    private enum Read {
        case token(Token)
        case escaping

        var token: Token? {
            if case .token(let token) = self { token } else { nil }
        }
    }

    private static func tokens(of template: MustacheTemplate) -> [Read]? {
        guard let tokens = Mirror(reflecting: template).descendant("tokens") as? [Any] else { return nil }
        var read: [Read] = []
        read.reserveCapacity(tokens.count)
        for token in tokens {
            guard let one = self.token(token) else { return nil }
            read.append(one)
        }
        return read
    }

    private static func token(_ token: Any) -> Read? {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let kind = mirror.children.first, let label = kind.label else { return nil }
        let fields = Mirror(reflecting: kind.value).children.map(\.value)
        switch label {
        case "text":
            return (kind.value as? String).map { .token(.text($0)) }
        case "variable", "unescapedVariable":
            guard let name = plainName(fields) else { return nil }
            return .token(.variable(name, escaped: label == "variable"))
        case "section", "invertedSection":
            guard let name = plainName(fields), fields.count == 3, let body = fields[2] as? MustacheTemplate,
                  let compiled = CompiledTemplate(body: body) else { return nil }
            return .token(label == "section" ? .section(name, compiled) : .inverted(name, compiled))
        case "partial":
            guard fields.count == 3, let name = fields[0] as? String, let indentation = fields[1] as? String?,
                  Mirror(reflecting: fields[2]).children.isEmpty // no overridden blocks
            else { return nil }
            return .token(.partial(name, indentation: indentation))
        case "contentType":
            return TemplateEscaping.isZISiteEscaping(kind.value) ? .escaping : nil
        default:
            return nil
        }
    }

    /// The name of a variable or section without transforms.
    private static func plainName(_ fields: [Any]) -> TemplateName? {
        guard fields.count >= 2, let name = fields[0] as? String, let transforms = fields[1] as? [String], transforms.isEmpty else { return nil }
        return TemplateName(name)
    }
}

/// A name in a tag, split once when the template is taken over, and looked
/// up as swift-mustache does: "." is the top of the context stack; a name
/// starting with "." is looked up in the top only; any other name's first
/// part is searched from the top of the stack down and its other parts
/// inside what it found. Empty parts ("a..b") are left out.
struct TemplateName: Sendable {
    enum Start: Sendable {
        case top, stack
    }

    let start: Start
    let parts: [String]

    init(_ name: String) {
        start = name.first == "." ? .top : .stack
        parts = name.split(separator: ".").map(String.init)
    }

    /// Whether `TemplateChecker` looks the tag's name up the same way.
    func isRead(as tag: TemplateChecker.Tag) -> Bool {
        switch start {
        case .stack: parts == tag.parts
        case .top: parts.isEmpty && tag.parts == ["."]
        }
    }
}
