/// Reads a perception survey sheet (`layanan/ipak-*.csv` or
/// `layanan/ipkp-*.csv`): the period, the source and an optional note, then
/// one row per question with how many respondents gave each answer:
///
///     PERIODE;Semester I 2025
///     SUMBER;Survei persepsi anti korupsi Tim ZI KPU Kota Kendari
///
///     NO;PERTANYAAN;JAWABAN 1;JAWABAN 2;JAWABAN 3;JAWABAN 4
///     1;Petugas tidak meminta imbalan di luar ketentuan;0;1;9;30
///
/// An empty count is 0.
enum PerceptionSurveyReader {
    static let answerColumns = (1...4).map { "JAWABAN \($0)" }

    private enum Column: Hashable {
        case question
        /// The count of answer 1 + `offset`.
        case answer(Int)
    }

    static func read(_ kind: PerceptionSurvey.Kind, text: String, file: String, diagnostics: inout DiagnosticList) -> PerceptionSurvey? {
        read(kind, SheetTable(text: text, file: file, diagnostics: &diagnostics), file: file, diagnostics: &diagnostics)
    }

    static func read(_ kind: PerceptionSurvey.Kind, _ table: SheetTable, file: String, diagnostics: inout DiagnosticList) -> PerceptionSurvey? {
        let expected = "lembar \(kind.abbreviation) perlu baris judul berisi kolom PERTANYAAN, " + answerColumns.joined(separator: ", ")
            + " (jumlah responden yang memberi setiap jawaban)"
        guard let sheet = KeyedSheet(table, file: file, keys: ["PERIODE", "SUMBER", "CATATAN"], expected: expected,
                                     isHeader: { $0.contains("PERTANYAAN") || $0.contains(answerColumns[0]) }, diagnostics: &diagnostics) else {
            return nil
        }
        let period = sheet.required("PERIODE", file: file, example: "Semester I 2025", &diagnostics)
        let source = sheet.required("SUMBER", file: file, example: "\(kind.name) Tim ZI KPU Kota Kendari", &diagnostics)
        var valid = true
        guard let columnOf = sheet.columns([(Column.question, "PERTANYAAN")] + answerColumns.enumerated().map { (.answer($0.offset), $0.element) },
                                           need: expected, file: file, &diagnostics) else { return nil }
        let numberColumn = sheet.columns.firstIndex(of: "NO")
        for (index, name) in sheet.columns.enumerated() where !name.isEmpty && name != "NO" && !columnOf.values.contains(index) {
            let cell = sheet.header.cells[index]
            let place = sheet.location(sheet.header, index)
            if name.hasPrefix("JAWABAN") {
                diagnostics.error(place, "kolom '\(KeyedSheet.folded(cell.text))' tidak dapat dihitung: survei persepsi memakai skala 1 sampai 4 (JAWABAN 1 sampai JAWABAN 4); ubah hasil kuesioner berskala lain ke skala itu atau hapus kolom ini")
                valid = false
            } else {
                diagnostics.warning(place, "kolom '\(KeyedSheet.folded(cell.text))' tidak dikenal dan diabaikan; lembar \(kind.abbreviation) hanya membaca kolom NO, PERTANYAAN dan JAWABAN 1 sampai JAWABAN 4")
            }
        }
        var questions: [PerceptionSurvey.Question] = []
        for row in sheet.rows {
            let text = KeyedSheet.text(row, columnOf[.question])
            guard !text.isEmpty else {
                diagnostics.error(sheet.location(row, columnOf[.question]), "PERTANYAAN kosong; tulis pertanyaan survei seperti di kuesioner")
                valid = false
                continue
            }
            if TotalRow.isTotal(text) {
                TotalRow.warn(text, at: sheet.location(row, columnOf[.question]), &diagnostics)
                continue
            }
            var counts: [Int] = []
            for answer in 0..<answerColumns.count {
                let written = KeyedSheet.text(row, columnOf[.answer(answer)])
                guard let count = KeyedSheet.count(written) else {
                    diagnostics.error(sheet.location(row, columnOf[.answer(answer)]),
                                      "\(answerColumns[answer]) '\(written)' bukan jumlah responden; tulis bilangan bulat dari 0 sampai 9.999.999, misalnya 12")
                    valid = false
                    continue
                }
                counts.append(count)
            }
            guard counts.count == answerColumns.count else { continue }
            if counts.allSatisfy({ $0 == 0 }) {
                diagnostics.warning(sheet.location(row),
                                    "pertanyaan ini belum punya jawaban, jadi tidak dihitung dalam indeks; isi jumlah responden untuk setiap jawaban 1 sampai 4")
            }
            let written = KeyedSheet.text(row, numberColumn)
            let question = PerceptionSurvey.Question(line: row.number, number: written.isEmpty ? String(questions.count + 1) : written, text: text,
                                                     counts: counts)
            // "1" and "P1" are both labelled P1 on the chart.
            if let earlier = questions.first(where: { $0.label.lowercased() == question.label.lowercased() }) {
                diagnostics.error(sheet.location(row, numberColumn),
                                  "pertanyaan nomor \(question.number) sudah ada di baris \(earlier.line); beri setiap pertanyaan nomornya sendiri")
                valid = false
                continue
            }
            questions.append(question)
        }
        if valid, questions.isEmpty {
            diagnostics.error(sheet.location(sheet.header),
                              "lembar \(kind.abbreviation) belum berisi pertanyaan; tambahkan satu baris untuk setiap pertanyaan di bawah judul kolom")
            return nil
        }
        guard let period, let source, valid else { return nil }
        return PerceptionSurvey(kind: kind, period: period, source: source, note: sheet.optional("CATATAN"), file: file, questions: questions)
    }
}
