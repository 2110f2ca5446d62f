// SQLite from the system (Debian: libsqlite3-dev), for the embedded extraction store.
#include <sqlite3.h>
