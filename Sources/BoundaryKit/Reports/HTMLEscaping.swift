/// Text made safe for HTML, in element content and in double- or single-quoted attribute values.
enum HTMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` become character references; a control character other than tab
    /// and line feed (which HTML does not allow in text) becomes U+FFFD. `apostrophes: false` keeps
    /// `'` as written, for text that never goes into a single-quoted attribute (a drafted agreement).
    static func escape(_ text: String, apostrophes: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'" where apostrophes: out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

/// The frame of every HTML page Boundary writes for reading on screen and on paper (a drafted
/// agreement, a lint or tone report): one file, its style inline, the content in `<main>`.
enum HTMLPage {
    /// `escapedTitle` and `body` are HTML already; `meta` adds `<meta>` lines to the head.
    static func render(escapedTitle: String, style: String, body: [String], meta: [String] = []) -> String {
        let head = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"] + meta
        let page = head + ["<title>\(escapedTitle)</title>", "<style>", style, "</style>", "</head>", "<body>", "<main>"] + body + ["</main>", "</body>", "</html>"]
        return page.joined(separator: "\n") + "\n"
    }
}
