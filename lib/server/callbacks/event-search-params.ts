import "server-only";

const WORD = /^[\w.@+-]{1,64}$/;

export interface EventQuery {
  roomId?: string;
  account?: string;
  fromMs?: number;
  toMs?: number;
}

/** `?room=&account=&from=&to=` (from/to ISO instants). At least a room or an account: never every event. */
export function parseEventSearch(
  params: URLSearchParams,
): { ok: true; query: EventQuery } | { ok: false; error: string } {
  const query: EventQuery = {};
  for (const [name, key] of [
    ["room", "roomId"],
    ["account", "account"],
  ] as const) {
    const v = params.get(name)?.trim();
    if (!v) continue;
    if (!WORD.test(v)) return { ok: false, error: `${name}: 1-64 letters, digits or _.@+-` };
    query[key] = v;
  }
  for (const [name, key] of [
    ["from", "fromMs"],
    ["to", "toMs"],
  ] as const) {
    const v = params.get(name);
    if (!v) continue;
    const ms = Date.parse(v);
    if (Number.isNaN(ms)) return { ok: false, error: `${name}: not a date and time` };
    query[key] = ms;
  }
  if (!query.roomId && !query.account) return { ok: false, error: "room or account is required" };
  return { ok: true, query };
}
