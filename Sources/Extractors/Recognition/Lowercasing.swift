extension String {
    /// The same bytes as `lowercased()`, without a string per scalar: the standard library lower-cases a text that is not
    /// all ASCII by appending each scalar's `lowercaseMapping`; here ASCII and Latin-1 scalars are mapped on their bytes
    /// and only the other scalars use their mapping. (Checked against `lowercased()` for every scalar.)
    var fastLowercased: String {
        var text = self
        return text.withUTF8 { bytes -> String in
            var ascii = true
            for byte in bytes where byte >= 0x80 {
                ascii = false
                break
            }
            if ascii { return lowercased() }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            let n = bytes.count
            var i = 0
            while i < n {
                let lead = bytes[i]
                if lead < 0x80 {
                    out.append(lead >= 0x41 && lead <= 0x5A ? lead | 0x20 : lead)
                    i += 1
                } else if lead == 0xC3 {
                    // U+00C0…U+00FF: À…Þ (not ×) lower-case 0x20 higher, the others are their own lower case.
                    let next = bytes[i + 1]
                    out.append(0xC3)
                    out.append(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next)
                    i += 2
                } else if lead == 0xC2 {
                    // U+0080…U+00BF are their own lower case.
                    out.append(lead)
                    out.append(bytes[i + 1])
                    i += 2
                } else {
                    let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                    if let scalar = Unicode.Scalar(value) {
                        out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                    }
                    i += length
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
