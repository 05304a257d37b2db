import BoundaryKit
import Foundation

/// Reads a contract in any format `boundary lint` takes (.txt, .md, .html, .docx, .pdf, or `-`) as
/// text with the way back to the original lines and columns.
enum DocumentReader {
    static let extensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "docx", "pdf"]
    /// Larger inputs are refused: the text model takes about ten times a text's size in memory.
    static let sizeLimit = 32 << 20

    /// The text to lint, and the text its positions refer to when that is another (HTML source, raw PDF text).
    static func read(_ path: String, io: IO) throws -> (ExtractedText, original: String?) {
        let lower = path.lowercased()
        if path == "-" {
            return (ExtractedText(text: try InputReader.read(path: path, io: io, limit: sizeLimit).text), nil)
        }
        if lower.hasSuffix(".docx") {
            let bytes = try InputReader.readFile(path: path, absolute: io.absolutePath(path), io: io, limit: sizeLimit)
            do { return (try DocxText.extract(bytes), nil) } catch { throw CLIError("'\(path)': \(error)") }
        }
        if lower.hasSuffix(".pdf") {
            _ = try InputReader.readFile(path: path, absolute: io.absolutePath(path), io: io, limit: sizeLimit)
            let raw = try pdftotext(io.absolutePath(path), display: path, io: io)
            return (PDFTextCleanup.clean(raw), raw)
        }
        let text = try InputReader.read(path: path, io: io, limit: sizeLimit).text
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return (HTMLText.extract(text), text) }
        return (ExtractedText(text: text), nil)
    }

    /// The text of a PDF through poppler's `pdftotext`, which every Linux and Homebrew has a package for.
    static func pdftotext(_ absolute: String, display: String, io: IO) throws -> String {
        let search = (io.environment["PATH"] ?? "/usr/bin:/bin:/usr/local/bin:/opt/homebrew/bin").split(separator: ":")
        guard let tool = search.map({ "\($0)/pdftotext" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw CLIError("cannot read '\(display)': reading PDF needs `pdftotext`, which is not installed",
                           fix: "install poppler-utils (apt install poppler-utils, or brew install poppler), or export the PDF as text and lint that")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", absolute, "-"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            if message.lowercased().contains("password") || message.lowercased().contains("encrypt") {
                throw CLIError("cannot read '\(display)': the PDF is encrypted", fix: "open it with its password and export the text, or ask for an unprotected copy")
            }
            throw CLIError("cannot read '\(display)': pdftotext failed (\(message.split(separator: "\n").first ?? "exit \(process.terminationStatus)"))",
                           fix: "check that the file is a PDF, or export its text")
        }
        let text = String(decoding: data, as: UTF8.self)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw CLIError("'\(display)' has no text layer (a scanned PDF?)", fix: "run it through OCR, or type out the clauses to check")
        }
        return text
    }

    /// The files to read from the arguments: files as given, directories searched recursively for
    /// `extensions` (by default the contract formats), in path order.
    static func expand(_ arguments: [String], io: IO, extensions: Set<String> = extensions) -> [String] {
        var paths: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard argument != "-", FileManager.default.fileExists(atPath: io.absolutePath(argument), isDirectory: &isDirectory), isDirectory.boolValue else {
                paths.append(argument)
                continue
            }
            let root = URL(fileURLWithPath: io.absolutePath(argument)).standardizedFileURL
            var found: [String] = []
            if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
                for case let url as URL in walker where extensions.contains(url.pathExtension.lowercased()) {
                    let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
                    found.append(argument.hasSuffix("/") ? argument + relative : argument + "/" + relative)
                }
            }
            paths += found.sorted()
        }
        return paths
    }
}
