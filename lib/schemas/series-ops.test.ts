import { describe, expect, it } from "vitest";
import { SWITCHES_OFF } from "@/lib/trtc/room-fields";
import type { UpdateMeetingValues } from "./meeting";
import { chosenChanges, makeEditSeriesSchema, type SeriesEditField } from "./series-ops";
import { issuesByPath, MAX_MEMBERS } from "./test-utils";

// The chosen occurrence's own values: audio already off, a limit of 20, seats with ApplyToTake.
const chosenRoom: UpdateMeetingValues = {
  roomName: "Planning",
  maxMemberCount: 20,
  settings: { ...SWITCHES_OFF, audioDisabled: true },
  customInfo: "",
  takeSeatMode: "ApplyToTake",
};
const apply = (...fields: SeriesEditField[]) => new Set(fields);
const changesSchema = makeEditSeriesSchema({ maxMembers: MAX_MEMBERS }).shape.changes;

describe("the changes a series edit applies", () => {
  it("sends an applied field even when it equals the chosen occurrence's value, and only applied ones", () => {
    // "Audio off for all" chosen on an occurrence that already has audio off: other rooms may not.
    expect(chosenChanges(chosenRoom, apply("settings.audioDisabled"))).toEqual({
      settings: { audioDisabled: true },
    });
    expect(chosenChanges(chosenRoom, apply("maxMemberCount", "takeSeatMode"))).toEqual({
      maxMemberCount: 20,
      takeSeatMode: "ApplyToTake",
    });
    expect(chosenChanges({ ...chosenRoom, roomName: "Renamed" }, apply())).toEqual({});
  });

  it("is refused by the series' schema when nothing is applied or an applied name is empty", () => {
    expect(issuesByPath(changesSchema.safeParse(chosenChanges(chosenRoom, apply())))).toEqual({
      "": ["Choose at least one field to apply before saving"],
    });
    const noName = chosenChanges({ ...chosenRoom, roomName: "" }, apply("roomName"));
    expect(issuesByPath(changesSchema.safeParse(noName))).toEqual({ roomName: ["Enter a name"] });
    expect(changesSchema.safeParse(chosenChanges(chosenRoom, apply("customInfo"))).success).toBe(true);
  });

  it("leaves out an applied max members with no value, which the form refuses beside the field", () => {
    const empty = { ...chosenRoom, maxMemberCount: undefined };
    expect(chosenChanges(empty, apply("maxMemberCount", "settings.videoDisabled"))).toEqual({
      settings: { videoDisabled: false },
    });
  });
});
