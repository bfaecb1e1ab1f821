import Mustache

/// Renders `CompiledTemplate`s with the output swift-mustache gives for the
/// same template and values, byte for byte, but faster: the context stack
/// keeps each dictionary already cast, names were split when the template
/// was taken over, and the value types pages hold (`TemplateValue.isPlain`)
/// are told by their type instead of by protocol casts.
///
/// Every other value goes the way swift-mustache takes it. A value that
/// only the library itself can render (a lambda, or a template put into the
/// values) makes `render` return nil, and `TemplateSet` renders that page
/// with swift-mustache.
struct TemplateRenderer: Sendable {
    private let templates: [String: CompiledTemplate]

    /// Nil unless every template can be taken over: a partial must be
    /// rendered the same way as the template calling it.
    init?(_ library: [String: MustacheTemplate]) {
        var templates: [String: CompiledTemplate] = [:]
        for (name, template) in library {
            guard let compiled = CompiledTemplate(template) else { return nil }
            templates[name] = compiled
        }
        self.templates = templates
    }

    /// The page, or nil when the values hold what only swift-mustache renders.
    func render(_ name: String, _ values: [String: Any]) -> String? {
        guard let template = templates[name] else { return nil }
        var rendering = Rendering(templates: templates, stack: [.dictionary(values)])
        var page = ""
        page.reserveCapacity(1 << 15) // most pages are tens of kilobytes: fewer copies while growing
        do {
            try rendering.render(template, indentation: nil, into: &page)
        } catch {
            return nil
        }
        return page
    }
}

/// A value swift-mustache would hand to code of the library's user.
private struct LibraryOnly: Error {}

/// One level of the context stack.
private enum Frame {
    case dictionary([String: Any])
    case value(Any)

    init(_ value: Any) {
        self = type(of: value) == [String: Any].self ? .dictionary(value as! [String: Any]) : .value(value)
    }

    var value: Any {
        switch self {
        case .dictionary(let dictionary): dictionary
        case .value(let value): value
        }
    }
}

private struct Rendering {
    let templates: [String: CompiledTemplate]
    var stack: [Frame]

    /// swift-mustache's `MustacheTemplate.render(context:)`: inside a
    /// standalone partial, a token's output starts with the indentation when
    /// what this template wrote so far ends with a line break.
    mutating func render(_ template: CompiledTemplate, indentation: String?, into output: inout String) throws(LibraryOnly) {
        guard let indentation, !indentation.isEmpty else {
            for token in template.tokens {
                try render(token, indentation: indentation, into: &output)
            }
            return
        }
        var written = ""
        for token in template.tokens {
            var piece = ""
            try render(token, indentation: indentation, into: &piece)
            if !piece.isEmpty, written.last == "\n" {
                written += indentation
            }
            written += piece
        }
        output += written
    }

    private mutating func render(_ token: CompiledTemplate.Token, indentation: String?, into output: inout String) throws(LibraryOnly) {
        switch token {
        case .text(let text):
            output += text
        case .variable(let name, let escaped):
            guard let value = try lookup(name) else { return }
            let text = try Self.text(of: value, escaped: escaped)
            output += escaped ? HTML.escape(text) : text
        case .section(let name, let body):
            try section(try lookup(name), body, indentation: indentation, into: &output)
        case .inverted(let name, let body):
            try inverted(try lookup(name), body, indentation: indentation, into: &output)
        case .partial(let name, let indented):
            guard let partial = templates[name] else { return }
            try render(partial, indentation: indented.map { (indentation ?? "") + $0 } ?? indentation, into: &output)
        }
    }

    /// A variable's text before escaping.
    private static func text(of value: Any, escaped: Bool) throws(LibraryOnly) -> String {
        let type = type(of: value)
        if type == String.self { return value as! String }
        if type == Int.self { return String(value as! Int) }
        if type == Bool.self { return String(value as! Bool) }
        if TemplateValue.isPlain(value) { return String(describing: value) }
        // The library renders a template value with the current context.
        if escaped, value is MustacheTemplate { throw LibraryOnly() }
        if let renderable = value as? MustacheCustomRenderable { return renderable.renderText }
        if value is MustacheLambda { throw LibraryOnly() }
        return String(describing: TemplateValue.wrappedIfOptional(value))
    }

    private mutating func section(_ value: Any?, _ body: CompiledTemplate, indentation: String?, into output: inout String) throws(LibraryOnly) {
        guard let value else { return }
        if type(of: value) == [[String: Any]].self {
            for element in value as! [[String: Any]] {
                try render(body, pushing: .dictionary(element), indentation: indentation, into: &output)
            }
            return
        }
        if value is MustacheLambda { throw LibraryOnly() }
        switch value {
        case let list as any MustacheSequence:
            for element in Self.elements(list) {
                try render(body, pushing: Frame(element), indentation: indentation, into: &output)
            }
        case let bool as Bool:
            if bool { try render(body, indentation: indentation, into: &output) }
        case let null as MustacheCustomRenderable where null.isNull:
            return
        default:
            try render(body, pushing: Frame(value), indentation: indentation, into: &output)
        }
    }

    private mutating func inverted(_ value: Any?, _ body: CompiledTemplate, indentation: String?, into output: inout String) throws(LibraryOnly) {
        switch value {
        case let list as any MustacheSequence:
            if Self.elements(list).isEmpty { try render(body, pushing: .value(list), indentation: indentation, into: &output) }
        case let bool as Bool:
            if !bool { try render(body, indentation: indentation, into: &output) }
        case let null as MustacheCustomRenderable where null.isNull:
            try render(body, indentation: indentation, into: &output)
        case .some:
            return
        case .none:
            try render(body, indentation: indentation, into: &output)
        }
    }

    private mutating func render(_ body: CompiledTemplate, pushing frame: Frame, indentation: String?, into output: inout String) throws(LibraryOnly) {
        stack.append(frame)
        defer { stack.removeLast() }
        try render(body, indentation: indentation, into: &output)
    }

    private static func elements<List: MustacheSequence>(_ list: List) -> [Any] {
        list.map { $0 as Any }
    }

    // MARK: Lookup, as swift-mustache's `getChild` without transforms

    private func lookup(_ name: TemplateName) throws(LibraryOnly) -> Any? {
        var found: Any?
        switch name.start {
        case .top:
            found = try Self.descend(name.parts[...], from: stack[stack.count - 1].value)
        case .stack:
            guard let first = name.parts.first else {
                found = stack[stack.count - 1].value
                break
            }
            for frame in stack.reversed() {
                if let child = Self.child(named: first, of: frame) {
                    found = try Self.descend(name.parts.dropFirst(), from: child)
                    break
                }
            }
        }
        if let value = found, !TemplateValue.isPlain(value), let custom = value as? MustacheCustomRepresentation {
            return custom.representation
        }
        return found
    }

    private static func descend(_ parts: ArraySlice<String>, from value: Any) throws(LibraryOnly) -> Any? {
        var value = value
        for part in parts {
            if !TemplateValue.isPlain(value), value is MustacheLambda { throw LibraryOnly() }
            guard let child = child(named: part, of: Frame(value)) else { return nil }
            value = child
        }
        return value
    }

    private static func child(named name: String, of frame: Frame) -> Any? {
        switch frame {
        case .dictionary(let dictionary):
            return dictionary[name]
        case .value(let value):
            if TemplateValue.isPlain(value) { return nil }
            let object: Any? = if let custom = value as? MustacheCustomRepresentation { custom.representation } else { value }
            if let parent = object as? MustacheParent { return parent.child(named: name) }
            guard let object, let match = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return nil }
            let mirror = Mirror(reflecting: match.value)
            guard mirror.displayStyle == .optional else { return match.value }
            return mirror.children.first?.value
        }
    }
}
