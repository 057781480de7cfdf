// swift-tools-version:6.1
import PackageDescription

// Linux only (Debian/Ubuntu): the terminal and file code calls Glibc and libedit directly.
let package = Package(
    name: "decline-coach",
    products: [
        .executable(name: "decline-coach", targets: ["decline-coach"]),
        .library(name: "DeclineCoachKit", targets: ["DeclineCoachKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(
            name: "DeclineCoachKit",
            dependencies: ["DeclineCoachText", .product(name: "Yams", package: "Yams")],
            exclude: ["Language"],
            plugins: ["LanguageDataPlugin"]
        ),
        // Words and phrases: the tokenizer, stemmer and phrase matcher. Its own module because the
        // build tool below uses it too, to compile the phrase matcher at build time.
        .target(
            name: "DeclineCoachText",
            swiftSettings: [
                .unsafeFlags(["-cross-module-optimization"], .when(configuration: .release)),
                // optimised in debug builds too: decoding the phrase matcher unoptimised costs every
                // debug run ~0.1 s, and the test suite and accuracy floors start the binary thousands of times
                .unsafeFlags(["-O"], .when(configuration: .debug)),
            ]
        ),
        // Compiles Language/ (cue phrases, lexicons) and the rule registry into Swift at build time.
        .executableTarget(name: "language-data", dependencies: ["DeclineCoachText"], path: "Sources/language-data"),
        .plugin(name: "LanguageDataPlugin", capability: .buildTool(), dependencies: ["language-data"]),
        .systemLibrary(name: "CEditline", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .executableTarget(
            name: "decline-coach",
            dependencies: [
                "DeclineCoachKit",
                "CEditline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "decline-coach-bench", dependencies: ["DeclineCoachKit"], path: "Sources/decline-coach-bench"),
        .testTarget(name: "DeclineCoachKitTests", dependencies: ["DeclineCoachKit"]),
        .testTarget(name: "DeclineCoachTests", dependencies: ["DeclineCoachKit", "decline-coach"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer harnesses (Fuzz/), declared only for scripts/fuzz.sh, which sets DECLINE_COACH_FUZZ:
// they need `-sanitize=fuzzer`, which no ordinary build wants. The library is instrumented too, so
// coverage guides the fuzzer through the rules, the loader and the reader, not just the harness.
if Context.environment["DECLINE_COACH_FUZZ"] != nil {
    let fuzzing: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])]
    let linking: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]
    for target in package.targets where target.name == "DeclineCoachKit" {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-sanitize=fuzzer,address"])]
    }
    package.targets.append(.target(name: "FuzzSupport", path: "Fuzz/support"))
    for name in ["lint", "scenario", "transcript"] {
        package.targets.append(
            .executableTarget(
                name: "fuzz-\(name)", dependencies: ["DeclineCoachKit", "FuzzSupport"], path: "Fuzz/\(name)",
                swiftSettings: fuzzing, linkerSettings: linking))
    }
}
