import Foundation

/// What a decree's text says of itself: the issuing unit and its level,
/// number, year, subject, where and when it was set, and who signed it as
/// what. Each part it cannot find is left nil and reported, for the unit to
/// fill in `situs.yml`.
struct DecreeMetadataReader {
    let layout: DecreeLayout
    let file: String

    func read(diagnostics: inout DiagnosticList) -> SettingsDraft {
        var draft = SettingsDraft()
        let lines = layout.lines.map(DecreeLayout.plain)
        if let title = lines[layout.decree].firstIndex(where: { $0.uppercased().hasPrefix("KEPUTUSAN ") || $0.uppercased() == "KEPUTUSAN" }) {
            readTitle(lines, from: title, into: &draft)
        }
        readSigning(lines, into: &draft)
        draft.annexTitle = annexTitle(lines)
        // A plan that is only the table names its unit and year in its title line.
        if draft.unitName == nil, let unit = draft.annexTitle.flatMap(Self.unit(inTitle:)) {
            draft.unitName = unit.name
            draft.level = unit.level
        }
        draft.planYear = draft.subject.flatMap(lastYear) ?? draft.annexTitle.flatMap(lastYear) ?? draft.decreeYear ?? draft.decreeDate?.year
        draft.decreeYear = draft.decreeYear ?? draft.decreeDate?.year
        draft.dataDate = draft.decreeDate
        report(draft, diagnostics: &diagnostics)
        return draft
    }

    /// "KEPUTUSAN KOMISI PEMILIHAN UMUM / KABUPATEN SOPPENG / NOMOR 43 TAHUN
    /// 2025 / TENTANG / ... / KETUA KOMISI PEMILIHAN UMUM KABUPATEN SOPPENG,"
    private func readTitle(_ lines: [String], from start: Int, into draft: inout SettingsDraft) {
        var index = start
        var issuer: [String] = []
        while index < layout.decree.upperBound, !lines[index].uppercased().hasPrefix("NOMOR"), issuer.count < 6 {
            if !lines[index].isEmpty { issuer.append(lines[index]) }
            index += 1
        }
        let issuerText = issuer.joined(separator: " ").dropFirst("KEPUTUSAN".count).trimmingSpaces
        if let unit = Self.unit(issuerText) {
            draft.unitName = unit.name
            draft.level = unit.level
        }
        guard index < layout.decree.upperBound else { return }
        let numberLine = lines[index]
        if let match = numberLine.range(of: #"^NOMOR\s*:?\s*(.+?)\s+TAHUN\s+([0-9]{4})\s*$"#, options: [.regularExpression, .caseInsensitive]) {
            let text = String(numberLine[match])
            let parts = text.components(separatedBy: CharacterSet.whitespaces).filter { !$0.isEmpty }
            if let tahun = parts.lastIndex(where: { $0.uppercased() == "TAHUN" }) {
                draft.decreeNumber = parts[1..<tahun].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ": "))
                draft.decreeYear = Int(parts[tahun + 1])
            }
        } else {
            draft.decreeNumber = numberLine.dropFirst("NOMOR".count).trimmingCharacters(in: CharacterSet(charactersIn: ": "))
        }
        // TENTANG, then the subject up to the line that names the signing
        // office and ends with a comma ("KETUA KOMISI PEMILIHAN UMUM ...,").
        var subject: [String] = []
        var line = index + 1
        while line < layout.decree.upperBound, lines[line].isEmpty || lines[line].uppercased() == "TENTANG" { line += 1 }
        while line < layout.decree.upperBound, !lines[line].hasSuffix(","), !lines[line].lowercased().contains("menimbang") {
            if !lines[line].isEmpty { subject.append(lines[line]) }
            line += 1
        }
        if !subject.isEmpty { draft.subject = IndonesianTitleCase.apply(subject.joined(separator: " ")) }
    }

    /// "Ditetapkan di Kendari / pada tanggal 8 September 2025", then the
    /// office, "ttd." and the name; or, in a bare plan, "Kendari, 8 September
    /// 2025" after the table and the team leader's block.
    private func readSigning(_ lines: [String], into draft: inout SettingsDraft) {
        var dateLine: Int?
        if let placeLine = lines.firstIndex(where: { $0.lowercased().hasPrefix("ditetapkan di ") }) {
            draft.place = String(lines[placeLine].dropFirst("ditetapkan di ".count)).trimmingSpaces
            if let next = lines[(placeLine + 1)...].firstIndex(where: { !$0.isEmpty }), lines[next].lowercased().hasPrefix("pada tanggal ") {
                draft.decreeDate = IndonesianDateReader.read(String(lines[next].dropFirst("pada tanggal ".count)))
                dateLine = next
            }
        } else if let closing = lines[layout.closing].firstIndex(where: { Self.placeAndDate($0) != nil }),
                  let (place, date) = Self.placeAndDate(lines[closing]) {
            draft.place = place
            draft.decreeDate = date
            dateLine = closing
        }
        guard let dateLine else { return }
        var block: [String] = []
        for line in lines[(dateLine + 1)...] {
            if line.lowercased().hasPrefix("salinan sesuai") || line.uppercased().hasPrefix("LAMPIRAN") || DecreeLayout.headerColumns(line) != nil { break }
            if !line.isEmpty { block.append(line) }
        }
        let signed = block.firstIndex { ["ttd", "ttd."].contains($0.lowercased()) }
        let office = block[..<(signed ?? block.firstIndex { $0.hasSuffix(",") }.map { $0 + 1 } ?? max(block.count - 1, 0))]
        let nameIndex = signed.map { $0 + 1 } ?? office.endIndex
        if !office.isEmpty {
            draft.position = IndonesianTitleCase.apply(office.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ", ")))
        }
        if nameIndex < block.count { draft.signatory = IndonesianTitleCase.apply(block[nameIndex]) }
    }

    /// "Kendari, 8 September 2025" as place and date.
    static func placeAndDate(_ line: String) -> (String, CalendarDate)? {
        guard let comma = line.lastIndex(of: ","), comma != line.startIndex else { return nil }
        let place = line[..<comma].trimmingSpaces
        guard !place.isEmpty, place.split(separator: " ").count <= 4,
              let date = IndonesianDateReader.read(line[line.index(after: comma)...].trimmingSpaces) else { return nil }
        return (place, date)
    }

    /// "KOMISI PEMILIHAN UMUM KOTA KENDARI" as "KPU Kota Kendari", kota.
    static func unit(_ issuer: String) -> (name: String, level: WorkUnit.Level)? {
        let words = issuer.uppercased().split(separator: " ").map(String.init)
        guard words.starts(with: ["KOMISI", "PEMILIHAN", "UMUM"]) || words.first == "KPU" else { return nil }
        let rest = Array(words.drop { ["KOMISI", "PEMILIHAN", "UMUM", "KPU"].contains($0) })
        let levels: [String: WorkUnit.Level] = ["KABUPATEN": .kabupaten, "KOTA": .kota, "PROVINSI": .provinsi]
        guard let first = rest.first, let level = levels[first], rest.count >= 2 else {
            return rest.isEmpty || rest == ["REPUBLIK", "INDONESIA"] ? ("KPU RI", .pusat) : nil
        }
        return ("KPU " + IndonesianTitleCase.apply(rest.joined(separator: " ")), level)
    }

    /// The unit a plan's title names: "RENCANA AKSI ... KPU KABUPATEN
    /// KEPULAUAN CONTOH TAHUN 2025" is "KPU Kabupaten Kepulauan Contoh",
    /// kabupaten; the name runs from "KPU" or "KOMISI PEMILIHAN UMUM" up to
    /// "TAHUN", a number or the end, and must say more than "KPU".
    static func unit(inTitle title: String) -> (name: String, level: WorkUnit.Level)? {
        let words = title.uppercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard let start = words.indices.first(where: { words[$0] == "KPU" || words[$0...].starts(with: ["KOMISI", "PEMILIHAN", "UMUM"]) })
        else { return nil }
        let name = words[start...].prefix { $0 != "TAHUN" && !$0.contains(where: \.isNumber) && $0.allSatisfy { $0.isLetter || $0 == "-" } }
        // "KPU" alone in a title may be any unit's short name: only a named one counts.
        guard name.contains(where: { !["KPU", "KOMISI", "PEMILIHAN", "UMUM"].contains($0) }) else { return nil }
        return unit(name.joined(separator: " "))
    }

    /// The plan's own title: the paragraph just above the table, after the
    /// LAMPIRAN heading ("RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS ... TAHUN
    /// 2025"), when it names a plan (rencana or program).
    private func annexTitle(_ lines: [String]) -> String? {
        let above = layout.annexHeading.isEmpty ? layout.decree : layout.annexHeading
        let paragraph = lines[above].reversed().drop { $0.isEmpty }.prefix { !$0.isEmpty }.reversed()
        let text = paragraph.joined(separator: " ")
        let upper = text.uppercased()
        guard paragraph.count <= 6, !upper.hasPrefix("LAMPIRAN"), upper.contains("RENCANA") || upper.contains("PROGRAM") else { return nil }
        return IndonesianTitleCase.apply(text)
    }

    private func lastYear(_ text: String) -> Int? {
        text.split(separator: " ").reversed().lazy.compactMap { Int($0) }.first { Settings.planYears.contains($0) }
    }

    private func report(_ draft: SettingsDraft, diagnostics: inout DiagnosticList) {
        let missing: [(Any?, String)] = [
            (draft.unitName, "nama satker (satker.nama)"), (draft.level, "tingkat satker (satker.tingkat)"), (draft.decreeNumber, "nomor keputusan (keputusan.nomor)"),
            (draft.decreeYear, "tahun keputusan (keputusan.tahun)"), (draft.subject, "judul keputusan (keputusan.tentang)"),
            (draft.place, "tempat penetapan (keputusan.ditetapkan_di)"), (draft.decreeDate, "tanggal penetapan (keputusan.tanggal)"),
            (draft.signatory, "nama penandatangan (keputusan.penandatangan)"), (draft.position, "jabatan penandatangan (keputusan.jabatan)"),
        ]
        let absent = missing.filter { $0.0 == nil }.map(\.1)
        if !absent.isEmpty {
            diagnostics.warning(SourceLocation(file: file, line: 1),
                                "tidak ditemukan dalam dokumen: \(absent.joined(separator: ", ")); isi di situs.yml (tertulis \(Settings.placeholder))")
        }
    }
}
