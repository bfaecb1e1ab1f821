/// Reads the plan table as it comes out of the decree (tab-separated text
/// pasted from the document, or CSV from a spreadsheet) into a `Plan`.
///
/// The table is read row by row, as a person reads it: a section row opens a
/// section, a filled NO opens a component, a filled INDIKATOR opens an
/// indicator, and every row with a LANGKAH AKSI is one action step. Repeated
/// headers, column-number rows and blank rows from page breaks are skipped.
/// Nothing is dropped: where the table is ambiguous the text is kept and a
/// warning names the line.
public enum PlanTableReader {
    /// `planYear` is nil when the settings could not be read; the build stops on
    /// that error, and the table is still read to report its own problems.
    public static func read(text: String, file: String, planYear: Int?, diagnostics: inout DiagnosticList) -> Plan {
        let separator = DelimitedTextReader.detectSeparator(Substring(text))
        let rows = DelimitedTextReader.read(text, separator: separator, file: file, diagnostics: &diagnostics)
        var builder = PlanBuilder(file: file, planYear: planYear)
        builder.read(rows, diagnostics: &diagnostics)
        return builder.finish(diagnostics: &diagnostics)
    }
}

/// The state of reading one plan table, top to bottom.
struct PlanBuilder {
    let file: String
    let planYear: Int?
    var header: PlanHeader?
    var sections: [Section] = []
    /// A numeral on a row of its own, waiting for its title on the next row.
    var pendingNumeral: (numeral: String, line: Int)?
    var subheading: RichText?
    /// Each TARGET WAKTU and TARGET CAPAIAN text read so far: a plan writes
    /// the same few again and again, and reading one is a pure function of it.
    private var targetTimes: [String: TargetTime] = [:]
    private var targetQuantities: [String: TargetQuantity] = [:]

    init(file: String, planYear: Int?) {
        self.file = file
        self.planYear = planYear
    }

    mutating func read(_ rows: [DelimitedRow], diagnostics: inout DiagnosticList) {
        var planRows: [PlanRow] = []
        for row in rows where !row.isBlank {
            let cells = row.cells.map { RichTextReader.read($0.text) }
            guard let header else {
                self.header = PlanHeader.read(cells, row: row, file: file, diagnostics: &diagnostics)
                if self.header == nil {
                    diagnostics.error(location(row.line),
                                      "baris pertama tabel harus baris judul kolom (NO, KOMPONEN, INDIKATOR, LANGKAH AKSI, BUKTI FISIK, TARGET WAKTU, TARGET CAPAIAN); salin tabel mulai dari baris judulnya")
                    return
                }
                continue
            }
            if header.isRepeated(in: cells) || PlanHeader.isColumnNumbers(cells) { continue }
            planRows.append(planRow(row, cells: cells, header: header, diagnostics: &diagnostics))
        }
        if header == nil {
            diagnostics.error(location(1), "tabel rencana aksi kosong; tempel tabel dari lampiran keputusan, mulai dari baris judul kolom")
        }
        for (index, row) in planRows.enumerated() {
            read(row, next: planRows[(index + 1)...], diagnostics: &diagnostics)
        }
        openUntitledPendingSection(diagnostics: &diagnostics)
    }

    private func planRow(_ row: DelimitedRow, cells: [RichText], header: PlanHeader, diagnostics: inout DiagnosticList) -> PlanRow {
        var byColumn: [PlanColumn: RichText] = [:]
        var locations: [PlanColumn: SourceLocation] = [:]
        for (index, cell) in cells.enumerated() {
            let source = row.cells[index]
            let place = SourceLocation(file: file, line: source.line, column: source.column)
            guard index < header.positions.count, let column = header.positions[index] else {
                if !cell.isEmpty {
                    diagnostics.error(place, "sel ini berada di luar kolom tabel (baris judul hanya punya \(header.positions.count) kolom); pindahkan teksnya ke kolom yang benar")
                }
                continue
            }
            byColumn[column] = cell
            locations[column] = place
        }
        return PlanRow(line: row.line, cells: byColumn, locations: locations)
    }

    func location(_ line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    // MARK: - Rows

    private mutating func read(_ row: PlanRow, next: ArraySlice<PlanRow>, diagnostics: inout DiagnosticList) {
        let number = row[.number], component = row[.component], action = row[.action]
        let details: [PlanColumn] = [.indicator, .evidence, .targetTime, .targetQuantity]
        let hasDetails = details.contains { !row[$0].isEmpty }

        if action.isEmpty && !hasDetails {
            readHeadingRow(row, number: number, component: component, diagnostics: &diagnostics)
        } else if action.isEmpty {
            if !number.isEmpty {
                diagnostics.error(row.location(.action) ?? location(row.line),
                                  "LANGKAH AKSI kosong pada komponen nomor \(number.plain); isi langkah aksinya")
                readStep(row, diagnostics: &diagnostics, next: next)
            } else {
                joinSplitCells(row, diagnostics: &diagnostics)
            }
        } else {
            readStep(row, diagnostics: &diagnostics, next: next)
        }
    }

    /// A row with no step: a section numeral, a section title, or the rest of
    /// a component cell split across a page break.
    private mutating func readHeadingRow(_ row: PlanRow, number: RichText, component: RichText, diagnostics: inout DiagnosticList) {
        if !number.isEmpty {
            let numeral = LeadingNumeral(number.plain)
            if let numeral, numeral.rest.isEmpty, component.isEmpty {
                openUntitledPendingSection(diagnostics: &diagnostics)
                pendingNumeral = (numeral.numeral, row.line)
                return
            }
            if let numeral, numeral.rest.isEmpty {
                openSection(numeral: numeral.numeral, title: component, line: row.line)
                return
            }
            if !component.isEmpty {
                diagnostics.error(row.location(.number) ?? location(row.line),
                                  "baris ini berisi NO '\(number.plain)' dan KOMPONEN tanpa LANGKAH AKSI; isi langkah aksinya atau gabungkan dengan baris lain")
                readStep(row, diagnostics: &diagnostics, next: [])
                return
            }
            if number.plain.allSatisfy({ $0.isNumber || $0 == "." || $0 == ")" }) {
                diagnostics.error(row.location(.number) ?? location(row.line),
                                  "baris ini hanya berisi NO '\(number.plain)'; isi KOMPONEN dan LANGKAH AKSI-nya atau hapus baris ini")
                return
            }
            readTitleRow(number, row: row, diagnostics: &diagnostics)
            return
        }
        if let numeral = LeadingNumeral(component.plain), !numeral.rest.isEmpty, LeadingNumeral.isUpperCase(numeral.numeral) {
            readTitleRow(component, row: row, diagnostics: &diagnostics)
            return
        }
        if !sections.isEmpty, lastActionLine != nil {
            appendToLastComponentTitle(component, row: row, diagnostics: &diagnostics)
        } else {
            readTitleRow(component, row: row, diagnostics: &diagnostics)
        }
    }

    /// A title cell: a section title (with its numeral in front, on the row
    /// before, or none), or a heading without numeral inside a numbered section.
    private mutating func readTitleRow(_ text: RichText, row: PlanRow, diagnostics: inout DiagnosticList) {
        if let pending = pendingNumeral {
            pendingNumeral = nil
            openSection(numeral: pending.numeral, title: text, line: pending.line)
            return
        }
        if let numeral = LeadingNumeral(text.plain), !numeral.rest.isEmpty {
            openSection(numeral: numeral.numeral, title: text.droppingPrefix(text.plain.count - numeral.rest.count), line: row.line)
            return
        }
        if let current = sections.last, current.numeralWritten {
            subheading = text
            return
        }
        openSection(numeral: nil, title: text, line: row.line)
    }

    /// A row holding only the rest of cells split across a page break.
    private mutating func joinSplitCells(_ row: PlanRow, diagnostics: inout DiagnosticList) {
        guard let previousLine = lastActionLine else {
            diagnostics.error(location(row.line), "baris ini tidak memiliki LANGKAH AKSI dan tidak ada langkah sebelumnya untuk disambung; isi LANGKAH AKSI-nya")
            return
        }
        let year = yearOfUndatedMonths
        modifyLastAction { component, indicator, action in
            if !row[.component].isEmpty { component.title = (component.title ?? .empty).appending(row[.component]) }
            if !row[.indicator].isEmpty { indicator.text = (indicator.text ?? .empty).appending(row[.indicator]) }
            action.evidence = action.evidence.appending(row[.evidence])
            if !row[.targetTime].isEmpty {
                action.targetTime = TargetTimeReader.read(action.targetTime.text.appendingWord(row[.targetTime].plain), planYear: year)
            }
            if !row[.targetQuantity].isEmpty {
                action.targetQuantity = TargetQuantityReader.read(action.targetQuantity.text.appendingWord(row[.targetQuantity].plain))
            }
        }
        diagnostics.warning(location(row.line),
                            "baris ini hanya berisi sisa sel yang terpotong pindah halaman; teksnya disambung ke baris \(previousLine). Periksa hasilnya di halaman Lampiran")
    }

    private mutating func appendToLastComponentTitle(_ text: RichText, row: PlanRow, diagnostics: inout DiagnosticList) {
        let previousLine = lastActionLine ?? row.line
        modifyLastAction { component, _, _ in
            component.title = (component.title ?? .empty).appending(text)
        }
        diagnostics.warning(row.location(.component) ?? location(row.line),
                            "baris ini hanya berisi teks KOMPONEN; dianggap sisa sel yang terpotong pindah halaman dan disambung ke komponen di baris \(previousLine). Jika ini judul bagian, tulis di kolom NO")
    }

    // MARK: - Steps

    private mutating func readStep(_ row: PlanRow, diagnostics: inout DiagnosticList, next: ArraySlice<PlanRow>) {
        let number = row[.number], componentText = row[.component]
        var opensSection: (numeral: String, title: RichText)?
        if let numeral = LeadingNumeral(number.plain), numeral.rest.isEmpty, LeadingNumeral.isUpperCase(number.plain) {
            opensSection = (numeral.numeral, componentText)
        } else if number.isEmpty, let numeral = LeadingNumeral(componentText.plain), !numeral.rest.isEmpty,
                  LeadingNumeral.isUpperCase(numeral.numeral) {
            opensSection = (numeral.numeral, componentText.droppingPrefix(componentText.plain.count - numeral.rest.count))
        }

        if let opening = opensSection {
            if continuesPreviousSection(row, next: next) {
                let previous = sections[sections.count - 1].numeral
                appendAction(row, diagnostics: &diagnostics)
                diagnostics.warning(row.location(.action) ?? location(row.line),
                                    "judul bagian \(opening.numeral) ada di baris yang sama dengan langkah '\(row.actionMarker ?? "")', padahal huruf langkah ini melanjutkan urutan bagian \(previous) dan langkah berikutnya mulai lagi dari 'a'; langkah ini dimasukkan ke bagian \(previous) dan bagian \(opening.numeral) dimulai sesudahnya. Periksa dokumen asli")
                openSection(numeral: opening.numeral, title: opening.title, line: row.line)
                return
            }
            openSection(numeral: opening.numeral, title: opening.title, line: row.line)
            openComponent(number: nil, title: nil, line: row.line)
        } else {
            if let pending = pendingNumeral {
                pendingNumeral = nil
                diagnostics.warning(location(pending.line), "nomor bagian \(pending.numeral) tidak diikuti judul bagian; bagian dibuat tanpa judul")
                openSection(numeral: pending.numeral, title: .empty, line: pending.line)
            }
            if sections.isEmpty {
                diagnostics.error(location(row.line),
                                  "langkah aksi ini tidak berada di bawah bagian mana pun; tambahkan baris judul bagian (misalnya \"I\" dan judulnya) di atasnya")
                openSection(numeral: nil, title: .empty, line: row.line)
            }
            if !number.isEmpty {
                if componentText.isEmpty {
                    diagnostics.warning(row.location(.component) ?? location(row.line),
                                        "komponen nomor \(number.plain) tidak memiliki teks KOMPONEN")
                }
                openComponent(number: number.plain, title: componentText.isEmpty ? nil : componentText, line: row.line)
            } else if !componentText.isEmpty {
                let position = sections[sections.count - 1].components.count + 1
                diagnostics.warning(row.location(.number) ?? location(row.line),
                                    "komponen baru tanpa NO; diberi nomor urut \(position). Isi kolom NO agar kodenya pasti")
                openComponent(number: String(position), title: componentText, line: row.line)
            } else if sections[sections.count - 1].components.isEmpty {
                openComponent(number: nil, title: nil, line: row.line)
            }
        }
        appendAction(row, diagnostics: &diagnostics)
    }

    /// Whether a step row that also carries a new section's title really
    /// continues the previous section: its letter follows that section's last
    /// letter, and the next step starts again at "a".
    private func continuesPreviousSection(_ row: PlanRow, next: ArraySlice<PlanRow>) -> Bool {
        guard let marker = row.actionMarker, marker != "a",
              let lastMarker = sections.last?.actions.last.flatMap({ PlanRow.marker(in: $0.text.plain) }),
              PlanBuilder.letter(after: lastMarker) == marker,
              let nextStep = next.first(where: { !$0[.action].isEmpty }) else { return false }
        return nextStep.actionMarker == "a"
    }

    static func letter(after marker: String) -> String? {
        if let number = Int(marker) { return String(number + 1) }
        guard marker.unicodeScalars.count == 1, let scalar = marker.unicodeScalars.first,
              scalar.value < 0x7A, let next = Unicode.Scalar(scalar.value + 1) else { return nil }
        return String(next)
    }

    private mutating func appendAction(_ row: PlanRow, diagnostics: inout DiagnosticList) {
        let sectionIndex = sections.count - 1
        if sections[sectionIndex].components.isEmpty {
            openComponent(number: nil, title: nil, line: row.line)
        }
        let componentIndex = sections[sectionIndex].components.count - 1
        let indicatorText = row[.indicator]
        if !indicatorText.isEmpty || sections[sectionIndex].components[componentIndex].indicators.isEmpty {
            sections[sectionIndex].components[componentIndex].indicators.append(
                Indicator(text: indicatorText.isEmpty ? nil : indicatorText, line: row.line))
        }
        let timeText = row[.targetTime].plain
        let targetTime = targetTimes[timeText] ?? TargetTimeReader.read(timeText, planYear: yearOfUndatedMonths)
        targetTimes[timeText] = targetTime
        checkTargetTime(targetTime, at: row.location(.targetTime) ?? location(row.line), diagnostics: &diagnostics)
        let quantityText = row[.targetQuantity].plain
        let targetQuantity = targetQuantities[quantityText] ?? TargetQuantityReader.read(quantityText)
        targetQuantities[quantityText] = targetQuantity
        checkTargetQuantity(targetQuantity, at: row.location(.targetQuantity) ?? location(row.line), diagnostics: &diagnostics)
        let action = Action(code: "", text: row[.action], evidence: row[.evidence],
                            targetTime: targetTime, targetQuantity: targetQuantity, line: row.line)
        let indicatorIndex = sections[sectionIndex].components[componentIndex].indicators.count - 1
        sections[sectionIndex].components[componentIndex].indicators[indicatorIndex].actions.append(action)
    }

    /// The year of a month written without one; 0 only when the plan's year
    /// is unknown, and then the plan is never published.
    private var yearOfUndatedMonths: Int { planYear ?? 0 }

    private func checkTargetTime(_ time: TargetTime, at place: SourceLocation, diagnostics: inout DiagnosticList) {
        if !time.text.isEmpty && !time.namesMonths {
            diagnostics.warning(place, "TARGET WAKTU '\(time.text)' tidak menyebut bulan; ditampilkan sebagai teks dan tidak masuk grafik per bulan")
        }
        if let planYear, let first = time.months.first(where: { $0.year != planYear }) {
            diagnostics.warning(place, "TARGET WAKTU '\(time.text)' menyebut bulan di luar tahun rencana \(planYear) (\(first.month)/\(first.year)); periksa tahunnya")
        }
    }

    private func checkTargetQuantity(_ quantity: TargetQuantity, at place: SourceLocation, diagnostics: inout DiagnosticList) {
        guard let amount = quantity.amount, let words = quantity.amountInWords else { return }
        if let spelled = IndonesianNumberWords.value(of: words), Double(spelled) != amount {
            diagnostics.warning(place, "TARGET CAPAIAN '\(quantity.text)': angka dan huruf tidak sama; periksa jumlahnya")
        }
    }

    // MARK: - Building the hierarchy

    /// A numeral on a row of its own that no title followed: the section is
    /// opened without a title, with a warning.
    private mutating func openUntitledPendingSection(diagnostics: inout DiagnosticList) {
        guard let pending = pendingNumeral else { return }
        pendingNumeral = nil
        diagnostics.warning(location(pending.line), "nomor bagian \(pending.numeral) tidak diikuti judul bagian; bagian dibuat tanpa judul")
        openSection(numeral: pending.numeral, title: .empty, line: pending.line)
    }

    private mutating func openSection(numeral: String?, title: RichText, line: Int) {
        if let pending = pendingNumeral, numeral != nil {
            // A numeral row followed directly by a row that carries its own numeral.
            pendingNumeral = nil
            sections.append(Section(numeral: pending.numeral, numeralWritten: true, title: .empty, line: pending.line))
        }
        let position = sections.count + 1
        sections.append(Section(numeral: numeral ?? RomanNumeral.numeral(position), numeralWritten: numeral != nil,
                                title: title, line: line))
        subheading = nil
    }

    private mutating func openComponent(number: String?, title: RichText?, line: Int) {
        sections[sections.count - 1].components.append(
            Component(number: number, title: title, subheading: subheading, line: line))
    }

    private var lastActionLine: Int? {
        sections.last?.components.last?.indicators.last?.actions.last?.line
    }

    private mutating func modifyLastAction(_ change: (inout Component, inout Indicator, inout Action) -> Void) {
        let s = sections.count - 1
        let c = sections[s].components.count - 1
        let i = sections[s].components[c].indicators.count - 1
        let a = sections[s].components[c].indicators[i].actions.count - 1
        var component = sections[s].components[c]
        var indicator = component.indicators[i]
        var action = indicator.actions[a]
        change(&component, &indicator, &action)
        indicator.actions[a] = action
        component.indicators[i] = indicator
        sections[s].components[c] = component
    }

    // MARK: - Finishing

    mutating func finish(diagnostics: inout DiagnosticList) -> Plan {
        guard let header else { return Plan(columns: [], labels: [:], sections: []) }
        checkNumerals(diagnostics: &diagnostics)
        ActionCoder.assignCodes(to: &sections, file: file, diagnostics: &diagnostics)
        return Plan(columns: header.columns, labels: header.labels, sections: sections)
    }

    private func checkNumerals(diagnostics: inout DiagnosticList) {
        // A section without a numeral is numbered by its place, which may be
        // the numeral a later section writes: both would be one page.
        var seen: [String: Section] = [:]
        for (index, section) in sections.enumerated() {
            if let earlier = seen[section.numeral.uppercased()] {
                diagnostics.error(location(section.line), earlier.numeralWritten
                    ? "nomor bagian \(section.numeral) sudah dipakai di baris \(earlier.line); perbaiki nomor bagiannya"
                    : "nomor bagian \(section.numeral) sudah diberikan menurut urutan kepada bagian tanpa nomor di baris \(earlier.line); tulis nomor bagian di baris itu juga, atau perbaiki nomor ini")
            }
            seen[section.numeral.uppercased()] = section
            if section.numeralWritten, RomanNumeral.value(of: section.numeral) != index + 1 {
                diagnostics.warning(location(section.line),
                                    "bagian bernomor \(section.numeral) adalah bagian ke-\(index + 1) dalam tabel; periksa urutan atau nomornya")
            }
        }
    }
}

extension String {
    /// This text and `word` joined by one space (either may be empty).
    func appendingWord(_ word: String) -> String {
        isEmpty ? word : (word.isEmpty ? self : self + " " + word)
    }
}
