import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSandbox } from "@/lib/sandbox";
import { bulkIntentId } from "@/lib/bulk/job-request";
import { bulkRequest, manualClock, seedAccount, untilJobSettled } from "@/tests/bulk-jobs";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { schedulingDepsFor } from "@/tests/scheduling-deps";
import { startTestSandbox } from "@/tests/trtc-client";
import { randomHex } from "@/tests/trtc-test-app";
import { bodyHash, claimIntent } from "../meetings/intents";
import { toCreateRoomBody } from "@/lib/schemas/create-room-body";
import { claimRows } from "./claim-rows";
import { controlBulkJob } from "./control-job";
import { createBulkJob } from "./create-job";
import { getJobProgress, jobEvents, jobRows } from "./read-job";
import { runRow } from "./run-row";
import { settleUnconfirmedRows } from "./settle-unconfirmed";
import { runBulkWorker } from "./worker";

const SECRET = `bulk-${randomHex(16)}`;
const ADMIN_ACTOR = { id: "admin-7", role: "admin" };
const LEASE_MS = 30_000;

describe.each(ENGINES)("spreadsheet jobs on %s", (engine) => {
  let db: TestDb;
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    db = await openTestDb(engine);
    sandbox = await startTestSandbox(SECRET);
    for (const id of ["admin-7", "admin-8"]) await seedAccount(db, id);
  });
  afterAll(async () => {
    await sandbox.close();
    await db.dispose();
  });
  beforeEach(async () => {
    sandbox.reset();
    // Each test's workers see only its own job.
    await db.kysely.updateTable("bulk_jobs").set({ status: "cancelled" }).execute();
  });

  const untilSettled = (jobId: string) => untilJobSettled(db, jobId);

  const creates = () => sandbox.calls().filter((c) => c.command === "create_room");
  const createdRoomIds = () =>
    creates().map((c) => (c.body as { RoomInfo: { RoomId: string } }).RoomInfo.RoomId);
  const instance = (owner: string, clock = manualClock()) => ({
    deps: schedulingDepsFor(db, sandbox, SECRET, { owner, now: clock.now, leaseMs: LEASE_MS }),
    lease: { owner, ms: LEASE_MS, now: clock.now },
    clock,
  });
  /** Runs workers until the job has nothing left to claim, then stops them. */
  async function drain(jobId: string, owners: string[]) {
    const workers = owners.map((owner) => {
      const i = instance(owner);
      return runBulkWorker(async () => i.deps, { concurrency: 3, idleMs: 20, lease: i.lease });
    });
    await untilSettled(jobId);
    await Promise.all(workers.map((stop) => stop()));
  }

  it("stores the job, its queued rows with derived intent ids, and who started it", async () => {
    const jobId = await createBulkJob(db, ADMIN_ACTOR, bulkRequest(3), Date.now);
    const rows = await db.kysely
      .selectFrom("bulk_job_rows")
      .selectAll()
      .where("job_id", "=", jobId)
      .execute();
    expect(rows.map((r) => [r.row_number, r.status, r.intent_id])).toEqual(
      [1, 2, 3].map((n) => [n, "queued", bulkIntentId(jobId, n)]),
    );
    expect(await jobEvents(db, jobId)).toEqual([
      expect.objectContaining({ actor: "admin-7@roomdesk.test", action: "bulk.start" }),
    ]);
    expect(await getJobProgress(db, jobId, Date.now())).toMatchObject({
      state: "running",
      total: 3,
      done: 0,
    });
  });

  it("two instances finish a job together: every room created once, every row with its RequestId", async () => {
    const request = bulkRequest(24);
    const jobId = await createBulkJob(db, ADMIN_ACTOR, request, Date.now);
    await drain(jobId, ["instance-a", "instance-b"]);
    const progress = await getJobProgress(db, jobId, Date.now());
    expect(progress).toMatchObject({ state: "finished", done: 24, counts: { scheduled: 24 } });
    expect(createdRoomIds().sort()).toEqual(request.rows.map((r) => r.values.roomId).sort());
    const rows = await jobRows(db, jobId, 0, 100);
    const requestIds = new Set(creates().map((c) => c.requestId));
    for (const row of rows) expect(requestIds.has(row.requestId)).toBe(true);
    // The meetings are in Roomdesk's index, scheduled by the admin who started the job.
    const indexed = await db.kysely
      .selectFrom("meetings")
      .select(["room_id", "created_by"])
      .where(
        "room_id",
        "in",
        request.rows.map((r) => r.values.roomId),
      )
      .execute();
    expect(indexed).toHaveLength(24);
    expect(new Set(indexed.map((m) => m.created_by))).toEqual(new Set(["admin-7"]));
  });

  it("never hands one row to two instances claiming at the same moment", async () => {
    const jobId = await createBulkJob(db, ADMIN_ACTOR, bulkRequest(40), Date.now);
    const claims = await Promise.all(
      ["a", "b", "c", "d"].map((o) => claimRows(db, { owner: o, ms: LEASE_MS, now: Date.now }, 15)),
    );
    const taken = claims
      .flat()
      .filter((r) => r.job_id === jobId)
      .map((r) => r.row_number);
    expect(new Set(taken).size).toBe(taken.length);
    expect(taken.length).toBe(40);
    await controlBulkJob(db, ADMIN_ACTOR, jobId, "cancel", Date.now);
  });

  it("a killed instance's rows are claimed again once its lease runs out, and no room is made twice", async () => {
    const request = bulkRequest(3);
    const jobId = await createBulkJob(db, ADMIN_ACTOR, request, Date.now);
    const dead = instance("killed", manualClock(Date.now()));
    const claimed = (await claimRows(db, dead.lease, 3)).filter((r) => r.job_id === jobId);
    expect(claimed).toHaveLength(3);
    // Row 1 died before its intent was stored; row 2 after storing it; row 3 once Tencent had made the room.
    for (const row of claimed.slice(1)) {
      const values = request.rows[row.row_number - 1]!.values;
      const body = toCreateRoomBody(values);
      await claimIntent(
        db,
        {
          intent_id: row.intent_id,
          room_id: values.roomId,
          actor_id: ADMIN_ACTOR.id,
          body_hash: bodyHash(body),
          start_time: body.RoomInfo.ScheduleStartTime ?? null,
          request: { values, body },
        },
        dead.deps.lease,
      );
      if (row.row_number === 3)
        await fetch(`${sandbox.url}/__sandbox/rooms`, { method: "POST", body: JSON.stringify(body) });
    }
    const survivor = instance("survivor", manualClock(Date.now()));
    expect((await claimRows(db, survivor.lease, 10)).filter((r) => r.job_id === jobId)).toEqual([]);

    survivor.clock.advance(LEASE_MS + 1);
    const again = (await claimRows(db, survivor.lease, 10)).filter((r) => r.job_id === jobId);
    expect(again.map((r) => [r.row_number, r.attempts])).toEqual([
      [1, 2],
      [2, 2],
      [3, 2],
    ]);
    for (const row of again) await runRow(survivor.deps, survivor.lease, ADMIN_ACTOR, row);

    expect(createdRoomIds().sort()).toEqual(
      [request.rows[0]!.values.roomId, request.rows[1]!.values.roomId].sort(),
    );
    const rows = await jobRows(db, jobId, 0, 10);
    expect(rows.map((r) => r.state)).toEqual(["scheduled", "scheduled", "scheduled"]);
    expect(rows[2]!.outcome).toMatchObject({ kind: "scheduled", meeting: { verified: true } });
    expect(await getJobProgress(db, jobId, Date.now())).toMatchObject({ state: "finished", done: 3 });
  });

  it("a row whose intent is settled takes its stored outcome without calling Tencent", async () => {
    const request = bulkRequest(1);
    const jobId = await createBulkJob(db, ADMIN_ACTOR, request, Date.now);
    const first = instance("first");
    const [row] = (await claimRows(db, first.lease, 10)).filter((r) => r.job_id === jobId);
    await runRow(first.deps, first.lease, ADMIN_ACTOR, row!);
    expect(creates()).toHaveLength(1);
    // As if the row's result were lost: the intent answers for it.
    await db.kysely
      .updateTable("bulk_job_rows")
      .set({ status: "running", lease_owner: "first" })
      .where("job_id", "=", jobId)
      .execute();
    await runRow(first.deps, first.lease, ADMIN_ACTOR, { ...row!, attempts: 2 });
    expect(creates()).toHaveLength(1);
    expect((await jobRows(db, jobId, 0, 10))[0]).toMatchObject({ state: "scheduled" });
  });

  it("pause stops new claims, resume lets them go on, cancel ends the waiting rows; each on the job's trail", async () => {
    const jobId = await createBulkJob(db, ADMIN_ACTOR, bulkRequest(5), Date.now);
    const other = { id: "admin-8", role: "admin" };
    const lease = { owner: "ctl", ms: LEASE_MS, now: Date.now };
    expect(await controlBulkJob(db, other, jobId, "pause", Date.now)).toEqual({
      kind: "done",
      state: "paused",
    });
    expect((await claimRows(db, lease, 10)).filter((r) => r.job_id === jobId)).toEqual([]);
    expect(await controlBulkJob(db, other, jobId, "pause", Date.now)).toEqual({
      kind: "not-allowed",
      state: "paused",
    });
    expect(await controlBulkJob(db, ADMIN_ACTOR, jobId, "resume", Date.now)).toMatchObject({
      state: "running",
    });
    expect((await claimRows(db, lease, 2)).filter((r) => r.job_id === jobId)).toHaveLength(2);
    expect(await controlBulkJob(db, other, jobId, "cancel", Date.now)).toMatchObject({ state: "cancelled" });
    const progress = await getJobProgress(db, jobId, Date.now());
    expect(progress).toMatchObject({ state: "cancelled", counts: { cancelled: 3, running: 2 } });
    expect(await controlBulkJob(db, other, jobId, "resume", Date.now)).toEqual({
      kind: "not-allowed",
      state: "cancelled",
    });
    expect(await controlBulkJob(db, other, "no-such-job", "pause", Date.now)).toEqual({ kind: "not-found" });
    expect((await jobEvents(db, jobId)).map((e) => `${e.actor} ${e.action}`)).toEqual([
      "admin-7@roomdesk.test bulk.start",
      "admin-8@roomdesk.test bulk.pause",
      "admin-7@roomdesk.test bulk.resume",
      "admin-8@roomdesk.test bulk.cancel",
    ]);
  });
  it("a job whose last rows finished while it was paused is finished when resumed, not left running", async () => {
    const jobId = await createBulkJob(db, ADMIN_ACTOR, bulkRequest(2), Date.now);
    const i = instance("drainer");
    const rows = (await claimRows(db, i.lease, 10)).filter((r) => r.job_id === jobId);
    expect(rows).toHaveLength(2);
    await controlBulkJob(db, ADMIN_ACTOR, jobId, "pause", Date.now);
    // The rows already claimed finish while the job is paused.
    for (const row of rows) await runRow(i.deps, i.lease, ADMIN_ACTOR, row);
    expect((await getJobProgress(db, jobId, Date.now()))!.state).toBe("paused");
    expect(await controlBulkJob(db, ADMIN_ACTOR, jobId, "resume", Date.now)).toMatchObject({
      state: "finished",
    });
    expect((await getJobProgress(db, jobId, Date.now()))!.state).toBe("finished");
  });

  it("a job whose starter is banned is paused by the job engine: nothing more goes out in their name", async () => {
    await seedAccount(db, "admin-9");
    const starter = { id: "admin-9", role: "admin" };
    const jobId = await createBulkJob(db, starter, bulkRequest(3), Date.now);
    await seedAccount(db, "admin-9", { banned: true });
    await drain(jobId, ["w-ban"]);
    expect(creates()).toEqual([]);
    const progress = await getJobProgress(db, jobId, Date.now());
    expect(progress).toMatchObject({ state: "paused", counts: { queued: 3 } });
    expect((await jobEvents(db, jobId)).map((e) => `${e.actor} ${e.action}`)).toEqual([
      "admin-9@roomdesk.test bulk.start",
      "roomdesk:bulk-worker bulk.pause",
    ]);
    // Demoted rather than banned: the same.
    await seedAccount(db, "admin-9", { role: "support" });
    await controlBulkJob(db, { id: "admin-8", role: "admin" }, jobId, "resume", Date.now);
    await drain(jobId, ["w-ban"]);
    expect(creates()).toEqual([]);
    expect((await getJobProgress(db, jobId, Date.now()))!.state).toBe("paused");
  });

  it("a cancelled job's rows left running by a killed instance end too: unconfirmed while their intent is open, cancelled when none was stored", async () => {
    const request = bulkRequest(2);
    const jobId = await createBulkJob(db, ADMIN_ACTOR, request, Date.now);
    const dead = instance("killed-then-cancelled", manualClock(Date.now()));
    const claimed = (await claimRows(db, dead.lease, 10)).filter((r) => r.job_id === jobId);
    const values = request.rows[0]!.values;
    const body = toCreateRoomBody(values);
    await claimIntent(
      db,
      {
        intent_id: claimed[0]!.intent_id,
        room_id: values.roomId,
        actor_id: ADMIN_ACTOR.id,
        body_hash: bodyHash(body),
        start_time: body.RoomInfo.ScheduleStartTime ?? null,
        request: { values, body },
      },
      dead.deps.lease,
    );
    await controlBulkJob(db, ADMIN_ACTOR, jobId, "cancel", Date.now);
    const later = Date.now() + LEASE_MS + 1;
    await settleUnconfirmedRows(db, () => later);
    expect((await jobRows(db, jobId, 0, 10)).map((r) => r.state)).toEqual(["unconfirmed", "cancelled"]);
    expect(await getJobProgress(db, jobId, later)).toMatchObject({ done: 2, counts: { running: 0 } });
  });
});
