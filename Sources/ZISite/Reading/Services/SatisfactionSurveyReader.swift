import Foundation

/// Reads an SKM sheet (`layanan/skm-*.csv`): the period, the source and an
/// optional note, then either every respondent's answers or the survey
/// report's mean per element:
///
///     PERIODE;Semester I 2025
///     SUMBER;Tim SKM KPU Kota Kendari, kuesioner di ruang pelayanan
///     CATATAN;(optional, shown with the figures)
///
///     NO;JENIS KELAMIN;USIA;PENDIDIKAN;PEKERJAAN;U1;U2;U3;U4;U5;U6;U7;U8;U9
///     1;Perempuan;31-40;S1;Wiraswasta;4;3;3;4;4;4;3;3;3
///
/// or, for a summary, a RESPONDEN row above the header and
///
///     UNSUR;NILAI RATA-RATA
///     U1;3,52
///
/// An answer is 1-4, or empty when the respondent skipped the question.
/// Columns other than NO and U1-U9 are profile questions, counted, their
/// answers in natural order.
enum SatisfactionSurveyReader {
    static let keys = ["PERIODE", "SUMBER", "CATATAN", "RESPONDEN"]
    /// A profile question a respondent left empty.
    static let unanswered = "Tidak diisi"
    private typealias Element = SatisfactionSurvey.Element

    static func read(text: String, file: String, diagnostics: inout DiagnosticList) -> SatisfactionSurvey? {
        read(SheetTable(text: text, file: file, diagnostics: &diagnostics), file: file, diagnostics: &diagnostics)
    }

    static func read(_ table: SheetTable, file: String, diagnostics: inout DiagnosticList) -> SatisfactionSurvey? {
        let expected = "lembar SKM perlu baris judul berisi kolom U1 sampai U9 (jawaban setiap responden) atau UNSUR dan NILAI RATA-RATA (ringkasan)"
        guard let sheet = KeyedSheet(table, file: file, keys: keys, expected: expected,
                                     isHeader: { $0.contains("U1") || $0.contains("UNSUR") }, diagnostics: &diagnostics) else { return nil }
        let period = sheet.required("PERIODE", file: file, example: "Semester I 2025", &diagnostics)
        let source = sheet.required("SUMBER", file: file, example: "Tim SKM KPU Kota Kendari, kuesioner di ruang pelayanan", &diagnostics)
        let answers = sheet.columns.contains("UNSUR")
            ? summary(sheet, file: file, &diagnostics)
            : responses(sheet, file: file, &diagnostics)
        guard let period, let source, let answers else { return nil }
        return SatisfactionSurvey(period: period, source: source, note: sheet.optional("CATATAN"), file: file, respondents: answers.respondents,
                                  elements: answers.elements, profile: answers.profile)
    }

    private typealias Answers = (respondents: Int, elements: [Element: SatisfactionSurvey.ElementAnswers],
                                 profile: [SatisfactionSurvey.ProfileQuestion])

    /// Every respondent's answers, summed and counted per element.
    private static func responses(_ sheet: KeyedSheet, file: String, _ diagnostics: inout DiagnosticList) -> Answers? {
        guard let columnOf = sheet.columns(Element.allCases.map { ($0, $0.code) },
                                           need: "lembar jawaban SKM perlu kolom U1 sampai U9, satu untuk setiap unsur", file: file, &diagnostics) else {
            return nil
        }
        let elementColumns = Set(columnOf.values)
        let profileColumns = sheet.columns.indices.filter { !elementColumns.contains($0) && !["NO", ""].contains(sheet.columns[$0]) }
        var sums: [Element: (sum: Int, count: Int)] = [:]
        var profile = profileColumns.map { SatisfactionSurvey.ProfileQuestion(question: KeyedSheet.folded(sheet.header.cells[$0].text), answers: []) }
        // Where each answer (lower-cased) of each profile question was first met.
        var firstMet = profile.map { _ in [String: Int]() }
        var valid = true
        for row in sheet.rows {
            for element in Element.allCases {
                guard let index = columnOf[element], index < row.cells.count else { continue }
                let cell = row.cells[index].text
                // Nearly every answer is one digit, 1 to 4, as it is.
                if cell.utf8.count == 1, let digit = cell.utf8.first, (UInt8(ascii: "1")...UInt8(ascii: "4")).contains(digit) {
                    sums[element, default: (0, 0)].sum += Int(digit - UInt8(ascii: "0"))
                    sums[element, default: (0, 0)].count += 1
                    continue
                }
                let text = cell.trimmingSpaces
                if text.isEmpty { continue }
                guard let answer = Int(text), (1...4).contains(answer) else {
                    diagnostics.error(sheet.location(row, index),
                                      "jawaban '\(text)' untuk \(element.code) (\(element.name)) harus 1, 2, 3 atau 4, atau kosong bila tidak dijawab")
                    valid = false
                    continue
                }
                sums[element, default: (0, 0)].sum += answer
                sums[element, default: (0, 0)].count += 1
            }
            for (position, index) in profileColumns.enumerated() {
                let answer = index < row.cells.count ? KeyedSheet.folded(row.cells[index].text) : ""
                let shown = answer.isEmpty ? unanswered : answer
                let key = shown.lowercased()
                if let at = firstMet[position][key] {
                    profile[position].answers[at].count += 1
                } else {
                    firstMet[position][key] = profile[position].answers.count
                    profile[position].answers.append((shown, 1))
                }
            }
        }
        guard valid else { return nil }
        // Answers in natural order ("17-30" before "31-40"), the unanswered last.
        for position in profile.indices {
            profile[position].answers.sort { first, second in
                (first.answer == unanswered) != (second.answer == unanswered)
                    ? second.answer == unanswered
                    : first.answer.localizedStandardCompare(second.answer) == .orderedAscending
            }
        }
        if sheet.rows.isEmpty {
            diagnostics.error(sheet.location(sheet.header), "lembar SKM belum berisi jawaban; tambahkan satu baris untuk setiap responden di bawah judul kolom")
            return nil
        }
        return (sheet.rows.count, sums.mapValues { .answers(sum: $0.sum, count: $0.count) }, profile)
    }

    /// The survey report's mean per element, and its number of respondents.
    private static func summary(_ sheet: KeyedSheet, file: String, _ diagnostics: inout DiagnosticList) -> Answers? {
        guard let valueColumn = sheet.columns.firstIndex(where: { ["NILAI RATA-RATA", "NILAI", "NRR"].contains($0) }),
              let elementColumn = sheet.columns.firstIndex(of: "UNSUR") else {
            diagnostics.error(sheet.location(sheet.header),
                              "ringkasan SKM perlu kolom UNSUR dan NILAI RATA-RATA (nilai rata-rata 1-4 setiap unsur)")
            return nil
        }
        var elements: [Element: SatisfactionSurvey.ElementAnswers] = [:]
        var lines: [Element: Int] = [:]
        var valid = true
        for row in sheet.rows {
            guard elementColumn < row.cells.count else { continue }
            let nameCell = row.cells[elementColumn]
            guard let element = element(named: nameCell.text) else {
                diagnostics.error(sheet.location(row, elementColumn),
                                  "unsur '\(KeyedSheet.folded(nameCell.text))' tidak dikenal; tulis U1 sampai U9 atau nama unsurnya, misalnya Persyaratan")
                valid = false
                continue
            }
            if let earlier = lines[element] {
                diagnostics.error(sheet.location(row, elementColumn), "unsur \(element.code) sudah ada di baris \(earlier); setiap unsur cukup satu baris")
                valid = false
                continue
            }
            lines[element] = row.number
            let text = KeyedSheet.cell(row, valueColumn)?.text.trimmingSpaces ?? ""
            guard let mean = decimal(text), mean >= 1, mean <= 4 else {
                diagnostics.error(sheet.location(row, valueColumn),
                                  "nilai rata-rata '\(text)' untuk \(element.code) harus angka 1 sampai 4, misalnya 3,52")
                valid = false
                continue
            }
            elements[element] = .mean(mean)
        }
        let missing = Element.allCases.filter { lines[$0] == nil }
        if valid, !missing.isEmpty {
            diagnostics.error(sheet.location(sheet.header),
                              "unsur \(missing.map(\.code).joined(separator: ", ")) belum ada; ringkasan SKM perlu satu baris untuk setiap unsur U1 sampai U9")
            valid = false
        }
        guard let respondentsValue = sheet.values["RESPONDEN"], let respondents = Int(respondentsValue.text.replacingOccurrences(of: ".", with: "")),
              respondents > 0 else {
            diagnostics.error(sheet.values["RESPONDEN"]?.location ?? SourceLocation(file: file, line: 1),
                              "jumlah responden belum ada atau bukan angka; tambahkan baris RESPONDEN di atas judul kolom, misalnya RESPONDEN;120")
            return nil
        }
        return valid ? (respondents, elements, []) : nil
    }

    private static func element(named text: String) -> Element? {
        let name = KeyedSheet.label(text)
        return Element.allCases.first { $0.code == name || $0.name.uppercased() == name || String($0.rawValue) == name }
    }

    /// "3,52" or "3.52".
    private static func decimal(_ text: String) -> Decimal? {
        let normal = text.replacingOccurrences(of: ",", with: ".")
        guard !normal.isEmpty, normal.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), normal.filter({ $0 == "." }).count <= 1 else { return nil }
        return Decimal(string: normal)
    }
}
