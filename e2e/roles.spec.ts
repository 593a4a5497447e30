import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
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
import { USERS } from "./auth-users";
import { appUrl, trustedProxyAppUrl } from "./env";
import { expect, NO_LOGIN, test, type SignedIn } from "./fixtures";
import { expectFieldError, recordActionPosts, waitForHydration } from "./helpers/forms";
import { sandbox } from "./helpers/sandbox";

type Who = "anonymous" | "support" | "admin";
const WHO: Who[] = ["anonymous", "support", "admin"];
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

const loginReturningTo = (path: string) =>
  path === "/" ? "/login" : `/login?next=${encodeURIComponent(path)}`;

const allowed = (who: Who, need: Need) =>
  need === "public" || who === "admin" || (who === "support" && need === "support");

/** A fresh session per role (not the saved ones: the matrix calls sign-out, and account changes need a fresh sign-in). */
async function requestAs(signInAs: (email: string, password: string) => Promise<SignedIn>, who: Who) {
  if (who === "anonymous")
    return playwrightRequest.newContext({ baseURL: trustedProxyAppUrl, storageState: NO_LOGIN });
  return (await signInAs(USERS[who].email, USERS[who].password)).request;
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
    test(`${who}: pages and route handlers`, async ({ signInAs }) => {
      const req: APIRequestContext = await requestAs(signInAs, who);
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
          if (route.pattern !== "/setup") expect(location, where).not.toMatch(/\/login(\?|$)/);
          continue;
        }
        if (who === "anonymous") {
          if (route.pattern.startsWith("/api/")) expect(res.status(), where).toBe(401);
          // Sent to sign in with the way back (no "session expired": this browser never had a session).
          else expect([res.status(), location], where).toEqual([307, loginReturningTo(route.path)]);
        } else {
          expect(res.status(), where).toBe(403);
        }
        // One row per refused request, though an action POST runs the guard twice (action, page render).
        expect(refusals(db), `${where}: audited once`).toBe(refusedBefore + 1);
        expect((await sandbox.calls()).length, `${where}: no upstream call`).toBe(callsBefore);
      }
      db.close();
    });

    test(`${who}: every server action, POSTed by hand with its Next-Action id`, async ({ signInAs }) => {
      const req: APIRequestContext = await requestAs(signInAs, who);
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
  test("an admin demoted in another browser loses admin rights at once", async ({
    freshAdmin,
    makeUser,
    signInAs,
  }) => {
    const made = await makeUser("admin");
    const user = await signInAs(made.email, made.password);
    await user.page.goto("/users");
    await expect(user.page.getByRole("heading", { name: "Users" })).toBeVisible();
    const row = freshAdmin.page.getByTestId(`user-${made.email}`);
    await row.getByRole("button", { name: "Make support" }).click();
    await freshAdmin.page
      .getByRole("dialog", { name: `Make ${made.email} a support user?` })
      .getByRole("button", { name: "Make support" })
      .click();
    await expect(row).toContainText("Support");
    const createUser = builtActions().find((a) => a.name === "createUserAction")!;
    // The browser still holds its (revoked) session cookie: refused in words, so a form keeps its values.
    const refused = await postAction(user.request, createUser, [{}]);
    expect(refused.status()).toBe(200);
    expect(await refused.text()).toContain('"code":"session-expired"');
    await user.page.goto("/users");
    await expect(user.page).toHaveURL(/\/login\?next=%2Fusers&reason=expired$/);
  });

  test("a support user disabled in another browser is refused on the next request", async ({
    freshAdmin,
    makeUser,
    signInAs,
  }) => {
    const made = await makeUser("support");
    const user = await signInAs(made.email, made.password);
    expect((await user.request.get("/api/meetings")).status()).toBe(200);
    const row = freshAdmin.page.getByTestId(`user-${made.email}`);
    await row.getByRole("button", { name: "Disable" }).click();
    await freshAdmin.page
      .getByRole("dialog", { name: `Disable ${made.email}?` })
      .getByRole("button", { name: "Disable" })
      .click();
    await expect(row).toContainText("Disabled");
    expect((await user.request.get("/api/meetings", { failOnStatusCode: false })).status()).toBe(401);
    await user.page.goto("/meetings");
    await expect(user.page).toHaveURL(/\/login\?next=%2Fmeetings&reason=expired$/);
  });

  test("a signed-out session cookie replayed gets nothing", async ({ browser, makeUser, signInAs }) => {
    const made = await makeUser("support");
    const user = await signInAs(made.email, made.password);
    const cookies = await user.context.cookies();
    expect(cookies.some((c) => c.name.endsWith("session_token"))).toBe(true);
    await user.page.getByRole("button", { name: "Sign out" }).click();
    await expect(user.page).toHaveURL(/\/login\?reason=signed-out$/);
    const replay = await browser.newContext({ storageState: { cookies, origins: [] } });
    expect((await replay.request.get("/api/meetings", { failOnStatusCode: false })).status()).toBe(401);
    const page = await replay.newPage();
    await page.goto("/meetings");
    await expect(page).toHaveURL(/\/login\?next=%2Fmeetings&reason=expired$/);
    await replay.close();
  });
});

test.describe("the account forms refuse bad input beside the field, without asking the server", () => {
  test("adding a user: the name, email and password are each flagged", async ({ freshAdmin }) => {
    const { page } = freshAdmin;
    await page.goto("/users");
    await waitForHydration(page);
    const db = e2eDb();
    const usersBefore = db.count("select count(*) as n from user");
    const posts = recordActionPosts(page);
    const form = page.getByRole("form", { name: "Add a user" });
    await form.getByLabel("Name").fill("  ");
    await form.getByLabel("Email").fill("not-an-email");
    await form.getByLabel("Initial password").fill("short");
    await form.getByRole("button", { name: "Add user" }).click();
    await expectFieldError(form.getByLabel("Name"), "Enter a name.");
    await expectFieldError(form.getByLabel("Email"), "Enter an email address.");
    await expectFieldError(form.getByLabel("Initial password"), "Use at least 12 characters.");
    await expect(form.getByLabel("Role")).not.toHaveAttribute("aria-invalid");
    expect(posts).toEqual([]);
    expect(db.count("select count(*) as n from user")).toBe(usersBefore);
    db.close();
  });

  test("resetting a password: one too short is flagged in the dialog", async ({ freshAdmin, makeUser }) => {
    const made = await makeUser("support");
    const { page } = freshAdmin;
    const row = page.getByTestId(`user-${made.email}`);
    const hashOf = () => {
      const db = e2eDb();
      const hash = db.get<{ password: string }>(
        "select password from account where userId = ?",
        made.id,
      )?.password;
      db.close();
      return hash;
    };
    const hashBefore = hashOf();
    const posts = recordActionPosts(page);
    await row.getByRole("button", { name: "Reset password…" }).click();
    const dialog = page.getByRole("dialog", { name: `A new password for ${made.email}` });
    const box = dialog.getByLabel(`New password for ${made.email}`);
    await box.fill("short");
    await dialog.getByRole("button", { name: "Reset password", exact: true }).click();
    await expectFieldError(box, "Use at least 12 characters.");
    expect(posts).toEqual([]);
    expect(hashOf()).toBe(hashBefore);
  });
});
