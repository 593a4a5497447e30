import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/catalogs";
import { bulkRequest } from "@/tests/bulk-jobs";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import type { ScheduleOutcome } from "../meetings/outcomes";
import { createBulkJob } from "./create-job";
import { getJobDetail } from "./job-detail";
import { iso } from "./job-ids";
import { getJobProgress } from "./read-job";
import { resultsCsvStream } from "./results-csv";

const ACTOR = { id: "admin-1", role: "admin" };
const T0 = Date.UTC(2027, 4, 10, 9, 0, 0);
const failure = {
  kind: "upstream",
  command: "create_room",
  code: 100002,
  errorInfo: "RoomName too long",
  requestId: "req-failed-2",
  httpStatus: 200,
  retryable: "no",
  retryAfterMs: null,
  openedBy: [],
} as const;

describe.each(ENGINES)("a job's results on %s", (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(engine);
  });
  afterAll(() => db.dispose());

  async function finish(jobId: string, row: number, status: string, outcome: ScheduleOutcome, at: number) {
    await db.kysely
      .updateTable("bulk_job_rows")
      .set({
        status: status as "scheduled",
        outcome: JSON.stringify(outcome),
        request_id: "meeting" in outcome ? outcome.meeting.requestId : failure.requestId,
        finished_at: iso(at),
      })
      .where("job_id", "=", jobId)
      .where("row_number", "=", row)
      .execute();
  }

  // Response.text() would drop the BOM: decode as a spreadsheet reads the bytes.
  const read = async (stream: ReadableStream<Uint8Array>) =>
    new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());

  const scheduled = (requestId: string, roomId: string): ScheduleOutcome => ({
    kind: "scheduled",
    meeting: { roomId, requestId, roomName: roomId, timeZone: "UTC", start: 0, end: 1, verified: false },
  });

  it("writes every row in sheet order with its RequestId and the error in the reader's words", async () => {
    const request = bulkRequest(3);
    request.rows[2]!.values.roomName = '=HYPERLINK("http://evil.example")';
    const jobId = await createBulkJob(db, ACTOR, request, () => T0);
    await finish(jobId, 1, "scheduled", scheduled("req-ok-1", request.rows[0]!.values.roomId), T0 + 1000);
    await finish(
      jobId,
      2,
      "failed",
      { kind: "failed", roomId: "x", failure, tries: { attempts: 1, stoppedBy: null } },
      T0 + 2000,
    );

    const text = await read(resultsCsvStream(db, jobId, translator("en")));
    expect(text.startsWith("\uFEFFrow,room_id,room_name,status,request_id,error\r\n")).toBe(true);
    const { data } = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(data.slice(1).map((r) => [r[0], r[3], r[4]])).toEqual([
      ["1", "scheduled", "req-ok-1"],
      ["2", "failed", "req-failed-2"],
      ["3", "queued", ""],
    ]);
    expect(data[2]![5]).toContain("100002");
    expect(data[2]![5]).toContain("req-failed-2");
    // A name a spreadsheet would run as a formula is written as text.
    expect(data[3]![2]).toBe('\'=HYPERLINK("http://evil.example")');

    const ja = await read(resultsCsvStream(db, jobId, translator("ja")));
    expect(ja).not.toEqual(text);
  });

  it("writes a formula cell as text even when it spans lines", async () => {
    const request = bulkRequest(1);
    request.rows[0]!.values.roomName = '=HYPERLINK("http://evil.example")\nsecond line';
    const jobId = await createBulkJob(db, ACTOR, request, () => T0);
    const text = await read(resultsCsvStream(db, jobId, translator("en")));
    const { data } = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(data[1]![2]).toBe('\'=HYPERLINK("http://evil.example")\nsecond line');
  });

  it("estimates the time left from the rate of the last minute, and only while running", async () => {
    const request = bulkRequest(10);
    const jobId = await createBulkJob(db, ACTOR, request, () => T0);
    for (let row = 1; row <= 4; row++)
      await finish(jobId, row, "scheduled", scheduled(`r${row}`, `room-${row}`), T0 + row * 1000);
    const progress = await getJobProgress(db, jobId, T0 + 5000);
    // 4 rows in the 4 s since the first finished: 1 a second, 6 left.
    expect(progress).toMatchObject({ done: 4, ratePerSecond: 1, etaSeconds: 6 });
    expect(await getJobProgress(db, jobId, T0 + 5000 + 120_000)).toMatchObject({
      ratePerSecond: null,
      etaSeconds: null,
    });

    const detail = await getJobDetail(db, jobId, T0 + 5000, translator("en"));
    // The rows still to do come first on the page, then the successes.
    expect(detail!.rows.map((r) => r.row)).toEqual([5, 6, 7, 8, 9, 10, 1, 2, 3, 4]);
    expect(detail!.events.map((e) => e.action)).toEqual(["bulk.start"]);
  });
});
