import Foundation

/// The signed decree as scanned (the setting `keputusan.berkas`): a PDF
/// inside the content folder, published for download beside the decree's
/// retyped text, so that a visitor and the PPID can hand over the document
/// with its signature and stamp.
public struct DecreeScan: Hashable, Sendable {
    /// The bytes as they were checked, and as they are published.
    public var data: Data

    public init(data: Data) {
        self.data = data
    }
}
