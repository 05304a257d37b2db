public enum BoundaryKitVersion { public static let string = "0.1.0" }
