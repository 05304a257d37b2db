/// The text of an e-mail message (`.eml`, RFC 5322) as its writer wrote it: the `Subject:` line and
/// the body, with every other header left out. A quoted-printable or base64 body is decoded; of a
/// multipart message the first `text/plain` part is read (else the first `text/html` part, as
/// HTML). The source map leads every character back to its line and column in the message file.
public enum EmailText {
    /// Why a message cannot be read, in words for the user.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// A decoded body: its bytes, each with the place in the message it came from.
    struct Decoded {
        var bytes: [UInt8] = []
        var origins: [SourcePosition] = []
        mutating func append(_ byte: UInt8, _ origin: SourcePosition) {
            bytes.append(byte)
            origins.append(origin)
        }
    }

    struct Part {
        var headers: [(name: String, value: String, line: Int)]
        /// Line indexes (0-based) of the part's body.
        var body: Range<Int>

        func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }
    }

    /// Whether `text` looks like an e-mail message: its first line is one of the usual headers.
    public static func looksLikeMessage(_ text: String) -> Bool {
        let first = text.prefix { $0 != "\n" }.lowercased()
        return ["from:", "to:", "subject:", "date:", "return-path:", "received:", "mime-version:", "message-id:", "delivered-to:", "reply-to:"]
            .contains { first.hasPrefix($0) }
    }

    public static func extract(_ text: String) throws(Failure) -> ExtractedText { try read(text).text }

    /// The subject and body of the message `text`, and the lines of it quoted from someone else:
    /// `>` lines, or the `<blockquote>` of an HTML body.
    public static func read(_ text: String) throws(Failure) -> (text: ExtractedText, quoted: Set<Int>) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        let top = part(lines, 0..<lines.count)
        guard !top.headers.isEmpty else {
            throw Failure(message: "it does not start with mail headers (From:, Subject: …)")
        }
        var out = ExtractedTextBuilder(capacity: text.utf8.count)
        // The body's first line, once the subject and the blank line after it are written.
        var bodyLine = 1
        // The subject: its value, where it stands in the file.
        if let subject = top.headers.first(where: { $0.name == "subject" }) {
            // The value, and the lines it is folded onto (they start with a space or a tab).
            var index = subject.line
            var column = 1
            var pieces: [(text: [UInt8], origin: SourcePosition, encoded: Bool)] = []
            repeat {
                let raw = lines[index]
                var scalars = raw.unicodeScalars[...]
                column = 1
                if index == subject.line, let colon = raw.unicodeScalars.firstIndex(of: ":") {
                    column = raw.unicodeScalars.distance(from: scalars.startIndex, to: colon) + 2
                    scalars = raw.unicodeScalars[raw.unicodeScalars.index(after: colon)...]
                }
                while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst(); column += 1 }
                if index != subject.line { pieces.append((Array(" ".utf8), SourcePosition(line: index + 1, column: max(1, column - 1)), false)) }
                let text = String(String.UnicodeScalarView(scalars))
                var rest = text[...]
                while !rest.isEmpty {
                    if rest.hasPrefix("=?"), let word = encodedWord(rest) {
                        // White space between two encoded words is not part of the text (RFC 2047).
                        if let last = pieces.last, !last.encoded, last.text.allSatisfy({ $0 == 0x20 || $0 == 0x09 }),
                           pieces.count >= 2, pieces[pieces.count - 2].encoded { pieces.removeLast() }
                        pieces.append((word.bytes, SourcePosition(line: index + 1, column: column), true))
                        column += word.length
                        rest = rest.dropFirst(word.length)
                    } else {
                        let scalar = rest.unicodeScalars.first!
                        pieces.append((Array(String(scalar).utf8), SourcePosition(line: index + 1, column: column), false))
                        column += 1
                        rest = Substring(rest.unicodeScalars.dropFirst())
                    }
                }
                index += 1
            } while index < lines.count && (lines[index].first == " " || lines[index].first == "\t")
            for piece in pieces { for byte in piece.text { out.append(byte, from: piece.origin) } }
            out.breakLine(count: 2, from: SourcePosition(line: index, column: column))
            bodyLine = 3
        }
        let chosen = try textPart(top, lines: lines)
        let decoded = try decode(chosen, lines: lines)
        guard let body = String(validating: decoded.bytes, as: UTF8.self) else {
            throw Failure(message: "its text is not UTF-8 once decoded")
        }
        let type = (chosen.header("content-type") ?? "text/plain").lowercased()
        var quoted: Set<Int> = []
        if type.hasPrefix("text/html") {
            let html = HTMLText.extract(body)
            quoted = Set(QuotedLines.blockquotes(in: body, extracted: html).map { $0 + bodyLine - 1 })
            let index = positions(decoded)
            for (number, line) in html.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var column = 1
                for scalar in line.unicodeScalars {
                    let inBody = html.sourceMap.original(SourcePosition(line: number + 1, column: column))
                    out.append(String(scalar), from: index(inBody))
                    column += 1
                }
                out.append(0x0A, from: index(SourcePosition(line: number + 1, column: column)))
            }
        } else {
            for (byte, origin) in zip(decoded.bytes, decoded.origins) { out.append(byte, from: origin) }
        }
        let extracted = out.finish()
        return (extracted, quoted.union(QuotedLines.marked(in: extracted.text)))
    }

    /// The bytes of an RFC 2047 encoded word at the start of `text` (`=?utf-8?B?…?=` or `?Q?`), and
    /// its length in scalars; nil when it is not one, or not UTF-8 or ASCII.
    static func encodedWord(_ text: Substring) -> (bytes: [UInt8], length: Int)? {
        let parts = text.dropFirst(2).split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[3].hasPrefix("="), !parts[2].contains(" ") else { return nil }
        let charset = parts[0].lowercased().split(separator: "*").first.map(String.init) ?? ""
        guard ["utf-8", "utf8", "us-ascii"].contains(charset) else { return nil }
        let payload = Array(parts[2].utf8)
        var bytes: [UInt8]
        switch parts[1].lowercased() {
        case "b":
            guard let decoded = Base64.decode(payload) else { return nil }
            bytes = decoded
        case "q":
            bytes = []
            var k = 0
            while k < payload.count {
                if payload[k] == UInt8(ascii: "_") {
                    bytes.append(0x20)
                } else if payload[k] == UInt8(ascii: "="), k + 2 < payload.count, let high = hex(payload[k + 1]), let low = hex(payload[k + 2]) {
                    bytes.append(high << 4 | low)
                    k += 2
                } else {
                    bytes.append(payload[k])
                }
                k += 1
            }
        default:
            return nil
        }
        guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
        let length = 2 + parts[0].unicodeScalars.count + 1 + parts[1].unicodeScalars.count + 1 + parts[2].unicodeScalars.count + 2
        return (bytes, length)
    }

    /// A map from a position in the decoded body to its origin in the message.
    static func positions(_ decoded: Decoded) -> (SourcePosition) -> SourcePosition {
        var table: [[SourcePosition]] = [[]]
        for (byte, origin) in zip(decoded.bytes, decoded.origins) {
            if byte == 0x0A {
                table[table.count - 1].append(origin)
                table.append([])
            } else if byte & 0xC0 != 0x80 {
                table[table.count - 1].append(origin)
            }
        }
        let fallback = decoded.origins.first ?? SourcePosition(line: 1, column: 1)
        return { position in
            guard position.line >= 1, position.line <= table.count else { return fallback }
            let row = table[position.line - 1]
            guard !row.isEmpty else { return fallback }
            return row[min(max(position.column - 1, 0), row.count - 1)]
        }
    }

    /// The headers of the lines from `range.lowerBound` to the first empty line (continuation lines
    /// unfolded), and the rest as the body.
    static func part(_ lines: [Substring], _ range: Range<Int>) -> Part {
        var headers: [(name: String, value: String, line: Int)] = []
        var i = range.lowerBound
        while i < range.upperBound, !lines[i].isEmpty {
            let line = lines[i]
            if line.first == " " || line.first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += " " + line.drop { $0 == " " || $0 == "\t" }
            } else if let colon = line.firstIndex(of: ":"), !line[..<colon].isEmpty, !line[..<colon].contains(" ") {
                headers.append((line[..<colon].lowercased(), String(line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }), i))
            } else {
                break
            }
            i += 1
        }
        if i < range.upperBound, lines[i].isEmpty { i += 1 }
        return Part(headers: headers, body: i..<range.upperBound)
    }

    /// The part to read: the message itself, or its first `text/plain` part (else `text/html`).
    static func textPart(_ message: Part, lines: [Substring], depth: Int = 0) throws(Failure) -> Part {
        let type = (message.header("content-type") ?? "text/plain").lowercased()
        guard type.hasPrefix("multipart/") else {
            guard type.hasPrefix("text/plain") || type.hasPrefix("text/html") else {
                throw Failure(message: "its body is \(type.split(separator: ";").first ?? ""), not text")
            }
            return message
        }
        guard depth < 4, let boundary = parameter("boundary", in: message.header("content-type") ?? "") else {
            throw Failure(message: "it is a multipart message without a boundary")
        }
        var parts: [Part] = []
        var start: Int?
        for i in message.body {
            let line = lines[i].trimmingTrailingSpaces
            if line == "--" + boundary || line == "--" + boundary + "--" {
                if let s = start { parts.append(part(lines, s..<i)) }
                start = line.hasSuffix("--") && line != "--" + boundary ? nil : i + 1
            }
        }
        var html: Part?
        for candidate in parts {
            let kind = (candidate.header("content-type") ?? "text/plain").lowercased()
            if kind.hasPrefix("multipart/"), let inner = try? textPart(candidate, lines: lines, depth: depth + 1) {
                if (inner.header("content-type") ?? "text/plain").lowercased().hasPrefix("text/plain") { return inner }
                html = html ?? inner
            } else if kind.hasPrefix("text/plain"), !isAttachment(candidate) {
                return candidate
            } else if kind.hasPrefix("text/html"), !isAttachment(candidate) {
                html = html ?? candidate
            }
        }
        guard let html else { throw Failure(message: "it has no text/plain or text/html part") }
        return html
    }

    static func isAttachment(_ part: Part) -> Bool {
        (part.header("content-disposition") ?? "").lowercased().hasPrefix("attachment")
    }

    /// `name=value` or `name="value"` in a header value such as a Content-Type.
    static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.drop { $0 == " " || $0 == "\t" }
            guard pair.lowercased().hasPrefix(name + "=") else { continue }
            var value = pair.dropFirst(name.count + 1)
            if value.first == "\"" {
                value = value.dropFirst()
                value = value.prefix { $0 != "\"" }
            }
            return String(value).trimmingTrailingSpaces
        }
        return nil
    }

    /// The body of `part`, decoded by its Content-Transfer-Encoding, each byte with its origin.
    static func decode(_ part: Part, lines: [Substring]) throws(Failure) -> Decoded {
        let encoding = (part.header("content-transfer-encoding") ?? "7bit").lowercased().trimmingTrailingSpaces
        let charset = parameter("charset", in: part.header("content-type") ?? "")?.lowercased()
        if let charset, !["utf-8", "utf8", "us-ascii", "ascii"].contains(charset) {
            throw Failure(message: "its text is in the \(charset) character set; only UTF-8 is read")
        }
        var decoded = Decoded()
        switch encoding {
        case "7bit", "8bit", "binary":
            for i in part.body {
                var column = 0
                for byte in lines[i].utf8 {
                    if byte & 0xC0 != 0x80 { column += 1 }
                    decoded.append(byte, SourcePosition(line: i + 1, column: max(column, 1)))
                }
                decoded.append(0x0A, SourcePosition(line: i + 1, column: column + 1))
            }
        case "quoted-printable":
            for i in part.body {
                let bytes = Array(lines[i].utf8).trimmingTrailing { $0 == 0x20 || $0 == 0x09 }
                var k = 0
                var softBreak = false
                while k < bytes.count {
                    let origin = SourcePosition(line: i + 1, column: k + 1)
                    if bytes[k] == UInt8(ascii: "=") {
                        if k + 1 == bytes.count { softBreak = true; break }
                        if k + 2 < bytes.count, let high = hex(bytes[k + 1]), let low = hex(bytes[k + 2]) {
                            decoded.append(high << 4 | low, origin)
                            k += 3
                            continue
                        }
                    }
                    decoded.append(bytes[k], origin)
                    k += 1
                }
                if !softBreak { decoded.append(0x0A, SourcePosition(line: i + 1, column: bytes.count + 1)) }
            }
        case "base64":
            let origin = SourcePosition(line: (part.body.first ?? 0) + 1, column: 1)
            var text: [UInt8] = []
            for i in part.body { text += lines[i].utf8 }
            guard let bytes = Base64.decode(text) else { throw Failure(message: "its base64 body is not valid base64") }
            for byte in bytes where byte != 0x0D { decoded.append(byte, origin) }
        default:
            throw Failure(message: "its body uses the \(encoding) transfer encoding, which is not read")
        }
        return decoded
    }

    static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}

private extension StringProtocol {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " || s.last == "\t" || s.last == "\r" { s = s.dropLast() }
        return String(s)
    }
}

private extension Array where Element == UInt8 {
    func trimmingTrailing(_ predicate: (UInt8) -> Bool) -> [UInt8] {
        var end = count
        while end > 0, predicate(self[end - 1]) { end -= 1 }
        return Array(self[..<end])
    }
}
