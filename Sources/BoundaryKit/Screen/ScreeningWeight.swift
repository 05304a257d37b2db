/// How much a warning answer to a screening question weighs.
public enum ScreeningWeight: String, Sendable, CaseIterable, Equatable {
    /// The warning answer means decline at once (outside your skills, a third party, cannot pay).
    case decline
    /// The warning answer can be handled with boundaries in writing, if you can set them and price
    /// the extra time (the `gate`).
    case boundary
    /// The question that decides the boundaries: "can you set them and price the extra time?". Asked
    /// only when some answer needs a boundary and none declines at once.
    case gate
}
