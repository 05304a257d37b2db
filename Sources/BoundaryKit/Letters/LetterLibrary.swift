/// Every letter template, from the `letters/` folder of each library layer (the built-in one, then
/// a user's `--clauses DIR`, where the same id replaces the built-in template).
public struct LetterLibrary: Sendable {
    public private(set) var templates: [String: LetterTemplate] = [:]

    /// Loads the `letters/*.md` files of `layers` in order. Every problem is reported, and every
    /// letter × register must have a template once all layers are read.
    public static func load(_ layers: [[LibraryFile]]) -> (library: LetterLibrary, diagnostics: [Diagnostic]) {
        var library = LetterLibrary()
        var diagnostics: [Diagnostic] = []
        for layer in layers {
            for file in layer.sorted(by: { $0.relativePath < $1.relativePath }) {
                let parts = file.relativePath.split(separator: "/")
                guard parts.count == 2, parts[0] == "letters", parts[1].hasSuffix(".md"), parts[1] != "README.md" else { continue }
                switch LetterTemplateParser.parse(file.text, path: file.displayPath) {
                case .success(let template): library.templates[template.id] = template
                case .failure(let errors): diagnostics += errors.all
                }
            }
        }
        if diagnostics.isEmpty {
            for variant in LetterVariant.allCases {
                for register in LetterRegister.allCases where library.template(variant, register) == nil {
                    diagnostics.append(Diagnostic(file: "letters/\(variant.rawValue).\(register.rawValue).md", "the letter template is missing",
                                                  fix: "every letter needs a warm and a formal template"))
                }
            }
        }
        return (library, diagnostics.sorted())
    }

    public func template(_ variant: LetterVariant, _ register: LetterRegister) -> LetterTemplate? {
        templates["\(variant.rawValue).\(register.rawValue)"]
    }
}
