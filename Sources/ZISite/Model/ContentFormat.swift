/// The version of the content folder's format (`format:` in `situs.yml`):
/// the one number this zisite reads, writes and prints with `--version`.
public enum ContentFormat {
    public static let version = 1
}
