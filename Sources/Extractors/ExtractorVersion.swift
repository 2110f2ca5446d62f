extension Extractor {
    /// The version of the extraction rules and lexicons: stored extractions made by another version are
    /// extracted again. Bump it whenever a rule, a lexicon or the recognition changes what `extract` returns.
    public static let version = "graph-export-rules-10"

    /// The version a store records for extractions made with `options`: gazetteer enrichment changes the result.
    public static func version(options: ExtractorOptions) -> String {
        options.enrich ? version + "+enrich" : version
    }
}
