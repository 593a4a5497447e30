import {
  test as base,
  expect,
  type APIRequestContext,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { builtActions, e2eDb, postAction } from "./auth-build";
import { signInThroughUi, USERS, waitForHome } from "./auth-users";
import { uniqueEmail } from "./factories";

/** Explicitly empty: contexts would otherwise inherit the project's admin storageState. */
export const NO_LOGIN = { cookies: [], origins: [] };

export interface SignedIn {
  context: BrowserContext;
  page: Page;
  request: APIRequestContext;
}

export interface MadeUser {
  id: string;
  email: string;
  password: string;
  role: "admin" | "support";
}

interface Fixtures {
  /**
   * The e2e administrator, signed in just now in a browser of its own: account changes need a sign-in
   * younger than SESSION_FRESH_MINUTES, which the saved session stops being as the run goes on.
   */
  freshAdmin: SignedIn;
  /** Signs in through the login page in a new browser context; every context is closed after the test. */
  signInAs: (email: string, password: string) => Promise<SignedIn>;
  /** Adds a user through the Users page (as freshAdmin); disabled again when the test ends. */
  makeUser: (role: "admin" | "support") => Promise<MadeUser>;
}

// Playwright names the fixture callback `use`; `provide` keeps it apart from React's use() for the linter.
export const test = base.extend<Fixtures>({
  signInAs: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (email, password) => {
      const context = await browser.newContext({ storageState: NO_LOGIN });
      contexts.push(context);
      const page = await context.newPage();
      await signInThroughUi(page, email, password);
      await waitForHome(page);
      return { context, page, request: context.request };
    });
    for (const context of contexts) await context.close();
  },

  freshAdmin: async ({ signInAs }, provide) => {
    await provide(await signInAs(USERS.admin.email, USERS.admin.password));
  },

  makeUser: async ({ freshAdmin }, provide) => {
    const made: MadeUser[] = [];
    await provide(async (role) => {
      const user = { email: uniqueEmail(role), password: "factory user passphrase 1", role };
      const { page } = freshAdmin;
      await page.goto("/users");
      const form = page.getByRole("form", { name: "Add a user" });
      await form.getByLabel("Name").fill(`Test ${role}`);
      await form.getByLabel("Email").fill(user.email);
      await form.getByLabel("Initial password").fill(user.password);
      await form.getByLabel("Role").selectOption(role);
      await form.getByRole("button", { name: "Add user" }).click();
      await expect(page.getByTestId(`user-${user.email}`)).toBeVisible();
      const db = e2eDb();
      const row = db.get<{ id: string }>("select id from user where email = ?", user.email);
      db.close();
      const madeUser = { ...user, id: row!.id };
      made.push(madeUser);
      return madeUser;
    });
    // Nothing is ever deleted (the audit trail refers to users); a disabled account can do nothing.
    const disable = builtActions().find((a) => a.name === "setUserDisabledAction")!;
    for (const user of made) {
      const res = await postAction(freshAdmin.request, disable, [{ userId: user.id, disabled: true }]);
      expect(res.status(), `disable ${user.email} after the test`).toBe(200);
      const db = e2eDb();
      const banned = db.get<{ banned: number }>("select banned from user where id = ?", user.id);
      db.close();
      expect(Boolean(banned?.banned), `${user.email} disabled after the test`).toBe(true);
    }
  },
});

export { expect };
