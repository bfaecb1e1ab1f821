/// A plan of a collection left out of the site for its errors
/// (`--skip-failed`), with its messages as the overview lists them: each
/// file named from the collection's folder, never by where the collection
/// lies on the operator's computer.
struct FailedPlan: Sendable {
    /// Its folder's path under the collection's folder.
    var folder: String
    var diagnostics: [Diagnostic]
    /// The collection's folder, as given, for the messages' file names.
    var collection: String

    /// Its errors as the terminal prints them, the file named from the collection's folder.
    var messages: [String] {
        let prefix = collection.hasSuffix("/") ? collection : collection + "/"
        return diagnostics.filter { $0.severity == .error }.map { diagnostic in
            var shown = diagnostic
            if shown.location.file.hasPrefix(prefix) { shown.location.file = String(shown.location.file.dropFirst(prefix.count)) }
            return shown.formatted
        }
    }
}
