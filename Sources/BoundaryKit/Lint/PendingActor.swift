// Until the risks branch adds `actor:` to signals.
extension Detection.Signal {
    var actor: String? { nil }
}
