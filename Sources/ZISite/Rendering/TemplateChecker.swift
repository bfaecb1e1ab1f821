/// Checks a Mustache template against the values it is about to be rendered
/// with. Mustache renders a missing name as nothing; zisite wants an error
/// with the template's line and column instead.
///
/// The checker walks the template's tags and simulates Mustache's context
/// stack: sections over dictionaries push them, sections over lists are
/// checked once for each element, names are looked up from the top of the
/// stack down, and the rest of a dotted name must resolve inside the value
/// its first part found. A partial (`{{> nama}}`) is checked where it is
/// called, against the stack there, and its problems name its own file.
enum TemplateChecker {
    /// `partials`: the templates a `{{> name}}` may call, by name.
    static func check(template: String, file: String, context: [String: Any], partials: [String: TemplateSource]) -> [Diagnostic] {
        check(Parsed(text: template, file: file), context: context, partials: partials.mapValues { Parsed(text: $0.text, file: $0.file) })
    }

    /// The same for templates read once (`TemplateSet` keeps them so, for
    /// every page of every plan).
    static func check(_ template: Parsed, context: [String: Any], partials: [String: Parsed]) -> [Diagnostic] {
        var checker = Checker(file: template.file, partials: partials)
        checker.check(template, [.dictionary(context)])
        return checker.diagnostics.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    /// What is wrong with a template whatever its values: its tags cannot
    /// be read, or a partial it calls is missing or calls itself. Checked
    /// with no values known, every name is taken as found.
    static func problemsWithoutValues(_ template: Parsed, partials: [String: Parsed]) -> [Diagnostic] {
        var checker = Checker(file: template.file, partials: partials)
        checker.check(template, [.unknown])
        return checker.diagnostics
    }

    /// Whether every name `nodes` use is found on `stack`: a part of a
    /// template that `TemplateRenderer` did not render.
    static func findsEveryName(_ nodes: [Node], on stack: [Frame], partials: [String: Parsed]) -> Bool {
        var checker = Checker(file: "", partials: partials)
        checker.check(nodes, stack)
        return checker.diagnostics.isEmpty
    }

    /// A template's tags as a tree, or why they cannot be read.
    struct Parsed: Sendable {
        let file: String
        let nodes: Result<[Node], Problem>

        init(text: String, file: String) {
            self.file = file
            nodes = Result { () throws(Problem) -> [Node] in try tree(try tokenize(text, file: file), file: file) }
        }
    }
}

// MARK: - Tokenizer

extension TemplateChecker {
    /// One `{{...}}` tag and where its opening delimiter starts. A class:
    /// the checker passes each tag around for every page, and a reference is
    /// one count to keep, where the fields' strings were five.
    final class Tag: Sendable {
        enum Kind: Sendable {
            case variable, section, inverted, close, partial, comment, delimiters
            case block // `{{$name}}`, a block of template inheritance
            case parent // `{{<name}}`, a partial with overridden blocks
        }

        let kind: Kind
        let name: String
        let text: String // the tag as written, for messages
        let line: Int
        let column: Int
        /// The name as a lookup reads it: inside a swift-mustache transform
        /// (`{{uppercased(name)}}`), split at its dots; worked out once, when
        /// the template is read, not for every page.
        let parts: [String]

        init(kind: Kind, name: String, text: String, line: Int, column: Int) {
            (self.kind, self.name, self.text, self.line, self.column) = (kind, name, text, line, column)
            var looked = name
            if looked.hasSuffix(")"), let paren = looked.firstIndex(of: "(") {
                looked = String(looked[looked.index(after: paren)..<looked.index(before: looked.endIndex)]).trimmingWhitespace
            }
            parts = looked == "." ? ["."] : looked.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// A mistake in the template's syntax. swift-mustache's parser reports
    /// these too; the checker only needs to stop cleanly on them.
    struct Problem: Error, Sendable {
        var diagnostic: Diagnostic

        init(_ file: String, _ line: Int, _ column: Int, _ message: String) {
            diagnostic = Diagnostic(.error, SourceLocation(file: file, line: line, column: column), message)
        }
    }

    /// The template's tags in order. CRLF counts as one line break.
    static func tokenize(_ template: String, file: String) throws(Problem) -> [Tag] {
        let chars = Array(template) // "\r\n" is a single Character
        var open = Array("{{"), close = Array("}}")
        var tags: [Tag] = []
        var line = 1, column = 1, i = 0
        let kinds: [Character: Tag.Kind] = [
            "{": .variable, "&": .variable, "#": .section, "^": .inverted, "/": .close,
            ">": .partial, "!": .comment, "=": .delimiters, "$": .block, "<": .parent,
        ]

        func matches(_ delimiter: [Character], at index: Int) -> Bool {
            index + delimiter.count <= chars.count && chars[index..<index + delimiter.count].elementsEqual(delimiter)
        }
        func advance(to end: Int) {
            while i < end {
                if chars[i] == "\n" || chars[i] == "\r\n" { line += 1; column = 1 } else { column += 1 }
                i += 1
            }
        }

        while i < chars.count {
            guard matches(open, at: i) else {
                advance(to: i + 1)
                continue
            }
            let (tagLine, tagColumn) = (line, column)
            let contentStart = i + open.count
            // `{{{name}}}` ends with an extra brace.
            let end = contentStart < chars.count && chars[contentStart] == "{" ? ["}"] + close : close
            guard let contentEnd = (contentStart...chars.count).first(where: { matches(end, at: $0) }) else {
                throw Problem(file, tagLine, tagColumn, "tag '\(String(open))' tidak ditutup dengan '\(String(end))'")
            }
            var content = String(chars[contentStart..<contentEnd])
            let text = String(chars[i..<contentEnd + end.count])
            advance(to: contentEnd + end.count)

            var kind = Tag.Kind.variable
            if let sigil = content.first, let sigilKind = kinds[sigil] {
                kind = sigilKind
                content.removeFirst()
            }
            if kind == .delimiters {
                // `{{=<% %>=}}`: the new opening and closing delimiters.
                let parts = content.hasSuffix("=") ? content.dropLast().split(whereSeparator: \.isWhitespace) : []
                guard parts.count == 2 else {
                    throw Problem(file, tagLine, tagColumn, "tag pengganti pembatas '\(text)' salah; bentuknya {{=<% %>=}}")
                }
                (open, close) = (Array(parts[0]), Array(parts[1]))
            }
            let name = kind == .comment ? "" : content.trimmingWhitespace
            tags.append(Tag(kind: kind, name: name, text: text, line: tagLine, column: tagColumn))
        }
        return tags
    }
}

// MARK: - Section tree

extension TemplateChecker {
    /// A tag, or a section tag with the nodes up to its closing tag.
    enum Node: Sendable {
        case tag(Tag)
        case section(Tag, [Node])
    }

    /// Pairs each section with its closing tag; comments and delimiter
    /// changes are dropped.
    static func tree(_ tags: [Tag], file: String) throws(Problem) -> [Node] {
        var open: [(tag: Tag?, nodes: [Node])] = [(nil, [])]
        for tag in tags {
            switch tag.kind {
            case .comment, .delimiters:
                continue
            case .section, .inverted, .block, .parent:
                open.append((tag, []))
            case .close:
                guard let opener = open.last?.tag, opener.name == tag.name else {
                    let expected = open.last?.tag.map { "; yang terbuka adalah '\($0.text)'" } ?? ""
                    throw Problem(file, tag.line, tag.column, "penutup '\(tag.text)' tidak sesuai dengan pembukanya\(expected)")
                }
                let body = open.removeLast().nodes
                open[open.count - 1].nodes.append(.section(opener, body))
            case .variable, .partial:
                open[open.count - 1].nodes.append(.tag(tag))
            }
        }
        if let unclosed = open.last?.tag {
            throw Problem(file, unclosed.line, unclosed.column, "bagian '\(unclosed.text)' tidak ditutup dengan '{{/\(unclosed.name)}}'")
        }
        return open[0].nodes
    }
}

// MARK: - Checker

extension TemplateChecker {
    /// One level of the Mustache context stack. `unknown` stands for values
    /// whose shape cannot be known (the elements of an empty list, or a
    /// name already reported missing): anything may be found there.
    enum Frame {
        /// Names are looked up in a dictionary; it is cast once, when pushed.
        case dictionary([String: Any])
        /// A list's element that is not a dictionary: no name is found in it.
        case other(Any)
        case unknown

        init(_ value: Any) {
            self = if type(of: value) == [String: Any].self { .dictionary(value as! [String: Any]) }
                else if let dictionary = value as? [String: Any] { .dictionary(dictionary) } else { .other(value) }
        }
    }

    enum Lookup {
        case found(Any?) // nil: an optional without a value
        case unknown
        case missing
    }

    struct Checker {
        let file: String
        let partials: [String: Parsed]
        /// The partials being checked, outermost first: one that calls
        /// itself, directly or through others, would never finish rendering.
        let calling: [String]
        private(set) var diagnostics: [Diagnostic] = []
        private var reported: Set<Diagnostic> = []

        init(file: String, partials: [String: Parsed], calling: [String] = []) {
            self.file = file
            self.partials = partials
            self.calling = calling
        }

        /// Checks a whole template against the stack.
        mutating func check(_ template: Parsed, _ stack: [Frame]) {
            switch template.nodes {
            case .success(let nodes): check(nodes, stack)
            case .failure(let problem): diagnostics.append(problem.diagnostic)
            }
        }

        mutating func check(_ nodes: [Node], _ stack: [Frame]) {
            for node in nodes {
                switch node {
                case .tag(let tag) where tag.kind == .partial:
                    checkPartial(tag, stack)
                case .tag(let tag):
                    _ = lookup(tag, stack)
                case .section(let tag, let body):
                    switch tag.kind {
                    case .section: checkSection(tag, body, stack)
                    case .inverted:
                        _ = lookup(tag, stack)
                        check(body, stack)
                    case .parent:
                        checkPartial(tag, stack)
                        check(body, stack)
                    default:
                        check(body, stack)
                    }
                }
            }
        }

        private mutating func checkSection(_ tag: Tag, _ body: [Node], _ stack: [Frame]) {
            guard case .found(let value) = lookup(tag, stack) else {
                check(body, stack + [.unknown])
                return
            }
            if let value, type(of: value) == [[String: Any]].self {
                check(body, stack, forEach: (value as! [[String: Any]]).lazy.map { .dictionary($0) })
            } else if let dictionary = value as? [String: Any] {
                check(body, stack + [.dictionary(dictionary)])
            } else if let list = value as? [Any] {
                check(body, stack, forEach: list.lazy.map { Frame(TemplateValue.unwrapped($0) as Any) })
            } else {
                // Bool, String, number or nil: the stack stays as it is.
                check(body, stack)
            }
        }

        /// Checks a list section's body once for each element, on top of the
        /// stack (one stack for all of them, its top replaced each time).
        private mutating func check(_ body: [Node], _ stack: [Frame], forEach elements: some Collection<Frame>) {
            var stack = stack + [.unknown]
            // Never rendered, but the elements' names cannot be known either.
            if elements.isEmpty { check(body, stack) }
            for element in elements {
                stack[stack.count - 1] = element
                check(body, stack)
            }
        }

        private mutating func checkPartial(_ tag: Tag, _ stack: [Frame]) {
            guard let partial = partials[tag.name] else {
                report(tag, "templat bagian '\(tag.name)' tidak ditemukan")
                return
            }
            guard !calling.contains(tag.name) else {
                report(tag, "templat bagian '\(tag.name)' memanggil dirinya sendiri (\((calling + [tag.name]).joined(separator: " > "))), sehingga halaman tidak pernah selesai; hapus pemanggilan itu")
                return
            }
            var inner = Checker(file: partial.file, partials: partials, calling: calling + [tag.name])
            inner.check(partial, stack)
            for diagnostic in inner.diagnostics where reported.insert(diagnostic).inserted {
                diagnostics.append(diagnostic)
            }
        }

        /// Resolves the tag's name like Mustache does, reporting it when missing.
        private mutating func lookup(_ tag: Tag, _ stack: [Frame]) -> Lookup {
            let parts = tag.parts
            if parts.count == 1, parts[0] == "." {
                switch stack.last {
                case .dictionary(let top)?: return .found(top)
                case .other(let top)?: return .found(TemplateValue.unwrapped(top))
                default: return .unknown
                }
            }

            // The first part is searched from the top of the stack down.
            var current: Any?
            var found = false
            search: for frame in stack.reversed() {
                switch frame {
                case .unknown:
                    return .unknown
                case .dictionary(let dictionary):
                    if let value = dictionary[parts[0]] {
                        (current, found) = (TemplateValue.unwrapped(value), true)
                        break search
                    }
                case .other:
                    continue
                }
            }
            guard found else {
                reportMissing(tag, parts[0], candidates: visibleNames(stack))
                return .missing
            }

            // The other parts must resolve inside that value.
            var path = parts[0]
            for part in parts.dropFirst() {
                guard let value = current else { return .found(nil) }
                let dictionary = value as? [String: Any] ?? [:]
                guard let next = dictionary[part] else {
                    reportMissing(tag, path + "." + part, candidates: dictionary.keys.map { path + "." + $0 })
                    return .missing
                }
                current = TemplateValue.unwrapped(next)
                path += "." + part
            }
            return .found(current)
        }

        /// The names of every dictionary on the stack, for suggestions.
        private func visibleNames(_ stack: [Frame]) -> Set<String> {
            var names: Set<String> = []
            for case .dictionary(let dictionary) in stack { names.formUnion(dictionary.keys) }
            return names
        }

        private mutating func reportMissing(_ tag: Tag, _ name: String, candidates: some Collection<String>) {
            var message = "templat memakai '\(tag.text)' tetapi nilai '\(name)' tidak tersedia di halaman ini"
            if let suggestion = Suggestion.closest(to: name, among: candidates) {
                message += "; mungkin maksudnya '\(suggestion)'?"
            } else if !candidates.isEmpty {
                let sorted = candidates.sorted()
                message += "; nama yang tersedia: " + sorted.prefix(12).joined(separator: ", ") + (sorted.count > 12 ? ", ..." : "")
            }
            report(tag, message)
        }

        /// Records a problem once, however many list elements run into it.
        private mutating func report(_ tag: Tag, _ message: String) {
            let diagnostic = Diagnostic(.error, SourceLocation(file: file, line: tag.line, column: tag.column), message)
            if reported.insert(diagnostic).inserted {
                diagnostics.append(diagnostic)
            }
        }
    }
}

private extension StringProtocol {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
