import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSandbox } from "@/lib/sandbox";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import type { Actor } from "@/lib/server/auth/guard";
import { clientFor, startTestSandbox } from "@/tests/trtc-client";
import { ADMIN, REQUEST_ID, randomHex } from "@/tests/trtc-test-app";
import { meetingBody } from "@/tests/room-bodies";
import { enterRoom, peopleOf } from "@/tests/sandbox-people";
import { executeAction } from "@/lib/actions/safe-action";
import { translator } from "@/lib/i18n/catalogs";
import { RetryBudget } from "@/lib/server/reliability/retry-budget";
import { roomTimeline } from "@/lib/server/meetings/get-meeting";
import { readBanned, readMembers } from "@/lib/server/people/reads";
import type { PeopleWriteDeps } from "@/lib/server/people/writes";
import { banMembersDefinition, changeOwnerDefinition, removeMembersDefinition } from "./definitions";

const SECRET = `test-secret-${randomHex()}`;
const admin: Actor = { id: "admin-1", role: "admin" };
const t = translator();

/** The People tab's writes after their guard, against the sandbox: the schema, the call, its audit row. */
describe.each(ENGINES)("people writes on %s against the sandbox", (engine) => {
  let db: TestDb;
  let sandbox: RunningSandbox;
  let deps: PeopleWriteDeps;
  const ROOM = `people-${randomHex(3)}`;

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
  beforeEach(async () => {
    sandbox.reset();
    await deps.trtc.run("create_room", meetingBody(ROOM));
    for (const a of ["ann", "bob", "cat"]) await enterRoom(sandbox.url, ROOM, { Member_Account: a });
  });

  it("removes with a reason, on record with the RequestId before the list shows it gone", async () => {
    const r = await executeAction(
      removeMembersDefinition,
      { actor: admin, app: deps, t },
      {
        roomId: ROOM,
        accounts: ["bob"],
        reason: "disruptive",
      },
    );
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining("bob") });
    const members = await readMembers(deps, ROOM, "");
    expect(members.ok && members.value.members.map((m) => m.account)).toEqual(["ann", "cat"]);
    const row = (await roomTimeline(db, ROOM)).find((e) => e.action === "member.remove");
    expect(row).toMatchObject({ command: "kick_user_out", outcome: "ok", actorId: "admin-1" });
    expect(row?.requestId).toMatch(REQUEST_ID);
  });

  it("refuses 21 accounts and a missing reason before anything is sent", async () => {
    const before = sandbox.calls().length;
    const accounts = Array.from({ length: 21 }, (_, i) => `u${i}`);
    const r = await executeAction(
      banMembersDefinition,
      { actor: admin, app: deps, t },
      {
        roomId: ROOM,
        accounts,
        reason: "",
        minutes: 10,
      },
    );
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { accounts: [expect.stringContaining("At most 20")] },
    });
    expect(sandbox.calls().length).toBe(before);
  });

  it("bans for minutes; the banned list says until when", async () => {
    const r = await executeAction(
      banMembersDefinition,
      { actor: admin, app: deps, t },
      {
        roomId: ROOM,
        accounts: ["ann", "cat"],
        reason: "spam",
        minutes: 10,
      },
    );
    expect(r.ok).toBe(true);
    const banned = await readBanned(deps, ROOM);
    expect(banned.ok && banned.value.map((b) => b.account)).toEqual(["ann", "cat"]);
    expect((await enterRoom(sandbox.url, ROOM, { Member_Account: "ann" })).status).toBe(403);
  });

  it("makes a member the owner, with the current owner as From_Account", async () => {
    const r = await executeAction(
      changeOwnerDefinition,
      { actor: admin, app: deps, t },
      {
        roomId: ROOM,
        account: "cat",
      },
    );
    expect(r.ok).toBe(true);
    expect(sandbox.calls().find((c) => c.command === "change_room_owner")?.body).toEqual({
      RoomId: ROOM,
      From_Account: ADMIN,
      NewOwner_Account: "cat",
    });
    expect((await peopleOf(sandbox.url, ROOM)).members.find((m) => m.Member_Account === "cat")?.Role).toBe(
      "RoomOwner",
    );
  });

  it("a refusal is said in words: not a member", async () => {
    const r = await executeAction(
      removeMembersDefinition,
      { actor: admin, app: deps, t },
      {
        roomId: ROOM,
        accounts: ["ghost"],
        reason: "r",
      },
    );
    expect(r).toMatchObject({ ok: false, error: { code: "trtc:100005" } });
  });
});
