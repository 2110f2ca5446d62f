import GraphCore

/// A date stated in a sentence, with its token range.
struct DatePhrase: Sendable, Hashable {
    /// First token of the phrase (the preposition `am`/`im`/`seit` when there is one).
    let start: Int
    /// One past the last token.
    let end: Int
    /// The date, as precise as the text states it.
    let date: CalendarDate
    /// The word before the date (`am`, `im`, `seit`, `bis`), lower case, or empty.
    let preposition: String
}

/// Finds dates in a sentence's tokens: `am 16. Oktober 2020`, `16.10.2020`, `im April 2016`, `2015`,
/// `Freitag, den 16. Oktober`, `vom 12. bis 14. September 2024` (the first day). A day and month without a year take `documentYear`; without one they
/// are dropped (the contract writes no date that cannot be known).
enum DatePhrases {
    /// German month names and abbreviations → month number.
    static let months: [String: Int] = [
        "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "mär": 3, "april": 4, "apr": 4, "mai": 5,
        "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
    ]

    /// Words that may introduce a date (lower case).
    static let prepositions: Set<String> = ["am", "im", "seit", "bis", "ab", "vom", "zum", "den", "in", "jahr", "anfang", "ende",
                                            "mitte"]

    /// Verbs of taking place after which a bare year is a date (lower case): `Das Forum fand 2019 in Ulm statt`.
    static let yearVerbs = ["fand", "fanden", "tagte", "tagten"]

    /// Every date in the tokens, left to right, non-overlapping.
    static func find(_ view: TokenView, documentYear: Int?) -> [DatePhrase] {
        var out: [DatePhrase] = []
        var i = 0
        while i < view.count {
            if let phrase = date(view, at: i, documentYear: documentYear) {
                out.append(phrase)
                i = phrase.end
            } else {
                i += 1
            }
        }
        return out
    }

    private static func number(_ view: TokenView, _ i: Int) -> Int? {
        guard i >= 0 && i < view.count, view.tokens[i].kind == .number else { return nil }
        return Int(view.text(i))
    }

    private static func isYear(_ n: Int?) -> Bool { n.map { (1900...2099).contains($0) } ?? false }

    /// A date starting at token `i`, or nil.
    static func date(_ view: TokenView, at i: Int, documentYear: Int?) -> DatePhrase? {
        // Every date starts with a preposition, a number or a month name.
        guard view.has(i, WordBit.datePreposition | WordBit.month) || (i >= 0 && i < view.count && view.tokens[i].kind == .number)
        else { return nil }
        var start = i
        var j = i
        var prep = ""
        if view.isWord(i), view.has(i, WordBit.datePreposition), prepositions.contains(view.lower(i)) {
            prep = view.lower(i)
            j = i + 1
            if view.lower(j) == "jahr" || view.lower(j) == "jahre" { j += 1 }
        }
        // `16.10.2020` as one number token.
        if view.isWord(j) == false, j < view.count, view.tokens[j].kind == .number, view.text(j).contains(".") {
            let parts = view.text(j).split(separator: ".").map { Int($0) }
            if parts.count == 3, let d = parts[0], let m = parts[1], let y = parts[2] {
                let year = y < 100 ? 2000 + y : y
                if let date = CalendarDate(year: year, month: m, day: d) {
                    return DatePhrase(start: start, end: j + 1, date: date, preposition: prep)
                }
            }
        }
        // `16 . 10 . 2020` / `16 . Oktober [2020]`.
        if let d = number(view, j), (1...31).contains(d), view.isPunct(j + 1, ".") {
            var month: Int? = nil
            var k = j + 2
            // A range or pair of days sharing the month: `vom 12. bis 14. September 2024`, `12.–14. September`,
            // `am 3. und 4. Mai` – the date is the first day.
            if view.isAny(k, ["bis", "und"]) || view.isDash(k) || view.isPunct(k, "/"), number(view, k + 1) != nil,
               let second = date(view, at: k + 1, documentYear: documentYear), second.preposition.isEmpty,
               let secondMonth = second.date.month, let secondDay = second.date.day, d < secondDay,
               let first = CalendarDate(year: second.date.year, month: secondMonth, day: d) {
                return DatePhrase(start: start, end: second.end, date: first, preposition: prep)
            }
            if let m = number(view, k), (1...12).contains(m), view.isPunct(k + 1, ".") {
                month = m
                k += 2
                if let y = number(view, k), isYear(y) || (0...99).contains(y) {
                    let year = y < 100 ? 2000 + y : y
                    if let date = CalendarDate(year: year, month: m, day: d) {
                        return DatePhrase(start: start, end: k + 1, date: date, preposition: prep)
                    }
                }
                // `30.8.2020` split as `30 . 8 . 2020` handled above; a day and month alone are too ambiguous.
                return nil
            } else if view.isWord(k), view.has(k, WordBit.month), let m = months[view.lower(k)] {
                month = m
                k += 1
                if view.isPunct(k, ".") && view.text(k - 1).count <= 4 { k += 1 }
            }
            guard let month else { return nil }
            if let y = number(view, k), isYear(y) {
                guard let date = CalendarDate(year: y, month: month, day: d) else { return nil }
                return DatePhrase(start: start, end: k + 1, date: date, preposition: prep)
            }
            // A range across months: `vom 28. Februar bis 2. März 2024` – the first day takes the year of the second
            // (the year before when its month comes later, `vom 30. Dezember bis 2. Januar 2025`).
            if view.isAny(k, ["bis"]) || view.isDash(k), number(view, k + 1) != nil,
               let second = date(view, at: k + 1, documentYear: nil), second.preposition.isEmpty, let secondMonth = second.date.month,
               second.date.day != nil {
                let year = month <= secondMonth ? second.date.year : second.date.year - 1
                guard let first = CalendarDate(year: year, month: month, day: d) else { return nil }
                return DatePhrase(start: start, end: second.end, date: first, preposition: prep)
            }
            guard let documentYear, let date = CalendarDate(year: documentYear, month: month, day: d) else { return nil }
            return DatePhrase(start: start, end: k, date: date, preposition: prep)
        }
        // `April 2016`.
        if view.isWord(j), view.has(j, WordBit.month), let m = months[view.lower(j)], view.isCap(j) {
            var k = j + 1
            if view.isPunct(k, ".") && view.text(j).count <= 4 { k += 1 }
            if let y = number(view, k), isYear(y), let date = CalendarDate(year: y, month: m) {
                return DatePhrase(start: start, end: k + 1, date: date, preposition: prep)
            }
            return nil
        }
        // A bare year: only after a preposition, or on its own at the start of a sentence.
        if let y = number(view, j), isYear(y), !view.isPunct(j + 1, "."), !view.isPunct(j + 1, ","),
           !(view.tokens[j].text.contains(".") || view.tokens[j].text.contains(",")) {
            if !prep.isEmpty || j == 0 || view.isAny(j - 1, Self.yearVerbs) {
                // Not a quantity: `2015 Unternehmen` is ambiguous; a following lower-case word or verb is fine.
                if j == 0 && prep.isEmpty && view.isCap(j + 1) && !view.isAny(j + 1, ["haben", "hat", "wurde", "wurden", "konnten", "konnte"]) {
                    let next = view.lower(j + 1)
                    if !["fand", "fanden", "organisierte", "veranstaltete", "besuchte", "gründete"].contains(next) { return nil }
                }
                if ["bis", "ab"].contains(prep) { return nil }
                guard let date = CalendarDate(year: y) else { return nil }
                start = prep.isEmpty ? j : start
                return DatePhrase(start: start, end: j + 1, date: date, preposition: prep)
            }
        }
        return nil
    }
}
