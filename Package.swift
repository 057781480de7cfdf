// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "decline-coach",
    platforms: [.macOS(.v13)],
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
            dependencies: [.product(name: "Yams", package: "Yams")],
            exclude: ["Language"],
            plugins: ["LanguageDataPlugin"]
        ),
        // Compiles Language/ (cue phrases, lexicons) and the rule registry into Swift at build time.
        .executableTarget(name: "language-data", path: "Sources/language-data"),
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
