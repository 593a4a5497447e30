import { expect, test } from "./fixtures";
import { waitForHydration } from "./helpers/forms";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a toast stays while the pointer rests on it, and goes in its remaining time once the pointer has left", async ({
  page,
}) => {
  // The page's own clock, moved on by hand: minutes pass without anyone waiting for them.
  await page.clock.install();
  await page.goto("/callbacks");
  await waitForHydration(page);
  await page.getByRole("button", { name: "Copy URL" }).click();
  const toast = page.getByTestId("toast").filter({ hasText: "Copied" });
  await expect(toast).toBeVisible();

  await toast.hover();
  await page.clock.runFor(60_000);
  await expect(toast).toBeVisible();

  await page.mouse.move(0, 0);
  await page.clock.runFor(5_000);
  await expect(toast).toBeHidden();
});

test("a toast stays while it has the keyboard's focus, and goes in its remaining time once focus has left", async ({
  page,
}) => {
  await page.clock.install();
  await page.goto("/callbacks");
  await waitForHydration(page);
  const copy = page.getByRole("button", { name: "Copy URL" });
  await copy.click();
  const toast = page.getByTestId("toast").filter({ hasText: "Copied" });
  await expect(toast).toBeVisible();

  await toast.focus();
  await expect(toast).toBeFocused();
  await page.clock.runFor(60_000);
  await expect(toast).toBeVisible();

  await copy.focus();
  await page.clock.runFor(5_000);
  await expect(toast).toBeHidden();
});
