import "server-only";
import { CompiledQuery, SqliteDialect, type Driver } from "kysely";

/**
 * SQLite with every transaction begun IMMEDIATE: it takes the write lock at BEGIN, waiting for it under
 * busy_timeout. Every transaction Roomdesk opens writes, and many read first (the meeting index, the
 * throttle, the audit counters). Begun DEFERRED, such a transaction reads a snapshot, and when another
 * process (a second instance on the same file) commits before its first write, SQLite refuses that write
 * at once with SQLITE_BUSY: busy_timeout cannot help, because waiting would not make the snapshot current.
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection) => {
      await connection.executeQuery(CompiledQuery.raw("begin immediate"));
    };
    return driver;
  }
}
