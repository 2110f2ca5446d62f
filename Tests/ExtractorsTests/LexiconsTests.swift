import Foundation
import GraphCore
import Testing
@testable import Extractors

@Suite("Lexicons")
struct LexiconsTests {
    @Test(arguments: Lexicons.fileNames)
    func everyFileLoadsWithRowsAndHeader(name: String) throws {
        let lexicon = try Lexicon.bundled(name)
        #expect(!lexicon.rows.isEmpty, "\(name).tsv has no rows")
        #expect(lexicon.rows.count == lexicon.lineNumbers.count)
        // The header comes first, so the first row is not on line 1.
        #expect((lexicon.lineNumbers.first ?? 0) > 3, "\(name).tsv lacks its # header")
    }

    /// The word lookups compare a precomposed token by length before its bytes (``TokenView``'s length filter), which
    /// holds only while every word the rules and lexicons look for is precomposed: no combining mark (U+0300…U+036F)
    /// in the extractor's sources and data files.
    @Test func rulesAndLexiconsHoldNoCombiningMarks() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Extractors")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { ["swift", "tsv"].contains($0.pathExtension) } ?? []
        #expect(files.count > 100, "Sources/Extractors not found at \(root.path)")
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            let mark = (0..<max(0, bytes.count - 1)).first { k in
                (bytes[k] == 0xCC && bytes[k + 1] >= 0x80) || (bytes[k] == 0xCD && bytes[k + 1] < 0xB0)
            }
            #expect(mark == nil, "\(file.lastPathComponent): combining mark at byte \(mark ?? 0); write the precomposed letter")
        }
    }

    @Test func bundledTablesLoad() throws {
        let lexicons = try Lexicons.bundled()
        #expect(lexicons.roles.count >= 300)
        #expect(lexicons.places.count > 4000)
        #expect(lexicons.givenNames.count >= 300)
        #expect(lexicons.surnames.count >= 200)
    }

    @Test(arguments: [
        ("Köln", "Nordrhein-Westfalen"), ("München", "Bayern"), ("Nürnberg", "Bayern"),
        ("Guangzhou", "Guangdong"), ("Hangzhou", "Zhejiang"), ("Huzhou", "Zhejiang"),
        ("Düsseldorf", "Nordrhein-Westfalen"), ("Leipzig", "Sachsen"), ("Luoyang", "Henan"),
    ])
    func gazetteerCitiesHaveTheirState(city: String, state: String) throws {
        let entry = try #require(try Lexicons.bundled().places[city])
        #expect(entry.kind == .city)
        #expect(entry.containedIn == state)
    }

    @Test(arguments: [("Munich", "München"), ("Cologne", "Köln"), ("Koeln", "Köln"), ("Beijing", "Peking"),
                      ("Peking", "Peking"), ("Warszawa", "Warschau"), ("Frankfurt", "Frankfurt am Main"),
                      ("Bad Homburg", "Bad Homburg vor der Höhe"), ("Hong Kong", "Hongkong"), ("Macau", "Macao")])
    func variantsLeadToTheCanonicalName(variant: String, name: String) throws {
        let entry = try #require(try Lexicons.bundled().places[variant])
        #expect(entry.name == name)
    }

    @Test func pekingAndBeijingAreOneCityInChina() throws {
        let lexicons = try Lexicons.bundled()
        let peking = try #require(lexicons.places["Peking"])
        let beijing = try #require(lexicons.places["Beijing"])
        #expect(peking == beijing)
        #expect(peking.kind == .city)
        #expect(peking.countryCode == "CN")
        #expect(lexicons.exonyms["Beijing"] == "Peking")
        #expect(lexicons.chineseProvinces["Peking"] == .municipality)
    }

    @Test func cityStatesAreCitiesAndProvincesAreAreas() throws {
        let lexicons = try Lexicons.bundled()
        #expect(lexicons.places["Berlin"]?.kind == .city)
        #expect(lexicons.places["Hamburg"]?.kind == .city)
        #expect(lexicons.places["Shanghai"]?.kind == .city)
        #expect(lexicons.places["Bayern"]?.kind == .administrativeArea)
        #expect(lexicons.places["NRW"]?.name == "Nordrhein-Westfalen")
        #expect(lexicons.places["Zhejiang"]?.kind == .administrativeArea)
        #expect(lexicons.places["Zheijang"]?.name == "Zhejiang")
        #expect(lexicons.places["Innere Mongolei"]?.kind == .administrativeArea)
        #expect(lexicons.places["China"]?.kind == .country)
        #expect(lexicons.places["VR China"]?.name == "China")
        #expect(lexicons.places["USA"]?.name == "Vereinigte Staaten")
        #expect(lexicons.places["Taiwan"]?.kind == .country)
        #expect(lexicons.placeCandidates["Berlin"]?.contains { $0.kind == .administrativeArea } == true)
    }

    @Test func ambiguousNamesAreFlagged() throws {
        let lexicons = try Lexicons.bundled()
        #expect(lexicons.places["Essen"]?.isAmbiguous == true)
        #expect(lexicons.places["Halle"]?.isAmbiguous == true)
        #expect(lexicons.places["Hof"]?.isAmbiguous == true)
        #expect(lexicons.places["Köln"]?.isAmbiguous == false)
        #expect(lexicons.places["Hannover"]?.isAmbiguous == false)
    }

    @Test func sixteenBundeslaender() throws {
        let lexicons = try Lexicons.bundled()
        #expect(lexicons.germanStates.count == 16)
        #expect(Set(lexicons.germanStates).count == 16)
        #expect(lexicons.stateAdjectives["nordrhein-westfälisch"] == "Nordrhein-Westfalen")
        // Every German gazetteer row names one of the 16 states.
        let states = Set(lexicons.germanStates)
        for entry in lexicons.placeCandidates.values.joined() where entry.source == .gazetteer && entry.countryCode == "DE" {
            #expect(entry.containedIn.map(states.contains) == true, "\(entry.name): \(entry.containedIn ?? "nil")")
        }
    }

    @Test func thirtyFourChineseProvinces() throws {
        let lexicons = try Lexicons.bundled()
        let types = lexicons.chineseProvinces
        #expect(types.count == 34)
        #expect(types.values.filter { $0 == .province }.count == 23)
        #expect(types.values.filter { $0 == .autonomousRegion }.count == 5)
        #expect(types.values.filter { $0 == .municipality }.count == 4)
        #expect(types.values.filter { $0 == .sar }.count == 2)
        for entry in lexicons.placeCandidates.values.joined()
        where entry.source == .gazetteer && entry.countryCode == "CN" && entry.containedIn != nil {
            #expect(types[entry.containedIn!] != nil, "\(entry.name): \(entry.containedIn!)")
        }
    }

    @Test func countriesAndAdjectives() throws {
        let lexicons = try Lexicons.bundled()
        #expect(lexicons.countryNames.count >= 197)
        #expect(lexicons.countryNames["CN"] == "China")
        #expect(lexicons.countryNames["DE"] == "Deutschland")
        #expect(lexicons.countryAdjectives["chinesisch"] == "China")
        #expect(lexicons.countryAdjectives["polnisch"] == "Polen")
        #expect(lexicons.places["Großbritannien"]?.countryCode == "GB")
        // Every gazetteer country code is a known country.
        for entry in lexicons.placeCandidates.values.joined() where entry.source == .gazetteer {
            #expect(lexicons.countryNames[entry.countryCode] != nil || ["HK", "MO"].contains(entry.countryCode))
        }
    }

    @Test(arguments: [
        ("Bürgermeisterin", "Bürgermeisterin", RoleGender.feminine), ("Bürgermeisters", "Bürgermeister", .masculine),
        ("Oberbürgermeisterinnen", "Oberbürgermeisterin", .feminine), ("Landrätin", "Landrätin", .feminine),
        ("Landräte", "Landrat", .masculine), ("Generalsekretärs", "Generalsekretär", .masculine),
        ("Vorsitzenden", "Vorsitzende", .unmarked), ("Vorsitzender", "Vorsitzender", .masculine),
        ("Klimabeauftragten", "Klimabeauftragte", .unmarked), ("Ministerpräsidenten", "Ministerpräsident", .masculine),
        ("Generalkonsuln", "Generalkonsul", .masculine), ("Geschäftsführerin", "Geschäftsführerin", .feminine),
        ("CEO", "CEO", .unmarked),
    ])
    func roleFormsLeadToTheirLemma(form: String, lemma: String, gender: RoleGender) throws {
        let entry = try #require(try Lexicons.bundled().roles[form])
        #expect(entry.lemma == lemma)
        #expect(entry.gender == gender)
    }

    @Test func cuesModifiersTitlesAndNames() throws {
        let lexicons = try Lexicons.bundled()
        #expect(lexicons.roles["Botschafter"]?.roleClass == .diplomacy)
        #expect(lexicons.roleModifiers["stellv."]?.canonical == "stellvertretender")
        #expect(lexicons.roleModifiers["a. D."]?.position == .after)
        #expect(lexicons.roleModifiers["Vize-"]?.position == .prefix)
        #expect(lexicons.titles.contains("Dr."))
        #expect(lexicons.titleKinds["Freiherr"] == .nobility)
        #expect(lexicons.orgWords.contains("Ministerium"))
        #expect(lexicons.legalForms.contains("GmbH"))
        #expect(lexicons.legalForms.firstIndex(of: "GmbH & Co. KG")! < lexicons.legalForms.firstIndex(of: "GmbH")!)
        #expect(lexicons.orgSuffixes.contains("gesellschaft"))
        #expect(lexicons.placeCues["Provinz"] == .administrativeArea)
        #expect(lexicons.placeCues["Stadt"] == .city)
        #expect(lexicons.givenNames.contains("Friedhelm"))
        #expect(lexicons.surnames.contains("Wang"))
        #expect(lexicons.surnames.contains("Nguyen"))
        #expect(lexicons.places["Präfektur Aichi"] == nil)
        #expect(lexicons.places["Aichi"]?.countryCode == "JP")
        #expect(lexicons.places["Masowien"]?.kind == .administrativeArea)
    }

    // MARK: malformed input

    /// Loads the bundled files but replaces `name` with `text`.
    private func loading(_ name: String, as text: String) throws(ExtractorsError) -> Lexicons {
        try Lexicons { (file: String) throws(ExtractorsError) -> Lexicon in
            file == name ? try Lexicon(name: file, text: text) : try Lexicon.bundled(file)
        }
    }

    @Test(arguments: [
        ("roles", "# header\n# more\nBürgermeister\tBürgermeister\tm\tpolitics\nLandrat\tLandrat\tx\tadministration\n", 4, "unknown value"),
        ("roles", "# header\nBürgermeister\tBürgermeister\tm\n", 2, "expected at least 4"),
        ("titles", "# h\nDr.\tacademic\n\nProf.\tacademic\textra\n", 4, "expected at most 2"),
        ("gazetteer", "# h\nKöln\tDE\tNordrhein-Westfalen\tviele\n", 2, "population"),
        ("gazetteer", "# h\n# h\nKöln\tDEU\tNordrhein-Westfalen\t1000\n", 3, "ISO 3166"),
        ("place_cues", "# h\nStadt\tcity\nStadt\tarea\n", 3, "duplicate entry \"Stadt\" (first on line 2)"),
        ("provinces_cn", "# h\nGuangdong\tKwangtung\tstate\n", 2, "unknown value"),
        ("org_cues", "# h\nGesellschaft\tsuffix\n", 2, "lowercase"),
    ])
    func malformedLexiconNamesItsLine(name: String, text: String, line: Int, reason: String) {
        do {
            _ = try loading(name, as: text)
            Issue.record("malformed \(name).tsv was accepted")
        } catch {
            guard case .lexiconMalformed(let file, let errorLine, let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(file == name)
            #expect(errorLine == line)
            #expect(message.contains(reason), "\(message)")
            #expect(error.description.contains("\(name).tsv:\(line)"))
        }
    }
}
