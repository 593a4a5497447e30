import { expect, test } from "@playwright/test";
import { epochToWallTime } from "../lib/time/wall-time";
import { sandbox } from "./helpers/sandbox";
import {
  fillSeries,
  preview,
  roomsWith,
  rowsOf,
  scheduleSeries,
  untilAllScheduled,
} from "./helpers/series-page";

const run = Date.now().toString(36);

test.beforeEach(async () => {
  await sandbox.reset();
});

test("weekly on Tuesdays at 09:00 Berlin across the October change: 10 rooms at 09:00, cancel one, rename from the 6th on", async ({
  page,
}) => {
  const base = `su-${run}`;
  await fillSeries(page, {
    name: "Stand-up",
    base,
    date: "2027-09-28",
    time: "09:00",
    zone: { name: "Europe/Berlin", offsetOnDate: "UTC+02:00", search: "berlin" },
  });
  await page.getByRole("checkbox", { name: "Tuesday" }).check();
  await expect(preview(page).getByRole("listitem")).toHaveCount(10);
  await expect(
    preview(page).getByText("The clocks change here: UTC+02:00 before, UTC+01:00 after."),
  ).toBeVisible();
  expect(await sandbox.calls("create_room")).toEqual([]);
  await scheduleSeries(page, "Schedule 10 meetings").click();
  await untilAllScheduled(page, 10);

  const rooms = await roomsWith(base);
  expect(rooms).toHaveLength(10);
  for (const room of rooms) {
    expect(room.ScheduleStartTime % 60, room.RoomId).toBe(0);
    expect(epochToWallTime(room.ScheduleStartTime, "Europe/Berlin").time, room.RoomId).toBe("09:00");
  }
  expect(rooms.map((r) => r.RoomId.slice(base.length + 1))).toEqual([
    "20270928",
    "20271005",
    "20271012",
    "20271019",
    "20271026",
    "20271102",
    "20271109",
    "20271116",
    "20271123",
    "20271130",
  ]);

  await page.getByRole("button", { name: "Change meeting 4" }).click();
  await page.getByRole("button", { name: "Cancel meetings" }).click();
  await page.getByRole("button", { name: "Yes, cancel 1 meeting" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 meeting cancelled." })).toBeVisible();
  await expect(rowsOf(page).filter({ hasText: `${base}-20271019` })).toContainText("Cancelled");
  expect((await roomsWith(base)).map((r) => r.RoomId)).not.toContain(`${base}-20271019`);
  const ics = await page.request.get(page.url().replace("/meetings/series/", "/api/series/") + "/ics");
  expect(ics.status()).toBe(200);
  const text = (await ics.text()).replace(/\r\n[ \t]/g, "");
  expect(text).toContain("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=10");
  expect(text).toMatch(/EXDATE;TZID=Europe\/Berlin:20271019T090000/);

  await page.getByRole("button", { name: "Change meeting 6" }).click();
  const edit = page.getByRole("region", { name: "Name and settings" });
  await edit.getByRole("textbox", { name: "Meeting name", exact: true }).fill("Retro");
  await edit
    .getByRole("combobox", { name: "Apply to" })
    .selectOption({ label: "This and following meetings" });
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved for 5 meetings." })).toBeVisible();
  const renamed = await roomsWith(base);
  expect(renamed.map((r) => r.RoomName)).toEqual([...Array(4).fill("Stand-up"), ...Array(5).fill("Retro")]);
  expect(renamed.slice(4).map((r) => r.RoomId.slice(-8))).toEqual([
    "20271102",
    "20271109",
    "20271116",
    "20271123",
    "20271130",
  ]);
});

test("monthly on the last Friday in Sydney keeps 18:30 local across the April change", async ({ page }) => {
  const base = `lf-${run}`;
  await fillSeries(page, {
    name: "Month end",
    base,
    date: "2027-03-01",
    time: "18:30",
    zone: { name: "Australia/Sydney", offsetOnDate: "UTC+11:00", search: "sydney" },
  });
  await page.getByRole("combobox", { name: "Repeats" }).selectOption({ label: "Monthly" });
  await page.getByRole("combobox", { name: "Monthly on" }).selectOption({ label: "A weekday of the month" });
  await page.getByRole("combobox", { name: "Which" }).selectOption({ label: "Last" });
  await page.getByRole("combobox", { name: "Weekday" }).selectOption({ label: "Friday" });
  await page.getByRole("spinbutton", { name: "Number of meetings" }).fill("4");
  await expect(
    preview(page).getByText("The clocks change here: UTC+11:00 before, UTC+10:00 after."),
  ).toBeVisible();
  await scheduleSeries(page, "Schedule 4 meetings").click();
  await untilAllScheduled(page, 4);
  const rooms = await roomsWith(base);
  expect(rooms.map((r) => epochToWallTime(r.ScheduleStartTime, "Australia/Sydney"))).toEqual([
    { date: "2027-03-26", time: "18:30" },
    { date: "2027-04-30", time: "18:30" },
    { date: "2027-05-28", time: "18:30" },
    { date: "2027-06-25", time: "18:30" },
  ]);
});

test("a 51-meeting series is refused before anything is sent", async ({ page }) => {
  await fillSeries(page, {
    name: "Too many",
    base: `tm-${run}`,
    date: "2027-01-04",
    time: "10:00",
    zone: { name: "Europe/Berlin", offsetOnDate: "UTC+01:00", search: "berlin" },
  });
  await page.getByRole("combobox", { name: "Repeats" }).selectOption({ label: "Daily" });
  await page.getByRole("combobox", { name: "Ends" }).selectOption({ label: "On a date" });
  await page.getByLabel("Last day").fill("2027-02-23");
  await expect(
    page.getByText("This series has more than 50 meetings; a series may have at most 50."),
  ).toBeVisible();
  await scheduleSeries(page, "Schedule the series").click();
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: "A series may have at most 50 meetings; this rule gives more" }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/schedule$/);
  expect(await sandbox.calls()).toEqual([]);
});

test("an occurrence on a skipped wall time is flagged and must be decided before anything is sent", async ({
  page,
}) => {
  const base = `sk-${run}`;
  await fillSeries(page, {
    name: "Early",
    base,
    date: "2027-03-21",
    time: "02:30",
    zone: { name: "Europe/Berlin", offsetOnDate: "UTC+01:00", search: "berlin" },
  });
  await page.getByRole("checkbox", { name: "Sunday" }).check();
  await page.getByRole("spinbutton", { name: "Number of meetings" }).fill("3");
  const flag = page.getByRole("combobox", {
    name: "02:30 does not exist that day in Europe/Berlin (the clocks skip it)",
  });
  await expect(flag).toBeVisible();
  await scheduleSeries(page, "Schedule 3 meetings").click();
  await expect(
    page.getByRole("alert").filter({
      hasText: "Choose what happens on 2027-03-28: 02:30 does not exist in Europe/Berlin that day",
    }),
  ).toBeVisible();
  expect(await sandbox.calls()).toEqual([]);

  await flag.selectOption({ label: "Hold it at 03:30, just after the change" });
  await scheduleSeries(page, "Schedule 3 meetings").click();
  await untilAllScheduled(page, 3);
  const rooms = await roomsWith(base);
  expect(rooms.map((r) => epochToWallTime(r.ScheduleStartTime, "Europe/Berlin").time)).toEqual([
    "02:30",
    "03:30",
    "02:30",
  ]);
});
