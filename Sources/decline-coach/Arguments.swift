import ArgumentParser
import DeclineCoachKit

extension Channel: ExpressibleByArgument {}
extension TurnKind: ExpressibleByArgument {}
extension Reason: ExpressibleByArgument {}
extension Stage: ExpressibleByArgument {}
extension Level: ExpressibleByArgument {}
extension Difficulty: ExpressibleByArgument {}

/// Bad input found while running a command: printed as one line, exit 2.
struct UsageFailure: Error, CustomStringConvertible {
    let description: String
}

/// Flushes standard output and exits; output that could not be written (a full disk, a closed
/// pipe) is an error, never a silent success.
func finishOutput(status: Int32) -> Never {
    if fflush(nil) != 0 {  // every open stream: standard output is the one written
        printError("cannot write the output: \(String(cString: strerror(errno)))")
        Glibc.exit(status == 0 ? 1 : status)
    }
    Glibc.exit(status)
}

extension DeclineCoach {
    /// ArgumentParser's own entry point, with our exit codes and one-line errors:
    /// 0 success, 1 findings/problems, 2 bad usage or unreadable input.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
            finishOutput(status: 0)
        } catch let failure as UsageFailure {
            printError(failure.description)
            Glibc.exit(2)
        } catch let code as ExitCode {
            finishOutput(status: code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                DeclineCoach.exit(withError: error)  // --help, --version
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
