import "server-only";
import { csvRow } from "@/lib/support/csv";
import { translator } from "@/lib/i18n/catalogs";
import { trtcCodeWords } from "@/lib/i18n/describe-trtc-code";
import type { ActorView } from "@/lib/audit/actor";
import { actorsById } from "../audit/actor-names";
import type { Db } from "../db";
import type { AuditCursor } from "./cursor";
import type { CallRow } from "./rows";
import { cursorOf, searchAudit } from "./search-audit";
import type { AuditSearch } from "./search-params";

export const EXPORT_CHUNK_ROWS = 2000;

const HEADER = [
  "id",
  "occurred_at_utc",
  "actor_id",
  "actor_email",
  "actor_role",
  "action",
  "command",
  "room_id",
  "intent_id",
  "attempt",
  "request_id",
  "outcome",
  "error_code",
  "error_meaning",
  "error_info",
  "http_status",
  "latency_ms",
];

/**
 * The error_meaning column is in English whoever downloads: the file is quoted to Tencent support and fed to
 * scripts, so one export reads like another; the screen shows the same meaning in the viewer's language.
 */
const english = translator("en");

const line = (r: CallRow, actors: Map<string, ActorView>) =>
  csvRow([
    r.id,
    r.occurred_at,
    r.actor_id,
    actors.get(r.actor_id)?.email ?? "",
    r.actor_role,
    r.action,
    r.command,
    r.room_id,
    r.intent_id,
    r.attempt,
    r.request_id,
    r.outcome,
    r.error_code,
    r.error_code === null || r.error_code === 0 ? "" : trtcCodeWords(english, Number(r.error_code)).meaning,
    r.error_info,
    r.http_status,
    r.latency_ms,
  ]);

/**
 * The filtered set as CSV, read in keyset chunks on demand: `pull` runs only when the client has taken
 * the previous chunk, so memory stays at one chunk however many rows match.
 */
export function exportCsvStream(db: Db, search: AuditSearch): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: AuditCursor | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(csvRow(HEADER)));
          return;
        }
        const rows = await searchAudit(db, search, cursor, EXPORT_CHUNK_ROWS);
        if (rows.length > 0) {
          // One lookup of the chunk's actors, so the file names people without a query per row.
          const actors = await actorsById(
            db,
            rows.map((r) => r.actor_id),
          );
          controller.enqueue(encoder.encode(rows.map((r) => line(r, actors)).join("")));
          cursor = cursorOf(rows.at(-1)!);
        }
        if (rows.length < EXPORT_CHUNK_ROWS) controller.close();
      },
    },
    { highWaterMark: 1 },
  );
}
