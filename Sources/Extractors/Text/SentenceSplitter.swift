/// Splits normalised text into ``Sentence``s (sentences, and lines of headings, lists and contact blocks).
///
/// Rules, in order:
/// - **Columns**: a run of three or more spaces (or a tab) between text on one line separates columns
///   (signature blocks); every column is a sentence (or several) of its own and never continues on the next line.
/// - **Blank line**: ends the sentence unless the text before it ends with `,` or a conjunction
///   (`und`, `oder`, `sowie`, `bzw.`).
/// - **Single line break**: ends the sentence when the line before ends with `. ! ? … :` (closing quotes,
///   brackets and markdown `*`/`_` aside; `am 16.` LF `Oktober` stays together). Without final punctuation it
///   ends the sentence only when the line looks like a heading, list or contact line: it does not end with `,`,
///   `-` or a lower-case function word (`der`, `von`, `und` …), the next line does not start lower-case, and the
///   line is short (at most 100 bytes and 14 tokens) or carries a marker (trailing markdown line break, leading
///   `#`, `*`, `-`, `•`, an e-mail address or URL), or the next line opens with a day and a month (a calendar entry).
///   Otherwise the line break is whitespace.
/// - **Inside a line**: `.`, `!`, `?`, `…` (with closing quotes or brackets glued to them) end a sentence when
///   whitespace and a token starting with an upper-case letter, a digit or a quote follow; not after an
///   abbreviation token (`Dr.`, `z.`, `B.`, initials `A.`; these carry their own period), not after an ordinal
///   (a 1–3 digit number and `.`) before a month name, nor before a capitalised word that is no typical sentence
///   opener when the number follows an article, preposition or possessive (`die 9. Plenarversammlung`) or opens
///   the sentence. `usw.` and `etc.` (kind `final`) end a sentence before a capitalised word.
/// - **Datelines**: a sentence that opens with a dateline (`Hannover, 3. Mai 2022 - Die Stadt …`) is split after
///   the date; the dash (or a colon after a place and date) belongs to neither part. A date and a colon alone
///   (`23. September 2025: Wirtschaftstag in Leipzig`, a list of dates) stay with their sentence. At the start of a
///   paragraph, place names and a dash without a date (`Gotha – Die …`, `Berlin (dpa) – …`) are split off too.
/// - **Separator lines** without any word or number (`-`, `***`) end the sentence and are dropped.
/// - `isLine` is true for a sentence whose last token (closing quotes, brackets, `*`, `_` aside) is not `.`, `!`,
///   `?`, `…` or a `final` abbreviation (`usw.`), and for a split-off dateline.
/// - **Length limit**: a sentence longer than ``maxSentenceBytes`` is cut into pieces of at most that many bytes
///   (after the last `,` `;` `:` or dash in the second half of a piece where there is one; a single longer token is a
///   piece of its own), so that no input makes the rules work on unbounded sentences. The pieces carry
///   ``Sentence/piece`` 1, 2, …
public struct SentenceSplitter: Sendable {
    /// The tokeniser (and its abbreviations).
    public let tokenizer: Tokenizer
    /// The longest sentence, in UTF-8 bytes, handed to the rules as one; longer ones are cut into pieces.
    public let maxSentenceBytes: Int

    /// The default of ``maxSentenceBytes``: far above any real sentence, low enough to bound the rules' work.
    public static let defaultMaxSentenceBytes = 5000

    /// A splitter using the given tokeniser.
    public init(tokenizer: Tokenizer, maxSentenceBytes: Int = SentenceSplitter.defaultMaxSentenceBytes) {
        self.tokenizer = tokenizer
        self.maxSentenceBytes = max(1, maxSentenceBytes)
    }

    /// Lower-case words that do not end a heading: a line ending with one continues on the next line.
    static let continuationWords: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines", "und", "oder",
        "sowie", "von", "vom", "zu", "zum", "zur", "mit", "für", "in", "im", "am", "an", "auf", "aus", "bei", "beim",
        "nach", "über", "unter", "vor", "durch", "gegen", "ohne", "um", "als", "wie", "dass", "sich", "nicht", "auch",
        "bis", "seit", "ab", "sein", "seine", "seiner", "ihre", "ihrer", "ihren", "ihrem", "unsere", "unserer",
        "dieser", "diese", "dieses", "diesem", "diesen", "wird", "werden", "wurde", "wurden", "ist", "sind", "hat",
        "haben", "hatte", "hatten", "kann", "können", "soll", "sollen", "will", "wollen", "aber", "sondern", "bzw.",
        "zwischen", "neben", "sehr", "so", "noch", "nur", "jeweils", "rund", "etwa", "ca.", "z.", "u.",
    ]
    /// Words that end a list line that continues across a blank line.
    static let listConjunctions: Set<String> = ["und", "oder", "sowie", "bzw.", "beziehungsweise", "&"]
    /// Words before an ordinal number (`die 9.`, `zum 14.`, `ihrer 2.`).
    static let ordinalCues: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "am", "im", "vom", "zum", "zur", "beim", "ins", "ans", "bis", "ab",
        "seit", "ihrer", "ihre", "ihren", "ihrem", "ihres", "seiner", "seine", "seinen", "seinem", "seines",
        "unserer", "unsere", "unseren", "unserem", "deren", "dessen", "diese", "dieser", "diesem", "diesen", "dieses",
        "jede", "jeder", "jedem", "jeden", "und", "oder", "bzw.", "zwischen", "für", "auf", "an", "in", "nach", "vor",
        "eine", "einer", "einem", "einen", "ein", "eines",
    ]
    /// Capitalised words that typically open a sentence (so a number before them is no ordinal).
    static let sentenceOpeners: Set<String> = [
        "Die", "Der", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einer", "Er", "Sie", "Es", "Wir", "Ich",
        "Ihr", "Man", "Im", "In", "Am", "An", "Auf", "Bei", "Beim", "Mit", "Nach", "Von", "Vom", "Vor", "Zu", "Zum",
        "Zur", "Für", "Auch", "Dies", "Diese", "Dieser", "Dieses", "Damit", "Dabei", "Dazu", "Daher", "Doch", "Aber",
        "Und", "Oder", "So", "Da", "Dann", "Seit", "Bis", "Um", "Nun", "Heute", "Hier", "Dort", "Als", "Wie", "Was",
        "Wer", "Wo", "Wenn", "Weil", "Ob", "Dass", "Denn", "Jetzt", "Bereits", "Zudem", "Außerdem", "Insgesamt",
        "Alle", "Viele", "Unter", "Über", "Durch", "Gegen", "Ohne", "Während", "Trotz", "Laut", "Neben", "Zwischen",
        "Mehr", "Rund", "Etwa", "Jede", "Jeder", "Allein", "Ziel", "Künftig", "Anschließend", "Danach", "Zuvor",
    ]

    /// One line of the text: its columns (trimmed byte ranges, `cellCount` of them from `firstCell` on in the cells
    /// that ``scanLines(_:)`` returns with the lines) and properties.
    private struct Line {
        var firstCell: Int
        var cellCount: Int
        var hardBreak: Bool
    }

    /// Splits `bytes` (the normalised text) into sentences.
    public func split(_ bytes: [UInt8]) -> [Sentence] {
        let (lines, cells) = scanLines(bytes)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(lines.count)
        var pending: [Token] = []
        var previousLine: (tokens: [Token], length: Int, hardBreak: Bool)? = nil
        var blankBefore = false

        func flush() {
            // `pending` often shares its storage with the last line's tokens or an emitted sentence: a new empty
            // array rather than emptying shared storage.
            if !pending.isEmpty { emit(pending, into: &sentences) }
            pending = []
        }

        for line in lines {
            if line.cellCount == 0 {
                blankBefore = true
                continue
            }
            if line.cellCount > 1 {
                flush()
                for (s, e) in cells[line.firstCell..<(line.firstCell + line.cellCount)] {
                    let tokens = tokenizer.tokenize(bytes, from: s, to: e)
                    if SentenceSplitter.hasContent(tokens) { emit(tokens, into: &sentences) }
                }
                previousLine = nil
                blankBefore = false
                continue
            }
            let (s, e) = cells[line.firstCell]
            let tokens = tokenizer.tokenize(bytes, from: s, to: e)
            if !SentenceSplitter.hasContent(tokens) {
                // A separator line (`-`, `***`, `---`) ends the sentence and is not a sentence itself.
                flush()
                previousLine = nil
                blankBefore = false
                continue
            }
            if let prev = previousLine, !pending.isEmpty {
                if !continues(prev: prev, next: tokens, blank: blankBefore) { flush() }
            } else {
                flush()
            }
            if pending.isEmpty { pending = tokens } else { pending.append(contentsOf: tokens) }
            previousLine = (tokens, e - s, line.hardBreak)
            blankBefore = false
        }
        flush()
        return sentences
    }

    /// True when the tokens contain a word, number, e-mail address or URL.
    static func hasContent(_ tokens: [Token]) -> Bool {
        tokens.contains { $0.kind != .punctuation && $0.kind != .symbol }
    }

    /// Finds the lines and their column cells: the lines in order, and the cells of all lines one after another.
    private func scanLines(_ bytes: [UInt8]) -> (lines: [Line], cells: [(Int, Int)]) {
        var lines: [Line] = []
        var cells: [(Int, Int)] = []
        bytes.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            var lineStart = 0
            while lineStart <= n {
                // One pass over the line: runs of blanks (space, tab, CR) and runs of other bytes, up to LF or the end.
                let firstCell = cells.count
                var p = lineStart
                var cellStart = -1
                var lastContentEnd = -1
                while p < n {
                    let b = buffer[p]
                    if b == 0x0A { break }
                    if b == 0x20 || b == 0x09 || b == 0x0D {
                        var q = p
                        var tab = false
                        while q < n && (buffer[q] == 0x20 || buffer[q] == 0x09 || buffer[q] == 0x0D) {
                            if buffer[q] == 0x09 { tab = true }
                            q += 1
                        }
                        if cellStart >= 0 && q < n && buffer[q] != 0x0A && (q - p >= 3 || tab) {
                            cells.append((cellStart, lastContentEnd))
                            cellStart = -1
                        }
                        p = q
                    } else {
                        if cellStart < 0 { cellStart = p }
                        p += 1
                        while p < n {
                            let c = buffer[p]
                            if c <= 0x20 && (c == 0x0A || c == 0x20 || c == 0x09 || c == 0x0D) { break }
                            p += 1
                        }
                        lastContentEnd = p
                    }
                }
                let i = p
                if cellStart >= 0 { cells.append((cellStart, lastContentEnd)) }
                let hard = lastContentEnd >= 0 && i - lastContentEnd >= 2 && buffer[lastContentEnd] == 0x20
                lines.append(Line(firstCell: firstCell, cellCount: cells.count - firstCell, hardBreak: hard))
                lineStart = i + 1
            }
        }
        return (lines, cells)
    }

    /// True for `.`, `!`, `?`, `…`.
    static func isEnder(_ t: Token) -> Bool {
        t.kind == .punctuation && (t.isChar(0x2E) || t.isChar(0x21) || t.isChar(0x3F) || (!t.isASCII && t.text == "…"))
    }

    /// True for closing characters that may follow a sentence's final punctuation.
    static func isCloser(_ t: Token) -> Bool {
        !t.spaceBefore && (t.isChar(0x22) || t.isChar(0x27) || t.isChar(0x29) || t.isChar(0x5D) || t.isChar(0x2A) || t.isChar(0x5F))
    }

    /// The index of the last token that is not a closer.
    static func lastSignificant(_ tokens: [Token]) -> Int {
        var k = tokens.count - 1
        while k > 0 && (isCloser(tokens[k]) || tokens[k].isChar(0x2A) || tokens[k].isChar(0x5F)) { k -= 1 }
        return k
    }

    /// Whether the sentence continues from the previous line onto the next one.
    private func continues(prev: (tokens: [Token], length: Int, hardBreak: Bool), next: [Token], blank: Bool) -> Bool {
        let last = prev.tokens[SentenceSplitter.lastSignificant(prev.tokens)]
        if blank {
            return last.isChar(0x2C) || SentenceSplitter.listConjunctions.contains(last.text)
        }
        if SentenceSplitter.isEnder(last) {
            // `am 16.` LF `Oktober`: an ordinal before a month name continues.
            if last.isChar(0x2E), let k = prev.tokens.lastIndex(where: { $0.start == last.start }), k > 0,
                prev.tokens[k - 1].kind == .number, prev.tokens[k - 1].text.utf8.count <= 2,
                GermanDates.month(next, 0) != nil
            {
                return true
            }
            return false
        }
        if last.isChar(0x3A) { return false }
        if last.isChar(0x2C) || last.isChar(0x2D) || last.isChar(0x28) || last.isChar(0x2F) { return true }
        if last.kind == .word, !last.isCapitalized, SentenceSplitter.continuationWords.contains(last.text) { return true }
        let first = next[0]
        if first.kind == .word, first.hasLowerInitial { return true }
        // A line that opens with a day and a month (`27. November 2025 – Jahresversammlung`) is a calendar entry of its own.
        if first.kind == .number, next.count > 2, next[1].isChar(0x2E), GermanDates.month(next, 2) != nil { return false }
        let marker = prev.hardBreak || SentenceSplitter.hasLineMarker(prev.tokens) || SentenceSplitter.hasLineMarker(next)
        let short = prev.length <= 100 && prev.tokens.count <= 14
        return !(short || marker)
    }

    /// A leading heading or bullet mark, or an e-mail address or URL in the line.
    static func hasLineMarker(_ tokens: [Token]) -> Bool {
        if let first = tokens.first,
            first.isChar(0x23) || first.isChar(0x2A) || first.isChar(0x2D) || first.isChar(0x2B) || (!first.isASCII && first.text == "•")
        {
            return true
        }
        return tokens.contains { $0.kind == .email || $0.kind == .url }
    }

    /// Splits a run of tokens at sentence ends and appends the sentences.
    private func emit(_ tokens: [Token], into sentences: inout [Sentence]) {
        var start = 0
        var i = 0
        let count = tokens.count
        while i < count {
            // Most tokens are words that end nothing: decided by their kind and the next token's flags before any
            // copy of the token or look at its text.
            let kind = tokens[i].kind
            if kind != .punctuation
                && (kind != .word || i + 1 >= count || !tokens[i + 1].spaceBefore || !tokens[i + 1].isCapitalized)
            {
                i += 1
                continue
            }
            let t = tokens[i]
            var boundary = -1
            if SentenceSplitter.isEnder(t) {
                var j = i
                while j + 1 < count && !tokens[j + 1].spaceBefore && (SentenceSplitter.isEnder(tokens[j + 1]) || SentenceSplitter.isCloser(tokens[j + 1])) {
                    j += 1
                }
                if j + 1 < count, tokens[j + 1].spaceBefore, startsSentence(tokens[j + 1]),
                    !isOrdinal(tokens, period: i, sentenceStart: start, next: j + 1)
                {
                    boundary = j
                }
                if boundary < 0 { i = j }
            } else if t.kind == .word, i + 1 < count, tokens[i + 1].spaceBefore, tokens[i + 1].isCapitalized,
                tokenizer.abbreviations.isSentenceFinal(t)  // the lookup last
            {
                boundary = i
            }
            if boundary >= 0 {
                // A run that is one sentence is handed on as it is (no copy of its tokens).
                appendSentence(start == 0 && boundary == count - 1 ? tokens : Array(tokens[start...boundary]),
                               opensParagraph: start == 0, into: &sentences)
                start = boundary + 1
                i = boundary + 1
                continue
            }
            i += 1
        }
        if start < count {
            appendSentence(start == 0 ? tokens : Array(tokens[start..<count]), opensParagraph: start == 0, into: &sentences)
        }
    }

    /// True when one of `tokens` is a `-` or a `:` (read in place: an iterator would copy every token).
    static func hasDashOrColon(_ tokens: [Token]) -> Bool {
        tokens.withUnsafeBufferPointer { buffer in
            for k in 0..<buffer.count where buffer[k].ascii == 0x2D || buffer[k].ascii == 0x3A { return true }
            return false
        }
    }

    /// Appends a sentence, splitting off a leading dateline followed by a dash: one with a date anywhere, one of
    /// place names alone (``placeDatelineDash(_:)``) when the sentence opens a paragraph.
    private func appendSentence(_ tokens: [Token], opensParagraph: Bool = false, into sentences: inout [Sentence]) {
        var cut = -1
        // A dateline is cut off only before a `-` or `:` token: a sentence without one is not searched for a date.
        if SentenceSplitter.hasDashOrColon(tokens), let m = GermanDates.datelineMatch(tokens),
            m.tokenRange.upperBound + 1 < tokens.count,
            tokens[m.tokenRange.upperBound].isChar(0x2D)
                || (tokens[m.tokenRange.upperBound].isChar(0x3A) && m.tokenRange.lowerBound > 0)
        {
            cut = m.tokenRange.upperBound
        } else if opensParagraph, let dash = SentenceSplitter.placeDatelineDash(tokens) {
            cut = dash
        }
        if cut > 0 {
            let head = Array(tokens[0..<cut])
            let rest = Array(tokens[(cut + 1)...])
            sentences.append(Sentence(start: head[0].start, end: head[head.count - 1].end, tokens: head, isLine: true))
            appendSentence(rest, into: &sentences)
            return
        }
        if tokens[tokens.count - 1].end - tokens[0].start > maxSentenceBytes {
            appendPieces(tokens, into: &sentences)
            return
        }
        let last = tokens[SentenceSplitter.lastSignificant(tokens)]
        sentences.append(
            Sentence(
                start: tokens[0].start, end: tokens[tokens.count - 1].end, tokens: tokens,
                isLine: !(SentenceSplitter.isEnder(last) || tokenizer.abbreviations.isSentenceFinal(last))))
    }

    /// Cuts an over-long sentence into pieces of at most ``maxSentenceBytes`` bytes (see the type's documentation).
    private func appendPieces(_ tokens: [Token], into sentences: inout [Sentence]) {
        var start = 0
        var piece = 1
        let count = tokens.count
        while start < count {
            var end = start + 1  // exclusive; a piece holds at least one token
            var cut = -1
            while end < count && tokens[end].end - tokens[start].start <= maxSentenceBytes {
                let t = tokens[end]
                if t.kind == .punctuation && (t.isChar(0x2C) || t.isChar(0x3B) || t.isChar(0x3A) || t.isChar(0x2D) || (!t.isASCII && t.text == "–"))
                    && tokens[end].end - tokens[start].start > maxSentenceBytes / 2 {
                    cut = end + 1
                }
                end += 1
            }
            if end < count && cut > start { end = cut }
            let part = Array(tokens[start..<end])
            let last = part[SentenceSplitter.lastSignificant(part)]
            let isLine = end == count
                && !(SentenceSplitter.isEnder(last) || tokenizer.abbreviations.isSentenceFinal(last))
            sentences.append(Sentence(start: part[0].start, end: part[part.count - 1].end, tokens: part, isLine: isLine, piece: piece))
            piece += 1
            start = end
        }
    }

    /// True for a dash token (the normaliser has made `–` and `—` a `-`).
    static func isDash(_ t: Token) -> Bool { t.kind == .punctuation && t.isChar(0x2D) }

    /// The index of the dash that ends a dateline of place names without a date (`Schweinfurt/Changzhou – Die …`,
    /// `Berlin (dpa) – Der …`), or nil.
    ///
    /// Before the dash: one to six tokens, capitalised words (not a typical sentence opener, not `Herr` or `Frau`),
    /// `am an der den im in bei ob` and `/`, and at most one parenthesised source of one to four tokens (`(dpa)`, `(ots)`,
/// `(dpa/lsw)`). After it: a
    /// capitalised word or a quote, and a whole sentence that ends with final punctuation and holds no further
    /// dash (`Anna Roth – Leiterin des Amtes – sagte …` is an inserted phrase, not a dateline).
    static func placeDatelineDash(_ tokens: [Token]) -> Int? {
        guard tokens.count >= 6, tokens[0].kind == .word, tokens[0].isCapitalized,
            !sentenceOpeners.contains(tokens[0].text), tokens[0].text != "Herr", tokens[0].text != "Frau"
        else { return nil }
        var i = 0
        var sawParenthesis = false
        // Tokens of the parenthesised source (not counted against the six of the place names).
        var sourceTokens = 0
        while i < tokens.count && i - sourceTokens <= 6 {
            let t = tokens[i]
            if isDash(t) { break }
            if t.isChar(0x28) {
                // `(dpa)`, `(dpa/lsw)`: one to four tokens of any case, once.
                guard !sawParenthesis, i > 0 else { return nil }
                sawParenthesis = true
                var j = i + 1
                while j < tokens.count && j <= i + 5 && !tokens[j].isChar(0x29) { j += 1 }
                guard j < tokens.count, tokens[j].isChar(0x29), j > i + 1 else { return nil }
                sourceTokens = j + 1 - i
                i = j + 1
                continue
            }
            guard GermanDates.mayPrecedeDateline(t), !t.isChar(0x2C), !t.isChar(0x2D), !t.isChar(0x28), !t.isChar(0x29)
            else { return nil }
            i += 1
        }
        // The dash stands apart (`Gotha – Die`), not inside a title (`Dr.-Ing.`).
        guard i > 0, i - sourceTokens <= 7, i + 3 < tokens.count, isDash(tokens[i]), tokens[i].spaceBefore, tokens[i + 1].spaceBefore
        else { return nil }
        let next = tokens[i + 1]
        guard (next.kind == .word && next.isCapitalized) || next.isChar(0x22) || (!next.isASCII && next.text == "„")
        else { return nil }
        if tokens[(i + 1)...].contains(where: { isDash($0) }) { return nil }
        let last = tokens[lastSignificant(tokens)]
        return isEnder(last) ? i : nil
    }

    /// True when a token can open a new sentence after final punctuation.
    private func startsSentence(_ t: Token) -> Bool {
        if t.isChar(0x22) || t.isChar(0x27) { return true }
        if t.isCapitalized { return true }
        guard let f = t.text.utf8.first else { return false }
        return f >= 0x30 && f <= 0x39
    }

    /// True when the period at `period` is the dot of an ordinal number (`am 16. Oktober`, `die 9. Plenarversammlung`).
    private func isOrdinal(_ tokens: [Token], period: Int, sentenceStart: Int, next: Int) -> Bool {
        guard tokens[period].isChar(0x2E), period > sentenceStart, next == period + 1 else { return false }
        let number = tokens[period - 1]
        guard number.kind == .number, !tokens[period].spaceBefore, number.text.utf8.count <= 3,
            number.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { return false }
        if GermanDates.month(tokens, next) != nil { return true }
        let following = tokens[next]
        guard following.kind == .word, following.isCapitalized, !SentenceSplitter.sentenceOpeners.contains(following.text) else {
            return false
        }
        if period - 1 == sentenceStart { return true }
        let before = tokens[period - 2]
        if before.kind == .word && SentenceSplitter.ordinalCues.contains(GermanDates.lowered(before)) { return true }
        if before.kind == .punctuation && (before.isChar(0x28) || before.isChar(0x2C) || before.isChar(0x22)) { return true }
        return false
    }
}
