import Foundation

/// Reads the logo the setting `logo` names: a path relative to the content folder
/// to a PNG, JPEG or SVG file inside it. Every problem is an error at the
/// setting's value in `situs.yml`.
enum LogoReader {
    static let setting = "logo"
    /// A letterhead logo is a few kilobytes; anything much larger is not read.
    static let sizeLimit = 2 * 1024 * 1024

    static func read(_ written: String, folder: String, location: SourceLocation, diagnostics: inout DiagnosticList) -> UnitLogo? {
        let data: Data
        switch SettingFile.read(written, folder: folder, sizeLimit: sizeLimit) {
        case .success(let bytes):
            data = bytes
        case .failure(.missing):
            diagnostics.error(location, "berkas logo '\(written)' tidak ada di folder konten; salin berkas logonya ke folder konten atau perbaiki namanya di sini")
            return nil
        case .failure(.outside):
            diagnostics.error(location, "logo '\(written)' ditolak: berkas logo harus berada di dalam folder konten (tanpa '..', bukan jalur mutlak dan bukan tautan ke luar folder); salin logonya ke folder konten dan tulis namanya, misalnya 'logo: logo.png'")
            return nil
        case .failure(.unreadable):
            diagnostics.error(location, "berkas logo '\(written)' tidak dapat dibaca; pastikan itu berkas gambar (bukan folder) dan izin bacanya terbuka")
            return nil
        case .failure(.tooLarge(let size)):
            diagnostics.error(location, "berkas logo '\(written)' berukuran \(IndonesianFormat.fileSize(size)), lebih dari batas \(IndonesianFormat.fileSize(sizeLimit)); perkecil gambarnya, misalnya simpan sebagai PNG selebar 600 piksel")
            return nil
        }
        guard let format = ImageFormatReader.format(of: data) else {
            diagnostics.error(location, "berkas logo '\(written)' bukan gambar PNG, JPEG atau SVG; simpan ulang logonya dalam salah satu format itu (misalnya di Paint: Simpan Sebagai > PNG)")
            return nil
        }
        if format == .svg, let refused = SafeSVG.refused(data) {
            diagnostics.error(location, "berkas logo '\(written)' memuat \(refused), yang tidak diizinkan dalam logo SVG; simpan logonya sebagai PNG, atau simpan ulang SVG-nya sebagai SVG biasa (di Inkscape: Simpan Sebagai > SVG Biasa) tanpa skrip, animasi, gambar tertanam, tautan keluar atau DOCTYPE berisi deklarasi")
            return nil
        }
        return UnitLogo(data: data, format: format)
    }
}
