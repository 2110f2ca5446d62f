import Foundation

/// A lexicon data file: tab-separated rows, `#` comment lines (the header that says what it holds and where it comes from).
///
/// Files live in `Sources/Extractors/Lexicons/` and ship as package resources. Columns are
/// documented in each file's header; empty trailing columns may be omitted.
public struct Lexicon: Sendable {
    /// The file name without extension, e.g. `roles`.
    public let name: String
    /// The rows, each split at tabs, with leading and trailing spaces trimmed from every field.
    public let rows: [[String]]
    /// The 1-based line number in the file of each row in `rows` (same order), for error messages.
    public let lineNumbers: [Int]

    /// Parses lexicon text; `name` is used in error messages.
    public init(name: String, text: String) throws(ExtractorsError) {
        self.name = name
        var rows: [[String]] = []
        var lineNumbers: [Int] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if fields[0].isEmpty { throw .lexiconMalformed(name: name, line: lineNumber, reason: "empty first column") }
            rows.append(fields)
            lineNumbers.append(lineNumber)
        }
        self.rows = rows
        self.lineNumbers = lineNumbers
    }

    /// Loads `Lexicons/<name>.tsv` from the package's resources.
    public static func bundled(_ name: String) throws(ExtractorsError) -> Lexicon {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Lexicons") else {
            throw .lexiconMissing(name: name)
        }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .lexiconUnreadable(name: name, reason: "\(error)")
        }
        return try Lexicon(name: name, text: text)
    }

    /// The first column of every row.
    public var entries: [String] { rows.map { $0[0] } }

    /// Column `index` of `row`, or the empty string when the row is shorter.
    public static func field(_ row: [String], _ index: Int) -> String { index < row.count ? row[index] : "" }
}
