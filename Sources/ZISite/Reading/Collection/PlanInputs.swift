import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a plan's site is made from, as the file system describes it: every
/// entry under its content folder by path, kind, size, inode and times, the
/// way `make` and `git` tell a changed file without reading it. A plan whose
/// description is the one the previous build recorded is not read again;
/// every file a build reads lies inside its content folder (`InsidePath`),
/// so nothing outside it can change the plan's pages.
enum PlanInputs {
    /// Beyond these the plan is simply built again each time.
    static let entryLimit = 50_000
    static let depthLimit = 16

    /// The description of the member's folder, folded into `shared` (what
    /// every plan's build depends on) and the member as the collection sees
    /// it (its folder, its site's place, its years, which its pages name);
    /// nil when the folder cannot be described whole.
    static func fingerprint(of member: PlanCollection.Member, shared: Fingerprint) -> Fingerprint? {
        var fingerprint = shared
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let described = try? encoder.encode(member) else { return nil }
        described.withUnsafeBytes { fingerprint.add($0) }
        var entries = 0
        guard describe(member.folder, as: "", depth: 0, into: &fingerprint, entries: &entries) else { return nil }
        return fingerprint
    }

    /// What every plan's site depends on besides its folder: this program
    /// (its version and its very file), the templates and their assets, and
    /// the folders as the command named them (messages name files by them).
    static func shared(content: String, templates: Build.Templates, folder: String?) -> Fingerprint {
        var fingerprint = program
        fingerprint.add(content)
        fingerprint.add(folder ?? "")
        for (name, source) in templates.folder.sources.sorted(by: { $0.key < $1.key }) {
            fingerprint.add(name)
            fingerprint.add(source.file)
            fingerprint.add(source.text)
        }
        for asset in templates.folder.assets {
            fingerprint.add(asset.path)
            switch asset.contents {
            case .data(let data): fingerprint.add(Int64(bitPattern: Fingerprint.of(data).value))
            case .copy(let source):
                var info = stat()
                fingerprint.add(source.path)
                if stat(source.path, &info) == 0 { fingerprint.add(info) }
            }
        }
        return fingerprint
    }

    /// This program: the record's format, its version and its very file.
    static var program: Fingerprint {
        var fingerprint = Fingerprint()
        fingerprint.add(Int64(CollectionRecord.currentFormat))
        fingerprint.add(ZISiteVersion.current)
        var program = stat()
        if let executable = Bundle.main.executablePath, stat(executable, &program) == 0 { fingerprint.add(program) }
        return fingerprint
    }

    private static func describe(_ folder: String, as relative: String, depth: Int, into fingerprint: inout Fingerprint,
                                 entries: inout Int) -> Bool {
        guard depth <= depthLimit, let names = FolderTree.entries(of: folder)?.map(\.name) else { return false }
        guard let opened = OpenFolder(folder) else { return false }
        for name in names.sorted() {
            entries += 1
            guard entries <= entryLimit else { return false }
            let path = folder + "/" + name, shown = relative + "/" + name
            guard let info = opened.status(of: name) else { return false }
            fingerprint.add(shown)
            fingerprint.add(info)
            let kind = info.st_mode & S_IFMT
            if kind == S_IFLNK {
                // What the link leads to is what a build would read.
                if let target = opened.status(of: name, following: true) { fingerprint.add(target) }
                if let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: path) { fingerprint.add(destination) }
            } else if kind == S_IFDIR {
                guard describe(path, as: shown, depth: depth + 1, into: &fingerprint, entries: &entries) else { return false }
            }
        }
        return true
    }
}
