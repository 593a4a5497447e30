import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/catalogs";
import { TrtcError } from "@/lib/server/trtc";
import type { Tries } from "@/lib/trtc/failure";
import { upstreamFailure } from "./meetings";

const t = translator();
const describeFailure = (e: TrtcError, tries?: Tries) => upstreamFailure(t, e.toFailure(), tries);
const message = (e: TrtcError, tries?: Tries) => describeFailure(e, tries).error?.message ?? "";

describe("describeFailure says what happened", () => {
  it("busy: nothing was sent, and why", () => {
    const text = message(
      new TrtcError({ kind: "busy", command: "create_room", detail: "no slot within 2000 ms" }),
      {
        attempts: 0,
        stoppedBy: null,
      },
    );
    expect(text).toMatch(/^Not sent: Roomdesk is at Tencent's rate limit/);
    expect(text).toMatch(/Nothing was sent to Tencent/);
    expect(text).not.toMatch(/failed|confirmed/i);
  });

  it("circuit-open: nothing was sent, when the next try is allowed, and the RequestIds that opened it", () => {
    const error = new TrtcError({
      kind: "circuit-open",
      command: "create_room",
      retryAfterMs: 27_400,
      openedBy: [
        {
          at: Date.UTC(2027, 0, 5, 9, 0, 1),
          kind: "upstream",
          code: 100001,
          httpStatus: 200,
          requestId: "Id-aa-O-Seq-1",
        },
        { at: Date.UTC(2027, 0, 5, 9, 0, 2), kind: "http", code: null, httpStatus: 502, requestId: null },
        { at: Date.UTC(2027, 0, 5, 9, 0, 3), kind: "timeout", code: null, httpStatus: null, requestId: null },
      ],
    });
    const text = message(error, { attempts: 0, stoppedBy: null });
    expect(text).toMatch(
      /^Not sent: Tencent stopped answering, so Roomdesk pauses calls for 28 s more \(until \d\d:\d\d:\d\d UTC\)/,
    );
    expect(text).toMatch(/Nothing was sent to Tencent/);
    expect(text).toContain("error 100001 at 09:00:01 UTC (RequestId Id-aa-O-Seq-1)");
    expect(text).toContain("HTTP 502 at 09:00:02 UTC");
    expect(text).toContain("timeout at 09:00:03 UTC");
  });

  it("an upstream error shows Tencent's ErrorInfo beside the catalog's meaning, with code and RequestId", () => {
    const error = new TrtcError({
      kind: "upstream",
      command: "create_room",
      code: 100001,
      errorInfo: "internal error",
      requestId: "Id-bb-O-Seq-2",
    });
    const text = message(error, { attempts: 3, stoppedBy: "max-attempts" });
    expect(text).toMatch(/Tencent says: "internal error"/);
    expect(text).toMatch(/\(error 100001, RequestId Id-bb-O-Seq-2\)/);
    expect(text).toMatch(/Tried 3 times\.$/);
  });

  it("says exactly what was done about retrying", () => {
    const e = new TrtcError({ kind: "upstream", command: "create_room", code: 100001 });
    expect(message(e, { attempts: 1, stoppedBy: "budget" })).toMatch(
      /Not retried: too many retries in the last minute \(tried once\)\.$/,
    );
    expect(message(e, { attempts: 2, stoppedBy: "deadline" })).toMatch(/Stopped after trying 2 times/);
    const refusal = new TrtcError({
      kind: "upstream",
      command: "create_room",
      code: 100002,
      errorInfo: "RoomInfo.RoomId: bad",
    });
    expect(message(refusal, { attempts: 1, stoppedBy: null })).toMatch(
      /Not retried: trying again would get the same answer\.$/,
    );
  });

  it("100010 lands on the Room ID field as a room the admin account owns", () => {
    const failure = describeFailure(
      new TrtcError({ kind: "upstream", command: "create_room", code: 100010 }),
    );
    expect(failure.fieldErrors?.roomId?.[0]).toMatch(/admin account owns/);
    expect(failure.error?.code).toBe("trtc:100010");
  });

  it("puts a 100002 on the form field Tencent's ErrorInfo names, and leaves an unknown name form-level", () => {
    const refusal = (errorInfo: string) =>
      describeFailure(new TrtcError({ kind: "upstream", command: "create_room", code: 100002, errorInfo }));
    expect(refusal("RoomInfo.IsScreenSharingDisabled: must be a boolean").fieldErrors).toEqual({
      "settings.screenSharingDisabled": ["Tencent: RoomInfo.IsScreenSharingDisabled: must be a boolean"],
    });
    expect(
      Object.keys(refusal("ScheduleInviteeList_Account[3]: exceeds 32 bytes").fieldErrors ?? {}),
    ).toEqual(["invitees"]);
    expect(Object.keys(refusal("RoomInfo.ScheduleStartTime: bad").fieldErrors ?? {})).toEqual([
      "schedule.time",
    ]);
    expect(refusal("something else went wrong").fieldErrors).toBeUndefined();
  });
});
