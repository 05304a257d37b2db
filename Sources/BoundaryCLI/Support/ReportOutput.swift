import BoundaryKit

/// How `lint` and `tone` end: the documents that could not be read, each on one line of standard
/// error; the report in the chosen format, to standard output or `-o`; and the exit status.
enum ReportOutput {
    static func finish(_ reports: [Result<DocumentReport, any Error>], subject: ReportSubject, failOn: Severity,
                       ruleDescriptions: () -> [String: String], arguments: ParsedArguments, io: IO, inputs: [String],
                       before write: (LintReport) throws -> Void = { _ in }) throws -> Int32 {
        var documents: [DocumentReport] = []
        var failed = false
        for result in reports {
            do {
                documents.append(try result.get())
            } catch let error as CLIError {
                failed = true
                io.writeErr("boundary: error: \(error.message)\n" + (error.fix.map { "  fix: \($0)\n" } ?? ""))
            }
        }
        let report = LintReport(documents: documents, subject: subject)
        try write(report)
        let output: String
        switch arguments.value("--format") ?? "text" {
        case "json": output = JSONReporter.render(report)
        case "sarif": output = SARIFReporter.render(report, toolVersion: CLI.version, ruleDescriptions: ruleDescriptions())
        case "html": output = HTMLReporter.render(report)
        default: output = TextReporter.render(report, colour: arguments.value("--output") == nil && Terminal.useColour(io: io, stream: .stdout))
        }
        if !documents.isEmpty {
            try OutputWriter.write(output, to: arguments.value("--output"), force: arguments.flag("--force"), io: io, inputs: inputs)
        }
        if failed { return ExitCode.error }
        return report.hasFinding(atLeast: failOn) ? ExitCode.findings : ExitCode.success
    }
}
