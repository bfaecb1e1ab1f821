import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every file and folder below a folder, by their paths relative to it,
/// each folder before what it holds; links and other entries count as files.
struct FolderTree {
    private(set) var files: [String] = []
    private(set) var folders: [String] = []

    init(_ root: String) {
        walk(root, "")
    }

    /// The names in `folder`, each with its `d_type`, in the order the
    /// file system gives them, "." and ".." left out; nil when it cannot be opened.
    static func entries(of folder: String) -> [(name: String, type: UInt8)]? {
        guard let opened = opendir(folder) else { return nil }
        defer { closedir(opened) }
        return entries(reading: opened)
    }

    #if canImport(Darwin)
        typealias Listing = UnsafeMutablePointer<DIR>
    #else
        typealias Listing = OpaquePointer
    #endif

    /// The names an opened folder lists, as `entries(of:)` gives them.
    static func entries(reading opened: Listing) -> [(name: String, type: UInt8)] {
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(opened) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name != ".", name != ".." { entries.append((name, entry.pointee.d_type)) }
        }
        return entries
    }

    private mutating func walk(_ root: String, _ relative: String) {
        for (name, type) in Self.entries(of: relative.isEmpty ? root : root + "/" + relative) ?? [] {
            let path = relative.isEmpty ? name : relative + "/" + name
            if isFolder(type, root + "/" + path) {
                folders.append(path)
                walk(root, path)
            } else {
                files.append(path)
            }
        }
    }

    private func isFolder(_ type: UInt8, _ path: String) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
