import { expect, test, type Locator, type Page } from "@playwright/test";
import { sandbox } from "./helpers/sandbox";
import { confirmationHeading, inviteeBox, openScheduleForm, scheduleButton } from "./helpers/schedule-page";

// A desk: the viewer is in Berlin and schedules for a team in Tokyo.
test.use({ timezoneId: "Europe/Berlin", viewport: { width: 1440, height: 900 } });

test.beforeEach(async () => {
  await sandbox.reset();
});

/** What the admin does, counted: a click, a fill (typing into one field), a selection or a key press is one. */
class Actions {
  count = 0;
  async click(target: Locator) {
    this.count++;
    await target.click();
  }
  async fill(target: Locator, text: string) {
    this.count++;
    await target.fill(text);
  }
}

const dateBox = (page: Page) => page.getByLabel("Date", { exact: true });

test("a named meeting in another zone at a chosen time takes at most 6 actions from the home page", async ({
  page,
}) => {
  const name = `Tokyo board review ${Date.now().toString(36)}`;
  const actions = new Actions();
  await page.goto("/");
  await actions.click(page.getByRole("link", { name: "Schedule meeting" }));
  await expect(page).toHaveURL(/\/schedule$/);
  // Waiting is not an action: the date is filled in once the form has hydrated.
  await expect(dateBox(page)).not.toHaveValue("");

  await actions.fill(page.getByRole("textbox", { name: "Meeting name (optional)" }), name);
  await actions.fill(dateBox(page), "2027-11-09");
  await actions.fill(page.getByLabel("Start time", { exact: true }), "14:30");
  // A zone typed in full is taken as it is, without picking it from the list.
  await actions.fill(page.getByRole("combobox", { name: "Time zone" }), "Asia/Tokyo");
  await actions.click(scheduleButton(page));

  await expect(confirmationHeading(page)).toBeVisible();
  expect(actions.count).toBeLessThanOrEqual(6);
  await expect(page.getByText("Tue, 9 Nov 2027, 14:30 (UTC+09:00)", { exact: false })).toBeVisible();

  // Tencent's own record: 14:30 in Tokyo is 05:30 UTC.
  const [room] = await sandbox.rooms();
  expect(room).toMatchObject({
    RoomName: name,
    ScheduleStartTime: Date.UTC(2027, 10, 9, 5, 30) / 1000,
    ScheduleEndTime: Date.UTC(2027, 10, 9, 6, 0) / 1000,
  });
});

test("name, when and invitees fit one 1440×900 screen; the other sections wait collapsed, Schedule stays in reach", async ({
  page,
}) => {
  await openScheduleForm(page);
  const bottomOf = async (target: Locator) => {
    const box = await target.boundingBox();
    expect(box).not.toBeNull();
    return box!.y + box!.height;
  };
  for (const target of [
    page.getByRole("textbox", { name: "Meeting name (optional)" }),
    dateBox(page),
    page.getByLabel("Start time", { exact: true }),
    page.getByRole("combobox", { name: "Duration", exact: true }),
    page.getByRole("combobox", { name: "Time zone" }),
    page.getByRole("heading", { name: "Preview" }),
    inviteeBox(page),
  ])
    expect(await bottomOf(target)).toBeLessThanOrEqual(900);

  for (const summary of ["Room settings", "Seats", "Advanced"]) {
    await expect(page.locator("details").filter({ hasText: summary }).first()).not.toHaveAttribute("open");
  }
  await expect(page.getByRole("switch", { name: "Disable video for all" })).toBeHidden();
  await expect(page.locator("summary").filter({ hasText: "Room settings" })).toContainText("Defaults");
  await expect(page.locator("summary").filter({ hasText: "Seats" })).toContainText("Seats off");
  // Unix seconds are the wire's business: the preview speaks in wall-clock times only.
  await expect(page.getByText("Unix seconds")).toHaveCount(0);

  // Scrolled to the end of the page, the bar with Schedule is still on screen.
  await page.mouse.wheel(0, 2000);
  await expect(scheduleButton(page)).toBeInViewport();
});
