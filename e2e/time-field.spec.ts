import { expect, test, type Page } from "@playwright/test";
import { sandbox } from "./helpers/sandbox";
import { confirmationHeading, openScheduleForm, pickTimeZone, roomIdBox } from "./helpers/schedule-page";

// An American browser: a native time input would show "09:30 AM" here, beside a preview reading "09:30".
test.use({ locale: "en-US", timezoneId: "America/New_York" });

test.beforeEach(async () => {
  await sandbox.reset();
});

const startTime = (page: Page) => page.getByLabel("Start time", { exact: true });

test("in an en-US browser the start time is typed and shown on a 24-hour clock, as the preview writes it", async ({
  page,
}) => {
  // 09:30 in Tokyo on 1 July 2027 is 00:30 UTC, 20:30 the evening before in New York.
  const start = Date.UTC(2027, 6, 1, 0, 30) / 1000;
  const roomId = `clock-${Date.now().toString(36)}`;
  await openScheduleForm(page);
  await roomIdBox(page).fill(roomId);
  await page.getByLabel("Date", { exact: true }).fill("2027-07-01");
  await pickTimeZone(page, "Asia/Tokyo", "UTC+09:00", "Tokyo");
  await expect(startTime(page)).toHaveAttribute("placeholder", "HH:MM");
  await expect(startTime(page)).toHaveValue(/^\d\d:\d\d$/);

  // Something that is no time is refused by name, with the format to use.
  await startTime(page).fill("25:00");
  await startTime(page).blur();
  await expect(startTime(page)).toHaveAccessibleDescription(
    /Start time must be HH:MM on a 24-hour clock \(for example 09:30 or 14:00\)/,
  );

  await startTime(page).fill("9:30");
  await startTime(page).blur();
  await expect(startTime(page)).toHaveValue("09:30");
  await expect(startTime(page)).not.toHaveAccessibleDescription(/must be HH:MM/);
  await expect(page.getByText("Thu, 1 Jul 2027, 09:30 (UTC+09:00)").first()).toBeVisible();
  await expect(page.getByText("Wed, 30 Jun 2027, 20:30", { exact: false }).first()).toBeVisible();
  await expect(page.getByText(/\d (AM|PM)\b/)).toHaveCount(0);

  // Typed as people type it and sent with Enter, with no blur in between: still 09:30.
  await startTime(page).fill("930");
  await startTime(page).press("Enter");
  await expect(confirmationHeading(page)).toBeVisible();
  const [call] = await sandbox.calls("create_room");
  expect(call?.body).toMatchObject({ RoomInfo: { RoomId: roomId, ScheduleStartTime: start } });
});
