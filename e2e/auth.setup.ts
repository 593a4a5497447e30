import { expect, test as setup } from "@playwright/test";
import { signInThroughUi, STORAGE, USERS } from "./auth-users";

setup(
  "first run: create the first administrator, then a support user; save one login per role",
  async ({ page, browser }) => {
    await page.goto("/schedule");
    if (page.url().endsWith("/setup")) {
      await expect(page.getByRole("heading", { name: "Create the first administrator" })).toBeVisible();
      await expect(page.getByTestId("sandbox-badge")).toBeVisible();
      await page.getByLabel("Your name").fill(USERS.admin.name);
      await page.getByLabel("Email").fill(USERS.admin.email);
      await page.getByLabel("Password", { exact: true }).fill(USERS.admin.password);
      await page.getByLabel("Repeat the password").fill(USERS.admin.password);
      await page.getByRole("button", { name: "Create administrator" }).click();
    } else {
      // A database kept from an earlier run: the accounts exist already.
      await signInThroughUi(page, USERS.admin.email, USERS.admin.password);
    }
    await expect(page).toHaveURL(/\/schedule$/);
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
    await expect(supportPage).toHaveURL(/\/meetings/);
    await support.storageState({ path: STORAGE.support });
    await support.close();
  },
);
