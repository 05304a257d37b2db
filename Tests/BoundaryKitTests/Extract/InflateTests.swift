import Testing
@testable import BoundaryKit

@Suite struct InflateTests {
    @Test func readsFixedHuffmanBlocks() throws {
        let fixed: [UInt8] = [203, 72, 205, 201, 201, 87, 200, 64, 39, 1]
        #expect(try Inflate.decompress(fixed[...]) == Array("hello hello hello hello".utf8))
    }

    @Test func readsDynamicHuffmanBlocks() throws {
        let dynamic: [UInt8] = [
            197, 139, 205, 25, 130, 48, 12, 64, 87, 201, 4, 124, 162, 162, 120, 118, 5, 22, 8, 16, 108, 52, 77, 177, 13, 96, 153,
            94, 56, 57, 130, 215, 247, 211, 56, 130, 187, 48, 169, 65, 114, 40, 2, 35, 102, 176, 29, 6, 77, 147, 24, 110, 98, 97,
            115, 172, 27, 229, 104, 25, 122, 204, 169, 128, 230, 31, 223, 47, 241, 251, 69, 209, 179, 162, 17, 4, 5, 13, 198, 29,
            21, 128, 109, 215, 211, 240, 112, 252, 124, 137, 215, 48, 190, 99, 178, 105, 94, 62, 121, 61, 148, 199, 211, 185, 186,
            92, 235, 219, 23,
        ]
        let expected = String(repeating: "The Client shall pay the Consultant within thirty days. ", count: 3)
            + "The Consultant may terminate on notice. abcdefghijklmnopqrstuvwxyz0123456789"
        #expect(try Inflate.decompress(dynamic[...]) == Array(expected.utf8))
    }

    @Test func readsStoredBlocks() throws {
        let stored: [UInt8] = [1, 7, 0, 248, 255, 115, 116, 111, 114, 101, 100, 33]
        #expect(try Inflate.decompress(stored[...]) == Array("stored!".utf8))
    }

    @Test func refusesDamagedStreams() {
        #expect(throws: InflateError.truncated) { try Inflate.decompress([203, 72, 205][...]) }
        #expect(throws: InflateError.invalidBlockType) { try Inflate.decompress([0x07][...]) }
        #expect(throws: InflateError.invalidStoredLength) { try Inflate.decompress([1, 7, 0, 0, 0, 1, 2, 3][...]) }
        #expect(throws: InflateError.tooLarge(limit: 10)) { try Inflate.decompress([203, 72, 205, 201, 201, 87, 200, 64, 39, 1][...], limit: 10) }
        // A back reference before the start of the output.
        #expect(throws: InflateError.invalidDistance) { try Inflate.decompress([3, 2, 0][...]) }
    }

    @Test func checksumsLikeZip() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
    }
}
