/// The `Content-Type` `zisite serve` gives a file of the site, by its
/// extension; text is UTF-8, as zisite writes it. Anything not listed is
/// sent as plain bytes, which a browser downloads rather than runs.
public enum MediaType {
    private static let byExtension: [String: String] = [
        "html": html,
        "css": "text/css; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "ico": "image/vnd.microsoft.icon",
        "pdf": "application/pdf",
        "json": "application/json",
        "xml": "application/xml",
        "csv": "text/csv; charset=utf-8",
        "tsv": "text/tab-separated-values; charset=utf-8",
        "txt": text,
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "doc": "application/msword",
        "xls": "application/vnd.ms-excel",
        "odt": "application/vnd.oasis.opendocument.text",
        "ods": "application/vnd.oasis.opendocument.spreadsheet",
        "zip": "application/zip",
    ]

    static let bytes = "application/octet-stream"
    static let html = "text/html; charset=utf-8"
    static let text = "text/plain; charset=utf-8"

    /// The type of the site file at `path` ("aset/gaya.css"), its extension read without regard to case.
    public static func of(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return bytes }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? bytes
    }
}
