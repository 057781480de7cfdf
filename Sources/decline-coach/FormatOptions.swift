import ArgumentParser
import DeclineCoachKit

extension ReportFormat: ExpressibleByArgument {
    // no list of every format in the help: each command lists its own (FormatOptions)
    public static var allValueStrings: [String] { [] }
}

/// The formats one command offers, and the first is its default.
protocol FormatOffer {
    static var formats: [ReportFormat] { get }
}

extension FormatOffer {
    static var formatList: String {
        let names = formats.map(\.rawValue)
        return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}

extension LintReport: FormatOffer {}
extension SessionReport: FormatOffer {}

/// Lists (rules, scenarios, transcripts) and practice events: for people, or for programs.
enum TextOrJSON: FormatOffer { static let formats: [ReportFormat] = [.text, .json] }
/// `script`: a page to keep beside the phone.
enum ScriptFormats: FormatOffer { static let formats: [ReportFormat] = [.text, .markdown, .html] }
/// `graph`: a scenario's branches for Mermaid or Graphviz.
enum GraphFormats: FormatOffer { static let formats: [ReportFormat] = [.mermaid, .dot] }

/// `--format`, shared by every command that prints a report (ArgumentParser's `@OptionGroup`);
/// which formats a command offers comes from `Offer`, so a new reporter needs no new option.
struct FormatOptions<Offer: FormatOffer>: ParsableArguments {
    @Option(help: ArgumentHelp("Output format: \(Offer.formatList).", valueName: "format"))
    var format: ReportFormat = Offer.formats[0]

    func validate() throws {
        guard Offer.formats.contains(format) else {
            throw ValidationError("--format \(format.rawValue) is not offered by this command: use \(Offer.formatList)")
        }
    }
}
