import { expect, test, type Page } from "@playwright/test";
import { sandbox } from "./helpers/sandbox";
import {
  confirmationHeading,
  openScheduleForm,
  pickTimeZone,
  roomIdBox,
  scheduleButton,
} from "./helpers/schedule-page";

// Chromium lists this zone as "Asia/Calcutta"; the picker must still offer and keep "Asia/Kolkata".
test.use({ timezoneId: "Asia/Kolkata" });

test.beforeEach(async () => {
  await sandbox.reset();
});

const run = Date.now().toString(36);
const zoneBox = (page: Page, name = "Time zone") => page.getByRole("combobox", { name });
const firstOption = (page: Page) =>
  page.getByRole("listbox", { name: "Time zones" }).getByRole("option").first();

test("searching by city, old name, abbreviation and offset finds the zone people mean", async ({ page }) => {
  await openScheduleForm(page);
  // A summer date: offsets are the meeting day's, so Kyiv is on summer time.
  await page.getByLabel("Date", { exact: true }).fill("2027-07-01");
  await expect(zoneBox(page)).toHaveValue("Asia/Kolkata");

  const searches: [query: string, option: string, foundBy?: string][] = [
    ["Kolkata", "Asia/Kolkata — UTC+05:30"],
    ["Kathmandu", "Asia/Kathmandu — UTC+05:45"],
    ["JST", "Asia/Tokyo — UTC+09:00", "JST"],
    ["GMT+9", "Asia/Tokyo — UTC+09:00"],
    ["Osaka", "Asia/Tokyo — UTC+09:00", "Osaka"],
    ["Kyiv", "Europe/Kyiv — UTC+03:00"],
  ];
  for (const [query, option, foundBy] of searches) {
    await zoneBox(page).fill(query);
    await expect(firstOption(page)).toHaveAccessibleName(option);
    if (foundBy) await expect(firstOption(page)).toHaveAccessibleDescription(foundBy);
  }

  // Enter takes the top match; the value is the current name even when typed by the old one.
  await zoneBox(page).fill("Europe/Kiev");
  await expect(firstOption(page)).toHaveAccessibleDescription("formerly Europe/Kiev");
  await page.keyboard.press("Enter");
  await expect(zoneBox(page)).toHaveValue("Europe/Kyiv");
  await expect(page.getByText("UTC+03:00 on 2027-07-01.", { exact: false })).toBeVisible();

  // Opened empty, the list starts with the viewer's zone, then the one just picked, then common zones.
  await zoneBox(page).fill("");
  const options = page.getByRole("listbox", { name: "Time zones" }).getByRole("option");
  await expect(options.nth(0)).toHaveAccessibleName("Asia/Kolkata — UTC+05:30");
  await expect(options.nth(1)).toHaveAccessibleName("Europe/Kyiv — UTC+03:00");
  await expect(options.nth(2)).toHaveAccessibleName("UTC — UTC+00:00");
});

test("Import offers the same picker", async ({ page }) => {
  await page.goto("/meetings");
  await page.getByText("Import a room by Room ID").click();
  const box = zoneBox(page, "Planned in time zone");
  await expect(box).toHaveValue("Asia/Kolkata");
  await box.fill("Katmandu");
  await expect(firstOption(page)).toHaveAccessibleName(/^Asia\/Kathmandu — UTC\+05:45$/);
  await page.keyboard.press("Enter");
  await expect(box).toHaveValue("Asia/Kathmandu");
});

test("on the night London's clocks go back, the admin picks the second 01:30 and Tencent gets that instant", async ({
  page,
}) => {
  // 31 Oct 2027: 02:00 BST becomes 01:00 GMT, so 01:30 is 00:30 UTC and then 01:30 UTC.
  const second = Date.UTC(2027, 9, 31, 1, 30) / 1000;
  const roomId = `dst-${run}`;
  await openScheduleForm(page);
  await roomIdBox(page).fill(roomId);
  await page.getByLabel("Date", { exact: true }).fill("2027-10-31");
  await page.getByLabel("Start time", { exact: true }).fill("01:30");
  await pickTimeZone(page, "Europe/London", "UTC+00:00", "london");

  const choice = page.getByRole("radiogroup", {
    name: /01:30 happens twice in Europe\/London on 2027-10-31/,
  });
  await expect(choice).toContainText("clocks go back from 02:00 to 01:00");
  const firstRadio = choice.getByRole("radio", { name: "01:30 UTC+01:00 (first)" });
  const secondRadio = choice.getByRole("radio", { name: "01:30 UTC+00:00 (second)" });
  await expect(firstRadio).not.toBeChecked();
  await expect(secondRadio).not.toBeChecked();

  // No guess: without a choice the form says what to choose and sends nothing.
  await scheduleButton(page).click();
  await expect(choice).toContainText("Choose the first (UTC+01:00) or the second (UTC+00:00).");
  expect(await sandbox.calls("create_room")).toEqual([]);

  await secondRadio.check();
  await expect(page.getByText("Sun, 31 Oct 2027, 01:30 (UTC+00:00)").first()).toBeVisible();
  await scheduleButton(page).click();
  await expect(confirmationHeading(page)).toBeVisible();

  const [call] = await sandbox.calls("create_room");
  expect(call?.body).toMatchObject({
    RoomInfo: { RoomId: roomId, ScheduleStartTime: second, ScheduleEndTime: second + 30 * 60 },
  });
  const room = (await sandbox.rooms()).find((r) => r.RoomId === roomId);
  expect(room?.ScheduleStartTime).toBe(second);
});

test("a skipped wall time stays refused, with what the clocks do", async ({ page }) => {
  await openScheduleForm(page);
  await roomIdBox(page).fill(`gap-${run}`);
  await page.getByLabel("Date", { exact: true }).fill("2027-03-28");
  await page.getByLabel("Start time", { exact: true }).fill("01:30");
  await pickTimeZone(page, "Europe/London", "UTC+01:00", "london");
  await scheduleButton(page).click();
  await expect(
    page
      .getByText("01:30 does not exist in Europe/London on 2027-03-28: clocks jump from 01:00 to 02:00.")
      .first(),
  ).toBeVisible();
  await expect(page.getByRole("radiogroup", { name: /happens twice/ })).toHaveCount(0);
  expect(await sandbox.calls("create_room")).toEqual([]);
});
