import Testing
@testable import BoundaryKit

@Suite struct DocxTextTests {
    static let expected = """
    CONSULTING AGREEMENT

    This Agreement is between Contoso Ltd (the “Company”) and Ann Smith (the “Contractor”).

    Payment

    Fees\t<USD 5,000> & expenses

    First line
    second line

    The Company may terminate on 30 days’ notice.

    Box text

    """

    @Test(arguments: ["services-agreement.docx", "services-agreement-stored.docx"])
    func readsParagraphsRunsTabsAndBreaks(file: String) throws {
        let extracted = try DocxText.extract(try LintFixture.bytes(file))
        #expect(extracted.text == Self.expected)
    }

    @Test func mapsLinesToParagraphs() throws {
        let extracted = try DocxText.extract(try LintFixture.bytes("services-agreement.docx"))
        // Line 12 of the text ("The Company may terminate…") is the sixth paragraph.
        #expect(extracted.sourceMap.original(SourcePosition(line: 12, column: 5)) == SourcePosition(line: 6, column: 5))
        #expect(extracted.sourceMap.original(SourcePosition(line: 9, column: 1)) == SourcePosition(line: 5, column: 1))
    }

    /// Numbered lists lose their numbers: Word keeps them in numbering.xml, not in the text.
    @Test func listNumbersAreAKnownGap() throws {
        let extracted = try DocxText.extract(try LintFixture.bytes("services-agreement.docx"))
        #expect(extracted.text.contains("\nPayment\n"))
        #expect(!extracted.text.contains("1. Payment"))
    }

    @Test func explainsWhatIsWrong() throws {
        #expect(throws: DocxError.notAZip) { try DocxText.extract(Array("just text, not a zip".utf8)) }
        #expect(throws: DocxError.notAZip) { try DocxText.extract([]) }
        let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 64)
        #expect(throws: DocxError.legacyWordDocument) { try DocxText.extract(compound) }
        let encrypted = compound + Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(throws: DocxError.encrypted) { try DocxText.extract(encrypted) }
        #expect(throws: DocxError.noDocument) { try DocxText.extract(ZipBuilder.stored(["word/styles.xml": "<w:styles/>"])) }
        #expect(throws: DocxError.encrypted) { try DocxText.extract(ZipBuilder.stored(["word/document.xml": "<w:p/>"], flags: 1)) }
        #expect(DocxError.notAZip.description.contains("not a .docx"))
    }

    @Test func refusesCorruptArchives() throws {
        var bytes = ZipBuilder.stored(["word/document.xml": "<w:document><w:body><w:p><w:r><w:t>Hi</w:t></w:r></w:p></w:body></w:document>"])
        #expect(try DocxText.extract(bytes).text == "Hi\n")
        // Flip a byte of the content: the CRC no longer matches.
        let offset = try #require(bytes.firstIndex(of: UInt8(ascii: "H")))
        bytes[offset] = UInt8(ascii: "J")
        #expect(throws: DocxError.corrupt("the checksum of word/document.xml does not match")) { try DocxText.extract(bytes) }
        // Cut the archive short.
        let real = try LintFixture.bytes("services-agreement.docx")
        #expect(throws: DocxError.self) { try DocxText.extract(Array(real.prefix(real.count / 2))) }
        #expect(throws: DocxError.self) { try DocxText.extract(Array(real.prefix(200)) + Array(real.suffix(100))) }
    }

    /// Every single-byte corruption of a real archive ends in text or a typed error, never a crash.
    @Test func survivesDamage() throws {
        let real = try LintFixture.bytes("services-agreement.docx")
        for offset in stride(from: 0, to: real.count, by: 7) {
            var damaged = real
            damaged[offset] ^= 0x5A
            _ = try? DocxText.extract(damaged)
        }
    }
}

/// Builds small ZIP archives with stored entries, for tests.
enum ZipBuilder {
    static func stored(_ files: [String: String], flags: UInt16 = 0) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ v: UInt16, _ a: inout [UInt8]) { a += [UInt8(v & 0xFF), UInt8(v >> 8)] }
        func u32(_ v: UInt32, _ a: inout [UInt8]) { u16(UInt16(v & 0xFFFF), &a); u16(UInt16(v >> 16), &a) }
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            let data = Array(text.utf8), nameBytes = Array(name.utf8)
            let crc = CRC32.checksum(data)
            let offset = UInt32(out.count)
            u32(0x0403_4B50, &out); u16(20, &out); u16(flags, &out); u16(0, &out); u16(0, &out); u16(0, &out)
            u32(crc, &out); u32(UInt32(data.count), &out); u32(UInt32(data.count), &out)
            u16(UInt16(nameBytes.count), &out); u16(0, &out)
            out += nameBytes + data
            u32(0x0201_4B50, &central); u16(20, &central); u16(20, &central); u16(flags, &central); u16(0, &central)
            u16(0, &central); u16(0, &central); u32(crc, &central); u32(UInt32(data.count), &central); u32(UInt32(data.count), &central)
            u16(UInt16(nameBytes.count), &central); u16(0, &central); u16(0, &central); u16(0, &central); u16(0, &central)
            u32(0, &central); u32(offset, &central)
            central += nameBytes
        }
        let directoryOffset = UInt32(out.count)
        out += central
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(UInt16(files.count), &out); u16(UInt16(files.count), &out)
        u32(UInt32(central.count), &out); u32(directoryOffset, &out); u16(0, &out)
        return out
    }
}
