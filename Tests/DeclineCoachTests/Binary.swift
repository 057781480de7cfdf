import Foundation

/// Runs the built `decline-coach` executable, as a user would from a shell.
enum Binary {
    static let url: URL = {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("decline-coach"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("decline-coach"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent(".build/debug/decline-coach"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(
        _ arguments: [String], stdin: String? = nil, stdinBytes: [UInt8]? = nil,
        environment: [String: String] = [:]
    ) throws -> Output {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let bytes = stdinBytes ?? Array((stdin ?? "").utf8)
        let writer = Thread {
            input.fileHandleForWriting.write(Data(bytes))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        // stderr is drained on its own thread so a full stderr pipe cannot stall the child
        final class Box: @unchecked Sendable { var data = Data() }
        let err = Box(), errRead = DispatchSemaphore(value: 0)
        Thread {
            err.data = error.fileHandleForReading.readDataToEndOfFile()
            errRead.signal()
        }.start()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        errRead.wait()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err.data, as: UTF8.self))
    }

    static func temporaryFile(_ contents: [UInt8], name: String = "draft.txt") throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("decline-coach-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent(name)
        try Data(contents).write(to: file)
        return file
    }
}
