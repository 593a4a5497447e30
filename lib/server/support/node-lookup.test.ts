import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openAccounts, type Accounts } from "@/tests/accounts";
import { refusingAuditWrites } from "@/tests/refusing-audit-writes";
import { ENGINES } from "@/tests/db-engines";
import { queryRefusal } from "@/lib/i18n/describe-query";
import { translator } from "@/lib/i18n/catalogs";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { CLIENT_IP_HEADER } from "../auth/client-ip";
import { nodeSupportLookup, SUPPORT_SEARCH_PATH, type NodeLookupSettings } from "./node-lookup";

const rid = (i: number) => `Id-${i.toString(16).padStart(32, "0")}-Node-${i}`;
/** Rows to find: one by its RequestId (a one-row answer, under 1 KiB), all 60 at once (well over). */
const ROWS = 60;

/** What Next answered for this route, read with curl against a build (every case below). */
const NEXT_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Decompressed when the answer was gzipped. */
  body: string;
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString("utf8") });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

/** Every answer carries proxy.ts's headers, as the route handler's does (e2e/security.spec.ts). */
function expectSecurityHeaders(a: Answer) {
  expect(a.headers["content-security-policy"]).toMatch(
    /^default-src 'self'; script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'; .*form-action 'self'; frame-ancestors 'none'$/,
  );
  expect(a.headers["x-content-type-options"]).toBe("nosniff");
  expect(a.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(a.headers["x-frame-options"]).toBe("DENY");
  expect(a.headers["x-robots-tag"]).toBe("noindex, nofollow");
  expect(a.headers["strict-transport-security"]).toBeUndefined();
}

describe.each(ENGINES)("the support lookup before Next, on %s", (engine) => {
  let accounts: Accounts;
  let server: http.Server;
  let port: number;
  let failing = false;
  const settings: NodeLookupSettings = {
    auth: { idleMinutes: 30, maxHours: 12, trustedIpHeader: null, secureCookies: false },
    dev: false,
  };
  const cookies: Record<"support" | "admin" | "odd" | "expired", string> = {
    support: "",
    admin: "",
    odd: "",
    expired: "",
  };
  const ids: Record<keyof typeof cookies, string> = { support: "", admin: "", odd: "", expired: "" };

  beforeAll(async () => {
    accounts = await openAccounts(engine);
    const { db } = accounts;
    await db.kysely
      .insertInto("audit_log")
      .values(
        Array.from({ length: ROWS }, (_, i) => ({
          occurred_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
          actor_id: "admin-1",
          actor_role: "admin",
          action: "room.create",
          command: "create_room",
          room_id: `node-room-${i}`,
          request_id: rid(i),
          outcome: "ok",
        })),
      )
      .execute();
    for (const who of ["support", "admin", "odd", "expired"] as const) {
      const user = await accounts.newUser(who === "admin" ? "admin" : "support");
      const signedIn = await accounts.login(user.email);
      if (!signedIn.ok || !signedIn.setCookie) throw new Error(`sign-in failed for ${who}`);
      cookies[who] = signedIn.setCookie.split(";")[0]!;
      ids[who] = user.id;
    }
    // A role Roomdesk does not know, and a session past its lifetime.
    await db.kysely.updateTable("user").set({ role: "auditor" }).where("id", "=", ids.odd).execute();
    const past = new Date(Date.now() - 1000);
    await db.kysely
      .updateTable("session")
      .set({ expiresAt: db.dialect === "sqlite" ? past.toISOString() : past })
      .where("userId", "=", ids.expired)
      .execute();

    const lookup = nodeSupportLookup(settings, async () => {
      if (failing) throw new Error("the database is down");
      return { db: accounts.db, auth: accounts.auth };
    });
    server = http.createServer((req, res) => void lookup(req, res));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await accounts.dispose();
  });

  const search = (query: string) => `${SUPPORT_SEARCH_PATH}?${query}`;
  const trail = (action: string) =>
    accounts.db.kysely
      .selectFrom("audit_log")
      .innerJoin("audit_payload", "audit_payload.audit_id", "audit_log.id")
      .select([
        "audit_log.id",
        "actor_id",
        "actor_role",
        "outcome",
        "error_info",
        "http_status",
        "request_body",
      ])
      .where("action", "=", action)
      .orderBy("audit_log.id")
      .execute();
  const lastRow = async (action: string) => (await trail(action)).at(-1);

  it("answers a support user's lookup with the page, the route's headers, and its support.lookup row", async () => {
    const before = (await trail("support.lookup")).length;
    const a = await get(port, search(`q=${rid(7)}`), { cookie: cookies.support, "accept-encoding": "gzip" });
    expect(a.status).toBe(200);
    const page = JSON.parse(a.body) as {
      items: { requestId: string; roomId: string }[];
      nextCursor: unknown;
    };
    expect(page.items.map((c) => [c.requestId, c.roomId])).toEqual([[rid(7), "node-room-7"]]);
    expect(page.nextCursor).toBeNull();
    expect(a.headers["content-type"]).toBe("application/json");
    expect(a.headers["cache-control"]).toBe("no-store, no-transform");
    expect(a.headers["server-timing"]).toMatch(
      /^auth;dur=[\d.]+, db;dur=[\d.]+, audit;dur=[\d.]+, total;dur=[\d.]+$/,
    );
    expect(a.headers.vary).toBe(NEXT_VARY);
    expectSecurityHeaders(a);
    const rows = await trail("support.lookup");
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      actor_id: ids.support,
      actor_role: "support",
      outcome: "ok",
      request_body: JSON.stringify({ query: `q=${rid(7)}`, page: "first", results: 1 }),
    });
  });

  it("lets an administrator look up too (admin ⊇ support), on record as the admin", async () => {
    const a = await get(port, search(`q=${rid(3)}`), { cookie: cookies.admin });
    expect(a.status).toBe(200);
    expect(await lastRow("support.lookup")).toMatchObject({ actor_id: ids.admin, actor_role: "admin" });
  });

  it("adds HSTS and upgrade-insecure-requests over HTTPS as Next sees it (X-Forwarded-Proto), as proxy.ts does", async () => {
    const a = await get(port, search(`q=${rid(6)}`), {
      cookie: cookies.support,
      "x-forwarded-proto": "https",
    });
    expect(a.status).toBe(200);
    expect(a.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect(a.headers["content-security-policy"]).toMatch(/; upgrade-insecure-requests$/);
    const plain = await get(port, search(`q=${rid(6)}`), {
      cookie: cookies.support,
      "x-forwarded-proto": "http",
    });
    expectSecurityHeaders(plain);
    // Two proxies in front: Next (and proxy.ts) count HTTPS when any of them names it.
    const twoHops = await get(port, search(`q=${rid(6)}`), {
      cookie: cookies.support,
      "x-forwarded-proto": "https, http",
    });
    expect(twoHops.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  });

  it("reads the session cookie as Next's cookies() does: a repeated name keeps its last value", async () => {
    const a = await get(port, search(`q=${rid(4)}`), {
      cookie: `${cookies.support.split("=")[0]}=stale.value; ${cookies.support}`,
    });
    expect(a.status).toBe(200);
  });

  describe("refusals: the route handler's status, no body, one auth.refused row", () => {
    const expectRefusal = (a: Answer, status: number) => {
      expect(a.status).toBe(status);
      expect(a.body).toBe("");
      expect(a.headers["content-type"]).toBeUndefined();
      expect(a.headers["cache-control"]).toBeUndefined();
      expect(a.headers.vary).toBe(NEXT_VARY);
      expectSecurityHeaders(a);
    };
    const refusalRequest = (ip: string) => ({
      required: "support",
      path: SUPPORT_SEARCH_PATH,
      action: null,
      method: null,
      ip,
    });

    it("without a session cookie: 401, written for the first anonymous refusal of the address", async () => {
      const lookupsBefore = (await trail("support.lookup")).length;
      const a = await get(port, search(`q=${rid(1)}`), { "accept-encoding": "gzip" });
      expectRefusal(a, 401);
      const row = await lastRow("auth.refused");
      expect(row).toMatchObject({
        actor_id: "anonymous",
        actor_role: "anonymous",
        outcome: "refused",
        error_info: "no-session",
        http_status: 401,
      });
      expect(JSON.parse(row!.request_body!)).toMatchObject(refusalRequest("127.0.0.1"));
      expect(await trail("support.lookup")).toHaveLength(lookupsBefore);
    });

    it("with a cookie that is not a session: 401", async () => {
      expectRefusal(
        await get(port, search(`q=${rid(1)}`), { cookie: `${cookies.support.split("=")[0]}=forged.sig` }),
        401,
      );
    });

    it("with an expired session: 401, on record as that user, and the session is gone", async () => {
      expectRefusal(await get(port, search(`q=${rid(1)}`), { cookie: cookies.expired }), 401);
      const row = await lastRow("auth.refused");
      expect(row).toMatchObject({ actor_id: ids.expired, error_info: "expired", http_status: 401 });
      expect(JSON.parse(row!.request_body!)).toEqual(refusalRequest("127.0.0.1"));
      const sessions = await accounts.db.kysely
        .selectFrom("session")
        .select("id")
        .where("userId", "=", ids.expired)
        .execute();
      expect(sessions).toEqual([]);
    });

    it("with a role Roomdesk does not know: 403, one row each time", async () => {
      const before = (await trail("auth.refused")).length;
      expectRefusal(await get(port, search(`q=${rid(1)}`), { cookie: cookies.odd }), 403);
      expectRefusal(await get(port, search(`q=${rid(1)}`), { cookie: cookies.odd }), 403);
      const rows = await trail("auth.refused");
      expect(rows).toHaveLength(before + 2);
      expect(rows.at(-1)).toMatchObject({ actor_id: ids.odd, error_info: "unknown-role", http_status: 403 });
      expect(JSON.parse(rows.at(-1)!.request_body!)).toEqual(refusalRequest("127.0.0.1"));
    });

    it("records the socket's address, never one the client wrote, unless a proxy is trusted", async () => {
      const spoofed = {
        cookie: cookies.odd,
        [CLIENT_IP_HEADER]: "6.6.6.6",
        "x-forwarded-for": "7.7.7.7",
        "x-real-ip": "8.8.8.8",
      };
      expectRefusal(await get(port, search(`q=${rid(1)}`), spoofed), 403);
      expect(JSON.parse((await lastRow("auth.refused"))!.request_body!).ip).toBe("127.0.0.1");
      settings.auth.trustedIpHeader = "X-Real-IP";
      try {
        expectRefusal(await get(port, search(`q=${rid(1)}`), spoofed), 403);
        expect(JSON.parse((await lastRow("auth.refused"))!.request_body!).ip).toBe("8.8.8.8");
      } finally {
        settings.auth.trustedIpHeader = null;
      }
    });

    it("counts an anonymous refusal under the socket's address, not a spoofed one", async () => {
      await get(port, search(`q=${rid(1)}`), { [CLIENT_IP_HEADER]: "6.6.6.6", "x-forwarded-for": "7.7.7.7" });
      const addresses = await accounts.db.kysely.selectFrom("refusal_counts").select("address").execute();
      expect(new Set(addresses.map((r) => r.address))).toEqual(new Set(["127.0.0.1"]));
    });
  });

  describe("an invalid query: 400 in the caller's language, nothing looked up", () => {
    const badWord = { kind: "invalid", reason: "badWord" } as const;

    it("in Japanese with a ja cookie, whatever the browser asks for", async () => {
      const before = (await trail("support.lookup")).length;
      const a = await get(port, search(`q=${encodeURIComponent("room:!!")}`), {
        cookie: `${cookies.support}; ${LOCALE_COOKIE}=ja`,
        "accept-language": "zh-CN, en",
      });
      expect(a.status).toBe(400);
      expect(JSON.parse(a.body)).toEqual({
        error: queryRefusal(translator("ja"), badWord),
        reason: "badWord",
      });
      expect(queryRefusal(translator("ja"), badWord)).not.toBe(queryRefusal(translator("en"), badWord));
      expect(a.headers["content-type"]).toBe("application/json");
      expectSecurityHeaders(a);
      expect(await trail("support.lookup")).toHaveLength(before);
    });

    it("in the browser's language without a saved choice", async () => {
      const a = await get(port, search(`q=${encodeURIComponent("room:!!")}`), {
        cookie: cookies.support,
        "accept-language": "fr, zh-CN;q=0.8",
      });
      expect(a.status).toBe(400);
      expect(JSON.parse(a.body).error).toBe(queryRefusal(translator("zh-Hans"), badWord));
    });
  });

  describe("compression: a one-row answer goes out as is, a page of rows gzipped when accepted", () => {
    it("does not gzip an answer under 1 KiB, even when the client accepts it", async () => {
      const a = await get(port, search(`q=${rid(9)}`), {
        cookie: cookies.support,
        "accept-encoding": "gzip",
      });
      expect(a.status).toBe(200);
      expect(Buffer.byteLength(a.body)).toBeLessThan(1024);
      expect(a.headers["content-encoding"]).toBeUndefined();
      expect(a.headers["cache-control"]).toBe("no-store, no-transform");
    });

    it("gzips a larger one for a client that accepts it, and only then", async () => {
      const gz = await get(port, search(`limit=${ROWS}&q=admin-1`), {
        cookie: cookies.support,
        "accept-encoding": "gzip",
      });
      expect(gz.status).toBe(200);
      expect(gz.headers["content-encoding"]).toBe("gzip");
      expect(gz.headers["cache-control"]).toBe("no-store");
      expect(gz.headers.vary).toBe(`${NEXT_VARY}, Accept-Encoding`);
      const page = JSON.parse(gz.body) as { items: unknown[] };
      expect(page.items).toHaveLength(ROWS);
      expect(Buffer.byteLength(gz.body)).toBeGreaterThan(1024);
      expectSecurityHeaders(gz);

      const plain = await get(port, search(`limit=${ROWS}&q=admin-1`), { cookie: cookies.support });
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body).toBe(gz.body);
    });
  });

  describe("failures: 500, nothing served unrecorded, the error logged", () => {
    const logged = () => vi.mocked(console.error).mock.calls.map((c) => c[0]);
    beforeEach(() => void vi.spyOn(console, "error").mockImplementation(() => {}));
    afterEach(() => vi.restoreAllMocks());

    it("when the app cannot reach its database", async () => {
      failing = true;
      try {
        const a = await get(port, search(`q=${rid(2)}`), { cookie: cookies.support });
        expect(a.status).toBe(500);
        expect(a.body).toBe("");
        expectSecurityHeaders(a);
      } finally {
        failing = false;
      }
      expect(logged()).toEqual(["roomdesk: a support lookup failed"]);
      expect((await get(port, search(`q=${rid(2)}`), { cookie: cookies.support })).status).toBe(200);
    });

    it("when the lookup cannot be put on record, the page is not handed back", async () => {
      const before = (await trail("support.lookup")).length;
      const a = await refusingAuditWrites(accounts.db, () =>
        get(port, search(`q=${rid(5)}`), { cookie: cookies.support }),
      );
      expect(a.status).toBe(500);
      expect(a.body).toBe("");
      expect(await trail("support.lookup")).toHaveLength(before);
      expect(logged()).toEqual(["roomdesk: a support lookup failed"]);
    });
  });
});
