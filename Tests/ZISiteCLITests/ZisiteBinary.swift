import Foundation

/// The built `zisite` binary, started in the repository's root as a user runs it,
/// or in another folder.
enum ZisiteBinary {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// A process ready to start; its output goes nowhere unless the caller says otherwise.
    static func process(_ arguments: [String], in folder: URL = root) -> Process {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("zisite")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }

    /// Runs to the end and returns what it printed and its exit status.
    static func run(_ arguments: [String], in folder: URL = root) throws -> Run {
        let process = process(arguments, in: folder)
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
