import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { encodeShiftJis } from "../tests/shift-jis";
import { BAD_ROWS, plannedSheet, roomIdOf } from "./helpers/bulk-sheets";
import { sandbox } from "./helpers/sandbox";

// Room IDs of this run's own: Roomdesk's meeting index outlives a run.
const run = Date.now().toString(36);

async function upload(page: Page, name: string, body: string | Uint8Array) {
  await page.goto("/bulk");
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(body) });
  await page.getByRole("button", { name: "Check the sheet", exact: true }).click();
}

const issueRow = (page: Page, row: number) =>
  page.getByRole("row").filter({ has: page.getByRole("cell", { name: String(row), exact: true }) });

test.describe("bulk intake: a sheet checked before anything is sent", () => {
  test("a 200-row CSV with 5 bad rows: each bad row named with its column, nothing sent; the other 195 run to 195/195", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const callsBefore = (await sandbox.calls()).length;
    await upload(page, "training-week.csv", plannedSheet(run, 200));

    await expect(page.getByText("Read as UTF-8")).toBeVisible();
    await expect(page.getByText("200 rows: 195 ready, 0 with warnings, 5 with errors")).toBeVisible();
    for (const bad of BAD_ROWS) {
      const line = issueRow(page, bad.row);
      await expect(line).toHaveCount(1);
      await expect(line).toContainText(bad.column);
      await expect(line).toContainText(bad.message);
    }
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(1 + BAD_ROWS.length);

    const [report] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the error report (CSV)" }).click(),
    ]);
    const csv = fs.readFileSync((await report.path())!, "utf8");
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("row,severity,field,column,header,value,message");
    expect(lines.slice(1).map((l) => Number(l.split(",")[0]))).toEqual(BAD_ROWS.map((b) => b.row));
    expect(lines[4]).toContain("room 133!");

    // The dry run only read: Tencent (the sandbox) saw nothing.
    expect((await sandbox.calls()).length).toBe(callsBefore);

    const start = page.getByRole("button", { name: "Start 195 meetings" });
    await expect(start).toBeVisible();
    await expect(page.getByText("5 rows with errors are left out.")).toBeVisible();
    const [sent] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith("/api/bulk/jobs") && r.method() === "POST"),
      start.click(),
    ]);
    const body = sent.postDataJSON() as {
      source: unknown;
      rows: Array<{ row: number; values: { roomId: string } }>;
    };
    expect(body.source).toEqual({ fileName: "training-week.csv", encoding: "utf-8" });
    expect(body.rows).toHaveLength(195);
    const bad = new Set(BAD_ROWS.map((b) => b.row));
    expect(body.rows.map((r) => r.row)).toEqual(
      Array.from({ length: 200 }, (_, i) => i + 1).filter((r) => !bad.has(r)),
    );
    expect(body.rows[0]!.values.roomId).toBe(roomIdOf(run, 1));

    // The job's own page follows it to the end, and its results file holds each row's RequestId.
    await page.waitForURL(/\/bulk\/jobs\/[^/]+$/);
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "195 of 195 rows done", {
      timeout: 150_000,
    });
    const [results] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /results/i }).click(),
    ]);
    const resultLines = fs
      .readFileSync((await results.path())!, "utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(resultLines).toHaveLength(1 + 195);
    const created = new Map((await sandbox.calls("create_room")).map((c) => [c.requestId, c]));
    for (const line of resultLines.slice(1)) {
      const requestId = line.split(",")[4]!;
      expect(created.has(requestId), line).toBe(true);
    }
  });

  test("a Shift_JIS file from Excel in Japan: Japanese headers and names read correctly", async ({
    page,
  }) => {
    const text =
      "会議名,ルームID,日付,開始時刻,タイムゾーン,所要時間\r\n" +
      `営業会議①,sj-${run}-1,2027/7/1,9:00,Asia/Tokyo,45\r\n` +
      `新人研修（東京）,sj-${run}-2,2027/7/2,13:30,Asia/Tokyo,90\r\n`;
    await upload(page, "会議予定.csv", encodeShiftJis(text));
    await expect(page.getByText("Read as Shift_JIS")).toBeVisible();
    await expect(page.getByText("2 rows: 2 ready, 0 with warnings, 0 with errors")).toBeVisible();
    const preview = page.getByRole("region", { name: "Meetings to schedule" });
    await expect(preview).toContainText("営業会議①");
    await expect(preview).toContainText("新人研修（東京）");
    await expect(page.getByLabel("Column A: “会議名”")).toHaveValue("roomName");
  });

  test("headers it does not know are mapped by hand, then checked again", async ({ page }) => {
    await upload(page, "plan.csv", `Thema,Kennung,Tag,Beginn\nPlanung,de-${run}-1,2027-08-02,10:00\n`);
    await expect(page.getByText("1 row: 0 ready, 0 with warnings, 1 with errors")).toBeVisible();
    await page.getByLabel("Column A: “Thema”").selectOption({ label: "Meeting name" });
    await page.getByLabel("Column B: “Kennung”").selectOption({ label: "Room ID" });
    await page.getByLabel("Column C: “Tag”").selectOption({ label: "Date" });
    await page.getByLabel("Column D: “Beginn”").selectOption({ label: "Start time" });
    await page.getByRole("button", { name: "Check the sheet again" }).click();
    await expect(page.getByText("1 row: 1 ready, 0 with warnings, 0 with errors")).toBeVisible();
    await expect(page.getByLabel("Column A: “Thema”")).toHaveValue("roomName");
    await expect(page.getByRole("button", { name: "Start 1 meeting" })).toBeVisible();
  });

  test("the limits are stated, and a sheet past them is refused with both numbers", async ({ page }) => {
    await page.goto("/bulk");
    await expect(page.getByText("Up to 5,000 rows and 2 MB.")).toBeVisible();
    await upload(page, "too-long.csv", plannedSheet(run, 5001, false));
    await expect(page.getByText("The sheet has 5,001 rows; the limit is 5,000 per job.")).toBeVisible();
    await upload(page, "too-big.csv", `Meeting name\n${"x".repeat(2 * 1024 * 1024)}\n`);
    await expect(page.getByText("the limit is 2,097,152 bytes (2 MB)")).toBeVisible();
  });
});
