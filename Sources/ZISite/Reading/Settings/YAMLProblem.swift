import Yams

/// libyaml's English description of a settings file it could not read, said
/// in Indonesian with what to change, at the line and column where libyaml
/// stopped. A problem not listed is not shown in English: the message then
/// names only the place. `situs.yml` and `kumpulan.yml` are both reported here.
enum YAMLProblem {
    /// The error for `file`, which `Yams.compose` refused with `error`.
    static func report(_ error: Error, file: String, diagnostics: inout DiagnosticList) {
        guard let error = error as? YamlError else {
            diagnostics.error(SourceLocation(file: file, line: 1), "berkas pengaturan tidak dapat dibaca sebagai YAML")
            return
        }
        if case .duplicatedKeysInMapping(let keys, let context) = error {
            let names = keys.map { "'\($0)'" }.joined(separator: ", ")
            diagnostics.error(SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                              "penulisan YAML salah: nama pengaturan \(names) ditulis dua kali di kelompok yang sama; hapus salah satunya")
            return
        }
        diagnostics.error(location(of: error, file: file),
                          "penulisan YAML salah: \(problem(of: error)); periksa titik dua, tanda petik dan indentasi di sekitar baris ini")
    }

    private static func location(of error: YamlError, file: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        default:
            return SourceLocation(file: file, line: 1)
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return indonesian(problem)
        default:
            return "isi berkas tidak dikenali"
        }
    }

    private static let known: [(english: String, indonesian: String)] = [
        ("could not find expected ':'", "titik dua (:) setelah nama pengaturan tidak ditemukan"),
        ("mapping values are not allowed", "ada titik dua (:) di dalam nilai; beri nilai itu tanda petik ganda"),
        ("tab character", "ada tab di awal baris; pakai spasi untuk indentasi"),
        ("cannot start any token", "nilai diawali karakter yang tidak boleh (misalnya @, ` atau %); beri nilai itu tanda petik ganda"),
        ("unexpected end of stream", "berkas berakhir sebelum tanda petik atau kurung ditutup"),
        ("unknown escape character", "ada garis miring terbalik (\\) di dalam tanda petik ganda; tulis \\\\ atau pakai tanda petik tunggal"),
        ("did not find expected key", "indentasi baris ini tidak sejajar dengan pengaturan lain di kelompoknya"),
        ("did not find expected ',' or ']'", "kurung siku [ tidak ditutup"),
        ("did not find expected ',' or '}'", "kurung kurawal { tidak ditutup"),
        ("block sequence entries are not allowed", "tanda '-' (daftar) tidak boleh di sini; periksa indentasinya"),
        ("did not find expected '-' indicator", "butir daftar harus diawali '-' dengan indentasi yang sama"),
        ("did not find expected node content", "nilai yang diharapkan tidak ada"),
        ("control characters are not allowed", "ada karakter kendali (bukan teks); ketik ulang baris ini"),
        ("found undefined alias", "ada tanda * yang bukan nilai; beri nilai itu tanda petik ganda"),
        ("alphabetic or numeric character", "tanda & atau * harus diikuti nama; beri nilai itu tanda petik ganda"),
        ("found unexpected ':'", "ada titik dua (:) di tempat yang tidak boleh; beri nilai itu tanda petik ganda"),
        ("comment or line break", "ada teks sesudah tanda petik penutup; pindahkan teks itu ke dalam tanda petik"),
        ("unexpected document indicator", "baris '---' atau '...' tidak boleh di tengah pengaturan; hapus baris itu"),
        ("mapping keys are not allowed", "ada tanda tanya (?) di awal nilai; beri nilai itu tanda petik ganda"),
        ("tag handle", "nilai diawali tanda seru (!); beri nilai itu tanda petik ganda"),
        ("expected '!'", "nilai diawali tanda seru (!); beri nilai itu tanda petik ganda"),
        ("UTF-8 octet", "ada karakter yang bukan teks UTF-8; ketik ulang baris ini"),
    ]

    static func indonesian(_ problem: String) -> String {
        known.first { problem.contains($0.english) }?.indonesian ?? "penulisannya tidak dapat dibaca"
    }
}
