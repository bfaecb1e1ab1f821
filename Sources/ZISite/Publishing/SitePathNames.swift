/// Site paths handed out so far, and the next free number of each path asked for twice.
struct SitePathNames {
    private var taken: Set<String>
    /// Path to the number its next "-n" variant is sought from: the numbers
    /// below it are taken, and stay taken, so no search starts again from 2.
    private var nextNumber: [String: Int] = [:]

    init(taken: Set<String>) {
        self.taken = taken
    }

    /// `path`, or `name-2.ext`, `name-3.ext`, ... when it is taken; taken from now on.
    mutating func unique(_ path: String) -> String {
        guard taken.contains(path) else {
            taken.insert(path)
            return path
        }
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let dot = path[slash...].lastIndex(of: ".") ?? path.endIndex
        var number = nextNumber[path, default: 2]
        while taken.contains("\(path[..<dot])-\(number)\(path[dot...])") {
            number += 1
        }
        let candidate = "\(path[..<dot])-\(number)\(path[dot...])"
        nextNumber[path] = number + 1
        taken.insert(candidate)
        return candidate
    }
}
