import { describe, expect, it } from "vitest";
import { importMeetingSchema } from "./import-meeting";
import { issuesByPath } from "./test-utils";

const parse = (roomId: string) => issuesByPath(importMeetingSchema.safeParse({ roomId, timeZone: "UTC" }));
const controlMessage = (what: string) =>
  `Room ID contains ${what}; line breaks, tabs and other control characters are not allowed`;

describe("importMeetingSchema room ID", () => {
  it("accepts IDs Roomdesk would not generate (made by a client SDK or Tencent's console)", () => {
    expect(parse("Team Room.1@hq")).toEqual({});
    expect(parse("会议室")).toEqual({});
  });

  it.each([
    ["rd-1\r\nBEGIN:VEVENT", "a carriage return (U+000D)"],
    ["rd-1\n", "a line break (U+000A)"],
    ["\trd-1", "a tab (U+0009)"],
    ["rd\u00001", "a control character (U+0000)"],
    ["rd\u001b[31m", "a control character (U+001B)"],
    ["rd\u2029", "a paragraph separator (U+2029)"],
  ])("%j is refused with one message naming %s", (roomId, what) => {
    expect(parse(roomId)).toEqual({ roomId: [controlMessage(what)] });
  });

  it("keeps the other rules", () => {
    expect(parse("")).toEqual({ roomId: ["Enter the Room ID to import."] });
    expect(parse(" rd-1")).toEqual({ roomId: ["Room ID must not start or end with a space"] });
    expect(parse("a".repeat(49))).toEqual({ roomId: ["Room ID is 49 bytes; the limit is 48."] });
  });
});
