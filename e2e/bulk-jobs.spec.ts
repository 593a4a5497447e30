import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { appUrl } from "./env";
import { sandbox } from "./helpers/sandbox";
import { jobDetail, sheetRow, startJob } from "./helpers/bulk";

const run = Date.now().toString(36);
const roomOf = (body: unknown) => (body as { RoomInfo: { RoomId: string } }).RoomInfo.RoomId;

test.beforeEach(async () => {
  await sandbox.reset();
});

test("200 rows with 5 bad ones are refused by row and field; the other 195 reach 195/195 and the results hold each RequestId", async ({
  page,
}) => {
  const prefix = `bulk-${run}`;
  const bad = new Map<number, Record<string, unknown>>([
    [17, { roomId: `${prefix}-17 x` }],
    [42, { schedule: { date: "2020-01-01", time: "09:00", timeZone: "Asia/Tokyo", durationMinutes: 45 } }],
    [88, { schedule: { date: "2031-04-01", time: "25:00", timeZone: "Asia/Tokyo", durationMinutes: 45 } }],
    [120, { roomName: "x".repeat(200) }],
    [199, { invitees: ["ok", "ok"] }],
  ]);
  const rows = Array.from({ length: 200 }, (_, i) => sheetRow(i + 1, `${prefix}-${i + 1}`, bad.get(i + 1)));

  const refused = await startJob(page.request, appUrl, rows);
  expect(refused.status).toBe(400);
  const errors = refused.body.errors as { row: number; field: string; message: string }[];
  expect(errors.map((e) => `${e.row} ${e.field}`)).toEqual([
    "17 roomId",
    "42 schedule.time",
    "88 schedule.time",
    "120 roomName",
    "199 invitees.1",
  ]);
  expect(errors[0]!.message).toBe("Room ID may use only letters, digits, _ and -");

  const good = rows.filter((r) => !bad.has(r.row));
  const started = await startJob(page.request, appUrl, good);
  expect(started.status).toBe(201);
  const jobId = started.body.jobId!;

  await page.goto(`/bulk/jobs/${jobId}`);
  const bar = page.getByRole("progressbar", { name: "Rows done" });
  await expect(bar).toHaveAttribute("aria-valuemax", "195");
  await expect(bar).toHaveAttribute("aria-valuenow", "195", { timeout: 60_000 });
  await expect(page.getByText("195 of 195 rows done").first()).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Finished" })).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "admin@e2e.example started the job" }),
  ).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the results (CSV)" }).click();
  const file = await (await download).path();
  const text = (await import("node:fs")).readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.meta.fields).toEqual(["row", "room_id", "room_name", "status", "request_id", "error"]);
  expect(parsed.data).toHaveLength(195);

  // Each room was created once, and its row holds the RequestId Tencent (the sandbox) answered with.
  const creates = (await sandbox.calls("create_room")).filter((c) => roomOf(c.body).startsWith(`${prefix}-`));
  expect(creates).toHaveLength(195);
  const requestIdOf = new Map(creates.map((c) => [roomOf(c.body), c.requestId]));
  expect(requestIdOf.size).toBe(195);
  for (const line of parsed.data) {
    expect(line.status).toBe("scheduled");
    expect(line.request_id).toBe(requestIdOf.get(line.room_id!));
  }
  expect(parsed.data.map((l) => Number(l.row))).toEqual(good.map((r) => r.row));
});

test("pause, resume and cancel are on the job's page and in its trail", async ({ page }) => {
  const prefix = `bulkctl-${run}`;
  // Slow creates: the instances' workers finish a few dozen rows a second at most, so hundreds are
  // still waiting when the buttons are pressed, however slowly the browser gets to them.
  await sandbox.injectFault({ command: "create_room", kind: "latency", ms: 1500, times: 300 });
  const rows = Array.from({ length: 300 }, (_, i) => sheetRow(i + 1, `${prefix}-${i + 1}`));
  const { body } = await startJob(page.request, appUrl, rows);
  await page.goto(`/bulk/jobs/${body.jobId}`);
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Paused" })).toBeVisible();
  await page.getByRole("button", { name: "Resume" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Running" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel the job…" }).click();
  await page.getByRole("button", { name: /^Cancel \d+ waiting rows?$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cancelled" })).toBeVisible();
  for (const verb of ["started", "paused", "resumed", "cancelled"])
    await expect(
      page.getByRole("listitem").filter({ hasText: `admin@e2e.example ${verb} the job` }),
    ).toBeVisible();
  await expect(page.locator('dd[data-state="cancelled"]')).not.toHaveText("0");
  // The rows already sent finish; then the slow creates left over are cleared for the specs that follow.
  await expect
    .poll(async () => (await jobDetail(page.request, appUrl, body.jobId!)).job.counts.running)
    .toBe(0);
  await sandbox.reset();
});
