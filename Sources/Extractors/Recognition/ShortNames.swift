import GraphCore

extension Coreference {
    /// Short names in parentheses that are no plain acronym: `Deutsch-Polnische Industrie- und Handelskammer (AHK Polen)`,
    /// `Deutsche Industrie- und Handelskammer in Japan (AHK Japan)`.
    ///
    /// The parenthesis holds two to four tokens right after an organisation, opened by an acronym or an organisation cue
    /// word (`AHK`, `IHK`, `GTAI`) and closed by a place or a capitalised name. The short name becomes an alias of the long
    /// one, and every mention of the short name in the document (`Die AHK Polen mit Sitz in Warschau …`) is the same
    /// organisation. Returns the short names found, keyed to their long form's label.
    func mergeParenthesisedShortNames(_ views: [TokenView], _ spans: inout [[MentionSpan]]) -> [String: String] {
        var longForm: [String: String] = [:]
        var host: [String: MentionSpan] = [:]
        for (s, view) in views.enumerated() {
            for k in spans[s].indices {
                let long = spans[s][k]
                guard long.kind == .organization, long.length >= 2, view.isPunct(long.end, "(") else { continue }
                let open = long.end
                guard let close = (open + 1..<min(view.count, open + 6)).first(where: { view.isPunct($0, ")") }),
                      (3...5).contains(close - open) else { continue }
                let first = open + 1
                guard view.isCap(first), view.isUpper(first) || recognizer.isAcronymToken(view, first) || lexicon.orgWords.contains(view.text(first))
                else { continue }
                // Every further token is a capitalised word (a place or a name), no verb, no number.
                guard (first + 1..<close).allSatisfy({ view.isCap($0) || view.isPunct($0, "/") || view.isDash($0) }) else { continue }
                // The tail names a place or a proper name the recogniser knows as part of an organisation.
                let tail = view.join(first + 1, close)
                guard lexicon.places[tail] != nil || spans[s].contains(where: { $0.start == first && $0.end == close && $0.kind == .organization })
                else { continue }
                let short = view.join(first, close)
                guard short != long.label, longForm[short] == nil else { continue }
                longForm[short] = long.label
                host[short] = long
                if !spans[s][k].aliases.contains(short) { spans[s][k].aliases.append(short) }
            }
        }
        guard !longForm.isEmpty else { return [:] }
        for s in spans.indices {
            let view = views[s]
            for k in spans[s].indices {
                let written = view.join(spans[s][k].start, spans[s][k].end)
                guard let target = host[written] ?? host[spans[s][k].label], spans[s][k].label != target.label else { continue }
                guard spans[s][k].kind == .organization || spans[s][k].kind.isPlace == false else { continue }
                spans[s][k].surfaceForms.append(written)
                spans[s][k].label = target.label
                spans[s][k].kind = target.kind
                spans[s][k].quality = .short
            }
        }
        return longForm
    }

    /// Ministries named by a lower-case adjective (`das nordrhein-westfälische Wirtschaftsministerium`, recognised as
    /// `Nordrhein-Westfälisches Wirtschaftsministerium`) are the document's one ministry whose full name has that field
    /// (`Ministerium für Wirtschaft, Innovation, Digitalisierung und Energie des Landes NRW`): one entity, under the full name.
    func mergeAdjectiveMinistries(_ views: [TokenView], _ spans: inout [[MentionSpan]]) {
        // Most documents name no body by an adjective: nothing to do.
        // Indices, not loops over the spans: the spans are not copied.
        var named = false
        for s in spans.indices where s < views.count && !named {
            for k in spans[s].indices where spans[s][k].kind == .organization && spans[s][k].length == 2
                && views[s].isWord(spans[s][k].start) && !views[s].isCap(spans[s][k].start) {
                named = true
                break
            }
        }
        guard named else { return }
        var fullNames: [String] = []
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == .organization && spans[s][k].length > 2 {
                let label = spans[s][k].label
                if !label.hasPrefix("Bundes")
                    && (label.contains("inisterium für ") || MentionRecognizer.missionHeads.contains { label.hasPrefix($0 + " ") })
                    && !fullNames.contains(label) {
                    fullNames.append(label)
                }
            }
        }
        guard !fullNames.isEmpty else { return }
        for s in spans.indices where s < views.count {
            for k in spans[s].indices {
                let span = spans[s][k]
                guard span.kind == .organization, span.length == 2, views[s].isWord(span.start), !views[s].isCap(span.start),
                      let head = span.label.split(separator: " ").last else { continue }
                let matches: [String]
                if MentionRecognizer.missionHeads.contains(String(head)) {
                    // `die chinesische Botschaft` and `Botschaft der Volksrepublik China`: the same country.
                    guard let stem = MentionRecognizer.adjectiveStem(views[s].lower(span.start)),
                          let country = lexicon.countryByAdjectiveStem[stem] else { continue }
                    matches = fullNames.filter { $0.hasPrefix(head + " ") && $0.contains(country) }
                } else {
                    guard head.hasSuffix("ministerium") else { continue }
                    var field = head.dropLast("ministerium".count)
                    if field.hasSuffix("s") { field = field.dropLast() }
                    guard field.count >= 3 else { continue }
                    matches = fullNames.filter { $0.contains("für " + field) }
                }
                guard matches.count == 1 else { continue }
                spans[s][k].surfaceForms.append(span.label)
                spans[s][k].label = matches[0]
                spans[s][k].quality = .short
            }
        }
    }

    /// Generic nouns that refer back to a company or an association, with the determiners of their singular.
    static let genericReferenceNouns: [String: (determiners: [String], company: Bool)] = [
        "Unternehmen": (["das", "dem"], true), "Unternehmens": (["des"], true), "Firma": (["die", "der"], true),
        "Konzern": (["der", "den", "dem"], true), "Konzerns": (["des"], true),
        "Verein": (["der", "den", "dem"], false), "Vereins": (["des"], false),
        "Familienunternehmen": (["das", "dem"], true), "Familienunternehmens": (["des"], true),
        "Traditionsunternehmen": (["das", "dem"], true), "Traditionsunternehmens": (["des"], true),
        "Agentur": (["die", "der"], true),
    ]
    /// The keys of ``genericReferenceNouns``, lower-cased, for a scan by fingerprint.
    static let referenceNouns: WordList = ["unternehmen", "unternehmens", "firma", "konzern", "konzerns", "verein", "vereins",
                                           "familienunternehmen", "familienunternehmens", "traditionsunternehmen",
                                           "traditionsunternehmens", "agentur"]
    /// Last words of companies' names (lower-cased).
    static let companyNameEnds: Set<String> = ["gmbh", "ag", "se", "kg", "mbh", "kgaa", "ohg", "ug", "ltd", "ltd.", "inc", "inc.",
                                               "co.", "corp.", "corporation", "group", "holding"]

    /// Adds spans for `das Unternehmen`, `die Firma`, `der Verein` that refer back to the one company (a name with a legal
    /// form) or association (`… e. V.`, `…verein`) named in the same or the three preceding sentences:
    /// „Die Weigel Pumpen GmbH baut aus. Das Unternehmen wurde 1998 gegründet.“
    static func resolveGenericReferences(_ views: [TokenView], _ spans: inout [[MentionSpan]]) {
        func isCompany(_ label: String) -> Bool {
            // The last word's bytes, ASCII lower-cased (the legal forms are ASCII).
            let bytes = label.utf8
            let start = bytes.lastIndex(of: 0x20).map { bytes.index(after: $0) } ?? bytes.startIndex
            let last = bytes[start...]
            guard !last.isEmpty, last.count <= 11 else { return false }
            return companyNameEnds.contains(String(decoding: last.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self))
        }
        func isAssociation(_ label: String) -> Bool {
            label.hasSimpleSuffix("e. V.") || label.hasSimpleSuffix("e.V.") || label.contains("verein") || label.contains("Verein")
        }
        for s in spans.indices where s < views.count {
            let view = views[s]
            var added = false
            // The nouns are found by their fingerprints (no hashing of every token); most sentences have none.
            var from = 1
            while from < view.count, let i = view.firstWord(in: referenceNouns, from: from, upper: view.count) {
                from = i + 1
                guard view.isCap(i), let entry = genericReferenceNouns[view.text(i)] else { continue }
                // The determiner, with up to three attributive words between (`das 1952 gegründete Unternehmen`).
                var d = i - 1
                while d > i - 4, d > 0, !view.isAny(d, entry.determiners),
                      view.tokens[d].kind == .number || (view.isWord(d) && !view.isCap(d)) {
                    d -= 1
                }
                // `Die neue Agentur, die X GmbH, …` names another company in an apposition.
                let apposition = view.isPunct(i + 1, ",") && view.isAny(i + 2, ["die", "der", "das"]) && view.isCap(i + 3)
                guard view.isAny(d, entry.determiners), !view.isCap(i + 1), !apposition,
                      !spans[s].indices.contains(where: { spans[s][$0].start <= i && i < spans[s][$0].end }) else { continue }
                var labels: [String] = []
                for t in max(0, s - 3)...s {
                    for k in spans[t].indices where spans[t][k].kind == .organization && (t < s || spans[t][k].end <= i - 1)
                        && spans[t][k].quality > .short {
                        let label = spans[t][k].label
                        let fits = entry.company ? isCompany(label) : isAssociation(label)
                        if fits && !labels.contains(label) { labels.append(label) }
                    }
                }
                guard labels.count == 1 else { continue }
                spans[s].append(MentionSpan(sentence: s, start: i, end: i + 1, kind: .organization, label: labels[0],
                                            quality: .short, surfaceForms: [view.text(i)], priority: 2))
                added = true
            }
            if added { spans[s].sort { $0.start < $1.start } }
        }
    }
}
