import CLibXML2

/// Removes Markdown markup and keeps the text: headings, paragraphs, list lines and table cells stay on lines
/// of their own, paragraphs stay separated by a blank line.
///
/// Works on UTF-8 bytes with LF line ends. Deliberate deviations from CommonMark, for German prose:
/// a `*` between two letters (`Bürger*innen`) is never emphasis; an ordered list marker (`3.`) is only removed
/// when a neighbouring line is an ordered list line too, so a line starting with a date (`9. Oktober`) keeps it.
public enum MarkdownText {
    /// The text of a Markdown document (UTF-8, LF line ends) without markup.
    public static func strip(_ input: [UInt8]) -> [UInt8] {
        let source = input.contains(UInt8(ascii: "<")) ? removeComments(input) : input
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = 0
        for index in 0..<source.count where source[index] == 0x0A {
            lines.append(source[lineStart..<index])
            lineStart = index + 1
        }
        if lineStart < source.count { lines.append(source[lineStart...]) }
        var blocks = BlockBuilder(lines: lines)
        blocks.run()
        return blocks.render()
    }

    /// Removes `<!-- … -->` comments, which may span lines.
    static func removeComments(_ input: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var index = 0
        let count = input.count
        while index < count {
            if input[index] == UInt8(ascii: "<") && index + 3 < count && input[index + 1] == UInt8(ascii: "!")
                && input[index + 2] == UInt8(ascii: "-") && input[index + 3] == UInt8(ascii: "-") {
                var end = index + 4
                var found = false
                while end + 2 < count {
                    if input[end] == UInt8(ascii: "-") && input[end + 1] == UInt8(ascii: "-") && input[end + 2] == UInt8(ascii: ">") {
                        found = true
                        break
                    }
                    end += 1
                }
                if found {
                    index = end + 3
                    continue
                }
            }
            out.append(input[index])
            index += 1
        }
        return out
    }
}

// MARK: - Blocks

private enum UnitKind { case paragraph, heading, code, listItem, cell }

private struct Unit {
    var kind: UnitKind
    var lines: [[UInt8]]
    var blankBefore: Bool
}

@inline(__always) private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
@inline(__always) private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

private struct BlockBuilder {
    let lines: [ArraySlice<UInt8>]
    var units: [Unit] = []
    var current: Unit?
    var pendingBlank = false
    var referenceLabels: Set<[UInt8]> = []

    init(lines: [ArraySlice<UInt8>]) { self.lines = lines }

    mutating func close() {
        if let unit = current { units.append(unit) }
        current = nil
    }

    mutating func open(_ kind: UnitKind, _ line: [UInt8]) {
        close()
        current = Unit(kind: kind, lines: [line], blankBefore: pendingBlank)
        pendingBlank = false
    }

    /// The line with leading blanks and blockquote markers removed.
    static func content(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var rest = line
        while true {
            while let first = rest.first, isSpace(first) { rest = rest.dropFirst() }
            guard rest.first == UInt8(ascii: ">") else { break }
            rest = rest.dropFirst()
        }
        while let last = rest.last, isSpace(last) || last == 0x0D { rest = rest.dropLast() }
        return isBlankWithNoBreakSpaces(rest) ? rest[rest.startIndex..<rest.startIndex] : rest
    }

    /// True for a line of nothing but blanks and no-break spaces (U+00A0), which word processors leave between paragraphs.
    static func isBlankWithNoBreakSpaces(_ text: ArraySlice<UInt8>) -> Bool {
        var index = text.startIndex
        while index < text.endIndex {
            if isSpace(text[index]) {
                index += 1
            } else if text[index] == 0xC2 && index + 1 < text.endIndex && text[index + 1] == 0xA0 {
                index += 2
            } else {
                return false
            }
        }
        return true
    }

    /// The length of an ordered list marker (`12.` / `3)` plus one blank) at the start, or nil.
    static func orderedMarker(_ text: ArraySlice<UInt8>) -> Int? {
        var index = text.startIndex
        while index < text.endIndex && isDigit(text[index]) && index - text.startIndex < 9 { index += 1 }
        guard index > text.startIndex, index < text.endIndex,
              text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: ")") else { return nil }
        let after = index + 1
        if after == text.endIndex { return after - text.startIndex }
        guard isSpace(text[after]) else { return nil }
        return after + 1 - text.startIndex
    }

    /// The length of a bullet marker (`-`, `*`, `+` plus one blank) at the start, or nil.
    static func bulletMarker(_ text: ArraySlice<UInt8>) -> Int? {
        guard let first = text.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") else { return nil }
        if text.count == 1 { return 1 }
        return isSpace(text[text.startIndex + 1]) ? 2 : nil
    }

    /// True when a list item's body starts with a digit or with bold markup (`**`, `__`).
    static func opensWithBoldOrNumber(_ body: ArraySlice<UInt8>) -> Bool {
        guard let first = body.first else { return false }
        if isDigit(first) { return true }
        guard first == UInt8(ascii: "*") || first == UInt8(ascii: "_"), body.count >= 3 else { return false }
        return body[body.startIndex + 1] == first
    }

    /// True for a thematic break: three or more `*`, `-` or `_` (the same), blanks allowed between.
    static func isRule(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, first == UInt8(ascii: "*") || first == UInt8(ascii: "-") || first == UInt8(ascii: "_") else { return false }
        var marks = 0
        for byte in text {
            if byte == first { marks += 1 } else if !isSpace(byte) { return false }
        }
        return marks >= 3
    }

    /// `=` for a `===` underline, `-` for a `---` underline (no inner blanks), or nil.
    static func setextLevel(_ text: ArraySlice<UInt8>) -> UInt8? {
        guard let first = text.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return nil }
        for byte in text where byte != first { return nil }
        if first == UInt8(ascii: "-") && text.count < 2 { return nil }
        return first
    }

    func isOrderedLine(_ index: Int) -> Bool {
        guard index >= 0 && index < lines.count else { return false }
        return BlockBuilder.orderedMarker(BlockBuilder.content(lines[index])) != nil
    }

    /// True when a neighbouring non-blank line is also an ordered list line.
    func hasOrderedNeighbour(_ index: Int) -> Bool {
        var before = index - 1
        while before >= 0 && BlockBuilder.content(lines[before]).isEmpty { before -= 1 }
        var after = index + 1
        while after < lines.count && BlockBuilder.content(lines[after]).isEmpty { after += 1 }
        return isOrderedLine(before) || isOrderedLine(after)
    }

    mutating func run() {
        var fence: (mark: UInt8, length: Int)?
        for (lineIndex, line) in lines.enumerated() {
            if let open = fence {
                var rest = line
                while let first = rest.first, isSpace(first) { rest = rest.dropFirst() }
                var marks = 0
                while marks < rest.count && rest[rest.startIndex + marks] == open.mark { marks += 1 }
                if marks >= open.length && rest.dropFirst(marks).allSatisfy({ isSpace($0) || $0 == 0x0D }) {
                    fence = nil
                    close()
                    pendingBlank = true
                } else {
                    var raw = Array(line)
                    while let last = raw.last, last == 0x0D || isSpace(last) { raw.removeLast() }
                    current?.lines.append(raw)
                }
                continue
            }
            let text = BlockBuilder.content(line)
            if text.isEmpty {
                close()
                pendingBlank = true
                continue
            }
            let first = text[text.startIndex]
            // Fenced code: the fence lines go, the code stays.
            if first == UInt8(ascii: "`") || first == UInt8(ascii: "~") {
                var marks = 0
                while marks < text.count && text[text.startIndex + marks] == first { marks += 1 }
                if marks >= 3 && (first == UInt8(ascii: "~") || !text.dropFirst(marks).contains(UInt8(ascii: "`"))) {
                    close()
                    current = Unit(kind: .code, lines: [], blankBefore: true)
                    pendingBlank = false
                    fence = (first, marks)
                    continue
                }
            }
            // ATX heading.
            if first == UInt8(ascii: "#") {
                var level = 0
                while level < text.count && text[text.startIndex + level] == UInt8(ascii: "#") { level += 1 }
                if level <= 6 && (level == text.count || isSpace(text[text.startIndex + level])) {
                    var body = text.dropFirst(level)
                    while let last = body.last, last == UInt8(ascii: "#") { body = body.dropLast() }
                    if !body.isEmpty && !isSpace(body.last!) && body.count != text.count - level {
                        body = text.dropFirst(level) // `#` glued to a word is part of the text (`C#`)
                    }
                    while let firstByte = body.first, isSpace(firstByte) { body = body.dropFirst() }
                    while let last = body.last, isSpace(last) { body = body.dropLast() }
                    open(.heading, Array(body))
                    pendingBlank = true
                    close()
                    continue
                }
            }
            // Setext underline: turns the paragraph above into a heading.
            if BlockBuilder.setextLevel(text) != nil, let unit = current, unit.kind == .paragraph {
                current!.kind = .heading
                close()
                pendingBlank = true
                continue
            }
            if BlockBuilder.isRule(text) || BlockBuilder.setextLevel(text) == UInt8(ascii: "=") {
                close()
                pendingBlank = true
                continue
            }
            // Link reference definitions disappear; their labels make `[label]` a link.
            if first == UInt8(ascii: "["), let label = BlockBuilder.referenceDefinition(text) {
                if label.first == UInt8(ascii: "^") {
                    // Footnote definition: keep its text.
                    let colon = text.firstIndex(of: UInt8(ascii: ":"))!
                    open(.paragraph, Array(text[(colon + 1)...].drop(while: isSpace)))
                } else {
                    referenceLabels.insert(BlockBuilder.normalizedLabel(label))
                    close()
                }
                continue
            }
            // Table rows: the delimiter row goes, every cell becomes a line.
            if first == UInt8(ascii: "|") {
                close()
                if text.allSatisfy({ $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || isSpace($0) }) {
                    continue
                }
                var cellStart = text.startIndex + 1
                var index = cellStart
                var cells: [[UInt8]] = []
                while index <= text.endIndex {
                    if index == text.endIndex || (text[index] == UInt8(ascii: "|") && text[index - 1] != UInt8(ascii: "\\")) {
                        var cell = text[cellStart..<index]
                        while let firstByte = cell.first, isSpace(firstByte) { cell = cell.dropFirst() }
                        while let last = cell.last, isSpace(last) { cell = cell.dropLast() }
                        if !cell.isEmpty { cells.append(Array(cell)) }
                        cellStart = index + 1
                    }
                    index += 1
                }
                for cell in cells {
                    units.append(Unit(kind: .cell, lines: [cell], blankBefore: pendingBlank))
                    pendingBlank = false
                }
                continue
            }
            // List items.
            var itemBody: ArraySlice<UInt8>?
            if let marker = BlockBuilder.bulletMarker(text) {
                itemBody = text.dropFirst(marker)
            } else if let marker = BlockBuilder.orderedMarker(text), hasOrderedNeighbour(lineIndex) {
                itemBody = text.dropFirst(marker)
            }
            if var body = itemBody {
                while let firstByte = body.first, isSpace(firstByte) { body = body.dropFirst() }
                if body.count >= 3 && body[body.startIndex] == UInt8(ascii: "[") && body[body.startIndex + 2] == UInt8(ascii: "]")
                    && (body.count == 3 || isSpace(body[body.startIndex + 3])) {
                    let mark = body[body.startIndex + 1]
                    if mark == UInt8(ascii: " ") || mark == UInt8(ascii: "x") || mark == UInt8(ascii: "X") {
                        body = body.dropFirst(3).drop(while: isSpace)
                    }
                }
                // An item led by a bold label or a number (`**12. März:** Besuch …`, `3.–5. Mai: Messe`) is an entry of
                // its own: blank lines around it end the sentence before and after it (unless a `,` or `und` continues it).
                let entry = BlockBuilder.opensWithBoldOrNumber(body)
                if entry { pendingBlank = true }
                open(.listItem, Array(body))
                if entry { pendingBlank = true }
                continue
            }
            if current != nil && (current!.kind == .paragraph || current!.kind == .listItem) {
                current!.lines.append(Array(text))
            } else {
                open(.paragraph, Array(text))
            }
        }
        close()
    }

    /// The label of a link reference definition line (`[label]: destination`), or nil.
    static func referenceDefinition(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard let close = text.firstIndex(of: UInt8(ascii: "]")), close > text.startIndex + 1,
              close + 1 < text.endIndex, text[close + 1] == UInt8(ascii: ":") else { return nil }
        let label = text[(text.startIndex + 1)..<close]
        if label.contains(UInt8(ascii: "[")) { return nil }
        if label.first != UInt8(ascii: "^") {
            let destination = text[(close + 2)...].drop(while: isSpace)
            if destination.isEmpty { return nil }
        }
        return label
    }

    /// A reference label lower-cased (ASCII) with blanks collapsed, for matching `[Label]` to `[label]: …`.
    static func normalizedLabel<C: Collection>(_ label: C) -> [UInt8] where C.Element == UInt8 {
        var out: [UInt8] = []
        var space = false
        for byte in label {
            if isSpace(byte) || byte == 0x0A {
                space = !out.isEmpty
                continue
            }
            if space { out.append(0x20); space = false }
            out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return out
    }

    func render() -> [UInt8] {
        var out: [UInt8] = []
        var previousKind: UnitKind?
        var blankPending = false
        for unit in units {
            var text: [UInt8]
            if unit.kind == .code {
                text = []
                for (index, line) in unit.lines.enumerated() {
                    if index > 0 { text.append(0x0A) }
                    text.append(contentsOf: line)
                }
            } else {
                var joined: [UInt8]
                if unit.lines.count == 1 {
                    joined = unit.lines[0]  // one line: no backslash to drop, nothing to join
                } else {
                    joined = []
                    for (index, line) in unit.lines.enumerated() {
                        if index > 0 { joined.append(0x0A) }
                        var body = line[...]
                        // Hard line break by backslash: the line end stays, the backslash goes.
                        if unit.lines.count > 1 && index < unit.lines.count - 1 && body.last == UInt8(ascii: "\\") { body = body.dropLast() }
                        joined.append(contentsOf: body)
                    }
                }
                // Text without any byte the inline scan treats specially renders as itself.
                text = joined.contains(where: InlineMarkdown.isInlineMarker)
                    ? InlineMarkdown(joined, references: referenceLabels).renderCopy() : joined
                trimBlankLines(&text)
            }
            blankPending = blankPending || unit.blankBefore
            if text.isEmpty { continue }
            if !out.isEmpty {
                let paragraphBreak = blankPending || unit.kind == .heading || previousKind == .heading
                    || unit.kind == .code || previousKind == .code
                    || (unit.kind == .paragraph && previousKind != nil && previousKind != .paragraph)
                out.append(0x0A)
                if paragraphBreak { out.append(0x0A) }
            }
            out.append(contentsOf: text)
            previousKind = unit.kind
            blankPending = false
        }
        return out
    }

    /// True when ``trimBlankLines(_:)`` leaves `text` as it is: it is empty, or every line is non-empty and neither
    /// starts nor ends with a space or tab.
    static func isTrimmed(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            if n == 0 { return true }
            var lineStart = 0
            while lineStart <= n {
                var lineEnd = lineStart
                while lineEnd < n && buffer[lineEnd] != 0x0A { lineEnd += 1 }
                if lineEnd == lineStart { return false }
                let first = buffer[lineStart], last = buffer[lineEnd - 1]
                if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 { return false }
                lineStart = lineEnd + 1
            }
            return true
        }
    }

    /// Removes blanks and line ends around the text and blanks before every inner line end.
    func trimBlankLines(_ text: inout [UInt8]) {
        // Every line without leading and trailing spaces and tabs; lines left empty are dropped; the lines are
        // joined by line feeds, with none at the end.
        if BlockBuilder.isTrimmed(text) { return }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        text.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            var lineStart = 0
            while lineStart <= n {
                var lineEnd = lineStart
                while lineEnd < n && buffer[lineEnd] != 0x0A { lineEnd += 1 }
                var s = lineStart
                while s < lineEnd && (buffer[s] == 0x20 || buffer[s] == 0x09) { s += 1 }
                var e = lineEnd
                while e > s && (buffer[e - 1] == 0x20 || buffer[e - 1] == 0x09) { e -= 1 }
                if e > s {
                    if !out.isEmpty { out.append(0x0A) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[s..<e]))
                }
                lineStart = lineEnd + 1
            }
        }
        text = out
    }
}

// MARK: - Inline

private enum Piece {
    case text([UInt8])
    case delimiter(Delimiter)
}

private struct Delimiter {
    var mark: UInt8
    var count: Int
    var remaining: Int
    var canOpen: Bool
    var canClose: Bool
    var active = true
}

/// What kind of character stands next to a delimiter run.
private enum Flank { case space, punctuation, other }

private struct InlineMarkdown {
    let bytes: [UInt8]
    let references: Set<[UInt8]>
    var pieces: [Piece] = []
    /// Backtick run lengths known to have no closing run further on (keeps unmatched runs linear).
    var unmatchedCodeRuns: Set<Int> = []
    /// How far a link's `]` or an HTML tag's `>` is looked for; longer constructs are read as text.
    static let searchWindow = 4096
    var pending: [UInt8] = []

    /// For every `[` and `(`, the index of its matching `]` or `)` (nesting and backslash escapes honoured), else -1.
    let matches: [Int32]

    /// How many links this text is nested in; beyond ``maximumDepth`` link texts are not parsed further.
    let depth: Int
    static let maximumDepth = 16

    init<C: Collection>(_ bytes: C, references: Set<[UInt8]>, depth: Int = 0) where C.Element == UInt8 {
        self.bytes = Array(bytes)
        self.references = references
        self.depth = depth
        self.matches = InlineMarkdown.matchBrackets(self.bytes)
    }

    /// One pass with two stacks, so that looking for a link's end never rescans the text.
    static func matchBrackets(_ bytes: [UInt8]) -> [Int32] {
        guard bytes.contains(UInt8(ascii: "[")) else { return [] }
        var matches = [Int32](repeating: -1, count: bytes.count)
        var squares: [Int] = [], rounds: [Int] = []
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "["): squares.append(index)
            case UInt8(ascii: "]"): if let open = squares.popLast() { matches[open] = Int32(index) }
            case UInt8(ascii: "("): rounds.append(index)
            case UInt8(ascii: ")"): if let open = rounds.popLast() { matches[open] = Int32(index) }
            default: break
            }
            index += 1
        }
        return matches
    }

    /// The matching `]` or `)` of the bracket at `open`, or nil.
    func match(_ open: Int) -> Int? {
        guard open < matches.count, matches[open] >= 0 else { return nil }
        return Int(matches[open])
    }

    mutating func flush() {
        if !pending.isEmpty { pieces.append(.text(pending)); pending = [] }
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    static func flank(ofScalar value: UInt32) -> Flank {
        guard let scalar = Unicode.Scalar(value) else { return .other }
        if scalar.properties.isWhitespace { return .space }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return .punctuation
        default: return .other
        }
    }

    /// The kind of the character ending just before `index`.
    func flankBefore(_ index: Int) -> Flank {
        guard index > 0 else { return .space }
        let byte = bytes[index - 1]
        if byte < 0x80 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A { return .space }
            return InlineMarkdown.isASCIIPunctuation(byte) ? .punctuation : .other
        }
        var start = index - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 && index - start < 4 { start -= 1 }
        return InlineMarkdown.flank(ofScalar: decodeScalar(at: start))
    }

    /// The kind of the character starting at `index`.
    func flankAt(_ index: Int) -> Flank {
        guard index < bytes.count else { return .space }
        let byte = bytes[index]
        if byte < 0x80 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A { return .space }
            return InlineMarkdown.isASCIIPunctuation(byte) ? .punctuation : .other
        }
        return InlineMarkdown.flank(ofScalar: decodeScalar(at: index))
    }

    func decodeScalar(at index: Int) -> UInt32 {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar.value }
        return 0xFFFD
    }

    mutating func render() -> [UInt8] {
        scan()
        flush()
        resolveEmphasis()
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for piece in pieces {
            switch piece {
            case .text(let text): out.append(contentsOf: text)
            case .delimiter(let delimiter):
                for _ in 0..<delimiter.remaining { out.append(delimiter.mark) }
            }
        }
        return out
    }

    mutating func scan() {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\"):
                if index + 1 < count {
                    let next = bytes[index + 1]
                    if next == 0x0A || InlineMarkdown.isASCIIPunctuation(next) {
                        pending.append(next)
                        index += 2
                        continue
                    }
                } else {
                    index += 1 // a backslash hard break at the end of the text
                    continue
                }
                pending.append(byte)
                index += 1
            case UInt8(ascii: "`"):
                index = codeSpan(at: index)
            case UInt8(ascii: "!") where index + 1 < count && bytes[index + 1] == UInt8(ascii: "["):
                if let (text, end) = link(at: index + 1) {
                    pending.append(contentsOf: text)
                    index = end
                } else {
                    pending.append(byte)
                    index += 1
                }
            case UInt8(ascii: "["):
                if let (text, end) = link(at: index) {
                    pending.append(contentsOf: text)
                    index = end
                } else {
                    pending.append(byte)
                    index += 1
                }
            case UInt8(ascii: "<"):
                index = angle(at: index)
            case UInt8(ascii: "&"):
                index = entity(at: index)
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
                var end = index
                while end < count && bytes[end] == byte { end += 1 }
                let runLength = end - index
                if byte == UInt8(ascii: "~") && runLength != 2 {
                    pending.append(contentsOf: bytes[index..<end])
                    index = end
                    continue
                }
                let before = flankBefore(index), after = flankAt(end)
                let left = after != .space && (after != .punctuation || before == .space || before == .punctuation)
                let right = before != .space && (before != .punctuation || after == .space || after == .punctuation)
                var canOpen = left, canClose = right
                if byte == UInt8(ascii: "_") {
                    canOpen = left && (!right || before == .punctuation)
                    canClose = right && (!left || after == .punctuation)
                } else if before == .other && after == .other {
                    canOpen = false // `Bürger*innen`, `Lehrer**innen`: a gender star, not emphasis
                    canClose = false
                }
                flush()
                pieces.append(.delimiter(Delimiter(mark: byte, count: runLength, remaining: runLength, canOpen: canOpen, canClose: canClose)))
                index = end
            default:
                // Plain text up to the next byte the cases above look at, in one copy.
                var end = index + 1
                while end < count && !InlineMarkdown.isInlineMarker(bytes[end]) { end += 1 }
                pending.append(contentsOf: bytes[index..<end])
                index = end
            }
        }
    }

    /// True for the bytes ``scan()`` treats specially: `\` `` ` `` `!` `[` `<` `&` `*` `_` `~`.
    @inline(__always)
    static func isInlineMarker(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5C, 0x60, 0x21, 0x5B, 0x3C, 0x26, 0x2A, 0x5F, 0x7E: return true
        default: return false
        }
    }

    /// A code span starting at `index`: its content verbatim; an unmatched backtick run stays as text.
    mutating func codeSpan(at index: Int) -> Int {
        let count = bytes.count
        var runEnd = index
        while runEnd < count && bytes[runEnd] == UInt8(ascii: "`") { runEnd += 1 }
        let length = runEnd - index
        if unmatchedCodeRuns.contains(length) {
            pending.append(contentsOf: bytes[index..<runEnd])
            return runEnd
        }
        var search = runEnd
        while search < count {
            if bytes[search] == UInt8(ascii: "`") {
                var closeEnd = search
                while closeEnd < count && bytes[closeEnd] == UInt8(ascii: "`") { closeEnd += 1 }
                if closeEnd - search == length {
                    var content = Array(bytes[runEnd..<search])
                    for position in content.indices where content[position] == 0x0A { content[position] = 0x20 }
                    if content.count >= 2 && content.first == 0x20 && content.last == 0x20 && content.contains(where: { $0 != 0x20 }) {
                        content = Array(content[1..<(content.count - 1)])
                    }
                    pending.append(contentsOf: content)
                    return closeEnd
                }
                search = closeEnd
            } else {
                search += 1
            }
        }
        unmatchedCodeRuns.insert(length)
        pending.append(contentsOf: bytes[index..<runEnd])
        return runEnd
    }

    /// A link or image whose `[` is at `open`: its text with markup removed, and the index after it.
    func link(at open: Int) -> ([UInt8], Int)? {
        guard let close = match(open) else { return nil }
        let label = bytes[(open + 1)..<close]
        let after = close + 1
        let textOf: () -> [UInt8] = {
            depth < InlineMarkdown.maximumDepth
                ? InlineMarkdown(label, references: references, depth: depth + 1).renderCopy() : Array(label)
        }
        if after < bytes.count && bytes[after] == UInt8(ascii: "("), let closeParen = match(after) {
            return (textOf(), closeParen + 1)
        }
        if after < bytes.count && bytes[after] == UInt8(ascii: "["), let referenceClose = match(after) {
            let reference = bytes[(after + 1)..<referenceClose]
            if !reference.contains(UInt8(ascii: "[")) { return (textOf(), referenceClose + 1) }
        }
        if label.first == UInt8(ascii: "^") && !label.contains(0x20) { return ([], after) } // footnote reference
        if references.contains(BlockBuilder.normalizedLabel(label)) { return (textOf(), after) }
        return nil
    }

    func renderCopy() -> [UInt8] {
        var copy = self
        return copy.render()
    }

    /// `<` at `index`: an autolink (its address), an HTML tag (dropped, `<br>` becomes a line end) or a plain `<`.
    mutating func angle(at index: Int) -> Int {
        let count = bytes.count
        guard index + 1 < count else {
            pending.append(bytes[index])
            return index + 1
        }
        // Autolink: <scheme:…> or <name@host>.
        if let close = bytes[(index + 1)...].firstIndex(where: { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "<") || $0 == 0x20 || $0 == 0x0A }),
           bytes[close] == UInt8(ascii: ">") {
            let inner = bytes[(index + 1)..<close]
            if let colon = inner.firstIndex(of: UInt8(ascii: ":")), colon - inner.startIndex >= 2, colon - inner.startIndex <= 32,
               inner[inner.startIndex..<colon].allSatisfy({ InlineMarkdown.isAlphanumeric($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }),
               (inner.first! >= 0x41 && inner.first! <= 0x5A) || (inner.first! >= 0x61 && inner.first! <= 0x7A) {
                let scheme = BlockBuilder.normalizedLabel(inner[inner.startIndex..<colon])
                if scheme == Array("mailto".utf8) {
                    pending.append(contentsOf: inner[(colon + 1)...])
                } else {
                    pending.append(contentsOf: inner)
                }
                return close + 1
            }
            if let at = inner.firstIndex(of: UInt8(ascii: "@")), at > inner.startIndex, at + 1 < inner.endIndex,
               inner.contains(UInt8(ascii: ".")) {
                pending.append(contentsOf: inner)
                return close + 1
            }
        }
        // HTML tag.
        var cursor = index + 1
        if bytes[cursor] == UInt8(ascii: "/") { cursor += 1 }
        let nameStart = cursor
        while cursor < count && (InlineMarkdown.isAlphanumeric(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "-")) { cursor += 1 }
        let nameLength = cursor - nameStart
        let isLetterStart = nameLength > 0 && !isDigit(bytes[nameStart])
        if isLetterStart || (bytes[index + 1] == UInt8(ascii: "!") || bytes[index + 1] == UInt8(ascii: "?")) {
            var quote: UInt8 = 0
            let end = min(count, index + InlineMarkdown.searchWindow)
            while cursor < end {
                let byte = bytes[cursor]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    break
                } else if byte == UInt8(ascii: "<") {
                    break
                }
                cursor += 1
            }
            if cursor < end && bytes[cursor] == UInt8(ascii: ">") {
                if nameLength == 2 && BlockBuilder.normalizedLabel(bytes[nameStart..<(nameStart + 2)]) == Array("br".utf8) {
                    pending.append(0x0A)
                }
                return cursor + 1
            }
        }
        pending.append(bytes[index])
        return index + 1
    }

    /// `&` at `index`: a named or numeric character reference decoded, or a plain `&`.
    mutating func entity(at index: Int) -> Int {
        let count = bytes.count
        var cursor = index + 1
        if cursor < count && bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
            var hex = false
            if cursor < count && (bytes[cursor] == UInt8(ascii: "x") || bytes[cursor] == UInt8(ascii: "X")) {
                hex = true
                cursor += 1
            }
            let digitsStart = cursor
            var value: UInt32 = 0
            while cursor < count && cursor - digitsStart < (hex ? 6 : 7) {
                let byte = bytes[cursor]
                let digit: UInt32
                if isDigit(byte) { digit = UInt32(byte - 0x30) }
                else if hex && byte >= 0x61 && byte <= 0x66 { digit = UInt32(byte - 0x61 + 10) }
                else if hex && byte >= 0x41 && byte <= 0x46 { digit = UInt32(byte - 0x41 + 10) }
                else { break }
                value = value * (hex ? 16 : 10) + digit
                cursor += 1
            }
            if cursor > digitsStart && cursor < count && bytes[cursor] == UInt8(ascii: ";") {
                if value == 0 { value = 0xFFFD }
                if value >= 0x80 && value < 0xA0 { value = TextDecoding.windows1252Scalar(UInt8(value)) }
                TextDecoding.appendUTF8(value, to: &pending)
                return cursor + 1
            }
        } else {
            let nameStart = cursor
            while cursor < count && cursor - nameStart < 32 && InlineMarkdown.isAlphanumeric(bytes[cursor]) { cursor += 1 }
            if cursor > nameStart && cursor < count && bytes[cursor] == UInt8(ascii: ";") {
                var name = Array(bytes[nameStart..<cursor])
                name.append(0)
                if let value = name.withUnsafeBufferPointer({ buffer -> UInt32? in
                    guard let description = htmlEntityLookup(buffer.baseAddress) else { return nil }
                    return UInt32(description.pointee.value)
                }) {
                    TextDecoding.appendUTF8(value, to: &pending)
                    return cursor + 1
                }
            }
        }
        pending.append(bytes[index])
        return index + 1
    }

    /// Matches emphasis delimiters (CommonMark's algorithm without the rule of three); matched marks are removed.
    mutating func resolveEmphasis() {
        var closerIndex = 0
        // Per mark, the index below which no opener is left to find (keeps unmatched closers linear).
        var openersBottom: [UInt8: Int] = [:]
        while closerIndex < pieces.count {
            guard case .delimiter(var closer) = pieces[closerIndex], closer.active, closer.canClose, closer.remaining > 0 else {
                closerIndex += 1
                continue
            }
            var openerIndex = closerIndex - 1
            var found = false
            let bottom = openersBottom[closer.mark] ?? -1
            while openerIndex > bottom {
                if case .delimiter(let opener) = pieces[openerIndex], opener.active, opener.canOpen, opener.remaining > 0,
                   opener.mark == closer.mark {
                    found = true
                    break
                }
                openerIndex -= 1
            }
            guard found, case .delimiter(var opener) = pieces[openerIndex] else {
                openersBottom[closer.mark] = closerIndex - 1
                closerIndex += 1
                continue
            }
            let used = closer.mark == UInt8(ascii: "~") ? 2 : (opener.remaining >= 2 && closer.remaining >= 2 ? 2 : 1)
            opener.remaining -= used
            closer.remaining -= used
            pieces[openerIndex] = .delimiter(opener)
            pieces[closerIndex] = .delimiter(closer)
            for between in (openerIndex + 1)..<closerIndex {
                if case .delimiter(var inner) = pieces[between] {
                    inner.active = false
                    pieces[between] = .delimiter(inner)
                }
            }
            if closer.remaining == 0 { closerIndex += 1 }
        }
    }
}
