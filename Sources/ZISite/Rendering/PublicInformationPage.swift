/// Daftar Informasi Publik (UU 14/2008): every document and dataset the site
/// publishes, with its category, who answers for it, its date, and each
/// file's format and size, and how to ask the PPID for more. Rendered after
/// the other files, whose sizes it shows.
struct PublicInformationPage {
    enum Category: String, CaseIterable {
        case periodic = "Berkala"
        case immediate = "Serta merta"
        case onRequest = "Setiap saat"

        var meaning: String {
            switch self {
            case .periodic: "diumumkan secara berkala, sekurang-kurangnya setiap enam bulan"
            case .immediate: "diumumkan segera karena menyangkut hajat hidup orang banyak dan ketertiban umum"
            case .onRequest: "tersedia setiap saat dan diberikan atas permohonan"
            }
        }
    }

    struct Information {
        var title: String
        var category: Category
        /// Nil for the decree's papers while its date is unknown (a draft).
        var date: CalendarDate?
        var paths: [String]
    }

    let words: SiteWords
    /// The site's open-data tables, as published (`OpenData.tables`): made
    /// once for the files, not again for this list.
    let tables: [DataTable]

    var items: [Information] {
        let content = words.content
        let published = Dictionary(tables.map { ($0.name, $0) }) { first, _ in first }
        func downloads(_ name: String) -> [String] {
            published[name].map { [$0.csvPath, $0.jsonPath] } ?? []
        }
        func downloads(_ tables: [DataTable]) -> [String] {
            tables.filter(\.isPublished).flatMap { [$0.csvPath, $0.jsonPath] }
        }
        let decree = content.settings.decree
        var items = [
            Information(title: words.decreeName, category: .periodic, date: decree.date, paths: [SitePaths.decree]),
            Information(title: "Lampiran: \(words.planName)", category: .periodic, date: decree.date,
                        paths: [SitePaths.annex] + downloads(OpenData.planName)),
            Information(title: "Jadwal pelaksanaan rencana aksi", category: .periodic, date: content.settings.dataDate, paths: [SitePaths.schedule]),
        ]
        if content.decreeScan != nil {
            items.insert(Information(title: DecreeScanLink.title(words), category: .periodic, date: decree.date,
                                     paths: [SitePaths.decreeScan(decree)]), at: 1)
        }
        for report in words.monev.reports {
            items.append(Information(title: "Monitoring dan evaluasi rencana aksi \(report.period.name)", category: .periodic,
                                     date: report.period.asOf, paths: [SitePaths.monev(report.period)] + downloads(OpenData.monevName(report))))
        }
        if !words.monev.reports.isEmpty, !words.evidencePaths.isEmpty {
            items.append(Information(title: "Bukti dukung pelaksanaan rencana aksi (\(IndonesianFormat.integer(words.evidencePaths.count)) berkas)",
                                     category: .onRequest, date: content.settings.dataDate, paths: [SitePaths.evidenceLibrary]))
        }
        items += ServicePublication.all(words).map {
            Information(title: $0.title, category: .periodic, date: content.settings.dataDate, paths: [$0.path] + downloads($0.tables))
        }
        // Every other dataset (the summaries across periods) on a row of its own.
        let listed = Set(items.flatMap(\.paths))
        for table in tables where !listed.contains(table.csvPath) {
            items.append(Information(title: table.title, category: .periodic, date: content.settings.dataDate, paths: [table.csvPath, table.jsonPath]))
        }
        items.append(Information(title: "Daftar dan uraian data terbuka situs ini (Frictionless Data Package)", category: .onRequest,
                                 date: content.settings.dataDate, paths: [OpenData.packagePath]))
        return items
    }

    /// `sizes`: the bytes of every file of the site by path; `printed`: the
    /// PDFs publish adds, each listed with its page's other files.
    func context(sizes: [String: Int], printed: PrintedDocuments? = nil) -> PageContext {
        let path = SitePaths.publicInformation
        let root = SitePaths.root(for: path)
        let settings = words.content.settings
        let officer = settings.informationOfficer ?? "PPID \(words.unitName)"
        let rows: [[String: Any]] = items.enumerated().map { number, item in
            let pdfs = item.paths.compactMap { page in printed?.pdf(of: page).flatMap { $0.size == nil ? nil : $0.path } }
            let files = (item.paths + pdfs).map { file -> String in
                let format = file.split(separator: ".").last.map { $0.uppercased() } ?? ""
                let size = sizes[file].map { ", " + IndonesianFormat.fileSize($0) } ?? ""
                return "<li><a href=\"\(root)\(HTML.escape(file))\">\(format)\(size)</a></li>"
            }
            let values: [String: Any] = [
                "nomor": IndonesianFormat.integer(number + 1),
                "judul": item.title,
                "kategori": item.category.rawValue,
                "penanggungJawab": officer,
                "berkasHtml": "<ul class=\"berkas-unduh\">" + files.joined() + "</ul>",
            ]
            return values.merging(DecreeDateValues.of(item.date)) { own, _ in own }
        }
        let ppid = settings.contacts.first { $0.kind == .ppid }
        let values: [String: Any] = [
            "akar": root,
            "satker": words.unitName,
            "informasi": rows,
            "kategori": Category.allCases.map { ["nama": $0.rawValue, "arti": $0.meaning] as [String: Any] },
            "permohonan": InformationRequest.values(words),
            // The PPID's contact as templates written before `permohonan` use it.
            "adaKontakPPID": ppid != nil,
            "kontakPPID": ppid?.text ?? "",
            "alamatKontakPPID": ppid?.url ?? "",
            "adaAlamatKontakPPID": ppid?.url != nil,
        ]
        return PageContext(path: path, template: "informasi-publik", title: "Daftar Informasi Publik", values: values)
    }
}
