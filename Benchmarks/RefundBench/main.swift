// RefundBench: settlements per second, and the REFUND.md §2.4 properties on many random cases.
//
//   swift run -c release RefundBench [--cases 100000] [--seed 20261203] [--seconds 2]
//
// Not part of `swift test`. Exits 1 if any property case fails.
import BoundaryKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

var propertyCases = 100_000
var seed: UInt64 = 20_261_203
var runSeconds = 2
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--cases": propertyCases = arguments.next().flatMap { Int($0) } ?? propertyCases
    case "--seed": seed = arguments.next().flatMap { UInt64($0) } ?? seed
    case "--seconds": runSeconds = arguments.next().flatMap { Int($0) } ?? runSeconds
    default:
        print("usage: RefundBench [--cases N] [--seed S] [--seconds T]")
        exit(2)
    }
}

let clock = ContinuousClock()

/// Whole milliseconds, in integers (no floating point anywhere in this package).
func milliseconds(_ duration: Duration) -> Int64 {
    let (whole, attoseconds) = duration.components
    return whole * 1_000 + attoseconds / 1_000_000_000_000_000
}

func rate(_ count: Int, _ duration: Duration) -> String {
    let (whole, attoseconds) = duration.components
    let microseconds = max(1, whole * 1_000_000 + attoseconds / 1_000_000_000_000)
    let perSecond = Int64(count) * 1_000_000 / microseconds
    var text = String(perSecond), grouped = ""
    while text.count > 3 {
        grouped = "," + text.suffix(3) + grouped
        text = String(text.dropLast(3))
    }
    return text + grouped
}

// 1. Properties.
var rng = SplitMix64(seed: seed)
var failures = 0, rangeErrors = 0
let propertyStart = clock.now
for index in 0..<propertyCases {
    let refundCase = RefundSampler.randomCase(&rng)
    if case .failure(let error) = Result(catching: { () throws(ValueError) in try SettlementEngine.settle(refundCase) }), error.code == "E_RANGE" {
        rangeErrors += 1
    }
    let problems = RefundSampler.violations(of: refundCase, &rng)
    if !problems.isEmpty {
        failures += 1
        if failures <= 5 { print("property case \(index) (seed \(seed)): \(problems)\n  \(refundCase)") }
    }
}
let propertyTime = clock.now - propertyStart
print("property cases: \(propertyCases) (seed \(seed)), failures: \(failures), E_RANGE: \(rangeErrors), \(rate(propertyCases, propertyTime)) cases/s (3 settlements each)")

// 2. Throughput over a pool of random valid cases, and over one typical case.
func measure(_ label: String, _ pool: [RefundCase], for seconds: Int) {
    var checksum: Int64 = 0
    var count = 0
    let deadline = clock.now + .seconds(seconds)
    let start = clock.now
    while clock.now < deadline {
        for refundCase in pool {
            if let settlement = try? SettlementEngine.settle(refundCase) { checksum &+= settlement.refund.minorUnits }
        }
        count += pool.count
    }
    let elapsed = clock.now - start
    print("\(label): \(rate(count, elapsed)) settlements/s (\(count) in \(milliseconds(elapsed)) ms, checksum \(checksum))")
}

var poolRng = SplitMix64(seed: seed &+ 1)
var pool: [RefundCase] = []
while pool.count < 10_000 {
    let refundCase = RefundSampler.randomCase(&poolRng)
    if (try? SettlementEngine.settle(refundCase)) != nil { pool.append(refundCase) }
}
measure("random mix (all methods, up to 10^18 minor units)", pool, for: runSeconds)
for name in ["time", "milestones", "hours", "deliverables", "percent", "measures"] {
    measure("  random \(name) only", pool.filter { $0.method.name == name }, for: max(1, runSeconds / 2))
}

let typical = try! RefundCaseReader.read(
    #"{"currency":"USD","total":"12000.00","paid":"12000.00","deposit":"1000.00","kill_fee_percent":"25","method":"time","start":"2025-01-01","end":"2025-12-31","last_service_day":"2025-03-31"}"#)
measure("typical time case (deposit, kill fee)", Array(repeating: typical, count: 1_000), for: runSeconds)

let milestones = try! RefundCaseReader.read(
    #"{"currency":"EUR","total":"8000.00","paid":"4000.00","method":"milestones","milestones":[{"weight":"20","status":"accepted"},{"weight":"30","status":"delivered"},{"weight":"30","status":"in_progress","percent":"50"},{"weight":"20","status":"not_started"}]}"#)
measure("milestones case (4 lines)", Array(repeating: milestones, count: 1_000), for: runSeconds)

// 3. The whole path a command takes: read JSON, settle, write JSON.
let text = #"{"currency":"USD","total":"6000.00","paid":"3000.00","method":"hours","hours":"27.5","rate":"85.00"}"#
var bytes = 0
let endToEndStart = clock.now
let endToEndCount = 50_000
for _ in 0..<endToEndCount {
    if let settlement = try? SettlementEngine.settle(RefundCaseReader.read(text)) { bytes &+= settlement.json.pretty().utf8.count }
}
print("read JSON + settle + write JSON: \(rate(endToEndCount, clock.now - endToEndStart)) cases/s (\(bytes / endToEndCount) bytes out each)")

if failures > 0 { exit(1) }
