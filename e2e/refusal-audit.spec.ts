import { expect, request as playwrightRequest, test } from "@playwright/test";
import { builtActions, e2eDb, postAction } from "./auth-build";
import { STORAGE } from "./auth-users";
import { trustedProxyAppUrl } from "./env";

/** Explicitly empty: contexts would otherwise inherit the project's admin storageState. */
const NO_LOGIN = { cookies: [], origins: [] };
const action = (name: string) => builtActions().find((a) => a.name === name)!;
// Four hex digits with no leading zero, so the stored /64 is spelled exactly as written here.
const hex4 = () => (0x1000 + Math.floor(Math.random() * 0xf000)).toString(16);

test("anonymous refusals from one address are counted after the first, not written one by one", async () => {
  // Through the instance that trusts X-Real-IP, so this test has an address of its own (a /64).
  const [a, b] = [hex4(), hex4()];
  const address = `2001:db8:${a}:${b}::7`;
  const key = `2001:db8:${a}:${b}::/64`;
  const headers = { "X-Real-IP": address };
  const req = await playwrightRequest.newContext({ baseURL: trustedProxyAppUrl, storageState: NO_LOGIN });
  const db = e2eDb();
  const rowsFrom = () =>
    db.count(
      "select count(*) as n from audit_log join audit_payload on audit_id = audit_log.id where action = 'auth.refused' and request_body like ?",
      `%"ip":"${key}"%`,
    );
  const counted = () =>
    db.count("select coalesce(sum(refusals), 0) as n from refusal_counts where address = ?", key);

  for (let i = 0; i < 30; i++) {
    const res = await req.get("/api/meetings", { headers, failOnStatusCode: false });
    expect(res.status()).toBe(401);
  }
  // Action POSTs run the guard twice (the action, then the page render): still one count each.
  for (let i = 0; i < 5; i++) {
    const res = await postAction(req, action("createUserAction"), [{}], headers, trustedProxyAppUrl);
    expect(res.status()).toBe(401);
  }
  expect(rowsFrom()).toBe(1);
  // Counts reach the database within a second (REFUSAL_COUNTING.flushEveryMs).
  await expect.poll(counted).toBe(35);
  db.close();
  await req.dispose();
});

test("signed-in refusals keep one row each", async () => {
  const req = await playwrightRequest.newContext({ storageState: STORAGE.support });
  const db = e2eDb();
  const createUser = action("createUserAction");
  const named = () =>
    db.count(
      "select count(*) as n from audit_log join audit_payload on audit_id = audit_log.id where action = 'auth.refused' and actor_role = 'support' and request_body like ?",
      `%${createUser.id}%`,
    );
  const before = named();
  for (let i = 0; i < 3; i++) expect((await postAction(req, createUser, [{}])).status()).toBe(403);
  expect(named()).toBe(before + 3);
  db.close();
  await req.dispose();
});
