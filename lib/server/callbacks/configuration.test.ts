import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSandbox } from "@/lib/sandbox";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { clientFor, startTestSandbox } from "@/tests/trtc-client";
import { randomHex } from "@/tests/trtc-test-app";
import { RetryBudget } from "../reliability/retry-budget";
import type { PeopleWriteDeps } from "../people/writes";
import { deleteCallbackConfig, readCallbackConfig, saveCallbackConfig } from "./configuration";

const SECRET = `test-secret-${randomHex()}`;
const admin = { id: "admin-1", role: "admin" };
const URL_A = "https://roomdesk.example.com/api/trtc/callback";
const URL_B = "https://other.example.com/api/trtc/callback";
const ENTER = "Room.CallbackAfterMemberEnter";

describe.each(ENGINES)("the callback registration on %s against the sandbox", (engine) => {
  let db: TestDb;
  let sandbox: RunningSandbox;
  let deps: PeopleWriteDeps;
  beforeAll(async () => {
    db = await openTestDb(engine);
    sandbox = await startTestSandbox(SECRET);
    deps = {
      db,
      trtc: clientFor(sandbox, SECRET),
      secrets: [SECRET],
      retry: { budget: new RetryBudget({ capacity: 10 }), maxAttempts: 3, backoff: { baseMs: 1, capMs: 2 } },
    };
  });
  afterAll(async () => {
    await sandbox.close();
    await db.dispose();
  });
  beforeEach(() => sandbox.reset());

  const actions = async () =>
    (
      await db.kysely
        .selectFrom("audit_log")
        .select("action")
        .where("action", "like", "callback.%")
        .orderBy("id")
        .execute()
    ).map((r) => r.action);

  it("sets when nothing is registered, reads it back, updates, and removes, every call audited", async () => {
    const before = (await actions()).length;
    expect(await readCallbackConfig(deps, admin)).toMatchObject({
      kind: "read",
      config: { url: "", commands: [] },
    });
    expect(
      await saveCallbackConfig(deps, admin, { url: URL_A, commands: [ENTER], exists: false }),
    ).toMatchObject({
      kind: "saved",
      via: "set",
      switched: false,
    });
    expect(await readCallbackConfig(deps, admin)).toMatchObject({
      config: { url: URL_A, commands: [ENTER] },
    });
    expect(
      await saveCallbackConfig(deps, admin, { url: URL_B, commands: [ENTER], exists: true }),
    ).toMatchObject({
      via: "update",
      switched: false,
    });
    expect(await deleteCallbackConfig(deps, admin)).toMatchObject({ kind: "deleted" });
    expect(await readCallbackConfig(deps, admin)).toMatchObject({ config: { url: "" } });
    expect((await actions()).slice(before)).toEqual([
      "callback.read",
      "callback.set",
      "callback.read",
      "callback.update",
      "callback.delete",
      "callback.read",
    ]);
  });

  it("answers Tencent's 100300 with an update and its 100301 with a set, and says it switched", async () => {
    await saveCallbackConfig(deps, admin, { url: URL_A, commands: [ENTER], exists: false });
    // Someone registered meanwhile: the page still thought there was nothing.
    expect(
      await saveCallbackConfig(deps, admin, { url: URL_B, commands: [ENTER], exists: false }),
    ).toMatchObject({
      kind: "saved",
      via: "update",
      switched: true,
    });
    expect(await readCallbackConfig(deps, admin)).toMatchObject({ config: { url: URL_B } });
    await deleteCallbackConfig(deps, admin);
    // Removed meanwhile: the page still thought there was one.
    expect(
      await saveCallbackConfig(deps, admin, { url: URL_A, commands: [ENTER], exists: true }),
    ).toMatchObject({
      kind: "saved",
      via: "set",
      switched: true,
    });
    expect(await readCallbackConfig(deps, admin)).toMatchObject({ config: { url: URL_A } });
  });

  it("keeps a command name Roomdesk does not know apart, and reads Tencent's alias as the command it means", async () => {
    await saveCallbackConfig(deps, admin, {
      url: URL_A,
      commands: ["Room.CallbackUpdateRoomInfo"],
      exists: false,
    });
    expect(await readCallbackConfig(deps, admin)).toMatchObject({
      config: { commands: ["Room.CallbackAfterUpdateRoomInfo"], otherCommands: [] },
    });
  });
});
