/// The version of zisite itself, printed by `zisite --version` and named in
/// its packages. (Not a type named `ZISite`: it would hide the module's name.)
public enum ZISiteVersion {
    public static let current = "0.15.0"
}
