import Foundation

/// What decline-coach remembers about the user between sessions: their name, so the recruiter
/// says it in every rehearsal. Kept as `profile.json` in the data directory (mode 0600).
public struct Profile: Sendable, Equatable {
    public var name: String?
    public init(name: String? = nil) { self.name = name }

    public static func path(_ dataDirectory: String) -> String { dataDirectory + "/profile.json" }

    /// The saved profile; an empty one when there is none or it cannot be read.
    public static func load(_ dataDirectory: String) -> Profile {
        guard let data = FileManager.default.contents(atPath: path(dataDirectory)),
            let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else { return Profile() }
        let name = (object["name"] as? String).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return Profile(name: name.flatMap { $0.isEmpty || $0.count > 80 ? nil : $0 })
    }

    @discardableResult
    public func save(_ dataDirectory: String) -> Bool {
        guard (try? DataDirectory.ensure(dataDirectory)) != nil else { return false }
        let text = JSON.object([("name", name.map { .string($0) } ?? .null)]).text + "\n"
        let path = Profile.path(dataDirectory)
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            return false
        }
        return true
    }
}
