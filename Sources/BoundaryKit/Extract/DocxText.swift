/// Why a .docx could not be read. The description is the one line a user sees.
public enum DocxError: Error, Sendable, Equatable, CustomStringConvertible {
    case notAZip
    case encrypted
    case legacyWordDocument
    case noDocument
    case corrupt(String)
    case unsupported(String)
    case tooLarge(String)

    public var description: String {
        switch self {
        case .notAZip:
            "the file is not a .docx (a .docx is a ZIP archive, and this is not one); save it again as .docx, or export it as .txt or .pdf"
        case .encrypted:
            "the .docx is password-protected; remove the password in Word (File > Info > Protect Document) or export it as .pdf"
        case .legacyWordDocument:
            "the file is a Word 97-2003 .doc, not a .docx; save it as .docx or export it as .pdf"
        case .noDocument:
            "the .docx has no word/document.xml, so there is no text to read; open and save it again in Word"
        case .corrupt(let detail):
            "the .docx is damaged: \(detail); open and save it again in Word"
        case .unsupported(let detail):
            "the .docx uses a feature this reader does not support: \(detail); save it again or export it as .pdf"
        case .tooLarge(let name):
            "the .docx part \(name) is larger than \(ZipArchive.entryLimit >> 20) MB once decompressed"
        }
    }
}

/// The text of a .docx: each paragraph (`w:p`) of the main document part on a line of its own,
/// paragraphs separated by a blank line; runs of text (`w:t`), tabs (`w:tab`) and line breaks
/// (`w:br`, `w:cr`). Deleted text, field codes and fallback copies of text boxes are left out.
///
/// The source map gives each line the number of its paragraph: `12:5` in a .docx is the fifth
/// character of the twelfth paragraph. Automatic list numbers are not in `document.xml` (Word draws
/// them from `numbering.xml`), so numbered lists lose their numbers.
public enum DocxText {
    public static func extract(_ bytes: [UInt8]) throws(DocxError) -> ExtractedText {
        let archive: ZipArchive
        do {
            archive = try ZipArchive(bytes)
        } catch {
            throw map(error)
        }
        let mainPart = mainDocumentPath(archive) ?? "word/document.xml"
        guard let entry = archive.entry(named: mainPart) ?? archive.entry(named: "word/document.xml") else { throw .noDocument }
        let xml: [UInt8]
        do {
            xml = try archive.contents(of: entry)
        } catch {
            throw map(error)
        }
        return paragraphs(ofDocumentXML: xml)
    }

    private static func map(_ error: ZipError) -> DocxError {
        switch error {
        case .notAZip: .notAZip
        case .compoundFile(let encrypted): encrypted ? .encrypted : .legacyWordDocument
        case .encrypted: .encrypted
        case .corrupt(let detail): .corrupt(detail)
        case .unsupported(let detail): .unsupported(detail)
        case .tooLarge(let name): .tooLarge(name)
        }
    }

    /// The target of the `officeDocument` relationship in `_rels/.rels`, if there is one.
    static func mainDocumentPath(_ archive: ZipArchive) -> String? {
        guard let rels = archive.entry(named: "_rels/.rels"), let data = try? archive.contents(of: rels) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        for tag in text.split(separator: "<") where tag.hasPrefix("Relationship ") && tag.contains("/officeDocument\"") {
            guard let range = tag.firstRange(of: "Target=\"") else { continue }
            let rest = tag[range.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { continue }
            var target = String(rest[..<end])
            if target.hasPrefix("/") { target.removeFirst() }
            return target
        }
        return nil
    }

    /// The paragraphs of a WordprocessingML document part.
    static func paragraphs(ofDocumentXML xml: [UInt8]) -> ExtractedText {
        var reader = DocumentXMLReader(xml)
        let paragraphs = reader.run()
        var text = ""
        var lines: [[SourceMap.Anchor]] = []
        for (number, paragraph) in paragraphs.enumerated() {
            if number > 0 {
                text += "\n"
                lines.append([])
            }
            for line in paragraph.split(separator: "\n", omittingEmptySubsequences: false) {
                text += line
                text += "\n"
                lines.append([SourceMap.Anchor(column: 1, original: SourcePosition(line: number + 1, column: 1))])
            }
        }
        return ExtractedText(text: text, sourceMap: SourceMap(lines: lines))
    }
}

/// A small, forgiving scanner for `document.xml`: it needs elements and text, not a full XML parser.
private struct DocumentXMLReader {
    let bytes: [UInt8]
    var index = 0
    var stack: [[UInt8]] = []  // open paragraphs (text boxes nest paragraphs inside paragraphs)
    var paragraphs: [String] = []
    var inText = false
    var tabsDepth = 0
    var skipDepth = 0  // inside mc:Fallback, w:del, w:instrText

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func run() -> [String] {
        while index < bytes.count {
            if bytes[index] == 0x3C {
                tag()
            } else {
                let start = index
                while index < bytes.count, bytes[index] != 0x3C { index += 1 }
                if inText, skipDepth == 0, !stack.isEmpty { appendText(bytes[start..<index]) }
            }
        }
        while !stack.isEmpty { closeParagraph() }
        return paragraphs
    }

    mutating func tag() {
        let start = index
        // Comments, processing instructions, CDATA.
        if index + 1 < bytes.count, bytes[index + 1] == 0x21 || bytes[index + 1] == 0x3F {
            if bytes[index...].starts(with: Array("<![CDATA[".utf8)) {
                index += 9
                let textStart = index
                while index + 2 < bytes.count, !(bytes[index] == 0x5D && bytes[index + 1] == 0x5D && bytes[index + 2] == 0x3E) { index += 1 }
                if inText, skipDepth == 0, !stack.isEmpty { stack[stack.count - 1].append(contentsOf: bytes[textStart..<index]) }
                index = min(bytes.count, index + 3)
                return
            }
            while index < bytes.count, bytes[index] != 0x3E { index += 1 }
            index += 1
            return
        }
        var quote: UInt8? = nil
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if let q = quote {
                if byte == q { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                break
            }
        }
        let inner = bytes[(start + 1)..<max(start + 1, index - 1)]
        let closing = inner.first == 0x2F
        let selfClosing = inner.last == 0x2F
        var nameStart = inner.startIndex + (closing ? 1 : 0)
        var nameEnd = nameStart
        while nameEnd < inner.endIndex, !(inner[nameEnd] == 0x20 || inner[nameEnd] == 0x2F || inner[nameEnd] == 0x09 || inner[nameEnd] == 0x0A || inner[nameEnd] == 0x0D) { nameEnd += 1 }
        // The local name: after the prefix's colon.
        if let colon = inner[nameStart..<nameEnd].firstIndex(of: 0x3A) { nameStart = colon + 1 }
        let name = String(decoding: inner[nameStart..<nameEnd], as: UTF8.self)
        element(name, closing: closing, selfClosing: selfClosing)
    }

    mutating func element(_ name: String, closing: Bool, selfClosing: Bool) {
        if Self.skipped.contains(name) {
            if selfClosing { return }
            skipDepth += closing ? -1 : 1
            skipDepth = max(0, skipDepth)
            return
        }
        switch name {
        case "p":
            if closing {
                closeParagraph()
            } else if !selfClosing {
                stack.append([])
            }
        case "t":
            if !selfClosing { inText = !closing }
        case "tabs":
            if !selfClosing { tabsDepth = max(0, tabsDepth + (closing ? -1 : 1)) }
        case "tab", "ptab":
            if !closing, tabsDepth == 0 { appendLiteral(0x09) }
        case "br", "cr":
            if !closing { appendLiteral(0x0A) }
        case "noBreakHyphen":
            if !closing { appendLiteral(0x2D) }
        default:
            break
        }
    }

    mutating func appendLiteral(_ byte: UInt8) {
        guard skipDepth == 0, !stack.isEmpty else { return }
        stack[stack.count - 1].append(byte)
    }

    mutating func closeParagraph() {
        guard let paragraph = stack.popLast() else { return }
        let text = String(decoding: paragraph, as: UTF8.self)
        if text.contains(where: { !$0.isWhitespace }) {
            paragraphs.append(text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingTrailingBlanks() }.joined(separator: "\n"))
        }
    }

    /// Text with the five XML entities and numeric references decoded.
    mutating func appendText(_ text: ArraySlice<UInt8>) {
        guard text.contains(0x26) else {
            stack[stack.count - 1].append(contentsOf: text)
            return
        }
        var out: [UInt8] = []
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == 0x26, let semicolon = text[i..<min(text.endIndex, i + 12)].firstIndex(of: 0x3B) {
                let name = String(decoding: text[(i + 1)..<semicolon], as: UTF8.self)
                var decoded: String?
                switch name {
                case "lt": decoded = "<"
                case "gt": decoded = ">"
                case "amp": decoded = "&"
                case "quot": decoded = "\""
                case "apos": decoded = "'"
                default:
                    if name.hasPrefix("#x") || name.hasPrefix("#X") {
                        decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                    } else if name.hasPrefix("#") {
                        decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                    }
                }
                if let decoded {
                    out.append(contentsOf: decoded.utf8)
                    i = semicolon + 1
                    continue
                }
            }
            out.append(text[i])
            i += 1
        }
        stack[stack.count - 1].append(contentsOf: out)
    }

    /// Elements whose text is not part of the document as read: deleted runs, field codes, the
    /// fallback copy of a text box, and the parts of a paragraph that only describe it.
    static let skipped: Set<String> = ["Fallback", "del", "delText", "instrText", "pPr", "rPr", "fldData", "commentReference"]
}

extension Substring {
    func trimmingTrailingBlanks() -> Substring {
        var end = endIndex
        while end > startIndex, let c = self[index(before: end)].unicodeScalars.first, c == " " || c == "\t" { end = index(before: end) }
        return self[startIndex..<end]
    }
}
