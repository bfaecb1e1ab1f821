/// The collection's Daftar Informasi Publik (`informasi-publik.html` at the
/// top): the collection's own pages and open data with each file's format
/// and size, and every plan's site and its own Daftar Informasi Publik,
/// where its PPID lists its documents. A file of open data is listed only
/// when the site has it.
struct CollectionInformationPage {
    let units: [UnitSummary]
    /// The files at the top of the site besides the pages, by path, with their sizes in bytes.
    let files: [String: Int]
    let today: CalendarDate

    struct Information {
        var title: String
        var category: PublicInformationPage.Category
        var paths: [String]
    }

    var items: [Information] {
        var items = [
            Information(title: "Ringkasan rencana aksi dan kemajuannya, menurut provinsi dan tingkat", category: .periodic, paths: [CollectionPaths.overview]),
            Information(title: "Rencana aksi menurut capaian", category: .periodic, paths: [CollectionPaths.byCompletion]),
        ]
        let data: [(String, PublicInformationPage.Category, [String])] = [
            ("Langkah aksi setiap satker beserta statusnya pada periode monev terakhir", .periodic,
             [CollectionPaths.steps.csv, CollectionPaths.steps.json]),
            ("Ringkasan setiap satker: langkah aksi, capaian, tanggal data", .periodic,
             [CollectionPaths.summaries.csv, CollectionPaths.summaries.json]),
            ("Daftar dan uraian data terbuka (Frictionless Data Package)", .onRequest, [CollectionPaths.dataPackage]),
            ("Umpan pembaruan (Atom)", .periodic, [CollectionPaths.feed]),
        ]
        for (title, category, paths) in data {
            let present = paths.filter { files[$0] != nil }
            if !present.isEmpty { items.append(Information(title: title, category: category, paths: present)) }
        }
        return items
    }

    func context() -> PageContext {
        let path = CollectionPaths.publicInformation
        let root = SitePaths.root(for: path)
        let rows: [[String: Any]] = items.enumerated().map { number, item in
            let links = item.paths.map { file -> String in
                let format = file.split(separator: ".").last.map { $0.uppercased() } ?? ""
                let size = files[file].map { ", " + IndonesianFormat.fileSize($0) } ?? ""
                return "<li><a href=\"\(root)\(HTML.escape(file))\">\(format)\(size)</a></li>"
            }
            return [
                "nomor": IndonesianFormat.integer(number + 1),
                "judul": item.title,
                "kategori": item.category.rawValue,
                "berkasHtml": "<ul class=\"berkas-unduh\">" + links.joined() + "</ul>",
            ]
        }
        let plans: [[String: Any]] = UnitOrder.byProvince(units).flatMap(\.units).map { unit in
            [
                "satker": unit.unit.name,
                "provinsi": unit.unit.province ?? "",
                "tahun": String(unit.planYear),
                "alamat": root + CollectionPaths.home(of: unit),
                "alamatDIP": root + CollectionPaths.publicInformation(of: unit),
            ]
        }
        let values: [String: Any] = [
            "akar": root,
            "tanggal": IndonesianFormat.date(today),
            "tanggalISO": today.iso,
            "informasi": rows,
            "rencana": plans,
            "kategori": PublicInformationPage.Category.allCases.map { ["nama": $0.rawValue, "arti": $0.meaning] as [String: Any] },
        ]
        return PageContext(path: path, template: "kumpulan-informasi-publik", title: "Daftar Informasi Publik", values: values)
    }
}
