import Foundation
import ZISite

/// Prints diagnostics to standard error, one per line, as
/// `file:line:column: error|warning: message`.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            FileHandle.standardError.write(Data((diagnostic.formatted + "\n").utf8))
        }
    }
}
