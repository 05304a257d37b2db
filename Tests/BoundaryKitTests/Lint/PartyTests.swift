import Testing
@testable import BoundaryKit

@Suite struct PartyTests {
    private func names(_ text: String) -> (provider: [String], client: [String]) {
        let model = TextModel(text)
        return (model.parties(.provider).map(\.name), model.parties(.client).map(\.name))
    }

    @Test(arguments: [
        ("This Agreement is between Acme Corp. (\"Client\") and Jane Doe (\"Consultant\").", ["Consultant"], ["Client"]),
        ("between Northwind Ltd (the “Company”) and Sam Lee (the “Contractor”).", ["Contractor"], ["Company"]),
        ("Fabrikam Inc., hereinafter \"Customer\", and Lee Studio, hereinafter referred to as the \"Service Provider\".", ["Service Provider"], ["Customer"]),
        ("between Big Co (‘the Client’) and Pat (‘the Designer’)", ["Designer"], ["Client"]),
        ("between Contoso Ltd (the \"Company\") and Ann (\"Developer\")", ["Developer"], ["Company"]),
        // "Company" is the provider when the other side is already the client.
        ("between WebWorks LLC (the \"Company\") and Joe Bloggs (the \"Client\")", ["Company"], ["Client"]),
        // A party named by its own name takes the side nobody else holds.
        ("by and between Globex Inc. (\"Globex\") and Ann Smith (\"Contractor\").", ["Contractor"], ["Globex"]),
        ("Kim Park (\"we\", \"us\") and the person who signs below (\"you\")", ["we", "us"], ["you"]),
        ("This agreement (the \"Agreement\") and the \"Services\" are described in Exhibit A.", [], []),
        // No "between": the other name is defined in the same sentence as the consultant.
        ("Aduro Inc. (\"Aduro\") and Ireya B.V. (\"Consultant\") agree to these terms (the \"Letter Agreement\").", ["Consultant"], ["Aduro"]),
        // The comma inside the quotes, a pronoun at the end of a name, a document name.
        ("between Zynga US (\"Zynga US\") and Kim (\"Client,\") and the \"Supply Agreement\"", ["Zynga US"], ["Client"]),
    ])
    func findsDefinedNames(text: String, provider: [String], client: [String]) {
        let found = names(text)
        #expect(found.provider == provider)
        #expect(found.client == client)
    }

    @Test func classifiesWordsByRole() {
        let model = TextModel("between Globex Inc. (\"Globex\") and Ann Smith (\"Supplier\").")
        #expect(model.role(of: "Globex") == .client)
        #expect(model.role(of: "Supplier’s") == .provider)
        #expect(model.role(of: "Consultant") == .provider)
        #expect(model.role(of: "Service Provider") == .provider)
        #expect(model.role(of: "we") == .provider)
        #expect(model.role(of: "you") == .client)
        #expect(model.role(of: "Customer") == .client)
        #expect(model.role(of: "Agreement") == nil)
        #expect(model.role(of: "") == nil)
    }

    @Test func readsThePartyAtAToken() throws {
        let model = TextModel("between Fabrikam (\"Customer\") and Lee (\"Service Provider\"). Only the Service Provider may end it.")
        let only = try #require(model.tokens.indices.first { model.word($0) == "only" })
        #expect(model.party(atToken: only + 2)?.role == .provider)
        #expect(model.party(atToken: only + 2)?.length == 2)
        #expect(model.party(atToken: only) == nil)
    }

    @Test func findsThePartiesOfTheFixtures() throws {
        let pdf = TextModel(PDFTextCleanup.clean(try LintFixture.text("services-agreement.pdf.txt")))
        #expect(pdf.parties.map(\.name) == ["Client", "Consultant"])
        let html = TextModel(HTMLText.extract(try LintFixture.text("services-agreement.html")))
        #expect(html.parties(.client).map(\.name) == ["Customer"])
        #expect(html.parties(.provider).map(\.name) == ["Developer"])
        let docx = TextModel(try DocxText.extract(try LintFixture.bytes("services-agreement.docx")))
        #expect(docx.parties(.client).map(\.name) == ["Company"])
        #expect(docx.parties(.provider).map(\.name) == ["Contractor"])
    }
}
