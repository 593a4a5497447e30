import { expect, type Page } from "@playwright/test";
import { sandbox } from "./sandbox";
import { openScheduleForm, pickTimeZone, roomIdBox } from "./schedule-page";

export interface SeriesEntry {
  name: string;
  base: string;
  date: string;
  time: string;
  zone: { name: string; offsetOnDate: string; search: string };
}

/** The schedule form filled for a series starting at `date` `time` in the zone, with Repeat on. */
export async function fillSeries(page: Page, s: SeriesEntry) {
  await openScheduleForm(page);
  await page.getByRole("textbox", { name: "Meeting name (optional)", exact: true }).fill(s.name);
  await roomIdBox(page).fill(s.base);
  await page.getByLabel("Date", { exact: true }).fill(s.date);
  await page.getByLabel("Start time", { exact: true }).fill(s.time);
  await pickTimeZone(page, s.zone.name, s.zone.offsetOnDate, s.zone.search);
  await page.getByRole("switch", { name: "Repeat this meeting" }).check();
}

/** With Repeat on, Schedule says how many meetings it makes ("Schedule 10 meetings"). */
export const scheduleSeries = (page: Page, label: string) =>
  page.getByRole("button", { name: label, exact: true });
export const preview = (page: Page) => page.getByRole("list", { name: "Meetings of the series" });
export const rowsOf = (page: Page) => page.getByRole("table").getByRole("row");

/** The sandbox's rooms of a series, by their RoomId base, in start order. */
export const roomsWith = async (prefix: string) =>
  (await sandbox.rooms())
    .filter((r) => r.RoomId.startsWith(`${prefix}-`))
    .sort((a, b) => a.ScheduleStartTime - b.ScheduleStartTime);

/** On the series page once every room is made. */
export async function untilAllScheduled(page: Page, count: number) {
  await expect(page).toHaveURL(/\/meetings\/series\//, { timeout: 30_000 });
  await expect(rowsOf(page).filter({ hasText: "Scheduled" })).toHaveCount(count, { timeout: 60_000 });
}
