/// The closest known name to a misspelt one, for "mungkin maksudnya ...?":
/// the candidate within a small edit distance (a third of the name's
/// length, at least one), the nearest, and of equally near ones the first in
/// alphabetical order; case is ignored.
///
/// The candidates are prepared once (lowercased, sorted, every character
/// numbered), and a candidate is given up as soon as it is sure to be
/// farther than the limit or than the best found so far, so that many
/// searches among thousands of names (the codes of a large plan, the files
/// of the evidence folder) stay quick. A sheet may still misspell thousands
/// of names, each compared with thousands of candidates: for that, a search
/// may be given a budget of comparison steps, and once it is spent that
/// search and every later one suggest nothing.
public struct Suggestion {
    /// Comparison steps one sheet may spend on its suggestions, about half a
    /// second on a small machine: more than a sheet with a few dozen misspelt
    /// names among thousands of candidates needs.
    public static let sheetBudget = 100_000_000

    private let names: [String]
    /// Every candidate's lowercased characters as numbers, one after the
    /// other; candidate i is `letters[starts[i]..<starts[i + 1]]`.
    private let letters: [Int32]
    private let starts: [Int]
    private let longest: Int
    private let numbers: [Character: Int32]
    private var remaining: Int

    public init(among candidates: some Sequence<String>, budget: Int = .max) {
        names = candidates.sorted()
        var numbers: [Character: Int32] = [:], letters: [Int32] = [], starts = [0]
        for name in names {
            letters += Self.numbered(name.lowercased(), numbers: &numbers)
            starts.append(letters.count)
        }
        (self.numbers, self.letters, self.starts) = (numbers, letters, starts)
        longest = zip(starts, starts.dropFirst()).map { $1 - $0 }.max() ?? 0
        remaining = budget
    }

    /// The candidate within a small edit distance of `name`, nil when none is close.
    public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        var suggestion = Suggestion(among: candidates)
        return suggestion.closest(to: name)
    }

    /// The candidate within a small edit distance of `name`; nil when none is
    /// close, or when the budget ran out before every candidate was weighed.
    public mutating func closest(to name: String) -> String? {
        guard remaining > 0 else { return nil }
        let limit = max(1, name.count / 3)
        // A character no candidate has is numbered -1 and matches nothing.
        let wanted = name.lowercased().map { numbers[$0] ?? -1 }
        // A candidate longer than this is farther than the limit and never reaches the rows.
        var rows = [Int](repeating: 0, count: 2 * (min(longest, wanted.count + limit) + 1))
        var remaining = self.remaining
        defer { self.remaining = remaining }
        let found: Int? = wanted.withUnsafeBufferPointer { wanted in
            letters.withUnsafeBufferPointer { letters in
                rows.withUnsafeMutableBufferPointer { rows in
                    var best: (index: Int, distance: Int)?
                    for index in names.indices {
                        guard remaining > 0 else { return nil }
                        remaining -= 1
                        let candidate = UnsafeBufferPointer(rebasing: letters[starts[index]..<starts[index + 1]])
                        let bound = min(limit, (best?.distance ?? Int.max) - 1)
                        if let distance = Self.distance(wanted, candidate, within: bound, rows: rows, work: &remaining) {
                            best = (index, distance)
                            if distance == 0 { break }
                        }
                    }
                    return best?.index
                }
            }
        }
        return found.map { names[$0] }
    }

    /// Levenshtein distance, case counted.
    static func editDistance(_ a: String, _ b: String) -> Int {
        var numbers: [Character: Int32] = [:], work = 0
        let a = numbered(a, numbers: &numbers), b = numbered(b, numbers: &numbers)
        var rows = [Int](repeating: 0, count: 2 * (b.count + 1))
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                rows.withUnsafeMutableBufferPointer { distance(a, b, within: max(a.count, b.count), rows: $0, work: &work)! }
            }
        }
    }

    /// Each character of `text` as its number in `numbers`, new ones numbered as they come.
    private static func numbered(_ text: String, numbers: inout [Character: Int32]) -> [Int32] {
        text.map { character in
            if let number = numbers[character] { return number }
            let number = Int32(numbers.count)
            numbers[character] = number
            return number
        }
    }

    /// The Levenshtein distance of `a` and `b` when it is at most `bound`,
    /// else nil. Only the cells within `bound` of the diagonal are worked
    /// out, and the work stops at the first row whose cells all exceed it;
    /// the cells worked out are taken from `work`. `rows` holds two rows of
    /// `b.count + 1` cells.
    private static func distance(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>, within bound: Int,
                                 rows: UnsafeMutableBufferPointer<Int>, work: inout Int) -> Int? {
        let m = a.count, n = b.count
        guard bound >= 0, abs(m - n) <= bound else { return nil }
        let far = bound + 1
        var previous = rows.baseAddress!, current = previous + (n + 1)
        for j in 0...n { previous[j] = Swift.min(j, far) }
        var i = 1
        while i <= m {
            let low = Swift.max(1, i - bound), high = Swift.min(n, i + bound)
            current[0] = Swift.min(i, far)
            current[low - 1] = low == 1 ? current[0] : far
            var rowLeast = current[low - 1]
            let letter = a[i - 1]
            var j = low
            while j <= high {
                var cell = previous[j - 1] + (letter == b[j - 1] ? 0 : 1)
                cell = Swift.min(cell, previous[j] + 1)
                cell = Swift.min(cell, current[j - 1] + 1)
                cell = Swift.min(cell, far)
                current[j] = cell
                rowLeast = Swift.min(rowLeast, cell)
                j += 1
            }
            if high < n { current[high + 1] = far }
            work -= high - low + 1
            if rowLeast > bound { return nil }
            swap(&previous, &current)
            i += 1
        }
        return previous[n] <= bound ? previous[n] : nil
    }
}
