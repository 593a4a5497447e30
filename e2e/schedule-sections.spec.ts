import { expect, test } from "@playwright/test";
import { sandbox } from "./helpers/sandbox";
import { openScheduleForm, openSection, scheduleButton, sectionSummary } from "./helpers/schedule-page";

test.use({ timezoneId: "Europe/Berlin" });

test.beforeEach(async () => {
  await sandbox.reset();
});

test("an error inside a collapsed section opens it and puts the cursor in the field; nothing is sent", async ({
  page,
}) => {
  await openScheduleForm(page);
  await openSection(page, "Advanced");
  const customInfo = page.getByRole("textbox", { name: "Custom info (optional)" });
  await customInfo.fill("é".repeat(250) + "x");
  await customInfo.blur();
  await expect(customInfo).toHaveAttribute("aria-invalid", "true");
  // Closed again by hand: the summary says it needs attention instead of its settings.
  await sectionSummary(page, "Advanced").click();
  await expect(customInfo).toBeHidden();
  await expect(sectionSummary(page, "Advanced")).toContainText("Needs attention");

  await scheduleButton(page).click();
  await expect(customInfo).toBeVisible();
  await expect(customInfo).toBeFocused();
  const summary = page.getByRole("alert").filter({ hasText: "before scheduling" });
  await expect(summary).toContainText("Custom info is 501 bytes; the limit is 500.");

  // The error summary's link does the same from the top of the form.
  await sectionSummary(page, "Advanced").click();
  await expect(customInfo).toBeHidden();
  await summary.getByRole("link", { name: /Custom info is 501 bytes/ }).click();
  await expect(customInfo).toBeVisible();
  await expect(customInfo).toBeFocused();
  expect(await sandbox.calls()).toEqual([]);
});

test("each collapsed section's line says what differs from the defaults", async ({ page }) => {
  await openScheduleForm(page);
  await openSection(page, "Room settings");
  await page.getByRole("switch", { name: "Disable audio for all" }).check();
  await page.getByRole("switch", { name: "Disable cloud recording for all" }).check();
  await expect(sectionSummary(page, "Room settings")).toContainText("Mic off for all · No cloud recording");

  await openSection(page, "Seats");
  await page.getByRole("switch", { name: "Enable seats" }).check();
  await page.getByRole("spinbutton", { name: "Max seats" }).fill("12");
  await page.getByRole("radio", { name: "Free to take" }).check();
  await expect(sectionSummary(page, "Seats")).toContainText("12 seats · Free to take");

  await openSection(page, "Advanced");
  await page.getByRole("textbox", { name: "Owner UserID (optional)" }).fill("alice");
  await expect(sectionSummary(page, "Advanced")).toContainText("Owner alice");
});
