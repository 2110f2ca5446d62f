import GraphCore

/// An address block without a `Kontakt:` label: a line that is an organisation's name, followed by its street, postcode
/// and town and optionally phone, fax, e-mail and web lines – the imprint or signature of a press release.
///
/// Example: „Pressestelle Landratsamt Görlitz“ / „Bahnhofstraße 24“ / „02826 Görlitz“ / „Telefon: 03581 663-0“ →
/// telephone(Pressestelle Landratsamt Görlitz | 03581 663-0), address(… | Bahnhofstraße 24, 02826 Görlitz).
/// The street or postcode must follow within two lines. Prior 0.85.
struct AddressBlockRule: ExtractionRule {
    var name: String { "address-block" }
    var confidence: Double { 0.85 }
    var needsFactualSentence: Bool { false }

    func apply(_ context: SentenceContext, _ output: inout RuleOutput) {
        let document = context.document
        let view = context.view
        guard document.isLine[context.index], view.count <= 10,
              let org = context.mentions.first(where: { $0.kind == .organization }), org.start <= 1, org.end == view.count else { return }
        // A block opened by `Kontakt:` just before is the contact rule's.
        for back in 1...2 where context.index - back >= 0 && ContactBlockRule.opensBlock(document.views[context.index - back]) { return }
        var lines = [context.index]
        var s = context.index + 1
        while s < document.views.count && lines.count < 8 {
            if !document.isLine[s] && !document.views[s].tokens.contains(where: { $0.kind == .email || $0.kind == .url }) { break }
            lines.append(s)
            s += 1
        }
        // The next one or two lines hold the street or the postcode.
        // Also one item of a line of comma-separated items: `Neues Schloss, Schlossplatz 4, 70173 Stuttgart`.
        let addressFollows = lines.dropFirst().prefix(2).contains { line in
            ContactBlockReader.segments(document.views[line]).contains { v in
                ContactBlockReader.street(v) != nil || (v.count >= 2 && v.tokens[0].kind == .number && v.text(0).count == 5 && v.isCap(1))
            }
        }
        guard addressFollows else { return }
        ContactBlockReader(document: document).read(lines, into: &output, ownerOverride: org.entity)
    }
}
