import ArgumentParser
import DeclineCoachKit

extension Channel: ExpressibleByArgument {}
extension TurnKind: ExpressibleByArgument {}
extension Reason: ExpressibleByArgument {}
extension Stage: ExpressibleByArgument {}
extension Level: ExpressibleByArgument {}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Bad input found while running a command: printed as one line, exit 2.
struct UsageFailure: Error, CustomStringConvertible {
    let description: String
}

extension DeclineCoach {
    /// ArgumentParser's own entry point, with our exit codes and one-line errors:
    /// 0 success, 1 findings/problems, 2 bad usage or unreadable input.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as UsageFailure {
            printError(failure.description)
            Glibc.exit(2)
        } catch let code as ExitCode {
            Glibc.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                DeclineCoach.exit(withError: error) // --help, --version
            }
            let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            printError(message.replacingOccurrences(of: "Error: ", with: "") + " (see 'decline-coach help')")
            Glibc.exit(2)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
