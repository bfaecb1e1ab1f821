/// The link to the signed decree's scan, with its true size, or where to ask
/// for a copy when the site has none: the values of the partial
/// `salinan-keputusan`.
enum DecreeScanLink {
    static func values(_ words: SiteWords, root: String) -> [String: Any] {
        let content = words.content
        return [
            "ada": content.decreeScan != nil,
            "alamat": root + SitePaths.decreeScan(content.settings.decree),
            "ukuran": content.decreeScan.map { IndonesianFormat.fileSize($0.data.count) } ?? "",
            "satker": words.unitName,
            "alamatPermohonan": root + SitePaths.publicInformation + "#" + InformationRequest.anchor,
        ]
    }

    /// Its row in the Daftar Informasi Publik.
    static func title(_ words: SiteWords) -> String {
        "Salinan \(words.decreeName) yang ditandatangani (hasil pindai)"
    }
}
