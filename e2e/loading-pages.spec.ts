import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DESK, expectNoSidewaysScroll, PHONE } from "./helpers/layout";
import { sandbox } from "./helpers/sandbox";
import { expectNoSeriousA11yViolations } from "./helpers/support-page";

// axe is injected as an inline script, which the app's CSP (rightly) refuses.
test.use({ bypassCSP: true });

test.beforeEach(async () => {
  await sandbox.reset();
});

/** The callbacks page asks Tencent before it can draw: Tencent not answering holds it until the client gives up. */
const holdTencent = () => sandbox.injectFault({ command: "get_callback", kind: "hang" });
const loadingScreen = (page: Page) => page.getByRole("status").filter({ hasText: "Loading…" });
const pageArrived = (page: Page) => page.getByRole("heading", { name: "What Tencent holds" });

test("a page waiting on Tencent shows its loading screen at once, on a phone and a desk, in both schemes", async ({
  page,
}) => {
  // Each round waits out the TRTC client's timeout, on purpose.
  test.slow();
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const viewport of [PHONE, DESK]) {
      const where = `loading at ${viewport.width} px, ${colorScheme}`;
      await page.setViewportSize(viewport);
      await holdTencent();
      const response = await page.goto("/callbacks", { waitUntil: "commit" });
      expect(response?.status(), where).toBe(200);
      await expect(loadingScreen(page), where).toBeVisible();
      await expect(page.getByRole("heading", { level: 1, name: "Callbacks" })).toBeVisible();
      await expectNoSidewaysScroll(page, where);
      await expectNoSeriousA11yViolations(page, where);
      await expect(pageArrived(page), where).toBeVisible();
      await expect(loadingScreen(page), where).toBeHidden();
    }
  }
});

test("following a link, the loading screen shows in the page's frame until the page is ready", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  // Once the links' prefetches are in: a click that races Next's prefetch of the same page waits for the
  // page itself rather than showing its loading screen (that race is the router's, not the page's).
  await page.waitForLoadState("networkidle");
  await holdTencent();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Callbacks" }).click();
  await expect(loadingScreen(page)).toBeVisible();
  // The header stays: only the page's part waits.
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(pageArrived(page)).toBeVisible();
  await expect(page).toHaveURL(/\/callbacks$/);
  await expect(loadingScreen(page)).toBeHidden();
});
