import fs from "node:fs";
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { actionRequest, findAction, parseActionResult } from "../scripts/lib/actions";
import { STORAGE } from "./auth-users";
import { appUrl } from "./env";
import { sandbox } from "./helpers/sandbox";

/** ≥10,000 random and malformed payloads posted by hand to the schedule action, as an attacker would. */
const RUNS = 10_000;
const CONCURRENCY = 12;

const nearlyValid = fc.record(
  {
    intentId: fc.oneof(fc.string(), fc.uuid()),
    roomId: fc.oneof(
      fc.string(),
      fc.constant("日".repeat(17)),
      fc.constant("a".repeat(49)),
      fc.constant("../../etc"),
    ),
    roomName: fc.oneof(
      fc.string(),
      fc.constant("<img src=x onerror=alert(1)>"),
      fc.constant("'; DROP TABLE audit_log;--"),
    ),
    owner: fc.oneof(fc.string(), fc.constant("bad owner!")),
    invitees: fc.oneof(fc.array(fc.string(), { maxLength: 4 }), fc.anything()),
    schedule: fc.oneof(
      fc.record({
        date: fc.string(),
        time: fc.string(),
        timeZone: fc.string(),
        durationMinutes: fc.anything(),
      }),
      fc.constant({ date: "2020-01-01", time: "09:00", timeZone: "UTC", durationMinutes: 30 }),
      fc.constant({ date: "2099-03-29", time: "02:30", timeZone: "Europe/Berlin", durationMinutes: 30 }),
    ),
    settings: fc.anything(),
    seats: fc.oneof(
      fc.constant({ enabled: true, maxSeatCount: 21, takeSeatMode: "FreeToTake" }),
      fc.anything(),
    ),
    customInfo: fc.oneof(fc.string(), fc.constant("x".repeat(501))),
    ["__proto__"]: fc.constant({ polluted: true }),
  },
  { requiredKeys: [] },
);

test("random and malformed payloads: no 5xx, nothing sent to Tencent, every refusal with a field error", async () => {
  test.setTimeout(240_000);
  await sandbox.reset();
  const cookie = (
    JSON.parse(fs.readFileSync(STORAGE.admin, "utf8")) as { cookies: { name: string; value: string }[] }
  ).cookies
    .map((c) => `${c.name}=${c.value}`)
    .join("; ");
  const action = findAction("scheduleMeetingAction");
  const payloads = fc.sample(fc.oneof(fc.anything(), nearlyValid), { numRuns: RUNS, seed: 20261125 });
  const statuses = new Map<number, number>();
  let withFieldErrors = 0;
  let next = 0;

  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < payloads.length) {
        const req = actionRequest(appUrl, action, [payloads[next++]], cookie);
        const res = await fetch(req.url, req.init);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const result = parseActionResult(await res.text()) as
          { ok?: boolean; fieldErrors?: object } | undefined;
        if (result?.ok === false && Object.keys(result.fieldErrors ?? {}).length > 0) withFieldErrors++;
      }
    }),
  );

  expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
  expect(withFieldErrors).toBe(RUNS);
  expect(await sandbox.calls()).toEqual([]);
});
