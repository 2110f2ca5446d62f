import GraphCore

/// Contact blocks: `Kontakt:` / `Ansprechpartnerin: NAME`, an organisation line, street and number,
/// postcode and town, `E-Mail:`, `Tel.:`, `Fax:` and a web address, one item per line.
///
/// Example: „Ansprechpartner: Jonas Weber“ / „Agentur Ost GmbH“ / „Lindenallee 5“ / „01067 Dresden“ /
/// „E-Mail: info@agentur-ost.example“ → email(Agentur Ost GmbH | info@agentur-ost.example), address(… | Lindenallee 5,
/// 01067 Dresden), holdsRole(Jonas Weber | Ansprechpartner | Agentur Ost GmbH). The values go to the organisation of
/// the block, or to the person when the block names no organisation. Prior 0.9.
struct ContactBlockRule: ExtractionRule {
    let name = "contact-block"
    let confidence = 0.9
    let needsFactualSentence = false

    static let streetEndings = ["straße", "strasse", "str", "weg", "platz", "allee", "ring", "damm", "gasse", "ufer", "chaussee",
                                "markt", "steig", "hof", "berg", "park", "promenade", "wall", "tor", "graben", "kai"]

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let document = context.document
        let view = context.view
        let first = view.lower(0)
        guard first.hasPrefix("kontakt") || first.hasPrefix("pressekontakt") || first.hasPrefix("ansprechpartner")
                || first == "ansprechperson" || first == "medienkontakt" else { return }
        // The block: this line and the following lines.
        var lines = [context.index]
        var s = context.index + 1
        while s < document.views.count && lines.count < 12 {
            if !document.isLine[s] && !document.views[s].tokens.contains(where: { $0.kind == .email || $0.kind == .url }) { break }
            lines.append(s)
            s += 1
        }
        var person: MentionSpan? = nil
        var org: MentionSpan? = nil
        var personRole: (String, Int)? = nil
        var street: (String, Int)? = nil
        var postcode: (String, String, Int)? = nil
        var emails: [(String, Int)] = []
        var phones: [(String, Int)] = []
        var faxes: [(String, Int)] = []
        var urls: [(String, Int)] = []
        for line in lines {
            let v = document.views[line]
            let spans = document.spans[line]
            if person == nil, let p = spans.first(where: { $0.kind == .person }) {
                person = p
                let label = v.text(0)
                if label.lowercased().hasPrefix("ansprechpartner") { personRole = (label, line) }
            }
            if org == nil, let o = spans.first(where: { $0.kind == .organization }), o.start <= 1 { org = o }
            let head = v.lower(0)
            if head.hasPrefix("tel") || head == "fon" || head == "phone" || head == "telefon" {
                if let number = phoneNumber(v) { phones.append((number, line)) }
                continue
            }
            if head.hasPrefix("fax") || head == "telefax" {
                if let number = phoneNumber(v) { faxes.append((number, line)) }
                continue
            }
            for token in v.tokens {
                if token.kind == .email, !emails.contains(where: { $0.0 == token.text }) { emails.append((token.text, line)) }
                if token.kind == .url, !token.text.hasPrefix("mailto:"), !urls.contains(where: { $0.0 == token.text }) {
                    urls.append((token.text, line))
                }
            }
            if street == nil, v.count >= 2, v.isWord(0), v.tokens[1].kind == .number || v.tokens.last?.kind == .number {
                let word = v.lower(v.tokens.firstIndex { $0.kind == .number }.map { max(0, $0 - 1) } ?? 0)
                if Self.streetEndings.contains(where: { word.hasSuffix($0) }) {
                    street = (v.join(0, v.count), line)
                }
            }
            if postcode == nil, v.count >= 2, v.tokens[0].kind == .number, v.text(0).count == 5, v.isCap(1) {
                postcode = (v.text(0), v.join(1, v.count), line)
            }
        }
        guard let subject = org?.entity ?? person?.entity else { return }
        for (value, line) in emails { output.add(.email, subject, .literal(Literal(value)), line: line) }
        for (value, line) in phones { output.add(.telephone, subject, .literal(Literal(value)), line: line) }
        for (value, line) in faxes { output.add(.faxNumber, subject, .literal(Literal(value)), line: line) }
        for (value, line) in urls {
            let full = value.hasPrefix("http") ? value : "http://" + value
            output.add(.url, subject, .literal(Literal(full)), line: line)
        }
        if let street, let postcode {
            output.add(.address, subject, .address(PostalAddress(street: street.0, postalCode: postcode.0, locality: postcode.1)),
                       line: postcode.2)
        }
        if let person, let (role, line) = personRole {
            let label = role.hasSuffix(":") ? String(role.dropLast()) : role
            output.add(.holdsRole, person.entity, .post(role: label, organization: org?.entity), line: line)
        }
    }

    /// The phone number after the label of a line, with parentheses removed and dashes tightened:
    /// `+49 (30) 25 79 72 – 23` → `+49 30 25 79 72-23`.
    private func phoneNumber(_ v: TokenView) -> String? {
        var i = 1
        while i < v.count && (v.isPunct(i, ":") || v.isPunct(i, ".") || v.isWord(i)) { i += 1 }
        guard i < v.count else { return nil }
        var text = ""
        for k in i..<v.count {
            let t = v.tokens[k]
            if t.text == "(" || t.text == ")" { if !text.isEmpty && !text.hasSuffix(" ") { text += " " }; continue }
            if t.text == "–" || t.text == "-" || t.text == "—" || t.text == "/" {
                while text.hasSuffix(" ") { text.removeLast() }
                text += t.text == "/" ? " " : "-"
                continue
            }
            if t.kind == .word { break }
            if !text.isEmpty && t.spaceBefore && !text.hasSuffix("-") && !text.hasSuffix(" ") { text += " " }
            text += t.text
        }
        let digits = text.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        return digits >= 5 ? text.trimmingCharacters(in: .whitespaces) : nil
    }
}
