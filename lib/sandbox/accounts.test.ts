import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox } from "./server";
import { APP } from "@/tests/trtc-test-app";
import { trtcCall } from "@/tests/sandbox-calls";
import type { RunningSandbox } from "./types";

/** Chat's account_import and multiaccount_import (docs/trtc-api.md §2.17) over HTTP. */

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await startSandbox({ apps: [APP], port: 0 });
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

const call = async (command: string, body: unknown) =>
  (await trtcCall(sb.url, `im_open_login_svc/${command}`, body)).json;
const accounts = async () =>
  (await (await fetch(`${sb.url}/__sandbox/accounts`)).json()) as { UserID: string }[];

describe("account imports", () => {
  it("imports one account; again keeps one", async () => {
    expect((await call("account_import", { UserID: "alice", Nick: "Alice" })).ErrorCode).toBe(0);
    expect((await call("account_import", { UserID: "alice" })).ErrorCode).toBe(0);
    expect((await accounts()).map((a) => a.UserID)).toEqual(["alice"]);
  });

  it("UserID of 32 bytes passes, 33 is refused; a Nick past 500 bytes is 40601", async () => {
    expect((await call("account_import", { UserID: "u".repeat(32) })).ErrorCode).toBe(0);
    expect((await call("account_import", { UserID: "u".repeat(33) })).ErrorCode).toBe(70402);
    expect((await call("account_import", { UserID: "n", Nick: "x".repeat(500) })).ErrorCode).toBe(0);
    expect((await call("account_import", { UserID: "m", Nick: "x".repeat(501) })).ErrorCode).toBe(40601);
  });

  it("imports 100 at once; 101 are refused", async () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => ({ UserID: `b${i}` }));
    expect((await call("multiaccount_import", { AccountList: list(101) })).ErrorCode).toBe(70402);
    expect((await call("multiaccount_import", { AccountList: list(100) })).ErrorCode).toBe(0);
    expect(await accounts()).toHaveLength(100);
  });
});
