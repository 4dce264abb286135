// Seeded mutation fuzzing of briefing's readers and scanners (see docs/fuzzing.md).
//
//   swift run briefing-fuzz [--target NAME]... [--seconds S] [--seed N] [--out DIR] [--hang-seconds H]
//   swift run briefing-fuzz --replay FILE --target NAME
//
// Each target runs for S seconds (default 10) on mutations of its seeds. Before each input
// runs it is written to DIR/current-<target> (default .fuzz/), so a crash leaves its
// reproducer behind; an input running longer than H seconds (default 20) is saved as
// DIR/hang-<target> and the run stops with exit status 3.
import BriefingFuzz
import Foundation

struct Arguments {
    var targets: [FuzzTarget] = []
    var seconds = 10.0
    var seed: UInt64 = 16
    var out = ".fuzz"
    var hangSeconds = 20.0
    var replay: String?

    init(_ args: [String]) {
        var i = 0
        func value() -> String {
            i += 1
            guard i < args.count else { Self.fail("\(args[i - 1]) needs a value") }
            return args[i]
        }
        while i < args.count {
            switch args[i] {
            case "--target":
                let name = value()
                if name == "all" { targets = FuzzTarget.allCases } else {
                    guard let t = FuzzTarget(rawValue: name) else {
                        Self.fail("unknown target \(name); targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    targets.append(t)
                }
            case "--seconds": seconds = Double(value()) ?? seconds
            case "--seed": seed = UInt64(value()) ?? seed
            case "--out": out = value()
            case "--hang-seconds": hangSeconds = Double(value()) ?? hangSeconds
            case "--replay": replay = value()
            default: Self.fail("unknown argument \(args[i])")
            }
            i += 1
        }
        if targets.isEmpty { targets = FuzzTarget.allCases }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("briefing-fuzz: \(message)\n".utf8))
        exit(1)
    }
}

/// The start time of the input now running (0 when none), read by the watchdog.
final class Watch: @unchecked Sendable {
    private let lock = NSLock()
    private var started = 0.0
    private var target = ""
    func begin(_ name: String) { lock.lock(); started = Date().timeIntervalSince1970; target = name; lock.unlock() }
    func end() { lock.lock(); started = 0; lock.unlock() }
    func running() -> (Double, String) { lock.lock(); defer { lock.unlock() }; return (started, target) }
}

let arguments = Arguments(Array(CommandLine.arguments.dropFirst()))
try? FileManager.default.createDirectory(atPath: arguments.out, withIntermediateDirectories: true)

if let replay = arguments.replay {
    guard let data = FileManager.default.contents(atPath: replay) else { Arguments.fail("cannot read \(replay)") }
    for target in arguments.targets { target.run(Array(data)) }
    print("replayed \(replay) on \(arguments.targets.map(\.rawValue).joined(separator: ", ")): no crash")
    exit(0)
}

let watch = Watch()
let out = arguments.out
let hang = arguments.hangSeconds
Thread.detachNewThread {
    while true {
        Thread.sleep(forTimeInterval: 0.5)
        let (started, name) = watch.running()
        if started > 0, Date().timeIntervalSince1970 - started > hang {
            let current = out + "/current-" + name
            let saved = out + "/hang-" + name
            try? FileManager.default.removeItem(atPath: saved)
            try? FileManager.default.copyItem(atPath: current, toPath: saved)
            FileHandle.standardError.write(Data("briefing-fuzz: \(name): an input ran over \(hang) s; saved as \(saved)\n".utf8))
            exit(3)
        }
    }
}

for target in arguments.targets {
    var mutator = Mutator(seed: arguments.seed &* 1_000_003 &+ UInt64(FuzzTarget.allCases.firstIndex(of: target)!))
    var pool = FuzzSeeds.inputs(for: target)
    let current = out + "/current-" + target.rawValue
    let deadline = Date().addingTimeInterval(arguments.seconds)
    var runs = 0
    while Date() < deadline {
        let base = pool[mutator.below(pool.count)]
        let other = pool[mutator.below(pool.count)]
        let input = runs < pool.count ? pool[runs] : mutator.mutate(base, other: other)
        _ = FileManager.default.createFile(atPath: current, contents: Data(input))
        watch.begin(target.rawValue)
        target.run(input)
        watch.end()
        runs += 1
        // Keep some inputs as new bases, so mutations compound (a bounded pool).
        if runs > pool.count, mutator.below(16) == 0 {
            if pool.count < 256 { pool.append(input) } else { pool[mutator.below(pool.count)] = input }
        }
    }
    try? FileManager.default.removeItem(atPath: current)
    print("fuzz \(target.rawValue): \(runs) inputs in \(arguments.seconds) s, no crash")
}
