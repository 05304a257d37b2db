/// Command lines shown to the user to copy and run: each word as a POSIX shell reads it back.
public enum ShellWords {
    /// `text` bare when it holds only characters the shell leaves alone, else quoted.
    public static func word(_ text: String) -> String {
        let plain = !text.isEmpty && text.unicodeScalars.allSatisfy { $0.isASCII && (isAlphanumeric($0) || "-_.,/=+:@%".unicodeScalars.contains($0)) }
        return plain ? text : quoted(text)
    }

    /// `text` in double quotes (`\`, `"`, `$` and backquotes escaped), or in single quotes when it holds
    /// a `!`, which interactive shells expand even inside double quotes.
    public static func quoted(_ text: String) -> String {
        if text.contains("!") {
            return "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
        }
        var out = "\""
        for character in text {
            if "\\\"$`".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out + "\""
    }

    /// `key=value` with only the value quoted, as in `--set client.name="Acme Ltd"`.
    public static func assignment(_ key: String, _ value: String) -> String {
        let bare = word(value)
        return key + "=" + (bare == value ? value : quoted(value))
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
