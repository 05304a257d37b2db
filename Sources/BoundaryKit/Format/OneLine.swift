extension String {
    /// The text on one line: every run of spaces, tabs and line breaks becomes one space, none at
    /// either end (a sentence quoted as evidence, a name given on the command line).
    var onOneLine: String {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var space = false
        for byte in utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                space = !out.isEmpty
            } else {
                if space { out.append(0x20) }
                out.append(byte)
                space = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
