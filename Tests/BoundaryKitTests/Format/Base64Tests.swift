import BoundaryKit
import Testing

@Suite struct Base64Tests {
    // RFC 4648, section 10.
    static let vectors: [(String, String)] = [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="),
                                               ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")]

    @Test func encodesTheRFCVectors() {
        for (plain, encoded) in Self.vectors { #expect(Base64.encode(Array(plain.utf8)) == encoded) }
    }

    @Test func decodesTheRFCVectorsAndRoundTripsEveryByte() {
        for (plain, encoded) in Self.vectors { #expect(Base64.decode(Array(encoded.utf8)) == Array(plain.utf8)) }
        let all = (0...255).map(UInt8.init)
        #expect(Base64.decode(Array(Base64.encode(all).utf8)) == all)
        #expect(Base64.decode(Array("Zm9v\r\nYmFy".utf8)) == Array("foobar".utf8))
        #expect(Base64.decode(Array("Zm9v*".utf8)) == nil)
    }
}
