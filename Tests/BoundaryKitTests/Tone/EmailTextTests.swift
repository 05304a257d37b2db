import BoundaryKit
import Testing

/// E-mail messages: the Subject line and the body, decoded, with positions in the message file.
@Suite struct EmailTextTests {
    @Test func keepsTheSubjectAndTheBodyOnly() throws {
        let message = "From: Jo <jo@example.com>\nTo: Sam <sam@example.com>\nSubject: Invoice INV-7\nDate: Mon, 18 May 2026 09:00:00 +0100\n\nHi Sam,\nThank you.\n"
        let text = try EmailText.extract(message)
        #expect(text.text == "Invoice INV-7\n\nHi Sam,\nThank you.\n")
        #expect(text.sourceMap.original(SourcePosition(line: 1, column: 1)) == SourcePosition(line: 3, column: 10))
        #expect(text.sourceMap.original(SourcePosition(line: 4, column: 1)) == SourcePosition(line: 7, column: 1))
        #expect(!text.text.contains("jo@example.com"))
    }

    /// Quoted words are someone else's: `>` lines of a plain body, `<blockquote>` of an HTML body.
    @Test func marksTheQuotedLinesOfPlainAndHTMLBodies() throws {
        let plain = try EmailText.read("Subject: Re: files\n\nThank you, Dana.\n> YOU NEVER answer!!\nKind regards\n")
        #expect(plain.quoted == [4])
        let html = try EmailText.read("Subject: Re: files\nContent-Type: text/html; charset=utf-8\n\n<p>Thank you, Dana.</p>\n<blockquote><p>YOU NEVER answer!!</p></blockquote>\n<p>Kind regards</p>\n")
        let lines = html.text.text.split(separator: "\n", omittingEmptySubsequences: false)
        let quoted = try #require(lines.firstIndex { $0.contains("YOU NEVER") })
        #expect(html.quoted == [quoted + 1], "\(html.text.text)")
    }

    @Test func unfoldsALongSubject() throws {
        let text = try EmailText.extract("Subject: Notice that I am unable to continue with the design of the\n Northwind Bakery website\nTo: x@example.com\n\nThank you.\n")
        #expect(text.text == "Notice that I am unable to continue with the design of the Northwind Bakery website\n\nThank you.\n")
        let northwind = "Notice that I am unable to continue with the design of the ".unicodeScalars.count + 1
        #expect(text.sourceMap.original(SourcePosition(line: 1, column: northwind)) == SourcePosition(line: 2, column: 2))
        #expect(text.sourceMap.original(SourcePosition(line: 1, column: 1)) == SourcePosition(line: 1, column: 10))
    }

    @Test func decodesEncodedWordsInTheSubject() throws {
        let text = try EmailText.extract("Subject: =?utf-8?B?Q2Fmw6kgTHVtacOocmU=?=\n =?utf-8?Q?_invoice_INV-7?= is late\n\nThank you.\n")
        #expect(text.text == "Café Lumière invoice INV-7 is late\n\nThank you.\n")
        #expect(text.sourceMap.original(SourcePosition(line: 1, column: 1)) == SourcePosition(line: 1, column: 10))
        #expect(try EmailText.extract("Subject: =?iso-8859-1?Q?Caf=E9?=\n\nHi.\n").text.hasPrefix("=?iso-8859-1?Q?Caf=E9?="), "another charset stays as written")
    }

    @Test func decodesQuotedPrintableWithSoftBreaks() throws {
        let message = "Subject: Hello\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nCaf=C3=A9 is open, and the invoice is a=\nttached.\n"
        let text = try EmailText.extract(message)
        #expect(text.text == "Hello\n\nCafé is open, and the invoice is attached.\n")
        // "attached" starts on line 5 of the message, column 39 (after "=C3=A9"); its second letter on line 6.
        #expect(text.sourceMap.original(SourcePosition(line: 3, column: 34)) == SourcePosition(line: 5, column: 39))
        #expect(text.sourceMap.original(SourcePosition(line: 3, column: 35)) == SourcePosition(line: 6, column: 1))
    }

    @Test func decodesBase64() throws {
        let message = "Subject: Hi\nContent-Transfer-Encoding: base64\n\nVGhhbmsgeW91IGZvciB0aGUgYnJpZWYu\nIFBsZWFzZSBjb25maXJtLg==\n"
        let text = try EmailText.extract(message)
        #expect(text.text == "Hi\n\nThank you for the brief. Please confirm.\n")
        #expect(text.sourceMap.original(SourcePosition(line: 3, column: 5)).line == 4)
    }

    @Test func readsThePlainPartOfAMultipartMessage() throws {
        let message = """
            From: a@example.com
            Subject: Scope
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="XYZ"

            --XYZ
            Content-Type: text/html; charset=utf-8

            <p>HTML version</p>
            --XYZ
            Content-Type: text/plain; charset=utf-8

            Plain version.
            --XYZ--

            """
        let text = try EmailText.extract(message)
        #expect(text.text == "Scope\n\nPlain version.\n")
        #expect(text.sourceMap.original(SourcePosition(line: 3, column: 1)) == SourcePosition(line: 13, column: 1))
        let htmlOnly = message.replacingOccurrences(of: "Content-Type: text/plain; charset=utf-8\n\nPlain version.\n--XYZ--", with: "Content-Type: image/png\n\nxx\n--XYZ--")
        #expect(try EmailText.extract(htmlOnly).text == "Scope\n\nHTML version\n")
    }

    @Test func refusesWhatItCannotRead() {
        #expect(throws: EmailText.Failure.self) { try EmailText.extract("Subject: x\nContent-Type: text/plain; charset=iso-8859-1\n\nCaf\u{E9}\n") }
        #expect(throws: EmailText.Failure.self) { try EmailText.extract("Subject: x\nContent-Transfer-Encoding: base64\n\n%%%\n") }
        #expect(throws: EmailText.Failure.self) { try EmailText.extract("Subject: x\nContent-Type: multipart/mixed\n\nbody\n") }
        #expect(throws: EmailText.Failure.self) { try EmailText.extract("no headers here\n") }
        #expect(throws: EmailText.Failure.self) { try EmailText.extract("Subject: x\nContent-Transfer-Encoding: uuencode\n\nbody\n") }
    }

    @Test func recognisesAMessage() {
        #expect(EmailText.looksLikeMessage("From: jo@example.com\nSubject: x\n\nHi"))
        #expect(!EmailText.looksLikeMessage("Dear Sam,\nThank you."))
    }
}

/// Lines quoted from someone else, in text and in HTML.
@Suite struct QuotedLinesTests {
    @Test func linesStartingWithAGreaterThanSign() {
        #expect(QuotedLines.marked(in: "Hi\n> quoted\n  > also\nnot > this\n") == [2, 3])
    }

    @Test func blockquotesInHTML() {
        let html = "<p>Mine.</p>\n<blockquote><p>Theirs, line one.</p>\n<p>Theirs, line two.</p></blockquote>\n<p>Mine again.</p>"
        let extracted = HTMLText.extract(html)
        let quoted = QuotedLines.blockquotes(in: html, extracted: extracted)
        let lines = extracted.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(quoted.map { String(lines[$0 - 1]) }.sorted() == ["Theirs, line one.", "Theirs, line two."])
    }

    @Test func blankingKeepsLinesAndColumns() {
        let text = ExtractedText(text: "Mine.\n> Théirs!!\nMine.\n")
        let blanked = QuotedLines.blanking([2], in: text)
        #expect(blanked.text == "Mine.\n          \nMine.\n")
    }

    @Test func noRuleSeesAQuotation() {
        let letter = "Thank you for your message.\n> You must pay. This is RIDICULOUS!! But you never read it.\nPlease confirm by Friday.\n"
        #expect(BuiltinTone.findings(letter).isEmpty)
    }
}
