import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file's times as `stat` gives them, under one name on every system.
extension stat {
    /// When its bytes last changed.
    var modified: timespec {
        #if canImport(Darwin)
            st_mtimespec
        #else
            st_mtim
        #endif
    }

    /// When its bytes or its status last changed (which no program can set back).
    var changed: timespec {
        #if canImport(Darwin)
            st_ctimespec
        #else
            st_ctim
        #endif
    }
}

extension timespec {
    /// Nanoseconds since 1970, held within what `Int64` holds: a file
    /// system may give any time, and one after 2262 would not fit.
    var nanoseconds: Int64 {
        let (product, overflow) = Int64(tv_sec).multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return tv_sec < 0 ? .min : .max }
        let (sum, carry) = product.addingReportingOverflow(Int64(tv_nsec))
        return carry ? .max : sum
    }
}
