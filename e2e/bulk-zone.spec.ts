import { expect, test } from "@playwright/test";
import { sandbox } from "./helpers/sandbox";

// The viewer's zone is the default; the one picked must win over it.
test.use({ timezoneId: "Asia/Tokyo" });

const run = Date.now().toString(36);

test("the zone for rows without one is the schedule form's picker: Kolkata found by city, and the row scheduled there", async ({
  page,
}) => {
  const roomId = `kol-${run}`;
  // 09:30 in Kolkata (UTC+05:30) on 1 July 2027 is 04:00 UTC.
  const start = Date.UTC(2027, 6, 1, 4, 0) / 1000;
  await page.goto("/bulk");
  const zone = page.getByRole("combobox", { name: "Time zone for rows without one" });
  // The browser's zone shows once the page has hydrated.
  await expect(zone).toHaveValue("Asia/Tokyo");
  await zone.fill("Kolkata");
  await page.getByRole("option", { name: "Asia/Kolkata — UTC+05:30", exact: true }).click();
  await expect(zone).toHaveValue("Asia/Kolkata");

  const sheet = `Meeting name,Room ID,Date,Start time,Duration\nKolkata sync,${roomId},2027-07-01,09:30,45\n`;
  await page.getByLabel("CSV file").setInputFiles({
    name: "kolkata.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(sheet),
  });
  await page.getByRole("button", { name: "Check the sheet", exact: true }).click();
  await expect(page.getByText("1 row: 1 ready, 0 with warnings, 0 with errors")).toBeVisible();
  await expect(page.getByRole("region", { name: "Meetings to schedule" })).toContainText(
    "Thu, 1 Jul 2027, 09:30 (UTC+05:30)",
  );

  await page.getByRole("button", { name: "Start 1 meeting" }).click();
  await page.waitForURL(/\/bulk\/jobs\/[^/]+$/);
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "1 of 1 rows done");
  const call = (await sandbox.calls("create_room")).find(
    (c) => (c.body as { RoomInfo?: { RoomId?: string } }).RoomInfo?.RoomId === roomId,
  );
  expect(call?.body).toMatchObject({ RoomInfo: { RoomId: roomId, ScheduleStartTime: start } });
});
