import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type Browser,
} from "@playwright/test";
import {
  ACTION_ROLES,
  builtActions,
  builtRoutes,
  e2eDb,
  postAction,
  refusals,
  ROUTE_ROLES,
  type Need,
} from "./auth-build";
import { signInThroughUi, USERS } from "./auth-users";
import { appUrl, trustedProxyAppUrl } from "./env";
import { sandbox } from "./helpers/sandbox";

type Who = "anonymous" | "support" | "admin";
const WHO: Who[] = ["anonymous", "support", "admin"];
/** Explicitly empty: contexts would otherwise inherit the project's admin storageState. */
const NO_LOGIN = { cookies: [], origins: [] };
const allowed = (who: Who, need: Need) =>
  need === "public" || who === "admin" || (who === "support" && need === "support");

/**
 * Anonymous refusals from one address are counted after the first (README, "Refusals in the audit
 * log"), so each anonymous request comes from an address of its own, through the instance that trusts
 * X-Real-IP: every refusal is then a first one, written in full and naming what was refused.
 */
const anonymousAddress = () =>
  `2001:db8:${Math.random().toString(16).slice(2, 6)}:${Math.random().toString(16).slice(2, 6)}::1`;
const fromOwnAddress = (who: Who): Record<string, string> =>
  who === "anonymous" ? { "X-Real-IP": anonymousAddress() } : {};
const baseFor = (who: Who) => (who === "anonymous" ? trustedProxyAppUrl : appUrl);

/** A fresh session per role (not the saved ones: the matrix calls sign-out). */
async function requestAs(browser: Browser, who: Who): Promise<APIRequestContext> {
  if (who === "anonymous")
    return playwrightRequest.newContext({ baseURL: trustedProxyAppUrl, storageState: NO_LOGIN });
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signInThroughUi(page, USERS[who].email, USERS[who].password);
  await page.waitForURL(/\/(schedule|meetings)/);
  return context.request;
}

test.describe("role matrix: anonymous, support and admin against every page, route handler and action", () => {
  test("the matrix covers everything the build contains", () => {
    expect(
      builtRoutes()
        .map((r) => r.pattern)
        .filter((p) => !(p in ROUTE_ROLES)),
    ).toEqual([]);
    expect(
      builtActions()
        .map((a) => `${a.name} (${a.file})`)
        .filter((a) => !(a.split(" ")[0]! in ACTION_ROLES)),
    ).toEqual([]);
  });

  for (const who of WHO) {
    test(`${who}: pages and route handlers`, async ({ browser }) => {
      const req = await requestAs(browser, who);
      const db = e2eDb();
      for (const route of builtRoutes()) {
        const need = ROUTE_ROLES[route.pattern]!;
        const callsBefore = (await sandbox.calls()).length;
        const refusedBefore = refusals(db);
        const res = await req.get(route.path, {
          maxRedirects: 0,
          failOnStatusCode: false,
          headers: fromOwnAddress(who),
        });
        const where = `${who} GET ${route.path} → ${res.status()}`;
        const location = res.headers()["location"] ?? "";
        if (allowed(who, need)) {
          expect([401, 403], where).not.toContain(res.status());
          // /setup is public but sends everyone to /login once a user exists (it refuses by redirecting).
          if (route.pattern !== "/setup") expect(location, where).not.toMatch(/\/login$/);
          continue;
        }
        if (who === "anonymous") {
          if (route.pattern.startsWith("/api/")) expect(res.status(), where).toBe(401);
          else expect([res.status(), location], where).toEqual([307, "/login"]);
        } else {
          expect(res.status(), where).toBe(403);
        }
        // One row per refused request, though an action POST runs the guard twice (action, page render).
        expect(refusals(db), `${where}: audited once`).toBe(refusedBefore + 1);
        expect((await sandbox.calls()).length, `${where}: no upstream call`).toBe(callsBefore);
      }
      db.close();
    });

    test(`${who}: every server action, POSTed by hand with its Next-Action id`, async ({ browser }) => {
      const req = await requestAs(browser, who);
      const db = e2eDb();
      // Sign-out last: it ends this matrix session.
      const actions = builtActions().sort(
        (a, b) => Number(a.name === "signOutAction") - Number(b.name === "signOutAction"),
      );
      for (const action of actions) {
        const { need, args } = ACTION_ROLES[action.name]!;
        const callsBefore = (await sandbox.calls()).length;
        const refusedBefore = refusals(db);
        const lastRefusalId = db.count("select coalesce(max(id), 0) as n from audit_log");
        const res = await postAction(req, action, args, fromOwnAddress(who), baseFor(who));
        const where = `${who} → ${action.name} (${res.status()})`;
        if (allowed(who, need)) {
          expect([401, 403, 500], where).not.toContain(res.status());
          continue;
        }
        expect(res.status(), where).toBe(who === "anonymous" ? 401 : 403);
        // One row per refused request, though an action POST runs the guard twice (action, page render).
        expect(refusals(db), `${where}: audited once`).toBe(refusedBefore + 1);
        const named = db.count(
          "select count(*) as n from audit_payload join audit_log on audit_log.id = audit_id where action = 'auth.refused' and audit_log.id > ? and request_body like ?",
          lastRefusalId,
          `%${action.id}%`,
        );
        expect(named, `${where}: an audit row names the action`).toBeGreaterThanOrEqual(1);
        expect((await sandbox.calls()).length, `${where}: no upstream call`).toBe(callsBefore);
      }
      // First-run setup refuses once users exist, for everyone.
      expect(db.count("select count(*) as n from user where email = 'intruder@e2e.example'")).toBe(0);
      db.close();
    });
  }
});

test.describe("revocation takes effect on the very next request", () => {
  async function newUser(browser: Browser, role: "admin" | "support") {
    const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@e2e.example`;
    const password = "revocation test passphrase";
    const admin = await browser.newContext({ storageState: "e2e/.auth/admin.json" });
    const page = await admin.newPage();
    await page.goto("/users");
    const form = page.getByRole("form", { name: "Add a user" });
    await form.getByLabel("Name").fill("Revocation test");
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Initial password").fill(password);
    await form.getByLabel("Role").selectOption(role);
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByTestId(`user-${email}`)).toBeVisible();
    const user = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const userPage = await user.newPage();
    await signInThroughUi(userPage, email, password);
    await userPage.waitForURL(/\/(schedule|meetings)/);
    return { email, adminPage: page, userPage, user };
  }

  test("an admin demoted in another browser loses admin rights at once", async ({ browser }) => {
    const { email, adminPage, userPage, user } = await newUser(browser, "admin");
    await userPage.goto("/users");
    await expect(userPage.getByRole("heading", { name: "Users" })).toBeVisible();
    await adminPage.getByTestId(`user-${email}`).getByRole("button", { name: "Make support" }).click();
    await expect(adminPage.getByTestId(`user-${email}`)).toContainText("Support");
    const createUser = builtActions().find((a) => a.name === "createUserAction")!;
    expect((await postAction(user.request, createUser, [{}])).status()).toBe(401);
    await userPage.goto("/users");
    await expect(userPage).toHaveURL(/\/login$/);
  });

  test("a support user disabled in another browser is refused on the next request", async ({ browser }) => {
    const { email, adminPage, userPage, user } = await newUser(browser, "support");
    expect((await user.request.get("/api/meetings")).status()).toBe(200);
    await adminPage.getByTestId(`user-${email}`).getByRole("button", { name: "Disable" }).click();
    await expect(adminPage.getByTestId(`user-${email}`)).toContainText("Disabled");
    expect((await user.request.get("/api/meetings", { failOnStatusCode: false })).status()).toBe(401);
    await userPage.goto("/meetings");
    await expect(userPage).toHaveURL(/\/login$/);
  });

  test("a signed-out session cookie replayed gets nothing", async ({ browser }) => {
    const { user, userPage } = await newUser(browser, "support");
    const cookies = await user.cookies();
    expect(cookies.some((c) => c.name.endsWith("session_token"))).toBe(true);
    await userPage.getByRole("button", { name: "Sign out" }).click();
    await expect(userPage).toHaveURL(/\/login$/);
    const replay = await browser.newContext({ storageState: { cookies, origins: [] } });
    expect((await replay.request.get("/api/meetings", { failOnStatusCode: false })).status()).toBe(401);
    const page = await replay.newPage();
    await page.goto("/meetings");
    await expect(page).toHaveURL(/\/login$/);
  });
});
