import "server-only";
import type { ActorView } from "@/lib/audit/actor";
import type { Db } from "../db";

// Postgres and SQLite both take this many bound values in one IN list comfortably.
const CHUNK = 500;

/**
 * The name and email of every actor id given, in one query per 500 distinct ids (a page of results or a
 * timeline is one query, never one per row). Ids that are not accounts come back with null name and email.
 */
export async function actorsById(db: Db, ids: Iterable<string>): Promise<Map<string, ActorView>> {
  const wanted = [...new Set(ids)];
  const found = new Map<string, ActorView>();
  for (let i = 0; i < wanted.length; i += CHUNK) {
    const rows = await db.kysely
      .selectFrom("user")
      .select(["id", "name", "email"])
      .where("id", "in", wanted.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) found.set(r.id, { id: r.id, name: r.name, email: r.email });
  }
  return new Map(wanted.map((id) => [id, found.get(id) ?? { id, name: null, email: null }]));
}

/** Each item with its `actor` resolved from its `actorId`. */
export async function withActors<T extends { actorId: string }>(
  db: Db,
  items: T[],
): Promise<(T & { actor: ActorView })[]> {
  const actors = await actorsById(
    db,
    items.map((i) => i.actorId),
  );
  return items.map((i) => ({ ...i, actor: actors.get(i.actorId)! }));
}
