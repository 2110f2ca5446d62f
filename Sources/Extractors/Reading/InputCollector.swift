#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One entry of the reading list: a document to read, or a problem to report for one input.
public enum InputItem: Equatable, Sendable {
    /// A file to read with ``DocumentReader/read(path:format:)``, in the format its extension names.
    case file(path: String, format: DocumentFormat)
    /// Standard input (`-` on the command line), read with ``DocumentReader/readStandardInput()``.
    case standardInput
    /// An input (or a folder entry) that cannot be read; the other inputs go on.
    case failure(ExtractorsError)

    /// The path the item stands for (`-` for standard input).
    public var path: String {
        switch self {
        case .file(let path, _): return path
        case .standardInput: return "-"
        case .failure(let error):
            switch error {
            case .inputNotFound(let path), .unreadable(let path, _), .binaryFile(let path), .notAFileOrFolder(let path),
                 .symlinkLoop(let path), .htmlUnparsable(let path):
                return path
            default: return ""
            }
        }
    }
}

/// Turns command-line inputs (files, folders, `-`) into the list of documents to read.
public enum InputCollector {
    /// The reading list for `inputs`, in the order given; each folder contributes its documents sorted byte-wise by path.
    ///
    /// A folder walk follows symbolic links, skips hidden entries (names starting with `.`), collects only
    /// `.txt`, `.md`, `.markdown`, `.html`, `.htm` (any case), and reports a link back to a parent folder
    /// as ``ExtractorsError/symlinkLoop(path:)`` instead of following it. A file named explicitly is collected
    /// whatever its extension. Missing or unreadable inputs become ``InputItem/failure(_:)`` items.
    public static func collect(_ inputs: [String]) -> [InputItem] {
        var items: [InputItem] = []
        for input in inputs {
            if input == "-" {
                items.append(.standardInput)
                continue
            }
            var info = stat()
            if stat(input, &info) != 0 {
                let code = errno
                if code == ENOENT || code == ENOTDIR {
                    var linkInfo = stat()
                    if lstat(input, &linkInfo) == 0 {
                        items.append(.failure(.unreadable(path: input, reason: "broken symbolic link")))
                    } else {
                        items.append(.failure(.inputNotFound(path: input)))
                    }
                } else {
                    items.append(.failure(.unreadable(path: input, reason: DocumentReader.systemMessage(code))))
                }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG, S_IFIFO: items.append(.file(path: input, format: DocumentFormat(path: input)))
            case S_IFDIR: items.append(contentsOf: walk(input, info))
            default: items.append(.failure(.notAFileOrFolder(path: input)))
            }
        }
        return items
    }

    private struct Identity: Hashable {
        let device: UInt64
        let inode: UInt64
        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.utf8.last == UInt8(ascii: "/") ? folder + name : folder + "/" + name
    }

    /// True when the name ends in one of ``DocumentFormat/collectedExtensions``.
    static func hasCollectedExtension(_ name: String) -> Bool {
        DocumentFormat.collectedExtensions.contains(DocumentFormat.lowercasedExtension(of: name))
    }

    /// Every document below `root`, sorted by path bytes, with failures in path order among them.
    private static func walk(_ root: String, _ rootInfo: stat) -> [InputItem] {
        var found: [(key: [UInt8], item: InputItem)] = []
        var visited: Set<Identity> = [Identity(rootInfo)]
        // Folders still to list, each with the identities of the folders on its path (for loop detection).
        var pending: [(path: String, ancestors: [Identity])] = [(root, [Identity(rootInfo)])]
        while let (folder, ancestors) = pending.popLast() {
            guard let directory = opendir(folder) else {
                let reason = DocumentReader.systemMessage(errno)
                found.append((Array(folder.utf8), .failure(.unreadable(path: folder, reason: reason))))
                continue
            }
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name.utf8.first == UInt8(ascii: ".") { continue }
                names.append(name)
            }
            closedir(directory)
            names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for name in names {
                let path = join(folder, name)
                var info = stat()
                if stat(path, &info) != 0 {
                    let code = errno
                    var linkInfo = stat()
                    if lstat(path, &linkInfo) == 0 && (linkInfo.st_mode & S_IFMT) == S_IFLNK {
                        // A dangling link only matters when it looks like a document.
                        if hasCollectedExtension(name) {
                            found.append((Array(path.utf8), .failure(.unreadable(path: path, reason: "broken symbolic link"))))
                        }
                    } else {
                        found.append((Array(path.utf8), .failure(.unreadable(path: path, reason: DocumentReader.systemMessage(code)))))
                    }
                    continue
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    let identity = Identity(info)
                    if ancestors.contains(identity) {
                        found.append((Array(path.utf8), .failure(.symlinkLoop(path: path))))
                    } else if visited.insert(identity).inserted {
                        pending.append((path, ancestors + [identity]))
                    }
                case S_IFREG:
                    if hasCollectedExtension(name) {
                        found.append((Array(path.utf8), .file(path: path, format: DocumentFormat(path: path))))
                    }
                default:
                    continue
                }
            }
        }
        found.sort { $0.key.lexicographicallyPrecedes($1.key) }
        return found.map(\.item)
    }
}
