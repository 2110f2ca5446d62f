import CLibXML2

/// Extracts the readable text of an HTML document with libxml2's forgiving HTML parser.
///
/// Block elements (headings, paragraphs, list items, table cells, `div`s, …) become text blocks separated by a
/// blank line, `<br>` a line end; inline elements keep their text inline; whitespace is collapsed within blocks
/// (except inside `<pre>`). Scripts, styles, forms, navigation, asides and page-level headers and footers are
/// dropped. The tree is walked without recursion, so any nesting depth is safe.
public enum HTMLText {
    /// The text blocks of an HTML document joined by blank lines, and the charset libxml2 used.
    public struct Result: Sendable {
        /// The extracted text (UTF-8, LF line ends).
        public let text: [UInt8]
        /// The charset the document declared and libxml2 decoded with, when `encoding` was not given.
        public let declaredEncoding: String?
    }

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `bytes` and extracts their text (`XML_PARSE_HUGE` lifts libxml2's nesting limit of 256 elements); `encoding` (e.g. `"UTF-8"`) overrides the document's own charset.
    ///
    /// - Returns: nil when libxml2 builds no tree at all.
    public static func extract(_ bytes: [UInt8], encoding: String?) -> Result? {
        _ = initialized
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                if let encoding {
                    return encoding.withCString { htmlReadMemory(pointer, Int32(buffer.count), nil, $0, options) }
                }
                return htmlReadMemory(pointer, Int32(buffer.count), nil, nil, options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        var declared: String?
        if encoding == nil, let name = document.pointee.encoding {
            declared = String(cString: name)
        }
        var walker = Walker()
        if let root = xmlDocGetRootElement(document) {
            walker.walk(root)
        }
        return Result(text: walker.render(), declaredEncoding: declared)
    }
}

/// How an element takes part in text extraction.
private enum ElementRole {
    /// Its text and its children's text are left out.
    case dropped
    /// It starts and ends a text block.
    case block
    /// A line end.
    case lineBreak
    /// `<pre>`: a block whose whitespace is kept.
    case preformatted
    /// `<title>`: a block of its own, dropped again when the body repeats it.
    case title
    /// `<header>`/`<footer>`: dropped at page level, kept inside `<article>` or `<main>`.
    case pageFrame
    /// `<article>`/`<main>`: a block that keeps the headers and footers inside it.
    case content
    /// Its text flows into the surrounding block.
    case inline
}

private let elementRoles: [String: ElementRole] = {
    var roles: [String: ElementRole] = [:]
    for name in ["script", "style", "noscript", "template", "nav", "aside", "form", "button", "iframe", "svg", "math",
                 "select", "textarea", "input", "option", "datalist", "object", "embed", "canvas", "audio", "video",
                 "map", "dialog", "menu", "head", "meta", "link", "base"] {
        roles[name] = .dropped
    }
    for name in ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "tr", "table", "thead",
                 "tbody", "tfoot", "caption", "ul", "ol", "dl", "blockquote", "section", "figure", "figcaption",
                 "address", "hr", "body", "html", "center", "details", "summary", "fieldset", "legend", "hgroup",
                 "dir", "listing", "xmp", "plaintext", "frameset", "noframes"] {
        roles[name] = .block
    }
    roles["br"] = .lineBreak
    roles["pre"] = .preformatted
    roles["title"] = .title
    roles["header"] = .pageFrame
    roles["footer"] = .pageFrame
    roles["article"] = .content
    roles["main"] = .content
    return roles
}()

@inline(__always) private func isHTMLSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
}

private struct Walker {
    var blocks: [[UInt8]] = []
    var current: [UInt8] = []
    /// True when the last byte of `current` is a collapsed space or a line end (or `current` is empty).
    var atSpace = true
    var preformattedDepth = 0
    var contentDepth = 0
    var titleBlock: Int?
    var inTitle = false

    static func role(of node: xmlNodePtr) -> ElementRole {
        guard let name = node.pointee.name else { return .inline }
        let key = String(cString: name)
        var role = elementRoles[key] ?? .inline
        if role == .dropped && key == "head" { role = .inline } // `<title>` lives in `<head>`
        if role != .dropped && xmlHasProp(node, "hidden") != nil { return .dropped }
        if let value = xmlGetProp(node, "role") {
            let aria = String(cString: value)
            free(value)
            if aria == "navigation" || aria == "banner" || aria == "contentinfo" || aria == "search" { return .dropped }
        }
        return role
    }

    mutating func endBlock() {
        var block = current
        while let last = block.last, last == 0x20 || last == 0x0A { block.removeLast() }
        var start = 0
        while start < block.count && (block[start] == 0x20 || block[start] == 0x0A) { start += 1 }
        if start < block.count {
            if inTitle { titleBlock = blocks.count }
            blocks.append(Array(block[start...]))
        }
        current.removeAll(keepingCapacity: true)
        atSpace = true
    }

    mutating func appendText(_ pointer: UnsafePointer<UInt8>) {
        var index = 0
        if preformattedDepth > 0 {
            while pointer[index] != 0 {
                let byte = pointer[index]
                if byte == 0x0D {
                    current.append(0x0A)
                    if pointer[index + 1] == 0x0A { index += 1 }
                } else {
                    current.append(byte)
                }
                index += 1
            }
            atSpace = current.last == 0x0A || current.last == 0x20
            return
        }
        while pointer[index] != 0 {
            var byte = pointer[index]
            if isHTMLSpace(byte) {
                if !atSpace {
                    current.append(0x20)
                    atSpace = true
                }
            } else {
                // Characters 0x80–0x9F come from pages declared as ISO-8859-1 that are really Windows-1252.
                if byte == 0xC2, pointer[index + 1] >= 0x80, pointer[index + 1] < 0xA0 {
                    index += 1
                    byte = pointer[index]
                    TextDecoding.appendUTF8(TextDecoding.windows1252Scalar(byte), to: &current)
                } else {
                    current.append(byte)
                }
                atSpace = false
            }
            index += 1
        }
    }

    mutating func lineBreak() {
        while current.last == 0x20 { current.removeLast() }
        current.append(0x0A)
        atSpace = true
    }

    /// Called when the walk leaves an element.
    mutating func leave(_ node: xmlNodePtr, _ role: ElementRole) {
        switch role {
        case .block, .pageFrame: endBlock()
        case .content:
            endBlock()
            contentDepth -= 1
        case .preformatted:
            endBlock()
            preformattedDepth -= 1
        case .title:
            endBlock()
            inTitle = false
        case .dropped, .lineBreak, .inline: break
        }
    }

    /// Visits the tree below `root` depth first, using the nodes' parent links instead of the call stack.
    mutating func walk(_ root: xmlNodePtr) {
        var roles: [ElementRole] = [] // roles of the open elements on the path from root
        var node: xmlNodePtr? = root
        while let visiting = node {
            var descend = false
            switch visiting.pointee.type {
            case XML_ELEMENT_NODE:
                var role = Walker.role(of: visiting)
                if role == .pageFrame && contentDepth > 0 { role = .block }
                switch role {
                case .dropped: break
                case .lineBreak: lineBreak()
                case .block, .pageFrame:
                    if role == .pageFrame && contentDepth == 0 { break }
                    endBlock()
                    descend = true
                case .content:
                    endBlock()
                    contentDepth += 1
                    descend = true
                case .preformatted:
                    endBlock()
                    preformattedDepth += 1
                    descend = true
                case .title:
                    endBlock()
                    inTitle = true
                    descend = true
                case .inline: descend = true
                }
                if descend {
                    if let child = visiting.pointee.children {
                        roles.append(role)
                        node = child
                        continue
                    }
                    leave(visiting, role)
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = visiting.pointee.content { appendText(content) }
            default: break
            }
            // Move to the next sibling, closing finished parents on the way up.
            var cursor = visiting
            while true {
                if cursor == root {
                    node = nil
                    break
                }
                if let next = cursor.pointee.next {
                    node = next
                    break
                }
                guard let parent = cursor.pointee.parent else {
                    node = nil
                    break
                }
                cursor = parent
                if let role = roles.popLast() { leave(cursor, role) }
            }
        }
        endBlock()
    }

    func render() -> [UInt8] {
        var out: [UInt8] = []
        for (index, block) in blocks.enumerated() {
            if index == titleBlock && blocks.indices.contains(where: { $0 != index && blocks[$0] == block }) { continue }
            if !out.isEmpty { out.append(contentsOf: [0x0A, 0x0A]) }
            out.append(contentsOf: block)
        }
        return out
    }
}
