// Fault soak: ≥1,000 scheduling intents through the real scheduling path (schema, intents, retries,
// verification, audit, index) against the sandbox with injected faults. Run: npm run soak [-- --intents N]
// Timeouts and backoff are shortened and the breaker threshold raised, so the run measures duplicate
// protection rather than the breaker (which has its own tests).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { startSandbox, type FaultSpec } from "@/lib/sandbox";
import { scheduleInput } from "@/tests/schedule-input";
import { getApp } from "@/lib/server/app";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const INTENTS = arg("intents", 1000);
const CONCURRENCY = arg("concurrency", 20);
const secretKey = randomBytes(32).toString("hex");
const sdkAppId = 1400999001;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roomdesk-soak-"));

const sandbox = await startSandbox({
  apps: [{ sdkAppId, secretKey, adminIdentifiers: ["administrator"] }],
  port: 0,
});
Object.assign(process.env, {
  TRTC_SDK_APP_ID: String(sdkAppId),
  TRTC_SECRET_KEY: secretKey,
  TRTC_API_BASE_URL: sandbox.url,
  TRTC_TIMEOUT_MS: "250",
  TRTC_RETRY_BASE_MS: "5",
  TRTC_RETRY_CAP_MS: "50",
  TRTC_RETRY_BUDGET: "100000",
  TRTC_BREAKER_THRESHOLD: "1000000",
  DATABASE_URL: `file:${path.join(dir, "soak.db")}`,
});
// Attempts as the app makes them: every request it sends to the TRTC endpoints (the sandbox may never see
// one whose connection died on the way).
let attemptsSent = 0;
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  if (String(input instanceof Request ? input.url : input).startsWith(`${sandbox.url}/v4/`)) attemptsSent++;
  return realFetch(input, init);
};
const { scheduleMeeting } = await import("@/lib/server/meetings/schedule-meeting");

/** 20 % 502, 10 % hang, 10 % 100001, 10 % create-then-drop, 50 % clean, drawn per create call. */
function drawFault(): FaultSpec | null {
  const r = Math.random();
  if (r < 0.2) return { command: "create_room", kind: "http502" };
  if (r < 0.3) return { command: "create_room", kind: "hang" };
  if (r < 0.4) return { command: "create_room", kind: "error100001" };
  if (r < 0.5) return { command: "create_room", kind: "createThenDrop" };
  return null;
}

const date = new Date(Date.now() + 3 * 86400_000).toISOString().slice(0, 10);
const actor = { id: "soak", role: "admin" as const };
const intents = Array.from({ length: INTENTS }, (_, i) =>
  scheduleInput({
    intentId: `soak-${i}-${randomBytes(4).toString("hex")}`,
    roomName: `Soak ${i}`,
    roomId: `soak-${i}-${randomBytes(3).toString("hex")}`,
    schedule: { date, time: "10:00", timeZone: "Asia/Kolkata", durationMinutes: 30 },
  }),
);

// Faults are queued just ahead of the create calls they will hit: one draw per create call seen, so the
// mix matches the target rates whatever the retry traffic does.
let drawn = 0;
const feeder = setInterval(() => {
  const seen = sandbox.calls().filter((c) => c.command.endsWith("create_room")).length;
  while (drawn < seen + CONCURRENCY) {
    drawn++;
    const fault = drawFault();
    if (fault) sandbox.injectFault(fault);
  }
}, 10);

const started = Date.now();
let next = 0;
const outcomes = new Map<string, boolean>();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < intents.length) {
      const intent = intents[next++]!;
      // One in ten is a double click: the same intent sent twice at once.
      const sends =
        Math.random() < 0.1
          ? [scheduleMeeting(actor, intent), scheduleMeeting(actor, intent)]
          : [scheduleMeeting(actor, intent)];
      const results = await Promise.all(sends);
      outcomes.set(intent.roomId, results[0]!.ok);
    }
  }),
);
clearInterval(feeder);

const db = (await getApp()).db;
const calls = sandbox.calls();
const rooms = new Map(sandbox.rooms().map((r) => [r.RoomId, r]));
const intentRows = await db.kysely.selectFrom("schedule_intents").select(["room_id", "status"]).execute();
const indexed = new Set(
  (await db.kysely.selectFrom("meetings").select("room_id").execute()).map((r) => r.room_id),
);
const auditRows = await db.kysely
  .selectFrom("audit_log")
  .select((eb) => eb.fn.countAll<number>().as("n"))
  .where("command", "is not", null)
  .where("outcome", "!=", "refused")
  .executeTakeFirstOrThrow();

const okCreates = new Map<string, number>();
for (const c of calls) {
  const id = (c.body as { RoomInfo?: { RoomId?: string } })?.RoomInfo?.RoomId;
  if (c.command.endsWith("create_room") && id && (c.errorCode === 0 || c.fault === "createThenDrop")) {
    okCreates.set(id, (okCreates.get(id) ?? 0) + 1);
  }
}
const duplicates = [...okCreates.values()].filter((n) => n > 1).length;
const created = intentRows.filter((r) => r.status === "created").length;
const failed = intentRows.filter((r) => r.status === "failed" || r.status === "conflict").length;
// Lost: an intent never finished, a room told "failed" that exists anyway, or a created room missing from the index.
const lost =
  intentRows.filter((r) => r.status === "pending").length +
  intentRows.filter((r) => r.status !== "created" && rooms.has(r.room_id)).length +
  intentRows.filter((r) => r.status === "created" && (!indexed.has(r.room_id) || !rooms.has(r.room_id)))
    .length +
  (INTENTS - intentRows.length);
const received = calls.filter(
  (c) => c.command.endsWith("create_room") || c.command.endsWith("get_room_info"),
).length;
const attempts = attemptsSent;
const byFault = calls.reduce<Record<string, number>>(
  (acc, c) => ((acc[c.fault ?? "none"] = (acc[c.fault ?? "none"] ?? 0) + 1), acc),
  {},
);

console.log(
  `soak: ${INTENTS} intents, concurrency ${CONCURRENCY}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`soak: upstream calls by fault: ${JSON.stringify(byFault)}`);
console.log(`soak: outcomes reported to the user ok=${[...outcomes.values()].filter(Boolean).length}`);
console.log(`soak: attempts sent=${attempts}, received by the sandbox=${received}`);
await db.close();
await sandbox.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(
  `soak intents=${INTENTS} created=${created} failed=${failed} duplicates=${duplicates} lost=${lost} attempts=${attempts} audit_rows=${Number(auditRows.n)}`,
);
process.exit(duplicates === 0 && lost === 0 && attempts === Number(auditRows.n) ? 0 : 1);
