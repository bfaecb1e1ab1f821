/// A place in a content or template file, 1-based.
public struct SourceLocation: Hashable, Sendable, Comparable, Codable {
    public var file: String
    public var line: Int
    public var column: Int
    /// A sheet's row and column as a spreadsheet shows them ("baris 11,
    /// kolom STATUS (F)"), for a place in a monev or service sheet; `line`
    /// and `column` alone mean nothing to someone who opened it in Excel.
    public var cell: String?

    public init(file: String, line: Int, column: Int = 1, cell: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.cell = cell
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column, a.cell ?? "") < (b.file, b.line, b.column, b.cell ?? "")
    }
}

/// A problem found in the content, told to the user in Bahasa Indonesia.
///
/// Reading never throws for bad content: it returns diagnostics, and the
/// build decides from their severity whether the site may be published. A
/// note (*catatan*) is advice, never a problem: it fails nothing.
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `file:line:column: error|warning|note: message`, the form editors and
    /// CI understand; in a sheet, the message opens with its row and column as
    /// a spreadsheet shows them: `…: error: baris 11, kolom STATUS (F): …`.
    public var formatted: String {
        "\(location.file):\(location.line):\(location.column): \(severity.rawValue): \(location.cell.map { $0 + ": " } ?? "")\(message)"
    }
}

/// Diagnostics collected by one part of the pipeline.
public struct DiagnosticList: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    public mutating func error(_ location: SourceLocation, _ message: String) {
        items.append(Diagnostic(.error, location, message))
    }

    public mutating func warning(_ location: SourceLocation, _ message: String) {
        items.append(Diagnostic(.warning, location, message))
    }

    public mutating func note(_ location: SourceLocation, _ message: String) {
        items.append(Diagnostic(.note, location, message))
    }

    public mutating func append(contentsOf other: DiagnosticList) {
        items.append(contentsOf: other.items)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        items.append(contentsOf: other)
    }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
    public var errorCount: Int { items.count { $0.severity == .error } }
    public var warningCount: Int { items.count { $0.severity == .warning } }
}
