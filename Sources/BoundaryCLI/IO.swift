import Foundation

/// Every way a command touches the process: standard streams, the terminal, the environment and the
/// working directory. Commands take an `IO` instead of reaching for globals, so tests run them
/// in-process with a `CapturedIO`.
public struct IO: Sendable {
    /// One of the three standard streams.
    public enum Stream: Sendable, Hashable, CaseIterable {
        case stdin, stdout, stderr
    }

    /// All of standard input, as bytes (read once; a second call returns what is left, usually nothing).
    public var readStdin: @Sendable () -> [UInt8]
    /// One line of standard input without its line ending, or `nil` at the end of input.
    public var readLine: @Sendable () -> String?
    /// Writes to standard output, exactly as given (no newline is added).
    public var writeOut: @Sendable (String) -> Void
    /// Writes to standard error, exactly as given (no newline is added).
    public var writeErr: @Sendable (String) -> Void
    /// Whether the stream is attached to a terminal.
    public var isTerminal: @Sendable (Stream) -> Bool
    public var environment: [String: String]
    /// The directory that relative paths are resolved against.
    public var currentDirectory: String

    public init(
        readStdin: @escaping @Sendable () -> [UInt8],
        readLine: @escaping @Sendable () -> String?,
        writeOut: @escaping @Sendable (String) -> Void,
        writeErr: @escaping @Sendable (String) -> Void,
        isTerminal: @escaping @Sendable (Stream) -> Bool,
        environment: [String: String],
        currentDirectory: String
    ) {
        self.readStdin = readStdin
        self.readLine = readLine
        self.writeOut = writeOut
        self.writeErr = writeErr
        self.isTerminal = isTerminal
        self.environment = environment
        self.currentDirectory = currentDirectory
    }

    /// The real process: file descriptors 0, 1 and 2, `isatty`, the process environment.
    public static var standard: IO {
        IO(
            readStdin: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) },
            readLine: { Swift.readLine(strippingNewline: true).map(IO.droppingCarriageReturn) },
            writeOut: { IO.write($0, to: STDOUT_FILENO) },
            writeErr: { IO.write($0, to: STDERR_FILENO) },
            isTerminal: { stream in
                switch stream {
                case .stdin: isatty(STDIN_FILENO) == 1
                case .stdout: isatty(STDOUT_FILENO) == 1
                case .stderr: isatty(STDERR_FILENO) == 1
                }
            },
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath
        )
    }

    /// `path` made absolute against `currentDirectory` (`~` is left to the shell).
    public func absolutePath(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : (currentDirectory as NSString).appendingPathComponent(path)
        return (joined as NSString).standardizingPath
    }

    static func droppingCarriageReturn(_ line: String) -> String {
        line.hasSuffix("\r") ? String(line.dropLast()) : line
    }

    /// Unbuffered, so stdout and stderr interleave in the order they were written and nothing is
    /// lost when `main` calls `exit`.
    private static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}
