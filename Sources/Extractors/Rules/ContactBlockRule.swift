import GraphCore

/// Contact blocks: `Kontakt:` / `Ansprechpartnerin: NAME` / `Ihr Ansprechpartner` / `Impressum`, an organisation line, street and number,
/// postcode and town, `E-Mail:`, `Tel.:`, `Fax:` and a web address, one item per line or comma-separated on one line.
///
/// Example: „Ansprechpartner: Jonas Weber“ / „Agentur Ost GmbH“ / „Lindenallee 5“ / „01067 Dresden“ /
/// „E-Mail: info@agentur-ost.example“ → email(Agentur Ost GmbH | info@agentur-ost.example), address(… | Lindenallee 5,
/// 01067 Dresden), holdsRole(Jonas Weber | Ansprechpartner | Agentur Ost GmbH). The values go to the organisation of
/// the block, or to the person when the block names no organisation (``ContactBlockReader``). Prior 0.9.
struct ContactBlockRule: ExtractionRule {
    var name: String { "contact-block" }
    var confidence: Double { 0.9 }
    var needsFactualSentence: Bool { false }

    /// True when a line opens a contact block.
    static func opensBlock(_ view: TokenView) -> Bool {
        // `Ihr Ansprechpartner` / `Ihre Ansprechpartnerin:` as a line of its own.
        if view.count == 2 || view.isPunct(2, ":"), view.isAny(0, ["ihr", "ihre"]), view.lower(1).hasPrefix("ansprechpartner") {
            return true
        }
        // `Kontakt:` / `Ansprechpartnerin: …`, not a sentence that starts with the word (`Ansprechpartnerin im Amt ist …`).
        guard view.isPunct(1, ":") || view.count == 1 else { return false }
        let first = view.lower(0)
        return first.hasPrefix("kontakt") || first.hasPrefix("pressekontakt") || first.hasPrefix("ansprechpartner")
            || first == "ansprechperson" || first == "medienkontakt" || first == "impressum"
    }

    /// True when a line is a footer of contact items between bars with no header: `ORG | Petersstraße 2 | 04109 Leipzig |
    /// Tel. 0341 22 33 44 | www.example.de` (two bars or more, and an address, a phone or web item).
    static func isFooterLine(_ view: TokenView) -> Bool {
        // Two bars first (one byte test per token), then the items.
        var bars = 0
        for i in 0..<view.count where view.isPunct(i, "|") { bars += 1 }
        guard bars >= 2 else { return false }
        return view.tokens.contains { $0.kind == .email || $0.kind == .url || $0.kind == .number && $0.text.utf8.count == 5 }
    }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        if context.document.isLine[context.index], !Self.opensBlock(context.view), Self.isFooterLine(context.view) {
            ContactBlockReader(document: context.document).read([context.index], into: &output)
            return
        }
        guard Self.opensBlock(context.view) else { return }
        let document = context.document
        // The block: this line and the following lines.
        var lines = [context.index]
        var s = context.index + 1
        while s < document.views.count && lines.count < 12 {
            if !document.isLine[s] && !document.views[s].tokens.contains(where: { $0.kind == .email || $0.kind == .url }) { break }
            lines.append(s)
            s += 1
        }
        ContactBlockReader(document: document).read(lines, into: &output)
    }
}
