/// How the recruiter sounds with `practice --voice`: an espeak-ng voice variant, a speed in words
/// per minute and a pitch. A scenario can set one (`facts.voice: {variant: f3, speed: 165, pitch: 60}`);
/// otherwise the contact's name picks one, the same every time.
public struct Voice: Sendable, Equatable {
    public var variant: String
    public var speed: Int
    public var pitch: Int

    public init(variant: String, speed: Int, pitch: Int) {
        self.variant = variant; self.speed = speed; self.pitch = pitch
    }

    /// espeak-ng's English variants, by file name (`en+f3`).
    public static let variants = ["m1", "m2", "m3", "m4", "m5", "m6", "m7", "f1", "f2", "f3", "f4", "f5"]
    public static let speeds = 80...400
    public static let pitches = 0...99

    /// A stable voice for a contact: the same name always sounds the same.
    public static func derived(from contact: String) -> Voice {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in contact.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Voice(variant: variants[Int(h % UInt64(variants.count))], speed: 150 + Int((h >> 8) % 31), pitch: 35 + Int((h >> 16) % 31))
    }

    /// The arguments for espeak-ng to say `text`, into a WAV file when `wav` is given.
    public func espeakArguments(_ text: String, wav: String? = nil) -> [String] {
        ["-v", "en+" + variant, "-s", String(speed), "-p", String(pitch)] + (wav.map { ["-w", $0] } ?? []) + ["--", text]
    }
}
