import DeclineCoachKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file (or standard input for "-") into memory as bytes, with
/// one-line errors that say what went wrong and where.
enum InputReader {
    static func read(_ path: String) throws(UsageFailure) -> [UInt8] {
        if path == "-" {
            var info = stat()
            guard fstat(0, &info) == 0 else {
                throw UsageFailure(description: "cannot read standard input: \(String(cString: strerror(errno)))")
            }
            if (info.st_mode & S_IFMT) == S_IFDIR { throw UsageFailure(description: "standard input is a directory, not text") }
            return try readAll(fd: 0, sizeHint: 1 << 16, source: "standard input")
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw UsageFailure(description: "cannot read file: \(String(cString: strerror(errno))) (\(path))")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw UsageFailure(description: "is a directory, not a file (\(path))") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw UsageFailure(description: "cannot read file: \(String(cString: strerror(errno))) (\(path))") }
        defer { close(fd) }
        return try readAll(fd: fd, sizeHint: Int(info.st_size), source: path)
    }

    static func readAll(fd: Int32, sizeHint: Int, source: String) throws(UsageFailure) -> [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(max(sizeHint + 1, 4096))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw UsageFailure(description: "cannot read \(source): \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }
}
