/// A letter in each output format. Every format says the same words; quoted agreement text stays
/// quoted (`> ` lines, or `<blockquote>` in HTML), so a tone check can tell it from the letter's prose.
public enum LetterRenderer {
    public enum Format: String, Sendable, CaseIterable {
        case markdown, text, html, eml
    }

    /// Plain text and e-mail bodies are wrapped at this width.
    public static let width = 72

    public static func render(_ letter: Letter, as format: Format) -> String {
        switch format {
        case .markdown: markdown(letter)
        case .text: "Subject: \(letter.subject)\n\n" + text(letter.body)
        case .html: html(letter)
        case .eml: eml(letter)
        }
    }

    // MARK: Blocks

    enum Block: Equatable {
        /// Lines of one paragraph, each kept on its own line (a sign-off: "Kind regards," then the name).
        case paragraph([String])
        case list([String])
        /// Quoted lines, without their `> `; blank lines separate the quote's own paragraphs.
        case quote([String])
    }

    static func blocks(_ body: String) -> [Block] {
        var blocks: [Block] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false).map({ String($0).trimmingTrailingSpaces }) {
            if line.hasPrefix(">") {
                let content = String(line.dropFirst(line.hasPrefix("> ") ? 2 : 1))
                if case .quote(let lines)? = blocks.last { blocks[blocks.count - 1] = .quote(lines + [content]) } else { blocks.append(.quote([content])) }
            } else if line.hasPrefix("- ") {
                let item = String(line.dropFirst(2))
                if case .list(let items)? = blocks.last { blocks[blocks.count - 1] = .list(items + [item]) } else { blocks.append(.list([item])) }
            } else if line.isEmpty {
                blocks.append(.paragraph([]))
            } else if case .paragraph(let lines)? = blocks.last, !lines.isEmpty {
                blocks[blocks.count - 1] = .paragraph(lines + [line])
            } else {
                blocks.append(.paragraph([line]))
            }
        }
        return blocks.filter { $0 != .paragraph([]) }
    }

    /// A quote's lines as its own paragraphs and lists.
    static func quoteParts(_ lines: [String]) -> [Block] {
        blocks(lines.joined(separator: "\n")).map { if case .quote(let inner) = $0 { .paragraph(inner) } else { $0 } }
    }

    // MARK: Markdown

    static func markdown(_ letter: Letter) -> String {
        var out = ["**Subject:** \(letter.subject)"]
        for block in blocks(letter.body) {
            out.append("")
            switch block {
            case .paragraph(let lines): out.append(lines.joined(separator: "\\\n"))
            case .list(let items): out += items.map { "- \($0)" }
            case .quote(let lines):
                // "1. Scope" at the start of a quoted line is a heading here, not a numbered list.
                out += lines.map { line in line.isEmpty ? ">" : "> " + escapeListNumber(line) }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func escapeListNumber(_ line: String) -> String {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") else { return line }
        return digits + "\\" + line.dropFirst(digits.count)
    }

    // MARK: Plain text

    static func text(_ body: String) -> String {
        var out: [String] = []
        for block in blocks(body) {
            if !out.isEmpty { out.append("") }
            switch block {
            case .paragraph(let lines): for line in lines { out += wrap(line, first: "", rest: "") }
            case .list(let items): for item in items { out += wrap(item, first: "- ", rest: "  ") }
            case .quote(let lines):
                for line in lines {
                    if line.isEmpty { out.append(">") }
                    else if line.hasPrefix("- ") { out += wrap(String(line.dropFirst(2)), first: "> - ", rest: ">   ") }
                    else { out += wrap(line, first: "> ", rest: "> ") }
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `text` wrapped at `width` columns; lines begin with `first`, then `rest`. A word longer than a
    /// line stays whole.
    static func wrap(_ text: String, first: String, rest: String) -> [String] {
        TextRenderer.wrap(words: unbreakable(text), width: width, first: first, rest: rest)
    }

    /// The words of `text`, an amount kept whole: `USD 3,600.00` is not split after its currency code.
    static func unbreakable(_ text: String) -> [String] {
        var words: [String] = []
        for word in text.split(separator: " ") {
            if let last = words.last, last.count == 3, last.allSatisfy({ $0.isASCII && $0.isUppercase }), word.first?.isASCII == true, word.first?.isNumber == true {
                words[words.count - 1] = last + " " + word
            } else {
                words.append(String(word))
            }
        }
        return words
    }

    // MARK: HTML

    static func html(_ letter: Letter) -> String {
        var out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
                   "<title>\(HTMLEscaping.escape(letter.subject))</title>", "</head>", "<body>",
                   "<p><strong>Subject:</strong> \(HTMLEscaping.escape(letter.subject))</p>"]
        func append(_ block: Block) {
            switch block {
            case .paragraph(let lines): out.append("<p>" + lines.map { HTMLEscaping.escape($0) }.joined(separator: "<br>\n") + "</p>")
            case .list(let items): out += ["<ul>"] + items.map { "<li>\(HTMLEscaping.escape($0))</li>" } + ["</ul>"]
            case .quote: break
            }
        }
        for block in blocks(letter.body) {
            if case .quote(let lines) = block {
                out.append("<blockquote>")
                quoteParts(lines).forEach(append)
                out.append("</blockquote>")
            } else {
                append(block)
            }
        }
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: E-mail

    /// An RFC 5322 message: headers, a blank line, the plain-text body; CRLF line ends. No `Date` or
    /// `Message-ID`: the mail client adds them when it sends, and the output stays the same on every run.
    static func eml(_ letter: Letter) -> String {
        var headers: [String] = []
        if let from = letter.from { headers.append("From: " + mailbox(from)) }
        if let to = letter.to { headers.append("To: " + mailbox(to)) }
        headers += [folded("Subject: " + encodedHeader(letter.subject)), "MIME-Version: 1.0",
                    "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        let body = text(letter.body).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + body
    }

    /// A header line folded at spaces (CRLF + space) so that no line passes 78 characters where it can be helped.
    static func folded(_ line: String) -> String {
        guard line.count > 78, !line.contains("=?utf-8?") else { return line }
        var lines: [String] = [], current = ""
        for word in line.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > 78 {
                lines.append(current)
                current = " " + word
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// `"Display Name" <address>`, the name quoted (or encoded when it is not ASCII).
    static func mailbox(_ address: Letter.Address) -> String {
        guard let name = address.name, !name.isEmpty else { return "<\(address.email)>" }
        if name.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            let escaped = name.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
            return "\"\(escaped)\" <\(address.email)>"
        }
        return encodedWords(name) + " <\(address.email)>"
    }

    /// A header value as is when it is printable ASCII, else as RFC 2047 encoded words.
    static func encodedHeader(_ text: String) -> String {
        text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) ? text : encodedWords(text)
    }

    /// `=?utf-8?B?…?=` words of at most 75 characters, split between characters, folded with CRLF + space.
    static func encodedWords(_ text: String) -> String {
        var words: [String] = [], chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if (chunk.count + bytes.count + 2) / 3 * 4 > 60 {
                words.append("=?utf-8?B?" + Base64.encode(chunk) + "?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?utf-8?B?" + Base64.encode(chunk) + "?=") }
        return words.joined(separator: "\r\n ")
    }
}
