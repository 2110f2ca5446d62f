import Testing
import GraphCore
@testable import Query

@Suite struct ResultFormatTests {
    @Test(arguments: [
        ("einfach", "einfach"),
        ("Komma, drin", "\"Komma, drin\""),
        ("sagte \"ja\"", "\"sagte \"\"ja\"\"\""),
        ("zwei\nZeilen", "\"zwei\nZeilen\""),
        ("Wagen\rRücklauf", "\"Wagen\rRücklauf\""),
        ("Straße", "Straße"),
    ])
    func csvFields(_ input: String, _ expected: String) {
        #expect(ResultWriter.csvField(input) == expected)
    }

    @Test(arguments: [
        ("Tab\tda", "Tab\\tda"),
        ("Zeile\nneu", "Zeile\\nneu"),
        ("Zitat \"x\"", "Zitat \\\"x\\\""),
        ("Rück\\strich", "Rück\\\\strich"),
        ("CR\r", "CR\\r"),
    ])
    func tsvStringBodies(_ input: String, _ expected: String) {
        #expect(ResultWriter.tsvStringBody(input) == expected)
    }

    @Test(arguments: [
        ("Anführung \"", "\"Anführung \\\"\""),
        ("Back\\slash", "\"Back\\\\slash\""),
        ("neu\nZeile", "\"neu\\nZeile\""),
        ("Glocke\u{07}", "\"Glocke\\u0007\""),
        ("Köln", "\"Köln\""),
    ])
    func jsonStrings(_ input: String, _ expected: String) {
        #expect(ResultWriter.jsonString(input) == expected)
    }

    let iri = try! IRI(validating: "https://w3id.org/graph-export/id/city/koeln")

    @Test func tsvTermsUseTurtleSyntax() throws {
        #expect(ResultWriter.tsvTerm(.iri(iri)) == "<https://w3id.org/graph-export/id/city/koeln>")
        #expect(ResultWriter.tsvTerm(.literal(Literal("2016-04", datatype: XSD.gYearMonth)))
                == "\"2016-04\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>")
        #expect(ResultWriter.tsvTerm(.literal(try Literal("Stadt", language: "de"))) == "\"Stadt\"@de")
        #expect(ResultWriter.tsvTerm(.literal(Literal("Köln"))) == "\"Köln\"")
    }

    @Test func csvDocumentHasHeaderAndCRLF() {
        let result = SPARQLResult.bindings(variables: ["ort", "name"], rows: [[.iri(iri), .literal(Literal("Köln, Stadt"))], [nil, .literal(Literal("x"))]])
        #expect(ResultWriter.render(result, format: .csv, prefixes: []) ==
                "ort,name\r\nhttps://w3id.org/graph-export/id/city/koeln,\"Köln, Stadt\"\r\n,x\r\n")
    }

    @Test func tsvDocumentHasQuestionMarkHeader() {
        let result = SPARQLResult.bindings(variables: ["ort"], rows: [[.iri(iri)]])
        #expect(ResultWriter.render(result, format: .tsv, prefixes: []) == "?ort\n<https://w3id.org/graph-export/id/city/koeln>\n")
    }

    @Test func jsonDocumentFollowsTheW3CShape() {
        let result = SPARQLResult.bindings(variables: ["ort", "datum"], rows: [[.iri(iri), .literal(Literal("2020", datatype: XSD.gYear))], [nil, nil]])
        let text = ResultWriter.render(result, format: .json, prefixes: [])
        #expect(text.contains("{\"head\":{\"vars\":[\"ort\",\"datum\"]}"))
        #expect(text.contains("{\"ort\":{\"type\":\"uri\",\"value\":\"https://w3id.org/graph-export/id/city/koeln\"},\"datum\":{\"type\":\"literal\",\"value\":\"2020\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#gYear\"}}"))
        #expect(text.contains(",\n{}"))
    }

    @Test func askRendersBooleans() {
        #expect(ResultWriter.render(.boolean(true), format: .json, prefixes: []) == "{\"head\":{},\"boolean\":true}\n")
        #expect(ResultWriter.render(.boolean(false), format: .table, prefixes: []) == "false\n")
        #expect(ResultWriter.render(.boolean(true), format: .csv, prefixes: []) == "true\n")
    }

    @Test func tableAlignsColumnsAndShortensIRIs() {
        let result = SPARQLResult.bindings(variables: ["ort", "n"], rows: [[.iri(iri), .literal(Literal("12", datatype: XSD.integer))],
                                                                           [.literal(Literal("Bad Homburg")), nil]])
        let text = ResultWriter.render(result, format: .table, prefixes: Fixture.prefixes)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "?ort          | ?n")
        #expect(lines[2] == "id:city/koeln | 12")
        #expect(lines[3] == "Bad Homburg   | ")
        #expect(lines.last == "(2 rows)")
    }
}
