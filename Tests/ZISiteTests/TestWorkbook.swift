import Foundation

/// An Excel workbook made for a test: hand-written XML parts in a zip whose
/// entries are stored, not deflated, as a zip may hold them.
enum TestWorkbook {
    static let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""

    /// A workbook whose first sheet holds `sheetData` (the `<row>` elements),
    /// with `strings` shared, `cellFormats` the `numFmtId` of each cell
    /// format (`s` index) and `customFormats` the codes of formats from 164.
    static func data(sheetData: String, strings: [String] = [], cellFormats: [Int] = [0], customFormats: [String] = [],
                     date1904: Bool = false) -> Data {
        let formats = customFormats.enumerated().map { "<numFmt numFmtId=\"\(164 + $0.offset)\" formatCode=\"\(escaped($0.element))\"/>" }.joined()
        let parts: [(String, String)] = [
            ("xl/workbook.xml", "<workbook \(main) xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets><sheet name=\"Lembar1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            ("xl/styles.xml", "<styleSheet \(main)><numFmts>\(formats)</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>"
                + cellFormats.map { "<xf numFmtId=\"\($0)\"/>" }.joined() + "</cellXfs></styleSheet>"),
            ("xl/sharedStrings.xml", "<sst \(main)>" + strings.map { "<si><t xml:space=\"preserve\">\(escaped($0))</t></si>" }.joined() + "</sst>"),
            ("xl/worksheets/sheet1.xml", "<worksheet \(main)><sheetData>\(sheetData)</sheetData></worksheet>"),
        ]
        return zip(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    /// Rows of text as inline-string cells, row 1 first; an empty text is no cell.
    static func rows(_ rows: [[String]]) -> String {
        rows.enumerated().map { number, cells in
            "<row r=\"\(number + 1)\">" + cells.enumerated().filter { !$0.element.isEmpty }.map {
                "<c r=\"\(column($0.offset))\(number + 1)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escaped($0.element))</t></is></c>"
            }.joined() + "</row>"
        }.joined()
    }

    /// A column's letters, written out here independently of the reader's.
    static func column(_ index: Int) -> String {
        index < 26 ? String(UnicodeScalar(UInt8(65 + index))) : column(index / 26 - 1) + column(index % 26)
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// A zip of stored entries: local headers, the central directory, its end.
    static func zip(_ entries: [(name: String, data: Data)]) -> Data {
        var out = Data(), directory = Data()
        func u16(_ value: Int, _ data: inout Data) { data.append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)]) }
        func u32(_ value: UInt32, _ data: inout Data) { for shift in stride(from: 0, to: 32, by: 8) { data.append(UInt8(value >> UInt32(shift) & 0xFF)) } }
        for (name, data) in entries {
            let offset = UInt32(out.count), checksum = crc32(data), nameBytes = Data(name.utf8)
            u32(0x0403_4B50, &out); u16(20, &out); u16(0, &out); u16(0, &out); u16(0, &out); u16(0x21, &out)
            u32(checksum, &out); u32(UInt32(data.count), &out); u32(UInt32(data.count), &out); u16(nameBytes.count, &out); u16(0, &out)
            out.append(nameBytes); out.append(data)
            u32(0x0201_4B50, &directory); u16(20, &directory); u16(20, &directory); u16(0, &directory); u16(0, &directory); u16(0, &directory)
            u16(0x21, &directory); u32(checksum, &directory); u32(UInt32(data.count), &directory); u32(UInt32(data.count), &directory)
            u16(nameBytes.count, &directory); u16(0, &directory); u16(0, &directory); u16(0, &directory); u16(0, &directory)
            u32(0, &directory); u32(offset, &directory); directory.append(nameBytes)
        }
        let start = UInt32(out.count)
        out.append(directory)
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(entries.count, &out); u16(entries.count, &out)
        u32(UInt32(directory.count), &out); u32(start, &out); u16(0, &out)
        return out
    }

    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
