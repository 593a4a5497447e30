// Realistic audit rows for load tests: a year of scheduling traffic with retries, verifications,
// Tencent ErrorCodes at plausible rates, sign-ins and refusals. Deterministic for a given seed.
import type { AuditLogTable, AuditPayloadTable } from "@/lib/server/db/schema";
export type SeedRow = Omit<AuditLogTable, "id" | "call_random" | "completed_at"> &
  Omit<AuditPayloadTable, "audit_id"> & { id: number };

type Draw = {
  code: number | null;
  outcome: SeedRow["outcome"];
  http: number | null;
  retry: boolean;
  info: string;
};

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ok: Draw = { code: 0, outcome: "ok", http: 200, retry: false, info: "" };
const fail = (code: number, info: string, retry = false): Draw => ({
  code,
  outcome: "failed",
  http: 200,
  retry,
  info,
});
const TIMEOUT: Draw = {
  code: null,
  outcome: "unknown",
  http: null,
  retry: true,
  info: "timed out after 5000 ms",
};
const BAD_GATEWAY: Draw = {
  code: null,
  outcome: "unknown",
  http: 502,
  retry: true,
  info: "HTTP 502 from upstream",
};

/** [cumulative weight, outcome] per command: most calls succeed; failures follow the catalog. */
const CREATE: [number, Draw][] = [
  [0.84, ok],
  [0.88, fail(100003, "room id already exists")],
  [0.9, fail(100002, "invalid parameter: ScheduleEndTime")],
  [0.93, fail(100001, "internal server error", true)],
  [0.95, TIMEOUT],
  [0.96, BAD_GATEWAY],
  [0.97, fail(60007, "request rate limit", true)],
  [0.975, fail(100012, "create room repeatedly")],
  [0.98, fail(60004, "identifier or usersig is invalid")],
  [0.985, fail(70001, "usersig expired")],
  [0.99, fail(100007, "no payment information")],
  [0.995, fail(60020, "package not purchased")],
  [1, fail(100006, "no permission")],
];
const GET: [number, Draw][] = [
  [0.95, ok],
  [0.99, fail(100004, "room does not exist")],
  [1, fail(100001, "internal server error", true)],
];
const UPDATE: [number, Draw][] = [
  [0.92, ok],
  [0.96, fail(100002, "invalid parameter: MaxSeatCount")],
  [0.99, fail(100004, "room does not exist")],
  [1, fail(100006, "no permission")],
];
const DESTROY: [number, Draw][] = [
  [0.95, ok],
  [1, fail(100004, "room does not exist")],
];

const pick = (table: [number, Draw][], r: number) => table.find(([w]) => r < w)![1];

export function* auditRows(
  count: number,
  firstId: number,
  endMs = Date.now(),
  seed = 42,
): Generator<SeedRow> {
  const rng = mulberry32(seed);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rng() * 16).toString(16)).join("");
  const ADMINS = Array.from({ length: 12 }, () => hex(24));
  const SUPPORT = Array.from({ length: 30 }, () => hex(24));
  const supportIds = new Set(SUPPORT);
  const rooms: string[] = [];
  let seq = 0;
  let id = firstId;
  let t = endMs - 365 * 86400_000;
  const step = (365 * 86400_000) / count;
  const room = () => rooms[Math.floor(rng() * rooms.length)] ?? `rm-${hex(8)}`;

  function row(p: Partial<SeedRow> & Pick<SeedRow, "action" | "actor_id" | "outcome">): SeedRow {
    t += rng() * 2 * step;
    return {
      id: id++,
      occurred_at: new Date(t).toISOString(),
      actor_role: supportIds.has(p.actor_id) ? "support" : "admin",
      command: null,
      room_id: null,
      intent_id: null,
      attempt: null,
      request_id: null,
      error_code: null,
      error_info: null,
      http_status: null,
      latency_ms: null,
      request_body: null,
      response_body: null,
      ...p,
    };
  }

  function call(
    action: string,
    command: string,
    roomId: string,
    actor: string,
    d: Draw,
    intent: string | null,
    attempt: number | null,
  ) {
    const requestId = d.http === 200 ? `Id-${hex(32)}-O-Seq-${++seq}` : null;
    const response =
      d.http === 200
        ? JSON.stringify({
            ActionStatus: d.code === 0 ? "OK" : "FAIL",
            ErrorCode: d.code,
            ErrorInfo: d.info,
            RequestId: requestId,
          })
        : d.http === 502
          ? "<html><head><title>502 Bad Gateway</title></head></html>"
          : null;
    return row({
      action,
      command,
      room_id: roomId,
      actor_id: actor,
      intent_id: intent,
      attempt,
      request_id: requestId,
      error_code: d.code,
      error_info: d.info,
      outcome: d.outcome,
      http_status: d.http,
      latency_ms: d === TIMEOUT ? 5000 : Math.round(40 + rng() * rng() * 600),
      request_body: JSON.stringify(
        command === "create_room"
          ? { RoomInfo: { RoomId: roomId, RoomType: "Conference" } }
          : { RoomId: roomId },
      ),
      response_body: response,
    });
  }

  function* createIntent(): Generator<SeedRow> {
    const roomId = `rm-${hex(10)}`;
    const actor = ADMINS[Math.floor(rng() * ADMINS.length)]!;
    const intent = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
    for (let attempt = 1; attempt <= 3; attempt++) {
      const d = pick(CREATE, rng());
      yield call("room.create", "create_room", roomId, actor, d, intent, attempt);
      if (d.outcome === "ok") rooms.push(roomId);
      if (d.outcome === "unknown") {
        const exists = rng() < 0.5;
        yield call(
          "room.verify",
          "get_room_info",
          roomId,
          actor,
          exists ? ok : fail(100004, "room does not exist"),
          intent,
          attempt,
        );
        if (exists) return void rooms.push(roomId);
      }
      if (!d.retry) return;
    }
  }

  while (id < firstId + count) {
    const r = rng();
    const admin = ADMINS[Math.floor(rng() * ADMINS.length)]!;
    const anyone = rng() < 0.5 ? admin : SUPPORT[Math.floor(rng() * SUPPORT.length)]!;
    let batch: Iterable<SeedRow>;
    if (r < 0.25 || rooms.length < 10) batch = createIntent();
    else if (r < 0.6) batch = [call("room.get", "get_room_info", room(), anyone, pick(GET, rng()), null, 1)];
    else if (r < 0.7)
      batch = [call("room.update", "update_room_info", room(), admin, pick(UPDATE, rng()), `${hex(8)}-u`, 1)];
    else if (r < 0.75)
      batch = [call("room.destroy", "destroy_room", room(), admin, pick(DESTROY, rng()), `${hex(8)}-d`, 1)];
    else if (r < 0.87)
      batch = [
        row({ action: "auth.sign_in", actor_id: anyone, outcome: "ok", request_body: '{"ip":"10.0.0.8"}' }),
      ];
    else if (r < 0.91)
      batch = [
        row({
          action: "auth.sign_in_failed",
          actor_id: "anonymous",
          actor_role: "anonymous",
          outcome: "failed",
          http_status: 401,
          error_info: "INVALID_EMAIL_OR_PASSWORD",
        }),
      ];
    else if (r < 0.93)
      batch = [
        row({
          action: "auth.refused",
          actor_id: anyone,
          outcome: "refused",
          http_status: 403,
          error_info: "needs admin",
        }),
      ];
    // The rest is more reads; no support.* rows, so the default view (and export) covers every seeded row.
    else batch = [call("room.get", "get_room_info", room(), anyone, pick(GET, rng()), null, 1)];
    for (const r2 of batch) {
      if (r2.id >= firstId + count) return;
      yield r2;
    }
  }
}
