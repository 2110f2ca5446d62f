import GraphCore

/// A telephone number or an e-mail address given inside a running sentence, after a person or an organisation:
/// `erreichbar unter 0521 55 76-60`, `unter Telefon 0521 …`, `unter der Nummer 0521 …`, `telefonisch unter …`,
/// `Tel. 0521 …`, `Fax 0521 …`, `per E-Mail an info@…`. The value belongs to the nearest person named before it, or else to
/// the nearest organisation before it.
///
/// Example: „Anmeldungen nimmt Kassenwart Jonas Brehm unter der Nummer 0521 88 14 entgegen.“ → telephone(Jonas Brehm |
/// 0521 88 14). Prior 0.8.
struct InlineContactRule: ExtractionRule {
    var name: String { "inline-contact" }
    var confidence: Double { 0.8 }
    var needsFactualSentence: Bool { false }

    /// Words after which a telephone number follows within a few tokens (lower case).
    static let phoneCues = ["unter", "tel", "tel.", "telefon", "telefonisch", "nummer", "rufnummer", "fon", "mobil", "handy"]
    /// Words after which a fax number follows (lower case).
    static let faxCues = ["fax", "telefax"]

    /// True when a token is an e-mail address, a `+` or a number opening with `0` (read in place: no token is copied).
    static func hasContactValue(_ tokens: [Token]) -> Bool {
        tokens.withUnsafeBufferPointer { tokens in
            for k in tokens.indices where tokens[k].kind == .email || tokens[k].ascii == 0x2B
                || (tokens[k].kind == .number && tokens[k].text.utf8.first == 0x30) {
                return true
            }
            return false
        }
    }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let view = context.view
        // Lines of a contact block are read by the block rules; a sentence needs a person or an organisation.
        // Cheap tests first: an e-mail token or a number token opening with `0` or `+` (one byte each).
        guard view.count >= 5, Self.hasContactValue(view.tokens), !context.document.isLine[context.index],
              context.mentions.contains(where: { $0.kind == .person || $0.kind == .organization }) else { return }
        var i = 0
        while i < view.count {
            let token = view.tokens[i]
            if token.kind == .email {
                if let owner = owner(context, before: i) { output.add(.email, owner, .literal(Literal(token.text))) }
                i += 1
                continue
            }
            guard view.isWord(i), !view.isCap(i) || view.isAny(i, Self.phoneCues) || view.isAny(i, Self.faxCues) else { i += 1; continue }
            let fax = view.isAny(i, Self.faxCues)
            guard fax || view.isAny(i, Self.phoneCues), let (number, end) = Self.number(view, after: i) else { i += 1; continue }
            if let owner = owner(context, before: i) {
                output.add(fax ? .faxNumber : .telephone, owner, .literal(Literal(number)))
            }
            i = end
        }
    }

    /// The telephone number starting within three tokens after the cue at `cue` (skipping `:`, `.`, `der`, `Nummer`,
    /// `Telefon`), and the token after it; the number starts with `0` or `+` and has at least five digits.
    static func number(_ view: TokenView, after cue: Int) -> (String, Int)? {
        var k = cue + 1
        while k < view.count && k <= cue + 4 && (view.isPunct(k, ":") || view.isPunct(k, ".")
                                                || view.isAny(k, ["der", "die", "nummer", "telefon", "tel", "tel.", "telefonnummer", "rufnummer"])) {
            k += 1
        }
        guard k < view.count, k <= cue + 4 else { return nil }
        let first = view.text(k)
        guard view.tokens[k].kind == .number && first.hasPrefix("0") || first == "+" && view.tokens[k + 1 < view.count ? k + 1 : k].kind == .number
        else { return nil }
        var end = k
        while end < view.count, view.tokens[end].kind == .number || view.isPunct(end, "-") || view.isPunct(end, "–")
                || view.isPunct(end, "/") || view.isPunct(end, "(") || view.isPunct(end, ")") || view.text(end) == "+" {
            end += 1
        }
        // The reader of block lines skips a label word first: hand it the cue and the number.
        guard let number = ContactBlockReader.phoneNumber(TokenView(view, range: (k - 1)..<end)) else { return nil }
        return (number, end)
    }

    /// The nearest person mention ending before token `i`, else the nearest organisation before it.
    private func owner(_ context: SentenceContext, before i: Int) -> Int? {
        let before = context.mentions.filter { $0.end <= i }
        return before.last(where: { $0.kind == .person })?.entity ?? before.last(where: { $0.kind == .organization })?.entity
    }
}
