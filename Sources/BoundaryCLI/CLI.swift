import BoundaryKit

public enum CLI {
    public static func run(arguments: [String], io: IO) -> Int32 { 0 }
}
public struct IO: Sendable { public static let standard = IO() }
