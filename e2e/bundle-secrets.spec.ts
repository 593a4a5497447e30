import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { decodeUserSig } from "../lib/trtc/usersig";
import { E2E } from "./env";

/**
 * The production build was made with the canary credentials in its environment (scripts/validate.sh),
 * so a secret that leaked into client code would be sitting in .next/static.
 */
function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : [p];
  });
}

/** Strings shaped like a UserSig that really decode to one. */
function userSigsIn(text: string): string[] {
  return (text.match(/eJ[A-Za-z0-9*\-_]{40,}/g) ?? []).filter(
    (s) => decodeUserSig(s)?.["TLS.sig"] !== undefined,
  );
}

test("no file under .next/static holds the secret key, the actions key or a UserSig", () => {
  const all = files(".next/static");
  expect(all.length).toBeGreaterThan(10);
  for (const file of all) {
    const text = fs.readFileSync(file, "latin1");
    expect(text.includes(E2E.secretKey), file).toBe(false);
    expect(text.includes(E2E.actionsKey), file).toBe(false);
    expect(userSigsIn(text), file).toEqual([]);
    expect(/usersig=[^&"'\s]{8,}/i.test(text), file).toBe(false);
  }
});

test("no page's HTML or RSC payload carries the secret key or a UserSig", async ({ page, request }) => {
  await page.goto("/schedule");
  for (const route of ["/schedule", "/meetings", "/support", "/users", "/api/health"]) {
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const text = await (await request.get(route, { headers })).text();
      expect(text.includes(E2E.secretKey), route).toBe(false);
      expect(text.includes(E2E.actionsKey), route).toBe(false);
      expect(userSigsIn(text), route).toEqual([]);
    }
  }
});
