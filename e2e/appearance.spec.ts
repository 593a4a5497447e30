import type { Locator, Page } from "@playwright/test";
import { STORAGE } from "./auth-users";
import { expect, NO_LOGIN, test } from "./fixtures";
import { waitForHydration } from "./helpers/forms";
import { DESK, pageBackgroundLuminance, PHONE } from "./helpers/layout";

/** The header on a phone (one Menu button) and on a desk, and the colour scheme: system, light or dark. */

const ADMIN_PAGES = ["Schedule", "Bulk", "Meetings", "Support", "Accounts", "Callbacks", "Users"];
const menuButton = (page: Page) => page.getByRole("button", { name: "Menu" });
const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });

async function expectTouchSize(target: Locator, what: string) {
  const box = await target.boundingBox();
  expect(box, `${what} is on screen`).not.toBeNull();
  expect(box!.height, `${what} is at least 44 px tall`).toBeGreaterThanOrEqual(44);
  expect(box!.width, `${what} is at least 44 px wide`).toBeGreaterThanOrEqual(44);
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("the header folds into a Menu button that reaches every page and control, and Escape closes it", async ({
    page,
  }) => {
    await page.goto("/meetings");
    await waitForHydration(page);
    await expect(nav(page)).toBeHidden();
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
    await expectTouchSize(menuButton(page), "the Menu button");
    await expectTouchSize(page.getByRole("link", { name: "Roomdesk" }), "the Roomdesk link");

    await menuButton(page).click();
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true");
    const panel = page.locator(`[id="${await menuButton(page).getAttribute("aria-controls")}"]`);
    await expect(panel).toBeVisible();
    for (const name of ADMIN_PAGES)
      await expectTouchSize(nav(page).getByRole("link", { name }), `the ${name} link`);
    await expectTouchSize(page.getByTestId("locale-switch"), "the language switch");
    await expectTouchSize(page.getByTestId("theme-switch"), "the appearance switch");
    await expectTouchSize(page.getByRole("button", { name: "Sign out" }), "Sign out");

    // Escape from inside the menu closes it and puts focus back on the button.
    await nav(page).getByRole("link", { name: "Users" }).focus();
    await page.keyboard.press("Escape");
    await expect(nav(page)).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");

    // Every page is one tap away, and the menu is closed over the page it opened.
    for (const name of ADMIN_PAGES) {
      await menuButton(page).click();
      await nav(page).getByRole("link", { name }).click();
      await expect(page).toHaveURL(new RegExp(`/${name.toLowerCase()}$`));
      await expect(nav(page)).toBeHidden();
      await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
    }
  });

  test("support's menu holds the pages support may open, and sign-out", async ({ browser }) => {
    const context = await browser.newContext({ storageState: STORAGE.support, viewport: PHONE });
    const page = await context.newPage();
    await page.goto("/meetings");
    await waitForHydration(page);
    await menuButton(page).click();
    await expect(nav(page).getByRole("link")).toHaveText(["Meetings", "Support"]);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await context.close();
  });
});

test("on a desk the header shows the pages and the controls without a menu", async ({ page }) => {
  await page.setViewportSize(DESK);
  await page.goto("/meetings");
  await expect(menuButton(page)).toBeHidden();
  for (const name of ADMIN_PAGES) await expect(nav(page).getByRole("link", { name })).toBeVisible();
  await expect(page.getByTestId("theme-switch")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test.describe("colour scheme", () => {
  test("dark chosen on a light system: at once, after a reload, and in the page the server sends", async ({
    browser,
  }) => {
    const context = await browser.newContext({ storageState: STORAGE.admin, colorScheme: "light" });
    const page = await context.newPage();
    await page.goto("/meetings");
    await waitForHydration(page);
    expect(await pageBackgroundLuminance(page)).toBeGreaterThan(0.8);
    await expect(page.getByTestId("theme-switch")).toHaveValue("system");

    await page.getByTestId("theme-switch").selectOption({ label: "Dark" });
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(await pageBackgroundLuminance(page)).toBeLessThan(0.05);

    await page.reload();
    await expect(page.getByTestId("theme-switch")).toHaveValue("dark");
    expect(await pageBackgroundLuminance(page)).toBeLessThan(0.05);
    // The first byte already says so: the server read the saved choice.
    const html = await (await context.request.get("/support")).text();
    expect(html).toMatch(/<html[^>]* data-theme="dark"/);
    expect(html).toContain('<meta name="color-scheme" content="dark"/>');

    await page.getByTestId("theme-switch").selectOption({ label: "As the system" });
    expect(await pageBackgroundLuminance(page)).toBeGreaterThan(0.8);
    await page.reload();
    await expect(page.getByTestId("theme-switch")).toHaveValue("system");
    await context.close();
  });

  test("light chosen on a dark system stays light", async ({ browser }) => {
    const context = await browser.newContext({ storageState: STORAGE.admin, colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto("/meetings");
    await waitForHydration(page);
    expect(await pageBackgroundLuminance(page)).toBeLessThan(0.05);
    await page.getByTestId("theme-switch").selectOption({ label: "Light" });
    await page.reload();
    expect(await pageBackgroundLuminance(page)).toBeGreaterThan(0.8);
    await context.close();
  });

  // No script runs at all here: what is dark is dark from the server's answer and the stylesheet, so
  // neither the sign-in page nor the page after it can flash white while React starts.
  for (const [who, storageState] of [
    ["the sign-in page", NO_LOGIN],
    ["the first page after sign-in", STORAGE.admin],
  ] as const) {
    test(`on a dark system ${who} is dark from its first paint, before any script`, async ({ browser }) => {
      const context = await browser.newContext({
        storageState,
        colorScheme: "dark",
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      await page.goto(storageState === NO_LOGIN ? "/login" : "/schedule");
      await expect(page.locator("html")).toHaveAttribute("data-theme", "system");
      expect(await pageBackgroundLuminance(page)).toBeLessThan(0.05);
      await context.close();
    });
  }
});
