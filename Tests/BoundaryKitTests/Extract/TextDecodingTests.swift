import Testing
@testable import BoundaryKit

@Suite struct TextDecodingTests {
    @Test func readsUTF8WithAndWithoutByteOrderMark() throws {
        #expect(try TextDecoding.decode(Array("Fee: €5".utf8)) == "Fee: €5")
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Fee".utf8)) == "Fee")
    }

    @Test func readsUTF16WithByteOrderMark() throws {
        let text = "Client’s fee: €5\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoding.decode(little) == text)
        #expect(try TextDecoding.decode(big) == text)
        #expect(throws: TextDecodingError.invalidUTF16(offset: 4)) { try TextDecoding.decode([0xFF, 0xFE, 0x41, 0x00, 0x41]) }
        // An unpaired high surrogate.
        #expect(throws: TextDecodingError.invalidUTF16(offset: 2)) { try TextDecoding.decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]) }
    }

    @Test func refusesEmptyText() {
        #expect(throws: TextDecodingError.empty) { try TextDecoding.decode([]) }
        #expect(throws: TextDecodingError.empty) { try TextDecoding.decode([0xEF, 0xBB, 0xBF]) }
        #expect(throws: TextDecodingError.empty) { try TextDecoding.decode(Array(" \n\r\n\t".utf8)) }
        #expect(TextDecodingError.empty.description == "the file is empty")
    }

    @Test func refusesBinary() {
        #expect(throws: TextDecodingError.binary(offset: 3)) { try TextDecoding.decode([0x50, 0x4B, 0x03, 0x00, 0x04]) }
        // UTF-16 without a byte order mark is full of NULs.
        #expect(throws: TextDecodingError.binary(offset: 1)) { try TextDecoding.decode([0x41, 0x00, 0x42, 0x00]) }
    }

    @Test func namesTheLineOfInvalidUTF8() {
        // Latin-1 "é" (0xE9) on the third line, fourth byte.
        let bytes = Array("one\ntwo\ncaf".utf8) + [0xE9, 0x0A]
        #expect(throws: TextDecodingError.invalidUTF8(line: 3, column: 4)) { try TextDecoding.decode(bytes) }
        #expect(TextDecodingError.invalidUTF8(line: 3, column: 4).description.hasPrefix("the file is not valid UTF-8 (line 3"))
    }
}
