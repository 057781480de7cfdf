import CEditline
import DeclineCoachKit
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What a read produced.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C: the half-typed line was discarded.
    case interrupted
    /// The turn's time ran out (`--timed`).
    case timedOut
    /// Ctrl-D, end of input, or SIGTERM/SIGHUP: end the session and save it.
    case end
}

/// Reads the user's lines: libedit on a terminal, a plain reader otherwise.
/// Tests also drive the coach with a scripted reader, which can play the
/// events a pipe cannot (Ctrl-C, a timeout), and through a pseudo-terminal.
protocol LineReader: AnyObject {
    func read(prompt: String, timeout: Int?) -> LineInput
    func remember(_ line: String)
}

/// A line reader for pipes and files: no editing, no echo handling.
final class PlainReader: LineReader {
    private let input: FileHandle
    private var buffer: [UInt8] = []
    private var finished = false

    init(input: FileHandle = .standardInput) { self.input = input }

    func read(prompt: String, timeout: Int?) -> LineInput {
        if !prompt.isEmpty, isatty(1) == 1 { FileHandle.standardOutput.write(Data(prompt.utf8)) }
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                var line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if line.last == 13 { line.removeLast() }
                return .line(String(decoding: line, as: UTF8.self))
            }
            if finished {
                if buffer.isEmpty { return .end }
                defer { buffer.removeAll() }
                return .line(String(decoding: buffer, as: UTF8.self))
            }
            if let timeout {
                var pfd = pollfd(fd: input.fileDescriptor, events: Int16(POLLIN), revents: 0)
                if poll(&pfd, 1, Int32(timeout * 1000)) == 0 { return .timedOut }
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(input.fileDescriptor, $0.baseAddress, 4096) }
            if n < 0 && errno == EINTR { if ce_stop_requested() != 0 { return .end }; continue }
            if n <= 0 { finished = true } else { buffer.append(contentsOf: chunk[0..<n]) }
        }
    }

    func remember(_ line: String) {}
}

/// Line editing with libedit: history across runs, Tab completion, ~/.editrc,
/// a coloured prompt measured correctly, Ctrl-C to clear the line.
final class EditlineReader: LineReader {
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    private let saveHistory: Bool
    private var promptBuffer: UnsafeMutablePointer<CChar>
    var completions: (String) -> [String] = { _ in [] }
    fileprivate var interrupted = false

    init(historyPath: String?, saveHistory: Bool = true) {
        self.saveHistory = saveHistory
        ce_setup_locale()
        ce_install_signal_handlers()
        editor = ce_init(CommandLine.arguments.first ?? "decline-coach")
        history = ce_history_init(1000)
        self.historyPath = historyPath
        promptBuffer = strdup("> ")
        ce_set_editor(editor, "emacs")
        ce_set_signal(editor, 1)
        ce_set_history(editor, history)
        ce_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        ce_set_prompt(
            editor,
            { e in
                guard let e, let data = ce_get_clientdata(e) else { return nil }
                return Unmanaged<EditlineReader>.fromOpaque(data).takeUnretainedValue().promptBuffer
            }, 1)
        ce_add_function(
            editor, "decline-complete", "Complete a command or scenario id",
            { e, _ in
                guard let e, let data = ce_get_clientdata(e) else { return UInt8(CC_ERROR) }
                return Unmanaged<EditlineReader>.fromOpaque(data).takeUnretainedValue().complete()
            })
        ce_bind(editor, "^I", "decline-complete")
        // Ctrl-C as a key: drop the half-typed line and start afresh (no signal involved)
        ce_add_function(
            editor, "decline-interrupt", "Discard the line",
            { e, _ in
                guard let e, let data = ce_get_clientdata(e) else { return UInt8(CC_ERROR) }
                let reader = Unmanaged<EditlineReader>.fromOpaque(data).takeUnretainedValue()
                reader.clearLine()
                reader.interrupted = true
                return UInt8(CC_NEWLINE)
            })
        ce_bind(editor, "^C", "decline-interrupt")
        ce_source_editrc(editor)
        if let historyPath { ce_history_load(history, historyPath) }
    }

    deinit {
        el_end(editor)
        history_end(history)
        free(promptBuffer)
    }

    private var timedReader = false
    func read(prompt: String, timeout: Int?) -> LineInput {
        free(promptBuffer)
        promptBuffer = strdup(prompt)
        if let timeout {
            if !timedReader { ce_use_timed_reader(editor); timedReader = true }
            ce_set_timer(Int32(timeout))
        } else {
            ce_set_timer(0)
        }
        defer { ce_set_timer(0) }
        var count: Int32 = 0
        interrupted = false
        // errno is only set on failure: a stale EINTR (from an earlier Ctrl-C or alarm) would make
        // the next Ctrl-D look like an interruption, and the session could not be ended
        errno = 0
        let raw = el_gets(editor, &count)
        let error = ce_errno()
        let timedOut = ce_timer_expired() != 0
        if ce_stop_requested() != 0 { print(""); return .end }
        if interrupted { return .interrupted }
        guard let raw else {
            if error == EINTR {
                // silence ran out: what was typed so far is what was said
                let typed = timedOut ? currentLine() : ""
                clearLine()
                print("")
                if timedOut { return typed.trimmingCharacters(in: .whitespaces).isEmpty ? .timedOut : .line(typed) }
                return .interrupted
            }
            print("")  // libedit echoes ^D; end the line
            return .end
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// The half-typed line in libedit's buffer.
    private func currentLine() -> String {
        guard let info = el_line(editor)?.pointee else { return "" }
        return String(
            decoding: UnsafeBufferPointer(
                start: UnsafeRawPointer(info.buffer).assumingMemoryBound(to: UInt8.self),
                count: info.lastchar - info.buffer), as: UTF8.self)
    }

    /// Empties libedit's line buffer: an interrupted line must not come back.
    fileprivate func clearLine() {
        guard let info = el_line(editor)?.pointee else { return }
        let after = info.lastchar - info.cursor
        if after > 0 { el_cursor(editor, Int32(after)) }
        let all = info.lastchar - info.buffer
        if all > 0 { el_deletestr(editor, Int32(all)) }
    }

    func remember(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        ce_history_enter(history, line)
        // written beside it and renamed over it: a symlink planted at the history path is
        // replaced, never followed to overwrite what it points to
        if saveHistory, let historyPath {
            let temporary = historyPath + ".\(getpid()).tmp"
            unlink(temporary)
            if ce_history_save(history, temporary) >= 0 {
                chmod(temporary, 0o600); rename(temporary, historyPath)
            } else {
                unlink(temporary)
            }
        }
    }

    /// Completes the word under the cursor from `completions` (the common prefix, or the only match).
    private func complete() -> UInt8 {
        guard let info = el_line(editor)?.pointee else { return UInt8(CC_ERROR) }
        let typed = String(
            decoding: UnsafeBufferPointer(
                start: UnsafeRawPointer(info.buffer).assumingMemoryBound(to: UInt8.self),
                count: info.cursor - info.buffer), as: UTF8.self)
        let options = completions(typed)
        guard let first = options.first else { return UInt8(CC_REFRESH_BEEP) }
        var common = first
        for option in options.dropFirst() { while !option.hasPrefix(common) { common.removeLast() } }
        guard common.count > typed.count else {
            if options.count > 1 { print("\n" + options.joined(separator: "  ")); return UInt8(CC_REDISPLAY) }
            return UInt8(CC_REFRESH_BEEP)
        }
        let suffix = String(common.dropFirst(typed.count)) + (options.count == 1 ? " " : "")
        el_insertstr(editor, suffix)
        return UInt8(CC_REFRESH)
    }
}
