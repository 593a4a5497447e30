import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Opens the form and waits for hydration: the date is filled only in the browser, after mount, so an
 * empty date means React has not taken over the inputs yet.
 */
export async function openScheduleForm(page: Page): Promise<void> {
  await page.goto("/schedule");
  await expect(page.getByLabel("Date", { exact: true })).not.toHaveValue("");
}

export const scheduleButton = (page: Page) => page.getByRole("button", { name: "Schedule", exact: true });
export const confirmationHeading = (page: Page) => page.getByRole("heading", { name: "Meeting scheduled" });
export const roomIdBox = (page: Page) => page.getByRole("textbox", { name: "Room ID" });
export const inviteeBox = (page: Page) => page.getByRole("textbox", { name: "Add invitees" });

/** The collapsed section whose summary starts with `title` ("Room settings", "Seats", "Advanced"). */
export const sectionSummary = (page: Page, title: string) =>
  page.locator("summary").filter({ hasText: new RegExp(`^\\W*${title}`) });

/** Opens a collapsed section of the form (a no-op when it is open already). */
export async function openSection(page: Page, title: string): Promise<void> {
  const summary = sectionSummary(page, title);
  const details = page.locator("details").filter({ has: summary });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
  await expect(details).toHaveAttribute("open", "");
}

/** Searches the zone picker and clicks the option, whose label must show `offset` (the offset on the chosen date). */
export async function pickTimeZone(page: Page, zone: string, offset: string, search = zone): Promise<void> {
  const box = page.getByRole("combobox", { name: "Time zone" });
  await box.fill(search);
  await page.getByRole("option", { name: `${zone} — ${offset}`, exact: true }).click();
  await expect(box).toHaveValue(zone);
}

/** Fires a real paste event carrying `text`, as a clipboard paste from a spreadsheet would. */
export async function pasteInto(target: Locator, text: string): Promise<void> {
  await target.focus();
  await target.evaluate((el, data) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData("text/plain", data);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}

export async function chooseDuration(page: Page, option: string, customMinutes?: number): Promise<void> {
  await page.getByRole("combobox", { name: "Duration", exact: true }).selectOption({ label: option });
  if (customMinutes !== undefined) {
    const minutes = page.getByRole("spinbutton", { name: "Custom duration in minutes" });
    await minutes.fill(String(customMinutes));
    await minutes.blur();
  }
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}
