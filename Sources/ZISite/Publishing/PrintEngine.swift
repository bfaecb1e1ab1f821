import Foundation

/// WeasyPrint, the print engine `zisite publish` prints its PDFs with: the
/// Debian package `weasyprint`. It lays out the site's print styles (`@page`
/// margin boxes with "Halaman x dari y", table headers repeated on each
/// page) without a browser, and with `SOURCE_DATE_EPOCH` set gives the same
/// bytes for the same page.
///
/// All documents are printed by one run of the Python interpreter that the
/// `weasyprint` command itself runs with (its `#!` line), so the library is
/// loaded once and not once per page. The run may read only files inside the
/// folder it prints from (no network), has a time limit, and its output is
/// kept to a bounded size; whatever goes wrong becomes an Indonesian message.
struct PrintEngine {
    /// The `weasyprint` command found on the search path.
    var command: String
    /// How the command's script is run: its `#!` line, split into words.
    var interpreter: [String]

    static let commandName = "weasyprint"
    static let package = "weasyprint"
    static let installCommand = "sudo apt install weasyprint"

    /// The engine on `path` (a PATH value), or the Indonesian reason it cannot be used.
    static func find(searchPath path: String?) -> Result<PrintEngine, PublishError> {
        let folders = (path ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        guard let command = folders.map({ $0 + "/" + commandName }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return .failure(PublishError(message: "mesin cetak PDF WeasyPrint tidak ditemukan: perintah '\(commandName)' tidak ada di PATH. "
                + "Pasang dengan: \(installCommand), lalu jalankan zisite publish lagi. Tidak ada yang ditulis; "
                + "zisite build tetap dapat menulis situs tanpa PDF"))
        }
        guard let interpreter = shebang(of: command) else {
            return .failure(PublishError(message: "'\(command)' bukan perintah WeasyPrint yang dapat dipakai (baris #! Python-nya tidak terbaca); "
                + "pasang ulang dengan: sudo apt install --reinstall \(package)"))
        }
        return .success(PrintEngine(command: command, interpreter: interpreter))
    }

    /// The words of a script's `#!` line: `["/usr/bin/python3"]`.
    static func shebang(of script: String) -> [String]? {
        guard let handle = FileHandle(forReadingAtPath: script) else { return nil }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 256)) ?? Data()
        guard head.starts(with: Data("#!".utf8)), let end = head.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let line = String(decoding: head[head.index(head.startIndex, offsetBy: 2)..<end], as: UTF8.self)
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
        guard let first = words.first, first.hasPrefix("/") else { return nil }
        return words
    }

    /// One page to print: both paths relative to the folder printed from.
    struct Job: Equatable {
        var page: String
        var pdf: String
    }

    /// Prints every job's page, found in `folder`, to its PDF in `folder`;
    /// `base`: the site's address (ending in "/"), which links in the PDFs point to.
    /// `epoch`: the moment written as the PDFs' time (fonts included), so
    /// that the same content gives the same bytes.
    func print(_ jobs: [Job], in folder: String, base: String, epoch: Int, limit: Duration) throws(PublishError) {
        guard !jobs.isEmpty else { return }
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = String(epoch)
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        let arguments = Array(interpreter.dropFirst()) + ["-c", Self.script, folder, base] + jobs.flatMap { [$0.page, $0.pdf] }
        let run: BoundedProcess.Outcome
        do {
            run = try BoundedProcess.run(interpreter[0], arguments, environment: environment, limit: limit)
        } catch {
            throw PublishError(message: "WeasyPrint ('\(command)') tidak dapat dijalankan: \(error.localizedDescription); "
                + "pasang ulang dengan: sudo apt install --reinstall \(Self.package)")
        }
        switch run {
        case .timedOut:
            throw PublishError(message: "WeasyPrint tidak selesai mencetak \(jobs.count) PDF dalam \(limit.components.seconds) detik dan dihentikan; "
                + "tidak ada yang ditulis. Jalankan lagi; bila terulang, periksa gambar atau tabel yang sangat besar di halaman yang dicetak")
        case .exited(let status, let output):
            if status == 0 { return }
            throw PublishError(message: Self.failure(status: status, output: output))
        }
    }

    /// What a failed run says, in Indonesian, from the line the script prints.
    static func failure(status: Int32, output: String) -> String {
        let lines = output.split(separator: "\n").map(String.init)
        if status == 3 {
            return "pustaka Python WeasyPrint tidak dapat dimuat oleh '\(lines.first { $0.hasPrefix("TIDAK-ADA\t") }.map { String($0.dropFirst(10)) } ?? "python3")'; "
                + "pasang dengan: \(installCommand)"
        }
        if let line = lines.first(where: { $0.hasPrefix("GAGAL\t") }) {
            let parts = line.split(separator: "\t", maxSplits: 2).map(String.init)
            let page = parts.count > 1 ? parts[1] : "?"
            let reason = parts.count > 2 ? parts[2] : ""
            return "WeasyPrint gagal mencetak '\(page)': \(reason); tidak ada yang ditulis"
        }
        let last = lines.last { !$0.trimmingSpaces.isEmpty } ?? ""
        return "WeasyPrint berhenti dengan status \(status)" + (last.isEmpty ? "" : " (\(last))") + "; tidak ada yang ditulis"
    }

    /// Run by the interpreter: `-c SCRIPT FOLDER BASE PAGE PDF [PAGE PDF ...]`. Every
    /// address is resolved against BASE, the site's own address, and BASE is
    /// read from FOLDER: the PDFs' links point at the published site, and the
    /// PDFs do not depend on where FOLDER happens to be.
    /// Exit 3 when the library is missing, 2 with a `GAGAL` line when a page fails.
    static let script = #"""
import os, sys, logging
try:
    import weasyprint
    from weasyprint import HTML, default_url_fetcher
except Exception:
    print("TIDAK-ADA\t" + sys.executable)
    sys.exit(3)
from urllib.parse import urlsplit, unquote
logging.getLogger("weasyprint").setLevel(logging.CRITICAL)
logging.getLogger("weasyprint.progress").setLevel(logging.CRITICAL)
root = os.path.realpath(sys.argv[1])
base = sys.argv[2]
def fetch(url, timeout=10, ssl_context=None):
    path = ""
    if url.startswith(base):
        path = os.path.realpath(os.path.join(root, unquote(urlsplit(url[len(base):]).path)))
    if not path.startswith(root + os.sep):
        raise ValueError("di luar folder situs: " + url[:200])
    return default_url_fetcher("file://" + path, timeout, ssl_context)
jobs = sys.argv[3:]
for i in range(0, len(jobs) - 1, 2):
    page, pdf = jobs[i], jobs[i + 1]
    try:
        HTML(filename=os.path.join(root, page), base_url=base + page, url_fetcher=fetch, media_type="print").write_pdf(os.path.join(root, pdf))
    except Exception as error:
        print("GAGAL\t" + page + "\t" + (type(error).__name__ + ": " + str(error)).replace("\n", " ")[:300])
        sys.exit(2)
"""#
}
