import { request as playwrightRequest } from "@playwright/test";
import { builtActions, builtRoutes, e2eDb, postAction } from "./auth-build";
import { signInThroughUi, STORAGE, USERS, waitForHome } from "./auth-users";
import { appUrl, trustedProxyAppUrl } from "./env";
import { uniqueClientAddress, uniqueEmail } from "./factories";
import { expect, NO_LOGIN, test } from "./fixtures";
import { expectFieldError, recordActionPosts, waitForHydration } from "./helpers/forms";
import { sandbox } from "./helpers/sandbox";
const action = (name: string) => builtActions().find((a) => a.name === name)!;
/** What one page visit may take, hydration included, on a machine that is busy with other work. */
const PER_PAGE_BUDGET_MS = 15_000;
const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

/** What every answer carries, pages, files and server actions alike (served over plain HTTP here: no HSTS). */
function expectSecurityHeaders(h: Record<string, string>, where: string) {
  const csp = h["content-security-policy"] ?? "";
  expect(csp, where).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
    expect(csp, where).toContain(d);
  }
  expect(csp, where).not.toContain("unsafe-eval");
  expect(h["x-content-type-options"], where).toBe("nosniff");
  expect(h["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(h["x-robots-tag"], where).toBe("noindex, nofollow");
  // lib/server/auth/proxy.test.ts and action-gate.test.ts cover HTTPS.
  expect(h["strict-transport-security"], where).toBeUndefined();
}

test.describe("cross-origin server action calls are rejected before anything happens", () => {
  test.use({ storageState: STORAGE.admin });

  for (const [label, headers] of [
    ["Origin: https://evil.example", { Origin: "https://evil.example" }],
    ["Origin: null", { Origin: "null" }],
    ["a mismatched X-Forwarded-Host", { "X-Forwarded-Host": "evil.example" }],
  ] as const) {
    test(label, async ({ request }) => {
      const db = e2eDb();
      const email = uniqueEmail("csrf");
      const usersBefore = db.count("select count(*) as n from user");
      const auditBefore = db.count("select count(*) as n from audit_log");
      const callsBefore = (await sandbox.calls()).length;
      const res = await postAction(
        request,
        action("createUserAction"),
        [{ name: "CSRF", email, role: "admin", password: "cross origin passphrase" }],
        headers,
      );
      // Refused by proxy.ts before Next's own check (which would answer 500).
      expect(res.status()).toBe(403);
      expect(await res.text()).toMatch(
        /^Cross-origin request refused: Origin .+ is not this site \(.+\)\.\n$/,
      );
      expect(db.count("select count(*) as n from user")).toBe(usersBefore);
      expect(db.count("select count(*) as n from audit_log")).toBe(auditBefore);
      expect((await sandbox.calls()).length).toBe(callsBefore);
      db.close();
    });
  }
});

test.describe("security headers, cookies and CSP", () => {
  for (const who of ["anonymous", "admin"] as const) {
    test(`every route carries the security headers (${who})`, async () => {
      const req = await playwrightRequest.newContext({
        baseURL: appUrl,
        storageState: who === "admin" ? STORAGE.admin : NO_LOGIN,
      });
      const publicFiles = ["/favicon.ico", "/robots.txt", "/manifest.webmanifest", "/icon-192.png"];
      for (const { path } of [
        ...builtRoutes(),
        ...publicFiles.map((path) => ({ path })),
        { path: "/no-such-page" },
      ]) {
        const res = await req.get(path, { maxRedirects: 0, failOnStatusCode: false });
        expectSecurityHeaders(res.headers(), `${who} ${path}`);
      }
    });
  }

  test("a server action's answer carries them too, though its checks run in server.mjs, not proxy.ts", async () => {
    const req = await playwrightRequest.newContext({ baseURL: appUrl, storageState: STORAGE.admin });
    const res = await postAction(req, action("scheduleMeetingAction"), [{}]);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('"invalid-input"');
    expectSecurityHeaders(res.headers(), "scheduleMeetingAction");
  });

  test("a page fetched with a stray Next-Action header still gets its nonce on every script", async ({
    request,
  }) => {
    const res = await request.get("/login", { headers: { "Next-Action": "40ab" }, failOnStatusCode: false });
    const nonce = nonceOf(res.headers()["content-security-policy"] ?? "");
    expect(nonce).toBeTruthy();
    expectSecurityHeaders(res.headers(), "/login with Next-Action");
    expect((await res.text()).split(`nonce="${nonce}"`).length - 1).toBeGreaterThan(0);
  });

  test("the CSP nonce differs per request and is on the page's scripts", async ({ request }) => {
    const a = await request.get("/login", { failOnStatusCode: false });
    const b = await request.get("/login", { failOnStatusCode: false });
    const na = nonceOf(a.headers()["content-security-policy"]!);
    const nb = nonceOf(b.headers()["content-security-policy"]!);
    expect(na).toBeTruthy();
    expect(na).not.toBe(nb);
    expect((await a.text()).split(`nonce="${na}"`).length - 1).toBeGreaterThan(0);
  });

  for (const who of ["admin", "support"] as const) {
    test(`the browser reports no CSP violation on any page (${who})`, async ({ browser }) => {
      const pages = builtRoutes().filter((r) => !r.path.startsWith("/api/"));
      // The budget is per page visited, not per test: a busy machine makes every page slower, and the
      // number of pages grows with the product.
      test.setTimeout(PER_PAGE_BUDGET_MS * pages.length);
      const violations: string[] = [];
      const context = await browser.newContext({ storageState: STORAGE[who] });
      const page = await context.newPage();
      page.on("console", (m) => {
        if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text()))
          violations.push(`${page.url()}: ${m.text()}`);
      });
      for (const { path } of pages) {
        await page.goto(path, { waitUntil: "load" });
        // Done once React has hydrated the page and the effects it queued have run.
        await waitForHydration(page);
      }
      await context.close();
      expect(violations).toEqual([]);
    });
  }

  test("the session cookie is HttpOnly and SameSite=Lax, and each sign-in issues a new token", async ({
    browser,
  }) => {
    const tokens: string[] = [];
    for (let i = 0; i < 2; i++) {
      const context = await browser.newContext({ storageState: NO_LOGIN });
      const page = await context.newPage();
      await signInThroughUi(page, USERS.support.email, USERS.support.password);
      await waitForHome(page);
      const session = (await context.cookies()).find((c) => c.name.endsWith("session_token"))!;
      expect(session.httpOnly).toBe(true);
      expect(session.sameSite).toBe("Lax");
      // Plain HTTP in this run; with an https BETTER_AUTH_URL the cookie is Secure and __Secure- prefixed (auth.test.ts).
      expect(session.secure).toBe(false);
      tokens.push(session.value);
      await context.close();
    }
    expect(tokens[0]).not.toBe(tokens[1]);
  });

  test("passwords are stored as argon2id PHC strings at m=19456, t=2, p=1", () => {
    const db = e2eDb();
    const row = db.get<{ password: string }>(
      "select password from account join user on user.id = account.userId where user.email = ?",
      USERS.admin.email,
    );
    db.close();
    expect(row!.password.startsWith("$argon2id$v=19$m=19456,t=2,p=1")).toBe(true);
  });
});

test.describe("the sign-in form", () => {
  test("refuses a missing or over-long password beside the field, without asking the server", async ({
    browser,
  }) => {
    const context = await browser.newContext({ storageState: NO_LOGIN });
    const page = await context.newPage();
    await page.goto("/login");
    await waitForHydration(page);
    const posts = recordActionPosts(page);
    const password = page.getByLabel("Password");
    await page.getByLabel("Email").fill(USERS.support.email);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expectFieldError(password, "Enter your password.");
    await password.fill("x".repeat(129));
    await expectFieldError(password, "Use at most 128 characters.");
    await page.getByRole("button", { name: "Sign in" }).click();
    expect(posts).toEqual([]);

    await password.fill(USERS.support.password);
    await expect(password).not.toHaveAttribute("aria-invalid");
    await page.getByRole("button", { name: "Sign in" }).click();
    await waitForHome(page);
    expect(posts).toHaveLength(1);
    await context.close();
  });
});

test.describe("sign-in throttle (shared by both instances through the database)", () => {
  const signInAction = () => action("signInAction");
  const ip = uniqueClientAddress;
  const body = async (res: { text(): Promise<string> }) =>
    (await res.text()).split("\n").find((l) => l.startsWith("1:")) ?? "";

  test("unknown email and wrong password get byte-identical answers", async () => {
    const req = await playwrightRequest.newContext({ storageState: NO_LOGIN });
    const unknown = await postAction(
      req,
      signInAction(),
      [{ email: uniqueEmail("nobody"), password: "wrong password 1" }],
      { "X-Real-IP": ip() },
      trustedProxyAppUrl,
    );
    const wrong = await postAction(
      req,
      signInAction(),
      [{ email: USERS.support.email, password: "wrong password 1" }],
      { "X-Real-IP": ip() },
      trustedProxyAppUrl,
    );
    expect(unknown.status()).toBe(200);
    expect(await body(unknown)).toContain("Invalid email or password.");
    expect(await unknown.body()).toEqual(await wrong.body());
  });

  test("N failures on one account throttle it, even from rotating addresses and alternating instances", async () => {
    const email = uniqueEmail("throttle");
    const req = await playwrightRequest.newContext({ storageState: NO_LOGIN });
    for (let i = 0; i < 5; i++) {
      const base = i % 2 === 0 ? trustedProxyAppUrl : appUrl;
      const res = await postAction(
        req,
        signInAction(),
        [{ email, password: "wrong password 1" }],
        { "X-Real-IP": ip(), "X-Forwarded-For": ip() },
        base,
      );
      expect(await body(res)).toContain("Invalid email or password.");
    }
    const res = await postAction(
      req,
      signInAction(),
      [{ email, password: "wrong password 1" }],
      { "X-Real-IP": ip() },
      appUrl,
    );
    const text = await body(res);
    expect(text).toMatch(/Too many sign-in attempts\. Try again in \d+ seconds?\./);
    expect(text).toMatch(/"retryAfterSeconds":\d+/);
  });

  test("one address trying many accounts is throttled; a spoofed X-Forwarded-For does not help", async () => {
    const req = await playwrightRequest.newContext({ storageState: NO_LOGIN });
    const from = ip();
    let throttledAfter = -1;
    for (let i = 0; i < 25 && throttledAfter < 0; i++) {
      const res = await postAction(
        req,
        signInAction(),
        [{ email: uniqueEmail(`spray-${i}`), password: "wrong password 1" }],
        { "X-Real-IP": from, "X-Forwarded-For": ip() },
        trustedProxyAppUrl,
      );
      if ((await body(res)).includes("Too many sign-in attempts")) throttledAfter = i;
    }
    expect(throttledAfter).toBe(20);
  });

  test("without a trusted proxy header, spoofed client-address headers are ignored", async ({ browser }) => {
    const context = await browser.newContext({
      storageState: NO_LOGIN,
      extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.77", "X-Real-IP": "203.0.113.78" },
    });
    const page = await context.newPage();
    await signInThroughUi(page, USERS.support.email, USERS.support.password);
    await waitForHome(page);
    const token = (await context.cookies())
      .find((c) => c.name.endsWith("session_token"))!
      .value.split(".")[0];
    const db = e2eDb();
    const row = db.get<{ ipAddress: string }>(
      'select "ipAddress" from session where token = ?',
      decodeURIComponent(token!),
    );
    db.close();
    expect(row?.ipAddress).toBe("127.0.0.1");
    await context.close();
  });
});
