import Foundation

/// Reads the scan of the signed decree that `keputusan.berkas` names: a PDF
/// inside the content folder. Every problem is an error at the setting's value
/// in `situs.yml`.
///
/// A PDF is known by its first bytes, `%PDF-`, as every PDF writer and
/// scanner saves it; a file that is not (a photo, a Word document, a web page
/// renamed `.pdf`) is refused. Such a file is never markup that a browser
/// would run (`ActiveEvidence`), and the site publishes it under `.pdf`.
enum DecreeScanReader {
    static let setting = "keputusan.berkas"
    /// A decree of a few pages scanned at 300 dpi is one to ten megabytes;
    /// a bound well above that keeps the whole file, read into memory, small.
    static let sizeLimit = 50 * 1024 * 1024
    static let signature = Data("%PDF-".utf8)

    static func read(_ written: String, folder: String, location: SourceLocation, diagnostics: inout DiagnosticList) -> DecreeScan? {
        let data: Data
        switch SettingFile.read(written, folder: folder, sizeLimit: sizeLimit) {
        case .success(let bytes):
            data = bytes
        case .failure(.missing):
            diagnostics.error(location, "berkas salinan keputusan '\(written)' tidak ada di folder konten; salin berkas PDF-nya ke folder konten atau perbaiki namanya di sini")
            return nil
        case .failure(.outside):
            diagnostics.error(location, "salinan keputusan '\(written)' ditolak: berkasnya harus berada di dalam folder konten (tanpa '..', bukan jalur mutlak dan bukan tautan ke luar folder); salin PDF-nya ke folder konten dan tulis namanya, misalnya 'berkas: keputusan.pdf'")
            return nil
        case .failure(.unreadable):
            diagnostics.error(location, "berkas salinan keputusan '\(written)' tidak dapat dibaca; pastikan itu berkas PDF (bukan folder) dan izin bacanya terbuka")
            return nil
        case .failure(.tooLarge(let size)):
            diagnostics.error(location, "berkas salinan keputusan '\(written)' berukuran \(IndonesianFormat.fileSize(size)), lebih dari batas \(IndonesianFormat.fileSize(sizeLimit)); pindai ulang dengan resolusi 150 sampai 300 dpi, hitam-putih atau skala abu-abu, atau perkecil PDF-nya")
            return nil
        }
        guard data.starts(with: signature) else {
            diagnostics.error(location, "berkas salinan keputusan '\(written)' bukan PDF; simpan hasil pindaian keputusan yang ditandatangani sebagai PDF (misalnya di aplikasi pemindai: Simpan Sebagai > PDF) lalu tulis nama berkas itu di sini")
            return nil
        }
        return DecreeScan(data: data)
    }
}
