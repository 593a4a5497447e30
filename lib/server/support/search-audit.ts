import "server-only";
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from "kysely";
import type { Db } from "../db";
import { keepPrepared } from "../db/prepared";
import type { Database } from "../db/schema";
import type { AuditCursor } from "./cursor";
import { requestIdEquals, requestIdStartsWith } from "./request-id-key";
import { CALL_COLUMNS, type CallRow } from "./rows";
import type { AuditSearch } from "./search-params";

type Qb = SelectQueryBuilder<Database, "audit_log", CallRow>;
type Eb = ExpressionBuilder<Database, "audit_log">;

/** (occurred_at, id) < cursor, written so the occurred_at bound alone can seek the index. */
const before = (eb: Eb, c: AuditCursor) =>
  eb.and([eb("occurred_at", "<=", c.at), eb.or([eb("occurred_at", "<", c.at), eb("id", "<", c.id)])]);

function filtered(db: Db, s: AuditSearch, cursor: AuditCursor | null): Qb {
  let qb: Qb = db.kysely.selectFrom("audit_log").select(CALL_COLUMNS);
  const m = s.match;
  if (m.kind === "requestId") qb = qb.where(requestIdEquals(db.dialect, m.value));
  if (m.kind === "requestIdPrefix") qb = qb.where(requestIdStartsWith(db.dialect, m.value));
  if (m.kind === "errorCode") qb = qb.where("error_code", "=", m.value);
  if (m.kind === "room") qb = qb.where("room_id", "=", m.value);
  if (m.kind === "actor") qb = qb.where("actor_id", "=", m.value);
  if (s.action && "exact" in s.action) qb = qb.where("action", "=", s.action.exact);
  // A family is a large share of all rows: walking the time index and filtering beats sorting a range,
  // and SQLite's LIKE (case-insensitive) steers its planner that way.
  if (s.action && "family" in s.action)
    qb = qb.where(sql<boolean>`action like ${s.action.family.replace(/_/g, "\\_") + "%"} escape '\\'`);
  // The console's own lookups are audited too; they stay out of sight unless asked for. So do sign-ins
  // and refusals, which outnumber the calls to Tencent support is looking for, unless the filter or the
  // action asks for them, or a RequestId pasted names the row. Both are conditions of the one query, so
  // keyset pages stay exact.
  const asked = s.action ? ("family" in s.action ? s.action.family : s.action.exact) : "";
  if (!asked.startsWith("support.")) qb = qb.where("action", "not like", "support.%");
  const byRequestId = m.kind === "requestId" || m.kind === "requestIdPrefix";
  if (!s.includeAuth && !byRequestId && !asked.startsWith("auth."))
    qb = qb.where("action", "not like", "auth.%");
  if (s.outcome) qb = qb.where("outcome", "=", s.outcome);
  if (s.errorCode !== null) qb = qb.where("error_code", "=", s.errorCode);
  if (s.actorId) qb = qb.where("actor_id", "=", s.actorId);
  if (s.fromIso) qb = qb.where("occurred_at", ">=", s.fromIso);
  if (s.toIso) qb = qb.where("occurred_at", "<", s.toIso);
  if (cursor) qb = qb.where((eb) => before(eb, cursor));
  return qb;
}

// Kept prepared: a support lookup runs the same few shapes of this statement again and again.
const newestFirstQuery = (qb: Qb, limit: number) =>
  qb.orderBy("occurred_at", "desc").orderBy("id", "desc").limit(limit).modifyEnd(keepPrepared);
const newestFirst = (qb: Qb, limit: number) => newestFirstQuery(qb, limit).execute();

/** The one SELECT a single-kind search runs (a bare word runs two), for checking its plan. */
export const searchQuery = (db: Db, s: AuditSearch, cursor: AuditCursor | null, limit: number) =>
  newestFirstQuery(filtered(db, s, cursor), limit);

const newer = (a: CallRow, b: CallRow) =>
  a.occurred_at === b.occurred_at ? Number(b.id) - Number(a.id) : a.occurred_at < b.occurred_at ? 1 : -1;

/**
 * Up to `limit` rows after `cursor`, newest first. A bare word may be a RoomId or a user id: each is
 * its own index range, so the two are read separately and merged rather than joined with OR.
 */
export async function searchAudit(
  db: Db,
  s: AuditSearch,
  cursor: AuditCursor | null,
  limit: number,
): Promise<CallRow[]> {
  if (s.match.kind !== "roomOrActor") return newestFirst(filtered(db, s, cursor), limit);
  const value = s.match.value;
  const [rooms, actors] = await Promise.all([
    newestFirst(filtered(db, { ...s, match: { kind: "room", value } }, cursor), limit),
    newestFirst(filtered(db, { ...s, match: { kind: "actor", value } }, cursor), limit),
  ]);
  const seen = new Set<number>();
  return [...rooms, ...actors]
    .filter((r) => !seen.has(Number(r.id)) && seen.add(Number(r.id)))
    .sort(newer)
    .slice(0, limit);
}

export const cursorOf = (r: CallRow): AuditCursor => ({ at: r.occurred_at, id: Number(r.id) });
