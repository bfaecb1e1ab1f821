// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "zisite",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "zisite", targets: ["ZISiteCLI"]),
        .library(name: "ZISite", targets: ["ZISite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "ZISite",
            dependencies: [
                "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "ZISiteCLI",
            dependencies: [
                "ZISite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .testTarget(name: "ZISiteTests", dependencies: ["ZISite"]),
        .testTarget(name: "ZISiteCLITests", dependencies: ["ZISiteCLI"]),
        .testTarget(
            name: "ZISiteEndToEndTests",
            dependencies: ["ZISite"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
