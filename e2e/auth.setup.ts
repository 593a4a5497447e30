import { expect, test as setup, type Browser, type Page } from "@playwright/test";
import { e2eDb } from "./auth-build";
import { signInThroughUi, STORAGE, USERS, waitForHome } from "./auth-users";
import { expectFieldError, recordActionPosts, waitForHydration } from "./helpers/forms";
import { DESK, expectControlsOnScreen, expectNoSidewaysScroll, PHONE } from "./helpers/layout";
import { expectNoSeriousA11yViolations } from "./helpers/support-page";

/**
 * The first-run page is seen once per install, before any account exists, so its phone and axe check
 * (as phones.spec.ts does for every other page) runs here. axe is injected inline, hence bypassCSP.
 */
async function setupFitsEveryScreen(browser: Browser) {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const viewport of [PHONE, DESK]) {
      const context = await browser.newContext({ viewport, colorScheme, bypassCSP: true });
      const page = await context.newPage();
      const where = `first-run page at ${viewport.width} px, ${colorScheme}`;
      await page.goto("/setup");
      await expect(page.getByRole("button", { name: "Create administrator" })).toBeVisible();
      await expectNoSidewaysScroll(page, where);
      await expectControlsOnScreen(page, where);
      await expectNoSeriousA11yViolations(page, where);
      await context.close();
    }
  }
}

/** The first-run form checks in the browser what its action checks, plus the repeated password. */
async function setupRefusesBadInput(page: Page) {
  await waitForHydration(page);
  const posts = recordActionPosts(page);
  await page.getByLabel("Your name").fill("   ");
  await page.getByLabel("Email").fill("admin@");
  await page.getByLabel("Password", { exact: true }).fill("too short");
  await page.getByLabel("Repeat the password").fill("too shorT");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expectFieldError(page.getByLabel("Your name"), "Enter a name.");
  await expectFieldError(page.getByLabel("Email"), "Enter an email address.");
  await expectFieldError(page.getByLabel("Password", { exact: true }), "Use at least 12 characters.");
  await expectFieldError(page.getByLabel("Repeat the password"), "The passwords do not match.");
  expect(posts).toEqual([]);
  const db = e2eDb();
  expect(db.count("select count(*) as n from user")).toBe(0);
  db.close();
}

setup(
  "first run: create the first administrator, then a support user; save one login per role",
  async ({ page, browser }) => {
    await page.goto("/schedule");
    if (page.url().endsWith("/setup")) {
      await expect(page.getByRole("heading", { name: "Create the first administrator" })).toBeVisible();
      await expect(page.getByTestId("sandbox-badge")).toBeVisible();
      await setupFitsEveryScreen(browser);
      await setupRefusesBadInput(page);
      await page.getByLabel("Your name").fill(USERS.admin.name);
      await page.getByLabel("Email").fill(USERS.admin.email);
      await page.getByLabel("Password", { exact: true }).fill(USERS.admin.password);
      await page.getByLabel("Repeat the password").fill(USERS.admin.password);
      await page.getByRole("button", { name: "Create administrator" }).click();
    } else {
      // A database kept from an earlier run: the accounts exist already.
      await signInThroughUi(page, USERS.admin.email, USERS.admin.password);
    }
    await waitForHome(page);
    await expect(page.getByTestId("signed-in-user")).toContainText(USERS.admin.email);
    await page.context().storageState({ path: STORAGE.admin });

    await page.goto("/users");
    if ((await page.getByTestId(`user-${USERS.support.email}`).count()) === 0) {
      const form = page.getByRole("form", { name: "Add a user" });
      await form.getByLabel("Name").fill(USERS.support.name);
      await form.getByLabel("Email").fill(USERS.support.email);
      await form.getByLabel("Initial password").fill(USERS.support.password);
      await form.getByLabel("Role").selectOption("support");
      await form.getByRole("button", { name: "Add user" }).click();
      await expect(page.getByTestId(`user-${USERS.support.email}`)).toBeVisible();
    }

    const support = await browser.newContext();
    const supportPage = await support.newPage();
    await signInThroughUi(supportPage, USERS.support.email, USERS.support.password);
    await waitForHome(supportPage);
    await support.storageState({ path: STORAGE.support });
    await support.close();
  },
);
