/// The process exit status, as ruff, ESLint and vale use it.
public enum ExitCode {
    /// Ran and found nothing to report.
    public static let success: Int32 = 0
    /// Ran and found something (lint findings, failed checks).
    public static let findings: Int32 = 1
    /// Could not run as asked: bad arguments, unreadable or invalid input.
    public static let usage: Int32 = 2
    /// Same as `usage`: any error that stopped the command.
    public static let error: Int32 = 2
}
