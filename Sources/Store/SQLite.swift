import CSQLite

/// SQLite's `SQLITE_TRANSIENT`: SQLite copies bound text and blobs before the call returns.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// One SQLite connection; every failure becomes a ``StoreError`` naming the file. Not thread-safe on its own.
final class SQLiteConnection {
    let path: String
    private var handle: OpaquePointer?

    /// Opens `path` read-only, or read-write (creating the file when `create`).
    init(path: String, readOnly: Bool, create: Bool) throws(StoreError) {
        self.path = path
        var flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        var db: OpaquePointer?
        let code = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        if code != SQLITE_OK {
            let reason = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_close_v2(db)
            throw .cannotOpen(path: path, reason: reason)
        }
        handle = db
        sqlite3_busy_timeout(db, 10_000)
        sqlite3_extended_result_codes(db, 1)
    }

    deinit { sqlite3_close_v2(handle) }

    /// The error for result `code` of `operation`.
    func error(_ code: Int32, _ operation: String) -> StoreError {
        let message = String(cString: sqlite3_errmsg(handle))
        switch code & 0xFF {
        case SQLITE_NOTADB: return .notADatabase(path: path)
        case SQLITE_CORRUPT: return .corrupt(path: path, reason: message)
        case SQLITE_BUSY, SQLITE_LOCKED: return .busy(path: path)
        case SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: message)
        default: return .statementFailed(path: path, operation: operation, reason: message)
        }
    }

    /// Runs one or more statements without results.
    func execute(_ sql: String, _ operation: String) throws(StoreError) {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        if code != SQLITE_OK { throw error(code, operation) }
    }

    /// Prepares one statement.
    func prepare(_ sql: String, _ operation: String) throws(StoreError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        if code != SQLITE_OK {
            sqlite3_finalize(statement)
            throw error(code, operation)
        }
        return SQLiteStatement(connection: self, handle: statement!, operation: operation)
    }

    /// The first column of the first row of a query, as an integer (0 when there is no row).
    func integer(_ sql: String, _ operation: String) throws(StoreError) -> Int64 {
        let statement = try prepare(sql, operation)
        return try statement.step() ? statement.int64(0) : 0
    }

    /// The first column of every row of a query, as text.
    func texts(_ sql: String, _ operation: String) throws(StoreError) -> [String] {
        let statement = try prepare(sql, operation)
        var result: [String] = []
        while try statement.step() { result.append(statement.text(0)) }
        return result
    }

    /// Runs `body` inside `BEGIN IMMEDIATE` … `COMMIT`; rolls back when it throws.
    func transaction<T>(_ operation: String, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try execute("BEGIN IMMEDIATE", operation)
        do {
            let result = try body()
            try execute("COMMIT", operation)
            return result
        } catch {
            try? execute("ROLLBACK", operation)
            throw error
        }
    }
}

/// A prepared statement; finalised when released.
final class SQLiteStatement {
    private let connection: SQLiteConnection
    private let handle: OpaquePointer
    private let operation: String

    init(connection: SQLiteConnection, handle: OpaquePointer, operation: String) {
        self.connection = connection
        self.handle = handle
        self.operation = operation
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds text to the 1-based parameter `index`.
    func bind(_ index: Int32, _ text: String) throws(StoreError) {
        let code = sqlite3_bind_text(handle, index, text, -1, transient)
        if code != SQLITE_OK { throw connection.error(code, operation) }
    }

    /// Binds a blob to the 1-based parameter `index`.
    func bind(_ index: Int32, _ bytes: [UInt8]) throws(StoreError) {
        let code = bytes.withUnsafeBytes { raw in
            sqlite3_bind_blob(handle, index, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(raw.count), transient)
        }
        if code != SQLITE_OK { throw connection.error(code, operation) }
    }

    /// Steps once: true while there is a row, false when done.
    @discardableResult
    func step() throws(StoreError) -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.error(code, operation)
        }
    }

    /// Resets for another execution with new bindings.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Column `index` (0-based) as an integer.
    func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }

    /// Column `index` as text ("" for NULL).
    func text(_ index: Int32) -> String {
        guard let pointer = sqlite3_column_text(handle, index) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// Column `index` as bytes.
    func blob(_ index: Int32) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(handle, index))
        guard count > 0, let pointer = sqlite3_column_blob(handle, index) else { return [] }
        return [UInt8](UnsafeRawBufferPointer(start: pointer, count: count))
    }
}
