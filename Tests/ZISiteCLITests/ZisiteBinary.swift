import Foundation

/// The built `zisite` binary, started in the repository's root as a user runs it,
/// or in another folder.
enum ZisiteBinary {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let executable = Bundle.main.bundleURL.appendingPathComponent("zisite")

    struct Run {
        var status: Int32
        var output: String
        var errors: String

        /// The commands it printed as next steps: the lines `  zisite …`.
        var suggestedCommands: [String] {
            output.split(separator: "\n").filter { $0.hasPrefix("  zisite ") }.map { String($0.dropFirst(2)) }
        }
    }

    /// A process ready to start; its output goes nowhere unless the caller says otherwise.
    static func process(_ arguments: [String], in folder: URL = root) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }

    /// Runs to the end and returns what it printed and its exit status.
    static func run(_ arguments: [String], in folder: URL = root) throws -> Run {
        try finished(process(arguments, in: folder))
    }

    /// `line` pasted into a POSIX shell working in `folder`, with `zisite` on its PATH.
    static func pasted(_ line: String, in folder: URL) throws -> Run {
        let process = process(["-c", line], in: folder)
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        return try finished(process)
    }

    static func finished(_ process: Process) throws -> Run {
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }
}
