import { expect, test, type Page } from "@playwright/test";
import { STORAGE } from "./auth-users";
import { waitForHydration } from "./helpers/forms";
import { sandbox } from "./helpers/sandbox";
import { confirmationHeading, openScheduleForm, roomIdBox, scheduleButton } from "./helpers/schedule-page";

const HOUR = 3600;
const run = Date.now().toString(36);

/**
 * A fixed-offset zone where it is now late morning, so "later today" and "in three days" are on the days
 * they say whatever time the suite runs. Etc/GMT-N is UTC+N (POSIX spells the sign backwards).
 */
const utcHour = new Date().getUTCHours();
const offset = 11 - utcHour; // from -12 to +11
const zone = offset === 0 ? "Etc/GMT" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
const localDate = (daysAhead: number) =>
  new Date(Date.now() + offset * HOUR * 1000 + daysAhead * 24 * HOUR * 1000).toISOString().slice(0, 10);

test.use({ timezoneId: zone });

async function schedule(page: Page, m: { name: string; roomId: string; date: string; time: string }) {
  await openScheduleForm(page);
  await page.getByRole("textbox", { name: "Meeting name (optional)" }).fill(m.name);
  await roomIdBox(page).fill(m.roomId);
  await page.getByLabel("Date", { exact: true }).fill(m.date);
  await page.getByLabel("Start time", { exact: true }).fill(m.time);
  await scheduleButton(page).click();
}

test("home shows what is live, today's meetings, the next 7 days and the failed call with its RequestId", async ({
  page,
}) => {
  await sandbox.reset();
  const now = Math.floor(Date.now() / 1000);
  const live = { roomId: `home-live-${run}`, name: `Live sync ${run}` };
  await sandbox.createRoom({
    RoomId: live.roomId,
    RoomName: live.name,
    ScheduleStartTime: now - 600,
    ScheduleEndTime: now + 2 * HOUR,
  });
  await page.goto("/meetings");
  await waitForHydration(page);
  await page.getByText("Import a room by Room ID").click();
  await page.getByRole("textbox", { name: "Room ID" }).fill(live.roomId);
  await page.getByRole("button", { name: "Import room" }).click();
  await expect(page.getByRole("heading", { level: 1, name: live.name })).toBeVisible();

  const today = { name: `Afternoon ${run}`, roomId: `home-today-${run}`, date: localDate(0), time: "15:00" };
  const later = { name: `Planning ${run}`, roomId: `home-later-${run}`, date: localDate(3), time: "09:00" };
  for (const m of [today, later]) {
    await schedule(page, m);
    await expect(confirmationHeading(page)).toBeVisible();
  }
  // A Room ID someone else holds: Tencent refuses with 100003 and a RequestId.
  const taken = `home-taken-${run}`;
  await sandbox.createRoom({ RoomId: taken, RoomName: "Elsewhere", Owner_Account: "someone-else" });
  await schedule(page, { name: `Refused ${run}`, roomId: taken, date: localDate(1), time: "10:00" });
  await expect(page.getByRole("alert").filter({ hasText: "The meeting was not scheduled" })).toBeVisible();
  const refused = (await sandbox.calls("create_room")).find((c) => c.errorCode === 100003);
  expect(refused?.requestId).toBeTruthy();

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  await expect(page.getByText(`times in ${zone}`, { exact: false })).toBeVisible();
  const section = (name: string) => page.getByRole("region", { name, exact: true });
  await expect(section("Live now").getByRole("link", { name: live.name })).toBeVisible();
  await expect(section("Live now").getByRole("link", { name: today.name })).toHaveCount(0);
  await expect(section("Today").getByRole("link", { name: today.name })).toBeVisible();
  await expect(section("Today").getByRole("link", { name: live.name })).toBeVisible();
  await expect(section("Today")).toContainText("15:00–15:30");
  await expect(section("Today").getByRole("link", { name: later.name })).toHaveCount(0);
  await expect(section("Next 7 days").getByRole("link", { name: later.name })).toBeVisible();
  await expect(section("Next 7 days").getByRole("link", { name: today.name })).toHaveCount(0);

  const failures = section("Recent failures");
  await expect(failures).toContainText("Error 100003");
  await expect(failures.getByRole("link", { name: `Room ${taken}` })).toBeVisible();
  await failures.getByRole("link", { name: `Call detail for RequestId ${refused!.requestId}` }).click();
  await expect(page).toHaveURL(/\/support\/\d+$/);
  await expect(page.getByRole("main")).toContainText(refused!.requestId!);

  // A row's link opens the meeting.
  await page.goto("/");
  await section("Today").getByRole("link", { name: today.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: today.name })).toBeVisible();
});

test("support staff land on the same home page, without the Schedule button", async ({ browser }) => {
  const context = await browser.newContext({ storageState: STORAGE.support, timezoneId: zone });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Recent failures" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Schedule meeting" })).toHaveCount(0);
  await context.close();
});
