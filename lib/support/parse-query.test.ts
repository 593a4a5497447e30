import { describe, expect, it } from "vitest";
import { parseQuery } from "./parse-query";

const RID = "Id-0123456789abcdef0123456789abcdef-O-Seq-42";

describe("parseQuery", () => {
  it.each([
    [RID],
    [`  ${RID}  `],
    [`"${RID}" `],
    [`'${RID}'`],
    [`"RequestId": "${RID}",`],
    [`{"ActionStatus":"FAIL","ErrorCode":100003,"RequestId":"${RID}"}`],
    [`RequestId: ${RID}`],
    [`\t“${RID}”\n`],
  ])("reads a full RequestId from %j", (text) => {
    expect(parseQuery(text)).toEqual({ kind: "requestId", value: RID });
  });

  it("normalizes the Id- casing of a RequestId", () => {
    expect(parseQuery(RID.replace("Id-", "id-"))).toEqual({ kind: "requestId", value: RID });
  });

  it("takes a prefix of at least 8 characters", () => {
    expect(parseQuery("Id-01234")).toEqual({ kind: "requestIdPrefix", value: "Id-01234" });
    expect(parseQuery(' "id-0123456789ab" ')).toEqual({ kind: "requestIdPrefix", value: "Id-0123456789ab" });
    expect(parseQuery("Id-0123").kind).toBe("invalid");
  });

  it("reads digits as an ErrorCode", () => {
    expect(parseQuery(" 100003 ")).toEqual({ kind: "errorCode", value: 100003 });
    expect(parseQuery('"ErrorCode": 100003,')).toEqual({ kind: "errorCode", value: 100003 });
    expect(parseQuery("code=70001")).toEqual({ kind: "errorCode", value: 70001 });
  });

  it("reads a bare word as a RoomId or user, and keyed words as one of them", () => {
    expect(parseQuery("qr-2027-berlin")).toEqual({ kind: "roomOrActor", value: "qr-2027-berlin" });
    expect(parseQuery('"RoomId": "qr-2027-berlin"')).toEqual({ kind: "room", value: "qr-2027-berlin" });
    expect(parseQuery("room: 12345")).toEqual({ kind: "room", value: "12345" });
    expect(parseQuery("user:u_9f8e")).toEqual({ kind: "actor", value: "u_9f8e" });
    expect(parseQuery("actor=ops@example.com")).toEqual({ kind: "actor", value: "ops@example.com" });
  });

  it("treats blanks as no query", () => {
    expect(parseQuery("")).toEqual({ kind: "empty" });
    expect(parseQuery('  "" ')).toEqual({ kind: "empty" });
  });

  it.each([
    ["drop table audit_log;--x y", "badWord"],
    ["<script>", "badWord"],
    ["a".repeat(201), "tooLong"],
    ["x".repeat(5000), "tooLong"],
    ["Id-abc!def12", "requestIdShape"],
    ["Id-0123", "prefixTooShort"],
    ["code=12a", "codeDigits"],
  ])("refuses %j with a reason rather than searching for it", (text, reason) => {
    expect(parseQuery(text)).toMatchObject({ kind: "invalid", reason });
  });

  it("says how short a RequestId prefix may be", () => {
    expect(parseQuery("Id-0123")).toEqual({ kind: "invalid", reason: "prefixTooShort", values: { min: 8 } });
  });
});
