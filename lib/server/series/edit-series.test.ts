import { describe, expect, it } from "vitest";
import type { ScheduleMeetingValues } from "@/lib/schemas/meeting";
import { ENGINES } from "@/tests/db-engines";
import { seriesWorld } from "@/tests/series-world";
import { schedulingDepsFor } from "@/tests/scheduling-deps";
import { createdSeries, seriesRequest } from "@/tests/series";
import { randomHex } from "@/tests/trtc-test-app";
import { editSeriesDefinition } from "@/lib/actions/series/edit-definition";
import { executeAction } from "@/lib/actions/safe-action";
import { translator } from "@/lib/i18n/catalogs";
import { editSeries } from "./edit-series";
import { getSeries } from "./read-series";
import { seriesAuditId } from "./series-ids";

const SECRET = `series-edit-${randomHex(16)}`;
const ACTOR = { id: "admin-series-edit", role: "admin" } as const;
const t = translator();

describe.each(ENGINES)("editing a series' settings on %s", (engine) => {
  const world = seriesWorld(engine, SECRET, ACTOR.id);

  const deps = () => schedulingDepsFor(world.db, world.sandbox, SECRET, { owner: "series-edit-worker" });
  const roomsOf = (series: { occurrences: Array<{ roomId: string }> }) =>
    series.occurrences.map((o) => world.sandbox.rooms().find((r) => r.RoomId === o.roomId)!);
  const weeklyFive = () =>
    createdSeries(
      deps(),
      ACTOR,
      seriesRequest(
        { date: "2027-09-28", time: "09:00", timeZone: "Europe/Berlin" },
        { weekdays: ["TU"], count: 5 },
      ),
    );
  const seriesEvents = (seriesId: string) =>
    world.db.kysely
      .selectFrom("audit_log as a")
      .leftJoin("audit_payload as p", "p.audit_id", "a.id")
      .select(["a.outcome", "p.response_body"])
      .where("a.intent_id", "=", seriesAuditId(seriesId))
      .where("a.action", "=", "series.update")
      .orderBy("a.id")
      .execute();

  it("turns a switch on from the 3rd on and sets max members for all, leaving untouched fields as each room has them", async () => {
    const series = await weeklyFive();
    const ref = { seriesId: series.seriesId };
    // The first room's own setting, which the later edits must not undo.
    await editSeries(deps(), ACTOR, {
      ...ref,
      index: 0,
      scope: "one",
      changes: { settings: { messagesDisabled: true } },
    });

    const following = await editSeries(deps(), ACTOR, {
      ...ref,
      index: 2,
      scope: "following",
      changes: { settings: { audioDisabled: true } },
    });
    expect(following).toMatchObject({ kind: "done", failed: [] });
    expect(roomsOf(series).map((r) => r.IsAudioDisabled)).toEqual([false, false, true, true, true]);
    expect(roomsOf(series).map((r) => r.IsMessageDisabled)).toEqual([true, false, false, false, false]);

    const all = await editSeries(deps(), ACTOR, {
      ...ref,
      index: 3,
      scope: "all",
      changes: { maxMemberCount: 50, settings: { messagesDisabled: false } },
    });
    expect(all).toMatchObject({ kind: "done", changed: series.occurrences.map((o) => o.roomId), failed: [] });
    expect(roomsOf(series).map((r) => r.MaxMemberCount)).toEqual(Array(5).fill(50));
    expect(roomsOf(series).map((r) => r.IsMessageDisabled)).toEqual(Array(5).fill(false));
    expect(roomsOf(series).map((r) => r.IsAudioDisabled)).toEqual([false, false, true, true, true]);

    const after = (await getSeries(world.db, series.seriesId))!;
    expect(after.occurrences.map((o) => o.changed)).toEqual([
      [],
      [],
      ["settings.audioDisabled"],
      ["settings.audioDisabled"],
      ["settings.audioDisabled"],
    ]);
    const stored = await world.db.kysely
      .selectFrom("meeting_series")
      .select("values_json")
      .where("series_id", "=", series.seriesId)
      .executeTakeFirstOrThrow();
    const values = JSON.parse(stored.values_json) as ScheduleMeetingValues;
    expect(values.maxMemberCount).toBe(50);
    expect(values.settings).toMatchObject({ audioDisabled: false, messagesDisabled: false });

    const events = await seriesEvents(series.seriesId);
    expect(events.map((e) => e.outcome)).toEqual(["ok", "ok", "ok"]);
    const lastEvent = JSON.parse(events.at(-1)!.response_body!) as { changed: string[] };
    expect(lastEvent.changed).toEqual(series.occurrences.map((o) => o.roomId));
    const updates = world.sandbox.calls().filter((c) => c.command === "update_room_info");
    expect(updates).toHaveLength(1 + 3 + 5);
    const roomUpdates = await world.db.kysely
      .selectFrom("audit_log")
      .select("room_id")
      .where("action", "=", "room.update")
      .where(
        "room_id",
        "in",
        series.occurrences.map((o) => o.roomId),
      )
      .execute();
    expect(roomUpdates).toHaveLength(9);
  });

  it("applies audio off to all from meeting 1, which already has it: rooms 2 and 3 get it, room 1 no call", async () => {
    const series = await createdSeries(
      deps(),
      ACTOR,
      seriesRequest(
        { date: "2027-09-28", time: "09:00", timeZone: "Europe/Berlin" },
        { weekdays: ["TU"], count: 3 },
      ),
    );
    const [first, ...others] = series.occurrences.map((o) => o.roomId);
    const audioOff = { settings: { audioDisabled: true } };
    await editSeries(deps(), ACTOR, { seriesId: series.seriesId, index: 0, scope: "one", changes: audioOff });
    expect(roomsOf(series).map((r) => r.IsAudioDisabled)).toEqual([true, false, false]);
    const callsBefore = world.sandbox.calls().filter((c) => c.command === "update_room_info").length;

    // What the form sends for "audio off" applied on meeting 1, whose own value it already is.
    const applyToAll = () =>
      executeAction(
        editSeriesDefinition,
        { actor: ACTOR, app: deps(), t },
        { seriesId: series.seriesId, index: 0, scope: "all", changes: audioOff },
      );
    expect(await applyToAll()).toEqual({
      ok: true,
      message: "Saved for 2 meetings; 1 meeting already had these values.",
    });
    expect(roomsOf(series).map((r) => r.IsAudioDisabled)).toEqual([true, true, true]);
    const updates = world.sandbox
      .calls()
      .filter((c) => c.command === "update_room_info")
      .slice(callsBefore);
    expect(updates.map((c) => (c.body as { RoomInfo: { RoomId: string } }).RoomInfo.RoomId)).toEqual(others);

    const events = await seriesEvents(series.seriesId);
    expect(events).toHaveLength(2);
    expect(JSON.parse(events[1]!.response_body!)).toEqual({
      changed: others,
      unchanged: [first],
      failed: [],
    });

    // Once more: every room has it now, so nothing is sent and the admin is told so.
    expect(await applyToAll()).toEqual({
      ok: true,
      message: "All 3 meetings already have these values; nothing was sent.",
    });
    expect(world.sandbox.calls().filter((c) => c.command === "update_room_info")).toHaveLength(
      callsBefore + 2,
    );
  });

  it("reports each room Tencent refused and changes the rest", async () => {
    const series = await weeklyFive();
    const gone = series.occurrences[3]!.roomId;
    // The room is destroyed behind Roomdesk's back, so Tencent refuses to update it (100004).
    const destroyed = await deps().trtc.run("destroy_room", { RoomId: gone });
    expect(destroyed.ok).toBe(true);

    const outcome = await editSeries(deps(), ACTOR, {
      seriesId: series.seriesId,
      index: 0,
      scope: "all",
      changes: { settings: { videoDisabled: true } },
    });
    expect(outcome).toMatchObject({
      kind: "done",
      changed: series.occurrences.filter((o) => o.roomId !== gone).map((o) => o.roomId),
      failed: [{ roomId: gone, failure: { kind: "upstream", code: 100004 } }],
    });
    expect(
      roomsOf(series)
        .filter(Boolean)
        .map((r) => r.IsVideoDisabled),
    ).toEqual(Array(4).fill(true));
    // The refused room keeps the old value, and so does the series, whose later meetings would copy it.
    const own = await world.db.kysely
      .selectFrom("meeting_series")
      .select("values_json")
      .where("series_id", "=", series.seriesId)
      .executeTakeFirstOrThrow();
    expect((JSON.parse(own.values_json) as ScheduleMeetingValues).settings?.videoDisabled).not.toBe(true);

    // The action words it per room: what was done, then each room refused with Tencent's reason.
    const send = (changes: unknown) =>
      executeAction(
        editSeriesDefinition,
        { actor: ACTOR, app: deps(), t },
        { seriesId: series.seriesId, index: 0, scope: "all", changes },
      );
    expect(await send({ settings: { audioDisabled: true } })).toMatchObject({
      ok: false,
      error: { code: "trtc:100004", message: "Saved for 4 meetings; 1 meeting was not:" },
      rooms: [{ roomId: gone, reason: expect.stringContaining("The room does not exist") as unknown }],
    });
    const events = await seriesEvents(series.seriesId);
    expect(events.map((e) => e.outcome)).toEqual(["failed", "failed"]);
  });

  it("refuses a crossed limit or nothing changed before any room is touched, naming the field and the limit", async () => {
    const series = await weeklyFive();
    const calls = world.sandbox.calls().length;
    const send = (changes: unknown) =>
      executeAction(
        editSeriesDefinition,
        { actor: ACTOR, app: deps(), t },
        { seriesId: series.seriesId, index: 1, scope: "following", changes },
      );
    expect(await send({ maxMemberCount: 301, customInfo: "x".repeat(501) })).toMatchObject({
      ok: false,
      fieldErrors: {
        maxMemberCount: ["Max members: at most 300 (your package limit)"],
        customInfo: ["Custom info is 501 bytes; the limit is 500."],
      },
    });
    expect(await send({ roomName: "" })).toMatchObject({ fieldErrors: { roomName: ["Enter a name"] } });
    expect(await send({ settings: {} })).toMatchObject({
      ok: false,
      error: { message: "Choose at least one field to apply before saving" },
    });
    expect(world.sandbox.calls()).toHaveLength(calls);
  });
});
