import "server-only";
import type { CallbackCountsView } from "@/lib/room-events/types";
import type { Db } from "../db";

/** Per command: events stored, duplicates dropped, last arrival; per reason: requests refused. */
export type CallbackCounts = CallbackCountsView;

export async function callbackCounts(db: Db): Promise<CallbackCounts> {
  const rows = await db.kysely.selectFrom("callback_counters").selectAll().execute();
  const commands = new Map<string, CallbackCounts["commands"][number]>();
  const refused: CallbackCounts["refused"] = [];
  for (const r of rows) {
    if (r.counter === "refused") {
      refused.push({ reason: r.key, count: Number(r.count), lastAt: r.last_at });
      continue;
    }
    const c = commands.get(r.key) ?? { command: r.key, stored: 0, duplicates: 0, lastArrivedAt: null };
    if (r.counter === "stored") c.stored = Number(r.count);
    else c.duplicates = Number(r.count);
    // A duplicate arrived too: the last arrival is the later of the two.
    if (!c.lastArrivedAt || r.last_at > c.lastArrivedAt) c.lastArrivedAt = r.last_at;
    commands.set(r.key, c);
  }
  refused.sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return { commands: [...commands.values()], refused };
}
