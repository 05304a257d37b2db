/// A data file made of a header between `---` lines and a Markdown body: clauses, letters, rules.
public struct FrontMatter: Sendable {
    public var header: Node
    public var body: String
    /// The line of `file` on which `body` starts, so body errors point at the right line.
    public var bodyFirstLine: Int

    public static func parse(_ text: String, file: String) throws(Diagnostic) -> FrontMatter {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let lines = text.lineSlices.map { $0.utf8.last == 13 ? $0[..<$0.utf8.index(before: $0.utf8.endIndex)] : $0 }
        guard lines.first == "---" else {
            throw Diagnostic(file: file, line: 1, "the file does not start with a '---' header line", fix: "begin with '---', the header keys, then '---' and the text")
        }
        guard let close = lines.dropFirst().firstIndex(of: "---") else {
            throw Diagnostic(file: file, line: 1, "the header opened here is never closed", fix: "end the header with a line '---'")
        }
        let header = try FormatReader.parse(lines: lines[1..<close], file: file, firstLine: 2)
        var bodyLines = Array(lines[(close + 1)...])
        var firstLine = close + 2
        while bodyLines.first?.allSatisfy({ $0 == " " }) == true {
            bodyLines.removeFirst()
            firstLine += 1
        }
        while bodyLines.last?.allSatisfy({ $0 == " " }) == true { bodyLines.removeLast() }
        return FrontMatter(header: header, body: bodyLines.joined(separator: "\n"), bodyFirstLine: firstLine)
    }
}
