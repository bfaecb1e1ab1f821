import ArgumentParser
import ZISite

/// `--content FOLDER` and `--templates FOLDER`: where a site is read from,
/// the same for build, check, serve and publish.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(valueName: "FOLDER"))
    var content = "Content"

    @Option(name: .long, help: ArgumentHelp(valueName: "FOLDER"))
    var templates: String?

    /// What `Build` needs to read these folders and write to `output`.
    func build(output: String) -> Build.Options {
        Build.Options(content: content, output: output, templates: templates)
    }
}
