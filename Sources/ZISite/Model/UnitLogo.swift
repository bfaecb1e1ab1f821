import Foundation

/// The unit's logo on the printed letterhead (the setting `logo`): a PNG, JPEG or
/// SVG file inside the content folder, its format known from its bytes.
public struct UnitLogo: Hashable, Sendable {
    public enum Format: String, CaseIterable, Hashable, Sendable {
        case png, jpeg, svg

        /// The extension the published copy gets, whatever the file was called.
        public var fileExtension: String {
            switch self {
            case .png: "png"
            case .jpeg: "jpg"
            case .svg: "svg"
            }
        }
    }

    /// Where the bytes are, symbolic links resolved.
    public var source: URL
    public var format: Format

    public init(source: URL, format: Format) {
        self.source = source
        self.format = format
    }
}
