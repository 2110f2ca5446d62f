import GraphCore

/// Reads the lines of a contact or address block: the organisation or person it belongs to, street and number,
/// postcode and town, `E-Mail:`, `Tel.:`, `Fax:` and web addresses. Items may stand one per line or comma-separated on
/// one line (`Kontakt: Amt für Europa, Markt 1, 04109 Leipzig, Tel. 0341 123-4`).
struct ContactBlockReader {
    /// Word endings of street names.
    static let streetEndings = ["straße", "strasse", "str", "weg", "platz", "allee", "ring", "damm", "gasse", "ufer", "chaussee",
                                "markt", "steig", "hof", "berg", "park", "promenade", "wall", "tor", "graben", "kai"]

    /// Prepositions (lower case) that open a street's name: `Am Strande`, `Zur Mühle`, `Unter den Linden`.
    static let streetPrepositions = ["am", "an", "auf", "im", "in", "zum", "zur", "unter", "hinter", "vor", "bei", "beim", "über"]

    /// Nouns before a town's or district's name that make a line name its administration (lower case): `Stadt Kiel`.
    static let administrationNouns = ["stadt", "landeshauptstadt", "hansestadt", "gemeinde", "landkreis", "kreis", "bezirk",
                                      "bezirksamt", "provinz"]

    /// The document.
    let document: DocumentContext

    /// Writes the facts of the block made of `lines`; `roleLabel` names the person's role when the block says
    /// `Ansprechpartner: NAME`. Returns false when the block names no owner.
    @discardableResult
    func read(_ lines: [Int], into output: inout RuleOutput, ownerOverride: Int? = nil) -> Bool {
        var person: MentionSpan? = nil
        var org: MentionSpan? = nil
        var namedOrg: Int? = nil
        var personRole: (String, Int)? = nil
        var street: (String, Int)? = nil
        var postcode: (String, String, Int)? = nil
        var emails: [(String, Int)] = []
        var phones: [(String, Int)] = []
        var faxes: [(String, Int)] = []
        var urls: [(String, Int)] = []
        // The town or district whose administration a line names when no organisation or person does: `Stadt Frankfurt (Oder),
        // Pressestelle`.
        var place: MentionSpan? = nil
        // `Ihr Ansprechpartner` on the first line: the role of the person named on a later line.
        var openerRole: String? = nil
        if let first = lines.first, case let v = document.views[first], v.count <= 3,
           let k = (0..<v.count).first(where: { v.isWord($0) && v.lower($0).hasPrefix("ansprechpartner") }) {
            openerRole = v.text(k)
        }
        for line in lines {
            let v = document.views[line]
            let spans = document.spans[line]
            if person == nil, let p = spans.first(where: { $0.kind == .person }) {
                person = p
                let label = v.text(0)
                if label.lowercased().hasPrefix("ansprechpartner") { personRole = (label, line) } else if let role = openerRole {
                    personRole = (role, line)
                }
            }
            if org == nil, let o = spans.first(where: { $0.kind == .organization && ($0.start <= 1 || (v.isPunct($0.start - 1, ":") && $0.start <= 3)) }) {
                org = o
            }
            if place == nil, v.count > 0, v.isWord(0), let p = spans.first(where: { $0.kind == .city || $0.kind == .administrativeArea }),
               p.start == 0 || (p.start == 1 && v.isAny(0, Self.administrationNouns))
                || (v.isPunct(1, ":") && (p.start == 2 || (p.start == 3 && v.isAny(2, Self.administrationNouns)))) {
                place = p
            }
            if org == nil, namedOrg == nil { namedOrg = organizationNamed(by: v) }
            for token in v.tokens {
                if token.kind == .email, !emails.contains(where: { $0.0 == token.text }) { emails.append((token.text, line)) }
                if token.kind == .url, !token.text.hasPrefix("mailto:"), !urls.contains(where: { $0.0 == token.text }) {
                    urls.append((token.text, line))
                }
            }
            // Items separated by commas on one line, or the whole line.
            for segment in Self.segments(v) {
                let head = segment.lower(0)
                // `T +49 211 …` / `F +49 211 …`: a one-letter label before a number.
                let letter = segment.count >= 2 && (segment.tokens[1].kind == .number || segment.text(1) == "+")
                if head.hasPrefix("tel") || head == "fon" || head == "phone" || head == "telefon" || (head == "t" && letter) {
                    if let number = Self.phoneNumber(segment) { phones.append((number, line)) }
                    continue
                }
                if head.hasPrefix("fax") || head == "telefax" || (head == "f" && letter) {
                    if let number = Self.phoneNumber(segment) { faxes.append((number, line)) }
                    continue
                }
                if street == nil, let text = Self.street(segment) { street = (text, line) }
                if postcode == nil, segment.count >= 2, segment.tokens[0].kind == .number, segment.text(0).count == 5, segment.isCap(1) {
                    postcode = (segment.text(0), segment.join(1, segment.count), line)
                }
            }
        }
        guard let subject = ownerOverride ?? org?.entity ?? namedOrg ?? person?.entity ?? place?.entity else { return false }
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
            // An organisation's postal address names the town of its seat or office (after a postcode a town's name is no
            // word, so a town whose name is also one counts).
            if document.kind(subject) == .organization, let town = document.lexicon.places[postcode.1], town.kind == .city {
                let entity = output.entity(kind: .city, label: town.label, quality: .full)
                output.add(.location, subject, .entity(entity), line: postcode.2)
            }
        }
        if let person, let (role, line) = personRole {
            let label = role.hasSuffix(":") ? String(role.dropLast()) : role
            output.add(.holdsRole, person.entity, .post(role: label, organization: org?.entity ?? namedOrg), line: line)
        }
        return true
    }

    /// The organisation of the document that a whole line names in another spelling: `Germany Trade & Invest` for
    /// `Germany Trade and Invest`.
    func organizationNamed(by v: TokenView) -> Int? {
        guard v.count >= 2, v.count <= 8 else { return nil }
        let text = v.join(0, v.count)
        guard text.contains("&") else { return nil }
        let forms = [Self.replacingAmpersands(in: text, with: "and"), Self.replacingAmpersands(in: text, with: "und")]
        for (index, entity) in document.entities.entities.enumerated() where entity.kind == .organization {
            let names = [entity.label] + entity.aliases + entity.surfaceForms
            if names.contains(where: { forms.contains($0) }) { return index }
        }
        return nil
    }

    /// `text.replacingOccurrences(of: "&", with: word)`: by bytes when the text is ``Swift/String/isSimpleText`` (every
    /// `&` byte is then a `Character` of its own), else by Foundation.
    static func replacingAmpersands(in text: String, with word: String) -> String {
        guard text.isSimpleText else { return text.replacingOccurrences(of: "&", with: word) }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            if byte == 0x26 { out.append(contentsOf: word.utf8) } else { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The parts of a line separated by commas or bars (`Tel. 0521 51-0 | Fax 0521 51-9`); the whole line when it has
    /// neither.
    static func segments(_ v: TokenView) -> [TokenView] {
        var out: [TokenView] = []
        var start = 0
        for i in 0...v.count where i == v.count || v.isPunct(i, ",") || v.isPunct(i, "|") {
            if i > start { out.append(TokenView(v, range: start..<i)) }
            start = i + 1
        }
        return out
    }

    /// The street and number of a segment: `Lindenallee 5`, `Straße der Nationen 25`, `Am Markt 1`, `Grietgasse 17a`,
    /// `Hauptstraße 12 b`.
    static func street(_ v: TokenView) -> String? {
        guard v.count >= 2, v.count <= 6, v.isWord(0), v.isCap(0) else { return nil }
        // The house number closes the segment (a letter may follow it as a word of its own) or follows the first word.
        let last = v.count - 1
        let closes = isHouseNumber(v, last) || (last >= 2 && v.tokens[last - 1].kind == .number && isHouseLetter(v, last))
        guard closes || isHouseNumber(v, 1) else { return nil }
        guard let number = (1..<v.count).first(where: { isHouseNumber(v, $0) }) else { return nil }
        let word = v.lower(number - 1)
        if streetEndings.contains(where: { word.hasSuffix($0) }) || streetEndings.contains(where: { v.lower(0).hasSuffix($0) }) {
            return v.join(0, v.count)
        }
        // Streets named with a preposition: `Am Strande 1`, `An der Alster 4`, `Zur Mühle 2`, `Unter den Linden 10`.
        if number >= 2, v.isAny(0, streetPrepositions), v.isCap(number - 1), !MentionRecognizer.timeWords.contains(v.lower(number - 1)) {
            return v.join(0, v.count)
        }
        return nil
    }

    /// True when token `i` is a house number: a number, or digits with one letter (`17a`).
    static func isHouseNumber(_ v: TokenView, _ i: Int) -> Bool {
        guard i >= 0, i < v.count else { return false }
        if v.tokens[i].kind == .number { return true }
        let bytes = v.tokens[i].text.utf8
        guard bytes.count >= 2, bytes.count <= 5, let letter = bytes.last, letter >= 0x61 && letter <= 0x7A else { return false }
        return bytes.dropLast().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// True when token `i` is the single lower-case letter of a house number written apart (`12 b`).
    static func isHouseLetter(_ v: TokenView, _ i: Int) -> Bool {
        let bytes = v.tokens[i].text.utf8
        return bytes.count == 1 && bytes.first.map { $0 >= 0x61 && $0 <= 0x7A } == true
    }

    /// The phone number after the label of a line, with parentheses removed and dashes tightened:
    /// `+49 (30) 25 79 72 – 23` → `+49 30 25 79 72-23`.
    static func phoneNumber(_ v: TokenView) -> String? {
        var i = 1
        while i < v.count && (v.isPunct(i, ":") || v.isPunct(i, ".") || v.isWord(i)) { i += 1 }
        guard i < v.count else { return nil }
        var text = ""
        var k = i - 1
        while k + 1 < v.count {
            k += 1
            let t = v.tokens[k]
            // `+49 (0)521 …`: the trunk zero in parentheses is not dialled after the country code.
            if t.text == "(", text.hasPrefix("+"), k + 2 < v.count, v.tokens[k + 1].text == "0", v.tokens[k + 2].text == ")" {
                if !text.hasSuffix(" ") { text += " " }
                k += 2
                continue
            }
            if t.text == "|" || t.text == "," || t.text == ";" { break }
            if t.text == "(" || t.text == ")" { if !text.isEmpty && !text.hasSuffix(" ") { text += " " }; continue }
            if t.text == "–" || t.text == "-" || t.text == "—" || t.text == "/" {
                while text.hasSuffix(" ") { text.removeLast() }
                text += t.text == "/" ? " " : "-"
                continue
            }
            if t.kind == .word || t.kind == .email || t.kind == .url { break }
            if !text.isEmpty && t.spaceBefore && !text.hasSuffix("-") && !text.hasSuffix(" ") { text += " " }
            text += t.text
        }
        let digits = text.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        return digits >= 5 ? Lexicon.trimmed(text[...]) : nil
    }
}
