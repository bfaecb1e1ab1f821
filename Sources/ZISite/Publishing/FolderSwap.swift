import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The two system calls the publisher swaps folders with, each returning 0 or an errno.
/// Tests give their own to make a step fail.
struct FolderSwap: Sendable {
    /// Exchanges two existing paths in one step; ENOSYS or EINVAL when the system or the
    /// file system cannot, and the publisher then falls back to two renames.
    var exchange: @Sendable (_ first: String, _ second: String) -> Int32
    var rename: @Sendable (_ from: String, _ to: String) -> Int32

    static let system = FolderSwap(exchange: exchangeInOneStep, rename: renameOrErrno)

    /// Whether `code` from `exchange` means "not available here" rather than a real failure.
    static func isUnsupported(_ code: Int32) -> Bool {
        code == EINVAL || code == ENOSYS || code == ENOTSUP || code == EOPNOTSUPP
    }

    #if os(Linux)
        /// `renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE)`. Swift's Glibc module
        /// exports neither `renameat2` nor `syscall` (variadic), so the function is looked up
        /// in the C library at run time; a C library without it (glibc before 2.28, a static
        /// musl) gives ENOSYS.
        private typealias Renameat2 =
            @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        private static let renameExchange: UInt32 = 2

        private static let renameat2: Renameat2? = {
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
            return unsafeBitCast(symbol, to: Renameat2.self)
        }()

        private static func exchangeInOneStep(_ first: String, _ second: String) -> Int32 {
            guard let renameat2 else { return ENOSYS }
            return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 ? 0 : errno
        }
    #else
        /// macOS has `renamex_np(RENAME_SWAP)` on APFS; until it is tried there, the publisher
        /// uses the two renames with restore on failure.
        private static func exchangeInOneStep(_ first: String, _ second: String) -> Int32 {
            ENOSYS
        }
    #endif
}

/// At file scope, where `rename` is the C function and not the property above.
private func renameOrErrno(_ from: String, _ to: String) -> Int32 {
    rename(from, to) == 0 ? 0 : errno
}
