import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "@/lib/sandbox";
import { malformedSchedulePayload } from "@/tests/schedule-payloads";
import { ADMIN, SDK_APP_ID, randomHex } from "@/tests/trtc-test-app";
import { startTestSandbox } from "@/tests/trtc-client";
import { submitSchedule } from "@/tests/schedule-submit";

/** Random and malformed payloads straight into the scheduling path: never a crash, never a call. */
const SECRET = `fuzz-${randomHex(16)}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roomdesk-fuzz-"));
let sandbox: RunningSandbox;
let getApp: typeof import("../app").getApp;

beforeAll(async () => {
  sandbox = await startTestSandbox(SECRET);
  Object.assign(process.env, {
    TRTC_MODE: "sandbox",
    BETTER_AUTH_SECRET: `test-auth-secret-${randomHex(16)}`,
    TRTC_SDK_APP_ID: String(SDK_APP_ID),
    TRTC_SECRET_KEY: SECRET,
    TRTC_ADMIN_USER_ID: ADMIN,
    TRTC_API_BASE_URL: sandbox.url,
    DATABASE_URL: `file:${path.join(dir, "app.db")}`,
  });
  delete (globalThis as Record<string, unknown>).roomdeskApp;
  ({ getApp } = await import("../app"));
});

afterAll(async () => {
  await sandbox.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("scheduling fuzz", () => {
  it("refuses 10,000 random or malformed payloads with field errors and sends nothing", async () => {
    let refusals = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), malformedSchedulePayload), async (payload) => {
        const result = await submitSchedule(await getApp(), { id: "fuzz", role: "admin" }, payload);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error?.code).toBe("invalid-input");
          expect(Object.keys(result.fieldErrors ?? {}).length).toBeGreaterThan(0);
          refusals++;
        }
      }),
      { numRuns: 10_000 },
    );
    expect(refusals).toBe(10_000);
    expect(sandbox.calls()).toHaveLength(0);
  }, 120_000);
});
