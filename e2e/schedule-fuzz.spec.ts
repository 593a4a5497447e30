import fs from "node:fs";
import fc from "fast-check";
import { malformedSchedulePayload } from "../tests/schedule-payloads";
import { expect, test } from "@playwright/test";
import { actionRequest, findAction, parseActionResult } from "../scripts/lib/actions";
import { STORAGE } from "./auth-users";
import { appUrl } from "./env";
import { sandbox } from "./helpers/sandbox";

/**
 * ≥10,000 random and malformed payloads posted by hand to the schedule action. Arguments are encoded
 * the way React's client encodes them (a string starting with "$" is escaped as "$$", undefined and
 * non-finite numbers get their "$" tags), so every payload reaches Roomdesk's own code; an unescaped "$"
 * string is a protocol reference that Next rejects before any action runs.
 */
function reactEncode(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (value === undefined) return "$undefined";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "$NaN";
    if (value === Infinity) return "$Infinity";
    if (value === -Infinity) return "$-Infinity";
    if (Object.is(value, -0)) return "$-0";
    return value;
  }
  if (typeof value === "bigint") return `$n${value}`;
  if (Array.isArray(value)) return value.map(reactEncode);
  if (value && typeof value === "object") {
    if (value instanceof Date) return `$D${value.toISOString()}`;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = reactEncode(v);
    return out;
  }
  return value;
}

const RUNS = 10_000;
const CONCURRENCY = 12;
/**
 * What one payload may take on a machine busy with other work (a quiet one needs under 10 ms): the
 * budget grows with RUNS instead of being a fixed number a slower day runs out of.
 */
const PER_PAYLOAD_BUDGET_MS = 60;

test("random and malformed payloads: no 5xx, nothing sent to Tencent, every refusal with a field error", async () => {
  test.setTimeout(RUNS * PER_PAYLOAD_BUDGET_MS);
  await sandbox.reset();
  const cookie = (
    JSON.parse(fs.readFileSync(STORAGE.admin, "utf8")) as { cookies: { name: string; value: string }[] }
  ).cookies
    .map((c) => `${c.name}=${c.value}`)
    .join("; ");
  const action = findAction("scheduleMeetingAction");
  const anything = fc.anything({
    withBigInt: true,
    withDate: true,
    withNullPrototype: true,
    withSparseArray: false,
  });
  const payloads = fc.sample(fc.oneof(anything, malformedSchedulePayload), { numRuns: RUNS, seed: 20261125 });
  const statuses = new Map<number, number>();
  let withFieldErrors = 0;
  const unexpected: { payload: unknown; status: number; body: string }[] = [];
  let next = 0;

  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < payloads.length) {
        const payload = payloads[next++];
        const req = actionRequest(appUrl, action, [reactEncode(payload)], cookie);
        const res = await fetch(req.url, req.init);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const body = await res.text();
        const result = parseActionResult(body) as { ok?: boolean; fieldErrors?: object } | undefined;
        const refusedWithField = result?.ok === false && Object.keys(result.fieldErrors ?? {}).length > 0;
        if (refusedWithField) withFieldErrors++;
        if (res.status >= 500 || !refusedWithField) {
          unexpected.push({ payload, status: res.status, body: body.slice(0, 300) });
        }
      }
    }),
  );

  expect(unexpected.slice(0, 5)).toEqual([]);
  expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
  expect(withFieldErrors).toBe(RUNS);
  expect(await sandbox.calls()).toEqual([]);
});
