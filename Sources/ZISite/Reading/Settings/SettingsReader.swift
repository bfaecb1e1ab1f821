import Yams

/// Reads the unit's settings file (`situs.yml`, YAML) into `Settings`,
/// reporting every missing, unknown or malformed key with its line.
public enum SettingsReader {
    /// The file's keys: a nested key is written `satker.nama`.
    static let schema: [String: SettingKind] = [
        "format": .integer,
        "satker": .mapping, "satker.nama": .text, "satker.tingkat": .choice(WorkUnit.Level.allCases.map(\.rawValue)),
        "satker.provinsi": .text,
        "tahun_rencana": .integer,
        "keputusan": .mapping, "keputusan.nomor": .text, "keputusan.tahun": .integer, "keputusan.tentang": .text,
        "keputusan.ditetapkan_di": .text, "keputusan.tanggal": .date, "keputusan.penandatangan": .text,
        "keputusan.jabatan": .text, "keputusan.judul_lampiran": .text, "keputusan.berkas": .text,
        "kontak": .mapping, "kontak.website": .text, "kontak.ppid": .text, "kontak.pengaduan": .text,
        "kontak.telepon": .text, "kontak.alamat": .text,
        "data_per": .date,
        "alamat_situs": .text,
        "rencana_aksi": .text,
        "area_perubahan": .mapping, "area_perubahan.*": .text,
        "bukti": .mapping, "bukti.batas_ukuran_mb": .integer,
        "catatan_kemajuan": .text,
        "penanggung_jawab_informasi": .text,
        "logo": .text,
    ]

    /// The kind of a key: its own entry, or its parent's `*` entry for a
    /// mapping whose keys the unit chooses (section numerals).
    static func kind(of path: String) -> SettingKind? {
        if let kind = schema[path] { return kind }
        guard let dot = path.lastIndex(of: ".") else { return nil }
        return schema[path[..<dot] + ".*"]
    }

    /// The file's YAML as nodes. zisite reads every value as the text
    /// written, so no scalar's type (a number, a yes/no, a date) is worked
    /// out: the default resolver tries seven regular expressions on each
    /// key, only to compare keys for duplicates, which was the larger part
    /// of Yams' time on a settings file. Two keys are then the same when
    /// their text is: `1` and `"1"` are refused as written twice, where
    /// libyaml's types would let both through to be refused as unknown
    /// settings. The encoding is named: Yams' default looks it up in the
    /// whole environment each time.
    static func compose(_ text: String) throws -> Node? {
        try Yams.compose(yaml: text, .basic, .default, .utf8)
    }

    enum SettingKind: Equatable {
        case text, integer, date, mapping
        case choice([String])
    }

    public static func read(text: String, file: String, diagnostics: inout DiagnosticList) -> Settings? {
        readWritten(text: text, file: file, diagnostics: &diagnostics).settings
    }

    /// The settings, and the values as written (`SettingValues.unchecked`),
    /// from one reading of the YAML: the content reader finds the plan's
    /// file and places its messages from these even when a setting is wrong.
    static func readWritten(text: String, file: String, diagnostics: inout DiagnosticList) -> (settings: Settings?, written: SettingValues) {
        var values = SettingValues(file: file)
        let node: Node
        do {
            guard let composed = try compose(text) else {
                diagnostics.error(SourceLocation(file: file, line: 1), "berkas pengaturan kosong; isi pengaturan satker, keputusan dan tanggal data (lihat contoh di panduan operator)")
                return (nil, values)
            }
            node = composed
        } catch {
            YAMLProblem.report(error, file: file, diagnostics: &diagnostics)
            return (nil, values)
        }
        values.collect(node, prefix: "", diagnostics: &diagnostics)
        return (values.settings(diagnostics: &diagnostics), values)
    }
}

/// The scalar values of a settings file by key path, checked against the schema.
struct SettingValues {
    let file: String
    var scalars: [String: (text: String, location: SourceLocation)] = [:]
    var mappingLocations: [String: SourceLocation] = [:]

    init(file: String) {
        self.file = file
    }

    /// The values as written, without checking them (the reader reports
    /// what is wrong).
    static func unchecked(_ text: String, file: String) -> SettingValues {
        var ignored = DiagnosticList()
        var values = SettingValues(file: file)
        if let node = try? SettingsReader.compose(text) { values.collect(node, prefix: "", diagnostics: &ignored) }
        return values
    }

    /// A value as written, trimmed; nil where it is empty or missing.
    func value(_ path: String) -> String? {
        var ignored = DiagnosticList()
        return raw(path, required: false, &ignored)
    }

    /// Where a key is written; the file's first line when it is not. Keys
    /// compare without case ("area_perubahan.viii").
    func location(of path: String) -> SourceLocation {
        scalars.first { $0.key.lowercased() == path.lowercased() }?.value.location ?? SourceLocation(file: file, line: 1)
    }

    mutating func collect(_ node: Node, prefix: String, diagnostics: inout DiagnosticList) {
        guard let mapping = node.mapping else {
            diagnostics.error(place(node), prefix.isEmpty
                ? "berkas pengaturan harus berisi pasangan 'kunci: nilai'"
                : "'\(prefix)' harus berisi kunci-kunci di bawahnya (menjorok ke dalam)")
            return
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let path = prefix.isEmpty ? key : "\(prefix).\(key)"
            guard let kind = SettingsReader.kind(of: path) else {
                let siblings = SettingsReader.schema.keys
                    .filter { $0.hasPrefix(prefix.isEmpty ? "" : prefix + ".") && !$0.dropFirst(prefix.isEmpty ? 0 : prefix.count + 1).contains(".") }
                    .map { String($0.dropFirst(prefix.isEmpty ? 0 : prefix.count + 1)) }
                var message = "kunci '\(path)' tidak dikenal"
                if let suggestion = Suggestion.closest(to: key, among: siblings) {
                    message += "; mungkin maksudnya '\(suggestion)'?"
                } else {
                    message += "; kunci yang dikenal di sini: \(siblings.sorted().joined(separator: ", "))"
                }
                diagnostics.warning(place(keyNode), message)
                continue
            }
            if kind == .mapping {
                mappingLocations[path] = place(keyNode)
                collect(value, prefix: path, diagnostics: &diagnostics)
            } else if let scalar = value.scalar {
                scalars[path] = (scalar.string, place(value))
            } else {
                diagnostics.error(place(value), "'\(path)' harus berupa satu nilai, bukan daftar atau kelompok")
            }
        }
    }

    private func place(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    private func missing(_ path: String, _ diagnostics: inout DiagnosticList) {
        let parent = path.split(separator: ".").dropLast().joined(separator: ".")
        let location = mappingLocations[parent] ?? SourceLocation(file: file, line: 1)
        diagnostics.error(location, "pengaturan '\(path)' belum diisi; tambahkan baris '\(path.split(separator: ".").last ?? ""): ...'")
    }

    /// The trimmed value, or nil (reported when required) where it is empty.
    private func raw(_ path: String, required: Bool, _ diagnostics: inout DiagnosticList) -> String? {
        guard let value = scalars[path], !value.text.trimmingSpaces.isEmpty else {
            if required { missing(path, &diagnostics) }
            return nil
        }
        return value.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Text may stay `Settings.placeholder` for a draft site, with a warning.
    func text(_ path: String, required: Bool = true, _ diagnostics: inout DiagnosticList) -> String? {
        let text = raw(path, required: required, &diagnostics)
        if text == Settings.placeholder {
            diagnostics.warning(scalars[path]!.location, "pengaturan '\(path)' masih \(Settings.placeholder); ganti dengan isian yang benar sebelum situs diterbitkan")
        }
        return text
    }

    /// A number or a date cannot stay a placeholder: the pages need it.
    private func filled(_ path: String, required: Bool, what: String, _ diagnostics: inout DiagnosticList) -> String? {
        guard let text = raw(path, required: required, &diagnostics) else { return nil }
        guard text != Settings.placeholder else {
            diagnostics.error(scalars[path]!.location, "pengaturan '\(path)' masih \(Settings.placeholder); isi dengan \(what)")
            return nil
        }
        return text
    }

    func integer(_ path: String, required: Bool = true, _ diagnostics: inout DiagnosticList) -> Int? {
        guard let text = filled(path, required: required, what: "angka, misalnya 2025", &diagnostics) else { return nil }
        guard let number = Int(text) else {
            diagnostics.error(scalars[path]!.location, "'\(path)' harus berupa angka bulat, bukan '\(text)'")
            return nil
        }
        return number
    }

    /// A whole number within `range` (`unit` says what it counts); one
    /// outside is an error at its line, so that no later arithmetic on it
    /// can overflow.
    func integer(_ path: String, in range: ClosedRange<Int>, unit: String = "", required: Bool = true,
                 _ diagnostics: inout DiagnosticList) -> Int? {
        guard let number = integer(path, required: required, &diagnostics) else { return nil }
        guard range.contains(number) else {
            diagnostics.error(scalars[path]!.location,
                              "'\(path)' harus antara \(range.lowerBound) dan \(range.upperBound)\(unit), bukan '\(number)'")
            return nil
        }
        return number
    }

    func date(_ path: String, _ diagnostics: inout DiagnosticList) -> CalendarDate? {
        guard let text = filled(path, required: true, what: "tanggal, misalnya 2025-09-08", &diagnostics) else { return nil }
        guard let date = IndonesianDateReader.read(text) else {
            diagnostics.error(scalars[path]!.location, "'\(path)': '\(text)' bukan tanggal yang ada; tulis seperti 2025-09-08 atau 8 September 2025")
            return nil
        }
        return date
    }

    func settings(diagnostics: inout DiagnosticList) -> Settings? {
        if let format = integer("format", required: false, &diagnostics), format != ContentFormat.version {
            diagnostics.error(scalars["format"]!.location, "format pengaturan \(format) tidak dikenal; versi zisite ini membaca format \(ContentFormat.version)")
        }
        let name = text("satker.nama", &diagnostics)
        // A level still the placeholder is a draft's unknown level.
        let levelText = text("satker.tingkat", &diagnostics)
        var level: WorkUnit.Level?
        if let levelText, levelText != Settings.placeholder {
            level = WorkUnit.Level(rawValue: levelText.lowercased())
            if level == nil {
                diagnostics.error(scalars["satker.tingkat"]!.location,
                                  "'satker.tingkat' harus salah satu dari: \(WorkUnit.Level.allCases.map(\.rawValue).joined(separator: ", ")); tertulis '\(levelText)'")
            }
        }
        let province = text("satker.provinsi", required: false, &diagnostics)
        let planYear = integer("tahun_rencana", in: Settings.planYears, &diagnostics)
        let decree = self.decree(&diagnostics)
        let contacts = ContactChannel.Kind.allCases.compactMap { contact($0, &diagnostics) }
        let dataDate = date("data_per", &diagnostics)
        var siteURL = text("alamat_situs", required: false, &diagnostics)
        if let url = siteURL, let problem = SiteAddress.problem(url) {
            diagnostics.error(scalars["alamat_situs"]!.location,
                              "'alamat_situs' bukan alamat folder situs yang sah: \(problem); tertulis '\(url)'. Contoh: https://kpu-contoh.go.id/zona-integritas/")
            siteURL = nil
        }
        let areas = self.areas(&diagnostics)
        let sizeLimit = integer("bukti.batas_ukuran_mb", in: Settings.evidenceSizeLimitsInMegabytes, unit: " (dalam megabita)",
                                required: false, &diagnostics)
        guard let name, let levelText, level != nil || levelText == Settings.placeholder, let planYear, let decree, let dataDate else { return nil }
        return Settings(unit: WorkUnit(name: name, level: level, province: province), planYear: planYear,
                        decree: decree, contacts: contacts, dataDate: dataDate, siteURL: siteURL, areas: areas,
                        evidenceSizeLimit: sizeLimit.map { $0 * 1024 * 1024 } ?? Settings.defaultEvidenceSizeLimit,
                        progressNote: text("catatan_kemajuan", required: false, &diagnostics),
                        informationOfficer: text("penanggung_jawab_informasi", required: false, &diagnostics))
    }

    /// `area_perubahan`: section numeral to area, the area written as its
    /// numeral ("V") or its name ("Penguatan Pengawasan").
    private func areas(_ diagnostics: inout DiagnosticList) -> [String: AreaOfChange] {
        var areas: [String: AreaOfChange] = [:]
        for (path, value) in scalars.sorted(by: { $0.key < $1.key }) where path.hasPrefix("area_perubahan.") {
            let section = String(path.dropFirst("area_perubahan.".count))
            guard let numeral = RomanNumeral.value(of: section) else {
                diagnostics.error(value.location, "'\(path)': '\(section)' bukan nomor bagian; tulis nomor bagian rencana aksi dengan angka Romawi (I, II, ...)")
                continue
            }
            let text = value.text.trimmingSpaces
            let area = RomanNumeral.value(of: text).flatMap(AreaOfChange.init(rawValue:))
                ?? AreaOfChange.allCases.first { $0.name.lowercased() == text.lowercased() }
            guard let area else {
                let names = AreaOfChange.allCases.map { "\($0.numeral) \($0.name)" }.joined(separator: ", ")
                diagnostics.error(value.location, "'\(path)': '\(text)' bukan area perubahan; tulis salah satu: \(names)")
                continue
            }
            areas[RomanNumeral.numeral(numeral)] = area
        }
        return areas
    }

    private func decree(_ diagnostics: inout DiagnosticList) -> Decree? {
        let number = text("keputusan.nomor", &diagnostics)
        let year = integer("keputusan.tahun", &diagnostics)
        let subject = text("keputusan.tentang", &diagnostics)
        let place = text("keputusan.ditetapkan_di", &diagnostics)
        // The decree's date may stay the placeholder in a draft; every other date is needed for arithmetic.
        let dateText = text("keputusan.tanggal", &diagnostics)
        let date = dateText.flatMap { $0 == Settings.placeholder ? nil : self.date("keputusan.tanggal", &diagnostics) }
        let signatory = text("keputusan.penandatangan", &diagnostics)
        let position = text("keputusan.jabatan", &diagnostics)
        let annexTitle = text("keputusan.judul_lampiran", required: false, &diagnostics)
        guard let number, let year, let subject, let place, let dateText, date != nil || dateText == Settings.placeholder, let signatory, let position else { return nil }
        return Decree(number: number, year: year, subject: subject, place: place, date: date, signatory: signatory, position: position,
                      annexTitle: annexTitle)
    }

    private func contact(_ kind: ContactChannel.Kind, _ diagnostics: inout DiagnosticList) -> ContactChannel? {
        let path = "kontak.\(kind.rawValue)"
        guard let text = text(path, required: false, &diagnostics) else { return nil }
        switch ContactLink.read(text) {
        case .link(let url):
            return ContactChannel(kind: kind, text: text, url: url)
        case .text:
            return ContactChannel(kind: kind, text: text, url: nil)
        case .forbidden:
            diagnostics.error(scalars[path]!.location,
                              "'\(path)': tautan '\(text)' tidak diizinkan; gunakan alamat https://, http://, mailto: atau alamat surel, tanpa spasi, tanda petik, < atau >")
            return nil
        }
    }
}
