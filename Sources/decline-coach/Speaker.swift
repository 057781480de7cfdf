import DeclineCoachKit
import Foundation

/// Speaks the recruiter's lines with espeak-ng (`practice --voice`), aloud when there is a sound
/// device, and into one WAV file per line with `--voice-out DIR`.
final class Speaker {
    let executable: String
    let voice: Voice
    let outDirectory: String?
    /// Whether lines are heard (a sound device is there); otherwise only the WAVs are written.
    let aloud: Bool
    private var written = 0
    private var playing: Process?

    private init(executable: String, voice: Voice, outDirectory: String?, aloud: Bool) {
        self.executable = executable; self.voice = voice; self.outDirectory = outDirectory; self.aloud = aloud
    }

    /// A speaker, or nil after saying in one line why the session goes on as text.
    static func make(voice: Voice, outDirectory: String?, note: (String) -> Void) -> Speaker? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { $0 + "/espeak-ng" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else {
            note("voice: espeak-ng is not installed (scripts/setup.sh installs it); going on as text")
            return nil
        }
        if let outDirectory {
            do { try FileManager.default.createDirectory(atPath: outDirectory, withIntermediateDirectories: true) } catch {
                note("voice: cannot write WAV files to \(outDirectory) (\(error.localizedDescription)); going on without them")
                return Speaker.hasSoundDevice ? Speaker(executable: path, voice: voice, outDirectory: nil, aloud: true) : nil
            }
        }
        let aloud = Speaker.hasSoundDevice
        if !aloud {
            note(
                "voice: no sound device found; the recruiter's lines are shown as text"
                    + (outDirectory.map { " (and written to \($0))" } ?? ""))
        }
        guard aloud || outDirectory != nil else { return nil }
        return Speaker(executable: path, voice: voice, outDirectory: outDirectory, aloud: aloud)
    }

    /// ALSA's devices, or a PulseAudio/PipeWire server to hand the sound to.
    static var hasSoundDevice: Bool {
        let env = ProcessInfo.processInfo.environment
        if env["PULSE_SERVER"].map({ !$0.isEmpty }) == true { return true }
        if let runtime = env["XDG_RUNTIME_DIR"], FileManager.default.fileExists(atPath: runtime + "/pulse/native") { return true }
        let devices = (try? FileManager.default.contentsOfDirectory(atPath: "/dev/snd")) ?? []
        return devices.contains { $0.hasPrefix("pcm") }
    }

    /// Says `line` (and writes its WAV). Returns whether it was heard.
    @discardableResult
    func speak(_ line: String, node: String) -> Bool {
        if let outDirectory {
            written += 1
            let safe = String(
                node.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || $0 == "-" ? Character($0) : "_" }.prefix(40))
            let file = outDirectory + "/" + String(format: "%03d", written) + "-" + safe + ".wav"
            run(voice.espeakArguments(line, wav: file), wait: true)
        }
        guard aloud else { return false }
        playing?.waitUntilExit()  // one line at a time, as on a call
        playing = run(voice.espeakArguments(line), wait: false)
        return playing != nil
    }

    @discardableResult
    private func run(_ arguments: [String], wait: Bool) -> Process? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        if wait { process.waitUntilExit() }
        return process
    }

    deinit { playing?.waitUntilExit() }
}
