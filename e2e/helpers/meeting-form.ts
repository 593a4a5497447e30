import { expect, type Page } from "@playwright/test";
import { chooseDuration, inviteeBox, openSection, pasteInto, pickTimeZone, roomIdBox } from "./schedule-page";

/** A meeting as an admin would enter it, in the words the form uses. */
export interface MeetingEntry {
  name: string;
  roomId: string;
  owner?: string;
  date: string;
  time: string;
  zone: { name: string; offsetOnDate: string; search: string };
  duration: { option: string; customMinutes?: number };
  invitees?: { text: string; how: "paste" | "type" };
  /** Labels of the "Disable … for all" switches to turn on. */
  disable?: string[];
  seats?: { count: number; mode: "Free to take" | "Apply to take" };
  capacity?: number;
  customInfo?: string;
}

const text = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });
const customInfoBox = (page: Page) => page.getByRole("textbox", { name: "Custom info (optional)" });
const capacityBox = (page: Page) => page.getByRole("spinbutton", { name: "Max members (optional)" });

export async function fillMeeting(page: Page, m: MeetingEntry): Promise<void> {
  await text(page, "Meeting name (optional)").fill(m.name);
  await roomIdBox(page).fill(m.roomId);
  await page.getByLabel("Date", { exact: true }).fill(m.date);
  await page.getByLabel("Start time", { exact: true }).fill(m.time);
  await chooseDuration(page, m.duration.option, m.duration.customMinutes);
  await pickTimeZone(page, m.zone.name, m.zone.offsetOnDate, m.zone.search);
  if (m.invitees?.how === "paste") await pasteInto(inviteeBox(page), m.invitees.text);
  if (m.invitees?.how === "type") {
    await inviteeBox(page).fill(m.invitees.text);
    await inviteeBox(page).press("Enter");
  }
  // Room settings, seats and the advanced fields are collapsed until opened.
  if (m.disable?.length) await openSection(page, "Room settings");
  for (const label of m.disable ?? []) await page.getByRole("switch", { name: label }).check();
  if (m.seats) {
    await openSection(page, "Seats");
    await page.getByRole("switch", { name: "Enable seats" }).check();
    await page.getByRole("spinbutton", { name: "Max seats" }).fill(String(m.seats.count));
    await page.getByRole("radio", { name: m.seats.mode }).check();
  }
  if (m.owner || m.capacity !== undefined || m.customInfo !== undefined) await openSection(page, "Advanced");
  if (m.owner) await text(page, "Owner UserID (optional)").fill(m.owner);
  if (m.capacity !== undefined) await capacityBox(page).fill(String(m.capacity));
  if (m.customInfo !== undefined) await customInfoBox(page).fill(m.customInfo);
}

/** Every value of `m` is still on screen (after a refused submit nothing typed may be lost). */
export async function expectMeetingKept(page: Page, m: MeetingEntry, invitees: string[]): Promise<void> {
  for (const section of ["Room settings", "Seats", "Advanced"]) await openSection(page, section);
  await expect(text(page, "Meeting name (optional)")).toHaveValue(m.name);
  await expect(roomIdBox(page)).toHaveValue(m.roomId);
  await expect(text(page, "Owner UserID (optional)")).toHaveValue(m.owner ?? "");
  await expect(page.getByLabel("Date", { exact: true })).toHaveValue(m.date);
  await expect(page.getByLabel("Start time", { exact: true })).toHaveValue(m.time);
  await expect(page.getByRole("combobox", { name: "Time zone" })).toHaveValue(m.zone.name);
  for (const id of invitees) await expect(page.getByRole("button", { name: `Remove ${id}` })).toBeVisible();
  for (const label of m.disable ?? []) await expect(page.getByRole("switch", { name: label })).toBeChecked();
  if (m.seats) {
    await expect(page.getByRole("spinbutton", { name: "Max seats" })).toHaveValue(String(m.seats.count));
    await expect(page.getByRole("radio", { name: m.seats.mode })).toBeChecked();
  }
  if (m.capacity !== undefined) await expect(capacityBox(page)).toHaveValue(String(m.capacity));
  if (m.customInfo !== undefined) await expect(customInfoBox(page)).toHaveValue(m.customInfo);
}
