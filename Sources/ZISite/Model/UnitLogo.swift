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

    /// The bytes as they were checked, and as they are published: a file
    /// changed on disk after the check is not what the site gets.
    public var data: Data
    public var format: Format

    public init(data: Data, format: Format) {
        self.data = data
        self.format = format
    }
}
