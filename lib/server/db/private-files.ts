import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const OTHERS = 0o077;
const STICKY = 0o1000;
// What SQLite keeps next to a database: the WAL, its shared-memory index, and a rollback journal.
const COMPANIONS = ["-wal", "-shm", "-journal"];

const hasCode = (e: unknown, code: string) =>
  e instanceof Error && (e as NodeJS.ErrnoException).code === code;

/** Drops every group and other bit; the owner's bits stay as they are (a file made read-only stays so). */
function restrictToOwner(target: string, stat: fs.Stats): void {
  if ((stat.mode & OTHERS) !== 0) fs.chmodSync(target, stat.mode & 0o700);
}

function restrictIfPresent(file: string): void {
  try {
    restrictToOwner(file, fs.statSync(file));
  } catch (e) {
    if (!hasCode(e, "ENOENT")) throw e;
  }
}

// A folder shared with other things is left alone: the working directory, the home directory, a root, a
// sticky folder like /tmp, or one another user owns. The database files themselves are still made private.
function isSharedFolder(dir: string, stat: fs.Stats): boolean {
  const uid = process.getuid?.();
  return (
    dir === path.resolve(process.cwd()) ||
    dir === os.homedir() ||
    dir === path.parse(dir).root ||
    (stat.mode & STICKY) !== 0 ||
    (uid !== undefined && stat.uid !== uid)
  );
}

/**
 * The database holds sessions, password hashes and the audit log, so only the server's user may read it:
 * its folder becomes 0700 and the file 0600 before SQLite opens it (SQLite gives the -wal and -shm it
 * creates the database file's mode), and what a database made by an earlier version left at 0644 or in a
 * 0755 folder is tightened at open.
 */
export function prepareDatabaseFiles(file: string): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const dirStat = fs.statSync(dir);
  if (!isSharedFolder(dir, dirStat)) restrictToOwner(dir, dirStat);
  try {
    fs.closeSync(fs.openSync(file, "wx", 0o600));
  } catch (e) {
    if (!hasCode(e, "EEXIST")) throw e;
  }
  makeDatabaseFilesPrivate(file);
}

/** The database and whichever of its companions exist now, readable by the owner only. */
export function makeDatabaseFilesPrivate(file: string): void {
  restrictToOwner(file, fs.statSync(file));
  for (const suffix of COMPANIONS) restrictIfPresent(file + suffix);
}
