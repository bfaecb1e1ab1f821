import Yams

/// `kumpulan.yml`, optional, in a collection's folder:
///
/// ```yaml
/// judul: Rencana Aksi Zona Integritas KPU se-Sulawesi Tenggara
/// pemilik: KPU Provinsi Sulawesi Tenggara
/// folder:                 # optional: which content folders, in this order
///   - provinsi-sultra
///   - kota-kendari
/// ```
enum CollectionSettingsReader {
    static let fileName = "kumpulan.yml"
    static let keys = ["judul", "pemilik", "folder"]

    struct Settings {
        var title: String?
        var owner: String?
        /// The folders listed, where they are written; nil when not listed.
        var members: [(name: String, location: SourceLocation)]?
    }

    static func read(folder root: ContentFolder, diagnostics: inout DiagnosticList) -> Settings {
        let file = ContentReader.path(root.path, fileName)
        guard root.place(of: file) != .missing, let text = root.readText(file, diagnostics: &diagnostics) else { return Settings() }
        let node: Node?
        do {
            node = try SettingsReader.compose(text)
        } catch {
            YAMLProblem.report(error, file: file, diagnostics: &diagnostics)
            return Settings()
        }
        guard let node else { return Settings() }
        func place(_ node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
        guard let mapping = node.mapping else {
            diagnostics.error(place(node), "kumpulan.yml harus berisi pasangan 'kunci: nilai' (judul, pemilik, folder)")
            return Settings()
        }
        var settings = Settings()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "judul", "pemilik":
                guard let text = value.scalar?.string.trimmingSpaces, !text.isEmpty else {
                    diagnostics.error(place(value), "'\(key)' harus berupa satu teks")
                    continue
                }
                if key == "judul" { settings.title = text } else { settings.owner = text }
            case "folder":
                guard let list = value.sequence else {
                    diagnostics.error(place(value), "'folder' harus berupa daftar folder konten, satu per baris diawali '- '")
                    continue
                }
                settings.members = list.compactMap { item in
                    guard let name = item.scalar?.string.trimmingSpaces, !name.isEmpty else {
                        diagnostics.error(place(item), "setiap isi daftar 'folder' harus berupa nama folder konten")
                        return nil
                    }
                    return (name, place(item))
                }
            default:
                let suggestion = Suggestion.closest(to: key, among: keys).map { "; mungkin maksudnya '\($0)'?" } ?? "; kunci yang dikenal: judul, pemilik, folder"
                diagnostics.warning(place(keyNode), "kunci '\(key)' tidak dikenal di kumpulan.yml\(suggestion)")
            }
        }
        return settings
    }
}
