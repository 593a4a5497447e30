import http from "node:http";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { builtActions, e2eDb, type BuiltAction } from "./auth-build";
import { STORAGE } from "./auth-users";
import { appUrl } from "./env";
import { sandbox } from "./helpers/sandbox";

/** Explicitly empty: contexts would otherwise inherit the project's admin storageState. */
const NO_LOGIN = { cookies: [], origins: [] };
const schedule = () => builtActions().find((a) => a.name === "scheduleMeetingAction")!;

/** What a malformed request must leave untouched: the audit log, the users and the sandbox. */
async function nothingHappens(run: () => Promise<void>) {
  const db = e2eDb();
  const before = {
    audit: db.count("select count(*) as n from audit_log"),
    counted: db.count("select coalesce(sum(refusals), 0) as n from refusal_counts"),
    intents: db.count("select count(*) as n from schedule_intents"),
  };
  const calls = (await sandbox.calls()).length;
  await run();
  expect({
    audit: db.count("select count(*) as n from audit_log"),
    counted: db.count("select coalesce(sum(refusals), 0) as n from refusal_counts"),
    intents: db.count("select count(*) as n from schedule_intents"),
  }).toEqual(before);
  expect((await sandbox.calls()).length).toBe(calls);
  db.close();
}

/** An action POST with a body exactly as given (postAction JSON-encodes its arguments). */
function postRaw(
  req: APIRequestContext,
  action: BuiltAction,
  body: string | Buffer,
  headers: Record<string, string> = {},
) {
  return req.post(`${appUrl}${action.path}`, {
    headers: {
      "Next-Action": action.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: appUrl,
      ...headers,
    },
    data: body,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

test.describe("oversize headers are refused before Next reads them (server.mjs)", () => {
  for (const who of ["anonymous", "admin"] as const) {
    test(`a 15,000-character User-Agent gets 431, and /api/health still answers (${who})`, async () => {
      const req = await playwrightRequest.newContext({
        baseURL: appUrl,
        storageState: who === "admin" ? STORAGE.admin : NO_LOGIN,
      });
      await nothingHappens(async () => {
        const long = { "User-Agent": "x".repeat(15_000) };
        // Twenty at once, as the flood that froze a bare `next start` for half a minute.
        const answers = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            i % 2
              ? req.get("/api/health", { headers: long, failOnStatusCode: false })
              : postRaw(req, schedule(), "[{}]", long),
          ),
        );
        for (const res of answers) {
          expect(res.status()).toBe(431);
          expect(await res.text()).toBe(
            "The request line and headers take more than 8192 bytes, the limit.\n",
          );
        }
        const health = await req.get("/api/health");
        expect(health.status()).toBe(200);
        expect(await health.json()).toMatchObject({ status: "ok" });
      });
      await req.dispose();
    });
  }

  test("a User-Agent over 512 characters is refused by name; one at 512 is served", async ({ request }) => {
    await nothingHappens(async () => {
      const res = await request.get("/api/health", {
        headers: { "User-Agent": "u".repeat(513) },
        failOnStatusCode: false,
      });
      expect(res.status()).toBe(431);
      expect(await res.text()).toBe("The User-Agent header has 513 characters; the limit is 512.\n");
      expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    });
    const fits = await request.get("/api/health", { headers: { "User-Agent": "u".repeat(512) } });
    expect(fits.status()).toBe(200);
  });
});

test.describe("malformed requests get a 4xx from proxy.ts, not Next's 500", () => {
  for (const who of ["anonymous", "admin"] as const) {
    test(`an undecodable path segment (%ZZ) is a 400 before any guard (${who})`, async () => {
      const req = await playwrightRequest.newContext({
        baseURL: appUrl,
        storageState: who === "admin" ? STORAGE.admin : NO_LOGIN,
      });
      await nothingHappens(async () => {
        for (const path of [
          "/meetings/%ZZ",
          "/meetings/%ZZ/edit",
          "/support/%E0%A4%A",
          "/api/meetings/%ZZ",
          "/api/meetings/%ZZ/ics",
        ]) {
          const res = await req.get(path, { maxRedirects: 0, failOnStatusCode: false });
          expect(res.status(), path).toBe(400);
          expect(await res.text(), path).toMatch(
            /^The address is not valid: ".+" is not percent-encoded text\.\n$/,
          );
          expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
        }
      });
      await req.dispose();
    });
  }

  test("an action body over 100 KB is a 413, declared or streamed", async ({ request }) => {
    await nothingHappens(async () => {
      const big = JSON.stringify([{ room: { roomName: "x".repeat(200_000) } }]);
      const res = await postRaw(request, schedule(), big);
      expect(res.status()).toBe(413);
      expect(await res.text()).toBe(
        "The request body is larger than 100 KB (102400 bytes), the limit for a form.\n",
      );
    });
  });

  test("an absurdly nested or unparsable action body is a 400", async ({ request }) => {
    await nothingHappens(async () => {
      const nested = await postRaw(request, schedule(), "[".repeat(20_000) + "]".repeat(20_000));
      expect(nested.status()).toBe(400);
      expect(await nested.text()).toBe("The request body nests 20000 levels deep; the limit is 64.\n");
      const cut = await postRaw(request, schedule(), '[{"room":');
      expect(cut.status()).toBe(400);
      expect(await cut.text()).toBe("The request body is not valid JSON.\n");
      const form = await postRaw(request, schedule(), "garbage", {
        "Content-Type": "multipart/form-data; boundary=zzz",
      });
      expect(form.status()).toBe(400);
    });
  });

  test("what Next answers before any Roomdesk code writes nothing and sends nothing", async ({ request }) => {
    await nothingHappens(async () => {
      // An action id this build does not have: Next's own 4xx.
      const unknown = await postRaw(request, { ...schedule(), id: "40" + "0".repeat(40) }, "[{}]");
      expect(unknown.status()).toBeGreaterThanOrEqual(400);
      expect(unknown.status()).toBeLessThan(500);
      // Well-formed JSON that is not a valid React reply (a reference to a part that does not exist):
      // React's decoder fails inside Next before the action or its guard runs (README).
      const dangling = await postRaw(request, schedule(), '["$Q1"]');
      expect(dangling.status()).toBe(500);
    });
  });

  test("a Next-Action header that Next would not act on leaves the request as any other POST", async () => {
    // An empty id is no action to Next, so proxy.ts serves the request; it must not find its body gone.
    const empty = await postWithHeaders("/schedule", "[{}]", {
      "next-action": "",
      "content-type": "text/plain;charset=UTF-8",
      origin: appUrl,
    });
    expect(empty.status).toBeGreaterThanOrEqual(200);
    expect(empty.status).toBeLessThan(500);
    // A route handler never runs an action: it still reads the body it was sent.
    const admin = await playwrightRequest.newContext({ baseURL: appUrl, storageState: STORAGE.admin });
    const dryRun = (headers: Record<string, string>) =>
      admin.post("/api/bulk/dry-run", {
        headers: { Origin: appUrl, ...headers },
        multipart: { text: "Room ID\tMeeting name\nstray-action-1\tStray" },
        failOnStatusCode: false,
      });
    const plain = await dryRun({});
    const stray = await dryRun({ "Next-Action": "40ab" });
    expect(stray.status()).toBe(plain.status());
    expect(await stray.json()).toEqual(await plain.json());
    await admin.dispose();
  });
});

/** A POST sent with exactly these headers (a client may send an empty value, which Playwright drops). */
function postWithHeaders(
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${appUrl}${path}`, { method: "POST", headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}
