import { expect, test, type Page } from "@playwright/test";
import { sandbox } from "./helpers/sandbox";
import { openScheduleForm, pickTimeZone, roomIdBox } from "./helpers/schedule-page";
import { scheduleSeries } from "./helpers/series-page";

// The e2e database outlives a run; a per-run token keeps this spec's series apart from earlier ones.
const run = Date.now().toString(36);

test.beforeEach(async () => {
  await sandbox.reset();
});

const rowsOf = (page: Page) => page.getByRole("table").getByRole("row");
const roomOf = async (roomId: string) => (await sandbox.rooms()).find((r) => r.RoomId === roomId);

/** Five Tuesdays at 09:00 Berlin time from 28 September 2027, made and shown on the series page. */
async function weeklySeries(page: Page, base: string) {
  await openScheduleForm(page);
  await page.getByRole("textbox", { name: "Meeting name (optional)", exact: true }).fill("Stand-up");
  await roomIdBox(page).fill(base);
  await page.getByLabel("Date", { exact: true }).fill("2027-09-28");
  await page.getByLabel("Start time", { exact: true }).fill("09:00");
  await pickTimeZone(page, "Europe/Berlin", "UTC+02:00", "berlin");
  await page.getByRole("switch", { name: "Repeat this meeting" }).check();
  await page.getByRole("checkbox", { name: "Tuesday" }).check();
  await page.getByRole("spinbutton", { name: "Number of meetings" }).fill("5");
  await scheduleSeries(page, "Schedule 5 meetings").click();
  await expect(page).toHaveURL(/\/meetings\/series\//, { timeout: 30_000 });
  await expect(rowsOf(page).filter({ hasText: "Scheduled" })).toHaveCount(5, { timeout: 60_000 });
}

async function openReschedule(page: Page, index: number) {
  await page.getByRole("button", { name: `Change meeting ${index}` }).click();
  await page.getByRole("button", { name: "Reschedule this one" }).click();
  return page.getByRole("dialog", { name: new RegExp(`^Reschedule meeting ${index} of`) });
}

test("reschedule meeting 3 to Thursday 15:30: a new room at the new time, the old gone, the series and its .ics moved", async ({
  page,
}) => {
  const base = `mv-${run}`;
  await weeklySeries(page, base);

  const dialog = await openReschedule(page, 3);
  // It starts at the occurrence's own time, in the series' zone, which it keeps.
  await expect(dialog.getByLabel("Date", { exact: true })).toHaveValue("2027-10-12");
  await expect(dialog.getByLabel("Start time", { exact: true })).toHaveValue("09:00");
  await expect(dialog.getByText("Time zone: Europe/Berlin, the series' own")).toBeVisible();
  await dialog.getByLabel("Date", { exact: true }).fill("2027-10-14");
  await dialog.getByLabel("Start time", { exact: true }).fill("15:30");
  await dialog.getByRole("button", { name: "Reschedule this meeting" }).click();

  const oldId = `${base}-20271012`;
  const newId = `${base}-20271014`;
  // What lasts, not the toast (it leaves after 5 s; its words are unit-tested in every language).
  await expect(dialog).toBeHidden();
  await expect(rowsOf(page).filter({ hasText: newId })).toContainText("Moved from");
  expect(await roomOf(oldId)).toBeUndefined();
  const others = (await sandbox.rooms()).filter((r) => r.RoomId.startsWith(`${base}-`) && r.RoomId !== newId);
  expect(others.map((r) => r.RoomId.slice(-8)).sort()).toEqual([
    "20270928",
    "20271005",
    "20271019",
    "20271026",
  ]);
  // 15:30 in Berlin (UTC+02:00) on 14 October 2027, as long as the series' other meetings.
  const start = Date.UTC(2027, 9, 14, 13, 30) / 1000;
  const length = others[0]!.ScheduleEndTime - others[0]!.ScheduleStartTime;
  expect(await roomOf(newId)).toMatchObject({
    RoomName: "Stand-up",
    ScheduleStartTime: start,
    ScheduleEndTime: start + length,
  });

  // The chosen meeting's heading follows it to its new day and time, and says where it was.
  const chosen = page.getByRole("region", { name: /^Meeting 3 on/ });
  await expect(chosen.getByRole("heading", { level: 2 })).toHaveText(
    "Meeting 3 on Thu, 14 Oct 2027 at 15:30",
  );
  await expect(chosen).toContainText("Moved from Tue, 12 Oct 2027 09:00");

  const moved = rowsOf(page).filter({ hasText: newId });
  await expect(moved).toContainText("15:30");
  await expect(moved).toContainText("Moved from");
  await expect(moved).toContainText("09:00");
  await expect(moved).toContainText("Scheduled");
  await expect(rowsOf(page).filter({ hasText: "Moved from" })).toHaveCount(1);

  const ics = await page.request.get(page.url().replace("/meetings/series/", "/api/series/") + "/ics");
  expect(ics.status()).toBe(200);
  const text = (await ics.text()).replace(/\r\n[ \t]/g, "");
  expect(text).toContain("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=5");
  expect(text).toContain("RECURRENCE-ID;TZID=Europe/Berlin:20271012T090000");
  expect(text).toContain("DTSTART;TZID=Europe/Berlin:20271014T153000");
  expect(text).not.toContain("EXDATE");
});

test("moved onto the night Berlin's clocks go back, the admin picks the second 02:30 and the new room gets it", async ({
  page,
}) => {
  const base = `mvd-${run}`;
  await weeklySeries(page, base);

  const creates = (await sandbox.calls("create_room")).length;
  const dialog = await openReschedule(page, 5);
  await dialog.getByLabel("Date", { exact: true }).fill("2027-10-31");
  await dialog.getByLabel("Start time", { exact: true }).fill("02:30");
  const choice = dialog.getByRole("radiogroup", {
    name: /02:30 happens twice in Europe\/Berlin on 2027-10-31/,
  });
  // No guess: without a choice the dialog asks for one and sends nothing.
  await dialog.getByRole("button", { name: "Reschedule this meeting" }).click();
  await expect(choice).toContainText("Choose the first (UTC+02:00) or the second (UTC+01:00).");
  expect(await sandbox.calls("create_room")).toHaveLength(creates);

  await choice.getByRole("radio", { name: "02:30 UTC+01:00 (second)" }).check();
  await dialog.getByRole("button", { name: "Reschedule this meeting" }).click();
  const newId = `${base}-20271031`;
  await expect(rowsOf(page).filter({ hasText: newId })).toContainText("Moved from");
  expect((await roomOf(newId))?.ScheduleStartTime).toBe(Date.UTC(2027, 9, 31, 1, 30) / 1000);
  expect(await roomOf(`${base}-20271026`)).toBeUndefined();
  await expect(rowsOf(page).filter({ hasText: newId })).toContainText("Moved from");
});
