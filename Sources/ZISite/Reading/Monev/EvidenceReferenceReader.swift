/// Reads a BUKTI cell: file paths inside `bukti/` and http(s) links,
/// separated by line breaks or semicolons.
///
/// A path is refused when it could leave the evidence folder: an absolute
/// path, a drive letter, or a `..` step.
enum EvidenceReferenceReader {
    static let folderPrefixes = ["content/bukti/", "bukti/"]

    static func read(_ cell: String, location: SourceLocation, diagnostics: inout DiagnosticList) -> [EvidenceReference] {
        var references: [EvidenceReference] = []
        for item in cell.split(whereSeparator: { $0 == "\n" || $0 == ";" }) {
            let text = item.trimmingSpaces
            guard !text.isEmpty else { continue }
            if let reference = reference(text, location: location, diagnostics: &diagnostics) {
                references.append(reference)
            }
        }
        return references
    }

    private static func reference(_ text: String, location: SourceLocation, diagnostics: inout DiagnosticList) -> EvidenceReference? {
        let lower = text.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") {
            guard SafeURL.isSafe(text), !text.contains(" ") else {
                diagnostics.error(location, "tautan bukti '\(text)' tidak sah; salin ulang alamatnya dari peramban (tanpa spasi, tanda petik, < atau >)")
                return nil
            }
            return .link(text)
        }
        if let colon = text.firstIndex(of: ":"), text[..<colon].count > 1, !text[..<colon].contains("/") {
            diagnostics.error(location, "tautan bukti '\(text)' ditolak; bukti berupa tautan harus diawali https://")
            return nil
        }
        var path = InsidePath.slashed(text)
        for prefix in folderPrefixes where path.lowercased().hasPrefix(prefix) {
            path = String(path.dropFirst(prefix.count))
        }
        guard let steps = InsidePath.steps(path) else {
            diagnostics.error(location, "jalur bukti '\(text)' ditolak: bukti harus berupa berkas di dalam folder bukti/ (tanpa '..' dan bukan jalur mutlak); tulis jalurnya dari dalam folder bukti, misalnya AREA I/SK Tim.pdf")
            return nil
        }
        return .file(steps.joined(separator: "/"))
    }
}
