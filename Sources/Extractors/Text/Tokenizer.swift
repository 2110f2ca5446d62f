/// Splits normalised text into ``Token``s by scanning UTF-8 bytes.
///
/// Token rules (token text is exactly the bytes it covers):
/// - **url**: starts with `http://`, `https://` or `www.` (any case), or a lower-case host name ending in a common
///   top-level domain (`isa-portal.de/de`); runs to whitespace or `< > " [ ] { } |`, a `)` only when the URL opened
///   a `(`; trailing `. , ; : ! ? '` are not part of it.
/// - **email**: `local@domain.tld` with ASCII letters, digits and `. _ % + -`; a trailing dot is not part of it.
/// - **number**: digits with decimal commas and thousands dots (`1,4`, `1.000`, `2016`). A dot that is not a
///   thousands dot is punctuation: `16.` is `16` + `.`, `29.09.2021` is `29` `.` `09` `.` `2021` (no spaces).
/// - **word**: letters (any script, with combining marks) and digits (`CO2`, `B2B`, `3D`, `2020er`), inner hyphens
///   (`ISA-Sekretariat`, `5-jährige`) and apostrophes between letters (`geht's`). A trailing hyphen
///   (`Energie- und`) is a punctuation token `-` of its own.
/// - **abbreviations** are one word token *including* their period: `Dr.`, `Prof.`, `bzw.`, `Nr.`, `u.a.`,
///   `z.B.`, `e.V.`, `a.D.`, `Dipl.-Ing.`, `Hauptstr.`, and single capital initials `A.`. A spaced abbreviation is
///   one token per part: `z. B.` is `z.` and `B.`; `a. D.` is `a.` and `D.`; `e. V.` is `e.` and `V.`.
/// - **punctuation**: one of `. , ; : ! ? ( ) [ ] { } " ' - / …` (and typographic quotes and dashes if the text
///   was not normalised), one character per token.
/// - **symbol**: any other non-space character, one Unicode scalar per token (`&`, `+`, `%`, `€`, `@`, `*`, `#`).
public struct Tokenizer: Sendable {
    /// The abbreviation sets.
    public let abbreviations: Abbreviations

    /// A tokeniser with the given abbreviations.
    public init(abbreviations: Abbreviations) {
        self.abbreviations = abbreviations
    }

    /// Top-level domains that make a bare host name a URL.
    static let topLevelDomains: Set<String> = [
        "de", "com", "net", "org", "cn", "eu", "info", "io", "at", "ch", "biz", "gov", "edu", "int", "nrw", "berlin",
        "hamburg", "koeln", "ruhr", "hk", "tw", "uk", "fr", "pl", "jp",
    ]

    /// Tokenises a whole string.
    public func tokenize(_ text: String) -> [Token] {
        let bytes = Array(text.utf8)
        return tokenize(bytes, from: 0, to: bytes.count)
    }

    /// Tokenises `bytes[from..<to]`; offsets are into `bytes`.
    public func tokenize(_ bytes: [UInt8], from: Int, to: Int) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity((to - from) / 5 + 1)
        var p = from
        while p < to {
            let b = bytes[p]
            if UTF8Scan.isSpace(b) { p += 1; continue }
            let space = p == 0 || UTF8Scan.isSpace(bytes[p - 1])
            var plain = p
            func add(_ end: Int, _ kind: TokenKind) {
                tokens.append(Token(bytes: bytes, kind: kind, start: p, end: end, spaceBefore: space))
                p = end
            }
            if UTF8Scan.isASCIILetter(b) || UTF8Scan.isDigit(b) {
                // URLs and e-mail addresses start with an ASCII letter or digit. A bare host name has a dot and an
                // address an `@` right after its run of address characters; the common word has neither, so it
                // skips both scans (an explicit URL starts with `h` or `w`).
                var run = p
                var dot = false
                // The end of the leading run of ASCII letters and digits (the word scan need not read them again).
                var plainEnd = -1
                while run < to {
                    let c = bytes[run]
                    if c == 0x2E {
                        dot = true
                        if plainEnd < 0 { plainEnd = run }
                    } else if !(UTF8Scan.isASCIILetter(c) || UTF8Scan.isDigit(c)) {
                        guard c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D else { break }
                        if plainEnd < 0 { plainEnd = run }
                    }
                    run += 1
                }
                plain = plainEnd < 0 ? run : plainEnd
                let lead = b | 0x20
                if dot || lead == 0x68 || lead == 0x77, let e = urlEnd(bytes, p, to) { add(e, .url); continue }
                if run < to && bytes[run] == 0x40, let e = emailEnd(bytes, p, to) { add(e, .email); continue }
            }
            if UTF8Scan.isDigit(b) {
                let (e, kind) = numberOrWordEnd(bytes, p, to)
                add(e, kind)
                continue
            }
            if UTF8Scan.isLetter(bytes, at: p) {
                let e = wordEnd(bytes, p, to, scannedTo: plain)
                // Only a word followed by a period can be an abbreviation (the common word skips the call).
                add(e < to && bytes[e] == 0x2E ? abbreviationEnd(bytes, p, e, to) ?? e : e, .word)
                continue
            }
            let (scalar, length) = UTF8Scan.decode(bytes, p)
            add(min(p + length, to), Tokenizer.isPunctuation(scalar) ? .punctuation : .symbol)
        }
        return tokens
    }

    /// True for the punctuation characters.
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x22, 0x27, 0x2D, 0x2F,
            0x2026, 0x201E, 0x201C, 0x201D, 0x201A, 0x2018, 0x2019, 0xAB, 0xBB, 0x2039, 0x203A, 0x2013, 0x2014, 0x2012:
            return true
        default:
            return false
        }
    }

    /// Scans a word run from `p`: letters, digits, inner hyphens and inner apostrophes.
    func wordEnd(_ bytes: [UInt8], _ p: Int, _ to: Int) -> Int { wordEnd(bytes, p, to, scannedTo: p) }

    /// ``wordEnd(_:_:_:)`` when `bytes[p..<scanned]` are known to be ASCII letters and digits.
    func wordEnd(_ bytes: [UInt8], _ p: Int, _ to: Int, scannedTo scanned: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var e = scanned
            while e < to {
                let b = buffer[e]
                if b < 0x80 {
                    // ASCII letters and digits, the common case, without decoding.
                    if UTF8Scan.isASCIILetter(b) || UTF8Scan.isDigit(b) {
                        e += 1
                    } else if b == 0x2D, e > p, e + 1 < to, UTF8Scan.isAlnum(bytes, at: e + 1) {
                        e += 1
                    } else if b == 0x27, e > p, e + 1 < to, UTF8Scan.isLetter(bytes, at: e + 1),
                        UTF8Scan.isLetter(bytes, at: UTF8Scan.previousStart(bytes, before: e))
                    {
                        e += 1
                    } else {
                        break
                    }
                } else if UTF8Scan.isLetter(bytes, at: e) {
                    e += UTF8Scan.length(lead: b)
                } else {
                    break
                }
            }
            return e
        }
    }

    /// When the word `bytes[p..<e]` followed by its period (and possibly more `x.` parts) is an abbreviation,
    /// the end of the abbreviation token.
    func abbreviationEnd(_ bytes: [UInt8], _ p: Int, _ e: Int, _ to: Int) -> Int? {
        guard e < to, bytes[e] == 0x2E else { return nil }
        // The candidate ends (at most five), kept in one integer each instead of an array.
        var ends: (Int, Int, Int, Int, Int) = (e + 1, 0, 0, 0, 0)
        var endCount = 1
        var q = e + 1
        for _ in 0..<4 {
            var r = q
            if r < to && bytes[r] == 0x2D { r += 1 }
            let s = r
            while r < to && UTF8Scan.isLetter(bytes, at: r) { r += UTF8Scan.length(lead: bytes[r]) }
            guard r > s, r < to, bytes[r] == 0x2E else { break }
            switch endCount {
            case 1: ends.1 = r + 1
            case 2: ends.2 = r + 1
            case 3: ends.3 = r + 1
            default: ends.4 = r + 1
            }
            endCount += 1
            q = r + 1
        }
        var k = endCount - 1
        while k >= 0 {
            let end: Int
            switch k {
            case 0: end = ends.0
            case 1: end = ends.1
            case 2: end = ends.2
            case 3: end = ends.3
            default: end = ends.4
            }
            k -= 1
            // The abbreviation must not be glued to a following letter or digit (`z.B.x` is no abbreviation).
            if end < to && UTF8Scan.isAlnum(bytes, at: end) { continue }
            if abbreviations.contains(UTF8Scan.string(bytes, p, end)) { return end }
        }
        return nil
    }

    /// Scans a number from `p` (a digit); a digit run glued to letters becomes a word.
    func numberOrWordEnd(_ bytes: [UInt8], _ p: Int, _ to: Int) -> (Int, TokenKind) {
        var e = p
        while e < to && UTF8Scan.isDigit(bytes[e]) { e += 1 }
        var separated = false
        var groupLength = e - p
        while e + 1 < to, bytes[e] == 0x2C || bytes[e] == 0x2E, UTF8Scan.isDigit(bytes[e + 1]) {
            var g = e + 1
            while g < to && UTF8Scan.isDigit(bytes[g]) { g += 1 }
            let length = g - (e + 1)
            if bytes[e] == 0x2E {
                // A thousands dot: a group of exactly three digits after a group of at most three.
                guard length == 3, groupLength <= 3 else { break }
            }
            separated = true
            groupLength = length
            e = g
        }
        if !separated, e < to,
            UTF8Scan.isLetter(bytes, at: e) || (bytes[e] == 0x2D && e + 1 < to && UTF8Scan.isLetter(bytes, at: e + 1))
        {
            return (wordEnd(bytes, p, to), .word)
        }
        return (e, .number)
    }

    /// The end of a URL starting at `p`, if one starts there.
    func urlEnd(_ bytes: [UInt8], _ p: Int, _ to: Int) -> Int? {
        func hasPrefix(_ prefix: String) -> Bool {
            var i = p
            for c in prefix.utf8 {
                guard i < to else { return false }
                let b = bytes[i]
                let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                if lower != c { return false }
                i += 1
            }
            return true
        }
        let lead = bytes[p] | 0x20
        let explicit = (lead == 0x68 && (hasPrefix("https://") || hasPrefix("http://"))) || (lead == 0x77 && hasPrefix("www."))
        if !explicit {
            // A bare lower-case host name with a known top-level domain.
            let b = bytes[p]
            guard (b >= 0x61 && b <= 0x7A) || UTF8Scan.isDigit(b) else { return nil }
            var e = p
            var lastDot = -1
            while e < to {
                let c = bytes[e]
                if (c >= 0x61 && c <= 0x7A) || UTF8Scan.isDigit(c) || c == 0x2D { e += 1 }
                else if c == 0x2E, e + 1 < to, (bytes[e + 1] >= 0x61 && bytes[e + 1] <= 0x7A) || UTF8Scan.isDigit(bytes[e + 1]) {
                    lastDot = e
                    e += 1
                } else { break }
            }
            guard lastDot > p, e - lastDot > 2 else { return nil }
            if e < to && (UTF8Scan.isLetter(bytes, at: e) || bytes[e] == 0x40) { return nil }
            let tld = UTF8Scan.string(bytes, lastDot + 1, e)
            guard Tokenizer.topLevelDomains.contains(tld) else { return nil }
            if e < to && bytes[e] == 0x2F { return urlTail(bytes, e, to, opened: 0) }
            return e
        }
        return urlTail(bytes, p, to, opened: 0)
    }

    /// Extends a URL to its end and strips trailing punctuation.
    private func urlTail(_ bytes: [UInt8], _ p: Int, _ to: Int, opened: Int) -> Int {
        var e = p
        var depth = opened
        loop: while e < to {
            switch bytes[e] {
            case 0x20, 0x09, 0x0A, 0x0D, 0x3C, 0x3E, 0x22, 0x5B, 0x5D, 0x7B, 0x7D, 0x7C:
                break loop
            case 0x28:
                depth += 1
            case 0x29:
                if depth == 0 { break loop }
                depth -= 1
            default:
                break
            }
            e += 1
        }
        while e > p, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27].contains(bytes[e - 1]) { e -= 1 }
        return e
    }

    /// The end of an e-mail address starting at `p`, if one starts there.
    func emailEnd(_ bytes: [UInt8], _ p: Int, _ to: Int) -> Int? {
        func isLocal(_ c: UInt8) -> Bool {
            UTF8Scan.isASCIILetter(c) || UTF8Scan.isDigit(c) || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D
        }
        guard UTF8Scan.isASCIILetter(bytes[p]) || UTF8Scan.isDigit(bytes[p]) else { return nil }
        var e = p
        while e < to && isLocal(bytes[e]) { e += 1 }
        guard e < to, bytes[e] == 0x40, e > p else { return nil }
        var d = e + 1
        var dots = 0
        var lastDot = -1
        while d < to {
            let c = bytes[d]
            if UTF8Scan.isASCIILetter(c) || UTF8Scan.isDigit(c) || c == 0x2D { d += 1 }
            else if c == 0x2E, d + 1 < to, UTF8Scan.isASCIILetter(bytes[d + 1]) || UTF8Scan.isDigit(bytes[d + 1]) {
                dots += 1
                lastDot = d
                d += 1
            } else { break }
        }
        guard dots > 0, d - lastDot > 2, lastDot > e + 1 else { return nil }
        return d
    }
}
