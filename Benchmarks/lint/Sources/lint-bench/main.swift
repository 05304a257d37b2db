// Measures the text layer of `boundary lint` on a folder of contracts (.txt): decoding, the text
// model, and matching a phrase list of ~200 phrases. Prints MB/s per stage and a few robustness counts.
import BoundaryKit
import Foundation

var arguments = CommandLine.arguments.dropFirst()
// --parties: print the parties found in each file, to check the text model by eye.
let showParties = arguments.first == "--parties"
if showParties { arguments = arguments.dropFirst() }
// --outline FILE [--sentences]: print the headings (or the sentences) the text model finds in one file, with their kind and depth.
if arguments.first == "--outline", let file = arguments.dropFirst().first {
    let data = (try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data()
    let bytes = [UInt8](data)
    var extracted: ExtractedText
    if file.hasSuffix(".docx") {
        extracted = try DocxText.extract(bytes)
    } else if file.hasSuffix(".html") {
        extracted = HTMLText.extract(try TextDecoding.decode(bytes))
    } else {
        extracted = PDFTextCleanup.clean(try TextDecoding.decode(bytes))
    }
    let model = TextModel(extracted)
    if CommandLine.arguments.contains("--sentences") {
        for index in model.sentences.indices {
            print("\(model.position(ofTokens: model.sentences[index].tokens).start)\t\(model.text(ofSentence: index))")
        }
        exit(0)
    }
    for heading in model.headings {
        let indent = String(repeating: "  ", count: heading.depth - 1)
        print("\(model.position(ofTokens: heading.tokens).start)\t\(indent)[\(heading.kind.rawValue)] \(heading.number ?? "") \(heading.title ?? "")")
    }
    print("\(model.sentences.count) sentences; parties: \(model.parties.map { "\($0.role.rawValue)=\($0.name)" }.joined(separator: ", "))")
    exit(0)
}
guard let folder = arguments.first else {
    print("usage: lint-bench [--parties] FOLDER [REPEAT]")
    exit(2)
}
let repeats = arguments.dropFirst().first.flatMap { Int($0) } ?? 3

let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
guard !names.isEmpty else {
    print("no .txt files in \(folder)")
    exit(2)
}
if showParties {
    for name in names {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name)),
              let text = try? TextDecoding.decode([UInt8](data)) else { continue }
        let model = TextModel(text)
        let parties = model.parties.map { "\($0.role.rawValue)=\($0.name)" }.joined(separator: ", ")
        print("\(name.prefix(60))\t\(parties)")
    }
    exit(0)
}
let files: [[UInt8]] = names.map { [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent($0))) ?? Data()) }
let totalBytes = files.reduce(0) { $0 + $1.count }

let phrases = phraseList()
let rules = phrases.map { Matcher.Rule(anyOf: [$0]) } + [
    Matcher.Rule(groups: [["terminate", "termination", "cancel"], ["convenience", "without cause", "any reason", "at any time"]], within: 12, unless: ["shall not", "may not"]),
    Matcher.Rule(groups: [["liability"], ["shall not exceed", "limited to", "in no event exceed"]], within: 20),
    Matcher.Rule(groups: [["indirect", "consequential", "special"], ["damages"]], within: 8),
    Matcher.Rule(groups: [["title", "ownership", "intellectual property"], ["upon payment", "full payment", "receipt of payment"]], within: 25),
]

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

var compileTime = 0.0
var decodeTime = 0.0, modelTime = 0.0, matchTime = 0.0
var decodeErrors = 0, matches = 0, tokens = 0, sentences = 0, headings = 0, withBothParties = 0, withAParty = 0
var slowest = (name: "", seconds: 0.0, bytes: 0)
for round in 0..<repeats {
    let start = now()
    let matcher = try Matcher(rules: rules)
    compileTime = now() - start
    for (index, bytes) in files.enumerated() {
        let t0 = now()
        guard let text = try? TextDecoding.decode(bytes) else {
            if round == 0 { decodeErrors += 1 }
            continue
        }
        let t1 = now()
        let model = TextModel(text)
        let t2 = now()
        let found = matcher.matches(in: model)
        let t3 = now()
        decodeTime += t1 - t0
        modelTime += t2 - t1
        matchTime += t3 - t2
        if t3 - t0 > slowest.seconds { slowest = (names[index], t3 - t0, bytes.count) }
        if round == 0 {
            matches += found.count
            tokens += model.tokens.count
            sentences += model.sentences.count
            headings += model.headings.count
            let roles = Set(model.parties.map(\.role))
            if roles.count == 2 { withBothParties += 1 }
            if !roles.isEmpty { withAParty += 1 }
        }
    }
}
let megabytes = Double(totalBytes) / 1_048_576 * Double(repeats)
func rate(_ seconds: Double) -> String { String(format: "%7.1f MB/s  (%6.0f ms per pass)", megabytes / seconds, seconds * 1000 / Double(repeats)) }
print("files: \(files.count), \(String(format: "%.1f", Double(totalBytes) / 1_048_576)) MB, \(repeats) passes; \(rules.count) rules, \(phrases.count + 10) phrases (compiled in \(String(format: "%.2f", compileTime * 1000)) ms)")
print("decode        \(rate(decodeTime))")
print("text model    \(rate(modelTime))")
print("match         \(rate(matchTime))")
print("all           \(rate(decodeTime + modelTime + matchTime))")
print("slowest file: \(String(format: "%.1f", slowest.seconds * 1000)) ms for \(slowest.bytes / 1024) KB")
print("per pass: \(tokens) tokens, \(sentences) sentences, \(headings) headings, \(matches) matches; \(decodeErrors) files not decoded")
print("parties: both sides found in \(withBothParties) of \(files.count) files, at least one side in \(withAParty)")

// The other extractors on the same texts, once: the pdftotext cleanup, and HTML (the text read as HTML).
do {
    var cleanupTime = 0.0, htmlTime = 0.0, cleanedModels = 0
    for bytes in files {
        guard let text = try? TextDecoding.decode(bytes) else { continue }
        let t0 = now()
        let cleaned = PDFTextCleanup.clean(text)
        let t1 = now()
        _ = HTMLText.extract(text)
        let t2 = now()
        if !TextModel(cleaned).tokens.isEmpty { cleanedModels += 1 }
        cleanupTime += t1 - t0
        htmlTime += t2 - t1
    }
    let mb = Double(totalBytes) / 1_048_576
    print(String(format: "pdftotext cleanup %6.1f MB/s; HTML extraction %6.1f MB/s; %d files modelled after cleanup", mb / cleanupTime, mb / htmlTime, cleanedModels))
}

// A 100-page contract: the largest file repeated to about 300 KB (100 pages of ~3 KB).
if let largest = files.max(by: { $0.count < $1.count }), let text = try? TextDecoding.decode(largest) {
    var big = text
    while big.utf8.count < 300_000 { big += "\n\n" + text }
    let matcher = try Matcher(rules: rules)
    var best = Double.infinity
    for _ in 0..<5 {
        let t0 = now()
        let model = TextModel(big)
        _ = matcher.matches(in: model)
        best = min(best, now() - t0)
    }
    print("100-page contract (\(big.utf8.count / 1024) KB): \(String(format: "%.1f", best * 1000)) ms (text model + match, best of 5)")
}

func phraseList() -> [String] {
    """
    terminate for convenience; terminate this agreement; termination for cause; material breach; written notice; \
    days written notice; without cause; for any reason; at any time; upon notice; cure period; fails to cure; \
    insolvency; bankruptcy; receivership; assignment for the benefit of creditors; limitation of liability; \
    shall not exceed; aggregate liability; in no event shall; indirect damages; consequential damages; \
    special damages; punitive damages; lost profits; loss of profits; fees paid; fees paid or payable; \
    twelve months; 12 months; liquidated damages; penalty; indemnify; hold harmless; defend; third party claims; \
    work made for hire; work for hire; intellectual property; all right title and interest; hereby assigns; \
    shall assign; shall own; ownership; upon full payment; upon receipt of payment; license; non-exclusive license; \
    perpetual license; royalty-free; moral rights; background ip; pre-existing materials; refund; non-refundable; \
    deposit; kill fee; cancellation fee; pro rata; pro-rata; work performed; services rendered; \
    payment terms; net 30; net 60; net 90; within * days; invoice; late payment; late fee; interest at; \
    per month; per annum; pay when paid; paid when paid; upon receipt of payment from; sole discretion; \
    satisfaction; approval; acceptance; acceptance criteria; deemed accepted; revisions; unlimited revisions; \
    rounds of revisions; change order; change request; additional work; out of scope; scope of work; \
    statement of work; deliverables; milestones; schedule; timeline; delay; time is of the essence; \
    guarantee; guarantees; warrants; warranty; as is; fitness for a particular purpose; merchantability; \
    results; money back; non-compete; non compete; non-solicitation; solicit; exclusivity; exclusive; \
    automatically renew; automatic renewal; renewal term; successive; evergreen; unless either party; \
    may modify; may amend; sole right to change; unilaterally; at any time without notice; \
    available 24 hours; 24/7; respond within; response time; within * hours; within * minutes; \
    confidential information; confidentiality; non-disclosure; trade secrets; governing law; \
    laws of the state of; jurisdiction; venue; arbitration; dispute resolution; mediation; force majeure; \
    act of god; independent contractor; not an employee; subcontract; subcontractor; substitute; \
    personnel; key personnel; assignment; may not assign; entire agreement; severability; waiver; \
    counterparts; notices; survival; shall survive; expenses; reimburse; reimbursement; travel expenses; \
    taxes; withholding; audit; records; insurance; compliance with laws; data protection; personal data; \
    gdpr; security; breach notification; return of materials; destroy; publicity; portfolio; \
    credit; attribution; source code; escrow; maintenance; support; service levels; uptime; \
    service credits; termination fee; early termination; wind down; transition assistance; \
    effective date; term of this agreement; initial term; expiration; notice of non-renewal; \
    most favored; benchmarking; right to audit; set off; setoff; withhold payment; dispute an invoice; \
    disputed amounts; good faith; reasonable efforts; best efforts; commercially reasonable; \
    best endeavours; reasonable endeavours; consultant shall; contractor shall; client shall; \
    customer shall; company shall; the parties agree; in witness whereof; signature; authorized representative
    """.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}
