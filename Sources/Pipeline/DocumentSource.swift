import Extractors

/// One readable input of a run: a file (with the format its name implies) or standard input.
struct DocumentSource: Sendable {
    let item: InputItem

    init(_ item: InputItem) { self.item = item }

    /// Reads and decodes the document; more than `maxBytes` raw bytes is an error.
    func read(maxBytes: Int = .max) throws(ExtractorsError) -> SourceDocument {
        switch item {
        case .file(let path, _): return try DocumentReader.read(path: path, maxBytes: maxBytes)
        case .standardInput: return try DocumentReader.readStandardInput(maxBytes: maxBytes)
        case .failure(let error): throw error
        }
    }
}
