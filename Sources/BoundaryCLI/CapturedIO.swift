import Foundation

/// A test double for `IO`: standard input from bytes or a string, standard output and error
/// captured as strings, terminal flags, environment and working directory settable.
///
/// ```swift
/// let captured = CapturedIO(stdin: "hello\n", terminal: [.stdout])
/// let status = CLI.run(arguments: ["lint", "-"], io: captured.io, commands: commands)
/// #expect(captured.out == "…")
/// ```
public final class CapturedIO: @unchecked Sendable {  // all mutable state is behind `lock`
    private let lock = NSLock()
    private var _stdin: [UInt8]
    private var _out = ""
    private var _err = ""
    private var _terminal: Set<IO.Stream>
    private var _environment: [String: String]
    private var _currentDirectory: String

    public init(
        stdinBytes: [UInt8],
        terminal: Set<IO.Stream> = [],
        environment: [String: String] = [:],
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        _stdin = stdinBytes
        _terminal = terminal
        _environment = environment
        _currentDirectory = currentDirectory
    }

    public convenience init(
        stdin: String = "",
        terminal: Set<IO.Stream> = [],
        environment: [String: String] = [:],
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.init(stdinBytes: Array(stdin.utf8), terminal: terminal, environment: environment, currentDirectory: currentDirectory)
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// Everything written to standard output so far.
    public var out: String { locked { _out } }
    /// Everything written to standard error so far.
    public var err: String { locked { _err } }
    /// Standard input not yet read.
    public var remainingStdin: [UInt8] { locked { _stdin } }

    public var terminal: Set<IO.Stream> {
        get { locked { _terminal } }
        set { locked { _terminal = newValue } }
    }
    public var environment: [String: String] {
        get { locked { _environment } }
        set { locked { _environment = newValue } }
    }
    public var currentDirectory: String {
        get { locked { _currentDirectory } }
        set { locked { _currentDirectory = newValue } }
    }

    /// Clears captured output (standard input is left as it is).
    public func reset() {
        locked {
            _out = ""
            _err = ""
        }
    }

    /// An `IO` wired to this object. Environment and working directory are copied when it is made.
    public var io: IO {
        IO(
            readStdin: { [self] in
                locked {
                    defer { _stdin = [] }
                    return _stdin
                }
            },
            readLine: { [self] in
                locked {
                    guard !_stdin.isEmpty else { return nil }
                    let end = _stdin.firstIndex(of: UInt8(ascii: "\n"))
                    let line = _stdin[..<(end ?? _stdin.endIndex)]
                    _stdin.removeFirst(end.map { $0 + 1 } ?? _stdin.count)
                    return IO.droppingCarriageReturn(String(decoding: line, as: UTF8.self))
                }
            },
            writeOut: { [self] text in locked { _out += text } },
            writeErr: { [self] text in locked { _err += text } },
            isTerminal: { [self] stream in locked { _terminal.contains(stream) } },
            environment: environment,
            currentDirectory: currentDirectory
        )
    }
}
