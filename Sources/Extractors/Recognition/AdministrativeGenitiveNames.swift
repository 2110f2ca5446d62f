import GraphCore

extension Coreference {
    /// Genitive phrases naming the town or district that owns an organisation, and what stands for them in the short
    /// name: `Wirtschaftsförderung der Stadt Dortmund` is also called `Wirtschaftsförderung Dortmund`, and
    /// `Wirtschaftsförderung des Kreises Kleve` is `Wirtschaftsförderung Kreis Kleve`.
    static let administrativeGenitives: [(phrase: [UInt8], short: String)] = [
        (Array(" der Stadt ".utf8), " "), (Array(" der Hansestadt ".utf8), " "), (Array(" der Landeshauptstadt ".utf8), " "),
        (Array(" der Gemeinde ".utf8), " "), (Array(" des Kreises ".utf8), " Kreis "),
        (Array(" des Landkreises ".utf8), " Landkreis "),
    ]

    /// Gives an organisation named `HEAD der Stadt PLACE` (`Wirtschaftsförderungsgesellschaft der Stadt Paderborn`,
    /// `Stadtwerke der Landeshauptstadt Mainz`, `Wirtschaftsförderung des Kreises Kleve`) the alias its owner's short
    /// form makes (`Wirtschaftsförderungsgesellschaft Paderborn`, `Stadtwerke Mainz`, `Wirtschaftsförderung Kreis
    /// Kleve`), so that mentions by either name, in this document or another, are one entity.
    ///
    /// `HEAD` is one word (a compound or a hyphenated name: `IHK-Geschäftsstelle der Stadt Hof`), and the place is
    /// one to three capitalised words closing the label; a title of a person (`Oberbürgermeister der Stadt Ulm`) is no
    /// organisation and is not touched.
    static func aliasAdministrativeGenitives(_ spans: inout [[MentionSpan]]) {
        for s in spans.indices {
            for k in spans[s].indices where spans[s][k].kind == .organization {
                guard let short = administrativeShortName(spans[s][k].label), short != spans[s][k].label,
                      !spans[s][k].aliases.contains(short) else { continue }
                spans[s][k].aliases.append(short)
            }
        }
    }

    /// The short name of `label` when it is `HEAD` + one of ``administrativeGenitives`` + a place, or nil.
    static func administrativeShortName(_ label: String) -> String? {
        var copy = label
        return copy.withUTF8 { administrativeShortName(bytes: $0) }
    }

    /// ``administrativeShortName(_:)`` on the label's UTF-8 bytes.
    private static func administrativeShortName(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // The head is one word: the first space opens the genitive phrase (`der` or `des`, so `d` follows it).
        guard let space = bytes.firstIndex(of: 0x20), space >= 3, space + 1 < bytes.count, bytes[space + 1] == 0x64 else { return nil }
        for (phrase, short) in administrativeGenitives where bytes.count > space + phrase.count {
            guard bytes[space..<(space + phrase.count)].elementsEqual(phrase) else { continue }
            let placeStart = space + phrase.count
            // One to three words, each opening with a capital (ASCII, or `Ä`, `Ö`, `Ü`: `C3` and a byte below `A0`).
            var words = 0
            var q = placeStart
            while q < bytes.count {
                if bytes[q] == 0x20 { q += 1; continue }
                let b = bytes[q]
                guard (b >= 0x41 && b <= 0x5A) || (b == 0xC3 && q + 1 < bytes.count && bytes[q + 1] < 0xA0) else { return nil }
                words += 1
                while q < bytes.count && bytes[q] != 0x20 { q += 1 }
            }
            guard (1...3).contains(words) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<space]), as: UTF8.self) + short + String(decoding: UnsafeBufferPointer(rebasing: bytes[placeStart...]), as: UTF8.self)
        }
        return nil
    }
}
