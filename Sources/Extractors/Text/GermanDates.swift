import GraphCore

/// How precise a date expression is.
public enum DatePrecision: UInt8, Hashable, Sendable {
    /// A year only (`2015`).
    case year
    /// A month of a year (`April 2016`, `Ende März`, `Mitte 2021`).
    case month
    /// A day (`16. Oktober 2020`, `29.09.2021`).
    case day
}

/// The part of a month or year an expression names (`Anfang`, `Mitte`, `Ende`).
public enum PeriodPart: UInt8, Hashable, Sendable {
    /// `Anfang`.
    case beginning
    /// `Mitte`.
    case middle
    /// `Ende`.
    case end
}

/// A date stated relative to the time of writing; resolvable only with a reference date.
public enum RelativeDate: Hashable, Sendable {
    /// Days from the reference: `heute` 0, `gestern` -1, `morgen` +1.
    case days(Int)
    /// Weeks from the reference: `letzte Woche` -1 (resolves to the month of that week).
    case weeks(Int)
    /// Months from the reference: `vergangenen Monat` -1.
    case months(Int)
    /// Years from the reference: `vergangenen Jahr` -1, `dieses Jahres` 0.
    case years(Int)
    /// A named month before (-1), in the year of (0) or after (+1) the reference: `im letzten September`.
    case namedMonth(Int, direction: Int)
}

/// A date expression found in a sentence's tokens.
public struct DateMatch: Hashable, Sendable {
    /// The tokens of the expression: weekday, `den`, `Anfang`/`Mitte`/`Ende`, day, month, year and a range's end
    /// are inside; a leading preposition (`am`, `im`, `vom`, `seit`, `bis`) is not.
    public let tokenRange: Range<Int>
    /// The stated year, nil when the expression has none (see ``needsYear``) or is relative.
    public let year: Int?
    /// The month 1…12 (for `Anfang`/`Mitte`/`Ende` of a year: 1, 6 or 12).
    public let month: Int?
    /// The day 1…31.
    public let day: Int?
    /// The precision of the expression.
    public let precision: DatePrecision
    /// True for a bare year found only through a cue (`seit 2017`, `im Jahr 2015`, sentence-initial `2018 haben`).
    public let bare: Bool
    /// `Anfang`/`Mitte`/`Ende`, when stated.
    public let part: PeriodPart?
    /// True when the expression is a range (`vom 3. bis 5. Mai 2022`); the fields give its start.
    public let isRange: Bool
    /// The relative date, for `gestern`, `letzte Woche`, `im letzten September` …
    public let relative: RelativeDate?

    /// A match.
    public init(
        tokenRange: Range<Int>, year: Int?, month: Int?, day: Int?, precision: DatePrecision, bare: Bool = false,
        part: PeriodPart? = nil, isRange: Bool = false, relative: RelativeDate? = nil
    ) {
        self.tokenRange = tokenRange
        self.year = year
        self.month = month
        self.day = day
        self.precision = precision
        self.bare = bare
        self.part = part
        self.isRange = isRange
        self.relative = relative
    }

    /// True when an absolute expression lacks its year (`16. Oktober`, `Ende März`).
    public var needsYear: Bool { relative == nil && year == nil }

    /// The date when the expression states its year; nil otherwise.
    public var date: CalendarDate? {
        guard relative == nil, let year else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The date with a missing year or a relative expression resolved against `reference` (the document's own
    /// date): a missing year is the reference's year; relative expressions resolve only with a reference
    /// (days need the reference's day, months and weeks its month). Returns nil when it cannot resolve.
    public func resolved(reference: CalendarDate?) -> CalendarDate? {
        if let relative {
            guard let ref = reference else { return nil }
            return GermanDates.resolve(relative, reference: ref)
        }
        if let year { return CalendarDate(year: year, month: month, day: day) }
        guard let ref = reference else { return nil }
        return CalendarDate(year: ref.year, month: month, day: day)
    }
}

/// Finds German date expressions in tokens and the document's own date in its dateline.
public enum GermanDates {
    /// Full month names and their numbers.
    static let monthNames: [String: Int] = [
        "Januar": 1, "Jänner": 1, "Februar": 2, "Feber": 2, "März": 3, "Maerz": 3, "April": 4, "Mai": 5, "Juni": 6,
        "Juli": 7, "August": 8, "September": 9, "Oktober": 10, "November": 11, "Dezember": 12,
    ]
    /// Month abbreviations (without their period).
    static let monthAbbreviations: [String: Int] = [
        "Jan": 1, "Feb": 2, "Febr": 2, "Mär": 3, "Mrz": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
        "Sept": 9, "Okt": 10, "Nov": 11, "Dez": 12,
    ]
    /// Weekday names.
    static let weekdays: Set<String> = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Sonnabend"]
    /// Words before a bare year that make it a date.
    static let yearCues: Set<String> = [
        "seit", "bis", "ab", "im", "in", "um", "vor", "nach", "jahr", "jahre", "jahres", "jahresende", "frühjahr",
        "frühling", "sommer", "herbst", "winter", "geschäftsjahr", "anno", "zwischen",
    ]
    /// Words after a number that make it a quantity, not a year.
    static let quantityWords: Set<String> = [
        "Euro", "EUR", "€", "Dollar", "US-Dollar", "Yuan", "RMB", "Prozent", "%", "Mitarbeiter", "Mitarbeitende",
        "Menschen", "Einwohner", "Kilometer", "km", "Meter", "m", "Tonnen", "t", "Stück", "Teilnehmer",
        "Unternehmen", "Besucher", "Quadratmeter", "qm", "Hektar", "ha", "Mio.", "Millionen", "Mrd.", "Milliarden",
        "Firmen", "Arbeitsplätze", "Gäste", "Personen", "Studierende", "Studenten",
    ]

    /// Words (lower-cased) that can open a date expression: weekdays, `den`, relative day words, `Anfang`/`Mitte`/
    /// `Ende`, direction words and month names and abbreviations (also with their period).
    static let startWords: [String] = {
        var words: [String] = Array(weekdays) + ["den", "anfang", "mitte", "ende"]
        words += Array(relativeDays.keys) + Array(directions.keys)
        words += Array(monthNames.keys) + Array(monthAbbreviations.keys) + monthAbbreviations.keys.map { $0 + "." }
        return words.map { $0.lowercased() }
    }()

    /// Filter of ``startWords`` over ASCII words (capitals folded).
    static let startFilter = WordFilter(startWords, folding: true)
    /// Filter of month names and abbreviations as written (with and without their period) over ASCII words.
    static let monthFilter = WordFilter(
        Array(monthNames.keys) + Array(monthAbbreviations.keys) + monthAbbreviations.keys.map { $0 + "." }, folding: false)

    /// False when no date expression can start at `t`: a cheap test of kind, length and first byte (a non-ASCII
    /// word always passes).
    @inline(__always)
    static func mayStartDate(_ t: Token) -> Bool {
        switch t.kind {
        case .number:
            let count = t.text.utf8.count
            return count <= 2 || count == 4
        case .word:
            return !t.isASCII || startFilter.mayContain(t.text)
        default:
            return false
        }
    }

    /// False when no day expression (``dayMatch(_:at:)``, possibly after a weekday or `den`) can start at `t`.
    @inline(__always)
    static func mayStartDay(_ t: Token) -> Bool {
        switch t.kind {
        case .number:
            return t.text.utf8.count <= 2
        case .word:
            // The weekdays and `den` are ASCII without a scalar that a non-ASCII scalar is canonically equivalent
            // to (see ``WordFilter``), so no non-ASCII text equals one of them.
            guard t.isASCII else { return false }
            // `den` has three bytes, the weekdays six to ten.
            let count = t.text.utf8.count
            guard count == 3 || (count >= 6 && count <= 10), weekdayFilter.mayContain(t.text) else { return false }
            return t.text == "den" || weekdays.contains(t.text)
        default:
            return false
        }
    }

    /// Filter of the weekdays and `den` as written.
    static let weekdayFilter = WordFilter(Array(weekdays) + ["den"], folding: false)

    /// `text.lowercased()`, without a new string for ASCII text without capitals.
    @inline(__always)
    static func lowered(_ t: Token) -> String {
        guard t.isASCII else { return t.text.lowercased() }
        for b in t.text.utf8 where b >= 0x41 && b <= 0x5A { return t.text.lowercased() }
        return t.text
    }

    /// The month named by the token at `i` (`Oktober`, `Okt.`, `Sept` + `.`): the month and the index after it.
    static func month(_ tokens: [Token], _ i: Int) -> (month: Int, next: Int)? {
        guard i < tokens.count, tokens[i].kind == .word else { return nil }
        if tokens[i].isASCII && !monthFilter.mayContain(tokens[i].text) { return nil }
        let text = tokens[i].text
        if let m = monthNames[text] { return (m, i + 1) }
        if text.hasSuffix("."), let m = monthAbbreviations[String(text.dropLast())] { return (m, i + 1) }
        if let m = monthAbbreviations[text], i + 1 < tokens.count, tokens[i + 1].text == ".", !tokens[i + 1].spaceBefore {
            return (m, i + 2)
        }
        return nil
    }

    /// A day with its ordinal dot at `i` (`16.`): the day and the index after the dot.
    static func dayOrdinal(_ tokens: [Token], _ i: Int) -> (day: Int, next: Int)? {
        guard i + 1 < tokens.count, tokens[i].kind == .number, tokens[i].text.utf8.count <= 2,
            let d = Int(tokens[i].text), (1...31).contains(d), tokens[i + 1].text == ".", !tokens[i + 1].spaceBefore
        else { return nil }
        return (d, i + 2)
    }

    /// A four-digit year at `i`.
    static func fullYear(_ tokens: [Token], _ i: Int) -> Int? {
        guard i < tokens.count, tokens[i].kind == .number, tokens[i].text.utf8.count == 4, let y = Int(tokens[i].text),
            (1000...2999).contains(y)
        else { return nil }
        return y
    }

    /// A numeric date at `i`: `29.09.2021`, `30.8.2020`, `29.09.21`, `16.10.` (no year).
    static func numericDate(_ tokens: [Token], _ i: Int) -> (day: Int, month: Int, year: Int?, next: Int)? {
        guard i + 3 < tokens.count, tokens[i].kind == .number, tokens[i].text.utf8.count <= 2, let d = Int(tokens[i].text),
            tokens[i + 1].text == ".", !tokens[i + 1].spaceBefore,
            tokens[i + 2].kind == .number, !tokens[i + 2].spaceBefore, tokens[i + 2].text.utf8.count <= 2,
            let m = Int(tokens[i + 2].text), tokens[i + 3].text == ".", !tokens[i + 3].spaceBefore
        else { return nil }
        if i + 4 < tokens.count, tokens[i + 4].kind == .number, !tokens[i + 4].spaceBefore {
            let text = tokens[i + 4].text
            guard let y = Int(text) else { return nil }
            let year: Int
            switch text.utf8.count {
            case 4: year = y
            case 2: year = y < 70 ? 2000 + y : 1900 + y
            default: return nil
            }
            guard CalendarDate(year: year, month: m, day: d) != nil else { return nil }
            return (d, m, year, i + 5)
        }
        guard CalendarDate(year: 2000, month: m, day: d) != nil else { return nil }
        return (d, m, nil, i + 4)
    }

    /// Finds the date expressions in `tokens`, left to right, without overlaps.
    public static func find(in tokens: [Token]) -> [DateMatch] {
        var matches: [DateMatch] = []
        var i = 0
        while i < tokens.count {
            if let m = match(tokens, at: i) {
                matches.append(m)
                i = m.tokenRange.upperBound
            } else {
                i += 1
            }
        }
        return matches
    }

    /// Finds the date expressions in a sentence.
    public static func find(in sentence: Sentence) -> [DateMatch] { find(in: sentence.tokens) }

    /// The date expression starting exactly at token `i`, if any.
    public static func match(_ tokens: [Token], at i: Int) -> DateMatch? {
        let t = tokens[i]
        guard mayStartDate(t) else { return nil }
        // Weekday and `den` prefixes: `Freitag, den 16. Oktober`, `den 29.09.2021`.
        if t.kind == .word && (weekdays.contains(t.text) || t.text == "den") {
            var j = i + 1
            if weekdays.contains(t.text) {
                if j < tokens.count && tokens[j].text == "," { j += 1 }
                if j < tokens.count && tokens[j].text == "den" { j += 1 }
            }
            if j < tokens.count, j > i, let inner = dayMatch(tokens, at: j) {
                return DateMatch(
                    tokenRange: i..<inner.tokenRange.upperBound, year: inner.year, month: inner.month, day: inner.day,
                    precision: .day, isRange: inner.isRange)
            }
        }
        if let m = dayMatch(tokens, at: i) { return m }
        if let m = relativeMatch(tokens, at: i) { return m }
        let previous = i > 0 ? lowered(tokens[i - 1]) : ""
        // Anfang / Mitte / Ende + month [year] or year.
        if t.kind == .word, let part = periodPart(t.text) {
            if let (m, next) = month(tokens, i + 1) {
                let y = fullYear(tokens, next)
                return DateMatch(
                    tokenRange: i..<(y != nil ? next + 1 : next), year: y, month: m, day: nil, precision: .month, part: part)
            }
            if let y = fullYear(tokens, i + 1) {
                let m = part == .beginning ? 1 : (part == .middle ? 6 : 12)
                return DateMatch(tokenRange: i..<(i + 2), year: y, month: m, day: nil, precision: .month, part: part)
            }
        }
        // Month [year]; a month alone only after a cue (`im Mai`, `seit Juni`).
        if let (m, next) = month(tokens, i) {
            if let y = fullYear(tokens, next) {
                return DateMatch(tokenRange: i..<(next + 1), year: y, month: m, day: nil, precision: .month)
            }
            if ["im", "ab", "seit", "bis", "anfang", "mitte", "ende", "vom", "zum"].contains(previous), t.isCapitalized {
                return DateMatch(tokenRange: i..<next, year: nil, month: m, day: nil, precision: .month)
            }
            return nil
        }
        // A bare year with a cue, or at the start of a sentence before a lower-case word.
        if let y = fullYear(tokens, i), (1900...2099).contains(y) {
            let following = i + 1 < tokens.count ? tokens[i + 1] : nil
            if let following, quantityWords.contains(following.text) { return nil }
            if let following, following.text == "." || following.text == ",", !following.spaceBefore,
                i + 2 < tokens.count, tokens[i + 2].kind == .number, !tokens[i + 2].spaceBefore
            {
                return nil
            }
            var cued = yearCues.contains(previous)
            if previous == "von" || previous == "vom" {
                cued = i + 2 < tokens.count && (tokens[i + 2].text == "bis" || tokens[i + 2].text == "-")
            }
            if !cued {
                var k = i - 1
                while k >= 0 && tokens[k].kind != .word && tokens[k].kind != .number { k -= 1 }
                if k < 0, let following, following.kind == .word, let first = following.text.unicodeScalars.first,
                    first.properties.isLowercase
                {
                    cued = true
                }
            }
            if cued {
                return DateMatch(tokenRange: i..<(i + 1), year: y, month: nil, day: nil, precision: .year, bare: true)
            }
        }
        return nil
    }

    /// `Anfang`, `Mitte`, `Ende` (capitalised or not).
    static func periodPart(_ text: String) -> PeriodPart? {
        switch text {
        case "Anfang", "anfang": return .beginning
        case "Mitte", "mitte": return .middle
        case "Ende", "ende": return .end
        default: return nil
        }
    }

    /// A date with a day at `i`: numeric dates, `16. Oktober [2020]`, ranges `3. bis 5. Mai 2022`.
    static func dayMatch(_ tokens: [Token], at i: Int) -> DateMatch? {
        if let n = numericDate(tokens, i) {
            // A numeric range `3.5. - 5.5.2022` takes the end's year.
            var year = n.year
            var end = n.next
            var isRange = false
            if year == nil, end < tokens.count, tokens[end].text == "-" || tokens[end].text == "bis",
                let second = numericDate(tokens, end + 1), let y = second.year
            {
                year = y
                end = second.next
                isRange = true
                guard CalendarDate(year: y, month: n.month, day: n.day) != nil else { return nil }
            }
            return DateMatch(tokenRange: i..<end, year: year, month: n.month, day: n.day, precision: .day, isRange: isRange)
        }
        guard let (d, afterDay) = dayOrdinal(tokens, i) else { return nil }
        // Range with the month only at the end: `3. bis 5. Mai 2022`, `3.-5. Mai`, `3. und 4. Mai`.
        if afterDay < tokens.count, ["bis", "-", "und"].contains(tokens[afterDay].text),
            let (_, afterSecond) = dayOrdinal(tokens, afterDay + 1), let (m, afterMonth) = month(tokens, afterSecond)
        {
            let y = fullYear(tokens, afterMonth)
            let year = y ?? nil
            if let year, CalendarDate(year: year, month: m, day: d) == nil { return nil }
            if year == nil, CalendarDate(year: 2000, month: m, day: d) == nil { return nil }
            return DateMatch(
                tokenRange: i..<(y != nil ? afterMonth + 1 : afterMonth), year: year, month: m, day: d, precision: .day,
                isRange: true)
        }
        guard let (m, afterMonth) = month(tokens, afterDay) else { return nil }
        var year = fullYear(tokens, afterMonth)
        var end = year != nil ? afterMonth + 1 : afterMonth
        var isRange = false
        // `3. Mai bis 5. Juni 2022`: the start takes the end's year.
        if year == nil, end < tokens.count, tokens[end].text == "bis" || tokens[end].text == "-",
            let (_, afterSecondDay) = dayOrdinal(tokens, end + 1), let (_, afterSecondMonth) = month(tokens, afterSecondDay)
        {
            isRange = true
            if let y = fullYear(tokens, afterSecondMonth) {
                year = y
                end = afterSecondMonth + 1
            } else {
                end = afterSecondMonth
            }
        }
        guard CalendarDate(year: year ?? 2000, month: m, day: d) != nil else { return nil }
        return DateMatch(tokenRange: i..<end, year: year, month: m, day: d, precision: .day, isRange: isRange)
    }

    /// Direction words of relative expressions and their direction.
    static let directions: [String: Int] = [
        "letzte": -1, "letzten": -1, "letzter": -1, "letztes": -1, "vergangene": -1, "vergangenen": -1,
        "vergangener": -1, "vergangenes": -1, "vorige": -1, "vorigen": -1, "voriger": -1, "voriges": -1, "vorigem": -1,
        "nächste": 1, "nächsten": 1, "nächster": 1, "nächstes": 1, "kommende": 1, "kommenden": 1, "kommender": 1,
        "kommendes": 1, "diese": 0, "diesen": 0, "dieser": 0, "dieses": 0, "diesem": 0, "laufenden": 0, "laufende": 0,
        "laufendes": 0,
    ]

    /// Direction words of relative expressions.
    static func direction(_ lower: String) -> Int? { directions[lower] }

    /// Day words and their distance from the reference day (`morgen` only lower-case: `Morgen` is a noun).
    static let relativeDays: [String: Int] = [
        "heute": 0, "Heute": 0, "gestern": -1, "Gestern": -1, "vorgestern": -2, "Vorgestern": -2, "morgen": 1,
        "übermorgen": 2, "Übermorgen": 2,
    ]

    /// `heute`, `gestern`, `letzte Woche`, `vergangenen Jahr`, `im letzten September` at `i`.
    static func relativeMatch(_ tokens: [Token], at i: Int) -> DateMatch? {
        let t = tokens[i]
        guard t.kind == .word else { return nil }
        if let days = relativeDays[t.text] {
            return DateMatch(tokenRange: i..<(i + 1), year: nil, month: nil, day: nil, precision: .day, relative: .days(days))
        }
        var start = i
        var part: PeriodPart? = nil
        var j = i
        if let p = periodPart(t.text) {
            part = p
            j += 1
        }
        guard j < tokens.count, let dir = direction(lowered(tokens[j])), j + 1 < tokens.count else { return nil }
        let unit = tokens[j + 1].text
        let relative: RelativeDate
        let precision: DatePrecision
        switch unit {
        case "Woche": relative = .weeks(dir); precision = .month
        case "Monat", "Monats", "Monates": relative = .months(dir); precision = .month
        case "Jahr", "Jahres", "Jahre", "Jahrs": relative = .years(dir); precision = part == nil ? .year : .month
        default:
            guard let (m, _) = month(tokens, j + 1) else { return nil }
            relative = .namedMonth(m, direction: dir)
            precision = .month
        }
        if part == nil { start = j }
        let end = month(tokens, j + 1)?.next ?? (j + 2)
        return DateMatch(
            tokenRange: start..<end, year: nil, month: nil, day: nil, precision: precision, part: part, relative: relative)
    }

    /// Resolves a relative date against a reference date.
    static func resolve(_ relative: RelativeDate, reference ref: CalendarDate) -> CalendarDate? {
        switch relative {
        case .days(let n):
            guard let m = ref.month, let d = ref.day else { return nil }
            let (y2, m2, d2) = civil(fromDays: days(fromCivil: ref.year, m, d) + n)
            return CalendarDate(year: y2, month: m2, day: d2)
        case .weeks(let n):
            guard let m = ref.month else { return nil }
            guard let d = ref.day else { return n == 0 ? CalendarDate(year: ref.year, month: m) : nil }
            let (y2, m2, _) = civil(fromDays: days(fromCivil: ref.year, m, d) + 7 * n)
            return CalendarDate(year: y2, month: m2)
        case .months(let n):
            guard let m = ref.month else { return nil }
            let total = ref.year * 12 + (m - 1) + n
            return CalendarDate(year: total / 12, month: total % 12 + 1)
        case .years(let n):
            return CalendarDate(year: ref.year + n)
        case .namedMonth(let month, let dir):
            if dir == 0 { return CalendarDate(year: ref.year, month: month) }
            guard let m = ref.month else { return nil }
            if dir < 0 { return CalendarDate(year: month < m ? ref.year : ref.year - 1, month: month) }
            return CalendarDate(year: month > m ? ref.year : ref.year + 1, month: month)
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01.
    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Words allowed before the date of a dateline: a place name (`Frankfurt am Main`), a comma, `den`.
    static func isDatelinePrefix(_ tokens: ArraySlice<Token>) -> Bool {
        guard tokens.count <= 7 else { return false }
        var sawPlace = false
        for t in tokens {
            guard mayPrecedeDateline(t) else { return false }
            if t.kind == .word && t.isCapitalized { sawPlace = true }
        }
        return sawPlace || tokens.isEmpty
    }

    /// True when `t` may stand in the prefix of a dateline (see ``isDatelinePrefix(_:)``): a capitalised word, one of
    /// `am an der den im in bei ob`, or one of `, ( ) / -`. The listed texts are ASCII of at most three bytes without a
    /// scalar that a non-ASCII scalar is canonically equivalent to, so other texts are ruled out by their bytes.
    @inline(__always)
    static func mayPrecedeDateline(_ t: Token) -> Bool {
        switch t.kind {
        case .word:
            if t.isCapitalized { return true }
            guard t.isASCII else { return false }
            switch packedASCII(t.text) {
            // am an der den im in bei ob
            case 0x02006D61, 0x02006E61, 0x03726564, 0x036E6564, 0x02006D69, 0x02006E69, 0x03696562, 0x0200626F:
                return true
            default:
                return false
            }
        case .punctuation:
            guard t.isASCII else { return false }
            switch t.ascii {
            case 0x2C, 0x28, 0x29, 0x2F, 0x2D: return true  // , ( ) / -
            default: return false
            }
        default:
            return false
        }
    }

    /// The bytes of a text of one to three bytes packed into an integer (first byte lowest, the length in the top
    /// byte), 0 for other lengths: equal integers mean equal bytes.
    @inline(__always)
    static func packedASCII(_ text: String) -> UInt32 {
        var packed: UInt32 = 0
        var shift: UInt32 = 0
        for byte in text.utf8 {
            if shift == 24 { return 0 }
            packed |= UInt32(byte) << shift
            shift += 8
        }
        return packed | (shift / 8) << 24
    }

    /// The day-precise date that opens a dateline sentence (`Berlin, den 29.09.2021`, `Hannover, 3. Mai 2022`,
    /// `29.09.2021 - …`), if the sentence starts with one.
    public static func datelineMatch(_ tokens: [Token]) -> DateMatch? {
        // The scan of ``find(in:)``, stopped early: a match starting after token 7 has too long a prefix. Only
        // day expressions can date a dateline, and they start at a day number or a weekday or `den`; the other
        // expressions ``find(in:)`` would pass over (months, years, relative dates) never cover such a token, so
        // the scan tries only those starts.
        // A token at which no expression starts lies in the prefix of every later match: when it may not precede a
        // dateline (most sentences open with such a token among their first words), no later match can qualify.
        var i = 0
        while i < tokens.count && i <= 7 {
            // Punctuation and lower-case words start no day expression (`den` may also precede a dateline): the cheap
            // prefix test decides first.
            let kind = tokens[i].kind
            if kind == .punctuation || (kind == .word && !tokens[i].isCapitalized) {
                if !mayPrecedeDateline(tokens[i]) { return nil }
                if kind == .punctuation { i += 1; continue }
            }
            guard mayStartDay(tokens[i]), let m = match(tokens, at: i) else {
                if !mayPrecedeDateline(tokens[i]) { return nil }
                i += 1
                continue
            }
            i = m.tokenRange.upperBound
            guard m.relative == nil, m.precision == .day, m.year != nil else { continue }
            if isDatelinePrefix(tokens[0..<m.tokenRange.lowerBound]) { return m }
            return nil
        }
        return nil
    }

    /// True for a word that contains `newsletter` in any case (ASCII words are searched byte by byte).
    static func mentionsNewsletter(_ t: Token) -> Bool {
        guard t.kind == .word else { return false }
        guard t.isASCII else { return t.text.lowercased().contains("newsletter") }
        guard t.text.utf8.count >= 10 else { return false }
        let needle: [UInt8] = Array("newsletter".utf8)
        var text = t.text
        return text.withUTF8 { hay in
            guard hay.count >= needle.count else { return false }
            for start in 0...(hay.count - needle.count) {
                var k = 0
                while k < needle.count {
                    let b = hay[start + k]
                    if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != needle[k] { break }
                    k += 1
                }
                if k == needle.count { return true }
            }
            return false
        }
    }

    /// The document's own date: from a dateline among its first sentences (`Berlin, den 29.09.2021`,
    /// `Hannover, 3. Mai 2022`, `29.09.2021 - …`), or from a newsletter heading (`Newsletter - September 2020`,
    /// month precision), or else from a byline that ends with the date (`Deutsch-Chinesischer Wirtschaftskreis e. V.,
    /// Leipzig, 28. Februar 2026`). Looks at the first eight sentences; nil when none states a date.
    public static func datelineDate(_ analyzed: AnalyzedText) -> CalendarDate? {
        for sentence in analyzed.sentences.prefix(8) {
            let tokens = sentence.tokens
            if let m = datelineMatch(tokens), let date = m.date { return date }
            if tokens.contains(where: { mentionsNewsletter($0) }) {
                for m in find(in: tokens) where m.relative == nil && m.year != nil && m.precision != .year {
                    if let date = m.date { return date }
                }
            }
        }
        for sentence in analyzed.sentences.prefix(8) where sentence.isLine {
            if let date = bylineDate(sentence.tokens) { return date }
        }
        return nil
    }

    /// Lower-case words a byline's name may hold (`Verein für …`, `e. V.`).
    static let bylineLowerWords: Set<String> = ["für", "und", "der", "des", "die", "den", "dem", "e.", "v.", "mbh", "zu", "am"]

    /// The day-precise date that closes a line of capitalised names and a town, separated by commas (`Deutsch-Chinesischer
    /// Wirtschaftskreis e. V., Leipzig, 28. Februar 2026`), or nil: no verb, label or other lower-case word before it.
    static func bylineDate(_ tokens: [Token]) -> CalendarDate? {
        guard tokens.count >= 5, tokens.count <= 30, tokens.last?.kind == .number else { return nil }
        guard let m = find(in: tokens).last, m.tokenRange.upperBound == tokens.count, m.relative == nil, m.precision == .day,
              m.year != nil, case let start = m.tokenRange.lowerBound, start >= 3, tokens[start - 1].text == ",",
              tokens[start - 2].kind == .word, tokens[start - 2].isCapitalized else { return nil }
        for token in tokens[..<(start - 1)] {
            switch token.kind {
            case .word:
                if !token.isCapitalized && !bylineLowerWords.contains(token.text.lowercased()) { return nil }
            case .punctuation:
                if token.text == ":" || token.text == "?" || token.text == "!" { return nil }
            default:
                break
            }
        }
        return m.date
    }
}
