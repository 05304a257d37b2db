/// The text of an HTML page as a reader sees it: tags stripped, block elements on lines of their own
/// (paragraphs separated by a blank line), `<script>`, `<style>` and the like dropped, white space
/// collapsed outside `<pre>`, named and numeric entities decoded. The source map leads each piece of
/// text back to its line and column in the HTML.
public enum HTMLText {
    public static func extract(_ html: String) -> ExtractedText {
        var scanner = HTMLScanner(Array(html.utf8))
        return scanner.run()
    }
}

private struct HTMLScanner {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var column = 1
    var out: ExtractedTextBuilder
    var preDepth = 0
    var pendingSpace: SourcePosition?
    /// Open lists: the next number of an `<ol>`, or nil for a `<ul>`.
    var lists: [Int?] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        out = ExtractedTextBuilder(capacity: bytes.count / 2)
    }

    var position: SourcePosition { SourcePosition(line: line, column: column) }

    /// Moves past one byte, keeping line and column.
    mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    mutating func advance(_ count: Int) {
        for _ in 0..<count where index < bytes.count { advance() }
    }

    func starts(with prefix: String, at offset: Int, caseInsensitive: Bool = true) -> Bool {
        var i = offset
        for p in prefix.utf8 {
            guard i < bytes.count else { return false }
            var b = bytes[i]
            if caseInsensitive, b >= 0x41, b <= 0x5A { b += 0x20 }
            if b != p { return false }
            i += 1
        }
        return true
    }

    mutating func run() -> ExtractedText {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3C /* < */ {
                tag()
            } else if byte == 0x26 /* & */ {
                flushSpace()
                let origin = position
                let decoded = entity()
                out.append(decoded, from: origin)
            } else if preDepth == 0, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                if pendingSpace == nil { pendingSpace = position }
                advance()
            } else if byte == 0x0D {
                advance()  // CR of a CRLF inside <pre>
            } else {
                flushSpace()
                out.append(byte, from: position)
                advance()
            }
        }
        return out.finish()
    }

    /// Writes the one space a run of white space collapses to, unless at a line start.
    mutating func flushSpace() {
        guard let origin = pendingSpace else { return }
        pendingSpace = nil
        if !out.isAtLineStart { out.append(0x20, from: origin) }
    }

    mutating func tag() {
        let origin = position
        if starts(with: "<!--", at: index) {
            skip(past: "-->")
            return
        }
        if starts(with: "<![cdata[", at: index) {
            advance(9)
            while index < bytes.count, !starts(with: "]]>", at: index) {
                flushSpace()
                out.append(bytes[index], from: position)
                advance()
            }
            advance(3)
            return
        }
        if starts(with: "<!", at: index) || starts(with: "<?", at: index) {
            skip(past: ">")
            return
        }
        // A tag name must follow `<` (or `</`); otherwise the `<` is text.
        var nameStart = index + 1
        let closing = nameStart < bytes.count && bytes[nameStart] == 0x2F
        if closing { nameStart += 1 }
        guard nameStart < bytes.count, isASCIILetter(bytes[nameStart]) else {
            flushSpace()
            out.append(0x3C, from: origin)
            advance()
            return
        }
        var nameEnd = nameStart
        while nameEnd < bytes.count, isASCIILetter(bytes[nameEnd]) || (bytes[nameEnd] >= 0x30 && bytes[nameEnd] <= 0x39) || bytes[nameEnd] == 0x3A || bytes[nameEnd] == 0x2D {
            nameEnd += 1
        }
        let name = String(decoding: bytes[nameStart..<nameEnd].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        skipTag()
        if !closing, HTMLText.dropped.contains(name) {
            skipRaw(until: name)
            return
        }
        if name == "pre" { preDepth = max(0, preDepth + (closing ? -1 : 1)) }
        if name == "ol" || name == "ul" {
            if closing {
                _ = lists.popLast()
            } else {
                lists.append(name == "ol" ? startNumber(tagStart: origin) : nil)
            }
        }
        if name == "li", !closing, let last = lists.last, let number = last {
            // An ordered list shows its numbers; keep them, so "1. Services" reads as a heading.
            lists[lists.count - 1] = number + 1
            pendingSpace = nil
            out.breakLine(count: 1, from: origin)
            out.append("\(number). ", from: origin)
            return
        }
        if name == "br" {
            pendingSpace = nil
            out.trimTrailingBlanks()
            out.append(0x0A, from: origin)
        } else if name == "td" || name == "th" {
            if closing { pendingSpace = nil; out.append(0x09, from: origin) }
        } else if HTMLText.paragraphs.contains(name) {
            pendingSpace = nil
            out.breakLine(count: 2, from: origin)
        } else if HTMLText.blocks.contains(name) {
            pendingSpace = nil
            out.breakLine(count: 1, from: origin)
        }
    }

    /// The `start` attribute of the `<ol>` tag just read (1 when there is none).
    func startNumber(tagStart: SourcePosition) -> Int {
        // The tag's text runs from the last `<` before `index`.
        var i = index - 1
        while i > 0, bytes[i] != 0x3C { i -= 1 }
        let tag = String(decoding: bytes[i..<index], as: UTF8.self).lowercased()
        guard let range = tag.firstRange(of: "start=") else { return 1 }
        let digits = tag[range.upperBound...].drop { $0 == "\"" || $0 == "'" }.prefix { $0.isNumber }
        return Int(digits) ?? 1
    }

    /// Skips to the end of a tag, past quoted attribute values.
    mutating func skipTag() {
        var quote: UInt8? = nil
        while index < bytes.count {
            let byte = bytes[index]
            advance()
            if let q = quote {
                if byte == q { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                return
            }
        }
    }

    mutating func skip(past terminator: String) {
        while index < bytes.count, !starts(with: terminator, at: index, caseInsensitive: false) { advance() }
        advance(terminator.utf8.count)
    }

    /// Skips the content of `<script>`, `<style>` and the like up to and including their end tag.
    mutating func skipRaw(until name: String) {
        let end = "</" + name
        while index < bytes.count, !starts(with: end, at: index) { advance() }
        if index < bytes.count { skipTag() }
    }

    /// Decodes the entity at `&`, or returns "&" when it is not one.
    mutating func entity() -> String {
        let start = index
        var i = index + 1
        if i < bytes.count, bytes[i] == 0x23 /* # */ {
            i += 1
            var hex = false
            if i < bytes.count, bytes[i] == 0x78 || bytes[i] == 0x58 { hex = true; i += 1 }
            var value: UInt32 = 0
            let digitsStart = i
            while i < bytes.count, let d = digit(bytes[i], hex: hex), i - digitsStart < 8 {
                value = value * (hex ? 16 : 10) + d
                i += 1
            }
            guard i > digitsStart else { advance(); return "&" }
            if i < bytes.count, bytes[i] == 0x3B { i += 1 }
            advance(i - start)
            // Windows-1252 code points in numeric references, as browsers read them.
            if let mapped = HTMLText.windows1252[value] { return String(mapped) }
            return Unicode.Scalar(value).map { $0.value == 0 ? "\u{FFFD}" : String($0) } ?? "\u{FFFD}"
        }
        var nameEnd = i
        while nameEnd < bytes.count, nameEnd - i < 10, isASCIILetter(bytes[nameEnd]) || (bytes[nameEnd] >= 0x30 && bytes[nameEnd] <= 0x39) {
            nameEnd += 1
        }
        let name = String(decoding: bytes[i..<nameEnd], as: UTF8.self)
        let terminated = nameEnd < bytes.count && bytes[nameEnd] == 0x3B
        if let scalar = HTMLText.entities[name], terminated || HTMLText.legacy.contains(name) {
            advance(nameEnd - start + (terminated ? 1 : 0))
            return String(scalar)
        }
        advance()
        return "&"
    }

    func isASCIILetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    func digit(_ b: UInt8, hex: Bool) -> UInt32? {
        if b >= 0x30 && b <= 0x39 { return UInt32(b - 0x30) }
        guard hex else { return nil }
        if b >= 0x61 && b <= 0x66 { return UInt32(b - 0x61 + 10) }
        if b >= 0x41 && b <= 0x46 { return UInt32(b - 0x41 + 10) }
        return nil
    }
}

extension HTMLText {
    /// Elements whose content is not text a reader sees.
    static let dropped: Set<String> = ["script", "style", "template", "noscript", "title", "svg", "object", "iframe"]
    /// Elements that stand as paragraphs: a blank line before and after.
    static let paragraphs: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "hr",
        "section", "article", "header", "footer", "aside", "nav", "main", "figure", "form", "address", "body",
    ]
    /// Elements that start a line of their own.
    static let blocks: Set<String> = ["div", "li", "tr", "dt", "dd", "figcaption", "caption", "tbody", "thead", "tfoot", "center", "fieldset", "legend", "details", "summary", "option"]
    /// Names browsers accept without the closing semicolon.
    static let legacy: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg", "AMP", "LT", "GT", "QUOT"]

    static let windows1252: [UInt32: Character] = [
        0x80: "€", 0x82: "‚", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x89: "‰", 0x8B: "‹", 0x8C: "Œ",
        0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x99: "™", 0x9B: "›", 0x9C: "œ",
    ]

    static let entities: [String: Character] = {
        var table: [String: Character] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "AMP": "&", "LT": "<", "GT": ">", "QUOT": "\"",
            "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”",
            "bdquo": "„", "hellip": "…", "bull": "•", "dagger": "†", "Dagger": "‡", "permil": "‰", "prime": "′",
            "Prime": "″", "lsaquo": "‹", "rsaquo": "›", "euro": "€", "trade": "™", "ensp": "\u{2002}",
            "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}",
            "rlm": "\u{200F}", "minus": "−", "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š", "Yuml": "Ÿ",
            "fnof": "ƒ", "circ": "ˆ", "tilde": "˜", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓",
            "le": "≤", "ge": "≥", "ne": "≠", "check": "✓", "hyphen": "‐", "dash": "‐", "Tab": "\t", "NewLine": "\n",
        ]
        // Latin-1, U+00A0 to U+00FF, in order.
        let latin1 = """
        nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 \
        acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml \
        Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde \
        Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig \
        ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide \
        oslash ugrave uacute ucirc uuml yacute thorn yuml
        """
        for (offset, name) in latin1.split(separator: " ").enumerated() {
            table[String(name)] = Character(Unicode.Scalar(UInt32(0xA0 + offset))!)
        }
        return table
    }()
}
