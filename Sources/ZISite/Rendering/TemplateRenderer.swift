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
///
/// It can also check a page while rendering it (`renderChecked`), in place
/// of `TemplateChecker` before it: each name it looks up must be found
/// where the checker would find it, and each section body it does not
/// render is checked on the values there, as the checker checks it.
struct TemplateRenderer: Sendable {
    private let templates: [String: CompiledTemplate]
    /// Whether every template's sections know their checker nodes
    /// (`CompiledTemplate.checked(by:)`), as `renderChecked` needs.
    private let checks: Bool

    /// Nil unless every template can be taken over: a partial must be
    /// rendered the same way as the template calling it. `checked`: the
    /// same templates as `TemplateChecker` read them, for `renderChecked`.
    init?(_ library: [String: MustacheTemplate], checked: [String: TemplateChecker.Parsed] = [:]) {
        var templates: [String: CompiledTemplate] = [:]
        var checks = !library.isEmpty
        for (name, template) in library {
            guard var compiled = CompiledTemplate(template) else { return nil }
            if checks, case .success(let nodes)? = checked[name]?.nodes, let known = compiled.checked(by: nodes) {
                compiled = known
            } else {
                checks = false
            }
            templates[name] = compiled
        }
        self.templates = templates
        self.checks = checks
    }

    /// The page, or nil when the values hold what only swift-mustache renders.
    func render(_ name: String, _ values: [String: Any]) -> String? {
        render(name, values, checkingWith: nil)
    }

    /// The page, when rendering it found that `TemplateChecker` would find
    /// no name missing in it; nil when it cannot tell (then the checker must
    /// run), or as `render`. The templates must have passed
    /// `TemplateChecker.problemsWithoutValues`; `partials` are the
    /// checker's templates.
    func renderChecked(_ name: String, _ values: [String: Any], partials: [String: TemplateChecker.Parsed]) -> String? {
        checks ? render(name, values, checkingWith: partials) : nil
    }

    private func render(_ name: String, _ values: [String: Any], checkingWith partials: [String: TemplateChecker.Parsed]?) -> String? {
        guard let template = templates[name] else { return nil }
        var rendering = Rendering(templates: templates, checkedPartials: partials, stack: [.dictionary(values)])
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

/// Why the renderer hands a page back.
private enum Handback: Error {
    /// A value swift-mustache would hand to code of the library's user.
    case libraryOnly
    /// A name the renderer cannot tell the checker would find.
    case unchecked
}

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
    /// The checker's templates when checking while rendering; nil otherwise.
    let checkedPartials: [String: TemplateChecker.Parsed]?
    var stack: [Frame]

    /// swift-mustache's `MustacheTemplate.render(context:)`: inside a
    /// standalone partial, a token's output starts with the indentation when
    /// what this template wrote so far ends with a line break.
    mutating func render(_ template: CompiledTemplate, indentation: String?, into output: inout String) throws(Handback) {
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

    private mutating func render(_ token: CompiledTemplate.Token, indentation: String?, into output: inout String) throws(Handback) {
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
    private static func text(of value: Any, escaped: Bool) throws(Handback) -> String {
        let type = type(of: value)
        if type == String.self { return value as! String }
        if type == Int.self { return String(value as! Int) }
        if type == Bool.self { return String(value as! Bool) }
        if TemplateValue.isPlain(value) { return String(describing: value) }
        // The library renders a template value with the current context.
        if escaped, value is MustacheTemplate { throw .libraryOnly }
        if let renderable = value as? MustacheCustomRenderable { return renderable.renderText }
        if value is MustacheLambda { throw .libraryOnly }
        return String(describing: TemplateValue.wrappedIfOptional(value))
    }

    private mutating func section(_ value: Any?, _ body: CompiledTemplate, indentation: String?, into output: inout String) throws(Handback) {
        guard let value else { return try checkUnrendered(body) }
        if type(of: value) == [[String: Any]].self {
            for element in value as! [[String: Any]] {
                try render(body, pushing: .dictionary(element), indentation: indentation, into: &output)
            }
            return
        }
        if value is MustacheLambda { throw .libraryOnly }
        switch value {
        case let list as any MustacheSequence:
            // The checker goes through the elements of an array only.
            if checkedPartials != nil, !(value is [Any]) { throw .unchecked }
            for element in Self.elements(list) {
                try render(body, pushing: Frame(element), indentation: indentation, into: &output)
            }
        case let bool as Bool:
            if bool { try render(body, indentation: indentation, into: &output) } else { try checkUnrendered(body) }
        case let null as MustacheCustomRenderable where null.isNull:
            try checkUnrendered(body)
        default:
            try render(body, pushing: Frame(value), indentation: indentation, into: &output)
        }
    }

    private mutating func inverted(_ value: Any?, _ body: CompiledTemplate, indentation: String?, into output: inout String) throws(Handback) {
        switch value {
        case let list as any MustacheSequence:
            if Self.elements(list).isEmpty {
                try render(body, pushing: .value(list), indentation: indentation, into: &output)
            } else {
                try checkUnrendered(body)
            }
        case let bool as Bool:
            if !bool { try render(body, indentation: indentation, into: &output) } else { try checkUnrendered(body) }
        case let null as MustacheCustomRenderable where null.isNull:
            try render(body, indentation: indentation, into: &output)
        case .some:
            try checkUnrendered(body)
        case .none:
            try render(body, indentation: indentation, into: &output)
        }
    }

    private mutating func render(_ body: CompiledTemplate, pushing frame: Frame, indentation: String?, into output: inout String) throws(Handback) {
        stack.append(frame)
        defer { stack.removeLast() }
        try render(body, indentation: indentation, into: &output)
    }

    private static func elements<List: MustacheSequence>(_ list: List) -> [Any] {
        list.map { $0 as Any }
    }

    // MARK: Checking while rendering

    /// A section's body that is not rendered, checked as `TemplateChecker`
    /// checks it (the section's name was looked up already): on the same
    /// stack. Most such bodies hold only text and names, which are looked up
    /// as if rendered; the others go to the checker, on a stack without a
    /// frame for a text, number or yes/no (a section over one pushes none;
    /// as a list's element, no name is found in it).
    private func checkUnrendered(_ body: CompiledTemplate) throws(Handback) {
        guard let partials = checkedPartials else { return }
        guard let nodes = body.checkerNodes else { throw .unchecked }
        var namesOnly = true
        for token in body.tokens {
            switch token {
            case .text: continue
            case .variable(let name, _): _ = try lookup(name)
            case .section, .inverted, .partial: namesOnly = false
            }
            if !namesOnly { break }
        }
        if namesOnly { return }
        var frames: [TemplateChecker.Frame] = []
        frames.reserveCapacity(stack.count)
        for frame in stack {
            switch frame {
            case .dictionary(let dictionary):
                frames.append(.dictionary(dictionary))
            case .value(let value):
                let type = type(of: value)
                guard type == String.self || type == Int.self || type == Bool.self else { throw .unchecked }
            }
        }
        guard TemplateChecker.findsEveryName(nodes, on: frames, partials: partials) else { throw .unchecked }
    }

    // MARK: Lookup, as swift-mustache's `getChild` without transforms

    private func lookup(_ name: TemplateName) throws(Handback) -> Any? {
        let checking = checkedPartials != nil
        var found: Any?
        switch name.start {
        case .top:
            // `CompiledTemplate.checked(by:)` lets only "." through.
            if checking, !name.parts.isEmpty { throw .unchecked }
            found = try Self.descend(name.parts[...], from: stack[stack.count - 1].value, checking: checking)
        case .stack:
            guard let first = name.parts.first else {
                found = stack[stack.count - 1].value
                break
            }
            for frame in stack.reversed() {
                // The renderer may find a name in such a value; the checker finds none.
                if checking, case .value(let value) = frame, !TemplateValue.isPlain(value) { throw .unchecked }
                if let child = Self.child(named: first, of: frame) {
                    found = try Self.descend(name.parts.dropFirst(), from: child, checking: checking)
                    break
                }
            }
            if checking, found == nil { throw .unchecked }
        }
        if let value = found, !TemplateValue.isPlain(value), let custom = value as? MustacheCustomRepresentation {
            return custom.representation
        }
        return found
    }

    /// `checking`: each part must be found in a dictionary, as the checker
    /// looks for it.
    private static func descend(_ parts: ArraySlice<String>, from value: Any, checking: Bool) throws(Handback) -> Any? {
        var value = value
        for part in parts {
            if checking, type(of: value) != [String: Any].self { throw .unchecked }
            if !TemplateValue.isPlain(value), value is MustacheLambda { throw .libraryOnly }
            guard let child = child(named: part, of: Frame(value)) else {
                if checking { throw .unchecked }
                return nil
            }
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
