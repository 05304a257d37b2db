import BoundaryKit

/// Reads a letter for `boundary tone`: any format `DocumentReader` reads, and e-mail (`.eml`, or
/// standard input that starts with mail headers), with the lines that quote someone else.
enum LetterReader {
    /// What a directory is searched for.
    static let extensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "eml"]

    struct Letter {
        var text: ExtractedText
        /// The lines of `text` quoted from someone else.
        var quoted: Set<Int>
        /// The text positions refer to, when it is not `text` (HTML source, the e-mail file).
        var original: String?
    }

    static func read(_ path: String, io: IO) throws -> Letter {
        let lower = path.lowercased()
        if lower.hasSuffix(".eml") || path == "-" {
            let (name, raw) = try InputReader.read(path: path, io: io, limit: DocumentReader.sizeLimit)
            if lower.hasSuffix(".eml") || EmailText.looksLikeMessage(raw) {
                let text: ExtractedText, quoted: Set<Int>
                do { (text, quoted) = try EmailText.read(raw) } catch {
                    throw CLIError("cannot read the e-mail '\(name)': \(error)", fix: "save the message as plain text (the body only) and check that")
                }
                guard text.text.contains(where: { !$0.isWhitespace }) else {
                    throw CLIError("the e-mail '\(name)' has no text", fix: "check that the message has a subject or a body")
                }
                return Letter(text: text, quoted: quoted, original: raw)
            }
            return Letter(text: ExtractedText(text: raw), quoted: QuotedLines.marked(in: raw), original: nil)
        }
        let (extracted, original) = try DocumentReader.read(path, io: io)
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm"), let original {
            return Letter(text: extracted, quoted: QuotedLines.blockquotes(in: original, extracted: extracted), original: original)
        }
        return Letter(text: extracted, quoted: QuotedLines.marked(in: extracted.text), original: original)
    }
}
