import Foundation
import PackagePlugin

/// Compiles the library's language data (cue phrase files, the evaluative
/// lexicon) and its rule registry (the files in Lint/Rules/) into one Swift
/// source at build time, so the language is edited as data and a rule is
/// registered by adding its file.
@main
struct LanguageDataPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let language = target.directoryURL.appending(path: "Language")
        let rules = target.directoryURL.appending(path: "Lint/Rules")
        let output = context.pluginWorkDirectoryURL.appending(path: "LanguageData.swift")
        return [.buildCommand(
            displayName: "Compiling the language data in Language/ and the rule registry",
            executable: try context.tool(named: "language-data").url,
            arguments: [output.path, language.path, rules.path],
            inputFiles: files(under: language) + files(under: rules),
            outputFiles: [output])]
    }

    private func files(under directory: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { !$0.hasDirectoryPath }
    }
}
