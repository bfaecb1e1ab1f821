import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Who holds an output's lock, as written in the lock file, one `key: value` a line.
struct LockHolder: Equatable {
    var process: String
    var host: String
    var since: String
    var command: String

    /// This process, started now.
    static var current: LockHolder {
        var name = [CChar](repeating: 0, count: 256)
        let host = gethostname(&name, name.count - 1) == 0 ? String(cString: name) : "?"
        return LockHolder(
            process: String(getpid()), host: host, since: jakartaTime(Date()),
            command: CommandLine.arguments.joined(separator: " "))
    }

    /// "1 Desember 2026 pukul 17.31.20 WIB".
    static func jakartaTime(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = JakartaTime.zone
        let parts = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: instant)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        let month = IndonesianFormat.monthNames[(parts.month ?? 1) - 1]
        return "\(parts.day ?? 1) \(month) \(parts.year ?? 0) pukul "
            + "\(two(parts.hour)).\(two(parts.minute)).\(two(parts.second)) WIB"
    }

    private static let keys = ["proses", "host", "sejak", "perintah"]

    var fields: [String] { [process, host, since, command] }

    func write(to descriptor: Int32) {
        let text = zip(Self.keys, fields).map { "\($0): \(Self.oneLine($1))\n" }.joined()
        _ = ftruncate(descriptor, 0)
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// What another build wrote; nil when it has not written it yet or it is not a record.
    init?(readingFrom descriptor: Int32) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        var values: [String: String] = [:]
        for line in String(decoding: buffer[..<count], as: UTF8.self).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            values[String(line[..<colon])] = Self.oneLine(
                String(line[line.index(after: colon)...]).trimmingSpaces)
        }
        guard let process = values["proses"], let host = values["host"],
            let since = values["sejak"], let command = values["perintah"]
        else { return nil }
        self.init(process: process, host: host, since: since, command: command)
    }

    init(process: String, host: String, since: String, command: String) {
        self.process = process
        self.host = host
        self.since = since
        self.command = command
    }

    /// "proses 4242 di mesin sejak …: zisite build …", or where to look when not yet written.
    static func describe(_ holder: LockHolder?, lockFile: String) -> String {
        guard let holder else { return "pemegangnya belum tercatat di '\(lockFile)'" }
        return "proses \(holder.process) di \(holder.host) sejak \(holder.since): \(holder.command)"
    }

    /// Printable text on one line, at most 300 characters: the file may be written by anyone
    /// who can write beside the output, and its text is printed to a terminal.
    static func oneLine(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars.prefix(300) {
            let control = scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .format
            scalars.append(control ? " " : scalar)
        }
        return String(scalars)
    }
}
