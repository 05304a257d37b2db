/// Why the entries of a ZIP archive could not be read.
enum ZipError: Error, Sendable, Equatable {
    /// No end-of-central-directory record: not a ZIP file.
    case notAZip
    /// An OLE compound file: a password-protected Office document, or a legacy .doc.
    case compoundFile(encrypted: Bool)
    /// The entry is encrypted.
    case encrypted(String)
    /// A structure points outside the file, or a checksum or size does not match.
    case corrupt(String)
    /// A compression method other than stored (0) and deflate (8), or ZIP64.
    case unsupported(String)
    case tooLarge(String)
}

/// A read-only view of a ZIP archive held in memory: the central directory, and each entry's bytes
/// (stored or deflated) checked against its CRC-32.
struct ZipArchive {
    struct Entry: Equatable {
        var name: String
        var method: Int
        var flags: Int
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localHeaderOffset: Int
        var isEncrypted: Bool { flags & 1 != 0 }
    }

    let bytes: [UInt8]
    private(set) var entries: [Entry] = []

    /// Entries larger than this, once decompressed, are refused.
    static let entryLimit = 256 << 20

    init(_ bytes: [UInt8]) throws(ZipError) {
        self.bytes = bytes
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // "EncryptedPackage" in UTF-16LE marks an encrypted OOXML package.
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            throw .compoundFile(encrypted: Self.contains(bytes, marker))
        }
        guard let end = Self.endOfCentralDirectory(bytes) else { throw .notAZip }
        let count = Int(u16(end + 10))
        let directorySize = Int(u32(end + 12))
        let directoryOffset = Int(u32(end + 16))
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF { throw .unsupported("ZIP64 archives are not supported") }
        guard directoryOffset + directorySize <= end else { throw .corrupt("the central directory lies outside the file") }
        var offset = directoryOffset
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, u32(offset) == 0x0201_4B50 else { throw .corrupt("a central directory entry is damaged") }
            let nameLength = Int(u16(offset + 28)), extraLength = Int(u16(offset + 30)), commentLength = Int(u16(offset + 32))
            guard offset + 46 + nameLength <= bytes.count else { throw .corrupt("a file name runs past the end") }
            let name = String(decoding: bytes[offset + 46..<offset + 46 + nameLength], as: UTF8.self)
            entries.append(Entry(
                name: name, method: Int(u16(offset + 10)), flags: Int(u16(offset + 8)), crc: u32(offset + 16),
                compressedSize: Int(u32(offset + 20)), size: Int(u32(offset + 24)), localHeaderOffset: Int(u32(offset + 42))))
            offset += 46 + nameLength + extraLength + commentLength
        }
    }

    func entry(named name: String) -> Entry? {
        entries.first { $0.name == name } ?? entries.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The decompressed bytes of an entry, checked against its size and CRC-32.
    func contents(of entry: Entry) throws(ZipError) -> [UInt8] {
        if entry.isEncrypted { throw .encrypted(entry.name) }
        if entry.size == 0xFFFF_FFFF || entry.compressedSize == 0xFFFF_FFFF { throw .unsupported("ZIP64 entries are not supported") }
        if entry.size > Self.entryLimit { throw .tooLarge(entry.name) }
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, u32(header) == 0x0403_4B50 else { throw .corrupt("the local header of \(entry.name) is damaged") }
        let start = header + 30 + Int(u16(header + 26)) + Int(u16(header + 28))
        guard start + entry.compressedSize <= bytes.count else { throw .corrupt("\(entry.name) runs past the end of the file") }
        let data = bytes[start..<start + entry.compressedSize]
        let output: [UInt8]
        switch entry.method {
        case 0:
            output = Array(data)
        case 8:
            do {
                output = try Inflate.decompress(data, expectedSize: entry.size, limit: Self.entryLimit)
            } catch .tooLarge {
                throw .tooLarge(entry.name)
            } catch {
                throw .corrupt("\(entry.name) does not decompress (\(error))")
            }
        default:
            throw .unsupported("compression method \(entry.method) in \(entry.name)")
        }
        guard output.count == entry.size else { throw .corrupt("\(entry.name) has \(output.count) bytes, the directory says \(entry.size)") }
        guard CRC32.checksum(output) == entry.crc else { throw .corrupt("the checksum of \(entry.name) does not match") }
        return output
    }

    private func u16(_ offset: Int) -> UInt16 { UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8 }
    private func u32(_ offset: Int) -> UInt32 { UInt32(u16(offset)) | UInt32(u16(offset + 2)) << 16 }

    private static func endOfCentralDirectory(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var offset = bytes.count - 22
        while offset >= lowest {
            if bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x05, bytes[offset + 3] == 0x06 { return offset }
            offset -= 1
        }
        return nil
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == first, bytes[i..<i + needle.count].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
