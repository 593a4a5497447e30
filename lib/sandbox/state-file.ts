import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { randomBytes } from "node:crypto";
import { isObject } from "./field-checks";
import type { StoredRoom } from "./types";

/** The on-disk shape; versioned so a later sandbox can migrate instead of silently dropping rooms. */
interface StateFileV1 {
  version: 1;
  rooms: StoredRoom[];
}

/** Raw room objects from the file ([] when it does not exist yet); the caller normalizes them. */
export function loadRoomsFile(file: string): unknown[] {
  if (!existsSync(file)) return [];
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    // Refuse to start rather than overwrite someone's rooms with an empty list.
    throw new Error(`sandbox state file ${file} is not valid JSON; fix or delete it`);
  }
  if (!isObject(doc) || doc.version !== 1 || !Array.isArray(doc.rooms)) {
    throw new Error(`sandbox state file ${file} is not a version 1 rooms file`);
  }
  return doc.rooms as unknown[];
}

/** Write to a temp file in the same directory, then rename: a crash never leaves half a file. */
export function saveRoomsFile(file: string, rooms: StoredRoom[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  const doc: StateFileV1 = { version: 1, rooms };
  writeFileSync(tmp, JSON.stringify(doc, null, 2) + "\n", { mode: 0o600 });
  renameSync(tmp, file);
}
