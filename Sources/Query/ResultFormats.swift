import GraphCore
import Exporters

/// How SPARQL results (and the relation commands) are printed.
public enum ResultFormat: String, CaseIterable, Sendable {
    /// An aligned table for people, IRIs shortened with the project's prefixes.
    case table
    /// W3C SPARQL 1.1 Query Results CSV.
    case csv
    /// W3C SPARQL 1.1 Query Results TSV.
    case tsv
    /// W3C SPARQL 1.1 Query Results JSON.
    case json
}

/// Writes SELECT and ASK results in the W3C result formats and as a table; one escaping function per format.
public enum ResultWriter {
    /// The whole text of `result` in `format`; CONSTRUCT results are not handled here (they are Turtle).
    public static func render(_ result: SPARQLResult, format: ResultFormat, prefixes: [Prefix]) -> String {
        switch result {
        case .boolean(let value):
            // The W3C CSV/TSV formats define no boolean result: those print the bare word, as the table does.
            return format == .json ? "{\"head\":{},\"boolean\":\(value)}\n" : "\(value)\n"
        case .bindings(let variables, let rows):
            switch format {
            case .csv: return csv(variables, rows)
            case .tsv: return tsv(variables, rows)
            case .json: return json(variables, rows)
            case .table: return table(variables, rows, prefixes: prefixes)
            }
        case .graph:
            return ""
        }
    }

    // MARK: CSV

    /// One CSV field: quoted (with doubled quotes) when it holds a quote, comma, CR or LF.
    public static func csvField(_ text: String) -> String {
        var needsQuotes = false
        for byte in text.utf8 where byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ",") || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    static func csv(_ variables: [String], _ rows: [[Term?]]) -> String {
        var out = variables.map(csvField).joined(separator: ",") + "\r\n"
        for row in rows {
            out += row.map { term -> String in
                guard let term else { return "" }
                switch term {
                case .iri(let iri): return csvField(iri.string)
                case .blank(let node): return "_:" + node.label
                case .literal(let literal): return csvField(literal.lexical)
                }
            }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    // MARK: TSV

    /// The body of a TSV string literal: TSV results write terms in Turtle syntax, so this is the Turtle escaping.
    public static func tsvStringBody(_ text: String) -> String {
        RDFEscaping.stringLiteralBody(text)
    }

    /// A term in SPARQL/Turtle syntax, as TSV results write it.
    public static func tsvTerm(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return "<" + iri.string + ">"
        case .blank(let node): return "_:" + node.label
        case .literal(let literal):
            var text = "\"" + tsvStringBody(literal.lexical) + "\""
            if let language = literal.language { text += "@" + language }
            else if literal.datatype != XSD.string { text += "^^<" + literal.datatype.string + ">" }
            return text
        }
    }

    static func tsv(_ variables: [String], _ rows: [[Term?]]) -> String {
        var out = variables.map { "?" + $0 }.joined(separator: "\t") + "\n"
        for row in rows {
            out += row.map { $0.map(tsvTerm) ?? "" }.joined(separator: "\t") + "\n"
        }
        return out
    }

    // MARK: JSON

    /// A JSON string with quotes: `"`, `\` and control characters escaped.
    public static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A term as a SPARQL JSON results object.
    public static func jsonTerm(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return "{\"type\":\"uri\",\"value\":\(jsonString(iri.string))}"
        case .blank(let node): return "{\"type\":\"bnode\",\"value\":\(jsonString(node.label))}"
        case .literal(let literal):
            var text = "{\"type\":\"literal\",\"value\":\(jsonString(literal.lexical))"
            if let language = literal.language { text += ",\"xml:lang\":\(jsonString(language))" }
            else if literal.datatype != XSD.string { text += ",\"datatype\":\(jsonString(literal.datatype.string))" }
            return text + "}"
        }
    }

    static func json(_ variables: [String], _ rows: [[Term?]]) -> String {
        var out = "{\"head\":{\"vars\":[" + variables.map(jsonString).joined(separator: ",") + "]},\n\"results\":{\"bindings\":["
        for (r, row) in rows.enumerated() {
            out += r == 0 ? "\n" : ",\n"
            var fields: [String] = []
            for (i, term) in row.enumerated() {
                if let term { fields.append(jsonString(variables[i]) + ":" + jsonTerm(term)) }
            }
            out += "{" + fields.joined(separator: ",") + "}"
        }
        return out + "\n]}}\n"
    }

    // MARK: Table

    /// A term for people: prefixed names where a prefix fits, plain text for strings, `"lex"^^xsd:type` otherwise.
    public static func display(_ term: Term, prefixes: [Prefix]) -> String {
        switch term {
        case .iri(let iri): return compact(iri, prefixes: prefixes)
        case .blank(let node): return "_:" + node.label
        case .literal(let literal):
            let lexical = literal.lexical.replacingNewlines()
            if let language = literal.language { return lexical + "@" + language }
            if literal.datatype == XSD.string { return lexical }
            if literal.datatype == XSD.integer || literal.datatype == XSD.decimal { return lexical }
            return lexical + "^^" + compact(literal.datatype, prefixes: prefixes)
        }
    }

    /// `prefix:local` when a prefix's namespace starts the IRI and the rest is a simple local name; else `<iri>`.
    public static func compact(_ iri: IRI, prefixes: [Prefix]) -> String {
        var best: Prefix? = nil
        for prefix in prefixes where iri.string.hasPrefix(prefix.namespace.string) {
            if best == nil || prefix.namespace.string.utf8.count > best!.namespace.string.utf8.count { best = prefix }
        }
        if let best {
            let local = String(iri.string.utf8.dropFirst(best.namespace.string.utf8.count))!
            let simple = local.utf8.allSatisfy { b in
                (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: "/")
            }
            if simple { return best.name + ":" + local }
        }
        return "<" + iri.string + ">"
    }

    static func table(_ variables: [String], _ rows: [[Term?]], prefixes: [Prefix]) -> String {
        let cells = rows.map { row in row.map { $0.map { display($0, prefixes: prefixes) } ?? "" } }
        return TextTable.render(header: variables.map { "?" + $0 }, rows: cells)
            + "(\(rows.count) row\(rows.count == 1 ? "" : "s"))\n"
    }
}

/// Aligned columns for terminals; widths count Unicode scalars.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        var widths = header.map { $0.unicodeScalars.count }
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.unicodeScalars.count) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                let pad = i == cells.count - 1 ? 0 : widths[i] - cell.unicodeScalars.count
                parts.append(cell + String(repeating: " ", count: max(0, pad)))
            }
            return parts.joined(separator: " | ")
        }
        var out = line(header) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-") + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }
}

extension String {
    /// The text with CR and LF shown as spaces, for one-line display.
    func replacingNewlines() -> String {
        var out = ""
        for scalar in unicodeScalars {
            if scalar == "\n" || scalar == "\r" { out += " " } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
