/// The abbreviations the tokeniser keeps whole and the sentence splitter does not split after,
/// built from `abbreviations.tsv` (columns: form, kind).
///
/// Kinds: `word` (default; never ends a sentence), `final` (may end a sentence when the next token is
/// capitalised: `usw.`, `etc.`), `suffix` (also closes a compound: `str.` makes `Hauptstr.` one token).
/// A form with inner spaces (`z. B.`) is a sequence of tokens: each part (`z.`, `B.`) is a token of its own
/// and the form without spaces (`z.B.`) is a single token.
public struct Abbreviations: Sendable {
    /// Token texts (with their period) that are abbreviations: `Dr.`, `u.a.`, `z.B.`, and the parts `z.`, `B.` of spaced forms.
    public let tokens: Set<String>
    /// Spaced forms as token sequences, e.g. `["z.", "B."]`.
    public let sequences: [[String]]
    /// Token texts that may end a sentence (`usw.`, `etc.`).
    public let sentenceFinal: Set<String>
    /// Lower-cased endings (with period) that make a compound an abbreviation: `str.`.
    public let suffixes: [String]

    /// Builds the sets from the rows of an abbreviation lexicon.
    public init(lexicon: Lexicon) {
        var tokens = Set<String>()
        var sequences: [[String]] = []
        var final = Set<String>()
        var suffixes: [String] = []
        for row in lexicon.rows {
            let form = row[0]
            let kind = Lexicon.field(row, 1)
            let parts = form.split(separator: " ").map(String.init)
            if parts.count > 1 {
                sequences.append(parts)
                for p in parts { tokens.insert(p) }
                tokens.insert(parts.joined())
            } else {
                tokens.insert(form)
            }
            if kind == "final" { final.insert(parts.joined()); if parts.count == 1 { final.insert(form) } }
            if kind == "suffix" { suffixes.append(form.lowercased()) }
        }
        self.tokens = tokens
        self.sequences = sequences
        self.sentenceFinal = final
        self.suffixes = suffixes.sorted()
    }

    /// An empty set: only single capital initials (`A.`) are abbreviations.
    public init() {
        tokens = []
        sequences = []
        sentenceFinal = []
        suffixes = []
    }

    /// True when `text` (a token with its final period) is an abbreviation, also with a capitalised first
    /// letter at the start of a sentence (`Vgl.`) or as a single capital initial (`A.`).
    public func contains(_ text: String) -> Bool {
        if tokens.contains(text) { return true }
        let scalars = text.unicodeScalars
        if scalars.count == 2, let first = scalars.first, first.properties.isUppercase, scalars.last == "." {
            return true
        }
        if let first = text.first, first.isUppercase {
            let lowered = first.lowercased() + text.dropFirst()
            if tokens.contains(lowered) { return true }
        }
        if !suffixes.isEmpty {
            let lower = text.lowercased()
            for s in suffixes where lower.hasSuffix(s) && lower.count > s.count { return true }
        }
        return false
    }
}
