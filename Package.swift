// swift-tools-version: 6.0
import PackageDescription

/// Built-in analysis passes: one target each under `Plugins/`, depending on BriefingCore only.
let builtInPasses = ["SourceList", "Dedup", "Summary", "Quotes", "Timeline", "Stories"]

let package = Package(
    name: "briefing",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        .library(name: "BriefingCore", targets: ["BriefingCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "BriefingCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "ThemeEmbedder",
            path: "Sources/ThemeEmbedder"
        ),
        .plugin(
            name: "EmbedTheme",
            capability: .buildTool(),
            dependencies: ["ThemeEmbedder"],
            path: "Sources/EmbedTheme"
        ),
        .target(
            name: "BriefingSite",
            dependencies: [
                "BriefingCore",
                "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTheme"]
        ),
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingCore",
                "BriefingSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ] + builtInPasses.map { .target(name: $0) }
        ),
        // Fuzzing (docs/fuzzing.md): the targets, a seeded mutation harness run in CI, and a
        // libFuzzer entry point built only with `-sanitize=fuzzer`.
        .target(
            name: "BriefingFuzz",
            dependencies: [
                "BriefingCore", "BriefingSite", "Quotes", "Timeline",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "briefing-fuzz", dependencies: ["BriefingFuzz"]),
        .executableTarget(name: "briefing-libfuzzer", dependencies: ["BriefingFuzz"]),
        // Dumps the speaker candidates of a corpus's quotes with their features, for
        // Benchmarks/quotes/train.py (training the attribution model); not part of the product.
        .executableTarget(
            name: "quote-features",
            dependencies: ["BriefingCore", "Quotes"],
            path: "Sources/QuoteFeatures"
        ),
        // In-memory documents, temporary corpora and dedup stubs shared by every test target.
        .target(name: "BriefingTestSupport", dependencies: ["BriefingCore"], path: "Tests/BriefingTestSupport"),
        .testTarget(name: "BriefingCoreTests", dependencies: ["BriefingCore", "BriefingTestSupport"]),
        .testTarget(name: "BriefingSiteTests", dependencies: ["BriefingSite", "BriefingCore", "BriefingTestSupport"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["briefing", "BriefingCore", "BriefingTestSupport"]
        ),
    ] + builtInPasses.flatMap { name -> [Target] in
        [
            .target(name: name, dependencies: ["BriefingCore"], path: "Plugins/\(name)"),
            .testTarget(name: "\(name)Tests", dependencies: [.target(name: name), "BriefingCore", "BriefingTestSupport"]),
        ]
    },
    swiftLanguageModes: [.v6]
)
