import GraphCore

extension RecognitionLexicon {
    /// Names of divisions in `regions_other.tsv` that are also common German words or very short, so that they count
    /// as places only after a cue (`Kanton Zug`, `Präfektur Saga`).
    static let ambiguousRegionNames: Set<String> = ["Zug", "Saga", "Jura", "Uri", "Mie", "Nara", "Lebus", "Tirol", "Glarus"]

    /// Adds the first-level divisions of other partner countries (`regions_other.tsv`: Japanese prefectures, Polish
    /// voivodeships, French regions, Austrian Länder, Swiss cantons, Korean provinces) as administrative areas, never
    /// replacing a name that another table already knows (`Osaka` stays the city, `Oppeln` the town). Names with a
    /// parenthesised qualifier (`Bern (Kanton)`) are skipped: the text never writes them that way.
    mutating func addOtherRegions(_ rows: [[String]]) {
        for row in rows {
            let name = row[0]
            guard !name.contains("(") else { continue }
            let ambiguous = name.unicodeScalars.count <= 4 || Self.ambiguousRegionNames.contains(name)
            let entry = PlaceInfo(label: name, kind: .administrativeArea, ambiguous: ambiguous)
            let variants = Lexicon.field(row, 2).split(separator: "|").map { String($0).trimmingCharacters(in: .whitespaces) }
            for form in [name] + variants where !form.isEmpty && !form.contains("(") {
                let key = Self.spaceJoined(form)
                guard !key.isEmpty, places[key] == nil else { continue }
                places[key] = entry
                placeMaxTokens = max(placeMaxTokens, Self.tokenEstimate(form))
            }
        }
    }
}
