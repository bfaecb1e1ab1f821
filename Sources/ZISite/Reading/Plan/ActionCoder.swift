import Foundation

/// Gives every action step its stable code: section numeral, the letter of
/// the heading it sits under (if the section has headings), the component's
/// number, and the step's own letter ("a." in its text) or its position.
/// `II.3.b` is the second step of component 3 in section II.
enum ActionCoder {
    static func assignCodes(to sections: inout [Section], file: String, diagnostics: inout DiagnosticList) {
        var seen: [String: Int] = [:]
        for s in sections.indices {
            var headingIndex = 0
            var previousHeading: RichText?
            for c in sections[s].components.indices {
                let component = sections[s].components[c]
                if let heading = component.subheading, heading != previousHeading {
                    headingIndex += 1
                    previousHeading = heading
                }
                var prefix = [sections[s].numeral]
                if component.subheading != nil { prefix.append(letter(headingIndex - 1).uppercased()) }
                if let number = component.number { prefix.append(codePart(number)) }
                var position = 0
                for i in component.indicators.indices {
                    for a in component.indicators[i].actions.indices {
                        let action = component.indicators[i].actions[a]
                        let label = PlanRow.marker(in: action.text.plain) ?? letter(position)
                        position += 1
                        var code = (prefix + [label]).joined(separator: ".")
                        if let earlier = seen[code] {
                            diagnostics.error(SourceLocation(file: file, line: action.line),
                                              "kode langkah \(code) sudah dipakai oleh langkah di baris \(earlier); perbaiki nomor komponen atau huruf langkahnya agar setiap langkah punya kode sendiri")
                            var suffix = 2
                            while seen["\(code)-\(suffix)"] != nil { suffix += 1 }
                            code = "\(code)-\(suffix)"
                        }
                        seen[code] = action.line
                        sections[s].components[c].indicators[i].actions[a].code = code
                    }
                }
            }
        }
    }

    /// "1." -> "1", "a)" -> "a", "1 . 2" -> "1-2": a code part holds no dots.
    static func codePart(_ number: String) -> String {
        var part = ""
        for character in number.trimmingCharacters(in: [".", ")", " ", "("]) {
            if character.isLetter || character.isNumber {
                part.append(character)
            } else if !part.hasSuffix("-") {
                part.append("-")
            }
        }
        return part.isEmpty ? "-" : part.lowercased()
    }

    /// 0 -> "a", 25 -> "z", 26 -> "aa".
    static func letter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return index < 26 ? String(letters[index]) : letter(index / 26 - 1) + String(letters[index % 26])
    }
}
