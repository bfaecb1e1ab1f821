import Foundation

/// The argument parser's messages for a mistyped command line, in Indonesian.
enum CommandLineMessage {
    private static let patterns: [(english: String, indonesian: String)] = [
        ("^Missing expected argument '(.*)'$", "'$1' belum ditulis"),
        ("^Unknown option '(.*?)'. Did you mean '(.*)'\\?$", "pilihan '$1' tidak dikenal; mungkin maksudnya '$2'?"),
        ("^Unknown option '(.*)'$", "pilihan '$1' tidak dikenal"),
        ("^Unexpected argument '(.*)'$", "'$1' tidak dikenal di sini"),
        ("^[0-9]+ unexpected arguments: (.*)$", "$1 tidak dikenal di sini"),
        ("^Missing value for '(.*)'$", "nilai untuk '$1' belum ditulis"),
        ("^The value '(.*)' is invalid for '(.*)'.*$", "nilai '$1' tidak sah untuk '$2'"),
    ]

    static func indonesian(_ message: String) -> String {
        let line = message.split(separator: "\n").first.map(String.init) ?? message
        let cleaned = line.hasPrefix("Error: ") ? String(line.dropFirst("Error: ".count)) : line
        for pattern in patterns {
            guard let expression = try? NSRegularExpression(pattern: pattern.english) else { continue }
            let range = NSRange(cleaned.startIndex..., in: cleaned)
            if expression.firstMatch(in: cleaned, range: range) != nil {
                return expression.stringByReplacingMatches(in: cleaned, range: range, withTemplate: pattern.indonesian)
            }
        }
        return cleaned
    }
}
