// libFuzzer entry point for briefing's fuzz targets (see docs/fuzzing.md). Built only for
// fuzzing, with the sanitizer and as a library (libFuzzer supplies `main`):
//
//   swift build --scratch-path .build-fuzz --product briefing-libfuzzer \
//       -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//   FUZZ_TARGET=quotes .build-fuzz/debug/briefing-libfuzzer -max_total_time=3600 -max_len=16384 corpus-dir/
//
// In an ordinary build this file has no top-level code, so the executable does nothing.
import BriefingFuzz
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "txt"
    guard let target = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("FUZZ_TARGET must be one of \(FuzzTarget.allCases.map(\.rawValue))\n".utf8))
        exit(2)
    }
    target.run(Array(UnsafeBufferPointer(start: data, count: count)))
    return 0
}
