import { describe, expect, it } from "vitest";
import { issuesByPath, schema, validInput } from "./test-utils";

const parse = (patch: Parameters<typeof validInput>[0]) => issuesByPath(schema.safeParse(validInput(patch)));

describe("room ID", () => {
  it("48 bytes pass, 49 fail", () => {
    expect(parse({ roomId: "a".repeat(48) })).toEqual({});
    expect(parse({ roomId: "a".repeat(49) })).toEqual({ roomId: ["Room ID is 49 bytes; the limit is 48."] });
  });

  it("counts bytes, not characters: 16×日 is within 48 bytes, 17×日 is not", () => {
    // 日 is outside the ID charset anyway; the byte message is what explains the 17-character failure.
    const at16 = parse({ roomId: "日".repeat(16) }).roomId ?? [];
    expect(at16.some((m) => m.includes("bytes"))).toBe(false);
    expect(parse({ roomId: "日".repeat(17) }).roomId).toContain(
      "Room ID is 51 bytes; the limit is 48. Characters like 日 take 3 bytes. 17 characters here make 51 bytes.",
    );
  });

  it.each([
    ["", "Room ID is required"],
    ["   ", "Room ID is required"],
    [" room", "Room ID must not start or end with a space"],
    [
      "room\t",
      "Room ID contains a tab (U+0009); line breaks, tabs and other control characters are not allowed",
    ],
    ["room 1", "Room ID may use only letters, digits, _ and -"],
    ["room.1", "Room ID may use only letters, digits, _ and -"],
  ])("%j is refused: %s", (roomId, message) => {
    expect(parse({ roomId })).toEqual({ roomId: [message] });
  });

  it("letters, digits, _ and - pass", () => {
    expect(parse({ roomId: "Team_42-standup" })).toEqual({});
  });

  it.each([
    ["rd-1\r\nBEGIN:VEVENT", "a carriage return (U+000D)"],
    ["\nrd-1", "a line break (U+000A)"],
    ["rd\u00001", "a control character (U+0000)"],
    ["rd\u007f1", "a control character (U+007F)"],
    ["rd\u00851", "a control character (U+0085)"],
    ["rd\u20281", "a line separator (U+2028)"],
  ])("%j is refused for its control character: %s", (roomId, what) => {
    expect(parse({ roomId })).toEqual({
      roomId: [`Room ID contains ${what}; line breaks, tabs and other control characters are not allowed`],
    });
  });
});

describe("room name", () => {
  it("100 bytes pass, 101 fail", () => {
    expect(parse({ roomName: "日".repeat(33) + "a" })).toEqual({});
    expect(parse({ roomName: "a".repeat(101) })).toEqual({
      roomName: ["Room name is 101 bytes; the limit is 100."],
    });
    expect(parse({ roomName: "日".repeat(34) })).toEqual({
      roomName: [
        "Room name is 102 bytes; the limit is 100. Characters like 日 take 3 bytes. 34 characters here make 102 bytes.",
      ],
    });
  });

  it("may be empty but not only spaces", () => {
    expect(parse({ roomName: "" })).toEqual({});
    expect(parse({ roomName: "  " })).toEqual({
      roomName: ["Room name can't be only spaces; leave it empty to use the room ID"],
    });
  });
});

describe("owner", () => {
  it("empty means none; 32 bytes pass, 33 fail", () => {
    expect(parse({ owner: "" })).toEqual({});
    expect(parse({ owner: "o".repeat(32) })).toEqual({});
    expect(parse({ owner: "o".repeat(33) })).toEqual({
      owner: [`Owner “${"o".repeat(33)}” is 33 bytes; the limit is 32.`],
    });
  });

  it("names the bad value", () => {
    expect(parse({ owner: "bad id!" })).toEqual({
      owner: ["Owner “bad id!” may use only letters, digits, _ and -"],
    });
  });

  it("refuses a control character, quoting the value on one line", () => {
    expect(parse({ owner: "bob\r\n" })).toEqual({
      owner: [
        "Owner “bob��” contains a carriage return (U+000D); line breaks, tabs and other control characters are not allowed",
      ],
    });
  });
});

describe("custom info", () => {
  it("500 bytes pass, 501 fail", () => {
    expect(parse({ customInfo: "x".repeat(500) })).toEqual({});
    expect(parse({ customInfo: "x".repeat(501) })).toEqual({
      customInfo: ["Custom info is 501 bytes; the limit is 500."],
    });
    expect(parse({ customInfo: "😀".repeat(126) })).toEqual({
      customInfo: [
        "Custom info is 504 bytes; the limit is 500. Characters like 😀 take 4 bytes. 126 characters here make 504 bytes.",
      ],
    });
  });
});

describe("invitees", () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `user_${i}`);

  it("300 pass, 301 fail on the list", () => {
    expect(parse({ invitees: ids(300) })).toEqual({});
    expect(parse({ invitees: ids(301) })).toEqual({ invitees: ["At most 300 invitees; this list has 301"] });
  });

  it("a bad ID fails at its own index", () => {
    expect(parse({ invitees: ["alice", "bad id!", "bob"] })).toEqual({
      "invitees.1": ["Invitee “bad id!” may use only letters, digits, _ and -"],
    });
  });

  it("32 bytes pass, 33 fail", () => {
    expect(parse({ invitees: ["u".repeat(32)] })).toEqual({});
    expect(parse({ invitees: ["u".repeat(33)] })).toEqual({
      "invitees.0": [`Invitee “${"u".repeat(33)}” is 33 bytes; the limit is 32.`],
    });
  });

  it("a duplicate is an error at the repeated entry, not silently dropped", () => {
    expect(parse({ invitees: ["alice", "bob", "alice"] })).toEqual({
      "invitees.2": ["Invitee “alice” is listed more than once"],
    });
    // Whitespace is never part of a UserID, so " alice" is the same person.
    expect(parse({ invitees: ["alice", " alice"] })).toEqual({
      "invitees.1": ["Invitee “alice” is listed more than once"],
    });
  });

  it("a control character is refused, not trimmed away, even at the edge", () => {
    expect(parse({ invitees: ["alice", "bob\n", "car\u0000ol"] })).toEqual({
      "invitees.1": [
        "Invitee “bob�” contains a line break (U+000A); line breaks, tabs and other control characters are not allowed",
      ],
      "invitees.2": [
        "Invitee “car�ol” contains a control character (U+0000); line breaks, tabs and other control characters are not allowed",
      ],
    });
  });
});
